"""Migration 0014: a server desk at 0013 gets its search index (``search_doc``), filled from the
rows it holds, so what was written before the upgrade is found after it — Japanese one- and
two-character words and accented names included — and the downgrade takes it away."""

from __future__ import annotations

import pytest
from alembic import command

from app.paths import DATABASE_URL_ENV
from app.services.requests.commands import register_incoming
from app.services.search.queries import index_problems, search
from app.store import db as dbmod
from app.store.db import head_revision


def _to(desk, revision: str, action=command.downgrade) -> None:
    """Run Alembic on the store's own connection, the way Database.migrate does."""
    cfg = dbmod._alembic_config()
    with desk.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(liaison_write=True)
        action(cfg, revision)
        conn.commit()


def _has_index_table(desk) -> bool:
    with desk.db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT to_regclass('search_doc')").scalar() is not None


@pytest.fixture
def server_desk(pg_database, monkeypatch):
    """A new server desk (the file desk's index is FTS5's: migrations 0002 and 0008)."""
    from app.services import open_desk

    monkeypatch.setenv(DATABASE_URL_ENV, pg_database("base"))
    desk = open_desk(actor="Officer Test")
    yield desk
    desk.db.close()


@pytest.mark.postgresql
def test_server_desk_at_0013_gets_its_search_index_filled_at_0014(server_desk, complete_fields):
    desk = server_desk
    fields = dict(complete_fields, parties_concerned="田中一郎（架空）, José Núñez")
    view = register_incoming(desk, "jp-us-1997", fields)
    _to(desk, "0013")
    assert not _has_index_table(desk)
    assert index_problems(desk)  # the running code expects the index: out of step
    desk.db.migrate()
    assert desk.db.current_revision() == head_revision()
    assert _has_index_table(desk)
    assert index_problems(desk) == []  # the migration wrote what the app writes
    for word in ("田中", "田", "nunez", "José"):
        assert [h.key for h in search(desk, word)] == [view.our_ref], word
