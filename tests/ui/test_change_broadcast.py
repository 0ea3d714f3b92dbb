"""One write path: every write is an op that says what it changed, and every screen that shows
those records re-reads, whoever wrote (no F5, no screen refreshing another)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.services.admin.audit_log import AuditFilter, audit_page
from app.services.requests import commands as svc
from tests.ui.test_editor import fill
from ui.dialogs.request_editor import RequestEditor


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_resave_from_an_open_editor_keeps_the_computed_due_date(qtbot, desk, complete_fields,
                                                               settle):
    editor = RequestEditor(desk, "incoming")
    qtbot.addWidget(editor)
    editor.show()
    fields = {k: v for k, v in complete_fields.items() if k != "due_on"}
    fill(editor, fields)
    editor.save()
    settle()
    ref = editor.ref
    computed = svc.get_request(desk, ref).due_on
    assert computed is not None  # the desk's policy for incoming requests
    assert editor.findChild(object, "field_due_on").text() == computed.isoformat()
    fill(editor, {"title": "Export of wrist watches, second look (invented)"})
    with qtbot.waitActive(editor):
        editor.activateWindow()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    view = svc.get_request(desk, ref)
    assert view.title == "Export of wrist watches, second look (invented)"
    assert view.due_on == computed
    edits = [e for e in audit_page(desk, AuditFilter(), offset=0, limit=50) if e.action == "request.edit"]
    assert edits and edits[0].detail.get("due_on", computed.isoformat()) is not None


def test_withdraw_from_the_workflow_bar_shows_everywhere_without_f5(qtbot, window, desk,
                                                                    complete_fields, settle):
    soon = (desk.today() + timedelta(days=2)).isoformat()  # listed in Due & overdue
    ref = svc.register_incoming(desk, "jp-us-1997", {**complete_fields, "due_on": soon}).our_ref
    due = window.show_page("due")
    qtbot.waitUntil(lambda: ref in _due_refs(due), timeout=10_000)
    audit = window.show_page("audit")
    audit.verify()  # the officer asks for a verdict on the chain
    qtbot.waitUntil(lambda: "verified" in audit.status.text(), timeout=10_000)
    entries_before = audit.model.rowCount()
    page = window.show_page("incoming")
    page.refresh()
    assert page.open_ref(ref)
    assert page.detail.view.our_ref == ref

    withdraw = page.detail.findChild(QPushButton, "action_withdrawn")
    qtbot.mouseClick(withdraw, Qt.MouseButton.LeftButton)
    settle()

    assert svc.get_request(desk, ref).status == "withdrawn"
    assert page.detail.view.status == "withdrawn"  # the detail pane
    row = page.model.row_of(ref)
    assert page.model.row_at(row).status == "withdrawn"  # the list
    window.show_page("due")
    qtbot.waitUntil(lambda: ref not in _due_refs(due), timeout=10_000)  # Due & overdue
    window.show_page("audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() == entries_before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: f"{entries_before + 1} entries verified" in audit.status.text(),
                    timeout=10_000)


def _due_refs(due_page) -> set[str]:
    from ui.views.due_model import ClockRole

    model = due_page.table.model()
    clocks = (model.index(row, 0).data(ClockRole) for row in range(model.rowCount()))
    return {key for kind, key in clocks if kind == "request"}


def test_status_bar_due_line_follows_writes(qtbot, window, desk, complete_fields, settle):
    line = window.due_label
    qtbot.waitUntil(lambda: line.text() == "0 overdue · 0 due soon", timeout=10_000)
    late = (desk.today() - timedelta(days=3)).isoformat()
    editor = RequestEditor(desk, "incoming", parent=window)
    qtbot.addWidget(editor)
    fill(editor, {**complete_fields, "due_on": late})
    editor.save()  # a write made in a dialog: the status bar is told by the broadcast
    settle()
    qtbot.waitUntil(lambda: line.text() == "1 overdue · 0 due soon", timeout=10_000)
