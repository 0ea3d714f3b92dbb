"""Output of the Letters dialog: save as PDF and print, each logged; a final letter is stored
first as a new version (``app.services.letters.commands`` / ``documents``).

A mixin over ``LettersDialog`` (``ui.dialogs.letters``), which holds the choices (kind, language,
inputs), the preview and the status line these methods use. The writes (storing, exporting,
logging a print) run as ops on the desk's write thread (``ui.ops.DeskOp``); the outcome is said
on the status line when they are done. Painting on the printer stays on the UI thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from shiboken6 import isValid

from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.treaty.errors import RuleViolation
from ui.ops import DeskOp
from ui.tasks import Task
from ui.widgets.pdf_view import paint_pdf


def plain_error(exc: BaseException) -> str:
    """An error as the officer reads it: the message (and article), without the internal field key."""
    if isinstance(exc, RuleViolation):
        from ui.i18n import article_text, language, render

        cited = article_text(exc.article) if exc.article else ""
        text = render(exc.message) + ((f"（{cited}）" if language() == "ja" else f" ({cited})") if cited else "")
    else:
        text = str(exc)
    return text[:1].upper() + text[1:]


class LetterOutput:
    """Save as PDF and print for ``LettersDialog``; ``output_task`` is the write under way."""

    output_task: Task | None = None

    def _output(self, op: Callable[[Any], Any], done: Callable[[Any], Any],
                failed: Callable[[BaseException], Any]) -> Task:
        """Run ``op(desk)`` as the dialog's one write; ``done(result)`` or, for a refusal or a
        file that could not be written, ``failed(exc)`` on the UI thread (a fault goes to the
        readable error dialog). Either way the preview is read again (the next version)."""
        def finish(callback: Callable[[Any], Any], value: Any) -> None:
            if not isValid(self):
                return
            self.output_task = None
            try:
                callback(value)
            finally:
                self.refresh_preview()  # the next version number, for the next letter
                self.refresh_versions()  # a final letter stored joins the list

        def fail(exc: BaseException) -> None:
            if isinstance(exc, (RuleViolation, OSError)):
                finish(failed, exc)
            else:  # not the officer's doing: the readable error dialog, with its log entry
                sys.excepthook(type(exc), exc, exc.__traceback__)
                finish(lambda _exc: None, exc)

        self.output_task = (DeskOp(self, op).success(lambda r: finish(done, r))
                            .failure(fail).run(self.desk))
        return self.output_task

    def _final_blocked(self) -> bool:
        if self.preview is None or self.output_task is not None:
            return True
        if self.final_box.isChecked() and self.preview.problems:
            QMessageBox.warning(self, self.tr("Final letter not possible"),
                                self.tr("A final letter cannot be produced:\n\n{p}\n\nUntick "
                                        "\u201cFinal\u201d to produce a draft.").format(
                                    p="\n".join(map(self.readable, self.preview.problems))))
            return True
        return False

    def save_pdf(self) -> None:
        """Store a final letter (new version) and write it to a file; a draft is only written.

        An op: this returns before the file is written; the status line says the outcome."""
        if self._final_blocked():
            return
        name = f"{self.ref}_{self.kind()}_{self.lang().replace('+', '-')}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"), name,
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        ref, kind, lang, inputs = self.ref, self.kind(), self.lang(), self.letter_inputs()
        if not self.final_box.isChecked():
            pdf, what = self.preview.pdf, f"{kind} ({lang}) draft"

            def write_draft(desk: Any) -> None:
                docs.check_out_path(path, desk.db.data_dir)
                docs.export_unstored(desk, ref, pdf, path, what=what)

            self._output(write_draft,
                         lambda _r: self.status_label.setText(
                             self.tr("Draft saved to {p} (not stored)").format(p=path)),
                         lambda exc: self._not_saved(exc, None))
            return
        key = (kind, lang, tuple(sorted(inputs.items())))
        # Stored last time, its file never written: that same version is written now.
        reuse = self._unexported[1] if self._unexported and self._unexported[0] == key else None
        stored: dict[str, docs.DocumentView] = {}

        def write_final(desk: Any) -> docs.DocumentView:
            docs.check_out_path(path, desk.db.data_dir)
            view = reuse or letters.generate_letter(desk, ref, kind, lang, inputs=inputs)
            stored["view"] = view
            docs.export_document(desk, view.id, path)
            return view

        def written(view: docs.DocumentView) -> None:
            self.last_document, self._unexported = view, None
            self.status_label.setText(self.tr("Stored as version {v} and saved to {p}").format(
                v=view.version, p=path))

        def failed(exc: BaseException) -> None:
            view = stored.get("view")
            if view is not None:  # stored, its file not written: keep it for the next save
                self.last_document, self._unexported = view, (key, view)
            self._not_saved(exc, view)

        self._output(write_final, written, failed)

    def _not_saved(self, exc: BaseException, stored: docs.DocumentView | None) -> None:
        why = plain_error(exc)
        if stored is not None:
            why += "\n\n" + self.tr("Version {v} is stored in the registry; Save as PDF again writes "
                                     "that same version to another place.").format(v=stored.version)
        self.status_label.setText(self.tr("Not saved: {why}").format(why=why))
        QMessageBox.warning(self, self.tr("Letter not saved"), why)

    def make_printer(self) -> QPrinter:
        """The printer the print dialog configures (a seam for tests)."""
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def ask_printer(self, printer: QPrinter) -> bool:
        """Show the system print dialog; True when the officer chose to print."""
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def print_letter(self) -> None:
        """Print the letter through the system print dialog; final letters are stored first.

        The storing and the print's log entry are ops; the pages are painted here, on the UI
        thread, in between. Returns before the print is logged; the status line says it."""
        if self._final_blocked():
            return
        printer = self.make_printer()
        if not self.ask_printer(printer):
            return
        where = printer.outputFileName() or printer.printerName() or self.tr("default printer")
        ref, kind, lang, inputs = self.ref, self.kind(), self.lang(), self.letter_inputs()

        def printed(pages: int) -> None:
            self.status_label.setText(self.tr("Printed %n page(s) on {w}", "", pages).format(w=where))

        def not_printed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Letter not printed"), plain_error(exc))

        def log_print(pages: int, **what: Any) -> None:
            def record(desk: Any) -> int:
                docs.record_print(desk, where, pages=pages, **what)
                return pages
            self._output(record, printed, not_printed)

        if not self.final_box.isChecked():
            try:
                pages = paint_pdf(printer, self.preview.pdf)
            except OSError as exc:
                not_printed(exc)
                return
            log_print(pages, ref=ref, what=f"{kind} ({lang}) draft")
            return

        def store(desk: Any) -> tuple[docs.DocumentView, bytes]:
            view = letters.generate_letter(desk, ref, kind, lang, inputs=inputs)
            return view, docs.document_content(desk, view.id)

        def paint(stored: tuple[docs.DocumentView, bytes]) -> None:
            view, pdf = stored
            self.last_document = view
            try:
                pages = paint_pdf(printer, pdf)
            except OSError as exc:
                not_printed(exc)
                return
            log_print(pages, doc_id=view.id)

        self._output(store, paint, not_printed)
