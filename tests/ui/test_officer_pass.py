"""Defects an officer's keyboard-and-bad-input pass found in the workspace, each with its rule:
focus never trapped, Tab follows the form, errors name the field by its caption and stay one
line, the Art. 11 dialogs fit what they show, every clock reads as words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from app.services.requests import commands as svc
from tests.ui.test_editor import fill
from tests.ui.test_workflow import dialog, incoming
from ui.dialogs.request_editor import RequestEditor


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def tab_chain(start: QWidget, steps: int) -> list[str]:
    """Object names Tab would visit from ``start`` (Qt's focus chain: visible, enabled, Tab-able)."""
    names, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled()
                   and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        names.append(widget.objectName())
    return names


def editor(qtbot, desk, direction="incoming"):
    ed = RequestEditor(desk, direction)
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


# -- keyboard only ---------------------------------------------------------------------------

def test_tab_leaves_a_request_list_instead_of_walking_its_cells(qtbot, window, desk, complete_fields):
    for n in range(2):
        svc.register_incoming(desk, "jp-us-1997", dict(complete_fields, their_ref=f"CBP-TAB-{n}"))
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.show_page("incoming")
    page.refresh()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table  # Tab moved on: not trapped in cells


def test_art_4_1_detail_fields_follow_the_basis_list_in_tab_order(qtbot, desk):
    ed = editor(qtbot, desk, "outgoing")
    ed.form.bases.set_codes(["4.1(a)(i)"])  # creates goods and declaration inputs
    chain = tab_chain(ed.form.findChild(QWidget, "bases_list"), 3)
    assert chain == ["field_extra_goods_description", "field_extra_declaration_number",
                     "field_reciprocity"]


def test_art_7_2_editor_tab_order_follows_the_form_without_dead_stops(qtbot, desk):
    ed = editor(qtbot, desk, "outgoing")
    chain = tab_chain(ed.form.agreement, 24)
    assert chain.index("field_requesting_administration") < chain.index("field_nature_of_proceedings") \
        < chain.index("field_object_and_reason") < chain.index("field_parties_concerned") \
        < chain.index("field_description_and_legal_elements") < chain.index("bases_list")
    assert "editor_scroll" not in chain  # the scroll area is no Tab stop of its own


# -- bad input -------------------------------------------------------------------------------

def test_refused_save_names_the_field_by_its_caption_not_its_key(qtbot, desk, complete_fields, settle):
    ed = editor(qtbot, desk)
    fill(ed, {**complete_fields, "title": "t" * 10_000})
    ed.save()  # refused on the write thread
    settle()
    error = ed.findChild(QLabel, "error_title")
    assert error.text().startswith("Title: ") and "10,000" in error.text()
    assert ed.status_label.text().startswith("Not saved: Title: ")
    assert svc.list_requests(desk) == []


def test_art_7_2_element_error_names_the_element_and_cites_its_article_once(qtbot, desk, complete_fields, settle):
    ed = editor(qtbot, desk)
    fill(ed, {**complete_fields, "object_and_reason": "bad\x00byte"})
    ed.save()  # refused on the write thread
    settle()
    text = ed.findChild(QLabel, "error_object_and_reason").text()
    assert "Object of and reason for the request" in text and text.count("Art. 7.2(c)") == 1
    assert svc.list_requests(desk) == []


def test_unreadable_date_of_10000_characters_stays_one_short_line_and_the_editor_keeps_its_width(
        qtbot, desk, complete_fields, settle):
    ed = editor(qtbot, desk)
    fill(ed, {**complete_fields, "due_on": "9" * 10_000})
    ed.save()  # refused on the write thread
    settle()
    error = ed.findChild(QLabel, "error_due_on")
    assert error.isVisible() and error.text().startswith("Due on: ") and len(error.text()) <= 240
    assert ed.minimumSizeHint().width() < 1200 and ed.width() < 1200
    assert svc.list_requests(desk) == []


def test_unreadable_date_stays_flagged_when_the_save_is_refused_for_another_field(
        qtbot, desk, complete_fields, settle):
    ed = editor(qtbot, desk)
    fill(ed, {**complete_fields, "due_on": "2026-02-30", "title": "t" * 10_000})
    ed.save()  # refused on the write thread
    settle()
    assert ed.findChild(QLabel, "error_title").isVisible()
    assert ed.findChild(QLabel, "error_due_on").isVisible()


def test_new_request_shows_the_start_of_the_prefilled_administration(qtbot, desk):
    ed = editor(qtbot, desk)
    assert ed.form.elements["requesting_administration"].cursorPosition() == 0


# -- Art. 11 dialogs -------------------------------------------------------------------------

def test_art_11_4_outcome_problems_name_the_field_by_its_caption(qtbot, desk, complete_fields):
    d = dialog(qtbot, desk, incoming(desk, complete_fields), "refused")
    lines = d.problems_label.text().splitlines()
    assert lines[0].startswith("Grounds: ") and lines[1].startswith("Statement of reasons")
    assert not any(line.startswith(("grounds:", "statement:")) for line in lines)


def test_art_11_3_leaving_withholding_is_titled_as_recording_the_consultation(
        qtbot, desk, complete_fields):
    ref = incoming(desk, complete_fields, "in-progress")
    svc.transition(desk, ref, "withheld", grounds=["11.3-ongoing-proceedings"])
    d = dialog(qtbot, desk, ref, "in-progress")
    d.show()
    assert "consultation outcome" in d.windowTitle() and "consultation" in d.button_ok.text()
    assert "Art. 11.3" in d.problems_label.text()
    # Tall enough: the fixed-height outcome box does not run into the row beneath it.
    assert d.height() >= d.sizeHint().height()
    assert d.consultation_edit.geometry().bottom() < d.reason_edit.geometry().top()


def test_art_11_1_every_refusal_ground_is_visible_without_scrolling(qtbot, desk, complete_fields):
    d = dialog(qtbot, desk, incoming(desk, complete_fields), "refused")
    d.show()
    qtbot.waitExposed(d)
    assert d.grounds_list.count() >= 9
    assert d.grounds_list.verticalScrollBar().maximum() == 0


def test_outcome_dialog_keeps_its_width_with_a_300_character_title(qtbot, desk, complete_fields):
    ref = incoming(desk, dict(complete_fields, title="W" * 300))
    d = dialog(qtbot, desk, ref, "refused")
    d.show()
    assert d.width() <= 800 and d.minimumSizeHint().width() <= 800


# -- Due & overdue ---------------------------------------------------------------------------

@pytest.mark.demo_data  # a surveillance period ending and a review coming up (invented)
def test_art_4_2_surveillance_clocks_read_as_words_not_keys(qtbot, window, desk):
    due = window.show_page("due")
    due.refresh()
    whats = [due.model.index(i, 2).data() for i in range(due.model.rowCount())]
    assert any(w.startswith("Surveillance period ends (Art. 4.2): ") for w in whats)
    assert not any(w.startswith(("surveillance-end", "surveillance-review")) for w in whats)
    assert due.kind_label("agreement-review") == "Agreement review"  # a later kind: still words


# -- request list ----------------------------------------------------------------------------

def test_subject_stays_readable_in_a_narrow_request_list_and_gets_its_room_back(
        qtbot, window, desk, complete_fields):
    svc.register_incoming(desk, "jp-us-1997", complete_fields)
    page = window.show_page("incoming")
    page.refresh()
    window.resize(1400, 860)  # the default size: the detail pane leaves the list ~850 px
    qtbot.wait(20)
    assert page.table.columnWidth(4) >= 160  # room for a subject's first words
    assert page.table.columnWidth(2) < 115  # the partner gave way instead
    window.resize(2200, 900)
    qtbot.wait(20)
    assert page.table.columnWidth(2) == 115 and page.table.columnWidth(4) > 300


def test_every_request_list_cell_shows_its_full_text_on_hover(window, desk, complete_fields):
    svc.register_incoming(desk, "jp-us-1997", complete_fields)
    page = window.show_page("incoming")
    page.refresh()
    model = page.model
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert tip == model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole) and tip
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole) == complete_fields["title"]


def test_art_7_2_complete_verdict_sits_under_the_panel_heading(qtbot, desk, complete_fields):
    ed = editor(qtbot, desk)
    fill(ed, complete_fields)
    qtbot.wait(20)  # let the layout settle after the list hid itself
    heading = ed.panel.findChild(QLabel, "completeness_heading")
    summary = ed.panel.findChild(QLabel, "completeness_summary")
    assert summary.text().startswith("\u2714 Complete under Art. 7.2")
    line = heading.fontMetrics().height()
    assert heading.height() < 3 * line and summary.geometry().top() < 5 * line
