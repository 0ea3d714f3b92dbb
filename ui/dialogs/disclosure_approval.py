"""Recording the provider's written approval (Art. 9.1) of use by another authority.

The disclosure dialog says a use "needs the provider's written approval"; when the letter comes,
this is where the officer records it: the authority, the purposes it covers, the day it was
given and the letter itself (the approval must be on file). Evidence use cannot be approved this
way (Art. 10.2: diplomatic channel), so it is shown but not offered. A refusal shows under the
field it is about; nothing is saved unless everything is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from app.services.context import Desk
from app.services.disclosures import list_authorities
from app.services.information import ApprovalView, add_approval
from app.treaty.errors import RuleViolation
from app.treaty.restrictions import PURPOSE_LABELS, PURPOSES
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from ui.widgets.messages import plain_tooltip


class ApprovalDialog(QDialog):
    """Record a written approval for item ``code``; ``created`` holds the new approval."""

    def __init__(self, desk: Desk, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.code = desk, code
        self.created: ApprovalView | None = None
        self.setObjectName("approval_dialog")
        self.setWindowTitle(self.tr("Written approval (Art. 9.1)"))

        self.authority = QComboBox(objectName="approval_authority")
        self.authority.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.authority.setMinimumContentsLength(30)  # a 300-letter name does not widen the dialog
        for a in list_authorities(desk):
            self.authority.addItem(a.name, a.name)
        self.authority.currentIndexChanged.connect(
            lambda: self.authority.setToolTip(plain_tooltip(self.authority.currentText())))
        self.authority.setToolTip(plain_tooltip(self.authority.currentText()))
        purposes = QVBoxLayout()
        purposes.setContentsMargins(0, 0, 0, 0)
        self.purposes: dict[str, QCheckBox] = {}
        for p in PURPOSES:
            box = QCheckBox(self.tr(PURPOSE_LABELS[p]), objectName=f"approval_purpose_{p}")
            if p == "evidence":
                box.setEnabled(False)
                box.setText(self.tr("evidence: only through the diplomatic channel (Art. 10.2)"))
            self.purposes[p] = box
            purposes.addWidget(box)
        self.granted_on = QDateEdit(QDate(desk.today()), calendarPopup=True, objectName="approval_granted_on")
        self.granted_on.setDisplayFormat("yyyy-MM-dd")
        self.letter = QLineEdit(objectName="approval_letter")
        self.letter.setPlaceholderText(self.tr("the provider's letter (PDF, scan, e-mail)"))
        browse = QPushButton(self.tr("Browse…"), objectName="approval_browse")
        browse.clicked.connect(self.browse)
        letter_row = QHBoxLayout()
        letter_row.addWidget(self.letter, 1)
        letter_row.addWidget(browse)

        self.error = QLabel(objectName="approval_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.errors = FieldErrors(self.error)
        form = QFormLayout()
        self.errors.row(form, "item", self.tr("Information"), QLabel(code))
        self.errors.row(form, "authority", self.tr("Use by (authority)"), self.authority)
        first = self.purposes["customs"]
        self.errors.row(form, ("scope", "purposes"), self.tr("Purposes approved"), purposes, first)
        self.errors.row(form, "granted_on", self.tr("Approval given on"), self.granted_on)
        self.errors.row(form, ("document", "content", "filename"), self.tr("Approval letter"),
                        letter_row, self.letter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Use by another authority needs the provider's express written "
                               "approval (Art. 9.1); the letter is kept with the item."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def browse(self) -> None:
        """Pick the approval letter from disk."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Approval letter"))
        if path:
            self.letter.setText(path)

    def chosen_purposes(self) -> list[str]:
        """The ticked purposes, as codes."""
        return [p for p, box in self.purposes.items() if box.isChecked() and box.isEnabled()]

    def save(self) -> None:
        """Record through the service; a refused field is named under it and nothing is saved."""
        self.errors.clear()
        document = None
        path = self.letter.text().strip()
        if not path:
            self.errors.show(RuleViolation("document", "attach the provider's letter: the written "
                                           "approval must be on file", "9.1"))
            return
        try:
            document = (Path(path).name, Path(path).read_bytes())
        except OSError as exc:
            self.errors.show(RuleViolation("document", f"cannot be read: {exc.strerror or exc}"))
            return
        if self.authority.currentData() is None:
            self.errors.show(RuleViolation("authority", "add the authority to the list first "
                                           "(Disclose… → Add…)"))
            return
        try:
            self.created = add_approval(self.desk, self.code, authority=self.authority.currentData(),
                                        purposes=self.chosen_purposes(),
                                        granted_on=self.granted_on.date().toPython(),
                                        document=document)
        except RuleViolation as exc:
            self.errors.show(exc)
            return
        self.accept()
