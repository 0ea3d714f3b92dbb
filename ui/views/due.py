"""Due & overdue: every clock on the desk with how its date was computed.

The list is one SQL query over stored dates (``app.services.due``: request due dates capped by a
termination, Art. 7.1 confirmations, agreement terminations each under its own clause,
surveillance periods and reviews, Art. 4.2), shown through the paged table model
(``ui.views.due_model``): the first page shown at once, the COUNT and the (overdue, due soon)
summary read off the UI thread and shown when they arrive ("Counting…" until then), a page read
as the view shows it, a header click a new ORDER BY, the filters above the list a WHERE. Overdue
and due-soon rows carry an icon and a word as well as a colour. Enter (or double-click) opens the
record; F5 reads the clocks again and keeps the officer on the clock they were on. Typing in the
list goes to the Find field (a filter in SQL, not a row-by-row search).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services import due
from app.services.context import Desk
from ui.i18n import date_sample
from ui.ops import follow_changes
from ui.views.due_model import (
    KIND_LABELS,
    ClockRole,
    DueRow,
    DueTableModel,
    kind_label,
)
from ui.widgets.tables import ListTable, style_table

#: Where the list's column widths and sort are kept between sessions (as the request lists).
SETTINGS_KEY = "columns/due"
#: Typing pauses this long before the Find field filters the list (one query, not one a key).
FIND_DELAY_MS = 250

__all__ = ["KIND_LABELS", "SETTINGS_KEY", "DueView"]


class _DueTable(ListTable):
    """The list; text typed into it goes to the Find field (a SQL filter) rather than to Qt's
    row-by-row keyboard search, which would read every page of a six-figure list."""

    def __init__(self, find: QLineEdit) -> None:
        super().__init__()
        self._find = find

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt override
        if search.strip():
            self._find.setFocus()
            self._find.setText(self._find.text() + search)


class DueView(QWidget):
    """The list of clocks; ``open_item(kind, key)`` fires when the officer opens one."""

    open_item = Signal(str, str)
    #: The list was read again (after each refresh).
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_view")
        self.desk = desk
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")
        self.find = QLineEdit(objectName="due_find")
        self.find.setPlaceholderText(self.tr("Find a reference, title or name"))
        self.find.setClearButtonEnabled(True)
        self.state_filter = QComboBox(objectName="due_state_filter")
        for text, state in ((self.tr("All clocks"), ""), (self.tr("Overdue"), "overdue"),
                            (self.tr("Due soon"), "due-soon")):
            self.state_filter.addItem(text, state)
        self.kind_filter = QComboBox(objectName="due_kind_filter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in due.KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.model = DueTableModel(desk, self, load=False)
        self.model.counted.connect(self._counted)
        self._kept: tuple[str, str] | None = None  # the clock to select once the count arrives
        self.table = _DueTable(self.find)
        self.table.setObjectName("due_table")
        self.table.setModel(self.model)
        # No alternating colours: the overdue and due-soon tints must stay visible.
        day = max(100, self.table.fontMetrics().horizontalAdvance(date_sample()) + 20)
        style_table(self.table, (day, 110, 440, 130), alternate=False)
        # The page's look kept from its tree days: tinted bands without a grid, headings flush
        # left over their texts.
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # soonest first
        self._restore_columns()
        # The kept sort is the model's before the first read: enabling sorting then asks the
        # model for the order it already has (no query), and ``refresh`` reads once.
        section = header.sortIndicatorSection()
        if 0 <= section < len(due.SORT_KEYS):
            self.model.sort_key = due.SORT_KEYS[section]
            self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.table.setSortingEnabled(True)  # a header click: a new ORDER BY (model.sort)
        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self._save_columns)
        header.sectionResized.connect(self._save_timer.start)
        header.sortIndicatorChanged.connect(self._save_timer.start)
        self.table.activated.connect(self._activated)  # Enter, double-click
        self._find_timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self._find_timer.timeout.connect(self.apply_filter)
        self.find.textChanged.connect(self._find_timer.start)
        self.find.returnPressed.connect(self.apply_filter)
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.empty = QLabel(objectName="due_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 24px;")
        filters = QHBoxLayout()
        filters.addWidget(self.summary, 1)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.find, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()
        self.refresh()
        # Requests, agreements (a termination, Art. 14.2) and subjects (periods, Art. 4.2) have
        # the clocks listed here: a write to any re-reads the page (now if shown, else when shown).
        follow_changes(self, ("request", "agreement", "subject"), lambda _changes: self.refresh())

    def current_filter(self) -> due.DueFilter:
        """The filter the controls describe."""
        state, kind = self.state_filter.currentData(), self.kind_filter.currentData()
        return due.DueFilter(states=(state,) if state else (), kinds=(kind,) if kind else (),
                             text=self.find.text())

    def apply_filter(self) -> None:
        """Show what the filters select (a new WHERE), keeping the current clock if it stays."""
        self._find_timer.stop()
        if self.current_filter() != self.model.filter:
            self.refresh()

    def refresh(self) -> None:
        """Read the clocks again (F5, a write elsewhere): the rows on screen at once, the count
        and the (overdue, due soon) summary a moment later (off the UI thread), each in SQL; the
        officer stays on their clock."""
        current = self.table.currentIndex()
        kept = current.data(ClockRole) if current.isValid() else None
        self.model.filter = self.current_filter()
        self.model.refresh()
        self._kept = None
        self._show_state()
        if kept and not self.select(*kept) and self.model.counting:
            self._kept = kept  # not among the rows read so far: looked for once counted
        self.loaded.emit()

    def _counted(self) -> None:
        """The count and summary arrived: show them, and find the kept clock if still missing."""
        self._show_state()
        kept, self._kept = self._kept, None
        if kept and not self.table.currentIndex().isValid():
            self.select(*kept)

    def _show_state(self) -> None:
        if self.model.counting:
            self.summary.setText(self.tr("Counting…"))
        elif self.model.count_error is not None:
            self.summary.setText(self.tr("The clocks could not be counted."))
        else:
            overdue, soon = self.model.counts
            self.summary.setText(self.tr("{0} overdue, {1} due soon").format(overdue, soon))
        shown = bool(self.model.rowCount())
        self.table.setVisible(shown)
        self.empty.setVisible(not shown)
        self.empty.setText(
            self.tr("No clock matches these filters.") if self.model.filter != due.DueFilter()
            else self.tr("Nothing is due: no request, written confirmation (Art. 7.1), "
                         "surveillance period or termination notice has a date coming up."))

    def select(self, kind: str, key: str) -> bool:
        """Make the clock (``kind``, ``key``) the current row, if it is listed (while the count
        is on its way: if among the rows read so far)."""
        # Asking SQL where it is (ROW_NUMBER over every clock) waits for the count: a row past
        # the ones read so far could not be shown yet anyway.
        row = self.model.row_of((kind, key), ask_sql=not self.model.counting)
        if row is None:
            return False
        self.table.select_row(row)
        return True

    def kind_label(self, kind: str) -> str:
        """The officer's words for a clock's kind (``ui.views.due_model.kind_label``)."""
        return kind_label(kind)

    def counts(self) -> tuple[int, int]:
        """(overdue, due soon) as last read (``model.counting`` False: the last refresh's)."""
        return self.model.counts

    def clocks(self) -> list[DueRow]:
        """Every clock the list shows, in its order (for a test or a script: reads every page)."""
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        clock = index.data(ClockRole)
        if clock:
            self.open_item.emit(*clock)

    # -- column widths and sort, kept between sessions -----------------------------------------
    def _restore_columns(self) -> None:
        from ui.main_window import window_settings  # imported late: the window builds this page

        state = window_settings().value(SETTINGS_KEY)
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)

    def _save_columns(self) -> None:
        from ui.main_window import window_settings

        window_settings().setValue(SETTINGS_KEY, self.table.horizontalHeader().saveState())
