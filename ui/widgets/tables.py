"""One look for every list in the desk: row selection, no row numbers, compact fixed-height rows.

The request list set the measure (font height + 10 px, fixed, so Qt never measures rows); the
other pages use the same so moving between pages does not change the density of the lists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget


def row_height(view: QAbstractItemView) -> int:
    """The row height of every list: one line of text and a little air."""
    return view.fontMetrics().height() + 10


def style_table(table: QTableView, widths: tuple[int, ...] = (), *, stretch: int | None = None,
                alternate: bool = True) -> QTableView:
    """Read-only, one row selected at a time, fixed rows; ``widths`` per column (px), ``stretch``
    the column that takes the spare width (else the last one)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternate)
    table.setWordWrap(False)
    # Tab leaves the list for the next control; arrows move between rows. With Qt's default
    # Tab walks every cell, so a keyboard user is trapped in a list of thousands of rows.
    table.setTabKeyNavigation(False)
    vh = table.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(row_height(table))
    hh = table.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(stretch is None)
    hh.setHighlightSections(False)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    if stretch is not None:
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def style_tree(tree: QTreeView, widths: tuple[int, ...] = ()) -> QTreeView:
    """The same density for tree lists (search results, due list, surveillance log)."""
    tree.setUniformRowHeights(True)
    tree.setTabKeyNavigation(False)  # as for tables: Tab leaves the list
    tree.setAlternatingRowColors(False)
    tree.setStyleSheet(f"QTreeView::item {{ min-height: {row_height(tree) - 4}px; }}")
    for col, width in enumerate(widths):
        tree.setColumnWidth(col, width)
    return tree


class ListTable(QTableView):
    """A QTableView that can run callbacks after its next paint (``after_next_paint``): start-up
    hands the window to the loading step once the first page is on screen. (An event filter on
    ``viewport()`` would do too, but see ``SpareWidth`` for what that call costs at start-up.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._after_paint: list[Callable[[], None]] = []

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once, right after the list has next painted its rows."""
        self._after_paint.append(callback)

    def select_row(self, row: int) -> None:
        """Make ``row`` the current, only selected row and scroll it into view."""
        from PySide6.QtCore import QItemSelectionModel  # here: its enums cost start-up time

        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.scrollTo(index)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        if self._after_paint:
            callbacks, self._after_paint = self._after_paint, []
            for callback in callbacks:
                callback()


class SpareWidth(QObject):
    """Keeps one column of a table readable when the table is narrow.

    ``column`` (in Stretch mode) takes the spare width; when there is too little for it to keep
    ``minimum`` px, the columns in ``give`` (column -> floor px) narrow towards their floors
    first, and widen back to their own widths (the officer's, if they dragged them) as room
    returns. Without this the stretch column is the one that gives way: the request list at its
    default size showed a subject two letters wide. When even the floors leave it less than
    ``minimum``, ``column`` keeps ``minimum`` and the list scrolls sideways instead (a narrow
    window, e.g. a 1,366 px laptop screen with the detail pane open).
    """

    def __init__(self, table: QTableView, column: int, minimum: int, give: dict[int, int]) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._minimum = minimum
        self._floors = dict(give)
        self._widths = {c: table.columnWidth(c) for c in give}
        self._fitting = False
        hh = table.horizontalHeader()
        hh.sectionResized.connect(self._resized)
        # The header spans the viewport's width and is resized with it (scroll bar shown or
        # hidden included). Watching it rather than ``viewport()`` matters at start-up: the first
        # ``viewport()`` call makes PySide6 set up ~70 widget classes to learn the viewport's
        # type (~12 ms before the first paint).
        hh.installEventFilter(self)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self._widths:
            self._widths[column] = new  # dragged by the officer (or restored): their width now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Share the viewport's width out as described above."""
        hh = self._table.horizontalHeader()
        fixed = sum(hh.sectionSize(c) for c in range(hh.count())
                    if c != self._column and c not in self._widths and not hh.isSectionHidden(c))
        room = hh.width() - fixed - self._minimum
        wanted = sum(self._widths.values())
        floors = sum(self._floors.values())
        share = 1.0 if room >= wanted or wanted <= floors else max(0.0, (room - floors) / (wanted - floors))
        self._fitting = True
        try:
            for c, width in self._widths.items():
                floor = min(self._floors[c], width)
                hh.resizeSection(c, round(floor + (width - floor) * share))
            squeezed = room < min(floors, wanted)
            mode = QHeaderView.ResizeMode.Interactive if squeezed else QHeaderView.ResizeMode.Stretch
            if hh.sectionResizeMode(self._column) != mode:
                hh.setSectionResizeMode(self._column, mode)
            if squeezed:
                hh.resizeSection(self._column, self._minimum)
        finally:
            self._fitting = False
