"""Read-only audit log viewer: filtered pages from SQL, what changed, and chain verification.

Words, not codes: actions read "Status changed: refused", records "Request JC-US-2026-0012",
and the selected entry's change reads as "field: before → after" lines
(``app.services.admin.audit_log.what_changed``, worded by ``ui.widgets.labels``), never JSON.

The table model is a window onto SQL pages (``ui.models.paged``): COUNT for the row count, one
page read per screenful, so a log of any size opens at once. "Verify chain" walks the whole hash
chain on a worker thread. Every write adds an entry: the page follows the change broadcast
(``ui.ops.follow_changes``, kind "audit_entry"), re-reads the list and its count keeping the
selected entry, and verifies the chain again if it had said a verdict, so "N entries verified"
never speaks of an older log.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.audit_log import (
    AuditFilter,
    AuditRow,
    audit_page,
    count_entries,
    distinct_values,
    verify_audit_chain,
    what_changed,
)
from app.services.context import Desk
from app.treaty.errors import RuleViolation
from ui.i18n import render
from ui.models.paged import PagedTableModel
from ui.ops import follow_changes
from ui.tasks import Task, run_task
from ui.widgets.labels import audit_action_label, audit_change_text, audit_entity_label
from ui.widgets.messages import plain_tooltip, violation_text
from ui.widgets.tables import style_table

PAGE = 200
#: Headers, translated when shown (``PagedTableModel.headerData``).
COLUMNS = ("#", QT_TRANSLATE_NOOP("AuditTableModel", "When (UTC)"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Officer"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Action"), QT_TRANSLATE_NOOP("AuditTableModel", "Entity"))
#: A long action cell: the Action column is sized to it (a longer one reads whole on hover).
OVERRIDE_ACTION = "Written confirmation recorded (Art. 7.1)"
#: The entity the Entity column must show whole at the default size.
LONG_ENTITY = "Request JC-US-2026-0000"


class AuditTableModel(PagedTableModel):
    """Audit entries, newest first, fetched from SQL a page at a time."""

    columns = COLUMNS
    page_size = PAGE

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(desk, AuditFilter(), parent)

    def count(self) -> int:
        """How many rows the filter selects."""
        return count_entries(self.desk, self.filter)

    def fetch_page(self, offset: int, limit: int) -> list:
        """One page of rows, newest first."""
        return audit_page(self.desk, self.filter, offset=offset, limit=limit)

    def key_of(self, row: AuditRow) -> int:
        """An entry is known by its number."""
        return row.id

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            ent = audit_entity_label(r.entity_type, r.entity_id)
            action = audit_action_label(r.action)
            action = self.tr("⚠ OVERRIDE  {0}").format(action) if r.is_override else action
            text = (str(r.id), r.at.strftime("%Y-%m-%d %H:%M:%S"), r.actor, action, ent)[index.column()]
            # A cut-short officer name, action or entity reads whole on hover, as typed.
            return text if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(text)
        if role == Qt.ItemDataRole.ForegroundRole and r.is_override:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.FontRole and r.is_override:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None


class AuditView(QWidget):
    """The audit log, read-only, with filters, the change of the selected entry and "Verify chain"."""

    verified = Signal(list)  # problems (empty = intact)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("audit_view")
        self._job: Task | None = None
        self._verdict_shown = False  # the status line says what a verification found
        self._verify_again = False  # entries were added while the chain was being verified

        self.use_since = QCheckBox(self.tr("From"))
        self.since = QDateEdit(calendarPopup=True)
        self.since.setObjectName("audit_since")
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.use_until = QCheckBox(self.tr("to"))
        self.until = QDateEdit(calendarPopup=True)
        self.until.setObjectName("audit_until")
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setDate(QDate.currentDate())
        self.actor = QComboBox(editable=True)
        self.actor.setObjectName("audit_actor")
        self.actor.setMinimumWidth(140)
        self.action = QComboBox(editable=True)
        self.action.setObjectName("audit_action")
        self.action.setMinimumWidth(200)
        for combo in (self.actor, self.action):  # a long officer name must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.entity = QLineEdit()
        self.entity.setObjectName("audit_entity")
        self.entity.setPlaceholderText(self.tr("entity, e.g. disclosure:3"))
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_until.toggled.connect(self.until.setEnabled)
        apply_btn = QPushButton(self.tr("Apply"))
        apply_btn.setObjectName("audit_apply")
        apply_btn.clicked.connect(self.refresh)
        self.entity.returnPressed.connect(self.refresh)

        filters = QHBoxLayout()
        for w in (self.use_since, self.since, self.use_until, self.until):
            filters.addWidget(w)
        filters.addWidget(QLabel(self.tr("Officer")))
        filters.addWidget(self.actor)
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action)
        filters.addWidget(self.entity, 1)
        filters.addWidget(apply_btn)

        self.model = AuditTableModel(desk, self)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        # Fixed widths (no ResizeToContents: it measures every fetched row on each page), from
        # the font: the entity ("request:JC-US-2026-0011") was cut short at the default size.
        fm = self.table.fontMetrics()
        style_table(self.table, (fm.horizontalAdvance("000000") + 16,
                                 fm.horizontalAdvance("0000-00-00 00:00:00") + 20, 130,
                                 fm.horizontalAdvance(OVERRIDE_ACTION) + 20))
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.detail = QPlainTextEdit()
        self.detail.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
        self.detail.setObjectName("audit_detail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select an entry to see what changed."))

        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setObjectName("audit_verify")
        self.verify_button.clicked.connect(self.verify)
        self.status = QLabel("")
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)
        self.count_label = QLabel("")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.status, 2)
        bottom.addWidget(self.verify_button)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 340])  # proportions: the list's five columns read whole at first
        self.split = split
        # A refused filter is named by its caption under the filters, and goes when fixed.
        self.filter_error = QLabel("")
        self.filter_error.setObjectName("audit_filter_error")
        self.filter_error.setStyleSheet("color: #b00020;")
        self.filter_error.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_error.hide()
        self._filter_fields = {"since": (self.tr("From"), self.since),
                               "until": (self.tr("To"), self.until),
                               "actor": (self.tr("Officer"), self.actor),
                               "action": (self.tr("Action"), self.action),
                               "entity": (self.tr("Entity"), self.entity)}
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._fill_choices()
        self.refresh()
        follow_changes(self, ("audit_entry",), lambda _changes: self._log_grew())

    def _fill_choices(self) -> None:
        """Offer the officers and actions of the log; read off the UI thread (a DISTINCT over a
        million entries takes a second), the lists fill in when read."""
        def read(desk: Desk) -> list[list[str]]:
            return [distinct_values(desk, col) for col in ("actor", "action")]

        def fill(values: list[list[str]]) -> None:
            for combo, choices in zip((self.actor, self.action), values, strict=True):
                current = combo.currentText()  # what the officer typed meanwhile stays
                combo.clear()
                combo.addItem("")
                for choice in choices:  # an action in words; its code filters
                    combo.addItem(audit_action_label(choice) if combo is self.action else choice,
                                  choice)
                combo.setCurrentText(current)

        def failed(exc: BaseException) -> None:  # typing a name in the filter still works
            self.status.setText(self.tr("The lists of officers and actions could not be read: "
                                        "{0}").format(exc))

        self.choices_task = run_task(read, self.desk, on_done=fill, on_error=failed)

    def current_filter(self) -> AuditFilter:
        """The filter the controls describe (raises RuleViolation for bad input)."""
        return AuditFilter.parse(
            since=self.since.date().toPython() if self.use_since.isChecked() else None,
            until=self.until.date().toPython() if self.use_until.isChecked() else None,
            actor=self.actor.currentText(), action=self._action_code(),
            entity=self.entity.text())

    def _action_code(self) -> str:
        """The action filter as a code (prefix): a chosen action's code, else what was typed
        ("disclosure." for every disclosure action)."""
        text = self.action.currentText()
        found = self.action.findText(text)
        code = self.action.itemData(found) if found > 0 else None
        return code if isinstance(code, str) else text

    def refresh(self) -> None:
        """Reload from the first page with the current filter."""
        try:
            f = self.current_filter()
        except RuleViolation as exc:
            caption, widget = self._filter_fields.get(exc.field, (None, None))
            self.filter_error.setText(violation_text(exc, caption))
            self.filter_error.show()
            if widget is not None:
                widget.setFocus()
            return
        self.filter_error.clear()
        self.filter_error.hide()
        self.model.set_filter(f)
        self.count_label.setText(self.tr("%n entries", "", self.model.total))
        self.detail.clear()

    def _log_grew(self) -> None:
        """Entries were written (here or elsewhere): re-read the list keeping the selected
        entry, and verify again if the status line says a verdict on the older log."""
        index = self.table.currentIndex()
        row: AuditRow | None = self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None
        try:
            flt = self.current_filter()
        except RuleViolation:
            flt = self.model.filter  # a filter being typed: the last one applied
        self.model.set_filter(flt)
        self.count_label.setText(self.tr("%n entries", "", self.model.total))
        self.model.first_rows()  # the page the kept entry most likely moved within
        found = self.model.row_of(row.id) if row is not None else None
        if found is not None:
            self.table.setCurrentIndex(self.model.index(found, 0))
        else:
            self.detail.clear()
        if self._job is not None:
            self._verify_again = True
        elif self._verdict_shown:
            self.verify()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: AuditRow | None = self.model.data(current, Qt.ItemDataRole.UserRole)
        if row is None:
            self.detail.clear()
            return
        head = [f"#{row.id}  {row.at.strftime('%Y-%m-%d %H:%M:%S')} UTC",
                f"{row.actor} — {audit_action_label(row.action)}",
                audit_entity_label(row.entity_type, row.entity_id)]
        if row.is_override:
            head.append(self.tr("⚠ OVERRIDE: disclosure recorded against the Art. 9/10 rules"))
        from app.services.agreements.grounds import grounds_by_code

        grounds = grounds_by_code(self.desk)
        lines = [audit_change_text(c, grounds) for c in what_changed(self.desk, row)]
        body = ("\n".join(f"  {line}" for line in lines) if lines
                else "  " + self.tr("nothing recorded beyond the action itself"))
        self.detail.setPlainText("\n".join(head) + "\n\n" + self.tr("What changed:") + "\n" + body)

    def verify(self) -> None:
        """Verify the hash chain off the UI thread; the result appears in the status line."""
        if self._job is not None:
            return
        self.verify_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Verifying the audit chain…"))
        # The one worker helper of the desktop (ui.tasks): result and error come back on the
        # main thread, so the slots below may touch widgets.
        self._job = run_task(verify_audit_chain, self.desk, on_done=self._verified,
                             on_error=lambda exc: self._verify_failed(str(exc)))

    def _verified(self, problems: list) -> None:
        self._job = None
        self.verify_button.setEnabled(True)
        self._verdict_shown = True
        if problems:
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
            # The problems in the window's language (the CLI's ``verify`` stays English).
            self.status.setText(self.tr("Audit chain BROKEN: ") + "; ".join(render(p) for p in problems[:3]))
        else:
            self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.status.setText(self.tr("✔ Audit chain intact: %n entries verified", "",
                                        count_entries(self.desk)))
        self.verified.emit(problems)
        self._verify_stale()

    def _verify_failed(self, message: str) -> None:
        self._job = None
        self.verify_button.setEnabled(True)
        self._verdict_shown = True
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("Verification could not run: ") + message)
        self.verified.emit([message])
        self._verify_stale()

    def _verify_stale(self) -> None:
        # Entries came while the chain was walked: the verdict may not cover them.
        if self._verify_again:
            self._verify_again = False
            self.verify()
