"""Due & overdue: every clock on the desk with how its date was computed.

Rows come from ``app.services.due.due_items`` (request due dates, Art. 7.1 confirmations,
agreement terminations (each under its own clause), and whatever other parts registered). Overdue and due-soon rows carry an
icon and a word as well as a colour. Enter (or double-click) opens the record.

A store of years holds six-figure counts of clocks: they are read, worded and sorted on a worker
thread (``ui.tasks``), then put in the list a chunk per event-loop turn, so the window stays
live (``loading`` is true until the last row is in; ``loaded`` fires then).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication, QLabel, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.services import due
from app.services.agreements import list_agreements
from app.services.context import Desk
from ui.tasks import Task, run_task
from ui.widgets.messages import plain_tooltip
from ui.widgets.tables import style_tree

#: Rows put in the list per event-loop turn: well under 100 ms each on an office PC.
CHUNK = 1000

KIND_LABELS = {
    "request": "Request due",
    "oral-confirmation": "Written confirmation (Art. 7.1)",
    "termination": "Agreement terminating",  # the explanation cites its own clause
    "surveillance-end": "Surveillance period ends (Art. 4.2)",
    "surveillance-review": "Surveillance review (Art. 4.2)",
}
_TINT = {"overdue": QColor(255, 222, 222), "due-soon": QColor(255, 242, 204)}
_RANK = {"overdue": 0, "due-soon": 1}


def _sort_keys(texts: list[str], day: str, rank: int, pos: int) -> tuple:
    """Per column: by date (State: most urgent first), text columns by text; ties in the
    service's order."""
    return ((day, pos), (rank, day, pos), *((t.casefold(), day, pos) for t in texts[2:]))


class _Row(QTreeWidgetItem):
    """A clock's row; compares by the keys computed with its texts (``_sort_keys``)."""

    keys: tuple = ()

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        col = self.treeWidget().sortColumn() if self.treeWidget() else 0
        return self.keys[col] < other.keys[col]  # type: ignore[attr-defined]


class DueView(QWidget):
    """The list of clocks; ``open_item(kind, key)`` fires when the officer opens one."""

    open_item = Signal(str, str)
    #: The list is complete (after each refresh).
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_view")
        self.desk = desk
        self.items: list[due.DueItem] = []
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")
        self.tree = QTreeWidget()
        self.tree.setObjectName("due_tree")
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("State"), self.tr("What"),
                                   self.tr("Record"), self.tr("How the date was computed")])
        self.tree.setRootIsDecorated(False)
        # Sorted here, not by QTreeWidget: its sort calls Python per comparison (seconds for a
        # big store). A header click re-sorts the worded rows and refills; soonest first.
        header = self.tree.header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        self._rows: list[tuple] = []  # (texts, tooltips, user data, state, keys) per clock
        self._task: Task | None = None
        self._again = False
        self._filled = 0
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.timeout.connect(self._fill_chunk)
        self._partners: dict[str, str] | None = None
        self._summary = ""
        self.tree.itemActivated.connect(self._activated)
        style_tree(self.tree, (100, 110, 440, 130))
        self.empty = QLabel(self.tr("Nothing is due: no request, written confirmation (Art. 7.1), "
                                    "surveillance period or termination notice has a date coming "
                                    "up."), objectName="due_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 24px;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()  # until the clocks are read
        self.refresh()

    @property
    def loading(self) -> bool:
        """True while the clocks are read or the list is being filled."""
        return self._task is not None or self._filled < len(self._rows)

    def refresh(self) -> None:
        """Re-read every clock, off the UI thread; the list fills when they are read."""
        if self._task is not None:
            self._again = True  # read again once the running read ends (a write came meanwhile)
            return
        self._again = False
        self.summary.setText(self.tr("Reading the clocks…"))
        header = self.tree.header()
        self._task = run_task(self._read, header.sortIndicatorSection(), header.sortIndicatorOrder(),
                              on_done=self._loaded, on_error=self._failed)

    def _read(self, col: int, order: Qt.SortOrder) -> tuple[list, list[tuple]]:
        """On a worker: the clocks and each row's texts, tooltips and sort keys (no widget),
        sorted by column ``col``."""
        items = due.due_items(self.desk)
        self._partners = None  # read when a termination row needs it
        words = {"overdue": self.tr("overdue"), "due-soon": self.tr("due soon"), "ok": self.tr("ok")}
        rows = []
        for pos, it in enumerate(items):
            texts = [it.due_on.isoformat(), words.get(it.state, it.state), self.what(it),
                     self.record_text(it), it.explanation]
            keys = _sort_keys(texts, texts[0], _RANK.get(it.state, 2), pos)
            rows.append((texts, [plain_tooltip(t) for t in texts],  # typed text stays text
                         (it.kind, it.key), it.state, keys))
        rows.sort(key=lambda r: r[4][col], reverse=order == Qt.SortOrder.DescendingOrder)
        return items, rows

    def _loaded(self, result: tuple[list, list[tuple]]) -> None:
        self._task = None
        if self._again:
            self.refresh()
            return
        self.items, self._rows = result
        overdue, soon = due.summary(self.items)
        self._summary = self.tr("{0} overdue, {1} due soon").format(overdue, soon)
        self._fill_timer.stop()
        self.tree.clear()
        self._filled = 0
        self._fill_chunk()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.summary.setText(self.tr("The clocks could not be read: {0}").format(exc))

    def _sort(self, col: int, order: Qt.SortOrder) -> None:
        """Order the worded rows by column ``col`` and fill the list again."""
        self._rows.sort(key=lambda r: r[4][col], reverse=order == Qt.SortOrder.DescendingOrder)
        self._fill_timer.stop()
        self.tree.clear()
        self._filled = 0
        self._fill_chunk()

    def _fill_chunk(self) -> None:
        style = QApplication.style()
        icons = {"overdue": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "due-soon": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        chunk = []
        for texts, tips, data, state, keys in self._rows[self._filled:self._filled + CHUNK]:
            row = _Row(texts)
            row.keys = keys
            row.setData(0, Qt.ItemDataRole.UserRole, data)
            for col in range(5):  # a cut cell is read whole on hover
                row.setToolTip(col, tips[col])
            if state in icons:
                row.setIcon(1, icons[state])
                for col in range(5):
                    row.setBackground(col, QBrush(_TINT[state]))
                    row.setForeground(col, QBrush(QColor(20, 20, 20)))
            chunk.append(row)
        self.tree.addTopLevelItems(chunk)
        self._filled += len(chunk)
        self.tree.setVisible(bool(self._rows))
        self.empty.setVisible(not self._rows)
        if self._filled < len(self._rows):
            self.summary.setText(self.tr("{0} — showing {1} of {2}…").format(
                self._summary, self._filled, len(self._rows)))
            self._fill_timer.start(0)
            return
        self.summary.setText(self._summary)
        self.loaded.emit()

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
        return due.summary(self.items)

    def _activated(self, item: QTreeWidgetItem, _col: int) -> None:
        kind, key = item.data(0, Qt.ItemDataRole.UserRole)
        self.open_item.emit(kind, key)
