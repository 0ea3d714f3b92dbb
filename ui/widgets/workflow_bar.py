"""The row of workflow actions for the selected request.

Only the moves the lifecycle allows for the request (``RequestView.allowed_transitions``) are
shown. Moves that need what Art. 11 asks (grounds, a statement of reasons, conditions, a
consultation outcome) open ``OutcomeDialog``; the others go straight to the service.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.services.context import Desk
from app.services.requests import commands as svc
from app.services.requests.views import RequestView
from app.treaty.lifecycle import is_open
from ui.dialogs.outcome import OutcomeDialog
from ui.ops import DeskOp, refusal
from ui.widgets.labels import status_label

#: Targets that always need the outcome dialog (grounds, statement, conditions).
DIALOG_TARGETS = frozenset({"refused", "postponed", "conditional", "withheld",
                            "partially-executed"})
#: Targets that end the work on a request, so they are confirmed first.
CONFIRM_TARGETS = frozenset({"closed", "withdrawn"})
#: Buttons per row: the bar sits in a narrow detail pane, so it wraps instead of widening it.
COLUMNS = 3


class WorkflowBar(QWidget):
    """Action buttons ``action_<status>`` (plus ``action_assign``) for one request.

    ``set_request(view)`` shows the allowed moves (None hides them all). Every move is an op on
    the write thread (``ui.ops``): the screens that show the request learn of it from the change
    broadcast. An open oral request not yet confirmed also offers ``action_confirm_oral``: the
    written confirmation received (Art. 7.1).
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflow_bar")
        self.desk = desk
        self.view: RequestView | None = None
        self._labels = {
            "sent": self.tr("Finalise && send"),
            "acknowledged": self.tr("Acknowledge"),
            "in-progress": self.tr("Start"),
            "executed": self.tr("Mark executed"),
            "partially-executed": self.tr("In part\u2026"),
            "conditional": self.tr("Conditions\u2026"),
            "postponed": self.tr("Postpone\u2026"),
            "refused": self.tr("Refuse\u2026"),
            "withheld": self.tr("Withhold (11.3)\u2026"),
            "answered": self.tr("Mark answered"),
            "closed": self.tr("Close"),
            "withdrawn": self.tr("Withdraw"),
        }
        self.buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.action_assign = QPushButton(self.tr("Assign\u2026"), self)
        self.action_assign.setObjectName("action_assign")
        self.action_assign.clicked.connect(self.assign)
        # The confirmation due date shows from the moment an oral request is logged; without a
        # way to record the letter confirming it, it stayed "unconfirmed" and turned overdue.
        self.action_confirm_oral = QPushButton(self.tr("Confirmed in writing\u2026"), self)
        self.action_confirm_oral.setObjectName("action_confirm_oral")
        self.action_confirm_oral.setToolTip(self.tr(
            "Record the written confirmation of this oral request (Art. 7.1)"))
        self.action_confirm_oral.clicked.connect(self.confirm_oral)
        for status, label in self._labels.items():
            button = QPushButton(label, self)
            button.setObjectName(f"action_{status}")
            button.clicked.connect(lambda _checked=False, s=status: self.run(s))
            self.buttons[status] = button
        self.set_request(None)

    def _lay_out(self) -> None:
        """Place the visible buttons row by row (hidden ones take no cell)."""
        every = [self.action_assign, self.action_confirm_oral, *self.buttons.values()]
        for button in every:
            self._grid.removeWidget(button)
        shown = [b for b in every if not b.isHidden()]
        for i, button in enumerate(shown):
            self._grid.addWidget(button, i // COLUMNS, i % COLUMNS)

    def set_request(self, view: RequestView | None) -> None:
        """Show the actions allowed for ``view`` (None: no request selected)."""
        self.view = view
        allowed = set(view.allowed_transitions) if view else set()
        self.action_assign.setVisible(view is not None and view.status not in CONFIRM_TARGETS)
        self.action_confirm_oral.setVisible(
            view is not None and view.form == "oral" and view.confirmed_on is None
            and is_open(view.status))
        leaving_withheld = view is not None and view.status == "withheld"
        for status, button in self.buttons.items():
            button.setVisible(status in allowed)
            button.setEnabled(True)
            button.setToolTip("")
            if leaving_withheld and status in allowed:
                button.setToolTip(self.tr("Records the outcome of the consultation (Art. 11.3)"))
        if view is not None and "sent" in allowed:
            # Sending is refused while Art. 7.2 is incomplete: say why instead of failing later.
            problems = svc.check_transition(self.desk, view.our_ref, "sent")
            self.buttons["sent"].setEnabled(not problems)
            self.buttons["sent"].setToolTip("\n".join(str(p) for p in problems))
        self._lay_out()

    def visible_actions(self) -> list[str]:
        """Statuses whose buttons are offered now (for tests and menus)."""
        return [s for s, b in self.buttons.items() if not b.isHidden()]

    def _needs_dialog(self, target: str) -> bool:
        return target in DIALOG_TARGETS or (self.view is not None and self.view.status == "withheld")

    def run(self, target: str) -> bool:
        """Carry out the move to ``target`` (through a dialog where Art. 11 asks for details)."""
        if self.view is None or target not in self.view.allowed_transitions:
            return False
        ref = self.view.our_ref
        if self._needs_dialog(target):
            dialog = OutcomeDialog(self.desk, ref, target, self)
            if dialog.exec() != OutcomeDialog.DialogCode.Accepted or dialog.result_view is None:
                return False
            return self._done(dialog.result_view)
        if target in CONFIRM_TARGETS:
            answer = QMessageBox.question(
                self, self.tr("Confirm"),
                self.tr("Mark {ref} as {status}? Work on it ends.").format(
                    ref=ref, status=status_label(target)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if target == "sent":
            return self._write(lambda desk: svc.send_request(desk, ref), self.tr("Not done"))
        return self._write(lambda desk: svc.transition(desk, ref, target), self.tr("Not done"))

    def assign(self) -> bool:
        """Ask for an officer's name and assign the request to them."""
        if self.view is None:
            return False
        name, ok = QInputDialog.getText(self, self.tr("Assign"), self.tr("Officer:"),
                                        QLineEdit.EchoMode.Normal, self.view.assigned_to or "")
        if not ok:
            return False
        ref = self.view.our_ref
        return self._write(lambda desk: svc.assign(desk, ref, name), self.tr("Not assigned"))

    def confirm_oral(self) -> bool:
        """Ask on which day the written confirmation came (a calendar, today preset) and record it."""
        if self.view is None:
            return False
        from ui.dialogs.oral_confirmation import OralConfirmationDialog

        dialog = OralConfirmationDialog(self.desk, self.view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return False
        return self._done(dialog.saved)

    def _write(self, write, refused_title: str) -> bool:  # (Desk) -> RequestView
        """Run ``write`` as an op; the buttons wait for it; a refusal is one warning."""
        self.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            refusal(lambda rule: QMessageBox.warning(self, refused_title, str(rule)))(exc)

        def done(view: RequestView) -> None:
            self.setEnabled(True)
            self._done(view)

        DeskOp(self, write).success(done).failure(failed).run(self.desk)
        return True

    def _done(self, view: RequestView) -> bool:
        if self.view is not None and self.view.our_ref == view.our_ref:
            self.set_request(view)
        return True
