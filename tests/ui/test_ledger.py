"""Ledger widgets: disclosure dialog asks the rules; audit viewer pages, filters and verifies."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from app.services.admin.audit_log import AuditFilter, audit_page
from app.services.ledger import disclosures as dis
from app.services.ledger import information as inf
from app.store.models import AuditEntry
from ui.dialogs.disclosure import DisclosureDialog
from ui.views import audit as audit_view
from ui.views.audit import AuditView

POLICE = "Prefectural Police HQ (invented)"
MINISTRY = "Ministry of Example Affairs (invented)"


@pytest.fixture
def ledger(desk):
    dis.add_authority(desk, POLICE, "police")
    dis.add_authority(desk, MINISTRY, "ministry")
    return desk


@pytest.fixture
def barred(ledger):
    return inf.add_information_item(ledger, direction="received", provider="CBP (invented)",
                                    title="Invented tip-off", no_law_enforcement=True,
                                    no_law_enforcement_notice_on="2026-11-02").code


def test_art_9_2_dialog_shows_forbidden_and_records_only_with_override_reason(qtbot, ledger, barred):
    dlg = DisclosureDialog(ledger, [barred])
    qtbot.addWidget(dlg)
    dlg.set_choice(POLICE, "intelligence")
    assert dlg.decision.verdict == "forbidden" and "✖" in dlg.verdict.text()
    assert "Art. 9.2" in dlg.findings.item(0).text()
    assert not dlg.record_button.isEnabled()
    dlg.override_box.setChecked(True)
    assert not dlg.record_button.isEnabled()  # no reason yet
    dlg.override_reason.setPlainText("Invented emergency justification")
    assert dlg.record_button.isEnabled()
    with qtbot.waitSignal(dlg.recorded) as sig:
        qtbot.mouseClick(dlg.record_button, Qt.MouseButton.LeftButton)
    assert sig.args[0].is_override
    assert audit_page(ledger, AuditFilter(action="disclosure.override"))


def test_art_9_1_dialog_offers_the_approval_request_letter(qtbot, ledger, barred):
    dlg = DisclosureDialog(ledger, [barred])
    qtbot.addWidget(dlg)
    dlg.set_choice(MINISTRY, "customs")
    assert dlg.decision.verdict == "needs_approval"
    btn = dlg.findChild(type(dlg.record_button), "disclosure_letter_approval_request")
    with qtbot.waitSignal(dlg.letter_requested) as sig:
        qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    assert sig.args == ["approval_request", [barred]]


def test_art_9_4_dialog_needs_the_legal_basis_before_recording(qtbot, ledger, barred, settle):
    dlg = DisclosureDialog(ledger, [barred])
    qtbot.addWidget(dlg)
    dlg.set_choice(MINISTRY, "required_by_law")
    assert dlg.decision.verdict == "obligation" and not dlg.record_button.isEnabled()
    dlg.legal_basis.setText("Example Act art. 1 (invented)")
    assert dlg.record_button.isEnabled()
    dlg.record()
    settle()
    assert dlg.result_view.decision == "obligation"


def test_audit_viewer_pages_filters_and_shows_the_change(qtbot, ledger, barred, monkeypatch):
    monkeypatch.setattr(audit_view.AuditTableModel, "page_size", 2)
    view = AuditView(ledger)
    qtbot.addWidget(view)
    model = view.model
    assert model.total == model.rowCount() == 4  # the SQL COUNT: rows are read when asked for
    model.refresh()
    assert model.fetched_rows == 0
    assert model.row_at(1) is not None and (model.page_reads, model.fetched_rows) == (1, 2)
    assert model.row_at(3) is not None and (model.page_reads, model.fetched_rows) == (2, 4)
    assert model.row_at(0) is not None and model.page_reads == 2  # a cached page: no query
    view.action.setCurrentText("information.")
    view.refresh()
    assert model.total == 1
    view.table.selectRow(0)
    assert "No law enforcement: yes" in view.detail.toPlainText()  # words, not JSON


def test_audit_viewer_verify_runs_off_the_ui_thread_and_reports_breaks(qtbot, ledger):
    view = AuditView(ledger)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.verified, timeout=5000) as sig:
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    assert sig.args == [[]] and "intact" in view.status.text()
    with ledger.db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(action="tampered"))
    with qtbot.waitSignal(view.verified, timeout=5000) as sig:
        view.verify()
    assert sig.args[0] and "BROKEN" in view.status.text()


def test_authority_dialog_adds_to_the_list_and_names_bad_fields(qtbot, ledger, barred, settle):
    from ui.dialogs.disclosure import AuthorityDialog

    dlg = AuthorityDialog(ledger)
    qtbot.addWidget(dlg)
    dlg.save()
    settle()
    assert dlg.errors.text("name").startswith("Name: is required")
    dlg.name.setText("Coast Guard (invented)")
    dlg.kind.setCurrentIndex(dlg.kind.findData("police"))
    assert dlg.law_enforcement.isChecked()
    dlg.save()
    settle()
    assert dlg.created.is_law_enforcement
    disclosure = DisclosureDialog(ledger, [barred])
    qtbot.addWidget(disclosure)
    assert disclosure.authority.findData("Coast Guard (invented)") >= 0


def test_audit_viewer_cells_read_whole_on_hover_and_as_typed(qtbot, ledger):
    """A cut-short officer name or entity reads whole in its tooltip; typed markup stays text."""
    view = AuditView(ledger)
    qtbot.addWidget(view)
    model = view.model
    for column in range(model.columnCount()):
        idx = model.index(0, column)
        shown = model.data(idx, Qt.ItemDataRole.DisplayRole)
        tip = model.data(idx, Qt.ItemDataRole.ToolTipRole)
        assert tip and html.escape(shown) in tip
