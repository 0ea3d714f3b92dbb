"""Import refuses bad files with a one-line error naming the JSON path, and writes nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.interchange import InterchangeError, PassphraseNeeded, export_store, import_store
from app.interchange.signature import sign_file
from app.store.models import Agreement, AuditEntry


def _state(desk) -> tuple:
    with desk.read() as s:
        return (s.execute(select(func.count(AuditEntry.id))).scalar(),
                s.execute(select(func.count(Agreement.id))).scalar(),
                s.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar())


def _refused(desk, data: bytes, *, signed: bool = True, **kw) -> InterchangeError:
    """Import ``data`` and return the refusal. JSON text is signed by ``desk`` first (unless
    ``signed`` is False), so the check under test is the one that speaks; an encrypted file is
    given as it is (its signature is inside the encryption)."""
    before = _state(desk)
    sign = signed and data.startswith(b"{")
    with pytest.raises(InterchangeError) as info:
        import_store(desk, sign_file(desk, data) if sign else data, **kw)
    assert _state(desk) == before, "a refused import must leave the store untouched"
    assert "\n" not in str(info.value)
    return info.value


@pytest.fixture
def exported(rich_desk) -> dict:
    """An export as a dict, its signed header left out (the tests sign what they change)."""
    doc = json.loads(export_store(rich_desk))
    doc.pop("_header")
    return doc


def _bytes(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode()


def test_unknown_status_is_refused_naming_the_json_path(exported, empty_desk):
    exported["requests"][0]["status"] = "sent-ish"
    err = _refused(empty_desk, _bytes(exported))
    assert str(err).startswith("requests[0].status: 'sent-ish' is not one of: 'draft', ")


def test_missing_column_is_refused_naming_it(exported, empty_desk):
    del exported["requests"][0]["our_ref"]
    assert str(_refused(empty_desk, _bytes(exported))) == "requests[0]: missing: our_ref"


def test_unknown_field_is_refused(exported, empty_desk):
    exported["subjects"][0]["nickname"] = "x"
    assert "unknown field(s): nickname" in str(_refused(empty_desk, _bytes(exported)))


def test_impossible_calendar_date_is_refused(exported, empty_desk):
    exported["requests"][0]["received_on"] = "2026-02-30"
    assert str(_refused(empty_desk, _bytes(exported))).startswith("requests[0].received_on:")


def test_badly_formed_time_is_refused_with_the_expected_form(exported, empty_desk):
    exported["status_changes"][0]["at"] = "2026-11-20 09:30"
    err = _refused(empty_desk, _bytes(exported))
    assert str(err).startswith("status_changes[0].at:") and "YYYY-MM-DDTHH:MM:SS.ffffffZ" in str(err)


def test_reference_to_a_missing_row_is_refused(exported, empty_desk):
    exported["status_changes"][0]["request_id"] = 999
    assert str(_refused(empty_desk, _bytes(exported))) == (
        "status_changes[0].request_id: 999 refers to no row of requests")


def test_duplicate_unique_key_is_refused(exported, empty_desk):
    exported["subjects"].append({**exported["subjects"][0], "id": 77})
    assert "repeats subjects[0]" in str(_refused(empty_desk, _bytes(exported)))


def test_altered_audit_entry_is_refused(exported, empty_desk):
    exported["audit"][1]["actor"] = "someone else"
    assert str(_refused(empty_desk, _bytes(exported))).startswith("audit[1].hash:")


def test_removed_audit_entry_breaks_the_chain_and_is_refused(exported, empty_desk):
    del exported["audit"][1]
    assert "breaks the audit chain" in str(_refused(empty_desk, _bytes(exported)))


def test_document_whose_content_does_not_match_its_sha256_is_refused(exported, empty_desk):
    import base64

    exported["documents"][0]["content"] = base64.b64encode(b"swapped").decode()
    assert str(_refused(empty_desk, _bytes(exported))).startswith("documents[0].content:")


def test_truncated_export_is_refused_as_its_signature_no_longer_checks(rich_desk, empty_desk):
    data = export_store(rich_desk)
    err = _refused(empty_desk, data[: len(data) // 2], signed=False)
    assert str(err).startswith("file: its signature does not check")


def test_truncated_file_is_refused_as_not_json(rich_desk, empty_desk):
    data = export_store(rich_desk)
    err = _refused(empty_desk, data[: len(data) // 2].replace(b'"_header"', b'"_hdr"', 1))
    assert str(err).startswith("file: not valid JSON") and "truncated" in str(err)


def test_binary_garbage_is_refused_as_unsigned(empty_desk):
    assert str(_refused(empty_desk, b"\xff\xfe\x00garbage", signed=False)).startswith("file: not signed")


def test_wrong_format_marker_is_refused(exported, empty_desk):
    exported["format"] = "something-else"
    assert str(_refused(empty_desk, _bytes(exported))).startswith("format:")


def test_nan_is_refused(empty_desk):
    assert str(_refused(empty_desk, b'{"format": NaN}')).startswith("file:")
    assert str(_refused(empty_desk, b'{"format": NaN}', signed=False)).startswith("file: not signed")


def test_lone_surrogate_in_text_is_refused_naming_the_field(exported, empty_desk):
    exported["requests"][0]["title"] = "bad \ud800 text"
    data = json.dumps(exported, ensure_ascii=True).encode()
    assert str(_refused(empty_desk, data)) == (
        "requests[0].title: contains a lone surrogate (not valid Unicode)")


def test_import_into_a_store_with_work_is_refused(rich_desk, complete_fields):
    data = export_store(rich_desk)
    err = _refused(rich_desk, data)
    assert str(err).startswith("store: import needs an empty store")


def test_integrity_failure_at_write_time_rolls_everything_back(exported, empty_desk, monkeypatch):
    from app.interchange import checks

    monkeypatch.setattr(checks, "check_keys", lambda *a, **k: None)
    exported["status_changes"][0]["request_id"] = 999
    assert "nothing was changed" in str(_refused(empty_desk, _bytes(exported)))


# -- encryption --------------------------------------------------------------------------------

def test_encrypted_export_round_trips_with_the_passphrase(rich_desk, empty_desk):
    data = export_store(rich_desk, passphrase="correct horse battery")
    assert data.startswith(b"LIAISON-DESK-EXPORT-ENCRYPTED\n") and b"requests" not in data
    report = import_store(empty_desk, data, passphrase="correct horse battery")
    assert report.counts["requests"] == 1


def test_encrypted_export_without_passphrase_asks_for_one(rich_desk, empty_desk):
    data = export_store(rich_desk, passphrase="correct horse battery")
    with pytest.raises(PassphraseNeeded):
        import_store(empty_desk, data)


def test_encrypted_export_with_wrong_passphrase_is_refused(rich_desk, empty_desk):
    data = export_store(rich_desk, passphrase="correct horse battery")
    assert str(_refused(empty_desk, data, passphrase="wrong horse battery")).startswith(
        "passphrase: wrong passphrase")


def test_altered_encryption_header_is_detected(rich_desk, empty_desk):
    data = export_store(rich_desk, passphrase="correct horse battery")
    altered = data.replace(b'"p":1', b'"p":2', 1)
    assert altered != data
    assert str(_refused(empty_desk, altered, passphrase="correct horse battery")).startswith("passphrase:")


def test_hostile_key_parameters_are_refused_before_any_work(empty_desk):
    data = (b"LIAISON-DESK-EXPORT-ENCRYPTED\n" b'{"cipher":"AES-256-GCM","kdf":"scrypt","n":1073741824,'
            b'"nonce":"AAAAAAAAAAAAAAAA","p":1,"r":8,"salt":"AAAA","version":1}\nxx')
    assert "out-of-range" in str(_refused(empty_desk, data, passphrase="whatever123"))


def test_short_export_passphrase_is_refused_before_anything_is_recorded(rich_desk):
    before = _state(rich_desk)
    with pytest.raises(InterchangeError, match="^passphrase: at least 12"):
        export_store(rich_desk, passphrase="short")
    assert _state(rich_desk) == before


def test_export_that_cannot_be_written_is_logged_as_failed_and_leaves_no_file(rich_desk, tmp_path):
    """The export is logged before it is made (the file carries its own record); when the file
    cannot be written, a second entry says so, and no partial file is left."""
    from sqlalchemy import select

    from app.interchange import export_store
    from app.store.models import AuditEntry

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    out = blocker / "export.json"
    with pytest.raises(InterchangeError) as info:
        export_store(rich_desk, out=out)
    assert str(info.value).startswith(f"out: {out} could not be written")
    with rich_desk.read() as s:
        last = s.execute(select(AuditEntry.action, AuditEntry.detail)
                         .order_by(AuditEntry.id.desc()).limit(2)).all()
    assert [action for action, _ in last] == ["store.export_failed", "store.export"]
    assert "export.json" in str(last[0][1])
    assert not list(tmp_path.glob("**/*.part"))


def test_export_file_error_is_reported_even_when_the_failure_entry_cannot_be_written(
        rich_desk, tmp_path, monkeypatch):
    """A full disk refuses the file and the store alike: the officer must read why the file was
    not written (out:), not the store's own complaint about the failure entry."""
    from contextlib import contextmanager

    from sqlalchemy.exc import OperationalError

    from app.interchange import export_store

    real = rich_desk.unit_of_work

    @contextmanager
    def full_disk(action, *args, **kwargs):
        if action == "store.export_failed":
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))
        with real(action, *args, **kwargs) as pair:
            yield pair

    monkeypatch.setattr(rich_desk, "unit_of_work", full_disk)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(InterchangeError, match="^out: .* could not be written"):
        export_store(rich_desk, out=blocker / "export.json")
    assert not list(tmp_path.glob("**/*.part"))
