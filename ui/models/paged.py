"""The one base for list models that page their rows from SQL (requests, Due & overdue, the
audit log, surveillance subjects).

The model is a window onto a query, never the whole table: ``rowCount`` is the SQL COUNT of the
filter; rows are fetched a page at a time (LIMIT/OFFSET) only for the rows a view asks about
(``data()`` → ``row_at``), and the last few pages are kept in a small LRU cache. A new filter or
a header click (a new ORDER BY, never a Python sort) resets the model; ``mark_stale()`` after a
write elsewhere and ``refresh()`` drop the cache and count again.

A list whose COUNT alone is too slow to open within its budget sets ``count_in_background``:
``refresh`` then reads the first page only and shows its rows at once, the count runs off the UI
thread (``ui.tasks.run_task``) and arrives a moment later (``counted``). Until then ``rowCount``
is the rows read so far and the view reads on with ``fetchMore`` as it scrolls; a count asked for
before the last ``refresh`` (a new filter, a re-read) is dropped when it comes back.

Subclasses say how to count and fetch (plain service calls) and, optionally, which sort key
each column has and how to find a row by its record's key (``locate``).
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from shiboken6 import isValid

from ui.tasks import run_task

_Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows of ``fetch_page(offset, limit)`` under ``self.filter`` and ``self.sort_state``,
    ``count()`` in all, ``page_size`` per query, ``cache_pages`` pages kept.

    ``columns``: the headers (source texts, translated in the subclass's context when shown).
    ``sort_keys``: the sort key of each column (None: not sortable); empty: no sorting.
    ``fetched_rows`` / ``page_reads`` count what was read since the last reset (tests check
    that a 100k list reads one page).

    With ``count_in_background``: ``counting`` is True from a ``refresh`` until its count has
    arrived (then ``counted`` fires, ``total`` is the count and ``rowCount`` grows to it);
    meanwhile ``total`` is the rows read so far (the first page, then each ``fetchMore``)."""

    page_size = 100
    cache_pages = 12
    columns: tuple[str, ...] = ()
    sort_keys: tuple[str | None, ...] = ()
    #: Count off the UI thread (see the module's docstring); off by default: a list whose COUNT
    #: is quick counts in ``refresh`` as before.
    count_in_background = False

    #: The count asked for by the last ``refresh`` arrived (``counting`` is False again; also
    #: when the count failed: ``count_error`` then says why).
    counted = Signal()

    def __init__(self, desk: Any, initial_filter: Any, parent: QObject | None = None, *,
                 sort: tuple[str, bool] | None = None, load: bool = True) -> None:
        super().__init__(parent)
        self.desk = desk
        self.filter = initial_filter
        self.sort_key, self.descending = sort or (None, False)
        self.total = 0
        self.stale = False
        self.counting = False
        self.count_error: BaseException | None = None
        self.fetched_rows = 0
        self.page_reads = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._more = False  # counting, and the last page read was full: there may be more rows
        #: The background count asked for last (``ui.tasks.Task``; None before the first).
        self.count_task: Any = None
        self._generation = 0  # bumped by each refresh: a count asked for earlier is stale
        if load:
            self.refresh()

    # -- what subclasses provide ----------------------------------------------------------------
    def count(self) -> int:  # pragma: no cover - abstract
        """How many rows ``self.filter`` selects (one SQL COUNT)."""
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> list[Any]:  # pragma: no cover - abstract
        """Rows ``offset`` to ``offset + limit`` under the filter and sort in force."""
        raise NotImplementedError

    def count_call(self) -> Callable[[], Any]:
        """With ``count_in_background``: a call counting what the filter now in force selects,
        run on a pool thread (so it touches no Qt object); its result goes to ``took_count`` on
        the UI thread. Default: ``count`` (a result read after a newer ``refresh`` is dropped,
        so ``count`` reading ``self.filter`` late is harmless); override it to capture more."""
        return self.count

    def took_count(self, result: Any) -> int:
        """The total in the result of ``count_call`` (the UI thread; a subclass may keep more of
        the result, such as a summary read in the same pass)."""
        return int(result)

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
        """Drop every cached page and count again (a reset: views show the new rows). With
        ``count_in_background`` the first page is read now and the count asked for off the UI
        thread (``counted`` when it arrives); a count still on its way is dropped."""
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        self.fetched_rows = 0
        self.page_reads = 0
        self.count_error = None
        self.counting = self._more = False
        if self.desk is None:
            self.total = 0
        elif not self.count_in_background:
            self.total = self.count()
        else:
            first = self._page(0)
            self.total = len(first)
            self.counting = True
            self._more = len(first) == self.page_size
        self.stale = False
        self.endResetModel()
        if self.counting:
            self._count_off_thread()

    def _count_off_thread(self) -> None:
        generation = self._generation
        self.count_task = run_task(self.count_call(),
                                   on_done=lambda result: self._took_count(generation, result),
                                   on_error=lambda exc: self._count_failed(generation, exc))

    def _current(self, generation: int) -> bool:
        """Whether a count asked for at ``generation`` is still wanted (no refresh since, and
        the model not deleted meanwhile)."""
        return generation == self._generation and isValid(self)

    def _took_count(self, generation: int, result: Any) -> None:
        if not self._current(generation):
            return  # stale: the filter changed or the list was read again meanwhile
        total = self.took_count(result)
        self.counting = self._more = False
        if total > self.total:
            self.beginInsertRows(QModelIndex(), self.total, total - 1)
            self.total = total
            self.endInsertRows()
        elif total < self.total:  # rows went between the page read and the count
            self.beginRemoveRows(QModelIndex(), total, self.total - 1)
            self.total = total
            self.endRemoveRows()
        self.counted.emit()

    def _count_failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        self.counting = self._more = False
        self.count_error = exc
        self.counted.emit()
        sys.excepthook(type(exc), exc, exc.__traceback__)  # the readable dialog, as a task's

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
        before = self.total
        if not self.count_in_background:
            self.total = self.count()
        # else a new order has as many rows (a count on its way stays wanted), and the rows read
        # so far are as many rows of the new order; a write meanwhile comes as a broadcast.
        moved = [QModelIndex() if k is None
                 or (row := self.row_of(k, ask_sql=not self.counting)) is None
                 else self.index(row, i.column()) for k, i in zip(keys, old, strict=True)]
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

    def row_of(self, key: Any, *, ask_sql: bool = True) -> int | None:
        """The row showing record ``key``: cached pages first, then (``ask_sql``) ``locate``."""
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if self.key_of(r) == key:
                    row = number * self.page_size + i
                    return row if row < self.total else None
        if not ask_sql:
            return None
        found = self.locate(key)
        return found if found is not None and 0 <= found < self.total else None

    def first_rows(self) -> list[Any]:
        """The rows of the first page (for screenshots and tests, not per paint)."""
        return list(self._page(0)) if self.total else []

    # -- Qt model interface ---------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """While the count is on its way: whether a next page may hold rows."""
        return not parent.isValid() and self.counting and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """While the count is on its way: the next page's rows (the view scrolled to the end)."""
        if not self.canFetchMore(parent):
            return
        rows = self._page(self.total // self.page_size)  # a whole number of full pages so far
        self._more = len(rows) == self.page_size
        if rows:
            self.beginInsertRows(QModelIndex(), self.total, self.total + len(rows) - 1)
            self.total += len(rows)
            self.endInsertRows()

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
