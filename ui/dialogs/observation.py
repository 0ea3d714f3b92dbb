"""Add an observation to a subject's log (Art. 4.2), and report observations back.

Times are entered and shown in UTC, as they are stored. Photos and scans picked here are
attached after the observation is saved, each as its own stored document, read and stored on the
write thread (``ui.dialogs.saving``: each write an op) while the dialog says "Attaching …". A file
missing, empty or over the limit is refused before anything is saved.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.services.context import Desk
from app.services.ledger.information import ItemView
from app.services.surveillance import observations as svc
from app.services.surveillance.views import ObservationView, SubjectView
from app.treaty.errors import RuleViolation
from ui.dialogs.saving import SavesByOp
from ui.i18n import render
from ui.tasks import Task, run_task
from ui.views.information_files import check_file, read_file, size_words
from ui.widgets.field_errors import FieldErrors
from ui.widgets.messages import may_close_unsaved, violation_text

_ERROR_STYLE = "color: #b00020;"
#: Translated where shown (``self.tr`` here; the subject page uses this context too).
EVENT_LABELS = {
    "arrived": QT_TRANSLATE_NOOP("ObservationDialog", "Arrived"),
    "departed": QT_TRANSLATE_NOOP("ObservationDialog", "Departed"),
    "cargo_declared": QT_TRANSLATE_NOOP("ObservationDialog", "Cargo declared"),
    "inspected": QT_TRANSLATE_NOOP("ObservationDialog", "Inspected"),
    "sighted": QT_TRANSLATE_NOOP("ObservationDialog", "Sighted"),
    "other": QT_TRANSLATE_NOOP("ObservationDialog", "Other"),
}


class ObservationDialog(SavesByOp, QDialog):
    """Record what was seen of ``view``'s subject; ``result_view`` after Accepted (``result()``
    stays Qt's dialog code)."""

    #: A save's watch-list check (Art. 4.2) that waited for the index came back (perhaps after
    #: the dialog closed): the updated ``result_view`` (``watch_hits`` filled in).
    watch_checked = Signal(object)

    def __init__(self, desk: Desk, view: SubjectView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observation_dialog")
        self.setWindowTitle(self.tr("Observation of {0} ({1})").format(view.display_name, view.code))
        self.desk, self.view = desk, view
        self.result_view: ObservationView | None = None
        self.files: list[Path] = []
        self.watch_task: Task | None = None  # the watch-list check, when it came later
        form = QFormLayout(self)
        self.setMinimumWidth(560)  # narrower, the Where hint and the UN/LOCODE field were cut
        self.observed_at = QDateTimeEdit(objectName="observed_at")
        self.observed_at.setTimeZone(QTimeZone.utc())
        self.observed_at.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        self.observed_at.setCalendarPopup(True)
        now = desk.now()
        self.observed_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp()),
                                                                  QTimeZone.utc()))
        self.event = QComboBox(objectName="event")
        for key, label in EVENT_LABELS.items():
            self.event.addItem(self.tr(label), key)
        self.event.currentIndexChanged.connect(self._where_hint)
        self.place = QLineEdit(objectName="place")
        self.locode = QLineEdit(objectName="locode")
        self.locode.setPlaceholderText(self.tr("UN/LOCODE"))
        self.locode.setToolTip(self.tr("UN/LOCODE of the port or airport, e.g. JPYOK or JP YOK"))
        self.locode.setMaxLength(7)  # "JP YOK", as the UN/LOCODE list writes it, fits
        self._where_hint()
        where = QHBoxLayout()
        where.addWidget(self.place, 3)
        where.addWidget(self.locode, 1)
        self.source = QLineEdit(objectName="source")
        self.text = QPlainTextEdit(objectName="text")
        self.text.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
        self.request = QComboBox(objectName="request")
        self.request.addItem(self.tr("(the request that asked for it)"), None)
        for ref, _role in view.requests:
            self.request.addItem(ref, ref)
        self.file_list = QListWidget(objectName="files")
        self.file_list.setFixedHeight(56)
        pick = QPushButton(self.tr("Attach photo or scan…"), objectName="attach")
        pick.clicked.connect(self._pick)
        self.pick_btn = pick
        self.busy_label = QLabel(objectName="busy")
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)  # file names as named
        self.busy_label.setWordWrap(True)
        self.busy_label.setVisible(False)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        # A refusal shows under the field it is about, named by its caption (not its key).
        self.errors = FieldErrors(self.error)
        self.errors.row(form, "observed_at", self.tr("When (UTC)"), self.observed_at)
        self.errors.row(form, "event", self.tr("What"), self.event)
        self.errors.row(form, ("place", "locode"), self.tr("Where"), where, self.place)
        self.errors.row(form, "source", self.tr("Source"), self.source)
        self.errors.row(form, "text", self.tr("Notes"), self.text)
        self.errors.row(form, "request_ref", self.tr("Answers request"), self.request)
        self.errors.row(form, ("attachments", "filename", "content"), self.tr("Attachments"),
                        self.file_list)
        form.addRow("", pick)
        form.addRow(self.error)
        form.addRow(self.busy_label)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        self.buttons = box
        form.addRow(box)
        self._initial = self.fields()  # what "unsaved edits" are measured against

    def _where_hint(self) -> None:
        """Say in the empty Where field whether this event needs a place (Art. 4.2)."""
        if self.event.currentData() in svc.PLACED_EVENTS:
            self.place.setPlaceholderText(self.tr("Required (or a UN/LOCODE), e.g. Yokohama"))
        else:
            self.place.setPlaceholderText(self.tr("Optional for “Other”, e.g. Yokohama"))

    def _pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "",
                                                self.tr("Images and scans (*.jpg *.jpeg *.png "
                                                        "*.tif *.tiff *.pdf);;All files (*)"))
        for p in paths:
            self.add_file(Path(p))

    def add_file(self, path: Path) -> None:
        """Queue a file to attach once the observation is saved."""
        self.files.append(path)
        self.file_list.addItem(path.name)

    def fields(self) -> dict:
        """The form as service fields."""
        when = self.observed_at.dateTime().toUTC().toString("yyyy-MM-ddTHH:mm")
        return {"observed_at": when, "event": self.event.currentData(),
                "place": self.place.text(), "locode": self.locode.text(),
                "source": self.source.text(), "text": self.text.toPlainText(),
                "request_ref": self.request.currentData()}

    def save(self) -> None:
        """Save the observation, then its attachments (ops: this returns before either is
        stored); a refusal stays on screen.

        The files are checked first (missing, empty, over the limit: refused, nothing saved);
        the observation is saved (a small write, its refusals shown under their fields), then
        the files are read, hashed and stored, and the dialog closes when they are. Then, as its
        own step on a worker (it may wait for the watch-list index), the other subjects the notes
        name are looked up and arrive by ``watch_checked`` (Art. 4.2)."""
        if self.busy or self.result_view is not None:
            return
        sizes = []
        for p in self.files:
            try:
                sizes.append(check_file(p, "attachments", svc.MAX_ATTACHMENT_BYTES))
            except RuleViolation as exc:
                self.errors.show(RuleViolation(exc.field, f"{p.name}: {render(exc.message)}"))
                return
        self.errors.clear()
        code, fields = self.view.code, self.fields()  # read here: the write thread touches no widget
        self._sizes = sum(sizes)
        self._set_busy(self.tr("Saving the observation…"))
        self.save_by_op(lambda desk: svc.add_observation(desk, code, fields),
                        saved=self._saved, refused=self._refused)

    def _refused(self, exc: RuleViolation) -> None:
        self._set_busy(None)
        self.errors.show(exc)

    def _saved(self, view: ObservationView) -> None:
        self.result_view = view
        if view.text or view.place:  # names or numbers to look for on the watch list
            self.watch_task = run_task(
                svc.observation_watch_hits, self.desk, view.id,
                on_done=lambda hits: self._watch_fetched(tuple(hits), None),
                on_error=lambda exc: self._watch_fetched((), exc))
        if not self.files:
            self._set_busy(None)
            self.accept()
            return
        what = (self.files[0].name if len(self.files) == 1
                else self.tr("{0} files").format(len(self.files)))
        self._set_busy(self.tr("Attaching {0} ({1})…").format(what, size_words(self._sizes)))
        code, paths = self.view.code, list(self.files)
        self.save_by_op(lambda desk: attach_files(desk, code, view.id, paths),
                        saved=self._attached, refused=self._attach_failed,
                        fault=self._attach_failed)

    def _watch_fetched(self, hits: tuple, error: BaseException | None) -> None:
        if not isValid(self) or self.result_view is None:
            return  # the page that opened the dialog is gone: nobody to tell
        view = self.result_view  # perhaps with the attachments' warnings by now
        warnings = view.warnings if error is None else (
            *view.warnings, self.tr("watch list: not checked ({0})").format(error))
        self.result_view = replace(view, watch_hits=hits, warnings=warnings)
        self.watch_checked.emit(self.result_view)

    def _set_busy(self, text: str | None) -> None:
        """Say what is being stored; Save, Cancel and the file picker wait meanwhile."""
        self.busy_label.setText(text or "")
        self.busy_label.setVisible(text is not None)
        self.buttons.setEnabled(text is None)
        self.pick_btn.setEnabled(text is None)

    def _attached(self, problems: list[str]) -> None:
        self._set_busy(None)
        if problems:  # the observation stands; say which file was not attached
            self.result_view = replace(self.result_view, warnings=(*self.result_view.warnings,
                                                                   *problems))
        self.accept()

    def _attach_failed(self, _exc: BaseException) -> None:
        # A file's refusal is worded by ``attach_files``; this is a fault, already in the
        # readable error dialog. The observation is saved: the dialog closes on it.
        self._set_busy(None)
        self.accept()

    def reject(self) -> None:
        """Close (Esc, Cancel); with unsaved edits ask Save / Discard / Cancel first. While the
        attachments are stored it waits for them."""
        if self.busy:
            return
        if self.result_view is None and (self.files or self.fields() != self._initial) and not \
                may_close_unsaved(self, self.tr("This observation is not saved. Save it?"), self.save):
            return  # cancelled, or saving (accepted once stored, or the refusal under its field)
        super().reject()


def attach_files(desk: Desk, code: str, observation_id: int, paths: list[Path]) -> list[str]:
    """On the write thread: read and store each file with the observation (each its own document and
    transaction, through the service's own session); returns one line per file not attached."""
    problems = []
    for path in paths:
        try:
            content = read_file(path, "attachments", svc.MAX_ATTACHMENT_BYTES)
            svc.attach_file(desk, code, path.name, content, observation_id=observation_id)
        except RuleViolation as exc:
            problems.append(QCoreApplication.translate("ObservationDialog", "{0}: not attached ({1})")
                            .format(path.name, render(exc.message)))
    return problems


class ReportBackDialog(SavesByOp, QDialog):
    """Draft the information item reporting chosen observations to the requesting side."""

    def __init__(self, desk: Desk, view: SubjectView, observation_ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_back_dialog")
        self.setWindowTitle(self.tr("Report back on {0}").format(view.code))
        self.desk, self.view, self.ids = desk, view, observation_ids
        self.result_view: ItemView | None = None
        layout = QVBoxLayout(self)
        to = view.requested_by or view.agreement_short or ""
        refs = ", ".join(view.surveillance_refs) or self.tr("no request linked")
        head = QLabel(self.tr("%n observation(s), to {0} under {1}. The summary below becomes a "
                              "provided information item; edit it as needed.", "",
                              len(observation_ids)).format(to, refs))
        head.setTextFormat(Qt.TextFormat.PlainText)  # the partner's name shows as typed
        head.setWordWrap(True)
        layout.addWidget(head)
        self.summary = QPlainTextEdit(objectName="summary")
        self.summary.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
        self.summary.setPlainText(svc.compose_report(desk, view.code, observation_ids))
        layout.addWidget(self.summary)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draft information item"))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(640, 360)

    def save(self) -> None:
        """Record the information item through the service (an op: returns before it is
        stored); the dialog closes once it is, or says the refusal and stays."""
        code, ids, summary = self.view.code, list(self.ids), self.summary.toPlainText()
        self.save_by_op(lambda desk: svc.report_back(desk, code, ids, summary=summary),
                        saved=self._saved, refused=self._refused)

    def _saved(self, view: ItemView) -> None:
        self.result_view = view
        self.accept()

    def _refused(self, exc: RuleViolation) -> None:
        self.error.setText(violation_text(exc, self.tr("Summary") if exc.field == "summary"
                                          else None))
