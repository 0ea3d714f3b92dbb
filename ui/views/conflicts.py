"""The Conflicts page: fields a field desk and the desk both changed, side by side.

A merged field return never overwrites the desk's value where the desk changed the same field
(``app.services.kit.merge``); the two versions wait here. The officer keeps the desk's, takes the
field's, or writes a merged text; each choice is one op (``ui.ops``) and one audit entry that
keeps both versions. The page follows the change broadcast for conflicts and kits, so a merge
made in this window or at the command line shows here when the page is next shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.kit.conflicts import ConflictView, list_conflicts, resolve_conflict
from ui.ops import DeskOp, follow_changes, refusal
from ui.widgets.messages import violation_text

#: Column headers, translated when shown.
COLUMNS = (
    QT_TRANSLATE_NOOP("ConflictsView", "#"),
    QT_TRANSLATE_NOOP("ConflictsView", "Kit"),
    QT_TRANSLATE_NOOP("ConflictsView", "Record"),
    QT_TRANSLATE_NOOP("ConflictsView", "Field"),
    QT_TRANSLATE_NOOP("ConflictsView", "At the desk"),
    QT_TRANSLATE_NOOP("ConflictsView", "In the field"),
    QT_TRANSLATE_NOOP("ConflictsView", "State"),
)
#: How each way of resolving reads in the State column.
RESOLUTION_LABELS = {
    "desk": QT_TRANSLATE_NOOP("ConflictsView", "resolved: the desk's kept"),
    "field": QT_TRANSLATE_NOOP("ConflictsView", "resolved: the field's taken"),
    "merged": QT_TRANSLATE_NOOP("ConflictsView", "resolved: merged text"),
}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _field_words(field: str) -> str:
    """A column name as words ("object_and_reason" -> "Object and reason")."""
    words = field.replace("_", " ")
    return words[:1].upper() + words[1:]


class ConflictsView(QWidget):
    """The conflicts list; the selected one's two versions, a merged text and the three choices."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_view")
        self.desk = desk
        self.conflicts: list[ConflictView] = []

        self.heading = QLabel()
        self.heading.setObjectName("conflicts_heading")
        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts"))
        self.show_resolved.setObjectName("conflicts_show_resolved")
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_resolved)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("conflicts_table")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, width in enumerate((40, 70, 140, 150, 0, 0, 170)):
            if width:
                self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        self.desk_text = QPlainTextEdit()
        self.desk_text.setObjectName("conflict_desk_text")
        self.desk_text.setReadOnly(True)
        self.field_text = QPlainTextEdit()
        self.field_text.setObjectName("conflict_field_text")
        self.field_text.setReadOnly(True)
        self.merged_text = QPlainTextEdit()
        self.merged_text.setObjectName("conflict_merged_text")
        self.merged_text.setPlaceholderText(self.tr("Write the text that keeps what is right in both…"))
        self.base_label = QLabel()
        self.base_label.setObjectName("conflict_base")
        self.base_label.setWordWrap(True)
        self.base_label.setTextFormat(Qt.TextFormat.PlainText)
        self.take_desk = QPushButton(self.tr("Keep the desk's"))
        self.take_desk.setObjectName("conflict_take_desk")
        self.take_field = QPushButton(self.tr("Take the field's"))
        self.take_field.setObjectName("conflict_take_field")
        self.take_merged = QPushButton(self.tr("Use the merged text"))
        self.take_merged.setObjectName("conflict_take_merged")
        self.take_desk.clicked.connect(lambda: self.resolve("desk"))
        self.take_field.clicked.connect(lambda: self.resolve("field"))
        self.take_merged.clicked.connect(lambda: self.resolve("merged"))
        self.message = QLabel()
        self.message.setObjectName("conflict_message")
        self.message.setWordWrap(True)

        self.detail = QGroupBox(self.tr("Both versions"))
        self.detail.setObjectName("conflict_detail")
        grid = QGridLayout(self.detail)
        grid.addWidget(QLabel(self.tr("At the desk")), 0, 0)
        grid.addWidget(QLabel(self.tr("In the field")), 0, 1)
        grid.addWidget(QLabel(self.tr("Merged text")), 0, 2)
        grid.addWidget(self.desk_text, 1, 0)
        grid.addWidget(self.field_text, 1, 1)
        grid.addWidget(self.merged_text, 1, 2)
        grid.addWidget(self.take_desk, 2, 0)
        grid.addWidget(self.take_field, 2, 1)
        grid.addWidget(self.take_merged, 2, 2)
        grid.addWidget(self.base_label, 3, 0, 1, 3)
        grid.addWidget(self.message, 4, 0, 1, 3)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        follow_changes(self, ("kit_conflict", "field_kit"), lambda _changes: self.reload())
        self.reload()

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the conflicts again, keeping the selected one selected."""
        keep = self.current()
        self.conflicts = list_conflicts(self.desk, include_resolved=self.show_resolved.isChecked())
        open_count = sum(1 for c in self.conflicts if c.status == "open")
        self.heading.setText(self.tr("%n conflict(s) to resolve", "", open_count) if open_count
                             else self.tr("No conflicts to resolve"))
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            state = self.tr("open") if c.status == "open" else self.tr(
                RESOLUTION_LABELS.get(c.resolution or "", c.resolution or ""))
            for col, value in enumerate((str(c.id), c.kit, c.record, _field_words(c.field),
                                         _text(c.desk_value), _text(c.field_value), state)):
                item = QTableWidgetItem(value.replace("\n", " "))
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        target = next((r for r, c in enumerate(self.conflicts) if keep and c.id == keep.id), 0)
        if self.conflicts:
            self.table.selectRow(target)
        self._selected()

    def current(self) -> ConflictView | None:
        """The selected conflict."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def _selected(self) -> None:
        c = self.current()
        is_open = c is not None and c.status == "open"
        self.desk_text.setPlainText(_text(c.desk_value) if c else "")
        self.field_text.setPlainText(_text(c.field_value) if c else "")
        if c is None or not is_open:
            self.merged_text.setPlainText(_text(c.resolved_value) if c else "")
        elif not self.merged_text.toPlainText() or self.merged_text.property("conflict") != c.id:
            self.merged_text.setPlainText(_text(c.desk_value))
        self.merged_text.setProperty("conflict", c.id if c else None)
        self.merged_text.setReadOnly(not is_open or not (c is not None and c.is_text))
        for button in (self.take_desk, self.take_field):
            button.setEnabled(is_open)
        self.take_merged.setEnabled(is_open and c is not None and c.is_text)
        self.detail.setTitle(self.tr("{0} — {1}").format(c.record, _field_words(c.field)) if c
                             else self.tr("Both versions"))
        self.base_label.setText(self.tr("When the kit was made: {0}").format(_text(c.base_value))
                                if c else "")
        if c is not None and not is_open:
            self.message.setText(self.tr("Resolved by {0} on {1:%Y-%m-%d}; both versions are kept "
                                         "in the audit log.").format(c.resolved_by or "",
                                                                      c.resolved_at))
        else:
            self.message.setText("")

    # -- writing ------------------------------------------------------------------------------
    def resolve(self, take: str) -> None:
        """Resolve the selected conflict the chosen way (an op; the list re-reads on its change)."""
        c = self.current()
        if c is None:
            return
        text = self.merged_text.toPlainText() if take == "merged" else None
        self.message.setText("")
        DeskOp(self, lambda desk: resolve_conflict(desk, c.id, take, text)) \
            .success(lambda done: self.message.setText(
                self.tr("Conflict #{0} resolved; the other version stays in the audit log.")
                .format(done.id))) \
            .failure(refusal(lambda exc: self.message.setText(violation_text(exc)))) \
            .run(self.desk)
