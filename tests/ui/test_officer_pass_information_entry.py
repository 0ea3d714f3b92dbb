"""Recording and correcting an information item as an officer would (Art. 9, 10): the ledger is
append-only, so a slip is put right by a correction with a reason, from the page; the form's
words follow the direction; confidential content opened to correct is an audited view (9.3)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.services.admin.audit_log import AuditFilter, audit_page
from app.services.ledger import information as inf
from ui.views.information import InformationView
from ui.views.information_dialog import NewItemDialog


def test_art_9_a_slip_in_an_item_is_corrected_from_the_page_with_a_reason_and_the_old_entry_kept(
        qtbot, desk, monkeypatch, settle):
    item = inf.add_information_item(desk, direction="received", provider="U.S. CBP (invented)",
                                    title="Manifets (typo)", confidential=True,
                                    summary="Invented consignee list")
    view = InformationView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert view.correct_btn.isEnabled()
    seen = []

    def officer(dlg: NewItemDialog):
        seen.append(dlg)
        assert dlg.title.text() == "Manifets (typo)" and dlg.confidential.isChecked()
        dlg.title.setText("Manifest 積荷目録 (invented)")
        dlg.save()  # no reason given
        qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)  # the service refuses on its thread
        assert dlg.created is None
        assert dlg.errors.text("correction_reason").startswith("Reason for the correction: is required")
        dlg.reason.setText("typo in the title")
        dlg.save()
        qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)
        return QDialog.DialogCode.Accepted if dlg.created else QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewItemDialog, "exec", officer)
    before = len(audit_page(desk, AuditFilter(action="information.view_confidential")))
    view.correct_current()  # the confidential view is recorded first (an op), then the form
    settle()
    new = seen[0].created
    assert new.corrects == item.code and new.title == "Manifest 積荷目録 (invented)" and new.confidential
    assert view.current.code == new.code  # the page shows the new entry
    assert inf.get_information(desk, item.code, record_view=False).corrected_by == new.code
    # The form showed the confidential content: counted as opening it (Art. 9.3).
    assert len(audit_page(desk, AuditFilter(action="information.view_confidential"))) == before + 1


def test_art_9_2_form_words_follow_the_direction_of_the_information(qtbot, desk, settle):
    from PySide6.QtCore import QDate

    dlg = NewItemDialog(desk)
    qtbot.addWidget(dlg)
    label = dlg.form.labelForField(dlg.received_on.parentWidget())
    assert label.text() == "Date received" and dlg.no_le.text().startswith("Provider said")
    dlg.direction.setCurrentIndex(dlg.direction.findData("provided"))
    assert label.text() == "Date provided" and dlg.no_le.text().startswith("We said")
    dlg.provider.setText("Japan Customs (invented)")
    dlg.title.setText("Invented")
    dlg.received_on.setDate(QDate(2030, 1, 1))
    dlg.save()
    settle()
    assert dlg.errors.text("received_on").startswith("Date provided: 2030-01-01 is in the future")


def test_art_5_a_document_received_is_attached_to_its_item_from_the_page(qtbot, desk, tmp_path,
                                                                        monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    item = inf.add_information_item(desk, direction="received", provider="SAT (invented)",
                                    title="Pedimentos (invented)")
    view = InformationView(desk)
    qtbot.addWidget(view)
    view.show()  # a shown page re-reads what was attached (a hidden one when next shown)
    view.table.selectRow(0)
    assert view.attach_btn.isEnabled()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    empty = tmp_path / "vacío.txt"
    empty.write_bytes(b"")
    assert view.attach_file(str(empty)) is False
    assert warned == ["File: the document is empty"]  # named, and nothing stored
    assert inf.get_information(desk, item.code, record_view=False).documents == ()
    assert view.attach_file(str(tmp_path / "missing.pdf")) is False
    assert warned[-1].startswith("File: cannot be read")
    doc = tmp_path / "pedimento 輸入.txt"
    doc.write_text("Invented customs entry", encoding="utf-8")
    assert view.attach_file(str(doc)) is True
    qtbot.waitUntil(lambda: not view.attaching, timeout=10_000)  # read and stored on a worker
    assert [n for _i, n in inf.get_information(desk, item.code, record_view=False).documents] == [
        "pedimento 輸入.txt"]
    assert "pedimento 輸入.txt" in view.detail.toPlainText()
