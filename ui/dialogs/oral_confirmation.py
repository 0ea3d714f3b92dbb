"""Recording the written confirmation of an oral request (Art. 7.1).

An oral request "shall be confirmed in writing"; the confirmation's due date shows from the
moment the oral request is logged. When the letter arrives the officer records the day here, on
a calendar (today preset, no future day). A refused day shows under the field, naming it and
the article; nothing is stored unless the service accepts it. The write runs as an op
(``ui.dialogs.saving``); the dialog closes once it is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.services.context import Desk
from app.services.requests import commands as svc
from app.services.requests.views import RequestView
from app.treaty.errors import RuleViolation
from ui.dialogs.saving import SavesByOp
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors


class OralConfirmationDialog(SavesByOp, QDialog):
    """Ask the day the written confirmation of ``view`` came; ``saved`` holds the updated view."""

    def __init__(self, desk: Desk, view: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.view = desk, view
        self.saved: RequestView | None = None
        self.setObjectName("oral_confirmation")
        self.setWindowTitle(self.tr("Written confirmation (Art. 7.1)"))
        today = QDate(desk.today())
        self.day = QDateEdit(today, calendarPopup=True, objectName="confirmed_on")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(today)  # a letter cannot have come tomorrow
        self.error = QLabel(objectName="confirmation_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.errors = FieldErrors(self.error)
        form = QFormLayout()
        self.errors.row(form, "confirmed_on", self.tr("Day of the written confirmation"), self.day)
        intro = QLabel(self.tr("{ref}: the oral request must be confirmed in writing (Art. 7.1). "
                               "Record the day the partner's letter confirming it was received.")
                       .format(ref=view.our_ref))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.setMinimumWidth(480)  # the intro and an error line read whole, not a word per line

    def save(self) -> None:
        """Record through the service (an op: returns before it is stored); the dialog closes
        once it is, or names a refused day under the field."""
        if self.busy:
            return
        self.errors.clear()
        ref, day = self.view.our_ref, self.day.date().toPython()
        self.save_by_op(lambda desk: svc.confirm_oral(desk, ref, day),
                        saved=self._saved, refused=self._refused)

    def _saved(self, view: RequestView) -> None:
        self.saved = view
        self.accept()

    def _refused(self, exc: RuleViolation) -> None:
        self.errors.show(exc)
        self.adjustSize()  # room for the error line under the field
