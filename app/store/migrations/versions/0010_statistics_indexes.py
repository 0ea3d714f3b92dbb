"""statistics indexes: the figures of a period are read through indexes, not full scans

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 13:40:00

Issue "Statistics and the annual report" budgets the Statistics page and ``stats --json`` over the
100k bench store at 200 ms of query time and the annual report at 3 s. Without these indexes every
figure scanned the whole (wide) request, status-change, observation and subject tables: a year's
figures took 3.9 s and the report 8.7 s. Each index covers the columns one group of figures reads
(app.services.stats), so SQLite answers from the index alone.
"""

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

#: (table, index name, columns); the same indexes are declared in app/store/tables.py.
INDEXES = (
    ("request", "ix_stats_received", ("direction", "received_on", "primary_basis", "agreement_id")),
    ("request", "ix_stats_sent", ("direction", "sent_on", "primary_basis", "agreement_id")),
    ("request", "ix_stats_open", ("direction", "status", "agreement_id", "received_on", "sent_on",
                                  "created_at", "updated_at")),
    ("request", "ix_stats_oral", ("form", "oral_at", "agreement_id", "confirmed_on",
                                  "confirmation_due_on")),
    ("status_change", "ix_stats_moves", ("to_status", "request_id", "at")),
    ("observation", "ix_stats_observed", ("observed_at", "subject_id")),
    ("subject", "ix_stats_subjects", ("kind", "period_start", "period_end", "lifted_on",
                                      "agreement_id")),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, list(columns), unique=False)


def downgrade() -> None:
    for table, name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
