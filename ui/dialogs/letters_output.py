"""Output of the Letters dialog: save as PDF and print, each logged; a final letter is stored
first as a new version (``app.services.letters.generate`` / ``documents``).

A mixin over ``LettersDialog`` (``ui.dialogs.letters``), which holds the choices (kind, language,
inputs), the preview and the status line these methods use.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.services.letters import registry as docs
from app.services.letters import generate as letters
from app.treaty.errors import RuleViolation
from ui.widgets.pdf_view import paint_pdf


def plain_error(exc: BaseException) -> str:
    """An error as the officer reads it: the message (and article), without the internal field key."""
    if isinstance(exc, RuleViolation):
        text = exc.message + (f" (Art. {exc.article})" if exc.article else "")
    else:
        text = str(exc)
    return text[:1].upper() + text[1:]


class LetterOutput:
    """Save as PDF and print for ``LettersDialog``."""

    def _final_blocked(self) -> bool:
        if self.preview is None:
            return True
        if self.final_box.isChecked() and self.preview.problems:
            QMessageBox.warning(self, self.tr("Final letter not possible"),
                                self.tr("A final letter cannot be produced:\n\n{p}\n\nUntick "
                                        "\u201cFinal\u201d to produce a draft.").format(
                                    p="\n".join(map(self.readable, self.preview.problems))))
            return True
        return False

    def _store_final(self) -> docs.DocumentView:
        view = letters.generate_letter(self.desk, self.ref, self.kind(), self.lang(), inputs=self.letter_inputs())
        self.last_document = view
        return view

    def save_pdf(self) -> None:
        """Store a final letter (new version) and write it to a file; a draft is only written."""
        if self._final_blocked():
            return
        name = f"{self.ref}_{self.kind()}_{self.lang().replace('+', '-')}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"), name,
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        stored = None
        try:
            docs.check_out_path(path)
            if self.final_box.isChecked():
                key = (self.kind(), self.lang(), tuple(sorted(self.letter_inputs().items())))
                if self._unexported is not None and self._unexported[0] == key:
                    stored = self._unexported[1]  # stored last time, its file never written
                else:
                    stored = self._store_final()
                self._unexported = (key, stored)
                docs.export_document(self.desk, stored.id, path)
                self._unexported = None
                self.status_label.setText(self.tr("Stored as version {v} and saved to {p}").format(
                    v=stored.version, p=path))
            else:
                docs.export_unstored(self.desk, self.ref, self.preview.pdf, path,
                                     what=f"{self.kind()} ({self.lang()}) draft")
                self.status_label.setText(self.tr("Draft saved to {p} (not stored)").format(p=path))
        except (RuleViolation, OSError) as exc:
            why = plain_error(exc)
            if self._unexported is not None and stored is not None:
                why += "\n\n" + self.tr("Version {v} is stored in the registry; Save as PDF again writes "
                                         "that same version to another place.").format(v=stored.version)
            self.status_label.setText(self.tr("Not saved: {why}").format(why=why))
            QMessageBox.warning(self, self.tr("Letter not saved"), why)
        self.refresh_preview()  # the next version number, for the next letter

    def make_printer(self) -> QPrinter:
        """The printer the print dialog configures (a seam for tests)."""
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def ask_printer(self, printer: QPrinter) -> bool:
        """Show the system print dialog; True when the officer chose to print."""
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def print_letter(self) -> None:
        """Print the letter through the system print dialog; final letters are stored first."""
        if self._final_blocked():
            return
        printer = self.make_printer()
        if not self.ask_printer(printer):
            return
        where = printer.outputFileName() or printer.printerName() or self.tr("default printer")
        try:
            if self.final_box.isChecked():
                view = self._store_final()
                pdf = docs.document_content(self.desk, view.id)
                pages = paint_pdf(printer, pdf)
                docs.record_print(self.desk, where, doc_id=view.id, pages=pages)
            else:
                pages = paint_pdf(printer, self.preview.pdf)
                docs.record_print(self.desk, where, ref=self.ref, what=f"{self.kind()} ({self.lang()}) draft",
                                  pages=pages)
            self.status_label.setText(self.tr("Printed {n} page(s) on {w}").format(n=pages, w=where))
        except (RuleViolation, OSError) as exc:
            QMessageBox.warning(self, self.tr("Letter not printed"), plain_error(exc))
        self.refresh_preview()
