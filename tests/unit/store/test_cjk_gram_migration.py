"""Migration 0008: a store at 0007 gets its CJK gram index, filled from the rows it holds, so
two-character Japanese words written before the upgrade are found after it."""

from __future__ import annotations

import pytest
from alembic import command

from app.services.requests.commands import register_incoming
from app.services.search.queries import index_problems, search
from app.store import db as dbmod
from app.store.db import head_revision

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


def _to(desk, revision: str, action=command.downgrade) -> None:
    """Run Alembic on the store's own connection, the way Database.migrate does."""
    cfg = dbmod._alembic_config()
    with desk.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(liaison_write=True)
        action(cfg, revision)


def _has_gram_table(desk) -> bool:
    with desk.db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'search_fts_cjk'").scalar() == 1


def test_store_at_0007_gets_its_japanese_words_indexed_at_0008(desk, complete_fields):
    fields = dict(complete_fields, parties_concerned="田中一郎（架空）")
    view = register_incoming(desk, "jp-us-1997", fields)
    _to(desk, "0007")
    assert desk.db.current_revision() == "0007"
    assert not _has_gram_table(desk)
    assert index_problems(desk)  # the running code expects the gram rows: out of step
    desk.db.migrate()
    assert desk.db.current_revision() == head_revision()
    assert _has_gram_table(desk)
    assert index_problems(desk) == []  # the migration wrote what the app writes
    assert [h.key for h in search(desk, "田中")] == [view.our_ref]
    assert [h.key for h in search(desk, "田")] == [view.our_ref]
