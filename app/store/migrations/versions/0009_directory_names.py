"""Directory names in each letter language; designated officials per agreement (Art. 7.3)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 05:30:00

Administrations, designated officials and domestic authorities get a JSON ``names`` column
({"en": ..., "ja": ..., "es": ...}); officials also ``titles`` and the agreement they are
designated under (NULL: every agreement with their administration, as before). Existing rows keep
their ``name``, which stays the name lists sort and search by, so nothing needs back-filling.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('administration', schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column('names', sa.Text(), nullable=True))
    with op.batch_alter_table('authority', schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column('names', sa.Text(), nullable=True))
    # ADD COLUMN in place (no table copy: requests refer to designated_official); SQLite accepts
    # a REFERENCES clause on an added nullable column.
    op.execute("ALTER TABLE designated_official ADD COLUMN agreement_id INTEGER "
               "CONSTRAINT fk_designated_official_agreement_id_agreement REFERENCES agreement (id)")
    with op.batch_alter_table('designated_official', schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column('names', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('titles', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('designated_official', schema=None, recreate="never") as batch_op:
        batch_op.drop_column('titles')
        batch_op.drop_column('names')
        batch_op.drop_column('agreement_id')
    with op.batch_alter_table('authority', schema=None, recreate="never") as batch_op:
        batch_op.drop_column('names')
    with op.batch_alter_table('administration', schema=None, recreate="never") as batch_op:
        batch_op.drop_column('names')
