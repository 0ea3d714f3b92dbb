"""Information & disclosures view: confidential content hidden until asked for, and audited."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.admin.audit_log import AuditFilter, audit_page
from app.services.ledger import disclosures as dis
from app.services.ledger import information as inf
from ui.views.information import InformationView, NewItemDialog

SECRET = "Invented demo text: consignee names"


def test_art_9_3_confidential_summary_hidden_until_revealed_and_reveal_is_audited(qtbot, desk, settle):
    item = inf.add_information_item(desk, direction="received", provider="CBP (invented)",
                                    title="Invented manifest", confidential=True, summary=SECRET)
    dis.add_authority(desk, "Customs Intelligence Unit (invented)", "customs")
    dis.disclose(desk, [item.code], "Customs Intelligence Unit (invented)", "customs")
    view = InformationView(desk)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert SECRET not in view.detail.toPlainText() and view.reveal_btn.isVisibleTo(view)
    assert not view.copy_btn.isEnabled()
    assert view.disclosures.rowCount() == 1
    assert audit_page(desk, AuditFilter(action="information.view_confidential")) == []
    qtbot.mouseClick(view.reveal_btn, Qt.MouseButton.LeftButton)
    settle()  # shown once the view is in the audit log (an op)
    assert SECRET in view.detail.toPlainText()
    assert len(audit_page(desk, AuditFilter(action="information.view_confidential"))) == 1


def test_new_item_dialog_records_restrictions_and_reports_bad_input(qtbot, desk, settle):
    dlg = NewItemDialog(desk)
    qtbot.addWidget(dlg)
    dlg.save()
    settle()
    assert dlg.errors.text("provider").startswith("Provider:") and dlg.created is None
    dlg.provider.setText("CBP (invented)")
    dlg.title.setText("Invented tip-off")
    dlg.no_le.setChecked(True)
    dlg.save()
    settle()
    assert dlg.created.no_law_enforcement and dlg.created.no_law_enforcement_notice_on == desk.today()
    assert dlg.created.not_as_evidence


def test_overrides_are_marked_in_the_item_disclosure_list(qtbot, desk):
    item = inf.add_information_item(desk, direction="received", provider="CBP (invented)",
                                    title="Invented", no_law_enforcement=True)
    dis.add_authority(desk, "City Police (invented)", "police")
    dis.disclose(desk, [item.code], "City Police (invented)", "intelligence",
                 override_reason="Invented justification")
    view = InformationView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert view.disclosures.item(0, 3).text().startswith("⚠ OVERRIDE")


def test_open_item_finds_a_corrected_entry_from_a_search_hit(qtbot, desk):
    old = inf.add_information_item(desk, direction="received", provider="CBP (invented)", title="Old")
    inf.correct_information_item(desk, old.code, "typo in title", title="New")
    view = InformationView(desk)
    qtbot.addWidget(view)
    assert view.open_item(old.code) and view.current.code == old.code
    assert view.current.corrected_by and not view.disclose_btn.isEnabled()
    assert not view.open_item("I-99999")
