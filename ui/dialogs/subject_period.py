"""Extend or lift a surveillance (Art. 4.2): the end of a subject's period, moved or reached.

Each refusal is shown under its field by caption and nothing is written; lifting keeps the
subject's record and log ("its history is kept"). Each write runs as an op
(``ui.dialogs.saving``): the dialog closes once it is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.services.context import Desk
from app.services.surveillance import commands as svc
from app.services.surveillance.views import SubjectView
from ui.dialogs.saving import SavesByOp
from ui.dialogs.subject_editor import _ERROR_STYLE, _date_edit, _iso, _qdate
from ui.widgets.field_errors import FieldErrors


class ExtendDialog(SavesByOp, QDialog):
    """Extend a surveillance period: new end, reason and, for a lapsed one, the new request."""

    def __init__(self, desk: Desk, view: SubjectView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extend_dialog")
        self.setWindowTitle(self.tr("Extend surveillance of {0}").format(view.code))
        self.desk, self.view = desk, view
        self.result_view: SubjectView | None = None
        form = QFormLayout(self)
        self.setMinimumWidth(460)  # narrower, the wrapped note and error lines overlapped
        if view.status == "lapsed":
            note = QLabel(self.tr("This surveillance lapsed on {0}. It is extended only with a "
                                  "new request asking for it (Art. 4.2).").format(view.period_end))
            note.setWordWrap(True)
            form.addRow(note)
        self.new_end = _date_edit("new_end")
        base = view.period_end or desk.today()
        self.new_end.setDate(_qdate(base).addMonths(3))
        self.reason = QLineEdit(objectName="reason")
        self.request_ref = QLineEdit(objectName="request_ref")
        self.request_ref.setPlaceholderText(self.tr("e.g. JC-US-2026-0014"))
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.errors = FieldErrors(self.error)  # a refusal under its field, by caption
        self.errors.row(form, ("new_end", "period_end"), self.tr("New end"), self.new_end)
        self.errors.row(form, "reason", self.tr("Reason"), self.reason)
        self.errors.row(form, ("request_ref", "requests"), self.tr("New request"), self.request_ref)
        form.addRow(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def save(self) -> None:
        """Extend through the service (an op: returns before it is stored); the dialog closes
        once it is, or keeps the refusal on screen."""
        code, end, reason = self.view.code, _iso(self.new_end), self.reason.text()
        ref = self.request_ref.text().strip() or None
        self.save_by_op(lambda desk: svc.extend_period(desk, code, end, reason, request_ref=ref),
                        saved=self._saved, refused=self.errors.show)

    def _saved(self, view: SubjectView) -> None:
        self.result_view = view
        self.accept()


class LiftDialog(SavesByOp, QDialog):
    """Lift (end) a surveillance: why, and from which day; ``result_view`` after Accepted.

    Replaces a bare text prompt whose refusal ("reason: is required") came in a message box
    after the prompt had closed, so the officer had to start again."""

    def __init__(self, desk: Desk, view: SubjectView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lift_dialog")
        self.setWindowTitle(self.tr("Lift surveillance of {0}").format(view.code))
        self.desk, self.view = desk, view
        self.result_view: SubjectView | None = None
        form = QFormLayout(self)
        self.setMinimumWidth(460)  # narrower, the wrapped note and error lines overlapped
        note = QLabel(self.tr("Surveillance of {0} ends; its record and observations are kept "
                              "(Art. 4.2).").format(view.display_name))
        note.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed
        note.setWordWrap(True)
        form.addRow(note)
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("e.g. the requesting administration asked to stop"))
        self.lifted_on = _date_edit("lifted_on")
        self.lifted_on.setDate(_qdate(desk.today()))
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.errors = FieldErrors(self.error)
        self.errors.row(form, "reason", self.tr("Reason"), self.reason)
        self.errors.row(form, "lifted_on", self.tr("Lifted on"), self.lifted_on)
        form.addRow(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lift surveillance"))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def save(self) -> None:
        """Lift through the service (an op: returns before it is stored); the dialog closes
        once it is, or keeps the refusal on screen under its field."""
        code, reason, day = self.view.code, self.reason.text(), _iso(self.lifted_on)
        self.save_by_op(lambda desk: svc.lift_subject(desk, code, reason, day),
                        saved=self._saved, refused=self.errors.show)

    def _saved(self, view: SubjectView) -> None:
        self.result_view = view
        self.accept()
