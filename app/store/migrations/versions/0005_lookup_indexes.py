"""lookup indexes: a record's files by owner, and the subjects' newest change

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 17:00:00

Documents keep their bytes in the row, so a lookup by an unindexed owner column read every
stored file (seconds once a store holds a few hundred MB of attachments). The watch list checks
``max(subject.updated_at)`` before every match (a table scan without an index).
"""

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

DOCUMENT_OWNERS = ("subject_id", "observation_id", "item_id")


def upgrade() -> None:
    # Index operations only: batch mode does not copy the tables for them.
    with op.batch_alter_table('document', schema=None) as batch_op:
        for column in DOCUMENT_OWNERS:
            batch_op.create_index(f"ix_document_{column}", [column], unique=False)
    with op.batch_alter_table('subject', schema=None) as batch_op:
        batch_op.create_index("ix_subject_updated_at", ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('subject', schema=None) as batch_op:
        batch_op.drop_index("ix_subject_updated_at")
    with op.batch_alter_table('document', schema=None) as batch_op:
        for column in reversed(DOCUMENT_OWNERS):
            batch_op.drop_index(f"ix_document_{column}")
