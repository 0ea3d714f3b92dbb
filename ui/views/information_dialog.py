"""Recording an information item (received or provided) with its restriction set (Art. 9, 10).

Kept apart from ``ui.views.information`` (the ledger page) so each stays readable. A refusal of
the service shows under the field it is about, named by its caption. The write runs as an op
(``ui.dialogs.saving``): the dialog closes once it is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.ledger.information import ItemView, add_information_item, correct_information_item
from ui.dialogs.saving import SavesByOp
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors


class NewItemDialog(SavesByOp, QDialog):
    """Record information received or provided with its restriction set; with ``corrects`` (an
    item's view), record a correction of it: the form starts from that entry and a reason is
    required (the ledger is append-only, the old entry stays)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 corrects: ItemView | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.corrects = corrects
        self.created: ItemView | None = None
        self.setObjectName("new_item_dialog")
        self.setWindowTitle(self.tr("Correct {0}").format(corrects.code) if corrects
                            else self.tr("Record information"))
        self.direction = QComboBox(objectName="item_direction")
        self.direction.addItem(self.tr("received from the partner"), "received")
        self.direction.addItem(self.tr("provided by us"), "provided")
        self.provider = QLineEdit(objectName="item_provider")
        self.title = QLineEdit(objectName="item_title")
        self.request_ref = QLineEdit(objectName="item_request_ref")
        self.summary = QPlainTextEdit(objectName="item_summary")
        self.summary.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
        self.summary.setMaximumHeight(90)
        self.received_on = QDateEdit(QDate(desk.today()), calendarPopup=True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.confidential = QCheckBox(self.tr("Confidentiality requested (Art. 9.3)"))
        self.no_le = QCheckBox(self.tr("Provider said: not to law enforcement (Art. 9.2) — notice of"))
        self.no_le_on = QDateEdit(QDate(desk.today()), calendarPopup=True)
        self.no_le_on.setDisplayFormat("yyyy-MM-dd")
        self.no_le_on.setEnabled(False)
        self.no_le.toggled.connect(self.no_le_on.setEnabled)
        self.not_evidence = QCheckBox(self.tr("Not to be used as evidence (Art. 10.1)"))
        self.not_evidence.setChecked(True)
        self.markings = QLineEdit(objectName="item_markings")
        self.conditions = QLineEdit(objectName="item_conditions")
        self.reason = QLineEdit(objectName="item_correction_reason")
        self.reason.setPlaceholderText(self.tr("what was wrong in the entry (kept in the ledger)"))
        self.error = QLabel(objectName="item_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.errors = FieldErrors(self.error)
        form = QFormLayout()
        if corrects is not None:
            self.errors.row(form, "correction_reason", self.tr("Reason for the correction"), self.reason)
        for key, label, w in (("direction", self.tr("Direction"), self.direction),
                              ("provider", self.tr("Provider"), self.provider),
                              ("title", self.tr("Title"), self.title),
                              ("summary", self.tr("Summary"), self.summary),
                              ("request_ref", self.tr("Request reference"), self.request_ref),
                              ("received_on", self.tr("Date received"), self.received_on)):
            self.errors.row(form, key, label, w)
        form.addRow(self.confidential)
        row = QHBoxLayout()
        row.addWidget(self.no_le)
        row.addWidget(self.no_le_on)
        self.errors.row(form, "no_law_enforcement_notice_on", self.tr("Art. 9.2 notice"), row, self.no_le)
        self.form = form
        form.addRow(self.not_evidence)
        self.errors.row(form, "provider_markings", self.tr("Provider's markings"), self.markings)
        self.errors.row(form, "conditions_attached", self.tr("Conditions we attached"),
                        self.conditions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.direction.currentIndexChanged.connect(self._direction_words)
        self._direction_words()
        if corrects is not None:
            self._fill(corrects)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _direction_words(self) -> None:
        """Captions follow the direction: information we provided was not "received", and the
        Art. 9.2 restriction is then ours, not the provider's."""
        ours = self.direction.currentData() == "provided"
        caption = self.tr("Date provided") if ours else self.tr("Date received")
        label = self.form.labelForField(self.received_on.parentWidget())
        if label is not None:
            label.setText(caption)
        self.errors.alias("received_on", "received_on", caption)
        self.no_le.setText(self.tr("We said: not to law enforcement (Art. 9.2) — notice of") if ours
                           else self.tr("Provider said: not to law enforcement (Art. 9.2) — notice of"))

    def _fill(self, v: ItemView) -> None:
        """Start a correction from the entry it replaces."""
        self.direction.setCurrentIndex(self.direction.findData(v.direction))
        self.provider.setText(v.provider)
        self.title.setText(v.title)
        self.summary.setPlainText(v.summary or "")
        self.request_ref.setText(v.request_ref or "")
        if v.received_on:
            self.received_on.setDate(QDate(v.received_on))
        self.confidential.setChecked(v.confidential)
        self.no_le.setChecked(v.no_law_enforcement)
        if v.no_law_enforcement_notice_on:
            self.no_le_on.setDate(QDate(v.no_law_enforcement_notice_on))
        self.not_evidence.setChecked(v.not_as_evidence)
        self.markings.setText(v.provider_markings or "")
        self.conditions.setText(v.conditions_attached or "")

    def _fields(self) -> dict:
        """What the form says, as the service's keyword arguments (new item or correction)."""
        return dict(
            direction=self.direction.currentData(), provider=self.provider.text(),
            title=self.title.text(), summary=self.summary.toPlainText() or None,
            request_ref=self.request_ref.text().strip() or None,
            received_on=self.received_on.date().toPython(),
            confidential=self.confidential.isChecked(), no_law_enforcement=self.no_le.isChecked(),
            no_law_enforcement_notice_on=self.no_le_on.date().toPython() if self.no_le.isChecked() else None,
            not_as_evidence=self.not_evidence.isChecked(),
            provider_markings=self.markings.text() or None,
            conditions_attached=self.conditions.text() or None)

    def save(self) -> None:
        """Record through the service (a new item, or a correction of ``corrects`` with its
        reason) as an op: returns before it is stored, and the dialog closes once it is; bad
        input is shown under its field, nothing half-saved."""
        fields = self._fields()  # read here: the write thread touches no widget
        if self.corrects is not None:
            code, reason = self.corrects.code, self.reason.text()

            def op(desk: Desk) -> ItemView:
                return correct_information_item(desk, code, reason, **fields)
        else:
            def op(desk: Desk) -> ItemView:
                return add_information_item(desk, **fields)
        self.save_by_op(op, saved=self._saved, refused=self.errors.show)

    def _saved(self, view: ItemView) -> None:
        self.created = view
        self.accept()
