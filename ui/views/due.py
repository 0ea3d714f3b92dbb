"""Due & overdue: every clock on the desk with how its date was computed.

Rows come from ``app.services.due.due_items`` (request due dates, Art. 7.1 confirmations,
agreement terminations (each under its own clause), and whatever other parts registered). Overdue
and due-soon rows carry an icon and a word as well as a colour. Enter (or double-click) opens the
record; F5 reads the clocks again.

A store of years holds six-figure counts of clocks: they are read, worded and ordered by every
column on a worker thread (``ui.tasks``, ``ui.views.due_model.prepare``), then shown through a
table model in one reset. No widget is built per clock, so opening, filling and a header click
never freeze the window (``loading`` is true while the clocks are read; ``loaded`` fires after).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QByteArray, QModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services import due
from app.services.agreements.catalogue import list_agreements
from app.services.context import Desk
from ui.tasks import Task, run_task
from ui.views.due_model import ClockRole, DueRow, DueTableModel, Prepared, prepare
from ui.widgets.tables import ListTable, style_table

#: The kind of each clock, translated where shown (``kind_label``).
KIND_LABELS = {
    "request": QT_TRANSLATE_NOOP("DueView", "Request due"),
    "oral-confirmation": QT_TRANSLATE_NOOP("DueView", "Written confirmation (Art. 7.1)"),
    # The termination's explanation cites its own clause.
    "termination": QT_TRANSLATE_NOOP("DueView", "Agreement terminating"),
    "surveillance-end": QT_TRANSLATE_NOOP("DueView", "Surveillance period ends (Art. 4.2)"),
    "surveillance-review": QT_TRANSLATE_NOOP("DueView", "Surveillance review (Art. 4.2)"),
}
#: Clocks freed per call once worded (see ``_read``).
RELEASE = 10_000
#: Where the list's column widths and sort are kept between sessions (as the request lists).
SETTINGS_KEY = "columns/due"


class DueView(QWidget):
    """The list of clocks; ``open_item(kind, key)`` fires when the officer opens one."""

    open_item = Signal(str, str)
    #: The list is complete (after each refresh).
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_view")
        self.desk = desk
        self._counts = (0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")
        self.model = DueTableModel([self.tr("Due"), self.tr("State"), self.tr("What"),
                                    self.tr("Record"), self.tr("How the date was computed")], self)
        self.table = ListTable()
        self.table.setObjectName("due_table")
        self.table.setModel(self.model)
        # No alternating colours: the overdue and due-soon tints must stay visible.
        style_table(self.table, (100, 110, 440, 130), alternate=False)
        # The page's look kept from its tree days: tinted bands without a grid, headings flush
        # left over their texts.
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # soonest first
        self._restore_columns()
        # The model swaps in an order the worker prepared: a click costs no per-row work.
        self.table.setSortingEnabled(True)
        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self._save_columns)
        header.sectionResized.connect(self._save_timer.start)
        header.sortIndicatorChanged.connect(self._save_timer.start)
        self.table.activated.connect(self._activated)  # Enter, double-click
        self._task: Task | None = None
        self._again = False
        self._partners: dict[str, str] | None = None
        self.empty = QLabel(self.tr("Nothing is due: no request, written confirmation (Art. 7.1), "
                                    "surveillance period or termination notice has a date coming "
                                    "up."), objectName="due_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 24px;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()  # until the clocks are read
        self.refresh()

    @property
    def loading(self) -> bool:
        """True while the clocks are being read."""
        return self._task is not None

    def refresh(self) -> None:
        """Re-read every clock, off the UI thread (F5); the list changes when they are read."""
        if self._task is not None:
            self._again = True  # read again once the running read ends (a write came meanwhile)
            return
        self._again = False
        self.summary.setText(self.tr("Reading the clocks…"))
        self._task = run_task(self._read, on_done=self._loaded, on_error=self._failed)

    def _read(self) -> Prepared:
        """On a worker: the clocks, worded, with each column's order (no widget).

        The cyclic garbage collector waits meanwhile. Every 25 % of growth in live objects it
        walks all of them, holding every thread, the UI's included: 100,000s of clocks being
        read meant a full pass of 150-350 ms, several times. What this makes is acyclic (lists of
        strings; the clocks are freed by reference count before it runs again)."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            items = due.due_items(self.desk, ordered=False)  # prepare() orders them
            self._partners = None  # read when a termination row needs it
            words = {"overdue": self.tr("overdue"), "due-soon": self.tr("due soon"),
                     "ok": self.tr("ok")}
            prepared = prepare(items, self.what, self.record_text, words)
            while items:  # freed a slice per call: freeing all in one call holds the UI thread
                del items[-RELEASE:]
            return prepared
        finally:
            if collecting:
                gc.enable()

    def _loaded(self, prepared: Prepared) -> None:
        self._task = None
        if self._again:
            self.refresh()
            return
        current = self.table.currentIndex()
        kept = current.data(ClockRole) if current.isValid() else None
        self.model.set_prepared(prepared)
        self._counts = prepared.counts  # counted on the worker
        self.summary.setText(self.tr("{0} overdue, {1} due soon").format(*self._counts))
        self.table.setVisible(bool(self.model.rowCount()))
        self.empty.setVisible(not self.model.rowCount())
        if kept:  # F5 or a write elsewhere: the officer stays on the clock they were on
            self.select(*kept)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.summary.setText(self.tr("The clocks could not be read: {0}").format(exc))

    def select(self, kind: str, key: str) -> bool:
        """Make the clock (``kind``, ``key``) the current row, if it is listed."""
        row = self.model.row_of(kind, key)
        if row is None:
            return False
        self.table.select_row(row)
        return True

    def kind_label(self, kind: str) -> str:
        """The officer's words for a clock's kind; a kind registered later without a label
        still reads as words, never as its key ("surveillance-end")."""
        label = KIND_LABELS.get(kind)
        return self.tr(label) if label else kind.replace("-", " ").capitalize()

    def what(self, item: due.DueItem) -> str:
        """The "What" cell: the kind, then the label without what the row already says (the
        record's reference has its own column; the kind's words are not repeated)."""
        kind = self.kind_label(item.kind)
        label = item.label.removeprefix(f"{item.key} \u2014 ")
        for said in (KIND_LABELS.get(item.kind, ""), "written confirmation of an oral request (Art. 7.1)"):
            head = said.split(" (Art.")[0].lower()
            if head and label.lower().startswith(head) and ": " in label:
                label = label.split(": ", 1)[1]  # "written confirmation ... (Art. 7.1): title"
                break
        return f"{kind}: {label}"

    def record_text(self, item: due.DueItem) -> str:
        """The "Record" cell: a reference the officer knows. An agreement read as its store key
        ("jp-us-1997"); it now reads as the partner ("agreement with US")."""
        if item.kind != "termination":
            return item.key
        if self._partners is None:
            self._partners = {a.key: a.partner_country for a in list_agreements(self.desk)}
        partner = self._partners.get(item.key)
        return self.tr("agreement with {0}").format(partner) if partner else item.key

    def counts(self) -> tuple[int, int]:
        """(overdue, due soon) as last read."""
        return self._counts

    def clocks(self) -> list[DueRow]:
        """Every clock as last read, in the list's order (for a test or a script, not per paint)."""
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
