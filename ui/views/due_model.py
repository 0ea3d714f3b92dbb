"""The Due & overdue rows as a Qt table model: worded and ordered once on a worker, shown by a view.

A store of years holds six-figure counts of clocks. Building a widget item per clock froze the
window for seconds (filling, and again on every header click, which deleted and rebuilt them
all). Here the worker turns the clocks into columns of plain strings and, per column, the order
of the rows (``prepare``); the model holds those lists and answers ``data()`` only for the rows
the view paints. Loading is one model reset; a header click swaps in the column's ready order (a
list reversal at most), so neither builds anything per row on the UI thread; type-to-find
(``match``) searches the packed columns rather than asking ``data()`` row by row.
"""

from __future__ import annotations

import heapq
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, chain, islice
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


#: Stored by column (``TextColumn``): the five cell texts, then kind, key and state.
_KIND, _KEY, _STATE = 5, 6, 7
#: Rows sorted per C call; the sorted runs are merged in Python, where the worker lets the UI
#: thread run (one C sort of 171k texts held it ~135 ms).
SORT_RUN = 16_384


class TextColumn:
    """A column of texts packed in one string, each after a NUL, with where each starts.

    Not a tuple per row, nor even a list of strings: the cyclic garbage collector walks every
    reference a container holds, holding every thread (the UI's included) while it does; 172k
    row tuples cost ~90-200 ms a pass, lists of 1.4M strings ~50 ms. One string and an array of
    offsets hold no references to walk. The NULs let one regular expression find the rows that
    start with (or are) a text (``rows_matching``)."""

    __slots__ = ("_text", "_starts")

    def __init__(self, texts: list[str]) -> None:
        self._text = "\0" + "\0".join(texts) if texts else ""
        # ``_starts[i]``: the NUL before text ``i``; the last one is the end of the string.
        self._starts = array("q", accumulate((len(t) + 1 for t in texts), initial=0))

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, i: int) -> str:
        return self._text[self._starts[i] + 1:self._starts[i + 1]]

    def rows_matching(self, pattern: re.Pattern[str]) -> list[int]:
        """The rows (in stored order) whose text, after its NUL, ``pattern`` finds: one search
        per hit in C, not one Python call per row."""
        text, starts, rows, pos = self._text, self._starts, [], 0
        while (found := pattern.search(text, pos)) is not None:
            row = bisect_right(starts, found.start()) - 1
            if row >= len(starts) - 1:
                break  # an empty pattern at the very end
            rows.append(row)
            pos = starts[row + 1]  # the next row's NUL: one hit per row
        return rows


@dataclass(frozen=True)
class Prepared:
    """What the worker hands the UI thread: the clocks' columns (each in the order the clocks
    came, see ``_KIND``), per column the row numbers in ascending order of that column, and the (overdue, due
    soon) counts. Not the ``DueItem``s: 100,000s of objects the collector would walk on every
    full pass while the page is open."""

    columns: tuple[TextColumn, ...]
    orders: tuple[array, ...]  # of row numbers ("q"): no objects to walk either
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

    Orders: Due by date, then kind and record (the service's ``due.order_key``, done here:
    ``items`` may come unordered, ``due_items(ordered=False)``); State most urgent first; text
    columns by text, case-blind. Ties keep the Due order (stable sorts of it)."""
    texts = ([it.due_on.isoformat() for it in items],
             [words.get(it.state, it.state) for it in items],
             [what(it) for it in items], [record(it) for it in items],
             [it.explanation for it in items], [it.kind for it in items],
             [it.key for it in items], [it.state for it in items])
    # The service's one C sort of 171k clocks held the UI thread ~140 ms; here it is done in
    # short runs. One text per clock sorts as (date, kind, key) does: ISO dates sort as dates,
    # and NUL before any character of a kind or a key.
    ordering = [f"{day}\0{kind}\0{key}"
                for day, kind, key in zip(texts[DUE_COL], texts[_KIND], texts[_KEY])]
    by_date = _sorted(list(range(len(items))), ordering.__getitem__)
    del ordering
    ranks = [_RANK.get(state, 2) for state in texts[_STATE]]
    orders = [by_date, _sorted(by_date, ranks.__getitem__)]
    for col in (WHAT_COL, RECORD_COL, HOW_COL):
        folded = [text.casefold() for text in texts[col]]
        orders.append(_sorted(by_date, folded.__getitem__))
    return Prepared(tuple(TextColumn(column) for column in texts),
                    tuple(array("q", order) for order in orders), (ranks.count(0), ranks.count(1)))


#: Rows type-to-find checks one by one from the current row before searching the whole column.
NEAR_ROWS = 512
#: What ``QAbstractItemView.keyboardSearch`` asks for.
_KEYBOARD_FLAGS = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap
#: Match type -> the pattern around the escaped text, over a cell's text after its NUL (as the
#: packed column holds it): Qt's comparisons of a cell's display text.
_MATCH_PATTERNS = {
    Qt.MatchFlag.MatchStartsWith: "\0{0}", Qt.MatchFlag.MatchContains: "{0}",
    Qt.MatchFlag.MatchEndsWith: "{0}(?=\0|\\Z)", Qt.MatchFlag.MatchFixedString: "\0{0}(?=\0|\\Z)",
}
_TYPE_MASK = 0x0F
_HANDLED_FLAGS = _TYPE_MASK | Qt.MatchFlag.MatchCaseSensitive.value | Qt.MatchFlag.MatchWrap.value


def _pattern(role: int, value: Any, flags: Any) -> re.Pattern[str] | None:
    """The expression for a text match on the display text, or None for a match Qt answers."""
    bits = flags.value if isinstance(flags, Qt.MatchFlag) else int(flags)
    if (role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DisplayRole.value)
            or not isinstance(value, str) or "\0" in value or bits & ~_HANDLED_FLAGS):
        return None
    kind = bits & _TYPE_MASK
    if kind == Qt.MatchFlag.MatchExactly.value:  # Qt compares values: case counts
        return re.compile(_MATCH_PATTERNS[Qt.MatchFlag.MatchFixedString].format(re.escape(value)))
    template = next((t for f, t in _MATCH_PATTERNS.items() if f.value == kind), None)
    if template is None:
        return None
    case = 0 if bits & Qt.MatchFlag.MatchCaseSensitive.value else re.IGNORECASE
    return re.compile(template.format(re.escape(value)), case)


class DueTableModel(QAbstractTableModel):
    """The clocks for a ``QTableView``: ``set_prepared`` swaps the rows in with one reset;
    ``sort`` shows a column's ready order. Overdue and due-soon rows carry a tint, a word and an
    icon (never colour alone); every cell reads whole on hover, the date cells with how the date
    was computed."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self.columns: tuple[TextColumn, ...] = (TextColumn([]),) * 8  # the service's order
        self._orders: tuple[array, ...] = ()
        self._order: array | range = range(0)  # view row r shows stored row self._order[r]
        self._sort = (DUE_COL, Qt.SortOrder.AscendingOrder)
        self._icons: dict[str, QIcon] = {}
        self._view_rows: array | None = None  # stored row -> view row, made by the first search

    # -- rows ---------------------------------------------------------------------------------
    def set_prepared(self, prepared: Prepared) -> None:
        """Show ``prepared``'s rows in the current sort order (one reset, whatever the count)."""
        self.beginResetModel()
        self.columns, self._orders = prepared.columns, prepared.orders
        self._order = self._ordered(*self._sort)
        self._view_rows = None
        self.endResetModel()

    def _ordered(self, column: int, order: Qt.SortOrder) -> array | range:
        if not self._orders:
            return range(len(self.columns[0]))
        ascending = self._orders[column]
        # Every sort key ends in the row's own position, so descending is exactly the reverse.
        return ascending[::-1] if order == Qt.SortOrder.DescendingOrder else ascending

    def row_at(self, row: int) -> DueRow | None:
        """The clock shown at view row ``row``."""
        if not 0 <= row < len(self._order):
            return None
        i = self._order[row]
        c = self.columns
        return DueRow(tuple(c[col][i] for col in range(COLUMN_COUNT)),  # type: ignore[arg-type]
                      c[_KIND][i], c[_KEY][i], c[_STATE][i])

    def row_of(self, kind: str, key: str) -> int | None:
        """The view row showing the clock (``kind``, ``key``), if it is listed."""
        kinds = self.columns[_KIND]
        for pos, k in enumerate(self.columns[_KEY]):
            if k == key and kinds[pos] == kind:
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
        self._view_rows = None
        self.changePersistentIndexList(
            old, [self.index(self._order.index(pos), i.column()) for pos, i in zip(moved, old)])
        self.layoutChanged.emit()

    # -- type-to-find -------------------------------------------------------------------------
    def match(self, start: QModelIndex | QPersistentModelIndex, role: int, value: Any,  # noqa: D102
              hits: int = 1, flags: Qt.MatchFlag = _KEYBOARD_FLAGS) -> list[QModelIndex]:
        # The view's type-to-find (keyboardSearch) asks this. Qt's own answer calls data() once
        # per row: with 171k clocks and nothing matching, ~0.5 s of frozen window per key typed.
        # Here: the next rows one by one (a match is usually near), then one regular expression
        # over the packed column. Regular expressions, wildcards and other roles go to Qt's.
        pattern = _pattern(role, value, flags)
        n = len(self._order)
        if pattern is None or not start.isValid() or not 0 <= start.column() < COLUMN_COUNT:
            return super().match(start, role, value, hits, flags)
        if hits == 0 or n == 0:
            return []
        want = hits if hits > 0 else n
        column, first, col = self.columns[start.column()], start.row(), start.column()
        wrap = bool(flags & Qt.MatchFlag.MatchWrap)
        span = n if wrap else n - first  # rows looked at, counted from ``first``
        found: list[int] = []
        near = islice(chain(range(first, n), range(first) if wrap else ()), NEAR_ROWS)
        for row in near:
            if pattern.search("\0" + column[self._order[row]]):
                found.append(row)
                if len(found) == want:
                    return [self.index(r, col) for r in found]
        if span > NEAR_ROWS:
            view_rows = self._stored_to_view()
            later = sorted(k for k in ((view_rows[i] - first) % n for i in
                                       column.rows_matching(pattern)) if NEAR_ROWS <= k < span)
            found += [(first + k) % n for k in later[:want - len(found)]]
        return [self.index(r, col) for r in found]

    def _stored_to_view(self) -> array:
        if self._view_rows is None:  # once per order (~15 ms at 171k)
            view_rows = array("q", bytes(8 * len(self._order)))
            for row, stored in enumerate(self._order):
                view_rows[stored] = row
            self._view_rows = view_rows
        return self._view_rows

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
        i, c = self._order[row], self.columns
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return c[col][i]
        state = c[_STATE][i]
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
            text = c[col][i]
            if col in (DUE_COL, STATE_COL):
                text = f"{text}\n{c[HOW_COL][i]}"
            return plain_tooltip(text)
        if role == ClockRole:
            return (c[_KIND][i], c[_KEY][i])
        if role == StateRole:
            return state
        return None

    def _icon(self, state: str) -> QIcon:
        if state not in self._icons:
            app = QApplication.instance()
            self._icons[state] = app.style().standardIcon(_ICON[state]) if app else QIcon()
        return self._icons[state]
