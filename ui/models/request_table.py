"""The request list model: a window onto SQL pages, never the whole table.

``RequestTableModel`` reports the filtered row count from one indexed COUNT and fetches rows
100 at a time, only for the rows a view actually asks about (``data()``), keeping a few pages in a
small LRU cache. Sorting and filtering are SQL (``app.services.requests.listing``); a change resets
the cache. Overdue and due-soon rows carry a colour AND an icon and a word, never colour alone.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.services.requests.listing import ListFilter, ListRow, basis_caption
from ui.widgets.labels import status_label

if TYPE_CHECKING:
    from app.services.context import Desk

PAGE = 100
CACHE_PAGES = 12

#: (sort key, header) in column order; headers translated when shown (``headerData``).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("ref", QT_TRANSLATE_NOOP("RequestTableModel", "Our ref")),
    ("their_ref", QT_TRANSLATE_NOOP("RequestTableModel", "Their ref")),
    ("partner", QT_TRANSLATE_NOOP("RequestTableModel", "Partner")),
    ("basis", QT_TRANSLATE_NOOP("RequestTableModel", "Legal basis")),
    ("title", QT_TRANSLATE_NOOP("RequestTableModel", "Subject")),
    ("status", QT_TRANSLATE_NOOP("RequestTableModel", "Status")),
    ("due", QT_TRANSLATE_NOOP("RequestTableModel", "Due")),
    ("officer", QT_TRANSLATE_NOOP("RequestTableModel", "Officer")),
)
DUE_COLUMN = 6
BASIS_COLUMN = 3
RefRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

_COLOURS = {"overdue": QColor(255, 222, 222), "due-soon": QColor(255, 242, 204)}


def _tr(text: str) -> str:
    """A caption already marked for extraction (``COLUMNS``) in this model's context."""
    return QCoreApplication.translate("RequestTableModel", text)


def state_words() -> dict[str, str]:
    """The word shown beside the due date for each state (so colour is never the only signal)."""
    return {"overdue": QCoreApplication.translate("RequestTableModel", "overdue"),
            "due-soon": QCoreApplication.translate("RequestTableModel", "due soon")}


def _state_icon(state: str) -> QIcon:
    app = QApplication.instance()
    if app is None:
        return QIcon()
    pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if state == "overdue"
              else QStyle.StandardPixmap.SP_MessageBoxWarning)
    return app.style().standardIcon(pixmap)


class _ServiceSource:
    """The list read through the desk's services (imported here: SQLAlchemy comes with them)."""

    def __init__(self, desk: Desk) -> None:
        from app.services.requests import listing as request_list

        self.rl, self.desk = request_list, desk

    def count(self, flt: ListFilter) -> int:
        return self.rl.count(self.desk, flt)

    def page(self, flt: ListFilter, key: str, descending: bool, offset: int, limit: int) -> list[ListRow]:
        return self.rl.page(self.desk, flt, key, descending, offset, limit)

    def position(self, flt: ListFilter, key: str, descending: bool, ref: str) -> int | None:
        return self.rl.position(self.desk, flt, key, descending, ref)


class RequestTableModel(QAbstractTableModel):
    """Requests of one navigation group, paged from SQL.

    ``fetched_rows`` counts the rows read from the store since the last reset (tests check that
    a 100k list reads one page); ``set_filter``/``sort``/``refresh`` re-query."""

    def __init__(self, desk: Desk, group: str = "incoming", parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.desk = desk
        self._source = _ServiceSource(desk)
        self._filter = ListFilter(group=group)
        self._sort_key = "ref"
        self._descending = True  # newest reference first
        self._count = 0
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self.fetched_rows = 0
        self.page_reads = 0
        self._icons: dict[str, QIcon] = {}
        self.refresh()

    # -- querying ----------------------------------------------------------------------------
    @property
    def list_filter(self) -> ListFilter:
        """The filter in force."""
        return self._filter

    @property
    def sort_state(self) -> tuple[str, bool]:
        """(sort key, descending)."""
        return self._sort_key, self._descending

    def set_filter(self, flt: ListFilter) -> None:
        """Show the rows ``flt`` selects (group is kept unless ``flt`` sets one)."""
        self._filter = flt
        self.refresh()

    def update_filter(self, **changes: Any) -> None:
        """Change some fields of the filter."""
        self.set_filter(replace(self._filter, **changes))

    def refresh(self) -> None:
        """Re-count and drop cached pages (after a write, a filter or sort change)."""
        self.beginResetModel()
        self._pages.clear()
        self.fetched_rows = 0
        self.page_reads = 0
        self._count = self._source.count(self._filter)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key."""
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return  # the view re-applies its indicator when sorting is enabled: no second query
        self._sort_key, self._descending = key, descending
        self.layoutAboutToBeChanged.emit()
        self.refresh()
        self.layoutChanged.emit()

    def _page(self, number: int) -> list[ListRow]:
        rows = self._pages.get(number)
        if rows is None:
            rows = self._source.page(self._filter, self._sort_key, self._descending,
                                     number * PAGE, PAGE)
            self.fetched_rows += len(rows)
            self.page_reads += 1
            self._pages[number] = rows
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows

    def row_at(self, row: int) -> ListRow | None:
        """The plain row at ``row`` (fetching its page if needed)."""
        if not 0 <= row < self._count:
            return None
        rows = self._page(row // PAGE)
        i = row % PAGE
        return rows[i] if i < len(rows) else None

    def ref_at(self, row: int) -> str | None:
        """Our reference of the request at ``row``."""
        r = self.row_at(row)
        return r.ref if r else None

    def row_of(self, ref: str) -> int | None:
        """Row of ``ref``: cached pages first, then the first 2,000 rows in SQL."""
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.ref == ref:
                    return number * PAGE + i
        return self._source.position(self._filter, self._sort_key, self._descending, ref)

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        return None

    def _icon(self, state: str) -> QIcon:
        if state not in self._icons:
            self._icons[state] = _state_icon(state)
        return self._icons[state]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        state = r.due_state if r.due_state in _COLOURS else None
        if r.oral_state == "late":
            state = "overdue"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == RefRole:
            return r.ref
        if role == StateRole:
            return state
        if role == Qt.ItemDataRole.BackgroundRole and state:
            return QBrush(_COLOURS[state])
        if role == Qt.ItemDataRole.ForegroundRole and state:
            return QBrush(QColor(20, 20, 20))  # readable on the tint in dark themes too
        if role == Qt.ItemDataRole.DecorationRole and col == DUE_COLUMN and state:
            return self._icon(state)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full text on hover: narrow columns elide (partner names, long subjects).
            if col == DUE_COLUMN:
                return self._due_tip(r)
            if col == BASIS_COLUMN:  # the label and the article's text, as in the detail pane
                return basis_caption(r.agreement_key, r.basis)[1] or None
            return self._text(r, col) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(r, col)
        return None

    def _text(self, r: ListRow, col: int) -> str:
        key = COLUMNS[col][0]
        if key == "ref":
            return r.ref + ("  ⚑" if r.urgency == "urgent" else "")
        if key == "their_ref":
            return r.their_ref or ""
        if key == "partner":
            return r.partner
        if key == "basis":
            return basis_caption(r.agreement_key, r.basis)[0]
        if key == "title":
            return r.title
        if key == "status":
            return status_label(r.status)  # words; sorting and the chips keep the code
        if key == "due":
            words = state_words()
            text = r.due_on.isoformat() if r.due_on else ""
            if r.due_state in words:
                text = f"{text} · {words[r.due_state]}" if text else words[r.due_state]
            if r.oral_state:
                text += "  " + (self.tr("oral, confirmation late") if r.oral_state == "late"
                                else self.tr("oral, unconfirmed"))
            return text.strip()
        if key == "officer":
            return r.officer or ""
        return ""

    def _due_tip(self, r: ListRow) -> str:
        parts = []
        if r.due_state == "overdue":
            parts.append(self.tr("Overdue: the due date (or the agreement's termination date, which ends all assistance under it) has passed."))
        elif r.due_state == "due-soon":
            parts.append(self.tr("Due soon."))
        if r.oral_state:
            parts.append(self.tr("Oral request not yet confirmed in writing (Art. 7.1)."))
        return " ".join(parts)
