"""One base for list models that fetch their rows from SQL a page at a time.

Subclasses say how to count and fetch rows for a filter (plain service calls); the base does the
Qt side: reset on a new filter, ``canFetchMore``/``fetchMore`` as the view scrolls, headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt


class PagedTableModel(QAbstractTableModel):
    """Rows of ``fetch_page(filter, offset, limit)``, ``count(filter)`` in all, ``page_size`` at a time."""

    page_size = 200
    columns: tuple[str, ...] = ()

    def __init__(self, desk: Any, initial_filter: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.filter = initial_filter
        self.rows: list[Any] = []
        self.total = 0

    # -- what subclasses provide ----------------------------------------------------------------
    def count(self, flt: Any) -> int:  # pragma: no cover - abstract
        """How many rows the filter selects."""
        raise NotImplementedError

    def fetch_page(self, flt: Any, offset: int, limit: int) -> list[Any]:  # pragma: no cover
        """One page of rows."""
        raise NotImplementedError

    # -- Qt ------------------------------------------------------------------------------------
    def set_filter(self, flt: Any) -> None:
        """Start again from the first page of ``flt``."""
        self.beginResetModel()
        self.filter = flt
        self.total = self.count(flt)
        self.rows = self.fetch_page(flt, 0, self.page_size)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = self.fetch_page(self.filter, len(self.rows), self.page_size)
        if not more:
            self.total = len(self.rows)  # the store shrank meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns[section])
        return None
