"""agreement.terminates_on: the termination date stored when notice is recorded (Art. 14.2)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 09:00:00

"Due & overdue" is one SQL query over stored dates: a request's clock is capped by the
termination date of its agreement, which the query must read from a column rather than compute
per agreement in Python. Agreements already under notice get the date back-filled under their
own clause (the catalogue's notice months, else the Japan–US three months, Art. 14.2), through
the same treaty rule the services use.
"""

import json

import sqlalchemy as sa
from alembic import op

from app.treaty.termination import clauses_from_dict, open_request_deadline

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# A store of years holds 100,000s of subjects whose period has lapsed or whose review is due:
# the list counts them and walks them in date order (then code) from these indexes alone, status
# and period end included, instead of reading and sorting every subject row.
SUBJECT_INDEXES = {
    "ix_subject_due_end": ["period_end", "code", "status"],
    "ix_subject_due_review": ["review_on", "code", "status", "period_end"],
}
# The open requests' due dates and the unconfirmed oral requests' confirmation dates, counted
# from the index alone (no row read per open request).
REQUEST_INDEXES = {
    "ix_request_due_running": ["status", "due_on", "agreement_id"],
    "ix_request_due_oral": ["form", "confirmed_on", "confirmation_due_on", "status"],
}


def upgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('terminates_on', sa.Date(), nullable=True))
    with op.batch_alter_table('subject', schema=None) as batch_op:
        for name, cols in SUBJECT_INDEXES.items():
            batch_op.create_index(name, cols, unique=False)
    with op.batch_alter_table('request', schema=None) as batch_op:
        for name, cols in REQUEST_INDEXES.items():
            batch_op.create_index(name, cols, unique=False)
    bind = op.get_bind()
    agreement = sa.table('agreement', sa.column('id', sa.Integer), sa.column('catalogue', sa.Text),
                         sa.column('termination_notice_on', sa.Date),
                         sa.column('terminates_on', sa.Date))
    rows = bind.execute(sa.select(agreement.c.id, agreement.c.catalogue,
                                  agreement.c.termination_notice_on)
                        .where(agreement.c.termination_notice_on.is_not(None))).all()
    for aid, catalogue, notice_on in rows:
        clause, _review = clauses_from_dict(json.loads(catalogue or "{}"))
        term = open_request_deadline(notice_on, clause)
        bind.execute(sa.update(agreement).where(agreement.c.id == aid)
                     .values(terminates_on=term.value if term else None))


def downgrade() -> None:
    with op.batch_alter_table('request', schema=None) as batch_op:
        for name in reversed(REQUEST_INDEXES):
            batch_op.drop_index(name)
    with op.batch_alter_table('subject', schema=None) as batch_op:
        for name in reversed(SUBJECT_INDEXES):
            batch_op.drop_index(name)
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+): a batch copy of the table would drop
    # the original, which the requests' foreign keys refer to.
    with op.batch_alter_table('agreement', schema=None, recreate="never") as batch_op:
        batch_op.drop_column('terminates_on')
