"""The request list model: a window onto SQL pages, never the whole table.

``RequestTableModel`` is a ``ui.models.paged.PagedTableModel``: the filtered row count from one
indexed COUNT, rows 100 at a time, only for the rows a view actually asks about (``data()``),
a few pages in a small LRU cache. Sorting and filtering are SQL (``app.services.requests.listing``);
a change resets the cache. Overdue and due-soon rows carry a colour AND an icon and a word,
never colour alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.services.requests.listing import ListFilter, ListRow, basis_caption
from ui.i18n import date_text
from ui.models.paged import PagedTableModel
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


class RequestTableModel(PagedTableModel):
    """Requests of one navigation group, paged from SQL (``app.services.requests.listing``).

    ``set_filter``/``update_filter``/``sort``/``refresh`` re-query. ``desk`` None (before the
    desk is open) shows no rows until ``desk`` is set and ``refresh()`` called."""

    page_size = PAGE
    cache_pages = CACHE_PAGES
    columns = tuple(caption for _, caption in COLUMNS)
    sort_keys = tuple(key for key, _ in COLUMNS)

    def __init__(self, desk: Desk | None, group: str = "incoming", parent=None):
        self._icons: dict[str, QIcon] = {}
        # Newest reference first.
        super().__init__(desk, ListFilter(group=group), parent, sort=("ref", True))

    # -- querying ----------------------------------------------------------------------------
    @property
    def list_filter(self) -> ListFilter:
        """The filter in force."""
        return self.filter

    def update_filter(self, **changes: Any) -> None:
        """Change some fields of the filter."""
        self.set_filter(replace(self.filter, **changes))

    def count(self) -> int:
        from app.services.requests import listing as request_list  # SQLAlchemy comes with the services

        return request_list.count(self.desk, self.filter)

    def fetch_page(self, offset: int, limit: int) -> list[ListRow]:
        from app.services.requests import listing as request_list

        return request_list.page(self.desk, self.filter, self.sort_key, self.descending,
                                 offset, limit)

    def key_of(self, row: ListRow) -> str:
        """A request is known by our reference."""
        return row.ref

    def locate(self, key: str) -> int | None:
        """Row of ``key`` in SQL (the first 2,000 rows)."""
        from app.services.requests import listing as request_list

        return request_list.position(self.desk, self.filter, self.sort_key, self.descending, key)

    def ref_at(self, row: int) -> str | None:
        """Our reference of the request at ``row``."""
        r = self.row_at(row)
        return r.ref if r else None

    # -- Qt model interface ------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
            text = date_text(r.due_on)
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
            parts.append(self.tr("Overdue: the due date (or the agreement's termination date, which ends all "
                                 "assistance under it) has passed."))
        elif r.due_state == "due-soon":
            parts.append(self.tr("Due soon."))
        if r.oral_state:
            parts.append(self.tr("Oral request not yet confirmed in writing (Art. 7.1)."))
        return " ".join(parts)
