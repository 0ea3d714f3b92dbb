"""search index on a shared PostgreSQL desk: pg_trgm over folded text and a CJK gram array

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 15:00:00

Until this revision a server desk searched its tables with an unindexed ILIKE, which found
fewer records than SQLite's index (no two-character Japanese words through the JSON texts, no
disclosure keys) and read every row. ``search_doc`` (``app.store.search_server``) holds the
same rows as SQLite's ``search_fts``, their folded text under a GIN ``pg_trgm`` index and their
CJK grams under a GIN array index (and a b-tree on the row id including them, for
newest-first CJK queries). The table is filled here from the existing rows with this
version's code (the flush listener keeps it in step from then on). Nothing on SQLite: its
index is the FTS5 tables of 0002 and 0008.
"""

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

# Frozen: the table and its indexes as this revision makes them.
_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TABLE IF NOT EXISTS search_doc (rowid bigint PRIMARY KEY, kind text NOT NULL, "
    "ent_key text NOT NULL, title text NOT NULL, body text NOT NULL, doc text NOT NULL, "
    "grams text[] NOT NULL)",
)
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_search_doc_doc_trgm ON search_doc USING gin (doc gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_search_doc_grams ON search_doc USING gin (grams)",
    # Newest first for a CJK-only query: a backward walk checking grams in the index alone.
    "CREATE INDEX IF NOT EXISTS ix_search_doc_rowid_grams ON search_doc (rowid) INCLUDE (grams)",
)
# The desk's group roles (app.services.admin.server_roles) were granted the tables that
# existed when an administrator ran `server grant`: the new table is granted to them here.
_GRANTS = """
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'liaison_officer') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON search_doc TO liaison_officer;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'liaison_supervisor') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON search_doc TO liaison_supervisor;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'liaison_auditor') THEN
    GRANT SELECT ON search_doc TO liaison_auditor;
  END IF;
END $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for sql in _CREATE:
        op.execute(sql)
    from app.store import search_index, search_server

    # Filled before the GIN indexes are made: one build is quicker than 300k inserts into them.
    search_server.rebuild(bind, search_index.STRIDE, search_index.KIND_CODES)
    for sql in _INDEXES:
        op.execute(sql)
    op.execute(_GRANTS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS search_doc")
