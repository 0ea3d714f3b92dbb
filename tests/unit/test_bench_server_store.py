"""bench.server_store: each server figure stands beside the same call on the file store, with a
budget of twice that figure; without PostgreSQL's programs the module says so in one row."""

from __future__ import annotations

import pytest

from app.paths import DATABASE_URL_ENV
from bench import server_store
from tests import pg_server
from tools.generate import GenerateParams, generate

pytestmark = pytest.mark.postgresql


def test_server_rows_pair_each_call_with_the_file_figure_and_a_2x_budget(
        tmp_path, fresh_store, pg_database, monkeypatch):
    from app.services import open_desk

    file_desk = open_desk(fresh_store(tmp_path / "file"), actor="Officer Test", local=True)
    monkeypatch.setenv(DATABASE_URL_ENV, pg_database("base"))
    server_desk = open_desk(actor="Officer Test")
    try:
        for d in (file_desk, server_desk):
            generate(d.db, GenerateParams(requests=60, subjects=60, audit=50, seed=2))
        rows = server_store.measure(file_desk, server_desk, file_desk.today(), n=2)
    finally:
        file_desk.db.close()
        server_desk.db.close()
    figures = [r.figure for r in rows]
    assert any("first page" in f for f in figures) and any("watch-list" in f for f in figures)
    assert any("sort" in f for f in figures) and any("filter" in f for f in figures)
    assert any("full-text search" in f for f in figures)
    for row in rows:
        assert row.value is not None and row.value > 0 and row.floor and row.floor > 0
        assert row.budget == pytest.approx(server_store.BUDGET_RATIO * row.floor, abs=0.03)


def test_without_postgresql_the_module_gives_one_row_saying_so(monkeypatch):
    monkeypatch.setattr(pg_server, "find_bin", lambda: None)
    (row,) = server_store.run(None)  # type: ignore[arg-type] - no store is opened either
    assert row.value is None and "not installed" in row.note
