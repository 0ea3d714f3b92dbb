"""Surveillance (Art. 4.2): subjects under special surveillance, and each one's log.

A list (kind, identifiers, status, period, last observation) beside the subject page. New
subjects, observations and report-backs go through dialogs that call ``app.services``; a
possible duplicate or a watch-list hit is said in the message line under the list. The page
follows the change broadcast (``ui.ops.follow_changes``): a subject or observation written here or
elsewhere (a request linking one) re-reads the list and the shown subject, keeping the selection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.surveillance.listing import SubjectFilter
from ui.dialogs.subject_editor import SubjectEditor
from ui.i18n import render
from ui.ops import follow_changes
from ui.views.subject_page import SubjectPage
from ui.views.subject_table import SubjectTableModel
from ui.widgets.tables import SpareWidth, style_table

#: Column widths (px) that fit the usual content; the name (which takes the spare width) and the
#: identifiers elide, their tooltips keep all.
WIDTHS = (66, 84, 200, 190, 78, 180, 90)
#: The records the page shows: a write touching any of them re-reads it.
SHOWN_KINDS = ("subject", "subject_name", "subject_identifier", "observation", "request_subject",
               "field_kit")  # "in the field" (app.services.kit)
#: The name keeps at least this width (px) while other columns can still give way.
NAME_MIN = 120


class SurveillanceView(QWidget):
    """The Surveillance page of the main window."""

    status_message = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveillance_view")
        self.desk = desk
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox(objectName="kind_filter")
        for label, key in ((self.tr("All kinds"), None), (self.tr("Persons"), "person"),
                           (self.tr("Goods"), "goods"), (self.tr("Means of transport"), "transport")):
            self.kind.addItem(label, key)
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
        self.model = SubjectTableModel(desk, self)
        self.table = QTableView(objectName="subjects_table")
        self.table.setModel(self.model)
        style_table(self.table, WIDTHS, stretch=2)  # fixed widths: never measure 100k rows
        # In a narrow list the name (the stretch column) kept a few pixels and read "…": the
        # identifiers, period and kind give way first, down to what still reads.
        # The period never gives way past its end date (what the officer looks for).
        period = self.table.fontMetrics().horizontalAdvance("0000-00-00 – 0000-00-00") + 16
        self.spare = SpareWidth(self.table, 2, NAME_MIN, {3: 80, 5: min(period, WIDTHS[5]), 1: 64})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.empty = QLabel(self.tr("No surveillance subjects yet. Record one with “New subject…” "
                                    "when a partner asks for special surveillance (Art. 4.2)."),
                            objectName="surveillance_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 24px;")
        self.count_label = QLabel(objectName="surveillance_count")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty, 1)
        left_layout.addWidget(self.count_label)
        self.page = SubjectPage(desk)
        self.page.message.connect(self.say)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 560])
        layout.addWidget(self.splitter, 1)
        self.message = QLabel(objectName="surveillance_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names in it show as typed
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.message)
        self.refresh()
        follow_changes(self, SHOWN_KINDS, lambda _changes: self.refresh())

    def refresh(self, *_args, select: str | None = None) -> None:
        """Re-read the list (first page); keep (or move to) the selected subject."""
        keep = select if isinstance(select, str) else self.current_code()
        self.model.set_filter(SubjectFilter(kind=self.kind.currentData(),
                                            active=self.active_only.isChecked()))
        empty = self.model.total == 0
        self.table.setVisible(not empty)
        self.empty.setVisible(empty)
        if empty and (self.kind.currentData() or self.active_only.isChecked()):
            self.empty.setText(self.tr("No subject matches these filters."))
        elif empty:
            self.empty.setText(self.tr("No surveillance subjects yet. Record one with “New "
                                       "subject…” when a partner asks for special surveillance "
                                       "(Art. 4.2)."))
        self.count_label.setText(self.tr("%n subject(s)", "", self.model.total))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selected()

    def current_code(self) -> str | None:
        """Code of the selected subject."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    def _selected(self) -> None:
        self.page.show_subject(self.current_code())

    def open_subject(self, code: str) -> None:
        """Show subject ``code`` (from search, Due & overdue or a watch-list hit)."""
        row = self.model.row_of(code)
        if row < 0:
            self.kind.blockSignals(True)
            self.active_only.blockSignals(True)
            self.kind.setCurrentIndex(0)
            self.active_only.setChecked(False)
            self.kind.blockSignals(False)
            self.active_only.blockSignals(False)
            self.refresh(select=code)
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def say(self, text: str) -> None:
        """Show a message under the list (warnings, watch-list hits, what was done)."""
        self.message.setText(text)
        self.status_message.emit(text)

    def new_subject(self) -> None:
        """Record a new subject; say any check-digit warning or possible duplicate (the check
        for duplicates comes later while the watch list is still being prepared, Art. 4.2)."""
        dialog = SubjectEditor(self.desk, None, self)
        dialog.similar_checked.connect(self._say_recorded)
        if dialog.exec():
            v = dialog.result_view
            self.open_subject(v.code)  # the list has it already: re-read on the broadcast
            checking = dialog.similar_task is not None and not dialog.similar_task.is_done
            self._say_recorded(v, checking=checking)

    def _say_recorded(self, v, *, checking: bool = False) -> None:  # a SubjectView
        notes = list(v.warnings) + [self.tr("Possible duplicate — {0}").format(render(h.message))
                                    for h in v.similar]
        if checking:
            notes.append(self.tr("Subject {0} recorded; looking for possible duplicates while "
                                 "the watch list is prepared…").format(v.code))
        self.say("; ".join(notes) or self.tr("Subject {0} recorded.").format(v.code))

    def quick_check(self) -> None:
        """Open the watch-list check; a double-clicked hit opens here."""
        from ui.dialogs.quick_check import QuickCheckDialog

        dialog = QuickCheckDialog(self.desk, self)
        dialog.open_subject.connect(self.open_subject)
        dialog.show()
