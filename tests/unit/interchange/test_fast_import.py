"""The SQLite fast path of import (``loader``): same values, same refusals, nothing half-written."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import func, select, text

from app.interchange import InterchangeError, checks, export_store, import_store, loader, sign_document
from app.interchange.importer import parse
from app.interchange.tables import table_codecs
from app.store import search_index
from app.store.models import AuditEntry

# The SQLite loader itself (FTS5 settings, its index builds on the driver's cursor): no server twin.
pytestmark = pytest.mark.sqlite_only


def _audit_count(desk) -> int:
    with desk.read() as s:
        return s.execute(select(func.count(AuditEntry.id))).scalar()


def test_loader_stores_exactly_the_values_the_checks_decode(rich_desk, empty_desk):
    """The loader converts on the fly (partly in SQL) what ``checks.decode_rows`` converts
    with validation: the stored rows must be the decoded rows, value for value."""
    data = export_store(rich_desk)
    doc = json.loads(data)
    codecs = table_codecs()
    decoded = checks.decode_rows(doc, codecs)
    import_store(empty_desk, data)
    with empty_desk.read() as s:
        for codec in codecs:
            names = [c.name for c in codec.columns]
            cols = ", ".join(f'"{n}"' for n in names)
            stored = [list(r) for r in s.execute(text(
                f'SELECT {cols} FROM "{codec.name}" ORDER BY ' + ", ".join(codec.primary_key)))]
            expected = [[row[n] for n in names] for row in decoded[codec.name]]
            if codec.name == "audit_entry":  # plus the import's own entry at the end
                stored = stored[:-1]
            assert stored == expected, codec.name


def test_loader_fills_defaults_for_keys_an_older_file_lacks(rich_desk):
    doc = json.loads(export_store(rich_desk))
    codec = next(c for c in table_codecs() if c.name == "request")
    col = next(c for c in codec.columns if c.default is not None)
    row = dict(doc["requests"][0])
    del row[col.name]
    (values,) = loader.stored_rows(codec, [row])
    assert list(values)[[c.name for c in codec.columns].index(col.name)] == col.default


def test_parse_falls_back_to_json_for_what_orjson_refuses():
    """orjson refuses a lone surrogate; json reads it, so the checks can name its field."""
    doc, _plain = parse(b'{"title": "bad \\ud800 text"}')
    assert doc == {"title": "bad \ud800 text"}


def test_duplicate_composite_unique_key_is_refused_naming_the_first_row(rich_desk, empty_desk):
    doc = json.loads(export_store(rich_desk))
    doc["documents"].append({**doc["documents"][0], "id": 99})
    before = _audit_count(empty_desk)
    with pytest.raises(InterchangeError) as info:
        import_store(empty_desk, sign_document(empty_desk, doc))
    assert str(info.value).startswith("documents[1].series+version:") and "repeats documents[0]" in str(info.value)
    assert _audit_count(empty_desk) == before


def test_import_leaves_full_text_merging_at_the_fts5_default(rich_desk, empty_desk):
    """The bulk fill switches FTS5 automerge off; later small writes must merge as usual."""
    import_store(empty_desk, export_store(rich_desk))
    with empty_desk.read() as s:
        value = s.execute(text("SELECT v FROM search_fts_config WHERE k = 'automerge'")).scalar()
        assert search_index.stale_rows(s.connection()) == 0
    assert value == 4


def test_failed_check_interrupts_the_index_builds_and_nothing_is_written(rich_desk, empty_desk, monkeypatch):
    """A check failing while a (here endless) index statement runs stops it; its error wins."""
    data = export_store(rich_desk)
    entered, ran_on = threading.Event(), []

    def mark(x):  # called by SQLite for every row of the endless statement below
        entered.set()
        if len(ran_on) == 0 and x > 50_000_000:  # far past the interrupt: it did not come
            ran_on.append(x)
            raise RuntimeError("not interrupted")
        return x

    endless = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT mark(x) + 1 FROM r) SELECT count(*) FROM r"
    original_load = loader.load_and_check

    def load(cur, driver, *args):
        driver.create_function("mark", 1, mark)
        return original_load(cur, driver, *args)

    def failing_chain(decoded, collection="audit"):
        entered.wait(60)
        raise InterchangeError("audit[0].hash", "does not match the entry: the entry was altered")

    monkeypatch.setattr(loader, "load_and_check", load)
    monkeypatch.setattr(search_index, "rebuild_statements", lambda: [endless])
    monkeypatch.setattr(checks, "check_audit_chain", failing_chain)
    before = _audit_count(empty_desk)
    with pytest.raises(InterchangeError) as info:
        import_store(empty_desk, data)
    assert str(info.value).startswith("audit[0].hash:")
    assert ran_on == [] and entered.is_set()
    assert _audit_count(empty_desk) == before
