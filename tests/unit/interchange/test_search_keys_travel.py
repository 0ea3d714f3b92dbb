"""Search keys survive export and import (database ids need not): what an officer noted down
from a hit (a disclosure's item and date, Art. 9; an observation's time; a document's file)
finds the same record in the imported store, and its index is rebuilt in step."""

from __future__ import annotations

from app.interchange import export_store, import_store
from app.services.admin.demo import load_demo
from app.services.search.queries import index_problems, search


def _keys(desk) -> set[tuple[str, str, str]]:
    return {(h.kind, h.key, h.label) for h in search(desk, "DEMO", limit=500)}


def test_art_9_search_keys_and_labels_are_the_same_after_export_and_import(desk, empty_desk):
    load_demo(desk)
    before = _keys(desk)
    assert {k for k, _, _ in before} >= {"disclosure", "observation", "document"}
    import_store(empty_desk, export_store(desk))
    assert _keys(empty_desk) == before
    assert index_problems(empty_desk) == []
