"""request list: (direction, column) indexes so the list sorts and counts without a table scan

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 09:30:00
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# One index per sortable column of the request list, led by direction because every list view
# is one navigation group (incoming, outgoing, spontaneous). SQLite appends the rowid, which is
# the list's tie-breaker, so ORDER BY <column>, id walks the index with no sort step.
INDEXES = {
    "ix_request_list_ref": ["direction", "our_ref"],
    "ix_request_list_their_ref": ["direction", "their_ref"],
    "ix_request_list_partner": ["direction", "agreement_id"],
    "ix_request_list_basis": ["direction", "primary_basis"],
    "ix_request_list_title": ["direction", "title"],
    "ix_request_list_status": ["direction", "status"],
    # status too, so "overdue" (open and past due) is counted from the index alone
    "ix_request_list_due": ["direction", "due_on", "status"],
    "ix_request_list_officer": ["direction", "assigned_to"],
    # oral requests still awaiting written confirmation (Art. 7.1)
    "ix_request_list_oral": ["direction", "form", "confirmed_on"],
}


def upgrade() -> None:
    with op.batch_alter_table('request', schema=None) as batch_op:
        for name, cols in INDEXES.items():
            batch_op.create_index(name, cols, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('request', schema=None) as batch_op:
        for name in reversed(INDEXES):
            batch_op.drop_index(name)
