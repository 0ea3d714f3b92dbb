"""Letters… for one request: choose kind, language and draft/final, preview, save as PDF, print.

Everything is the service's: the kinds offered (``letters.letter_options``), the preview
(``preview_letter``), storing a FINAL letter as a new registry version (``generate_letter``) and
the audit entries for every file written or page printed (``app.services.documents``). A final
letter with problems (Art. 7.2 incomplete, a name missing) is shown as a watermarked draft with
the problems listed, and cannot be saved or printed as final.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QProgressDialog, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from app.services import documents as docs
from app.services import letters
from app.services.context import Desk
from app.services.requests import get_request
from app.treaty.errors import RuleViolation
from ui.tasks import run_task
from ui.widgets.pdf_view import PdfView, paint_pdf

_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1b5e20;"

#: Officer input each kind asks for (LetterInput field names), shown only for that kind.
KIND_INPUTS: dict[str, tuple[str, ...]] = {
    "approval_request": ("authority", "purpose", "conditions", "information_summary"),
    "disclosure_notice": ("authority", "legal_basis", "disclosure_date", "conditions", "information_summary"),
    "evidence_cover": ("purpose", "authority", "information_summary", "remarks"),
    "consultation": ("conditions",),
    "statement_of_reasons": ("conditions",),
    "acknowledgement": ("remarks",),
}
_MULTILINE = ("conditions", "remarks", "information_summary")


class LettersDialog(QDialog):
    """The letters of request ``ref``. ``last_document`` is the last final letter stored."""

    def __init__(self, desk: Desk, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letters_dialog")
        self.desk, self.ref = desk, ref
        self.view = get_request(desk, ref)
        self.options = letters.letter_options(desk, ref)
        self.preview: letters.LetterPreview | None = None
        self.last_document: docs.DocumentView | None = None
        self.batch_task = None
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._kind_changed()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Letters \u2014 {ref}").format(ref=self.ref))
        heading = QLabel(f"<b>{html.escape(self.ref)}</b> \u2014 {html.escape(self.view.title or '')}"
                         f"<br>{html.escape(self.view.direction)}, {html.escape(self.view.status)}")
        heading.setObjectName("letters_heading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)

        self.kind_box = QComboBox(objectName="letter_kind")
        for k in self.options.kinds:
            self.kind_box.addItem(k.title, k.code)
            if not k.applies:  # listed (so the officer learns why) but not selectable
                item = self.kind_box.model().item(self.kind_box.count() - 1)
                item.setEnabled(False)
                item.setToolTip(k.reason or "")
        self.lang_box = QComboBox(objectName="letter_lang")
        for code in self.options.languages:
            self.lang_box.addItem(" + ".join(self._lang_name(c) for c in code.split("+")) + f"  ({code})", code)
        self.final_box = QCheckBox(self.tr("Final (stored as a new version)"),
                                   objectName="letter_final")
        self.final_box.setChecked(True)

        form = QFormLayout()
        self._form = form
        form.addRow(self.tr("Letter"), self.kind_box)
        form.addRow(self.tr("Language"), self.lang_box)
        form.addRow("", self.final_box)
        labels = {"authority": self.tr("Authority"), "purpose": self.tr("Purpose / proceedings"),
                  "legal_basis": self.tr("Legal obligation (Art. 9.4)"),
                  "disclosure_date": self.tr("Disclosure date (YYYY-MM-DD)"),
                  "conditions": self.tr("Conditions / terms proposed"), "remarks": self.tr("Remarks"),
                  "information_summary": self.tr("Information concerned")}
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label in labels.items():
            edit = QPlainTextEdit() if name in _MULTILINE else QLineEdit()
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
            edit.setObjectName(f"letter_input_{name}")
            if isinstance(edit, QPlainTextEdit):
                edit.setFixedHeight(64)
                edit.textChanged.connect(self._timer.start)
            else:
                edit.textChanged.connect(self._timer.start)
            self.inputs[name] = edit
            form.addRow(label, edit)

        self.problems_label = QLabel(objectName="letter_problems")
        self.problems_label.setWordWrap(True)
        self.status_label = QLabel(objectName="letter_status")
        self.status_label.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Save as PDF\u2026"), objectName="letter_save")
        self.print_button = QPushButton(self.tr("Print\u2026"), objectName="letter_print")
        self.batch_button = QPushButton(objectName="letter_batch")
        close = QPushButton(self.tr("Close"), objectName="letter_close")
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_letter)
        self.batch_button.clicked.connect(self.acknowledge_all_due)
        close.clicked.connect(self.reject)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(heading)
        lv.addLayout(form)
        lv.addWidget(self.problems_label)
        lv.addWidget(self.status_label)
        lv.addStretch(1)
        for b in (self.save_button, self.print_button, self.batch_button, close):
            lv.addWidget(b)

        self.pdf_view = PdfView()
        zoom_out = QPushButton("\u2212", objectName="letter_zoom_out")
        zoom_in = QPushButton("+", objectName="letter_zoom_in")
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_in.setToolTip(self.tr("Zoom in"))
        zoom_out.clicked.connect(self.pdf_view.zoom_out)
        zoom_in.clicked.connect(self.pdf_view.zoom_in)
        self.zoom_label = QLabel("100 %", objectName="letter_zoom")
        self.pdf_view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Preview")))
        bar.addStretch(1)
        for w in (zoom_out, self.zoom_label, zoom_in):
            bar.addWidget(w)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(bar)
        rv.addWidget(self.pdf_view, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        self._split = split
        self._sized = False
        QVBoxLayout(self).addWidget(split)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.lang_box.currentIndexChanged.connect(self._timer.start)
        self.final_box.toggled.connect(self._timer.start)
        first = next((i for i, k in enumerate(self.options.kinds) if k.applies), -1)
        self.kind_box.setCurrentIndex(max(first, 0))
        self._update_batch_button()
        self.resize(1100, 780)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        """On first show, give the letter preview most of the width."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._split.setSizes([420, max(400, self.width() - 420)])

    # -- state --------------------------------------------------------------------------------

    def kind(self) -> str:
        """The chosen kind code."""
        return self.kind_box.currentData()

    def lang(self) -> str:
        """The chosen language code."""
        return self.lang_box.currentData()

    def choose(self, kind: str, inputs: dict[str, str] | None = None) -> str | None:
        """Preselect ``kind`` and fill officer input; returns why it cannot be chosen, else None."""
        option = next((k for k in self.options.kinds if k.code == kind), None)
        if option is None or not option.applies:
            return option.reason if option is not None else self.tr("unknown letter kind")
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        for name, value in (inputs or {}).items():
            edit = self.inputs.get(name)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            elif edit is not None:
                edit.setText(value)
        return None

    def letter_inputs(self) -> dict[str, Any]:
        """The officer input shown for the chosen kind (blank fields left out)."""
        out = {}
        for name in KIND_INPUTS.get(self.kind(), ()):
            edit = self.inputs[name]
            value = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if value.strip():
                out[name] = value
        return out

    def _kind_applies(self) -> bool:
        return any(k.code == self.kind() and k.applies for k in self.options.kinds)

    def _kind_changed(self) -> None:
        shown = KIND_INPUTS.get(self.kind(), ())
        for name, edit in self.inputs.items():
            self._form.setRowVisible(edit, name in shown)
        self.refresh_preview()

    def _update_batch_button(self) -> None:
        due = letters.acknowledgements_due(self.desk)
        self.batch_button.setText(self.tr("Acknowledge all received ({n})\u2026").format(n=len(due)))
        self.batch_button.setEnabled(bool(due))
        self._due = due

    def refresh_preview(self) -> None:
        """Render the preview for the current choices and list what blocks a final letter."""
        self._timer.stop()
        applies = self._kind_applies()
        self.save_button.setEnabled(applies)
        self.print_button.setEnabled(applies)
        if not applies:
            self.preview = None
            self.pdf_view.set_pdf(b"")
            reason = next((k.reason for k in self.options.kinds if k.code == self.kind()), "")
            self._show_problems([reason or self.tr("This letter does not apply to the request.")])
            return
        try:
            self.preview = letters.preview_letter(self.desk, self.ref, self.kind(), self.lang(),
                                                  final=self.final_box.isChecked(),
                                                  inputs=self.letter_inputs())
        except RuleViolation as exc:
            self.preview = None
            self.pdf_view.set_pdf(b"")
            self._show_problems([str(exc)])
            return
        self.pdf_view.set_pdf(self.preview.pdf)
        if self.final_box.isChecked() and self.preview.problems:
            self._show_problems(list(self.preview.problems),
                                self.tr("Only a DRAFT can be produced until this is resolved:"))
        else:
            self._show_problems([])
            kind = self.tr("final letter") if self.preview.final else self.tr("draft")
            self.problems_label.setText(
                f"<span style='{_OK_STYLE}'>" + html.escape(self.tr("Ready: {kind}, document no. {n}").format(
                    kind=kind, n=self.preview.document_number)) + "</span>")

    def _lang_name(self, code: str) -> str:
        names = {"en": self.tr("English"), "ja": self.tr("Japanese"), "es": self.tr("Spanish")}
        return names.get(code, code)

    def _show_problems(self, problems: list[str], intro: str = "") -> None:
        if not problems:
            self.problems_label.setText("")
            return
        items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
        self.problems_label.setText(f"<span style='{_ERROR_STYLE}'>{html.escape(intro)}<ul>{items}</ul></span>")

    # -- output -------------------------------------------------------------------------------

    def _final_blocked(self) -> bool:
        if self.preview is None:
            return True
        if self.final_box.isChecked() and self.preview.problems:
            QMessageBox.warning(self, self.tr("Final letter not possible"),
                                self.tr("A final letter cannot be produced:\n\n{p}\n\nUntick "
                                        "\u201cFinal\u201d to produce a draft.").format(
                                    p="\n".join(self.preview.problems)))
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"), name, "PDF (*.pdf)")
        if not path:
            return
        try:
            docs.check_out_path(path)
            if self.final_box.isChecked():
                view = self._store_final()
                docs.export_document(self.desk, view.id, path)
                self.status_label.setText(self.tr("Stored as version {v} and saved to {p}").format(v=view.version, p=path))
            else:
                docs.export_unstored(self.desk, self.ref, self.preview.pdf, path,
                                     what=f"{self.kind()} ({self.lang()}) draft")
                self.status_label.setText(self.tr("Draft saved to {p} (not stored)").format(p=path))
        except RuleViolation as exc:
            QMessageBox.warning(self, self.tr("Letter not saved"), str(exc))
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
            QMessageBox.warning(self, self.tr("Letter not printed"), str(exc))
        self.refresh_preview()

    def acknowledge_all_due(self) -> None:
        """Final acknowledgements for every incoming request still 'received', off the UI thread."""
        self.batch_task = start_batch(self.desk, "acknowledgement", list(self._due), self.lang(),
                                      parent=self, on_done=self._batch_done)

    def _batch_done(self, result: letters.BatchResult) -> None:
        lines = [self.tr("{n} acknowledgement(s) stored.").format(n=len(result.documents))]
        lines += [f"{ref}: {msg}" for ref, msg in result.failures]
        if result.cancelled:
            lines.append(self.tr("Cancelled; the letters already made are kept."))
        self.status_label.setText("\n".join(lines))
        self._update_batch_button()


class _BatchSignals(QObject):
    progress = Signal(int, int, str)


def start_batch(desk: Desk, kind: str, refs: list[str], lang: str, *, parent: QWidget | None = None,
                on_done: Callable[[letters.BatchResult], None] | None = None):  # noqa: ANN201 - a Task
    """Run ``letters.generate_batch`` off the UI thread behind a cancellable progress dialog."""
    tr = QCoreApplication.translate
    dialog = QProgressDialog(tr("LettersDialog", "Producing letters\u2026"), tr("LettersDialog", "Cancel"),
                             0, max(1, len(refs)), parent)
    dialog.setObjectName("letters_batch_progress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    stop = threading.Event()
    dialog.canceled.connect(stop.set)
    signals = _BatchSignals()
    signals.progress.connect(lambda n, total, ref: (dialog.setValue(n), dialog.setLabelText(ref)),
                             Qt.ConnectionType.QueuedConnection)

    def finished(result: letters.BatchResult) -> None:
        dialog.reset()
        dialog.deleteLater()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        QMessageBox.warning(parent, tr("LettersDialog", "Letters"), str(exc))

    def work() -> letters.BatchResult:  # on a pool thread: progress goes back through a signal
        return letters.generate_batch(desk, kind, refs, lang, cancelled=stop.is_set,
                                      progress=lambda n, total, ref: signals.progress.emit(n, total, ref))

    task = run_task(work, on_done=finished, on_error=failed)
    task._batch_signals = signals  # noqa: SLF001 - keep the signal object alive with the task
    task.batch_progress = dialog
    return task
