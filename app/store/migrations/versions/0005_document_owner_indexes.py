"""document owner indexes: a subject's, an observation's and an item's files found by index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 17:00:00

Documents keep their bytes in the row, so a lookup by an unindexed owner column read every
stored file (seconds once a store holds a few hundred MB of attachments).
"""

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

COLUMNS = ("subject_id", "observation_id", "item_id")


def upgrade() -> None:
    # Index operations only: batch mode does not copy the table for them.
    with op.batch_alter_table('document', schema=None) as batch_op:
        for column in COLUMNS:
            batch_op.create_index(f"ix_document_{column}", [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        for column in reversed(COLUMNS):
            batch_op.drop_index(f"ix_document_{column}")
