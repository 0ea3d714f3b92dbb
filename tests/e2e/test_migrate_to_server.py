"""``liaison-desk migrate --to URL``: a single officer's file desk moves into an empty shared
PostgreSQL database (the test run's own server), all or nothing, its audit chain kept and
verified there; an export from the server is the same format back."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.paths import DATABASE_URL_ENV

# The desk moved is a file desk (sqlite_only: no server twin of the source); the target is the
# test run's server (postgresql).
pytestmark = [pytest.mark.postgresql, pytest.mark.sqlite_only]


@pytest.mark.demo_data
def test_a_file_desk_moves_whole_to_an_empty_server_and_its_chain_verifies_there(
        desk, pg_database, capsys, monkeypatch):
    from app.interchange import build_document
    from app.services import open_desk
    from app.services.admin.verify import verify_store
    from app.services.search.queries import search

    words = ("invented", "Garcia", "JC-US", "Yokohama", "田中", "輸出", "JP")

    def found(d) -> dict[str, set[tuple[str, str]]]:
        return {w: {(h.kind, h.key) for h in search(d, w, limit=1000)} for w in words}

    with desk.read() as s:
        before = build_document(s)
    searched = found(desk)
    desk.db.close()
    url = pg_database("empty")
    assert main(["migrate", "--to", url, "--data-dir", str(desk.test_data_dir)]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.startswith("moved to postgresql+psycopg://") and "audit chain verified on the server" in out
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    server = open_desk(actor="Officer Test")
    try:
        assert verify_store(server) == []  # the search index among the checks
        assert found(server) == searched  # the move filled the server's search index
        assert any(searched.values())
        with server.read() as s:
            after = build_document(s)
    finally:
        server.db.close()
    for collection, rows in before.items():
        if isinstance(rows, list) and collection != "audit":
            assert len(after[collection]) == len(rows), collection
    # The chain came over whole, then the move's own records were appended after it.
    assert after["audit"][:len(before["audit"])] == before["audit"]
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    assert main(["export", "--plaintext"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["format"] == before["format"] and exported["format_version"] == before["format_version"]


def test_a_move_into_a_server_desk_that_holds_work_is_refused_and_nothing_is_written(
        desk, pg_database, capsys):
    from app.services.requests.commands import register_incoming

    register_incoming(desk, "jp-us-1997", {"title": "Invented request to move"})
    url = pg_database("base")
    assert main(["migrate", "--to", url, "--data-dir", str(desk.test_data_dir)]) == 0
    capsys.readouterr()
    assert main(["migrate", "--to", url, "--data-dir", str(desk.test_data_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("liaison-desk: to: postgresql+psycopg://") and "import needs an empty store" in err
    assert err.count("\n") == 1
    assert main(["migrate", "--to", "sqlite:///elsewhere.db", "--data-dir", str(desk.test_data_dir)]) == 2
    assert "must name a PostgreSQL database" in capsys.readouterr().err
