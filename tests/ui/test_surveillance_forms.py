"""The subject form (Art. 4.2) used from the keyboard: Tab follows the form, each detail's
refusal is named under that detail, and only the chosen kind's details are saved."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from app.services.surveillance import commands as svc


def _editor(qtbot, desk):
    """A shown editor (closing one with edits asks: tests take ``no_modal_boxes``)."""
    from ui.dialogs.subject_editor import SubjectEditor

    editor = SubjectEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _tab_order(start) -> list[str]:
    """Object names in the order Tab visits them (each date edit's inner line edit skipped)."""
    names, widget = [], start
    for _ in range(60):
        if widget.objectName() and widget.objectName() != "qt_spinbox_lineedit":
            names.append(widget.objectName())
        for _ in range(500):
            widget = widget.nextInFocusChain()
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                    and widget.isEnabled()):
                break
        if widget is start:
            break
    return names


def _shown_errors(widget) -> dict[str, str]:
    return {label.objectName(): label.text() for label in widget.findChildren(QLabel)
            if label.objectName().startswith("error_") and not label.isHidden()}


def test_art_4_2_subject_editor_tab_order_follows_the_form_for_every_kind(qtbot, desk, no_modal_boxes):
    editor = _editor(qtbot, desk)
    for kind, first, last in (("person", "detail_date_of_birth", "detail_notes"),
                              ("goods", "detail_description", "detail_notes"),
                              ("transport", "detail_flag", "detail_notes")):
        editor.kind.setCurrentIndex(editor.kind.findData(kind))
        order = _tab_order(editor.kind)
        # The details were made on a change of kind and so came after Save and Cancel.
        assert order.index("remove_identifier") < order.index(first) < order.index(last) \
            < order.index("agreement") < order.index("period_end"), order


def test_art_4_2_a_refused_detail_is_named_under_that_detail(qtbot, desk, no_modal_boxes, settle):
    editor = _editor(qtbot, desk)
    editor.names.setPlainText("Example Person (invented)")
    editor.period_end.setDate(QDate(2027, 1, 1))
    editor.detail_edits["date_of_birth"].setText("1980-13-45")
    editor.save()
    settle()
    assert _shown_errors(editor) == {
        "error_details_date_of_birth": "Date of birth: '1980-13-45' is not a date (use YYYY-MM-DD)"}
    assert editor.focusWidget() is editor.detail_edits["date_of_birth"]
    editor.detail_edits["date_of_birth"].setText("")
    editor.detail_edits["nationality"].setText("Japan")
    editor.save()
    settle()
    assert list(_shown_errors(editor)) == ["error_details_nationality"]
    assert svc.list_subjects(desk) == []


def test_art_4_2_only_the_chosen_kinds_details_are_saved(qtbot, desk, no_modal_boxes, settle):
    editor = _editor(qtbot, desk)
    editor.detail_edits["date_of_birth"].setText("1980-04-01")
    editor.kind.setCurrentIndex(editor.kind.findData("goods"))
    assert not editor.detail_edits["date_of_birth"].isVisible()
    editor.detail_edits["description"].setText("Wrist watches (invented)")
    editor.period_end.setDate(QDate(2027, 1, 1))
    editor.save()
    settle()
    assert editor.result_view is not None, editor.error.text()
    assert editor.result_view.details == {"description": "Wrist watches (invented)"}


def test_art_4_2_an_identifier_of_the_wrong_shape_is_named_by_type_and_number(qtbot, desk, no_modal_boxes, settle):
    editor = _editor(qtbot, desk)
    editor.kind.setCurrentIndex(editor.kind.findData("transport"))
    editor.names.setPlainText("OCEAN EXAMPLE (invented)")
    editor.add_identifier("imo", "90747")
    editor.period_end.setDate(QDate(2027, 1, 1))
    editor.save()
    settle()
    assert _shown_errors(editor) == {
        "error_identifiers": "Identifiers: IMO number '90747': expected 7 digits (Art. 4.2)"}


def test_art_4_2_closing_the_subject_form_with_unsaved_edits_asks_first(
        qtbot, desk, monkeypatch, settle):
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = _editor(qtbot, desk)
    editor.reject()  # nothing typed: closes without asking
    assert asked == [] and not editor.isVisible()
    editor = _editor(qtbot, desk)
    editor.names.setPlainText("Example Person (invented)")
    editor.reject()  # Esc with a name typed: Cancel keeps the form open
    assert asked == ["This subject has changes that are not saved. Save them?"]
    assert editor.isVisible()
    editor.reject()  # Save: the service refuses (no end date) and the form stays, saying why
    settle()
    assert editor.isVisible() and editor.errors.text("period_end").startswith(
        "Surveillance period (until): a surveillance period needs an end date")
    assert svc.list_subjects(desk) == []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible() and svc.list_subjects(desk) == []


def test_art_4_2_closing_an_unsaved_observation_asks_first(qtbot, desk, monkeypatch, settle):
    from PySide6.QtWidgets import QMessageBox

    from app.services.requests.commands import register_incoming
    from ui.dialogs.observation import ObservationDialog

    ref = register_incoming(desk, "jp-us-1997", {
        "title": "Special surveillance (invented)", "bases": ["4.2(a)"]}).our_ref
    code = svc.add_subject(desk, {"kind": "person", "names": ["田中 翔"], "requests": [ref],
                                  "period_end": "2027-03-01"}).code
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    dialog = ObservationDialog(desk, svc.get_subject(desk, code))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.place.setText("Yokohama")
    dialog.reject()  # Esc, answered Save: the observation is kept, not lost
    settle()
    assert dialog.result_view is not None and dialog.result_view.place == "Yokohama"
    assert svc.get_subject(desk, code).observation_count == 1


def test_art_4_2_opening_a_subject_to_read_and_closing_it_does_not_ask(qtbot, desk, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.subject_editor import SubjectEditor

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text))
    code = svc.add_subject(desk, {
        "kind": "transport", "subkind": "vessel", "names": ["OCEAN EXAMPLE (invented)"],
        "identifiers": [["imo", "9074729"]], "details": {"flag": "PA", "route": "Yokohama → Manila"},
        "agreement": "jp-us-1997", "period_end": "2027-01-01", "review_on": "2026-12-01"}).code
    editor = SubjectEditor(desk, code)
    qtbot.addWidget(editor)
    editor.show()
    editor.reject()
    assert asked == [] and not editor.isVisible()
