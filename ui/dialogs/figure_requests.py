"""The requests behind one figure of the Statistics page (``ui.views.stats``): listed off the
UI thread by the page, opened in their list with Enter or a double-click."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.widgets.labels import direction_label, status_label


class BehindDialog(QDialog):
    """The requests behind one figure; Enter or a double-click opens one."""

    open_request = Signal(str)
    #: The list arrived (or its read failed).
    loaded = Signal()

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("stats_behind")
        self.setWindowTitle(self.tr("Requests behind: {0}").format(title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 420)
        self.note = QLabel(self.tr("Reading…"), objectName="stats_behind_note")
        self.list = QTreeWidget(objectName="stats_behind_list")
        self.list.setHeaderLabels([self.tr("Reference"), self.tr("Title"), self.tr("Direction"), self.tr("Status")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 150)
        self.list.setColumnWidth(1, 260)
        self.list.itemActivated.connect(lambda item, _col: self._open(item))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.refs: list[str] = []

    def show_rows(self, rows: list) -> None:  # rows: app.services.stats.queries.BehindRow
        from app.services.stats.queries import BEHIND_LIMIT

        self.refs = [r.ref for r in rows]
        for r in rows:
            QTreeWidgetItem(self.list, [r.ref, r.title, direction_label(r.direction), status_label(r.status)])
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        text = self.tr("%n request(s); Enter or double-click opens one.", "", len(rows))
        if len(rows) >= BEHIND_LIMIT:
            text = self.tr("The newest {0} requests; Enter or double-click opens one.").format(len(rows))
        self.note.setText(text if rows else self.tr("No request behind this figure."))
        self.loaded.emit()

    def show_error(self, text: str) -> None:
        self.note.setText(text)
        self.loaded.emit()

    def _open(self, item: QTreeWidgetItem) -> None:
        self.open_request.emit(item.text(0))

    def open_current(self) -> None:
        """Open the selected request (as Enter does)."""
        item = self.list.currentItem()
        if item is not None:
            self._open(item)


__all__ = ["BehindDialog"]
