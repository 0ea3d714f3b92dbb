"""What the officer does with an information item: reveal and copy confidential content
(Art. 9.3), record, correct, attach, record a written approval (9.1), disclose (9, 10) and
prepare the letter a disclosure calls for.

A mixin of ``ui.views.information.InformationView`` (it uses ``desk``, ``current``, ``_show``
and ``open_item``), kept apart so each file stays readable. Every write (a confidential view
recorded, a file attached, what the dialogs record) runs as an op (``ui.ops.DeskOp``); the page
re-reads on the change broadcast, never because an action told it to.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from app.services.context import Desk
from app.services.ledger.information import MAX_ATTACHMENT, ItemView, attach_document, get_information
from app.treaty.errors import RuleViolation
from ui.ops import DeskOp, refusal
from ui.views.information_dialog import NewItemDialog
from ui.views.information_files import check_file, read_file, size_words
from ui.widgets.messages import plain_tooltip, violation_text


class ItemActions:
    """Actions on the selected item; mixed into ``InformationView``."""

    def reveal(self) -> None:
        """Show the confidential content; recorded in the audit log (Art. 9.3), so an op: the
        content shows once the view is recorded."""
        if self.current is None:
            return
        code = self.current.code

        def shown(v: ItemView) -> None:
            if not isValid(self):
                return
            self._revealed = v.code
            if self.current is not None and self.current.code == v.code:
                self._show(v)

        DeskOp(self, lambda desk: get_information(desk, code, record_view=True)).success(
            shown).run(self.desk)

    def copy_summary(self) -> None:
        """Copy the summary; confidential text goes through the warning and 60 s clipboard clear."""
        from PySide6.QtGui import QGuiApplication

        from ui.lock import copy_confidential

        v = self.current
        if v is None or not v.summary:
            return
        if v.confidential:
            copy_confidential(v.summary, self, desk=self.desk, item_code=v.code)
        else:
            QGuiApplication.clipboard().setText(v.summary)

    def new_item(self) -> None:
        """Open the record-information dialog (the list re-reads on the change broadcast)."""
        NewItemDialog(self.desk, self).exec()

    def correct_current(self) -> None:
        """Record a correction of the selected item (a new entry; the old one stays)."""
        if self.current is None:
            return
        v = self.current
        if not v.confidential:
            self._correct(v)
            return
        # The form shows the content: opening it is a view (Art. 9.3), recorded first (an op).
        DeskOp(self, lambda desk: get_information(desk, v.code, record_view=True)).success(
            lambda full: self._correct(full) if isValid(self) else None).run(self.desk)

    def _correct(self, v: ItemView) -> None:
        dlg = NewItemDialog(self.desk, self, corrects=v)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.created is not None:
            self.open_item(dlg.created.code)

    def record_approval(self) -> None:
        """Record the provider's written approval (Art. 9.1) for the selected item."""
        from ui.dialogs.disclosure_approval import ApprovalDialog

        if self.current is None:
            return
        ApprovalDialog(self.desk, self.current.code, self).exec()

    def disclose_current(self) -> None:
        """Open the disclosure dialog for the selected item."""
        from ui.dialogs.disclosure import DisclosureDialog

        if self.current is None:
            return
        dlg = DisclosureDialog(self.desk, [self.current.code], self)
        dlg.letter_requested.connect(lambda kind, codes: self.open_letter(dlg, kind, codes))
        dlg.exec()

    def open_letter(self, dlg: QWidget, kind: str, codes: list) -> None:
        """A letter the disclosure verdict calls for, on the items' request, over the dialog."""
        from ui.dialogs.disclosure_letters import open_disclosure_letter

        summary = "; ".join(f"{c}: {get_information(self.desk, c, record_view=False).title}"
                            for c in codes)
        # What the officer typed for the disclosure goes into the letter (the 9.4 notice asked
        # for the legal obligation a second time).
        more = {"legal_basis": dlg.legal_basis.text().strip(), "purpose": dlg.purpose.currentText(),
                "disclosure_date": dlg.when.date().toString("yyyy-MM-dd")}
        open_disclosure_letter(self.desk, kind, list(codes), authority=dlg.authority.currentData() or "",
                               summary=summary, parent=dlg, more={k: v for k, v in more.items() if v})


    @property
    def attaching(self) -> bool:
        """True while a file is being read and stored (an op, on the write thread)."""
        return getattr(self, "attach_task", None) is not None

    def attach_file(self, path: str | None = None) -> bool:
        """Keep a file with the selected item, inside the encrypted store (e.g. the documents
        received under Art. 5); ``path`` skips the file chooser.

        The file is read, hashed and stored as an op on the write thread (``ui.ops``): the page
        says "Attaching name (size)…" and the Attach button waits meanwhile; the list stays
        usable. A file that is missing, empty or over the limit is refused at once, before it is
        read; a refusal is named in one line and nothing is stored. Returns whether the
        attaching started."""
        if self.current is None or self.attaching:
            return False
        code = self.current.code
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to {0}").format(code))
            if not path:
                return False
        try:
            size = check_file(Path(path), "content", MAX_ATTACHMENT)
        except RuleViolation as exc:
            self._attach_refused(exc)
            return False
        name = Path(path).name
        self.attach_btn.setEnabled(False)
        self._attach_say(self.tr("Attaching {0} ({1})…").format(name, size_words(size)), code)
        self.attach_task = DeskOp(self, lambda desk: read_and_attach(desk, code, path)).success(
            lambda _id: self._attached(code, name)).failure(self._attach_failed).run(self.desk)
        return True

    def _attach_ended(self) -> bool:
        """The task is over; False when the page itself is gone (the window was closed)."""
        if not isValid(self):
            return False
        self.attach_task = None
        self.attach_status.setVisible(False)
        self.attach_btn.setEnabled(self.current is not None)
        return True

    def _attached(self, code: str, name: str) -> None:
        # The item's documents are re-read on the change broadcast that follows.
        if self._attach_ended():
            self._attach_say(self.tr("{0} attached to {1}.").format(name, code), code)

    def _attach_failed(self, exc: BaseException) -> None:
        if self._attach_ended():
            refusal(self._attach_refused)(exc)

    def _attach_say(self, text: str, code: str) -> None:
        self._attach_about = code  # the item the line is about: it goes when another is shown
        self.attach_status.setText(text)
        self.attach_status.setToolTip(plain_tooltip(text))
        self.attach_status.setVisible(True)

    def _attach_refused(self, exc: RuleViolation) -> None:
        QMessageBox.warning(self, self.tr("Not attached"), violation_text(exc, self.tr("File")))


def read_and_attach(desk: Desk, code: str, path: str) -> int:
    """On the write thread: read the file and store it with item ``code`` (one transaction, audited);
    returns the document id. The service opens its own session (``desk.unit_of_work``)."""
    content = read_file(Path(path), "content", MAX_ATTACHMENT)
    return attach_document(desk, code, Path(path).name, content)
