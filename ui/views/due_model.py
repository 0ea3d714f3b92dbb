"""The Due & overdue rows as a Qt table model: a window onto SQL pages (``ui.models.paged``).

Rows come from ``app.services.due`` (one SQL query over stored dates): a page of 100 clocks is
read when the view shows its rows, a header click is a new ORDER BY and the filter (overdue / due
soon, kind, typed text) a WHERE. The count and the (overdue, due soon) summary are one SQL pass
run off the UI thread; they arrive a moment after the first page (``counted``). Each page is
worded once when read (``DueRow``: the five cell texts, and what the officer opens).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.i18n import Text
from app.services import due
from ui.i18n import date_text, render
from ui.models.paged import PagedTableModel
from ui.widgets.messages import plain_tooltip

#: Column numbers.
DUE_COL, STATE_COL, WHAT_COL, RECORD_COL, HOW_COL = range(5)
COLUMN_COUNT = 5
#: (kind, key) of a row's clock: what the officer opens.
ClockRole = Qt.ItemDataRole.UserRole
#: "overdue" | "due-soon" | "ok".
StateRole = Qt.ItemDataRole.UserRole + 1

#: Headers, translated when shown (in the page's context, as before).
HEADERS = (QT_TRANSLATE_NOOP("DueView", "Due"), QT_TRANSLATE_NOOP("DueView", "State"),
           QT_TRANSLATE_NOOP("DueView", "What"), QT_TRANSLATE_NOOP("DueView", "Record"),
           QT_TRANSLATE_NOOP("DueView", "How the date was computed"))
#: The kind of each clock, translated where shown (``kind_label``).
KIND_LABELS = {
    "request": QT_TRANSLATE_NOOP("DueView", "Request due"),
    "oral-confirmation": QT_TRANSLATE_NOOP("DueView", "Written confirmation (Art. 7.1)"),
    # The termination's explanation cites its own clause.
    "termination": QT_TRANSLATE_NOOP("DueView", "Agreement terminating"),
    "surveillance-end": QT_TRANSLATE_NOOP("DueView", "Surveillance period ends (Art. 4.2)"),
    "surveillance-review": QT_TRANSLATE_NOOP("DueView", "Surveillance review (Art. 4.2)"),
}

_TINT = {"overdue": QColor(255, 222, 222), "due-soon": QColor(255, 242, 204)}
_INK = QColor(20, 20, 20)  # readable on the tint in a dark theme too
_ICON = {"overdue": QStyle.StandardPixmap.SP_MessageBoxCritical,
         "due-soon": QStyle.StandardPixmap.SP_MessageBoxWarning}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DueView", text)


def kind_label(kind: str) -> str:
    """The officer's words for a clock's kind; a kind without a label still reads as words,
    never as its key ("surveillance-end")."""
    label = KIND_LABELS.get(kind)
    return _tr(label) if label else kind.replace("-", " ").capitalize()


def what_text(item: due.DueItem) -> str:
    """The "What" cell: the kind, then the label without what the row already says (the
    record's reference has its own column; the kind's words are not repeated)."""
    if item.kind == "oral-confirmation" and isinstance(item.label, Text) and "title" in item.label.params:
        return f"{kind_label(item.kind)}: {item.label.params['title']}"
    label = render(item.label).removeprefix(f"{item.key} \u2014 ")
    for said in (KIND_LABELS.get(item.kind, ""), "written confirmation of an oral request (Art. 7.1)"):
        head = said.split(" (Art.")[0].lower()
        if head and label.lower().startswith(head) and ": " in label:
            label = label.split(": ", 1)[1]  # "written confirmation ... (Art. 7.1): title"
            break
    return f"{kind_label(item.kind)}: {label}"


def record_text(item: due.DueItem) -> str:
    """The "Record" cell: a reference the officer knows; an agreement reads as its partner
    ("agreement with US"), not its store key."""
    if item.kind == "termination" and item.partner:
        return QCoreApplication.translate("DueView", "agreement with {0}").format(item.partner)
    return item.key


def state_words() -> dict[str, str]:
    """The word for each state (never colour alone)."""
    # Literal texts in translate() calls, so pyside6-lupdate extracts them.
    return {"overdue": QCoreApplication.translate("DueView", "overdue"),
            "due-soon": QCoreApplication.translate("DueView", "due soon"),
            "ok": QCoreApplication.translate("DueView", "ok")}


class DueRow(NamedTuple):
    """One clock as the list shows it: its five cell texts and what the officer opens."""

    texts: tuple[str, str, str, str, str]  # due date (ISO), state word, what, record, how computed
    kind: str
    key: str
    state: str


def due_row(item: due.DueItem, words: dict[str, str]) -> DueRow:
    """The cells of one clock."""
    return DueRow((date_text(item.due_on), words.get(item.state, item.state), what_text(item),
                   record_text(item), render(item.explanation)), item.kind, item.key, item.state)


class DueTableModel(PagedTableModel):
    """The clocks for a ``QTableView``, paged from SQL. Overdue and due-soon rows carry a tint, a
    word and an icon (never colour alone); every cell reads whole on hover, the date cells with
    how the date was computed. ``counts`` are the (overdue, due soon) of the whole desk, read
    with the count after each refresh (valid once ``counting`` is False)."""

    page_size = 100
    columns = HEADERS
    sort_keys = due.SORT_KEYS
    # The budget "Due & overdue opens ≤ 50 ms on the 100k store": the COUNT and the summary
    # over its ~170k clocks take ~250 ms there, the first page ~20 ms; so the page shows its
    # first rows at once and the count and summary arrive from a pool thread.
    count_in_background = True

    def __init__(self, desk: Any, parent: QObject | None = None, *, load: bool = True) -> None:
        self._icons: dict[str, QIcon] = {}
        self.counts = (0, 0)
        super().__init__(desk, due.DueFilter(), parent, sort=("due", False), load=load)

    # -- the paged source -----------------------------------------------------------------------
    def count(self) -> int:
        return self.took_count(self.count_call()())

    def count_call(self) -> Callable[[], tuple[int, int, int]]:
        """(shown, overdue, due soon) in one SQL pass, for the filter and the day of now."""
        return partial(due.tally, self.desk, self.filter, self.desk.today())

    def took_count(self, result: tuple[int, int, int]) -> int:
        shown, overdue, soon = result
        self.counts = (overdue, soon)
        return shown

    def fetch_page(self, offset: int, limit: int) -> list[DueRow]:
        words = state_words()
        return [due_row(item, words) for item in
                due.page(self.desk, self.filter, self.sort_key, self.descending, offset, limit)]

    def key_of(self, row: DueRow) -> tuple[str, str]:
        """A clock is known by (kind, key)."""
        return (row.kind, row.key)

    def locate(self, key: tuple[str, str]) -> int | None:
        """Where the clock is in the list, in SQL (ROW_NUMBER in the list's order)."""
        return due.position(self.desk, self.filter, self.sort_key, self.descending, *key)

    # -- Qt model interface ---------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder  # a first click: soonest, most urgent, A to Z
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return r.texts[col]
        tinted = r.state in _TINT
        if role == Qt.ItemDataRole.BackgroundRole and tinted:
            return QBrush(_TINT[r.state])
        if role == Qt.ItemDataRole.ForegroundRole and tinted:
            return QBrush(_INK)
        if role == Qt.ItemDataRole.DecorationRole and col == STATE_COL and tinted:
            return self._icon(r.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A cut cell reads whole on hover; the date and its state also say how the date was
            # computed. Typed text stays text (plain_tooltip).
            text = r.texts[col]
            if col in (DUE_COL, STATE_COL):
                text = f"{text}\n{r.texts[HOW_COL]}"
            return plain_tooltip(text)
        if role == ClockRole:
            return (r.kind, r.key)
        if role == StateRole:
            return r.state
        return None

    def _icon(self, state: str) -> QIcon:
        if state not in self._icons:
            app = QApplication.instance()
            self._icons[state] = app.style().standardIcon(_ICON[state]) if app else QIcon()
        return self._icons[state]
