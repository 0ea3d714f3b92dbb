"""Export -> import -> export: the store travels whole, byte for byte (docs/interchange.md)."""

from __future__ import annotations

import hashlib
import json

import jsonschema
from sqlalchemy import func, select

from app.interchange import canonical_bytes, export_store, import_store
from app.interchange.schema import schema_path, schema_text
from app.interchange.tables import table_codecs
from app.services.admin.verify import verify_store


def _strip_trailing_audit(data: bytes, n: int) -> tuple[bytes, list[dict]]:
    """The content without its signed header and the last ``n`` audit entries."""
    doc = json.loads(data)
    doc.pop("_header")
    tail = doc["audit"][-n:]
    doc["audit"] = doc["audit"][:len(doc["audit"]) - n]
    return canonical_bytes(doc), tail


def test_fixture_fills_every_table_so_the_round_trip_covers_all_of_them(rich_desk):
    doc = json.loads(export_store(rich_desk))
    empty = [c.collection for c in table_codecs() if not doc[c.collection]]
    assert empty == []


def test_export_import_export_is_byte_identical_apart_from_the_two_new_audit_records(rich_desk, empty_desk):
    first = export_store(rich_desk)
    report = import_store(empty_desk, first)
    second = export_store(empty_desk)
    body, tail = _strip_trailing_audit(second, 2)
    assert body == _strip_trailing_audit(first, 0)[0]
    assert [e["action"] for e in tail] == ["store.import", "store.export"]
    detail = json.loads(tail[0]["detail"])
    assert detail["source_sha256"] == hashlib.sha256(first).hexdigest() == report.source_sha256


def test_imported_store_passes_verify_with_the_audit_chain_intact(rich_desk, empty_desk):
    import_store(empty_desk, export_store(rich_desk))
    assert verify_store(empty_desk) == []


def test_import_appends_exactly_one_audit_entry_after_the_imported_chain(rich_desk, empty_desk):
    from app.store.models import AuditEntry

    data = export_store(rich_desk)
    first = json.loads(data)
    import_store(empty_desk, data)
    with empty_desk.read() as s:
        entries = s.execute(select(AuditEntry.action, AuditEntry.prev_hash).order_by(AuditEntry.id)).all()
    assert len(entries) == len(first["audit"]) + 1
    assert entries[-1].action == "store.import"
    assert entries[-1].prev_hash == first["audit"][-1]["hash"]


def test_export_is_canonical_json_one_row_per_line(rich_desk):
    data = export_store(rich_desk)
    assert canonical_bytes(json.loads(data)) == data
    assert data.decode("utf-8").count("\n") > len(json.loads(data)["requests"])
    assert "山田太郎".encode() in data  # non-ASCII kept readable, not \u-escaped


def test_export_validates_against_the_committed_schema_with_the_reference_validator(rich_desk):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator(schema).validate(json.loads(export_store(rich_desk)))


def test_committed_schema_file_matches_the_models(tmp_path):
    """Fails after a schema change until `python -m tools.write_schema` is run."""
    assert schema_path().read_text(encoding="utf-8") == schema_text()


def test_times_are_utc_in_one_format_and_documents_carry_base64_and_sha256(rich_desk):
    import base64

    doc = json.loads(export_store(rich_desk))
    assert all(e["at"].endswith("Z") and len(e["at"]) == 27 for e in doc["audit"])
    d = doc["documents"][0]
    assert hashlib.sha256(base64.b64decode(d["content"])).hexdigest() == d["sha256"]


def test_export_is_recorded_in_the_audit_log_before_the_snapshot(rich_desk):
    doc = json.loads(export_store(rich_desk))
    assert doc["audit"][-1]["action"] == "store.export"


def test_import_rebuilds_the_full_text_index(rich_desk, empty_desk):
    from app.store import search_index

    import_store(empty_desk, export_store(rich_desk))
    with empty_desk.db.engine.connect() as conn:
        assert search_index.stale_rows(conn) == 0


def test_imported_rows_keep_their_ids(rich_desk, empty_desk):
    from app.store.models import Request

    import_store(empty_desk, export_store(rich_desk))
    with rich_desk.read() as a, empty_desk.read() as b:
        q = select(Request.id, Request.our_ref).order_by(Request.id)
        assert a.execute(q).all() == b.execute(q).all()
        assert b.execute(select(func.count(Request.id))).scalar() == 1
