"""``requests`` (text and ``--json``) reads the paged list query and streams it: its memory does not
grow with the number of requests (100,000 rows print in the memory of one batch), and it never
builds a full request view per row."""

from __future__ import annotations

import io
import json
import sys
import tracemalloc

import pytest
from sqlalchemy import insert, select

from app.cli import main
from app.services.requests.commands import register_incoming
from app.store import tables


class _Sink(io.TextIOBase):
    """A stdout that keeps nothing: only how much was written and, optionally, the text."""

    encoding = "utf-8"

    def __init__(self, keep: bool = False) -> None:
        self.size, self.keep, self.parts = 0, keep, []

    def write(self, s: str) -> int:
        self.size += len(s)
        if self.keep:
            self.parts.append(s)
        return len(s)


def _add_rows(desk, start: int, n: int) -> None:
    """``n`` more stored requests, copies of the first one with their own references (invented)."""
    t = tables.request
    with desk.query() as conn:
        model = dict(conn.execute(select(t).order_by(t.c.id).limit(1)).one()._mapping)
    del model["id"], model["uuid"]  # each copy gets its own identity (set on insert)
    rows = [{**model, "our_ref": f"JC-US-2026-{start + i:06d}", "title": f"Invented copy {start + i}"}
            for i in range(n)]
    with desk.db.engine.begin() as conn:
        conn.execute(insert(t), rows)


def _peak(monkeypatch, argv: list[str]) -> tuple[int, int]:
    """(peak traced memory, characters printed) of one ``liaison-desk`` run."""
    sink = _Sink()
    monkeypatch.setattr(sys, "stdout", sink)
    tracemalloc.start()
    try:
        assert main(argv) == 0
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        monkeypatch.undo()
    return peak, sink.size


@pytest.mark.parametrize("json_out", [True, False], ids=["json", "text"])
def test_requests_output_streams_in_flat_memory_from_1k_to_5k_rows(desk, monkeypatch, json_out):
    register_incoming(desk, "jp-us-1997", {"title": "Invented model request", "bases": ["4.2(c)"]})
    _add_rows(desk, 1, 999)
    argv = ["requests", *(["--json"] if json_out else []), "--data-dir", str(desk.test_data_dir)]
    _peak(monkeypatch, argv)  # imports and first-use caches are not the rows' memory
    small, printed_small = _peak(monkeypatch, argv)
    _add_rows(desk, 1000, 4000)
    large, printed_large = _peak(monkeypatch, argv)
    assert printed_large > 4 * printed_small  # five times the rows were printed ...
    # ... in about the same memory: materialising every row would take about five times as much.
    assert large < 1.5 * small, (small, large)


def test_requests_never_builds_a_request_view_per_row(desk, monkeypatch, capsys):
    import app.services.requests.views as views

    refs = [register_incoming(desk, "jp-us-1997", {"title": f"Invented {i}"}).our_ref for i in range(3)]

    def refuse(*_a, **_k):
        raise AssertionError("requests must read the list query, not build a view per row")

    monkeypatch.setattr(views, "build_view", refuse)
    d = str(desk.test_data_dir)
    assert main(["requests", "--json", "--data-dir", d]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["our_ref"] for r in rows] == refs[::-1]  # newest first
    assert main(["requests", "--limit", "2", "--data-dir", d]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == refs[:0:-1]


def test_requests_json_is_an_empty_array_on_an_empty_desk_and_filters_by_direction(desk, capsys):
    d = str(desk.test_data_dir)
    assert main(["requests", "--json", "--data-dir", d]) == 0
    assert json.loads(capsys.readouterr().out) == []
    ref = register_incoming(desk, "jp-us-1997", {"title": "Invented"}).our_ref
    assert main(["requests", "--json", "--direction", "out", "--data-dir", d]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["requests", "--json", "--direction", "in", "--status", "received", "--data-dir", d]) == 0
    assert [r["our_ref"] for r in json.loads(capsys.readouterr().out)] == [ref]
