"""Migration 0005: a record's files are found through an index, not by reading every stored
file's row (documents keep their bytes in the row), and the watch list's change check reads the
subjects' newest change from an index."""

from __future__ import annotations

import pytest
from alembic import command

from app.services.admin.demo import load_demo
from app.store import db as dbmod
from app.store.db import head_revision

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


OWNERS = ("subject_id", "observation_id", "item_id")


def _to(desk, revision: str) -> None:
    cfg = dbmod._alembic_config()
    with desk.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(liaison_write=True)
        command.downgrade(cfg, revision)


def _document_indexes(desk) -> set[str]:
    with desk.db.engine.connect() as conn:
        return {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(document)")}


def _plan(desk, column: str) -> str:
    with desk.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN SELECT id FROM document WHERE {column} = 1")
        return " ".join(str(r[-1]) for r in rows)


def test_store_at_0004_gets_the_document_owner_indexes_and_keeps_its_files(desk):
    load_demo(desk)  # invented records with attached files
    with desk.read() as s:
        files = s.connection().exec_driver_sql("SELECT count(*), sum(size) FROM document").one()
    _to(desk, "0004")
    assert not {f"ix_document_{c}" for c in OWNERS} & _document_indexes(desk)
    assert "SCAN document" in _plan(desk, "item_id")  # what an item's files cost before
    desk.db.migrate()
    assert desk.db.current_revision() == head_revision()
    assert {f"ix_document_{c}" for c in OWNERS} <= _document_indexes(desk)
    for column in OWNERS:
        assert f"USING COVERING INDEX ix_document_{column}" in _plan(desk, column)
    with desk.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*), sum(size) FROM document").one() == files
    with desk.db.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT max(updated_at) FROM subject"))
    assert "ix_subject_updated_at" in plan  # not a scan of every subject
