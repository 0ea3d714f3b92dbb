"""Generation, export and print of letters are audited; the store stays verifiable."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.services.admin.verify import verify_store
from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.services.validation import ServiceError
from app.store.models import AuditEntry, Document
from app.treaty.errors import RuleViolation


def _audit(desk, action: str) -> list:
    """(entity_type, entity_id, actor, detail) of each audit entry with ``action``."""
    from types import SimpleNamespace

    with desk.read() as s:
        rows = s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars()
        return [SimpleNamespace(entity_type=r.entity_type, entity_id=r.entity_id, actor=r.actor,
                                detail=r.detail) for r in rows]


def test_generating_a_final_letter_writes_one_audit_entry(desk, refs):
    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "en")
    [entry] = _audit(desk, "document.generate")
    detail = json.loads(entry.detail)
    assert entry.entity_id == str(view.id) and entry.actor == "Officer Test"
    assert detail["sha256"] == view.sha256 and detail["version"] == 1


def test_export_writes_the_file_and_audits_who_and_where(desk, refs, tmp_path):
    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "en")
    out = docs.export_document(desk, view.id, tmp_path / "ack.pdf")
    assert out.read_bytes() == docs.document_content(desk, view.id)
    [entry] = _audit(desk, "document.export")
    assert json.loads(entry.detail)["path"] == str(out.resolve()) and entry.actor == "Officer Test"


def test_draft_export_is_audited_on_the_request(desk, refs, tmp_path):
    preview = letters.preview_letter(desk, refs["outgoing_incomplete"], "request", "en")
    docs.export_unstored(desk, refs["outgoing_incomplete"], preview.pdf, tmp_path / "d.pdf", what="request draft")
    [entry] = _audit(desk, "document.export")
    assert entry.entity_type == "request" and entry.entity_id == refs["outgoing_incomplete"]
    assert json.loads(entry.detail)["final"] is False


def test_print_is_audited_with_the_printer(desk, refs):
    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "en")
    docs.record_print(desk, "Office printer 2 (invented)", doc_id=view.id, pages=1)
    [entry] = _audit(desk, "document.print")
    assert json.loads(entry.detail)["printer"] == "Office printer 2 (invented)"


def test_export_to_a_missing_folder_is_refused_and_nothing_audited(desk, refs, tmp_path):
    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "en")
    with pytest.raises(RuleViolation, match=r"^out: folder .* does not exist"):
        docs.export_document(desk, view.id, tmp_path / "nowhere" / "x.pdf")
    assert _audit(desk, "document.export") == []


def test_refused_final_letter_stores_nothing_and_audits_nothing(desk, refs):
    with pytest.raises(letters.LetterRefused):
        letters.generate_letter(desk, refs["outgoing_incomplete"], "request", "en")
    assert _audit(desk, "document.generate") == []


def test_verify_stays_clean_with_letters_stored(desk, refs):
    letters.generate_letter(desk, refs["received"], "acknowledgement", "en")
    letters.generate_letter(desk, refs["refused"], "statement_of_reasons", "ja")
    assert verify_store(desk) == []


def test_verify_reports_a_tampered_letter(desk, refs):
    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "en")
    with desk.db.write() as s:
        s.get(Document, view.id).content = b"%PDF-tampered"
    assert any(f"document {view.id}" in p for p in verify_store(desk))
    with pytest.raises(ServiceError, match="SHA-256"):
        docs.document_content(desk, view.id)


def test_batch_acknowledges_every_received_request_and_reports_progress(desk, refs):
    due = letters.acknowledgements_due(desk)
    assert due == [refs["received"]]
    seen = []
    result = letters.generate_batch(desk, "acknowledgement", [*due, refs["refused"]], "en",
                                    progress=lambda n, total, ref: seen.append((n, total, ref)))
    assert [d.series for d in result.documents] == [f"{refs['received']}/acknowledgement/en"]
    assert result.failures[0][0] == refs["refused"] and "kind:" in result.failures[0][1]
    assert seen == [(1, 2, refs["received"]), (2, 2, refs["refused"])]


def test_batch_stops_when_cancelled(desk, refs):
    result = letters.generate_batch(desk, "acknowledgement", [refs["received"]], "en", cancelled=lambda: True)
    assert result.cancelled and result.documents == ()
