"""Check a name or number against the watch list from anywhere (Ctrl+Shift+F) (Art. 4.2).

Type a name in any script, a passport or document number, a container, an IMO number or a
plate: matching subjects appear as you type, with why they matched. A checkable number with a
wrong check digit is flagged with the digit it should have. Double-click a hit to open it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.matching.idindex import describe_identifier
from app.services.context import Desk
from app.services.surveillance import watchlist
from app.services.surveillance.watchlist import WatchHit
from ui.i18n import render
from ui.tasks import Task, run_task
from ui.widgets.labels import subject_status_label

STATUS_COLOURS = {"active": "#1b5e20", "expiring": "#8a5a00", "lapsed": "#b00020", "lifted": "#666666"}


class QuickCheckDialog(QDialog):
    """A search box over the watch list; emits ``open_subject(code)`` on double-click."""

    open_subject = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_check")
        self.setWindowTitle(self.tr("Check a name / number"))
        self.desk = desk
        layout = QVBoxLayout(self)
        self.query = QLineEdit(objectName="query")
        self.query.setPlaceholderText(self.tr("Name (any script), passport, container, IMO, plate…"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.run)
        layout.addWidget(self.query)
        self.check = QLabel(objectName="identifier_check")
        self.check.setWordWrap(True)
        layout.addWidget(self.check)
        self.results = QTreeWidget(objectName="results")
        self.results.setRootIsDecorated(False)
        self.results.setHeaderLabels([self.tr("Score"), self.tr("Subject"), self.tr("Status"),
                                      self.tr("Possible match"), self.tr("Why")])
        self.results.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.results.itemDoubleClicked.connect(self._open)
        layout.addWidget(self.results)
        self.summary = QLabel(self.tr("Matches appear as you type; double-click one to open "
                                      "the subject."), objectName="summary")
        layout.addWidget(self.summary)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        # Matching is in memory and fast; the pause only avoids a look-up per keystroke.
        self.timer = QTimer(self, singleShot=True, interval=250)
        self.timer.timeout.connect(self.run)
        self.task: Task | None = None  # a look-up waiting on a worker for the index
        self._asked = 0  # which look-up may fill the list (a later one supersedes it)
        self.resize(860, 380)

    def run(self) -> None:
        """Look the current text up and show the hits; while the watch-list index is still being
        prepared, say so and look it up on a worker instead of freezing."""
        self.timer.stop()
        self._asked += 1
        text = self.query.text().strip()
        self.results.clear()
        self.check.clear()
        if not text:
            self.summary.clear()
            return
        idcheck = describe_identifier(text)
        if idcheck is not None:
            self.check.setText(("⚠ " if not idcheck.ok else "✓ ") + render(idcheck.message))
            self.check.setStyleSheet("" if idcheck.ok else "color: #8a5a00;")
        try:
            hits = watchlist.match(self.desk, text, wait=False)
        except watchlist.WatchListNotReady:
            asked = self._asked
            self.summary.setText(self.tr("Preparing the watch list…"))
            self.task = run_task(watchlist.match, self.desk, text,
                                 on_done=lambda found: self._arrived(asked, found),
                                 on_error=lambda exc: self._failed(asked, exc))
            return
        self._show(hits)

    def _arrived(self, asked: int, hits: list[WatchHit]) -> None:
        if asked == self._asked and shiboken6.isValid(self):  # else the text changed meanwhile
            self.task = None
            self._show(hits)

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked and shiboken6.isValid(self):
            self.task = None
            self.summary.setText(self.tr("The watch list could not be checked: {0}").format(exc))

    def _show(self, hits: list[WatchHit]) -> None:
        for h in hits:
            message, reason = render(h.message), render(h.reason)
            item = QTreeWidgetItem([f"{h.score:.0f}", h.subject, subject_status_label(h.status),
                                    message, reason])
            item.setData(0, Qt.ItemDataRole.UserRole, h.subject)
            item.setForeground(2, QBrush(QColor(STATUS_COLOURS.get(h.status, "#000000"))))
            item.setToolTip(3, message)
            item.setToolTip(4, reason)
            self.results.addTopLevelItem(item)
        for col in (0, 1, 2):
            self.results.resizeColumnToContents(col)
        self.summary.setText(self.tr("%n possible match(es)", "", len(hits)) if hits
                             else self.tr("No subject on the watch list matches."))

    def _open(self, item: QTreeWidgetItem, _col: int) -> None:
        self.open_subject.emit(item.data(0, Qt.ItemDataRole.UserRole))
