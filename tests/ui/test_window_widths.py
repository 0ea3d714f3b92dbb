"""The window fits a laptop screen and reads whole at its default size.

Officers work on a laptop at the port as well as at the office: a 1,366 px wide screen must hold
the whole window. At the default size (1400 x 860) the request list shows every column and its
filter chips on one line; narrower, the chips wrap and the list scrolls sideways, while the
subject never shrinks below its minimum.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from ui.main_window import PAGES
from ui.views.requests import SUBJECT_MIN_WIDTH
from ui.widgets.flow_layout import FlowLayout

LAPTOP_WIDTH = 1366

pytestmark = pytest.mark.demo_data  # the desk (and the window on it) holds the demo data


def test_window_with_every_page_built_fits_a_1366_px_laptop_screen(window, desk, qtbot):
    for key, _label in PAGES:
        window.show_page(key)
    qtbot.wait(20)
    # A window frame takes a few px more; 1,340 leaves room for it.
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH - 26
    window.resize(LAPTOP_WIDTH - 26, 760)
    qtbot.wait(20)
    assert window.width() == LAPTOP_WIDTH - 26


def test_request_list_at_the_default_size_shows_every_column_and_one_line_of_chips(window, desk, qtbot):
    window.resize(1400, 860)
    page = window.show_page("incoming")
    qtbot.wait(30)
    table, header = page.table, page.table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert header.length() <= header.width()  # no column pushed out of sight
    assert table.columnWidth(4) >= SUBJECT_MIN_WIDTH
    chips = page.chips
    one_line = max(w.sizeHint().height() for w in chips.findChildren(QWidget) if w.parent() is chips)
    assert chips.height() <= one_line + 2


def test_narrow_window_wraps_the_chips_and_keeps_the_subject_readable(window, desk, qtbot):
    window.resize(1400, 860)
    page = window.show_page("incoming")
    qtbot.wait(30)
    one_line = page.chips.height()
    window.resize(1100, 760)
    qtbot.wait(30)
    assert isinstance(page.chips.layout(), FlowLayout)
    assert page.chips.height() > one_line  # the chips took a second line instead of the width
    assert page.table.columnWidth(4) >= SUBJECT_MIN_WIDTH  # the subject stays readable...
    assert page.table.horizontalScrollBar().maximum() > 0  # ...and the list scrolls sideways
    window.resize(1400, 860)
    qtbot.wait(30)
    assert page.chips.height() == one_line
    assert page.table.horizontalScrollBar().maximum() == 0  # back to every column in view
