"""search index: an FTS5 table kept in step with writes by app.store.search_index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:00:00
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# The trigram tokenizer finds text without word breaks (Japanese) and, with remove_diacritics,
# folds "García" to "garcia". The table is SQLite-only; other databases search with LIKE.
CREATE_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "kind UNINDEXED, ent_key, title, body, "
    "tokenize='trigram remove_diacritics 1')"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    # Stores older than this revision hold no real data yet; `liaison-desk search --rebuild`
    # (search_index.rebuild) fills the table from the rows at any time.
    op.execute(CREATE_FTS)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS search_fts")
