"""Migration 0004: a store at 0003 holding disclosures (Art. 9) gets them into the search index,
exactly as the running app would index them, and a failure leaves the store at 0003."""

from __future__ import annotations

import shutil

import pytest
from alembic import command

from app.services.admin.demo import load_demo
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


def _disclosure_rows(desk) -> int:
    with desk.read() as s:
        return s.connection().exec_driver_sql(
            "SELECT count(*) FROM search_fts WHERE kind = 'disclosure'").scalar()


def _index_names(desk) -> set[str]:
    with desk.db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_art_9_store_at_0003_with_disclosures_gets_them_indexed_at_0004(desk):
    load_demo(desk)  # three disclosures, one an override (invented)
    assert _disclosure_rows(desk) == 3
    _to(desk, "0003")
    assert desk.db.current_revision() == "0003"
    assert _disclosure_rows(desk) == 0  # as a store written before disclosures were indexed
    assert "ix_disclosure_item_item_id" not in _index_names(desk)
    # (The running code's own index check is not asked here: it reads today's schema, e.g.
    # request.texts from 0007, which a store at 0003 does not have yet.)
    desk.db.migrate()
    assert desk.db.current_revision() == head_revision()
    assert _disclosure_rows(desk) == 3
    assert "ix_disclosure_item_item_id" in _index_names(desk)
    assert index_problems(desk) == []  # the migration wrote what the app writes
    (hit,) = [h for h in search(desk, "Prefectural Police") if h.kind == "disclosure"]
    assert "(OVERRIDE)" in hit.label


def test_art_9_failed_disclosure_migration_rolls_back_whole(desk, monkeypatch, tmp_path):
    """0004 failing after it created its index leaves the store exactly at 0003."""
    load_demo(desk)
    _to(desk, "0003")
    copy = tmp_path / "migrations"
    shutil.copytree(dbmod.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    path = copy / "versions" / "0004_disclosure_search.py"
    text = path.read_text(encoding="utf-8")
    assert "    op.execute(FILL_DISCLOSURES)" in text
    path.write_text(text.replace("    op.execute(FILL_DISCLOSURES)",
                                 "    op.execute('INSERT INTO no_such_table VALUES (1)')"),
                    encoding="utf-8")
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", copy)
    with pytest.raises(Exception, match="no_such_table"):
        desk.db.migrate()
    assert desk.db.current_revision() == "0003"
    assert "ix_disclosure_item_item_id" not in _index_names(desk)  # the index went back too
    assert _disclosure_rows(desk) == 0
