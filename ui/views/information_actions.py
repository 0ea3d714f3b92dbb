"""What the officer does with an information item: reveal and copy confidential content
(Art. 9.3), record, correct, attach, record a written approval (9.1), disclose (9, 10) and
prepare the letter a disclosure calls for.

A mixin of ``ui.views.information.InformationView`` (it uses ``desk``, ``current``, ``_show``,
``refresh``, ``open_item`` and the ``changed`` signal), kept apart so each file stays readable.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from app.services.context import Desk
from app.services.ledger.information import MAX_ATTACHMENT, attach_document, get_information
from app.treaty.errors import RuleViolation
from ui.tasks import run_task
from ui.views.information_dialog import NewItemDialog
from ui.views.information_files import check_file, read_file, size_words
from ui.widgets.messages import plain_tooltip, violation_text


class ItemActions:
    """Actions on the selected item; mixed into ``InformationView``."""

    def reveal(self) -> None:
        """Show the confidential content; recorded in the audit log (Art. 9.3)."""
        if self.current is None:
            return
        v = get_information(self.desk, self.current.code, record_view=True)
        self._revealed = v.code
        self._show(v)

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
        """Open the record-information dialog."""
        dlg = NewItemDialog(self.desk, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def correct_current(self) -> None:
        """Record a correction of the selected item (a new entry; the old one stays)."""
        if self.current is None:
            return
        v = self.current
        if v.confidential:  # the form shows the content: opening it is a view (Art. 9.3), audited
            v = get_information(self.desk, v.code, record_view=True)
        dlg = NewItemDialog(self.desk, self, corrects=v)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.created is not None:
            self.refresh()
            self.open_item(dlg.created.code)
            self.changed.emit()

    def record_approval(self) -> None:
        """Record the provider's written approval (Art. 9.1) for the selected item."""
        from ui.dialogs.disclosure_approval import ApprovalDialog

        if self.current is None:
            return
        dlg = ApprovalDialog(self.desk, self.current.code, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._show(get_information(self.desk, self.current.code, record_view=False))
            self.changed.emit()

    def disclose_current(self) -> None:
        """Open the disclosure dialog for the selected item."""
        from ui.dialogs.disclosure import DisclosureDialog

        if self.current is None:
            return
        dlg = DisclosureDialog(self.desk, [self.current.code], self)
        dlg.letter_requested.connect(lambda kind, codes: self.open_letter(dlg, kind, codes))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._show(get_information(self.desk, self.current.code, record_view=False))
            self.changed.emit()

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
        """True while a file is being read and stored (on a worker)."""
        return getattr(self, "attach_task", None) is not None

    def attach_file(self, path: str | None = None) -> bool:
        """Keep a file with the selected item, inside the encrypted store (e.g. the documents
        received under Art. 5); ``path`` skips the file chooser.

        The file is read, hashed and stored on a worker (``ui.tasks``): the page says "Attaching
        name (size)…" and the Attach button waits meanwhile; the list stays usable. A file that
        is missing, empty or over the limit is refused at once, before it is read; a refusal
        is named in one line and nothing is stored. Returns whether the attaching started."""
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
        self._attach_say(self.tr("Attaching {0} ({1})…").format(name, size_words(size)))
        self.attach_task = run_task(read_and_attach, self.desk, code, path,
                                    on_done=lambda _id: self._attached(code, name),
                                    on_error=self._attach_failed)
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
        if not self._attach_ended():
            return
        if self.current is not None and self.current.code == code:
            self._show(get_information(self.desk, code, record_view=False))
        self._attach_say(self.tr("{0} attached to {1}.").format(name, code))
        self.changed.emit()

    def _attach_failed(self, exc: BaseException) -> None:
        if not self._attach_ended():
            return
        if isinstance(exc, RuleViolation):
            self._attach_refused(exc)
        else:  # not the officer's doing: the readable error dialog, with its log entry
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _attach_say(self, text: str) -> None:
        self.attach_status.setText(text)
        self.attach_status.setToolTip(plain_tooltip(text))
        self.attach_status.setVisible(True)

    def _attach_refused(self, exc: RuleViolation) -> None:
        QMessageBox.warning(self, self.tr("Not attached"), violation_text(exc, self.tr("File")))


def read_and_attach(desk: Desk, code: str, path: str) -> int:
    """On a worker: read the file and store it with item ``code`` (one transaction, audited);
    returns the document id. The service opens its own session (``desk.unit_of_work``)."""
    content = read_file(Path(path), "content", MAX_ATTACHMENT)
    return attach_document(desk, code, Path(path).name, content)
