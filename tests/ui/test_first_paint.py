"""Start-up paints the Incoming list before the desk exists, then hands the desk over unseen."""

from __future__ import annotations

import pytest

from app.services import quick_list
from bench.ui import fill_requests


@pytest.fixture
def quick_window(qtbot, desk, data_dir, no_modal_boxes):
    """A main window built the way start-up builds it: no desk yet, the first-paint reader."""
    from ui.main_window import MainWindow

    fill_requests(desk, 250, seed=5)
    reader = quick_list.QuickList(quick_list.connect(data_dir, desk.db._key), today=desk.today)  # noqa: SLF001
    win = MainWindow(None, data_dir, reminders=False, idle_lock=False, quick=reader,
                     key_method="keyring")
    qtbot.addWidget(win)
    win.show()
    return win


def _shown(view, rows=30):  # noqa: ANN001, ANN202
    m = view.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(rows)]


def test_first_paint_window_shows_real_rows_and_waits_for_the_desk(quick_window):
    """Rows are there at once; commands that need the desk are disabled; other pages wait."""
    view = quick_window.page("incoming")
    assert view.model.rowCount() > 0 and view.model.desk is None
    assert quick_window.act_new.isEnabled() is False
    assert quick_window.search_field.isEnabled() is False
    assert "keyring" in quick_window.key_label.text()
    quick_window.show_page("agreements")
    assert "agreements" not in quick_window.pages
    view.new_request()  # no desk: nothing opens, nothing breaks


def test_first_paint_handover_keeps_rows_scroll_and_selection(quick_window, desk, qtbot):
    """attach_desk swaps the list to the services without a reset: same rows, same selection,
    same scroll position; the real chips and detail pane arrive; a page asked for meanwhile is
    built."""
    view = quick_window.page("incoming")
    before = _shown(view)
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.table.selectRow(3)
    view.table.verticalScrollBar().setValue(2)
    ref = view.current_ref()
    quick_window.show_page("agreements")

    quick_window.attach_desk(desk)
    assert view.model.desk is desk and quick_window.quick is None
    assert _shown(view) == before
    assert not resets
    assert view.current_ref() == ref and view.table.verticalScrollBar().value() == 2
    assert type(view.chips).__name__ == "FilterChips"
    assert view.detail.view is not None and view.detail.view.our_ref == ref
    assert quick_window.act_new.isEnabled() and quick_window.search_field.isEnabled()
    assert "agreements" in quick_window.pages


def test_first_paint_filters_after_handover_use_the_services(quick_window, desk):
    """After the handover a chip filters through SQL as usual."""
    quick_window.attach_desk(desk)
    view = quick_window.page("incoming")
    view.model.update_filter(statuses=("refused",))
    assert view.model.rowCount() > 0
    assert all(view.model.row_at(i).status == "refused" for i in range(view.model.rowCount()))


def test_desk_that_fails_to_open_ends_the_start_instead_of_a_half_open_window(
        quick_window, data_dir, qapp, monkeypatch):
    """Any failure while the full desk opens after the first paint (not only a store error) is
    reported and ends the start: the window never stays in its read-only first-paint state."""
    import app.services as services
    from ui import app as gui
    from ui import startup

    def broken(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("invented failure while opening the desk")

    reported: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(services, "open_desk", broken)
    monkeypatch.setattr(startup, "report", lambda message, **_k: reported.append(message) or 2)
    monkeypatch.setattr(qapp, "exit", lambda code=0: exits.append(code))

    class Single:
        def release(self) -> None:
            pass

    started = gui.Started(qapp, quick_window, Single(), data_dir, None, key=b"\0" * 32)
    started._open_desk()  # noqa: SLF001 - what the poll timer calls once the modules are in
    assert started.desk is None and started.failed
    assert "invented failure while opening the desk" in reported[0]
    assert exits == [2] and not quick_window.isVisible()
    started.close()
