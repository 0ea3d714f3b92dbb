"""Qt table model of the surveillance subject list: a window onto SQL pages (``ui.models.paged``).

Each page is one query (``app.services.surveillance.listing.subject_page``) read when the view shows its
rows, so a store with 100,000 subjects opens the Surveillance page at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.context import Desk
from app.services.surveillance.listing import (
    SubjectFilter,
    SubjectRow,
    count_subjects,
    subject_page,
)
from ui.models.paged import PagedTableModel
from ui.widgets.labels import subject_status_explanation, subject_status_label
from ui.widgets.messages import plain_tooltip

PAGE = 200
#: Headers, translated when shown (``PagedTableModel.headerData``).
COLUMNS = (
    QT_TRANSLATE_NOOP("SubjectTableModel", "Code"),
    QT_TRANSLATE_NOOP("SubjectTableModel", "Kind"),
    QT_TRANSLATE_NOOP("SubjectTableModel", "Name"),
    QT_TRANSLATE_NOOP("SubjectTableModel", "Identifiers"),
    QT_TRANSLATE_NOOP("SubjectTableModel", "Status"),
    QT_TRANSLATE_NOOP("SubjectTableModel", "Period"),
    QT_TRANSLATE_NOOP("SubjectTableModel", "Last seen"),
)
#: The kind in a word, translated when shown (``data``).
KIND_SHORT = {
    "natural": QT_TRANSLATE_NOOP("SubjectTableModel", "person"),
    "legal": QT_TRANSLATE_NOOP("SubjectTableModel", "company"),
    "goods": QT_TRANSLATE_NOOP("SubjectTableModel", "goods"),
    "vessel": QT_TRANSLATE_NOOP("SubjectTableModel", "vessel"),
    "aircraft": QT_TRANSLATE_NOOP("SubjectTableModel", "aircraft"),
    "road_vehicle": QT_TRANSLATE_NOOP("SubjectTableModel", "road vehicle"),
    "container": QT_TRANSLATE_NOOP("SubjectTableModel", "container"),
}
STATUS_COLOURS = {"active": "#1b5e20", "expiring": "#8a5a00", "lapsed": "#b00020", "lifted": "#666666"}


def cell_texts(r: SubjectRow) -> tuple[str, ...]:
    """What each column shows for row ``r``."""
    last = r.last_observation_at.strftime("%Y-%m-%d") if r.last_observation_at else "—"
    period = f"{r.period_start or '?'} – {r.period_end or '?'}"
    ids = ("⚠ " if r.identifier_warnings else "") + r.identifier_summary
    kind = KIND_SHORT.get(r.subkind or r.kind, r.kind)
    return (r.code, kind, r.display_name, ids, r.status, period, last)


class SubjectTableModel(PagedTableModel):
    """Subjects, newest first, a page at a time."""

    columns = COLUMNS
    page_size = PAGE

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(desk, SubjectFilter(), parent)

    def count(self) -> int:
        """How many rows the filter selects."""
        return count_subjects(self.desk, self.filter)

    def fetch_page(self, offset: int, limit: int) -> list:
        """One page of rows."""
        return subject_page(self.desk, self.filter, offset=offset, limit=limit)

    def key_of(self, row: SubjectRow) -> str:
        """A subject is known by its code."""
        return row.code

    def row_of(self, code: str) -> int:  # type: ignore[override]
        """Row of subject ``code``; -1 if the filter hides it. Cached pages first, then the
        pages in turn (a subject kept across a refresh is usually on the first)."""
        found = super().row_of(code)
        if found is not None:
            return found
        for number in range((self.total + self.page_size - 1) // self.page_size):
            for i, r in enumerate(self._page(number)):
                if r.code == code:
                    return number * self.page_size + i
        return -1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = cell_texts(r)[col]
            if col == 4:
                return subject_status_label(text)  # words; the status filter keeps the code
            return self.tr(text) if col == 1 else text
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QBrush(QColor(STATUS_COLOURS.get(r.status, "#000")))
        if role == Qt.ItemDataRole.ToolTipRole:
            # Plain: Qt renders a tooltip that looks like markup, so a name typed as "<b>x</b>"
            # turned bold instead of reading as typed.
            if col == 4:
                return plain_tooltip(subject_status_explanation(r.status, r.period_end,
                                                                self.desk.today()))
            if col == 3 and r.identifier_warnings:
                return plain_tooltip("\n".join(r.identifier_warnings))
            if col in (2, 3):
                return plain_tooltip(cell_texts(r)[col])
        if role == Qt.ItemDataRole.UserRole:
            return r.code
        return None
