"""Audit entries bind the state they wrote; the desk's signing key

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 13:00:00

``audit_entry.state`` holds, for each new entry, the SHA-256 of every row it wrote (and is
covered by the entry's hash); entries written before stay as they are and still verify. Rows
written before this revision are bound by one ``store.seal`` entry the desk appends the first
time it opens the store (``app.security.state.seal_if_needed``). ``desk_key`` keeps the desk's
Ed25519 export-signing key inside the encrypted store.
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column('state', sa.Text(), nullable=True))
    op.create_table(
        'desk_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.String(length=40), nullable=False),
        sa.Column('private_key', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_desk_key')),
        sa.UniqueConstraint('purpose', name=op.f('uq_desk_key_purpose')),
    )


def downgrade() -> None:
    op.drop_table('desk_key')
    with op.batch_alter_table('audit_entry', schema=None, recreate="never") as batch_op:
        batch_op.drop_column('state')
