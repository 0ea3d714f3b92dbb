"""Due & overdue as a model/view list (issue 3 items 5 and 7): the clocks are worded and ordered
on a worker and shown through a table model, so opening, filling and a header click build no
widget per clock. Overdue and due-soon rows are marked by word, icon and colour (not colour
alone); Enter, double-click and F5 work from the keyboard and mouse as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget

from app.services import due as due_svc
from app.services.due import DueItem
from ui.views import due_model
from ui.views.due_model import ClockRole, DueTableModel, prepare


# The desk holds the demo data (invented): overdue and due-soon requests, oral requests, subjects.
pytestmark = pytest.mark.demo_data


@pytest.fixture
def due(qtbot, window, desk):
    view = window.show_page("due")
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)  # read off the UI thread
    return view


def _click_header(qtbot, view, column):
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _item(kind, key, day, state, label="", how="how") -> DueItem:
    return DueItem(kind, key, label or f"{key} (invented)", day, how, state)


def test_due_list_holds_plain_rows_and_builds_no_widget_per_clock_when_opened_or_sorted(
        qtbot, due, desk):
    clocks = due_svc.due_items(desk)
    model = due.table.model()
    assert isinstance(model, DueTableModel) and model is due.model
    assert model.rowCount() == len(clocks) == len(due.clocks()) > 5
    # Plain data: each column one packed text, no object per clock.
    assert all(isinstance(c, due_model.TextColumn) and len(c) == len(clocks) for c in model.columns)
    assert not due.findChildren(QTreeWidget)
    columns, ids = model.columns, [id(c) for c in model.columns]
    for column in (1, 2, 3, 4, 0):
        _click_header(qtbot, due, column)
        assert due.table.horizontalHeader().sortIndicatorSection() == column
        # Sorting shows the same row objects in another order: nothing is rebuilt.
        assert model.columns is columns and [id(c) for c in model.columns] == ids
        assert model.rowCount() == len(clocks)
    assert not due.findChildren(QTreeWidget)


def test_art_7_1_due_rows_are_marked_by_word_icon_and_colour_and_the_date_says_how_computed(due):
    model = due.model
    marked = {"overdue": 0, "due-soon": 0}
    for i in range(model.rowCount()):
        row = model.row_at(i)
        state = model.index(i, 1)
        if row.state in marked:
            marked[row.state] += 1
            assert state.data() in ("overdue", "due soon")
            assert not state.data(Qt.ItemDataRole.DecorationRole).isNull()
            assert state.data(Qt.ItemDataRole.BackgroundRole) is not None
        tip = model.index(i, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert row.texts[0] in tip and row.texts[4][:40] in tip  # the date and how it was computed
    assert marked["overdue"] and marked["due-soon"]
    assert due.summary.text() == f"{marked['overdue']} overdue, {marked['due-soon']} due soon"


def test_due_header_click_sorts_ascending_first_then_reverses_and_keeps_the_current_clock(qtbot, due):
    model, table = due.model, due.table
    table.setCurrentIndex(model.index(3, 0))
    kept = model.row_at(3)
    _click_header(qtbot, due, 1)  # first click on State: most urgent first
    states = [model.row_at(i).state for i in range(model.rowCount())]
    assert states == sorted(states, key=["overdue", "due-soon", "ok"].index)
    assert model.row_at(table.currentIndex().row()) == kept
    ascending = [model.row_at(i) for i in range(model.rowCount())]
    _click_header(qtbot, due, 1)
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [model.row_at(i) for i in range(model.rowCount())] == ascending[::-1]
    assert model.row_at(table.currentIndex().row()) == kept


def test_due_keyboard_down_and_enter_and_a_double_click_open_the_record(qtbot, window, due):
    opened: list[tuple[str, str]] = []
    due.open_item.connect(lambda kind, key: opened.append((kind, key)))
    table, model = due.table, due.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    second = model.row_at(1)
    assert opened == [(second.kind, second.key)]
    window.show_page("due")
    rect = table.visualRect(model.index(0, 2))
    # A double-click is a press, then a double-click event on the pressed row (as Qt sends it).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = model.row_at(0)
    assert opened[-1] == (first.kind, first.key) == model.index(0, 3).data(ClockRole)


def test_due_f5_reads_the_clocks_again_and_keeps_the_officer_on_their_clock(
        qtbot, window, due, desk, complete_fields):
    from app.services.requests import register_incoming

    model, table = due.model, due.table
    table.setCurrentIndex(model.index(4, 0))
    kept, before = model.row_at(4), model.rowCount()
    register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-10"))  # overdue
    window.refresh_current()  # F5
    assert due.loading
    qtbot.waitUntil(lambda: not due.loading, timeout=10_000)
    assert model.rowCount() == before + 1
    assert model.row_at(table.currentIndex().row()) == kept


def test_due_column_widths_and_sort_are_kept_for_the_next_session(qtbot, due, desk):
    from ui.main_window import window_settings
    from ui.views.due import SETTINGS_KEY, DueView

    due.table.horizontalHeader().resizeSection(2, 321)
    _click_header(qtbot, due, 3)
    header = due.table.horizontalHeader()
    qtbot.waitUntil(lambda: window_settings().value(SETTINGS_KEY) == header.saveState(), timeout=5_000)
    again = DueView(desk)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.loading, timeout=10_000)
    assert again.table.columnWidth(2) == 321
    assert again.table.horizontalHeader().sortIndicatorSection() == 3
    records = [again.model.index(i, 3).data().casefold() for i in range(again.model.rowCount())]
    assert records == sorted(records)


def test_due_orders_state_most_urgent_first_texts_case_blind_and_ties_by_date():
    items = [_item("request", "b-2", date(2026, 11, 30), "ok", "banana"),
             _item("request", "A-1", date(2026, 11, 20), "due-soon", "Banana"),
             _item("request", "c-3", date(2026, 11, 1), "overdue", "apple"),
             _item("request", "D-4", date(2026, 11, 25), "overdue", "Cherry")]
    prepared = prepare(items, lambda it: it.label, lambda it: it.key,
                       {"overdue": "overdue", "due-soon": "due soon", "ok": "ok"})
    keys = [[prepared.columns[3][i] for i in order] for order in prepared.orders]
    assert keys[0] == ["c-3", "A-1", "D-4", "b-2"]  # by date
    assert keys[1] == ["c-3", "D-4", "A-1", "b-2"]  # overdue, due soon, ok; then by date
    assert keys[2] == ["c-3", "A-1", "b-2", "D-4"]  # apple, Banana/banana (by date), Cherry
    assert keys[3] == ["A-1", "b-2", "c-3", "D-4"]  # case-blind
    assert prepared.counts == (2, 1)


def test_due_orders_sorted_in_runs_and_merged_equal_one_stable_sort(monkeypatch):
    monkeypatch.setattr(due_model, "SORT_RUN", 3)  # many runs from a few rows
    items = [_item("request", f"R-{i:02}", date(2026, 11, 1 + i % 5), ("overdue", "ok")[i % 2],
                   f"label {i % 4}") for i in range(23)]
    prepared = prepare(items, lambda it: it.label, lambda it: it.key, {})
    dates, whats = prepared.columns[0], prepared.columns[2]
    by_date = sorted(range(len(items)), key=lambda i: dates[i])
    assert list(prepared.orders[0]) == by_date
    assert list(prepared.orders[2]) == sorted(by_date, key=lambda i: whats[i].casefold())
