"""Recording the provider's written approval (Art. 9.1) of use by another authority.

The disclosure dialog says a use "needs the provider's written approval"; when the letter comes,
this is where the officer records it: the authority, the purposes it covers, the day it was
given and the letter itself (the approval must be on file). Evidence use cannot be approved this
way (Art. 10.2: diplomatic channel), so it is shown but not offered. A refusal shows under the
field it is about; nothing is saved unless everything is. The letter (a scan may be tens of MB)
is read and stored with the approval on the write thread (an op, ``ui.dialogs.saving``); the
dialog says so meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.ledger.disclosures import list_authorities
from app.services.ledger.information import MAX_ATTACHMENT, ApprovalView, add_approval
from app.treaty.errors import RuleViolation
from app.treaty.restrictions import PURPOSE_LABELS, PURPOSES, check_approval_scope
from ui.dialogs.saving import SavesByOp
from ui.i18n import render
from ui.tasks import Task
from ui.views.information_files import check_file, read_file, size_words
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from ui.widgets.messages import plain_tooltip


class ApprovalDialog(SavesByOp, QDialog):
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
            box = QCheckBox(render(PURPOSE_LABELS[p]), objectName=f"approval_purpose_{p}")
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
        self.browse_btn = browse
        letter_row = QHBoxLayout()
        letter_row.addWidget(self.letter, 1)
        letter_row.addWidget(browse)

        self.busy_label = QLabel(objectName="approval_busy")
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)  # the file name as named
        self.busy_label.setWordWrap(True)
        self.busy_label.setVisible(False)
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
        self.buttons = buttons
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Use by another authority needs the provider's express written "
                               "approval (Art. 9.1); the letter is kept with the item."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.busy_label)
        lay.addWidget(buttons)

    def browse(self) -> None:
        """Pick the approval letter from disk."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Approval letter"))
        if path:
            self.letter.setText(path)

    def chosen_purposes(self) -> list[str]:
        """The ticked purposes, as codes."""
        return [p for p, box in self.purposes.items() if box.isChecked() and box.isEnabled()]

    def save(self) -> Task | None:
        """Record through the service; a refused field is named under it and nothing is saved.

        What can be refused without the store (no letter, a letter missing, empty or over the
        limit, no authority, no purpose) is refused at once; then the letter is read and the
        approval stored with it in one transaction on the write thread (an op). Returns that
        task, or None."""
        if self.busy:
            return self.save_task
        self.errors.clear()
        path = self.letter.text().strip()
        if not path:
            self.errors.show(RuleViolation("document", self.tr(
                "attach the provider's letter: the written approval must be on file"), "9.1"))
            return None
        try:
            size = check_file(Path(path), "document", MAX_ATTACHMENT)
        except RuleViolation as exc:
            self.errors.show(exc)
            return None
        if self.authority.currentData() is None:
            self.errors.show(RuleViolation("authority", self.tr(
                "add the authority to the list first (Disclose… → Add…)")))
            return None
        purposes = self.chosen_purposes()
        problems = check_approval_scope(purposes)  # the service's own check, before the file is read
        if problems:
            self.errors.show(RuleViolation(*problems[0].split(": ", 1)))
            return None
        self._set_busy(self.tr("Attaching {0} ({1})…").format(Path(path).name, size_words(size)))
        # The widgets are read here: the worker touches none of them.
        code = self.code
        approval = {"authority": self.authority.currentData(), "purposes": purposes,
                    "granted_on": self.granted_on.date().toPython()}
        return self.save_by_op(lambda desk: record_approval(desk, code, path, **approval),
                               saved=self._saved, refused=self._failed, fault=self._failed)

    def _set_busy(self, text: str | None) -> None:
        """Say what is being stored; nothing that would change it can be clicked meanwhile."""
        self.busy_label.setText(text or "")
        self.busy_label.setVisible(text is not None)
        for w in (self.buttons, self.browse_btn, self.letter, self.authority, self.granted_on,
                  *self.purposes.values()):
            w.setEnabled(text is None if w is not self.purposes["evidence"] else False)

    def _saved(self, view: ApprovalView) -> None:
        self._set_busy(None)
        self.created = view
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(None)
        if isinstance(exc, RuleViolation):
            self.errors.show(exc)
        # else: not the officer's doing, already in the readable error dialog (with its log)


def record_approval(desk: Desk, code: str, path: str, **approval: object) -> ApprovalView:
    """On the write thread: read the letter at ``path`` and record the approval with it (one transaction;
    the service opens its own session through ``desk.unit_of_work``)."""
    content = read_file(Path(path), "document", MAX_ATTACHMENT)
    return add_approval(desk, code, document=(Path(path).name, content), **approval)  # type: ignore[arg-type]
