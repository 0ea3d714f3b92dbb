"""The Due & overdue rows as a Qt table model: worded and ordered once on a worker, shown by a view.

A store of years holds six-figure counts of clocks. Building a widget item per clock froze the
window for seconds (filling, and again on every header click, which deleted and rebuilt them
all). Here the worker turns the clocks into plain ``DueRow`` tuples and, per column, the order of
the rows (``prepare``); the model holds that list and answers ``data()`` only for the rows the
view paints. Loading is one model reset; a header click swaps in the column's ready order (a
list reversal at most), so neither builds anything per row on the UI thread.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.services import due
from ui.widgets.messages import plain_tooltip

#: Column numbers.
DUE_COL, STATE_COL, WHAT_COL, RECORD_COL, HOW_COL = range(5)
COLUMN_COUNT = 5
#: (kind, key) of a row's clock: what the officer opens.
ClockRole = Qt.ItemDataRole.UserRole
#: "overdue" | "due-soon" | "ok".
StateRole = Qt.ItemDataRole.UserRole + 1

_TINT = {"overdue": QColor(255, 222, 222), "due-soon": QColor(255, 242, 204)}
_INK = QColor(20, 20, 20)  # readable on the tint in a dark theme too
#: The State column sorts the most urgent first: overdue, due soon, then the rest.
_RANK = {"overdue": 0, "due-soon": 1}
_ICON = {"overdue": QStyle.StandardPixmap.SP_MessageBoxCritical,
         "due-soon": QStyle.StandardPixmap.SP_MessageBoxWarning}


class DueRow(NamedTuple):
    """One clock as the list shows it: its five cell texts and what the officer opens (made on
    request from the stored tuple)."""

    texts: tuple[str, str, str, str, str]  # due date (ISO), state word, what, record, how computed
    kind: str
    key: str
    state: str


#: A stored row: the five cell texts, then kind, key and state. A plain tuple of strings, not a
#: class: the garbage collector stops tracking those, so 100,000s of rows do not lengthen its
#: full passes (each holds every thread, the UI's included).
_KIND, _KEY, _STATE = 5, 6, 7
#: Rows sorted per C call; the sorted runs are merged in Python, where the worker lets the UI
#: thread run (one C sort of 171k texts held it ~135 ms).
SORT_RUN = 16_384


@dataclass(frozen=True)
class Prepared:
    """What the worker hands the UI thread: the clocks, their rows (in the service's order,
    soonest first), per column the row numbers in ascending order of that column, and the
    (overdue, due soon) counts."""

    items: list[due.DueItem]
    rows: list[tuple[str, ...]]
    orders: tuple[list[int], ...]
    counts: tuple[int, int]


def _sorted(order: list[int], key: Callable[[int], Any]) -> list[int]:
    """``sorted(order, key=key)``, stable, in short C calls (see ``SORT_RUN``)."""
    if len(order) <= SORT_RUN:
        return sorted(order, key=key)
    runs = [sorted(order[i:i + SORT_RUN], key=key) for i in range(0, len(order), SORT_RUN)]
    return list(heapq.merge(*runs, key=key))  # ties: the earlier run first, so still stable


def prepare(items: list[due.DueItem], what: Callable[[due.DueItem], str],
            record: Callable[[due.DueItem], str], words: dict[str, str]) -> Prepared:
    """Word every clock and order the rows by each column. Runs on a worker (no widget, no Qt
    object): ``what`` and ``record`` word a clock's cells, ``words`` its state.

    Orders: Due by date; State most urgent first; text columns by text, case-blind. Ties keep
    date order, then the service's order (stable sorts of the date order)."""
    rows = [(it.due_on.isoformat(), words.get(it.state, it.state), what(it), record(it),
             it.explanation, it.kind, it.key, it.state) for it in items]
    dates = [r[DUE_COL] for r in rows]
    by_date = _sorted(list(range(len(rows))), dates.__getitem__)
    ranks = [_RANK.get(r[_STATE], 2) for r in rows]
    orders = [by_date, _sorted(by_date, ranks.__getitem__)]
    for col in (WHAT_COL, RECORD_COL, HOW_COL):
        folded = [r[col].casefold() for r in rows]
        orders.append(_sorted(by_date, folded.__getitem__))
    return Prepared(items, rows, tuple(orders), (ranks.count(0), ranks.count(1)))


class DueTableModel(QAbstractTableModel):
    """The clocks for a ``QTableView``: ``set_prepared`` swaps the rows in with one reset;
    ``sort`` shows a column's ready order. Overdue and due-soon rows carry a tint, a word and an
    icon (never colour alone); every cell reads whole on hover, the date cells with how the date
    was computed."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self.rows: list[tuple[str, ...]] = []  # the service's order; never re-sorted
        self._orders: tuple[list[int], ...] = ()
        self._order: list[int] = []  # row shown at view row r: self.rows[self._order[r]]
        self._sort = (DUE_COL, Qt.SortOrder.AscendingOrder)
        self._icons: dict[str, QIcon] = {}

    # -- rows ---------------------------------------------------------------------------------
    def set_prepared(self, prepared: Prepared) -> None:
        """Show ``prepared``'s rows in the current sort order (one reset, whatever the count)."""
        self.beginResetModel()
        self.rows, self._orders = prepared.rows, prepared.orders
        self._order = self._ordered(*self._sort)
        self.endResetModel()

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        if not self._orders:
            return list(range(len(self.rows)))
        ascending = self._orders[column]
        # Every sort key ends in the row's own position, so descending is exactly the reverse.
        return ascending[::-1] if order == Qt.SortOrder.DescendingOrder else ascending

    def row_at(self, row: int) -> DueRow | None:
        """The clock shown at view row ``row``."""
        if not 0 <= row < len(self._order):
            return None
        r = self.rows[self._order[row]]
        return DueRow(r[:COLUMN_COUNT], r[_KIND], r[_KEY], r[_STATE])

    def row_of(self, kind: str, key: str) -> int | None:
        """The view row showing the clock (``kind``, ``key``), if it is listed."""
        for pos, r in enumerate(self.rows):
            if r[_KEY] == key and r[_KIND] == kind:
                return self._order.index(pos)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102
        if not 0 <= column < COLUMN_COUNT or (column, order) == self._sort:
            return  # the view re-applies its indicator when sorting is enabled: nothing to do
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()  # the current row and selection: a handful
        moved = [self._order[i.row()] for i in old]
        self._sort = (column, order)
        self._order = self._ordered(column, order)
        self.changePersistentIndexList(
            old, [self.index(self._order.index(pos), i.column()) for pos, i in zip(moved, old)])
        self.layoutChanged.emit()

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder  # a first click: soonest, most urgent, A to Z
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self._order):
            return None
        r = self.rows[self._order[row]]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return r[col]
        state = r[_STATE]
        tinted = state in _TINT
        if role == Qt.ItemDataRole.BackgroundRole and tinted:
            return QBrush(_TINT[state])
        if role == Qt.ItemDataRole.ForegroundRole and tinted:
            return QBrush(_INK)
        if role == Qt.ItemDataRole.DecorationRole and col == STATE_COL and tinted:
            return self._icon(state)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A cut cell reads whole on hover; the date and its state also say how the date was
            # computed. Typed text stays text (plain_tooltip).
            text = r[col]
            if col in (DUE_COL, STATE_COL):
                text = f"{text}\n{r[HOW_COL]}"
            return plain_tooltip(text)
        if role == ClockRole:
            return (r[_KIND], r[_KEY])
        if role == StateRole:
            return state
        return None

    def _icon(self, state: str) -> QIcon:
        if state not in self._icons:
            app = QApplication.instance()
            self._icons[state] = app.style().standardIcon(_ICON[state]) if app else QIcon()
        return self._icons[state]
