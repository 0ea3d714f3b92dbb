"""Due & overdue: every clock on the desk with how its date was computed.

Rows come from ``app.services.due.due_items`` (request due dates, Art. 7.1 confirmations,
agreement terminations (each under its own clause), and whatever other parts registered). Overdue and due-soon rows carry an
icon and a word as well as a colour. Enter (or double-click) opens the record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication, QLabel, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.services import due
from app.services.agreements import list_agreements
from app.services.context import Desk
from ui.widgets.messages import plain_tooltip
from ui.widgets.tables import style_tree

KIND_LABELS = {
    "request": "Request due",
    "oral-confirmation": "Written confirmation (Art. 7.1)",
    "termination": "Agreement terminating",  # the explanation cites its own clause
    "surveillance-end": "Surveillance period ends (Art. 4.2)",
    "surveillance-review": "Surveillance review (Art. 4.2)",
}
_TINT = {"overdue": QColor(255, 222, 222), "due-soon": QColor(255, 242, 204)}
_RANK = {"overdue": 0, "due-soon": 1}
_SORT = Qt.ItemDataRole.UserRole + 1


class _Row(QTreeWidgetItem):
    """A clock's row; sorts by its date (State: most urgent first), ties in the service's order."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        col = self.treeWidget().sortColumn() if self.treeWidget() else 0
        return self._key(col) < other._key(col)  # noqa: SLF001 - same class

    def _key(self, col: int) -> tuple:
        day, rank, pos = self.data(0, _SORT)
        if col == 0:
            return (day, pos)
        if col == 1:
            return (rank, day, pos)
        return (self.text(col).casefold(), day, pos)


class DueView(QWidget):
    """The list of clocks; ``open_item(kind, key)`` fires when the officer opens one."""

    open_item = Signal(str, str)

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
        self.tree.setSortingEnabled(True)  # a header click re-sorts; soonest first by default
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
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
        self.refresh()

    def refresh(self) -> None:
        """Re-read every clock."""
        self.items = due.due_items(self.desk)
        self._partners: dict[str, str] | None = None  # read when a termination row needs it
        self.tree.clear()
        style = QApplication.style()
        icons = {"overdue": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "due-soon": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        words = {"overdue": self.tr("overdue"), "due-soon": self.tr("due soon"), "ok": self.tr("ok")}
        rows = []
        for pos, it in enumerate(self.items):
            row = _Row([it.due_on.isoformat(), words.get(it.state, it.state),
                        self.what(it), self.record_text(it), it.explanation])
            row.setData(0, Qt.ItemDataRole.UserRole, (it.kind, it.key))
            row.setData(0, _SORT, (it.due_on.isoformat(), _RANK.get(it.state, 2), pos))
            for col in range(5):  # a cut cell is read whole on hover
                row.setToolTip(col, plain_tooltip(row.text(col)))  # titles are typed text
            if it.state in icons:
                row.setIcon(1, icons[it.state])
                for col in range(5):
                    row.setBackground(col, QBrush(_TINT[it.state]))
                    row.setForeground(col, QBrush(QColor(20, 20, 20)))
            rows.append(row)
        self.tree.addTopLevelItems(rows)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        overdue, soon = due.summary(self.items)
        self.summary.setText(self.tr("{0} overdue, {1} due soon").format(overdue, soon))

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
