"""LettersDialog: kinds by request state, live preview, final vs draft, save, print, batch."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.services.letters import registry as docs
from app.store.models import AuditEntry


@pytest.fixture
def refs(letter_refs):
    """The letter scenarios (invented), in the test's desk."""
    return letter_refs


def _actions(desk, prefix):
    with desk.read() as s:
        return [(a.action, a.entity_id, json.loads(a.detail)) for a in s.execute(
            select(AuditEntry).where(AuditEntry.action.like(f"{prefix}%")).order_by(AuditEntry.id)).scalars()]


def test_offers_only_kinds_that_apply_and_previews_the_first(dialog_for, refs):
    dlg = dialog_for(refs["withheld"], final=True)
    model = dlg.kind_box.model()
    enabled = [dlg.kind_box.itemData(i) for i in range(dlg.kind_box.count()) if model.item(i).isEnabled()]
    assert enabled == ["consultation", "statement_of_reasons"]
    assert dlg.kind() == "consultation"
    assert dlg.preview is not None and dlg.preview.final
    assert len(dlg.pdf_view.page_labels()) >= 1
    assert not dlg.pdf_view.page_labels()[0].pixmap().isNull()


def test_zoom_in_and_out_rerenders_larger_and_smaller_pages(dialog_for, refs):
    dlg = dialog_for(refs["received"])
    width = dlg.pdf_view.page_labels()[0].pixmap().width()
    dlg.pdf_view.zoom_in()
    assert dlg.pdf_view.page_labels()[0].pixmap().width() > width
    dlg.pdf_view.zoom_out()
    dlg.pdf_view.zoom_out()
    assert dlg.pdf_view.page_labels()[0].pixmap().width() < width


def test_art_7_2_incomplete_request_final_is_unticked_and_disabled_with_the_reason(dialog_for, refs, desk):
    dlg = dialog_for(refs["outgoing_incomplete"])
    assert not dlg.final_box.isChecked() and not dlg.final_box.isEnabled()
    assert "Only a draft is possible" in dlg.final_reason.text() and "7.2(c)" in dlg.final_box.toolTip()
    assert not dlg.preview.final and "7.2(c)" in dlg.problems_label.text()
    dlg.final_box.setChecked(True)  # even forced, the next preview unticks it
    dlg.refresh_preview()
    assert not dlg.final_box.isChecked() and not dlg.preview.final
    assert docs.list_documents(desk, refs["outgoing_incomplete"]) == []


def test_save_final_stores_a_version_writes_the_file_and_audits_it(dialog_for, refs, desk, tmp_path, monkeypatch,
                                                                    no_modal_boxes, settle):
    dlg = dialog_for(refs["received"], final=True)
    out = tmp_path / "ack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    assert no_modal_boxes == []
    [doc] = docs.list_documents(desk, refs["received"])
    assert out.read_bytes() == docs.document_content(desk, doc.id)
    assert [a[0] for a in _actions(desk, "document.")] == ["document.generate", "document.export"]
    assert dlg.preview.version == 2  # the next letter would be version 2


def test_draft_save_stores_nothing_but_is_audited(dialog_for, refs, desk, tmp_path, monkeypatch, settle):
    dlg = dialog_for(refs["outgoing_incomplete"])
    dlg.final_box.setChecked(False)
    dlg.refresh_preview()
    out = tmp_path / "draft.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    assert out.exists() and docs.list_documents(desk, refs["outgoing_incomplete"]) == []
    [(action, entity, detail)] = _actions(desk, "document.")
    assert action == "document.export" and entity == refs["outgoing_incomplete"] and detail["final"] is False


def test_art_9_1_inputs_shown_for_approval_request_reach_the_letter(dialog_for, refs):
    dlg = dialog_for(refs["in_progress"])
    dlg.kind_box.setCurrentIndex(dlg.kind_box.findData("approval_request"))
    assert dlg.inputs["authority"].isVisibleTo(dlg) and not dlg.inputs["legal_basis"].isVisibleTo(dlg)
    assert "authority" in dlg.problems_label.text()
    dlg.inputs["authority"].setText("Example Prefectural Police (invented)")
    dlg.inputs["purpose"].setText("Smuggling inquiry (invented)")
    dlg.refresh_preview()
    assert dlg.final_box.isEnabled()  # nothing stands against a final letter now
    dlg.final_box.setChecked(True)
    dlg.refresh_preview()
    assert dlg.preview.final and "Ready: final letter" in dlg.problems_label.text()


def test_print_paints_every_page_and_audits_the_printer(dialog_for, refs, desk, tmp_path, monkeypatch, settle):
    dlg = dialog_for(refs["refused"], final=True)
    out = tmp_path / "printed.pdf"

    def printer():
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p
    monkeypatch.setattr(dlg, "make_printer", printer)
    monkeypatch.setattr(dlg, "ask_printer", lambda p: True)
    dlg.print_letter()
    settle()
    [doc] = docs.list_documents(desk, refs["refused"])
    stored_pages = len(PdfReader(str(tmp_path / "printed.pdf")).pages)
    assert stored_pages == len(PdfReader(__import__("io").BytesIO(docs.document_content(desk, doc.id))).pages)
    (_, _, detail) = _actions(desk, "document.print")[0]
    assert detail["printer"] == str(out) and detail["pages"] == stored_pages


def test_batch_of_acknowledgements_runs_off_the_ui_thread_with_progress(dialog_for, refs, desk, qtbot):
    from app.services.requests.commands import register_incoming

    second = register_incoming(desk, "jp-us-1997", {"their_ref": "CBP-OI-2026-0999", "title": "Invented"}).our_ref
    dlg = dialog_for(refs["received"])
    assert dlg.batch_button.isEnabled() and "(2)" in dlg.batch_button.text()
    dlg.acknowledge_all_due()
    task = dlg.batch_task
    qtbot.waitUntil(lambda: task.is_done, timeout=20000)
    assert task.error is None and len(task.result.documents) == 2
    assert {d.request_ref for d in task.result.documents} == {refs["received"], second}
    assert "2 acknowledgement(s) stored" in dlg.status_label.text()


@pytest.mark.parametrize("scenario, offered", [
    ("received", ["acknowledgement", "approval_request", "disclosure_notice", "evidence_cover"]),
    ("refused", ["statement_of_reasons"]),
    ("postponed", ["statement_of_reasons"]),
    ("outgoing_complete", ["request"]),
    ("oral_sent", ["request", "oral_confirmation"]),
    ("spontaneous_in", ["approval_request", "disclosure_notice", "evidence_cover"]),
])
def test_art_7_9_10_11_kinds_offered_match_the_request_direction_and_state(dialog_for, refs, scenario, offered):
    dlg = dialog_for(refs[scenario])
    model = dlg.kind_box.model()
    enabled = {dlg.kind_box.itemData(i) for i in range(dlg.kind_box.count()) if model.item(i).isEnabled()}
    assert enabled == set(offered)
    assert dlg.kind_box.count() == 9  # the others are listed, disabled, with the reason as tooltip
    disabled = [i for i in range(dlg.kind_box.count()) if not model.item(i).isEnabled()]
    assert all(model.item(i).toolTip() for i in disabled)


def test_regenerating_a_final_letter_stores_a_new_version_and_keeps_the_old(dialog_for, refs, desk, tmp_path,
                                                                           monkeypatch, no_modal_boxes, settle):
    dlg = dialog_for(refs["refused"], final=True)
    assert dlg.kind() == "statement_of_reasons"
    paths = iter([tmp_path / "v1.pdf", tmp_path / "v2.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(paths)), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    dlg.save_pdf()
    settle()
    assert no_modal_boxes == []
    stored = sorted(docs.list_documents(desk, refs["refused"]), key=lambda d: d.version)
    assert [d.version for d in stored] == [1, 2]
    assert stored[0].sha256 != stored[1].sha256  # the document number names the version
    assert (tmp_path / "v1.pdf").read_bytes() == docs.document_content(desk, stored[0].id)
    assert (tmp_path / "v2.pdf").read_bytes() == docs.document_content(desk, stored[1].id)
    assert [a[0] for a in _actions(desk, "document.generate")] == ["document.generate"] * 2


def test_art_7_2_incomplete_request_only_ever_prints_as_a_watermarked_draft(dialog_for, refs, desk, tmp_path,
                                                                            monkeypatch, no_modal_boxes):
    dlg = dialog_for(refs["outgoing_incomplete"])
    dlg.final_box.setChecked(True)  # forced: the preview still cannot be final
    assert not dlg.preview.final
    assert "DRAFT" in PdfReader(__import__("io").BytesIO(dlg.preview.pdf)).pages[0].extract_text()
    monkeypatch.setattr(dlg, "ask_printer", lambda p: pytest.fail("no print dialog for a blocked final"))
    dlg.print_letter()
    assert no_modal_boxes and "7.2" in no_modal_boxes[-1][1]
    assert docs.list_documents(desk, refs["outgoing_incomplete"]) == []
    assert _actions(desk, "document.") == []
