"""Letters… for one request: choose kind, language and draft/final, preview, save as PDF, print.

Everything is the service's: the kinds offered (``letters.letter_options``), whether a final
letter is possible and why not (``final_check``, the answer the CLI ``print`` follows too), the
preview (``preview_letter``), storing a FINAL letter as a new registry version
(``generate_letter``) and the audit entries for every file written or page printed
(``app.services.letters.registry``). "Final" starts unticked and stays disabled, with the reasons
listed, while only a draft is possible (Art. 7.2 incomplete, the designated official not named,
a text's version missing in a letter language); a draft is never stored and takes no document
number. The letters stored for the request are listed, each openable in the preview.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import Text
from app.services.context import Desk
from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.services.letters.context import document_number
from app.services.requests.commands import get_request
from app.treaty.errors import RuleViolation
from ui.dialogs.letters_batch import start_batch
from ui.dialogs.letters_output import LetterOutput, plain_error
from ui.i18n import render, violation_line
from ui.widgets.labels import direction_label, letter_kind_label, status_label
from ui.widgets.pdf_view import PdfView
from ui.widgets.request_detail import ELEMENT_LABELS
from ui.widgets.screen_fit import fit_to_screen

__all__ = ["KIND_INPUTS", "LettersDialog", "plain_error", "start_batch"]

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
    "spontaneous_information": ("remarks",),
}
_MULTILINE = ("conditions", "remarks", "information_summary")
_KEY = re.compile(r"^([a-z_]+(?:\.[a-z_]+)*): (.*)$", re.DOTALL)


class LettersDialog(LetterOutput, QDialog):
    """The letters of request ``ref``. ``last_document`` is the last final letter stored."""

    def __init__(self, desk: Desk, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letters_dialog")
        self.desk, self.ref = desk, ref
        self.view = get_request(desk, ref)
        self.options = letters.letter_options(desk, ref)
        self.preview: letters.LetterPreview | None = None
        self.final_reasons: tuple[str, ...] = ()
        self.last_document: docs.DocumentView | None = None
        self.stored: list[docs.DocumentView] = []
        #: The stored version shown in the preview pane (None: the preview of the choices).
        self.shown_version: docs.DocumentView | None = None
        # A final version stored whose file could not be written: saving again writes that same
        # version instead of storing another (nothing is left half-done by a full disk).
        self._unexported: tuple[tuple, docs.DocumentView] | None = None
        self.batch_task = None
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._kind_changed()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Letters \u2014 {ref}").format(ref=self.ref))
        state = f"{direction_label(self.view.direction)} · {status_label(self.view.status)}"
        heading = QLabel(f"<b>{html.escape(self.ref)}</b> \u2014 {html.escape(self.view.title or '')}"
                         f"<br>{html.escape(state)}")
        heading.setObjectName("letters_heading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)

        self.kind_box = QComboBox(objectName="letter_kind")
        # The longest kind title must not widen the form and squeeze the preview off its page.
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(24)
        for k in self.options.kinds:
            self.kind_box.addItem(letter_kind_label(k.code, k.title), k.code)
            if not k.applies:  # listed (so the officer learns why) but not selectable
                item = self.kind_box.model().item(self.kind_box.count() - 1)
                item.setEnabled(False)
                item.setToolTip(render(k.reason))
        self.lang_box = QComboBox(objectName="letter_lang")
        for code in self.options.languages:
            self.lang_box.addItem(" + ".join(self._lang_name(c) for c in code.split("+")) + f"  ({code})", code)
        # Unticked by default: a final letter is stored and numbered, so the officer asks for
        # one; disabled (with the reasons listed) while only a draft is possible.
        self.final_box = QCheckBox(self.tr("Final (stored as a new version)"),
                                   objectName="letter_final")
        self.final_box.setChecked(False)
        self.final_reason = QLabel(objectName="letter_final_reason")
        self.final_reason.setWordWrap(True)
        self.final_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.final_reason.setStyleSheet("color: #555;")

        form = QFormLayout()
        self._form = form
        form.addRow(self.tr("Letter"), self.kind_box)
        unavailable = [k for k in self.options.kinds if not k.applies]
        if unavailable:  # greyed kinds keep their reason in a tooltip; this reaches it by keyboard
            why = QPushButton(self.tr("Why are some letters greyed out?"), objectName="letter_why_not")
            why.setAutoDefault(False)
            why.clicked.connect(self.explain_unavailable)
            form.addRow("", why)
        form.addRow(self.tr("Language"), self.lang_box)
        form.addRow("", self.final_box)
        form.addRow("", self.final_reason)
        labels = {"authority": self.tr("Authority"), "purpose": self.tr("Purpose / proceedings"),
                  "legal_basis": self.tr("Legal obligation (Art. 9.4)"),
                  "disclosure_date": self.tr("Disclosure date (YYYY-MM-DD)"),
                  "conditions": self.tr("Conditions / terms proposed"), "remarks": self.tr("Remarks"),
                  "information_summary": self.tr("Information concerned")}
        self._captions = {
            **labels,
            **{name: f"({letter}) {self.tr(caption)}" for name, (letter, caption) in ELEMENT_LABELS.items()},
            "statement": self.tr("Statement of reasons"),
            "accompanying_info": self.tr("Information for pursuing the matter"),
        }
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label in labels.items():
            edit = QPlainTextEdit() if name in _MULTILINE else QLineEdit()
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
                edit.setFixedHeight(64)
            edit.setObjectName(f"letter_input_{name}")
            edit.textChanged.connect(self._timer.start)
            self.inputs[name] = edit
            form.addRow(label, edit)

        self.problems_label = QLabel(objectName="letter_problems")
        self.problems_label.setWordWrap(True)
        self.status_label = QLabel(objectName="letter_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # paths and refusals quote typed text

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
        lv.addWidget(QLabel(self.tr("Stored letters (double-click to show)")))
        self.versions = QTableWidget(0, 5, objectName="letter_versions")
        self.versions.setHorizontalHeaderLabels([self.tr("Document no."), self.tr("Language"),
                                                 self.tr("Stored on"), self.tr("Final / draft"),
                                                 self.tr("Letter")])
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.verticalHeader().hide()
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.setMinimumHeight(90)
        self.versions.cellDoubleClicked.connect(lambda row, _col: self.show_version(row))
        self.open_version_button = QPushButton(self.tr("Show stored letter"), objectName="letter_open_version")
        self.open_version_button.setAutoDefault(False)
        self.open_version_button.clicked.connect(lambda: self.show_version(self.versions.currentRow()))
        lv.addWidget(self.versions, 1)
        lv.addWidget(self.open_version_button)
        for b in (self.save_button, self.print_button, self.batch_button, close):
            lv.addWidget(b)

        self.pdf_view = PdfView()
        zoom_out = QPushButton("\u2212", objectName="letter_zoom_out")
        zoom_in = QPushButton("+", objectName="letter_zoom_in")
        zoom_out.clicked.connect(self.pdf_view.zoom_out)
        zoom_in.clicked.connect(self.pdf_view.zoom_in)
        zoom_out.setToolTip(self.tr("Zoom out (Ctrl+\u2212)"))
        zoom_in.setToolTip(self.tr("Zoom in (Ctrl++); Ctrl+0 fits the page width"))
        self.zoom_label = QLabel("100 %", objectName="letter_zoom")
        self.pdf_view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.page_label = QLabel(objectName="letter_page")
        self.page_label.setToolTip(self.tr("PgDn / PgUp in the preview: next / previous page"))
        self.pdf_view.page_changed.connect(self._page_changed)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Preview")))
        bar.addWidget(self.page_label)
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
        self.refresh_versions()
        fit_to_screen(self, 1100, 780)  # a 1,366 x 768 laptop has less height than that

    def showEvent(self, event) -> None:  # Qt API
        """On first show, give the letter preview most of the width."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._split.setSizes([420, max(400, self.width() - 420)])
            QTimer.singleShot(0, self.pdf_view.fit_width)  # once the splitter has placed the view

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
            return render(option.reason) if option is not None else self.tr("unknown letter kind")
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
        self.kind_box.setToolTip(self.kind_box.currentText())  # the whole title, if the box cut it
        shown = KIND_INPUTS.get(self.kind(), ())
        for name, edit in self.inputs.items():
            self._form.setRowVisible(edit, name in shown)
        self.refresh_preview()

    def _update_batch_button(self) -> None:
        due = letters.acknowledgements_due(self.desk)
        self.batch_button.setText(self.tr("Acknowledge all received ({n})\u2026").format(n=len(due)))
        self.batch_button.setEnabled(bool(due))
        self._due = due

    def explain_unavailable(self) -> QMessageBox:
        """Say, in a dialog the keyboard reaches, why each greyed-out kind is not offered."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Letters not offered now"),
                          "\n".join(self.tr("• {kind}: {reason}").format(kind=letter_kind_label(k.code, k.title),
                                                                         reason=render(k.reason))
                                    for k in self.options.kinds if not k.applies),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return box

    def refresh_preview(self) -> None:
        """Render the preview for the current choices and say what blocks a final letter.

        Asks the service whether a final letter is possible (``final_check``): while it is not,
        "Final" is unticked and disabled and the reasons are listed."""
        self._timer.stop()
        self.shown_version = None
        applies = self._kind_applies()
        self.save_button.setEnabled(applies)
        self.print_button.setEnabled(applies)
        if not applies:
            self.preview = None
            self.pdf_view.set_pdf(b"")
            self._set_final_possible(())
            reason = next((render(k.reason) for k in self.options.kinds if k.code == self.kind()), "")
            self._show_problems([reason or self.tr("This letter does not apply to the request.")])
            return
        try:
            check = letters.final_check(self.desk, self.ref, self.kind(), self.lang(),
                                        inputs=self.letter_inputs())
            self._set_final_possible(check.reasons)
            self.preview = letters.preview_letter(self.desk, self.ref, self.kind(), self.lang(),
                                                  final=self.final_box.isChecked(),
                                                  inputs=self.letter_inputs())
        except RuleViolation as exc:
            self.preview = None
            self.pdf_view.set_pdf(b"")
            self._set_final_possible((violation_line(exc),))
            self._show_problems([violation_line(exc)])
            return
        self.pdf_view.set_pdf(self.preview.pdf)
        if self.final_reasons:
            self._show_problems(list(self.final_reasons),
                                self.tr("Only a DRAFT can be produced until this is resolved:"))
            return
        self._show_problems([])
        if self.preview.final:
            text = self.tr("Ready: final letter, document no. {n} when stored").format(
                n=self.preview.document_number)
        else:
            text = self.tr("Ready: draft (not stored, no document number); tick \u201cFinal\u201d "
                           "to store a numbered letter")
        self.problems_label.setText(f"<span style='{_OK_STYLE}'>" + html.escape(text) + "</span>")

    def _set_final_possible(self, reasons: tuple[str, ...]) -> None:
        """Enable "Final" only when no reason stands against a final letter; untick it when one does."""
        self.final_reasons = tuple(reasons)
        possible = not self.final_reasons
        if not possible and self.final_box.isChecked():
            self.final_box.blockSignals(True)  # no second preview for the untick
            self.final_box.setChecked(False)
            self.final_box.blockSignals(False)
        self.final_box.setEnabled(possible)
        if possible:
            self.final_reason.setText("")
            self.final_box.setToolTip(self.tr("Stores the letter as a new numbered version"))
        else:
            self.final_reason.setText(self.tr("Only a draft is possible until %n problem(s) listed "
                                              "below are resolved.", "", len(self.final_reasons)))
            self.final_box.setToolTip("\n".join(map(self.readable, self.final_reasons)))

    def refresh_versions(self) -> None:
        """List the letters stored for the request: kind, language, number, date, final/draft."""
        self.stored = [d for d in docs.list_documents(self.desk, self.ref) if d.kind in self._kind_titles()]
        self.stored.sort(key=lambda d: (d.created_at, d.id), reverse=True)  # newest first
        self.versions.setRowCount(len(self.stored))
        for row, d in enumerate(self.stored):
            langs = " + ".join(self._lang_name(c) for c in (d.language or "").split("+") if c)
            cells = (document_number(self.ref, d.kind, d.version), langs,
                     d.created_at.strftime("%Y-%m-%d %H:%M UTC"),
                     self.tr("Final") if d.final else self.tr("Draft"),
                     self._kind_titles().get(d.kind, d.kind))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                item.setToolTip(text)
                self.versions.setItem(row, col, item)
        self.versions.resizeColumnsToContents()
        self.open_version_button.setEnabled(bool(self.stored))
        if self.stored and self.versions.currentRow() < 0:
            self.versions.selectRow(0)

    def _kind_titles(self) -> dict[str, str]:
        return {k.code: letter_kind_label(k.code, k.title) for k in self.options.kinds}

    def show_version(self, row: int) -> None:
        """Show stored letter ``row`` of the list in the preview pane (read from the registry,
        checked against its SHA-256; no file is written). Any change of choice shows the preview
        again."""
        if not 0 <= row < len(self.stored):
            return
        view = self.stored[row]
        try:
            pdf = docs.document_content(self.desk, view.id)
        except RuleViolation as exc:
            self.status_label.setText(plain_error(exc))
            return
        self.shown_version = view
        self.pdf_view.set_pdf(pdf)
        self.status_label.setText(self.tr("Showing the stored letter {n} ({kind}, {state}); change a "
                                          "choice to see the preview again").format(
            n=document_number(self.ref, view.kind, view.version),
            kind=self._kind_titles().get(view.kind, view.kind),
            state=self.tr("final") if view.final else self.tr("draft")))

    def _page_changed(self, n: int, total: int) -> None:
        self.page_label.setText(self.tr("\u2014 page {n} of {total}").format(n=n, total=total) if total else "")

    def readable(self, problem: str) -> str:
        """A problem line with the form's caption (or nothing) in place of an internal field key."""
        if isinstance(problem, Text) and {"key", "problem"} <= set(problem.params):
            key = str(problem.params["key"]).removeprefix("elements.")
            caption, text = self._captions.get(key), render(problem.params["problem"])
            text = text[:1].upper() + text[1:]
            return f"{caption}: {text}" if caption else text
        problem = render(problem)
        match = _KEY.match(problem)
        if match is None:
            return problem
        key, text = match.group(1).removeprefix("elements."), match.group(2)
        caption = self._captions.get(key)
        text = text[:1].upper() + text[1:]
        return f"{caption}: {text}" if caption else text

    def _lang_name(self, code: str) -> str:
        names = {"en": self.tr("English"), "ja": self.tr("Japanese"), "es": self.tr("Spanish")}
        return names.get(code, code)

    def _show_problems(self, problems: list[str], intro: str = "") -> None:
        if not problems:
            self.problems_label.setText("")
            return
        items = "".join(f"<li>{html.escape(self.readable(p))}</li>" for p in problems)
        self.problems_label.setText(f"<span style='{_ERROR_STYLE}'>{html.escape(intro)}<ul>{items}</ul></span>")

    def acknowledge_all_due(self) -> None:
        """Final acknowledgements for every incoming request still 'received', off the UI thread."""
        self.batch_task = start_batch(self.desk, "acknowledgement", list(self._due), self.lang(),
                                      parent=self, on_done=self._batch_done)

    def _batch_done(self, result: letters.BatchResult) -> None:
        lines = [self.tr("%n acknowledgement(s) stored.", "", len(result.documents))]
        lines += [self.tr("Not made for {ref}: {why}").format(ref=ref, why=self.readable(msg))
                  for ref, msg in result.failures]
        if result.cancelled:
            lines.append(self.tr("Cancelled; the letters already made are kept."))
        self.status_label.setText("\n".join(lines))
        self._update_batch_button()
        self.refresh_versions()
