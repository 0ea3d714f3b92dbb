"""version on every editable record: optimistic concurrency for a shared desk

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 13:00:00

Officers sharing one PostgreSQL desk can edit the same record at once. Each editable record
carries an edit count (``version``, 1 for every existing row); an update based on an older read
is refused instead of silently overwriting the other officer's edit
(``app.store.tables._version``).
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

VERSIONED_TABLES = ("agreement", "administration", "designated_official", "request", "subject",
                    "authority", "information_item")


# Plain ALTER TABLE on both stores (SQLite adds and drops a column no constraint names in
# place): a batch copy of each table would rewrite the foreign keys earlier migrations made.


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    if op.get_bind().dialect.name == "postgresql":
        # Search on a server folds accents as SQLite's index does (app.services.search.queries);
        # a trusted extension, which the database's owner may create.
        op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")


def downgrade() -> None:
    for table in reversed(VERSIONED_TABLES):
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
