"""Information & disclosures: the ledger of information items, their restrictions and where they went.

Confidential content (Art. 9.3) is not shown until the officer asks for it; that view is an
audit event, and copying it goes through ``ui.lock.copy_confidential``. The page follows the change
broadcast (``ui.ops.follow_changes``): whatever records an item, approval, document or disclosure,
here or elsewhere, the list and the shown item are re-read (at once if shown, else when next shown).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.ledger.disclosures import list_disclosures
from app.services.ledger.information import ItemView, get_information, list_information
from app.treaty.restrictions import PURPOSE_LABELS
from ui.i18n import date_sample, date_text, render
from ui.ops import follow_changes
from ui.views.information_actions import ItemActions
from ui.views.information_dialog import NewItemDialog
from ui.widgets.labels import disclosure_decision_label, item_direction_label
from ui.widgets.messages import plain_tooltip
from ui.widgets.tables import SpareWidth, style_table

__all__ = ["ALL_FLAGS", "InformationView", "ItemTableModel", "NewItemDialog", "flag_text"]

PAGE = 200
#: Headers, translated when shown (``headerData``).
COLUMNS = (QT_TRANSLATE_NOOP("ItemTableModel", "Code"), QT_TRANSLATE_NOOP("ItemTableModel", "Direction"),
           QT_TRANSLATE_NOOP("ItemTableModel", "Date"), QT_TRANSLATE_NOOP("ItemTableModel", "Provider"),
           QT_TRANSLATE_NOOP("ItemTableModel", "Title"),
           QT_TRANSLATE_NOOP("ItemTableModel", "Restrictions"))
#: The longest flags cell: the column is sized to it in the table's own font.
ALL_FLAGS = "confidential 9.3  no police 9.2  not evidence 10.1"
#: A disclosure's purpose in the narrow Purpose column (the full label shows on hover).
#: Translated where shown (``self.tr``).
PURPOSE_SHORT = {
    "customs": QT_TRANSLATE_NOOP("InformationView", "customs (2.1)"),
    "intelligence": QT_TRANSLATE_NOOP("InformationView", "intelligence"),
    "evidence": QT_TRANSLATE_NOOP("InformationView", "evidence (10)"),
    "required_by_law": QT_TRANSLATE_NOOP("InformationView", "by law (9.4)"),
}
#: The records the page shows: a write touching any of them re-reads it.
SHOWN_KINDS = ("information_item", "approval", "document", "disclosure", "authority")
#: Share of the page the list takes at first (the detail pane reads well in the rest).
LIST_SHARE = 0.62


def flag_text(v: ItemView) -> str:
    """Short restriction flags with their articles."""
    out = []
    if v.confidential:  # words, not emoji: not every desktop font has them
        out.append(QCoreApplication.translate("ItemTableModel", "confidential 9.3"))
    if v.no_law_enforcement:
        out.append(QCoreApplication.translate("ItemTableModel", "no police 9.2"))
    if v.not_as_evidence:
        out.append(QCoreApplication.translate("ItemTableModel", "not evidence 10.1"))
    return "  ".join(out)


class ItemTableModel(QAbstractTableModel):
    """Information items, newest first, a page at a time."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[ItemView] = []
        self.direction: str | None = None
        self.include_corrected = False
        self._more = False

    def reload(self) -> None:
        """Start again from the first page."""
        self.beginResetModel()
        self.rows = self._page(0)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def _page(self, offset: int) -> list[ItemView]:
        return list_information(self.desk, direction=self.direction,
                                include_corrected=self.include_corrected, limit=PAGE, offset=offset)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        more = self._page(len(self.rows))
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        v = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = date_text(v.received_on)
            title = self.tr("{0}  (corrects {1})").format(v.title, v.corrects) if v.corrects else v.title
            return (v.code, item_direction_label(v.direction), when, v.provider, title,
                    flag_text(v))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4, 5):
            return plain_tooltip(self.data(index))  # provider, title and flags may be elided
        if role == Qt.ItemDataRole.ForegroundRole and v.corrected_by:
            return QBrush(QColor("#888888"))  # replaced by a correction
        if role == Qt.ItemDataRole.UserRole:
            return v
        return None


class InformationView(ItemActions, QWidget):
    """Items, the selected item's restrictions, approvals, documents and disclosures."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("information_view")
        self.current: ItemView | None = None
        self._revealed: str | None = None
        self._attach_about: str | None = None  # the item the attach line speaks of

        self.direction = QComboBox()
        self.direction.setObjectName("info_direction")
        self.direction.addItem(self.tr("All information"), None)
        self.direction.addItem(self.tr("Received"), "received")
        self.direction.addItem(self.tr("Provided"), "provided")
        self.direction.currentIndexChanged.connect(self.refresh)
        self.show_corrected = QCheckBox(self.tr("Show corrected entries"))
        self.show_corrected.toggled.connect(self.refresh)
        new_btn = QPushButton(self.tr("Record information…"))
        new_btn.setObjectName("info_new")
        new_btn.clicked.connect(self.new_item)
        self.correct_btn = QPushButton(self.tr("Co&rrect…"))
        self.correct_btn.setObjectName("info_correct")
        self.correct_btn.setToolTip(self.tr("Record a corrected entry; the ledger keeps the old one"))
        self.correct_btn.clicked.connect(self.correct_current)
        self.approval_btn = QPushButton(self.tr("Record written &approval (9.1)…"))
        self.approval_btn.setObjectName("info_approval")
        self.approval_btn.setToolTip(self.tr("The provider approved in writing the use of this "
                                             "item by another authority (Art. 9.1)"))
        self.approval_btn.clicked.connect(self.record_approval)
        self.disclose_btn = QPushButton(self.tr("Disclose…"))
        self.disclose_btn.setObjectName("info_disclose")
        self.disclose_btn.clicked.connect(self.disclose_current)
        top = QHBoxLayout()
        top.addWidget(self.direction)
        top.addWidget(self.show_corrected)
        top.addStretch(1)
        top.addWidget(new_btn)
        top.addWidget(self.correct_btn)
        top.addWidget(self.approval_btn)
        top.addWidget(self.disclose_btn)

        self.model = ItemTableModel(desk, self)
        self.table = QTableView()
        self.table.setObjectName("info_table")
        self.table.setModel(self.model)
        # The restriction flags (Art. 9/10) are what the officer must never miss: they keep
        # their width at the right edge; title and provider give way in a narrow list.
        # Never cut short: "not evidence 10.1" came last and was the part elided, at the default
        # size and even at full width (the fixed 300 px was narrower than the three flags).
        flags_width = self.table.fontMetrics().horizontalAdvance(ALL_FLAGS) + 20
        style_table(self.table, (76, 80, 92, 170, 230, flags_width), stretch=4)
        self.column_fit = SpareWidth(self.table, 4, 120, {3: 90, 1: 70, 2: 84})
        self.table.selectionModel().currentRowChanged.connect(self._select)

        self.detail = QTextBrowser()
        self.detail.setObjectName("info_detail")
        self.reveal_btn = QPushButton(self.tr("Show confidential content"))
        self.reveal_btn.setObjectName("info_reveal")
        self.reveal_btn.clicked.connect(self.reveal)
        self.attach_btn = QPushButton(self.tr("Attach file…"))
        self.attach_btn.setObjectName("info_attach")
        self.attach_btn.clicked.connect(lambda: self.attach_file())
        self.attach_task = None  # the file being read and stored on a worker (ItemActions)
        self.attach_status = QLabel()
        self.attach_status.setObjectName("info_attach_status")
        self.attach_status.setTextFormat(Qt.TextFormat.PlainText)  # a file name shows as named
        self.attach_status.setVisible(False)
        # A long file name must not widen the pane: cut at the edge, whole on hover.
        self.attach_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.copy_btn = QPushButton(self.tr("Copy summary"))
        self.copy_btn.setObjectName("info_copy")
        self.copy_btn.clicked.connect(self.copy_summary)
        self.disclosures = QTableWidget(0, 5)
        self.disclosures.setObjectName("info_disclosures")
        self.disclosures.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("To"), self.tr("Purpose"), self.tr("Decision"), self.tr("By")])
        day = self.disclosures.fontMetrics().horizontalAdvance(date_sample()) + 16
        style_table(self.disclosures, (day, 200, 100, 150, 150), stretch=1)
        # The recipient (stretch column) was squeezed to a sliver by the fixed columns.
        self.disclosures_fit = SpareWidth(self.disclosures, 1, 140, {2: 80, 3: 80, 4: 60})
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail, 3)
        btns = QHBoxLayout()
        btns.addWidget(self.reveal_btn)
        btns.addWidget(self.copy_btn)
        btns.addWidget(self.attach_btn)
        btns.addWidget(self.attach_status, 1)
        rl.addLayout(btns)
        rl.addWidget(QLabel(self.tr("Disclosures of this item")))
        rl.addWidget(self.disclosures, 2)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # Proportions (the splitter scales them): the list gets room for its flags and a title.
        split.setSizes([round(1000 * LIST_SHARE), round(1000 * (1 - LIST_SHARE))])
        self.split = split
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self.refresh()
        follow_changes(self, SHOWN_KINDS, lambda _changes: self.refresh())

    def refresh(self) -> None:
        """Reload the list (keeps the selection when the item is still there)."""
        keep = self.current.code if self.current else None
        self.model.direction = self.direction.currentData()
        self.model.include_corrected = self.show_corrected.isChecked()
        self.model.reload()
        self.current = None
        row = next((r for r, v in enumerate(self.model.rows) if v.code == keep), -1)
        if row >= 0:
            self.table.selectRow(row)  # shows it again, read afresh (``_select``)
        else:
            self._show(None)

    def open_item(self, code: str) -> bool:
        """Select item ``code`` (e.g. from a search hit), widening the filters when needed."""
        if self._find(code):
            return True
        self.direction.setCurrentIndex(0)
        self.show_corrected.setChecked(True)
        self.refresh()
        return self._find(code)

    def select_disclosure(self, disclosure_id: int) -> bool:
        """Select a disclosure in the shown item's disclosures (e.g. from a search hit)."""
        for row in range(self.disclosures.rowCount()):
            cell = self.disclosures.item(row, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == disclosure_id:
                self.disclosures.selectRow(row)
                self.disclosures.scrollToItem(cell)
                return True
        return False

    def select_document(self, document_id: int) -> bool:
        """Select an attachment of the shown item in the detail pane (e.g. from a search hit):
        its "D-n name" entry is highlighted and scrolled into view."""
        name = next((n for i, n in (self.current.documents if self.current else ()) if i == document_id),
                    None)
        if name is None:
            return False
        found = self.detail.document().find(f"D-{document_id} {name}")
        if found.isNull():
            return False
        self.detail.setTextCursor(found)
        self.detail.ensureCursorVisible()
        return True

    def _find(self, code: str) -> bool:
        start = 0
        while True:
            for row in range(start, len(self.model.rows)):
                if self.model.rows[row].code == code:
                    self.table.selectRow(row)
                    return True
            start = len(self.model.rows)
            if not self.model.canFetchMore():
                return False
            self.model.fetchMore()

    def _select(self, index: QModelIndex, _prev: QModelIndex) -> None:
        v = self.model.data(index, Qt.ItemDataRole.UserRole)
        if v is None:
            self._show(None)
            return
        # Approvals and documents come with the full record, not counted as opening it. The
        # revealed content stays shown when the same item is read again after a write.
        if v.code != self._revealed:
            self._revealed = None
        self._show(get_information(self.desk, v.code, record_view=False))

    def _show(self, v: ItemView | None) -> None:
        self.current = v
        self.disclose_btn.setEnabled(v is not None and not v.corrected_by)
        self.correct_btn.setEnabled(v is not None and not v.corrected_by)  # correct the latest
        self.attach_btn.setEnabled(v is not None and not self.attaching)  # one file at a time
        if not self.attaching and (v is None or v.code != self._attach_about):
            self.attach_status.setVisible(False)  # "… attached to I-n." was about another item
        # Approvals are the provider's, so only for information received (Art. 9.1).
        self.approval_btn.setEnabled(v is not None and not v.corrected_by and v.direction == "received")
        self.reveal_btn.setVisible(bool(v and v.confidential and self._revealed != v.code))
        self.copy_btn.setEnabled(bool(v and v.summary and (not v.confidential or self._revealed == v.code)))
        self.disclosures.setRowCount(0)
        if v is None:
            hint = self.tr("Select an information item.")
            self.detail.setHtml(f"<p>{hint}</p>")
            return
        self.detail.setHtml(self._html(v))
        for d in list_disclosures(self.desk, item=v.code):
            r = self.disclosures.rowCount()
            self.disclosures.insertRow(r)
            decision = (self.tr("⚠ OVERRIDE: {0}").format(d.override_reason) if d.is_override
                        else disclosure_decision_label(d.decision))
            # The purpose in words with its article ("required_by_law" showed as stored).
            purpose = self.tr(PURPOSE_SHORT.get(d.purpose, d.purpose))
            for c, text in enumerate((date_text(d.disclosed_on), d.authority, purpose, decision, d.actor)):
                cell = QTableWidgetItem(text)
                if c == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, d.id)  # select_disclosure finds it
                full = render(PURPOSE_LABELS.get(d.purpose, d.purpose)) if c == 2 else text
                cell.setToolTip(plain_tooltip(full))  # the authority and an override reason may be elided
                if d.is_override:
                    cell.setForeground(QBrush(QColor("#b00020")))
                self.disclosures.setItem(r, c, cell)

    def _html(self, v: ItemView) -> str:
        from html import escape as e

        # Each caption is translated on its own, then put into the markup: pyside6-lupdate does
        # not read a tr() written inside an f-string, so such words never reached the catalogue.
        line = [e(item_direction_label(v.direction)), e(v.provider), str(v.received_on or "")]
        if v.request_ref:
            line.append(e(self.tr("request {0}").format(v.request_ref)))
        rows = [f"<h3>{e(v.code)} — {e(v.title)}</h3>", "<p>" + " · ".join(line) + "</p>"]
        if v.corrected_by:
            replaced = self.tr("Replaced by correction {0}").format(v.corrected_by)
            rows.append(f"<p><b>{e(replaced)}</b></p>")
        flags = []
        if v.confidential:
            flags.append(self.tr("Confidential (Art. 9.3)"))
        if v.no_law_enforcement:
            flag = self.tr("Not to law enforcement (Art. 9.2)")
            if v.no_law_enforcement_notice_on:
                flag = self.tr("{0} — notice of {1}").format(flag, v.no_law_enforcement_notice_on)
            flags.append(flag)
        if v.not_as_evidence:
            flags.append(self.tr("Not as evidence (Art. 10.1)"))
        rows.append("<ul>" + "".join(f"<li>{e(f)}</li>" for f in flags) + "</ul>" if flags else "")
        if v.provider_markings:
            markings = self.tr("Provider markings: {0}").format(v.provider_markings)
            rows.append(f"<p>{e(markings)}</p>")
        if v.conditions_attached:
            conditions = self.tr("Conditions we attached: {0}").format(v.conditions_attached)
            rows.append(f"<p>{e(conditions)}</p>")
        if v.approvals:
            heading = self.tr("Written approvals (Art. 9.1)")
            rows.append(f"<p><b>{e(heading)}</b></p><ul>"
                        + "".join(f"<li>{e(self._approval_text(a))}</li>" for a in v.approvals) + "</ul>")
        if v.documents:
            heading = self.tr("Documents:")
            rows.append(f"<p><b>{e(heading)}</b> "
                        + ", ".join(f"D-{i} {e(n)}" for i, n in v.documents) + "</p>")
        if v.summary:
            if v.confidential and self._revealed != v.code:
                hidden = self.tr("Confidential content hidden.")
                rows.append(f"<p><i>{e(hidden)}</i></p>")
            else:
                rows.append(f"<p>{e(v.summary)}</p>")
        return "".join(rows)

    def _approval_text(self, a) -> str:  # an ApprovalView
        """A written approval in one line: authority, purposes in words, letter and date."""
        purposes = self.tr(", ").join(self.tr(PURPOSE_SHORT.get(p, p)) for p in a.purposes)
        return self.tr("{authority}: {purposes} (D-{document}, {granted_on})").format(
            authority=a.authority, purposes=purposes, document=a.document_id, granted_on=a.granted_on)
