"""A request list (one navigation group) with filter chips and the detail pane.

The table's model pages from SQL (``ui.models.request_table``); nothing here holds all rows.
The list follows the change broadcast (``ui.ops``): any write touching requests or agreements
re-reads it (now if shown, else when next shown), keeping the selected request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from ui.models.request_table import RefRole, RequestTableModel
from ui.ops import follow_changes
from ui.widgets.tables import ListTable, SpareWidth, style_table

if TYPE_CHECKING:
    from app.services.context import Desk

#: Direction of a new request made from each group (Ctrl+N).
NEW_DIRECTION = {"incoming": "incoming", "outgoing": "outgoing", "spontaneous": "spontaneous-out"}
#: The subject keeps at least this width (px) while other columns can give way.
SUBJECT_MIN_WIDTH = 170
#: The detail pane's least width: at the default window size (1400 px) the list beside it keeps
#: every column and the filter chips on one line; narrower windows scroll the list sideways.
DETAIL_MIN_WIDTH = 330


class RequestsView(QWidget):
    """List + chips + detail for ``group`` ("incoming", "outgoing", "spontaneous").

    ``open_ref(ref)`` selects a request (clearing filters if they hide it); ``new_request()``
    opens the editor; ``status_message(str)`` reports counts for the status bar."""

    status_message = Signal(str)

    #: Kinds whose writes change what the list shows (an agreement's termination caps clocks).
    FOLLOWS = ("request", "agreement")

    def __init__(self, desk: Desk, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"requests_{group}")
        self.desk = desk
        self.group = group
        self.model = RequestTableModel(desk, group, self)
        self.chips = self._make_chips()

        self.table = ListTable()
        self.table.setObjectName(f"request_table_{group}")
        self.table.setModel(self.model)
        # Fixed row height: Qt never measures rows, so it never asks for rows it does not show.
        # No alternating colours: the overdue tint must stay visible. The subject takes the
        # spare width; the other columns fit a reference with its urgent flag, the longest
        # status ("partially-executed") and a due date with its clock word.
        style_table(self.table, (140, 120, 115, 78, 200, 128, 165, 90), stretch=4, alternate=False)
        # Narrow window: their ref, partner and officer give way (full text on hover) before
        # the subject does.
        self.column_fit = SpareWidth(self.table, 4, SUBJECT_MIN_WIDTH, {1: 70, 2: 56, 7: 48})
        hh = self.table.horizontalHeader()
        hh.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self._edit_current,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.detail = self._make_detail()
        self.count_label = QLabel()
        self.count_label.setObjectName(f"count_{group}")

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.chips)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"splitter_{group}")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        self.splitter.setSizes([1010, DETAIL_MIN_WIDTH])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self._update_count()
        follow_changes(self, self.FOLLOWS, lambda _changes: self.refresh())

    def _make_chips(self) -> QWidget:
        from ui.widgets.filter_chips import FilterChips

        chips = FilterChips(self.desk, self.group)
        chips.setObjectName(f"chips_{self.group}")
        chips.changed.connect(self._filter_changed)
        return chips

    def _make_detail(self) -> QWidget:
        from ui.widgets.request_detail import RequestDetail

        detail = RequestDetail(self.desk)
        detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        return detail

    # -- list --------------------------------------------------------------------------------
    def _filter_changed(self, values: dict) -> None:
        current = self.current_ref()
        self.model.update_filter(**values)
        self._update_count()
        self._reselect(current)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.group == "spontaneous":  # information given on own initiative, not requests
            text = (self.tr("1 item of spontaneous information") if n == 1
                    else self.tr("{0} items of spontaneous information").format(n))
        else:
            text = self.tr("1 request") if n == 1 else self.tr("{0} requests").format(n)
        self.count_label.setText(text)
        self.status_message.emit(text)

    def current_ref(self) -> str | None:
        """Our ref of the selected request."""
        index = self.table.currentIndex()
        return self.model.data(index, RefRole) if index.isValid() else None

    def _row_changed(self, current, _previous) -> None:
        ref = self.model.data(current, RefRole) if current.isValid() else None
        if ref != (self.detail.view.our_ref if self.detail.view else None):
            self.detail.show_ref(ref)

    def _reselect(self, ref: str | None) -> bool:
        if ref is None:
            self.detail.show_ref(None)
            return False
        row = self.model.row_of(ref)
        if row is None:
            self.detail.show_ref(None)
            return False
        self.table.select_row(row)
        if self.detail.view is None or self.detail.view.our_ref != ref:
            self.detail.show_ref(ref)
        return True

    def refresh(self) -> None:
        """Re-read the list and the shown request (F5, after writes elsewhere)."""
        current = self.current_ref() or (self.detail.view.our_ref if self.detail.view else None)
        self.model.refresh()
        self._update_count()
        self._reselect(current)

    def _select_saved(self, ref: str) -> None:
        # After the broadcast of this save has re-read the list (it follows the op's success).
        QTimer.singleShot(0, self, lambda: self.open_ref(ref))

    def open_ref(self, ref: str) -> bool:
        """Select ``ref`` in the list, clearing filters if they hide it; shows it in any case."""
        if self._reselect(ref):
            return True
        self.chips.clear()
        if self._reselect(ref):
            return True
        self.detail.show_ref(ref)  # beyond the first rows of this sort: still show it
        return True

    # -- actions -----------------------------------------------------------------------------
    def _edit_current(self) -> None:
        if self.current_ref():
            self.detail.edit()

    def new_request(self) -> None:
        """Open the editor for a new request of this group's direction (Ctrl+N)."""
        from ui.widgets.request_detail import lazy_widget

        editor_cls = lazy_widget("ui.dialogs.request_editor", "RequestEditor")
        if editor_cls is None:
            QMessageBox.information(self, self.tr("Not available"),
                                    self.tr("The request editor is not available in this build."))
            return
        editor = editor_cls(self.desk, NEW_DIRECTION[self.group], None, self)
        editor.saved.connect(self._select_saved)
        editor.exec()

    def print_current(self) -> None:
        """Open the letters dialog for the selected request (Ctrl+P)."""
        self.detail.letters()
