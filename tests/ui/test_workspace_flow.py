"""End to end, as an officer works: register an incoming request in the editor (the 7.2 panel
names (c) while the object is empty), refuse it under Art. 11.1 with a statement of reasons,
then find it again through search. Widgets are driven by their object names; the modal dialogs
run a scripted "officer" instead of blocking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QPushButton, QTreeWidget

from tests.ui.test_editor import fill
from ui.dialogs.outcome import OutcomeDialog
from ui.dialogs.request_editor import RequestEditor


def script_dialog(monkeypatch, cls, officer):
    """Make ``cls.exec`` show the dialog and run ``officer(dialog)`` instead of a modal loop."""
    seen = []

    def exec_(self):
        self.show()
        seen.append(self)
        officer(self)
        result = self.result()
        self.hide()
        return result

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def test_art_7_2_and_11_1_register_refuse_and_find_again(qtbot, window, monkeypatch, complete_fields):
    fields = dict(complete_fields, title="Export of bicycle parts, Example Cycles Ltd (invented)",
                  their_ref="CBP-FLOW-0007", object_and_reason="")

    def officer_registers(editor):
        fill(editor, fields)
        assert "7.2(c)" in editor.panel.text()  # the object is still missing
        assert [f.field for f in editor.panel.errors()] == ["object_and_reason"]
        obj = editor.findChild(QPlainTextEdit, "field_object_and_reason")
        obj.setPlainText("Confirm the lawful export of 900 bicycle frames (invented)")
        assert "7.2(c)" not in editor.panel.text()
        with qtbot.waitSignal(editor.saved):
            qtbot.mouseClick(editor.findChild(QPushButton, "button_save"), Qt.MouseButton.LeftButton)
        editor.done(QDialog.DialogCode.Accepted)

    editors = script_dialog(monkeypatch, RequestEditor, officer_registers)
    window.show_page("incoming")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(editors) == 1 and editors[0].direction == "incoming"

    incoming = window.page("incoming")
    ref = editors[0].ref
    assert ref
    qtbot.waitUntil(lambda: incoming.current_ref() == ref, timeout=10_000)  # selected once listed
    assert incoming.model.rowCount() == 1
    assert incoming.detail.view.elements["object_and_reason"].startswith("Confirm the lawful export")

    def officer_refuses(dialog):
        dialog.set_grounds(["11.1-public-policy"])
        dialog.statement_edit.setPlainText("Executing the request would be contrary to public "
                                           "policy (invented example).")
        qtbot.mouseClick(dialog.findChild(QPushButton, "button_ok"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)  # stored by an op, then closed

    script_dialog(monkeypatch, OutcomeDialog, officer_refuses)
    bar = incoming.detail.workflow
    qtbot.mouseClick(bar.findChild(QPushButton, "action_refused"), Qt.MouseButton.LeftButton)
    view = incoming.detail.view
    assert view.status == "refused"
    assert view.outcomes[-1].grounds == ("11.1-public-policy",)
    assert incoming.model.row_at(0).status == "refused"

    # Find it again: Ctrl+F, type, Enter; then Enter on the hit opens it.
    window.activateWindow()  # the dialog closed: the desktop makes the window active again
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.show_page("due")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.findChild(QLineEdit, "search_field")
    assert search.hasFocus()
    qtbot.keyClicks(search, "bicycle")
    results = window.page("search")
    with qtbot.waitSignal(results.finished, timeout=10_000):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    tree = results.findChild(QTreeWidget, "search_results")
    group = tree.topLevelItem(0)
    assert group.text(0).startswith("Requests")
    assert tree.currentItem().text(1) == ref
    incoming.table.clearSelection()
    window.show_page("outgoing")
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_key() == "incoming"
    assert incoming.current_ref() == ref and incoming.detail.view.status == "refused"
