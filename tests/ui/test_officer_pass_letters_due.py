"""Officer QA pass over Letters, batch letters, Due & overdue and reminders: one test per defect fixed."""

from __future__ import annotations

import errno
import html
import json
import os
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from sqlalchemy import select

from app.services.letters import registry as docs
from app.store.models import AuditEntry


@pytest.fixture
def refs(letter_refs):
    """The letter scenarios (invented), in the test's desk."""
    return letter_refs


@pytest.fixture
def shown(qtbot, desk, no_modal_boxes):
    def make(ref, *, final=True):
        from ui.dialogs.letters import LettersDialog

        dlg = LettersDialog(desk, ref)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        qtbot.wait(30)  # the first-show sizing and fit-to-width run from the event loop
        if final and dlg.final_box.isEnabled():  # "Final" starts unticked: the officer ticks it
            dlg.final_box.setChecked(True)
            dlg.refresh_preview()
        return dlg
    return make


def _exports(desk):
    with desk.read() as s:
        return [json.loads(a.detail) for a in s.execute(
            select(AuditEntry).where(AuditEntry.action == "document.export")).scalars()]


# -- Letters dialog --------------------------------------------------------------------------

def test_art_7_2_draft_reasons_name_the_element_not_an_internal_field_key(shown, refs):
    text = shown(refs["outgoing_incomplete"]).problems_label.text()
    assert "7.2(c)" in text and "7.2(e)" in text and "DRAFT" in text
    assert "object_and_reason" not in text and "description_and_legal_elements" not in text


def test_art_9_1_missing_letter_input_is_named_by_its_form_caption(shown, refs):
    dlg = shown(refs["spontaneous_in"])
    assert dlg.kind() == "approval_request"
    text = dlg.problems_label.text()
    assert "Authority: The authority" in text and "Information concerned:" in text
    assert "information_summary" not in text and "authority:" not in text


def test_kind_not_offered_says_why_in_words_without_internal_keys(shown, refs):
    dlg = shown(refs["received"])
    model = dlg.kind_box.model()
    tips = {dlg.kind_box.itemData(i): model.item(i).toolTip() for i in range(dlg.kind_box.count())
            if not model.item(i).isEnabled()}
    assert tips["statement_of_reasons"].startswith("a statement of reasons letter does not apply")
    assert tips["oral_confirmation"].startswith("an oral confirmation letter is not written for incoming")
    assert not any("_" in tip for tip in tips.values())


def test_why_kinds_are_not_offered_is_reachable_by_keyboard(qtbot, shown, refs):
    """Greyed-out kinds cannot take focus, so their tooltips are out of a keyboard user's reach;
    a button in the tab order lists each with its reason."""
    dlg = shown(refs["received"])
    why = dlg.findChild(QPushButton, "letter_why_not")
    assert why is not None and why.focusPolicy() & Qt.FocusPolicy.TabFocus
    why.setFocus()
    qtbot.keyClick(why, Qt.Key.Key_Space)
    box = next(w for w in dlg.findChildren(QMessageBox) if w.isVisible())
    text = box.text()
    assert "statement of reasons letter does not apply" in text
    assert text.count("• ") == sum(1 for k in dlg.options.kinds if not k.applies)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_preview_shows_the_whole_page_width_on_first_show(qtbot, shown, refs):
    dlg = shown(refs["spontaneous_in"])  # the longest kind titles and four input rows
    # The preview may come after the first show: it is fitted to the width when it does.
    qtbot.waitUntil(lambda: bool(dlg.pdf_view.page_labels())
                    and dlg.pdf_view.page_labels()[0].sizeHint().width()
                    <= dlg.pdf_view.viewport().width(), timeout=10_000)
    page = dlg.pdf_view.page_labels()[0]
    assert page.sizeHint().width() <= dlg.pdf_view.viewport().width()
    assert not dlg.pdf_view.horizontalScrollBar().isVisible()
    assert dlg._split.sizes()[0] <= 440  # a long kind title does not widen the form


def test_preview_pages_with_pgdn_pgup_and_zooms_from_the_keyboard(qtbot, shown, refs):
    dlg = shown(refs["outgoing_complete"])  # a two-page request letter
    view = dlg.pdf_view  # at fit-width a page is taller than the view
    assert dlg.page_label.text().endswith("page 1 of 2")
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 1 and view.verticalScrollBar().value() > 0  # page 1's foot first
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 2 and dlg.page_label.text().endswith("page 2 of 2")
    assert view.verticalScrollBar().value() in (view.page_tops()[1], view.verticalScrollBar().maximum())
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.current_page() == 1 and view.verticalScrollBar().value() < view.page_tops()[1]
    zoom = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > zoom
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < zoom and dlg.zoom_label.text() == f"{round(view.zoom * 100)} %"


def test_save_into_a_missing_folder_is_refused_plainly_and_stores_nothing(shown, refs, desk, tmp_path,
                                                                         monkeypatch, no_modal_boxes, settle):
    dlg = shown(refs["refused"])
    target = tmp_path / "no such folder" / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    [(kind, text)] = no_modal_boxes
    assert kind == "warning" and text.startswith("Folder ") and "does not exist" in text
    assert "out:" not in text and "out:" not in dlg.status_label.text()
    assert docs.list_documents(desk, refs["refused"]) == [] and not target.exists()


def test_full_disk_leaves_no_file_and_saving_again_writes_the_same_version(shown, refs, desk, tmp_path,
                                                                          monkeypatch, no_modal_boxes, settle):
    dlg = shown(refs["refused"])
    full, elsewhere = tmp_path / "full", tmp_path / "elsewhere"
    full.mkdir()
    elsewhere.mkdir()
    real_fdopen = os.fdopen

    def no_space(fd, *args, **kwargs):
        real_fdopen(fd).close()
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(docs.os, "fdopen", no_space)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(full / "l.pdf"), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    assert list(full.iterdir()) == []  # no half-written PDF, no temporary file left behind
    text = no_modal_boxes[-1][1]
    assert "No space left on device" in text and "Version 1 is stored" in text and "out:" not in text
    assert _exports(desk) == []
    monkeypatch.setattr(docs.os, "fdopen", real_fdopen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere / "l.pdf"), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    [stored] = docs.list_documents(desk, refs["refused"])  # the same version, not a second one
    assert (elsewhere / "l.pdf").read_bytes() == docs.document_content(desk, stored.id)
    assert [e["path"] for e in _exports(desk)] == [str((elsewhere / "l.pdf").resolve())]


# -- Batch -------------------------------------------------------------------------------------

def test_batch_cancel_keeps_the_letters_made_and_says_how_many(qtbot, shown, refs, desk):
    from app.services.requests.commands import register_incoming

    for n in range(60):
        register_incoming(desk, "jp-us-1997", {"their_ref": f"CBP-OI-2026-9{n:03d}", "title": "Invented"})
    dlg = shown(refs["received"])
    dlg.acknowledge_all_due()
    task = dlg.batch_task
    progress = task.batch_progress
    qtbot.waitUntil(lambda: progress.value() >= 2, timeout=30000)
    assert " of 61 done" in progress.labelText() and progress.isVisible()
    progress.canceled.emit()  # what the Cancel button sends
    qtbot.waitUntil(lambda: task.is_done, timeout=30000)
    made = len(task.result.documents)
    assert task.result.cancelled and 2 <= made < 61
    assert f"{made} acknowledgement(s) stored." in dlg.status_label.text()
    assert "Cancelled" in dlg.status_label.text()


def test_batch_failure_is_reported_by_ref_in_words(qtbot, shown, refs):
    from ui.dialogs.letters import start_batch

    dlg = shown(refs["received"])
    task = start_batch(dlg.desk, "acknowledgement", [refs["received"], refs["refused"]], "en",
                       parent=dlg, on_done=dlg._batch_done)
    qtbot.waitUntil(lambda: task.is_done, timeout=20000)
    text = dlg.status_label.text()
    assert "1 acknowledgement(s) stored." in text
    assert f"Not made for {refs['refused']}: An acknowledgement letter does not apply" in text
    assert "kind:" not in text


# -- Due & overdue and reminders ---------------------------------------------------------------

@pytest.fixture
def due(request, qtbot, window, desk):
    """The Due & overdue page on the demo data (invented)."""
    assert request.node.get_closest_marker("demo_data"), "a test of this page is marked demo_data"
    view = window.show_page("due")
    view.refresh()
    return view


@pytest.mark.demo_data
def test_art_7_1_due_row_names_its_record_once_and_reads_whole_on_hover(due):
    model = due.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    oral = next(r for r in rows if r.kind == "oral-confirmation")
    what, record, how = oral.texts[2], oral.texts[3], oral.texts[4]
    assert what.startswith("Written confirmation (Art. 7.1): ")
    assert what.lower().count("written confirmation") == 1 and record not in what
    assert "business days" in how
    tip = Qt.ItemDataRole.ToolTipRole
    assert all(html.escape(model.index(i, c).data()) in model.index(i, c).data(tip)
               for i in range(model.rowCount()) for c in range(5))


@pytest.mark.demo_data
def test_due_sorts_by_date_and_by_urgency_and_enter_opens_the_record(qtbot, window, due):
    table, model = due.table, due.model

    def column(c):
        return [model.index(i, c).data() for i in range(model.rowCount())]

    assert column(0) == sorted(column(0))
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # State: overdue before due soon
    assert column(1) == sorted(column(1), key=["overdue", "due soon", "ok"].index)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = model.row_at(0)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_key() == "incoming"
    assert window.selected_ref() == first.texts[3]


@pytest.mark.demo_data
def test_reminder_comes_at_start_and_once_a_day_never_twice_the_same_day(qtbot, window, desk):
    from ui.reminders import CHECK_INTERVAL_MS, REMINDER_INTERVAL_MS

    reminders = window.reminders
    now = [desk.now()]
    desk.clock = lambda: now[0]
    assert reminders.remind_if_new_day()  # the reminder at start
    qtbot.waitUntil(lambda: reminders.last is not None, timeout=10000)
    assert "overdue" in reminders.last and reminders.last_day == reminders.today()
    now[0] += timedelta(hours=6)
    assert not reminders.remind_if_new_day()  # later the same day: silent
    now[0] += timedelta(days=1)
    reminders.last = None
    assert reminders.remind_if_new_day()  # the next day: once again
    qtbot.waitUntil(lambda: reminders.last is not None, timeout=10000)
    assert not reminders.remind_if_new_day()
    # A sleeping laptop's timer stops: the day is checked often, not once every 24 hours.
    assert CHECK_INTERVAL_MS <= 60 * 60 * 1000 < REMINDER_INTERVAL_MS
