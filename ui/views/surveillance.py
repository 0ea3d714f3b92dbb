"""Surveillance (Art. 4.2): subjects under special surveillance, and each one's log.

A list (kind, identifiers, status, period, last observation) beside the subject page. New
subjects, observations and report-backs go through dialogs that call ``app.services``; a
possible duplicate or a watch-list hit is said in the message line under the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.services import surveillance as svc
from app.services.context import Desk
from ui.dialogs.subject_editor import SubjectEditor
from ui.views.subject_page import STATUS_COLOURS, SubjectPage

KIND_SHORT = {"natural": "person", "legal": "company", "goods": "goods", "vessel": "vessel",
              "aircraft": "aircraft", "road_vehicle": "road vehicle", "container": "container"}
COLUMNS = ("Code", "Kind", "Name", "Identifiers", "Status", "Period", "Last seen")


class SurveillanceView(QWidget):
    """The Surveillance page of the main window."""

    status_message = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveillance_view")
        self.desk = desk
        self.codes: list[str] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox(objectName="kind_filter")
        for label, key in (("All kinds", None), ("Persons", "person"), ("Goods", "goods"),
                           ("Means of transport", "transport")):
            self.kind.addItem(self.tr(label), key)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.active_only = QCheckBox(self.tr("Under surveillance now"), objectName="active_only")
        self.active_only.toggled.connect(self.refresh)
        new = QPushButton(self.tr("New subject…"), objectName="new_subject")
        new.clicked.connect(self.new_subject)
        check = QPushButton(self.tr("Check a name / number…"), objectName="quick_check_button")
        check.setToolTip(self.tr("Ctrl+Shift+F from anywhere"))
        check.clicked.connect(self.quick_check)
        bar.addWidget(self.kind)
        bar.addWidget(self.active_only)
        bar.addStretch()
        bar.addWidget(check)
        bar.addWidget(new)
        layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, len(COLUMNS), objectName="subjects_table")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.page = SubjectPage(desk)
        self.page.changed.connect(lambda code: self.refresh(select=code))
        self.page.message.connect(self.say)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 640])
        layout.addWidget(self.splitter, 1)
        self.message = QLabel(objectName="surveillance_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self, *_args, select: str | None = None) -> None:
        """Re-read the list; keep (or move to) the selected subject."""
        keep = select if isinstance(select, str) else self.current_code()
        rows = svc.list_subjects(self.desk, kind=self.kind.currentData(),
                                 active=self.active_only.isChecked())
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        self.codes = [r.code for r in rows]
        for i, r in enumerate(rows):
            last = r.last_observation_at.strftime("%Y-%m-%d") if r.last_observation_at else "—"
            period = f"{r.period_start or '?'} – {r.period_end or '?'}"
            kind = self.tr(KIND_SHORT.get(r.subkind or r.kind, r.kind))
            cells = (r.code, kind, r.display_name, r.identifier_summary, r.status, period, last)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS.get(r.status, "#000"))))
                    item.setToolTip(r.status_explanation)
                if col == 3 and any(i.warning for i in r.identifiers):
                    item.setToolTip("\n".join(i.warning for i in r.identifiers if i.warning))
                    item.setText("⚠ " + text)
                if col in (2, 3) and not item.toolTip():
                    item.setToolTip(text)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        for col, most in ((2, 220), (3, 230)):  # long names and id lists elide; tooltips keep all
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), most))
        self.table.blockSignals(False)
        if keep in self.codes:
            self.table.selectRow(self.codes.index(keep))
        self._selected()

    def current_code(self) -> str | None:
        """Code of the selected subject."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.codes[rows[0].row()] if rows and rows[0].row() < len(self.codes) else None

    def _selected(self) -> None:
        self.page.show_subject(self.current_code())

    def open_subject(self, code: str) -> None:
        """Show subject ``code`` (from search, Due & overdue or a watch-list hit)."""
        if code not in self.codes:
            self.kind.setCurrentIndex(0)
            self.active_only.setChecked(False)
            self.refresh()
        if code in self.codes:
            self.table.selectRow(self.codes.index(code))

    def say(self, text: str) -> None:
        """Show a message under the list (warnings, watch-list hits, what was done)."""
        self.message.setText(text)
        self.status_message.emit(text)

    def new_subject(self) -> None:
        """Record a new subject; say any check-digit warning or possible duplicate."""
        dialog = SubjectEditor(self.desk, None, self)
        if dialog.exec():
            v = dialog.result_view
            self.refresh(select=v.code)
            notes = list(v.warnings) + [self.tr("Possible duplicate — {0}").format(h.message)
                                        for h in v.similar]
            self.say("; ".join(notes) or self.tr("Subject {0} recorded.").format(v.code))

    def quick_check(self) -> None:
        """Open the watch-list check; a double-clicked hit opens here."""
        from ui.dialogs.quick_check import QuickCheckDialog

        dialog = QuickCheckDialog(self.desk, self)
        dialog.open_subject.connect(self.open_subject)
        dialog.show()
