"""search: a CJK gram index beside the trigram one, so one- and two-character Japanese words
(田中, 鈴木, 銃) are found through an index

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 06:00:00

The trigram index cannot look up a term shorter than three characters. ``search_fts_cjk`` holds,
per index row and field, the CJK grams of its text (``app.store.search_grams``: overlapping
pairs of kanji/kana/hangul and each run's last character), tokenized on whitespace only
(``ascii``: non-ASCII characters are always token characters) with column detail only (a query
is one gram: no positions needed) and an index of each gram's first character (a one-character
query is a prefix query: one look-up instead of merging every gram that starts with it; for の
on the 100k bench store 0.1 ms instead of 8 ms). It is filled here from the trigram index's own rows, which
hold the indexed text of every entity at this revision.
"""

from alembic import op

from app.store import search_grams

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

CREATE_CJK = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_cjk USING fts5("
    "ent_key, title, body, tokenize='ascii', detail='column', prefix='1')"
)
# What app.store.search_index writes at this revision, frozen here (see 0004).
FILL_CJK = (
    "WITH g AS MATERIALIZED (SELECT rowid AS id, cjk_grams(ent_key) AS ent_key, "
    "cjk_grams(title) AS title, cjk_grams(body) AS body FROM search_fts) "
    "INSERT INTO search_fts_cjk(rowid, ent_key, title, body) "
    "SELECT id, ent_key, title, body FROM g WHERE ent_key != '' OR title != '' OR body != ''"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # no FTS tables there: search reads the tables with LIKE
    # The store's connections carry the function already (app.store.db); a connection made
    # elsewhere (Alembic's own command line) gets it here.
    driver = bind.connection.driver_connection
    search_grams.install(driver)
    op.execute(CREATE_CJK)
    op.execute("INSERT INTO search_fts_cjk(search_fts_cjk, rank) VALUES ('automerge', 0)")
    op.execute(FILL_CJK)
    op.execute("INSERT INTO search_fts_cjk(search_fts_cjk, rank) VALUES ('automerge', 4)")
    op.execute("INSERT INTO search_fts_cjk(search_fts_cjk) VALUES ('optimize')")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS search_fts_cjk")
