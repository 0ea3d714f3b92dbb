"""The one base for list models that page their rows from SQL (requests, Due & overdue, the
audit log, surveillance subjects).

The model is a window onto a query, never the whole table: ``rowCount`` is the SQL COUNT of the
filter; rows are fetched a page at a time (LIMIT/OFFSET) only for the rows a view asks about
(``data()`` → ``row_at``), and the last few pages are kept in a small LRU cache. A new filter or
a header click (a new ORDER BY, never a Python sort) resets the model; ``mark_stale()`` after a
write elsewhere and ``refresh()`` drop the cache and count again.

Subclasses say how to count and fetch (plain service calls) and, optionally, which sort key
each column has and how to find a row by its record's key (``locate``).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows of ``fetch_page(offset, limit)`` under ``self.filter`` and ``self.sort_state``,
    ``count()`` in all, ``page_size`` per query, ``cache_pages`` pages kept.

    ``columns``: the headers (source texts, translated in the subclass's context when shown).
    ``sort_keys``: the sort key of each column (None: not sortable); empty: no sorting.
    ``fetched_rows`` / ``page_reads`` count what was read since the last reset (tests check
    that a 100k list reads one page)."""

    page_size = 100
    cache_pages = 12
    columns: tuple[str, ...] = ()
    sort_keys: tuple[str | None, ...] = ()

    def __init__(self, desk: Any, initial_filter: Any, parent: QObject | None = None, *,
                 sort: tuple[str, bool] | None = None, load: bool = True) -> None:
        super().__init__(parent)
        self.desk = desk
        self.filter = initial_filter
        self.sort_key, self.descending = sort or (None, False)
        self.total = 0
        self.stale = False
        self.fetched_rows = 0
        self.page_reads = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        if load:
            self.refresh()

    # -- what subclasses provide ----------------------------------------------------------------
    def count(self) -> int:  # pragma: no cover - abstract
        """How many rows ``self.filter`` selects (one SQL COUNT)."""
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> list[Any]:  # pragma: no cover - abstract
        """Rows ``offset`` to ``offset + limit`` under the filter and sort in force."""
        raise NotImplementedError

    def key_of(self, row: Any) -> Any:
        """The record key of a fetched row (what ``row_of`` looks for)."""
        return row

    def locate(self, key: Any) -> int | None:
        """Where the record ``key`` is in the whole list, asked of SQL (None: not shown or not
        supported); only called when no cached page holds it."""
        return None

    # -- querying -------------------------------------------------------------------------------
    @property
    def sort_state(self) -> tuple[str | None, bool]:
        """(sort key, descending)."""
        return self.sort_key, self.descending

    def set_filter(self, flt: Any) -> None:
        """Show the rows ``flt`` selects, from the top."""
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Drop every cached page and count again (a reset: views show the new rows)."""
        self.beginResetModel()
        self._pages.clear()
        self.fetched_rows = 0
        self.page_reads = 0
        self.total = self.count() if self.desk is not None else 0
        self.stale = False
        self.endResetModel()

    def mark_stale(self) -> None:
        """The store changed: the next ``refresh_if_stale()`` (when the list is shown) reads it
        again; nothing is read now."""
        self.stale = True

    def refresh_if_stale(self) -> bool:
        """``refresh()`` if marked stale; returns whether it did."""
        if self.stale:
            self.refresh()
            return True
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the column's ORDER BY in SQL, from the top."""
        if not 0 <= column < len(self.sort_keys) or self.sort_keys[column] is None:
            return
        key, descending = self.sort_keys[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # the view re-applies its indicator when sorting is enabled: no second query
        self.layoutAboutToBeChanged.emit()
        # The current row and selection (a handful of persistent indexes) follow their records
        # to where the new order puts them.
        old = self.persistentIndexList()
        keys = [self._key_at(i.row()) for i in old]
        self.sort_key, self.descending = key, descending
        self._pages.clear()
        self.fetched_rows = self.page_reads = 0
        before, self.total = self.total, self.count()
        moved = [QModelIndex() if k is None or (row := self.row_of(k)) is None
                 else self.index(row, i.column()) for k, i in zip(keys, old)]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()
        if self.total != before:  # the store changed meanwhile: start again from the top
            self.refresh()

    def _key_at(self, row: int) -> Any | None:
        r = self.row_at(row)
        return None if r is None else self.key_of(r)

    def _page(self, number: int) -> list[Any]:
        rows = self._pages.get(number)
        if rows is None:
            rows = self.fetch_page(number * self.page_size, self.page_size)
            self.fetched_rows += len(rows)
            self.page_reads += 1
            self._pages[number] = rows
            while len(self._pages) > self.cache_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows

    def row_at(self, row: int) -> Any | None:
        """The plain row at ``row`` (fetching its page if needed); None past the end."""
        if not 0 <= row < self.total:
            return None
        rows = self._page(row // self.page_size)
        i = row % self.page_size
        return rows[i] if i < len(rows) else None

    def row_of(self, key: Any) -> int | None:
        """The row showing record ``key``: cached pages first, then ``locate`` in SQL."""
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if self.key_of(r) == key:
                    return number * self.page_size + i
        found = self.locate(key)
        return found if found is not None and 0 <= found < self.total else None

    def first_rows(self) -> list[Any]:
        """The rows of the first page (for screenshots and tests, not per paint)."""
        return list(self._page(0)) if self.total else []

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.tr(self.columns[section])
        return None
