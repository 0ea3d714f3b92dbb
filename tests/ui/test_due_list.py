"""Due & overdue as a paged model/view list: rows come a page at a time from one SQL query, a
header click is a new ORDER BY, the filters are a WHERE, and nothing is built per clock. Overdue
and due-soon rows are marked by word, icon and colour (not colour alone); Enter, double-click and
F5 work from the keyboard and mouse as before."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget

from app.services import due as due_svc
from tests.watch_gate import LONG_ENOUGH
from ui.views.due_model import ClockRole, DueTableModel


@pytest.fixture
def due(qtbot, window, desk):
    from app.services.admin.demo import load_demo

    load_demo(desk)  # invented demo data: overdue and due-soon requests, oral requests, subjects
    view = window.show_page("due")
    view.refresh()
    qtbot.waitUntil(lambda: not view.model.counting)  # the count and summary come off-thread
    return view


def _click_header(qtbot, view, column):
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_due_list_pages_from_sql_and_builds_no_widget_per_clock(qtbot, due, desk):
    clocks = due_svc.due_items(desk)
    model = due.table.model()
    assert isinstance(model, DueTableModel) and model is due.model
    due.refresh()
    assert model.rowCount() == len(clocks) > 5 and model.page_reads <= 1  # COUNT, then a page
    assert [(r.kind, r.key) for r in due.clocks()] == [(c.kind, c.key) for c in clocks]
    assert not due.findChildren(QTreeWidget)
    for column in (1, 2, 3, 4, 0):
        _click_header(qtbot, due, column)
        assert due.table.horizontalHeader().sortIndicatorSection() == column
        assert model.sort_state == (due_svc.SORT_KEYS[column], False)  # an ORDER BY in SQL
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
    from app.services.requests.commands import register_incoming

    model, table = due.model, due.table
    table.setCurrentIndex(model.index(4, 0))
    kept, before = model.row_at(4), model.rowCount()
    register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-10"))  # overdue
    window.refresh_current()  # F5
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
    qtbot.waitUntil(lambda: not again.model.counting)  # its count comes off the UI thread
    assert again.table.columnWidth(2) == 321
    assert again.table.horizontalHeader().sortIndicatorSection() == 3
    records = [again.model.index(i, 3).data().casefold() for i in range(again.model.rowCount())]
    assert records == sorted(records)


def test_due_filters_go_to_sql_overdue_due_soon_kind_and_typed_text(qtbot, due, desk):
    every = due_svc.due_items(desk)
    due.state_filter.setCurrentIndex(due.state_filter.findData("overdue"))
    assert [r.key for r in due.clocks()] == [c.key for c in every if c.state == "overdue"]
    assert due.model.filter.states == ("overdue",)
    due.state_filter.setCurrentIndex(due.state_filter.findData("due-soon"))
    assert {r.state for r in due.clocks()} == {"due-soon"}
    due.state_filter.setCurrentIndex(0)
    due.kind_filter.setCurrentIndex(due.kind_filter.findData("oral-confirmation"))
    assert [r.key for r in due.clocks()] == [c.key for c in every if c.kind == "oral-confirmation"]
    due.kind_filter.setCurrentIndex(0)
    ref = next(c.key for c in every if c.kind == "request")
    due.find.setText(ref.lower())  # case-blind
    due.apply_filter()
    assert {r.key for r in due.clocks()} == {ref}
    due.find.setText("no clock says this")
    due.apply_filter()
    assert due.model.rowCount() == 0 and due.empty.isVisibleTo(due)
    assert due.empty.text() == "No clock matches these filters."


def test_due_typing_in_the_list_goes_to_the_find_field_not_a_row_by_row_search(qtbot, due):
    due.table.setFocus()
    due.table.setCurrentIndex(due.model.index(0, 0))
    reads = due.model.page_reads
    due.table.keyboardSearch("s-")
    assert due.find.text() == "s-" and due.model.page_reads == reads  # no page read per row
    qtbot.waitUntil(lambda: due.model.filter.text == "s-", timeout=5_000)  # after a pause: SQL
    shown = due.clocks()
    assert shown and all("s-" in r.key.lower() or "s-" in r.texts[2].lower() for r in shown)


def test_due_current_row_is_kept_across_refresh_even_off_the_cached_pages(qtbot, due, monkeypatch):
    model, table = due.model, due.table
    monkeypatch.setattr(DueTableModel, "page_size", 2)  # the kept clock far from any cached page
    due.refresh()
    qtbot.waitUntil(lambda: not model.counting)
    last = model.rowCount() - 1
    assert last > 2 * model.page_size
    table.setCurrentIndex(model.index(last, 0))
    kept = model.index(last, 0).data(ClockRole)
    model.cache_pages = 1
    model.row_at(0)  # only the first page cached now
    due.refresh()
    # Past the rows read so far until the count arrives, then found in SQL.
    qtbot.waitUntil(lambda: not model.counting)
    assert table.currentIndex().data(ClockRole) == kept and table.currentIndex().row() == last


class GatedTally:
    """Stands in for ``due.tally``: each filter's count waits for its own gate (no timing), and
    the threads it ran on are recorded."""

    def __init__(self, real, *filters) -> None:  # noqa: ANN001 - the real tally
        self.real = real
        self.gates = {flt: threading.Event() for flt in filters}
        self.threads: list[threading.Thread] = []

    def __call__(self, desk, flt=due_svc.DueFilter(), today=None):  # noqa: ANN001, ANN204, B008
        self.threads.append(threading.current_thread())
        assert self.gates[flt].wait(LONG_ENOUGH), "the test never opened the gate"
        return self.real(desk, flt, today)


def test_due_list_shows_its_first_rows_before_the_count_and_the_count_and_summary_after(
        qtbot, window, desk, monkeypatch):
    from app.services.admin.demo import load_demo

    load_demo(desk)
    clocks = due_svc.due_items(desk)
    overdue, soon = due_svc.counts(desk)
    monkeypatch.setattr(DueTableModel, "page_size", 3)  # the demo's clocks fill several pages
    gated = GatedTally(due_svc.tally, due_svc.DueFilter())
    monkeypatch.setattr(due_svc, "tally", gated)
    view = window.show_page("due")
    model = view.model
    # The first page is on screen while the count is still on its way.
    assert model.counting and model.rowCount() == 3 < len(clocks)
    assert [(r.kind, r.key) for r in view.clocks()] == [(c.kind, c.key) for c in clocks[:3]]
    assert view.summary.text() == "Counting…" and view.table.isVisibleTo(view)
    assert model.canFetchMore()  # scrolled to the end: the next page's rows
    model.fetchMore()
    assert model.rowCount() == 6 and model.row_at(5).key == clocks[5].key
    gated.gates[due_svc.DueFilter()].set()
    with qtbot.waitSignal(model.counted, timeout=10_000):
        pass
    assert not model.counting and model.rowCount() == len(clocks)
    assert [(r.kind, r.key) for r in view.clocks()] == [(c.kind, c.key) for c in clocks]
    assert view.summary.text() == f"{overdue} overdue, {soon} due soon"
    assert gated.threads and threading.main_thread() not in gated.threads  # off the UI thread


def test_due_count_asked_before_the_filter_changed_is_dropped(qtbot, window, desk, monkeypatch):
    from app.services.admin.demo import load_demo

    load_demo(desk)
    every, overdue_only = due_svc.DueFilter(), due_svc.DueFilter(states=("overdue",))
    overdue = [c for c in due_svc.due_items(desk) if c.state == "overdue"]
    assert len(overdue) < len(due_svc.due_items(desk))
    gated = GatedTally(due_svc.tally, every, overdue_only)
    monkeypatch.setattr(due_svc, "tally", gated)
    view = window.show_page("due")
    model = view.model
    stale = model.count_task
    view.state_filter.setCurrentIndex(view.state_filter.findData("overdue"))  # asks again
    fresh = model.count_task
    assert fresh is not stale and model.rowCount() == len(overdue)  # the page: fewer than 100
    gated.gates[every].set()  # the whole list's count comes back first: it is no longer wanted
    qtbot.waitUntil(lambda: stale.is_done, timeout=10_000)
    assert model.counting and view.summary.text() == "Counting…"
    assert model.rowCount() == len(overdue)
    gated.gates[overdue_only].set()
    qtbot.waitUntil(lambda: fresh.is_done, timeout=10_000)
    assert not model.counting and model.rowCount() == len(overdue)
    overdue_count, soon = due_svc.counts(desk)
    assert view.summary.text() == f"{overdue_count} overdue, {soon} due soon"
