"""request.texts, outcome.texts: the free texts of letters in each language

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 05:20:00

The free texts a letter prints (the five Art. 7.2 elements; the statement of reasons, conditions
and accompanying information of an outcome, Art. 11.4) are kept in Japanese, English and Spanish.
The existing columns keep the text in the row's ``text_lang`` (so every reader and the search
keep working unchanged); ``texts`` holds the versions in the other languages as JSON
``{field: {lang: text}}``. Rows from before this revision hold English (``text_lang`` null).
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ('request', 'outcome')


def upgrade() -> None:
    for name in TABLES:
        # ADD COLUMN in place (no batch copy: other tables' foreign keys refer to both tables).
        with op.batch_alter_table(name, schema=None, recreate="never") as batch_op:
            batch_op.add_column(sa.Column('text_lang', sa.String(length=5), nullable=True))
            batch_op.add_column(sa.Column('texts', sa.Text(), nullable=False, server_default='{}'))


def downgrade() -> None:
    for name in reversed(TABLES):
        with op.batch_alter_table(name, schema=None, recreate="never") as batch_op:
            batch_op.drop_column('texts')
            batch_op.drop_column('text_lang')
