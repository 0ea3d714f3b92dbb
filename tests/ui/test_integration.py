"""The parts wired together: Ctrl+P opens the Letters dialog, a disclosure verdict opens its
letter (Art. 9.1 / 9.4 / 10.2) on the items' request, and a keyboard-only path through the desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.services.ledger import disclosures as dis
from app.services.ledger import information as inf
from app.services.requests import commands as rq
from ui.dialogs.letters import LettersDialog


def _incoming(desk, complete_fields):
    return rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref


def _letters_dialogs(parent):
    return [d for d in parent.findChildren(LettersDialog) if d.isVisible()]


def test_ctrl_p_opens_the_letters_dialog_of_the_selected_request(window, desk, complete_fields):
    ref = _incoming(desk, complete_fields)
    window.show_page("incoming").open_ref(ref)
    dialog = window.print_current()
    assert isinstance(dialog, LettersDialog) and dialog.ref == ref and dialog.isVisible()
    dialog.close()


def test_ctrl_p_without_a_selected_request_says_what_to_do(window):
    window.show_page("agreements")
    assert window.print_current() is None
    assert "Select a request" in window.statusBar().currentMessage()


def test_art_9_1_disclosure_verdict_opens_the_approval_letter_on_the_items_request(
        qtbot, desk, complete_fields, no_modal_boxes, monkeypatch):
    from ui.dialogs.disclosure import DisclosureDialog
    from ui.views.information import InformationView

    ref = _incoming(desk, complete_fields)
    item = inf.add_information_item(desk, direction="received", provider="CBP (invented)",
                                    title="Invented manifest", request_ref=ref)
    dis.add_authority(desk, "Ministry of Example Affairs (invented)", "ministry")
    view = InformationView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)

    def fake_exec(dlg):  # the officer presses the letter button the verdict offers
        dlg.set_choice("Ministry of Example Affairs (invented)", "intelligence")
        dlg.letter_requested.emit("approval_request", [item.code])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DisclosureDialog, "exec", fake_exec)
    view.disclose_current()
    letters = [d for d in QApplication.topLevelWidgets() + view.findChildren(LettersDialog)
               if isinstance(d, LettersDialog)]
    assert letters, "no Letters dialog opened"
    dialog = letters[-1]
    assert dialog.ref == ref and dialog.kind() == "approval_request"
    assert dialog.inputs["authority"].text() == "Ministry of Example Affairs (invented)"
    assert item.code in dialog.inputs["information_summary"].toPlainText()
    dialog.close()


def test_art_9_disclosure_letter_for_items_without_a_request_is_refused_in_one_line(
        qtbot, desk, no_modal_boxes):
    from ui.dialogs.disclosure_letters import open_disclosure_letter

    item = inf.add_information_item(desk, direction="received", provider="CBP (invented)",
                                    title="Invented tip-off")
    assert open_disclosure_letter(desk, "disclosure_notice", [item.code]) is None
    kind, text = no_modal_boxes[-1]
    assert text.startswith("Information:") and "without a request" in text and "\n" not in text


def test_keyboard_only_page_shortcut_row_and_ctrl_p_reach_the_letters(qtbot, window, desk,
                                                                       complete_fields):
    ref = _incoming(desk, complete_fields)
    window.show_page("agreements")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Incoming
    page = window.page("incoming")
    assert window.current_key() == "incoming"
    page.refresh()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.current_ref() == ref
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialogs = _letters_dialogs(window)
    assert [d.ref for d in dialogs] == [ref]
    qtbot.keyClick(dialogs[0], Qt.Key.Key_Escape)
    assert not dialogs[0].isVisible()


def test_art_11_4_refusal_can_be_recorded_with_the_keyboard_alone(qtbot, desk, complete_fields, settle):
    """Space ticks a ground, Tab leaves each text box (no tab characters), Enter refuses."""
    from ui.dialogs.outcome import OutcomeDialog

    ref = _incoming(desk, complete_fields)
    dialog = OutcomeDialog(desk, ref, "refused")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grounds_list.setFocus()
    qtbot.keyClick(dialog.grounds_list, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.grounds_list, Qt.Key.Key_Space)
    assert dialog.grounds()
    qtbot.keyClick(dialog.grounds_list, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.statement_edit
    qtbot.keyClicks(dialog.statement_edit, "Contrary to public policy (invented example).")
    qtbot.keyClick(dialog.statement_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.accompanying_edit
    assert "\t" not in dialog.statement_edit.toPlainText()
    qtbot.keyClick(dialog.accompanying_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    settle()
    assert rq.get_request(desk, ref).status == "refused"
