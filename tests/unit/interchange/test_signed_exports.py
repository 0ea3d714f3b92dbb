"""Exports are signed by their desk and name the audit head; import refuses a file that is
unsigned, altered after export, or signed by another desk than the one required."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.interchange import InterchangeError, export_store, import_store
from app.security import audit, signing
from app.store.models import AuditEntry


def _entries(desk) -> int:
    with desk.read() as s:
        return s.execute(select(func.count(AuditEntry.id))).scalar()


def test_export_header_names_the_audit_head_of_its_own_content(rich_desk):
    doc = json.loads(export_store(rich_desk))
    with rich_desk.query() as conn:
        assert audit.head(conn) == (doc["_header"]["audit_head"]["count"],
                                    doc["_header"]["audit_head"]["hash"])
    assert doc["_header"]["audit_head"]["hash"] == doc["audit"][-1]["hash"]


def test_import_refuses_edited_export(rich_desk, empty_desk):
    data = export_store(rich_desk)
    doc = json.loads(data)
    title = doc["requests"][0]["title"]
    edited = data.replace(json.dumps(title, ensure_ascii=False).encode(),
                          json.dumps(title + " (edited)", ensure_ascii=False).encode(), 1)
    assert edited != data
    before = _entries(empty_desk)
    with pytest.raises(InterchangeError) as info:
        import_store(empty_desk, edited)
    assert str(info.value).startswith("file: its signature does not check")
    assert _entries(empty_desk) == before


def test_import_refuses_an_export_whose_audit_head_was_changed_in_its_header(rich_desk, empty_desk):
    data = export_store(rich_desk)
    doc = json.loads(data)
    count = doc["_header"]["audit_head"]["count"]
    edited = data.replace(f'"count":{count}'.encode(), f'"count":{count + 5}'.encode(), 1)
    with pytest.raises(InterchangeError, match="^file: its signature does not check"):
        import_store(empty_desk, edited)


def test_import_refuses_an_unsigned_file(rich_desk, empty_desk):
    from app.interchange import canonical_bytes

    doc = json.loads(export_store(rich_desk))
    doc.pop("_header")
    with pytest.raises(InterchangeError, match="^file: not signed"):
        import_store(empty_desk, canonical_bytes(doc))


def test_import_refuses_an_encrypted_export_edited_inside_its_encryption(rich_desk, empty_desk):
    from app.interchange import crypto

    plain = export_store(rich_desk).replace(b'"status":"refused"', b'"status":"executed"', 1)
    data = crypto.encrypt(plain, "correct horse battery")
    with pytest.raises(InterchangeError, match="^file: its signature does not check"):
        import_store(empty_desk, data, passphrase="correct horse battery")


def test_import_names_the_signer_and_takes_only_the_required_one(rich_desk, empty_desk):
    data = export_store(rich_desk)
    fp = signing.fingerprint(signing.public_bytes(signing.desk_key(rich_desk)))
    other = signing.fingerprint(signing.public_bytes(signing.desk_key(empty_desk)))
    with pytest.raises(InterchangeError) as info:
        import_store(empty_desk, data, signer=other)
    assert str(info.value) == (f"signer: the file is signed by desk {fp}, not {other}; "
                               "refused, nothing was changed")
    report = import_store(empty_desk, data, signer=fp.upper())
    assert report.signer == fp
