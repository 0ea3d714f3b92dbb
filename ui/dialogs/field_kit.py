"""Field kits in the window: "Prepare field kit…", "Merge field return…" (at the desk) and
"Write field return…" (on a field desk). Each is one op (``ui.ops``); the services
(``app.services.kit``) check everything and refuse with one line, shown in the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.kit.fileformat import MIN_PASSPHRASE
from ui.ops import DeskOp, refusal
from ui.widgets.messages import violation_text


def _words(text: str) -> list[str]:
    """References or codes typed with commas or spaces between them."""
    return [w for w in text.replace(",", " ").split() if w]


class _FileRow(QWidget):
    """A file path with a "Choose…" button (save or open)."""

    def __init__(self, name: str, save: bool, filter_: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.save, self.filter = save, filter_
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(button)

    def choose(self) -> None:
        pick = QFileDialog.getSaveFileName if self.save else QFileDialog.getOpenFileName
        path, _ = pick(self, self.tr("Field kit file"), self.edit.text(), self.filter)
        if path:
            self.edit.setText(path)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class _KitDialog(QDialog):
    """Shared shape: a form, a one-line message for refusals, OK runs ``op`` as a DeskOp."""

    def __init__(self, desk: Any, parent: QWidget | None, name: str, title: str) -> None:
        super().__init__(parent)
        self.desk = desk
        self.result_value: Any = None
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("kit_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def passphrase_field(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def submit(self) -> None:  # overridden
        raise NotImplementedError

    def run(self, op, progress: str) -> None:  # noqa: ANN001 - a callable on the desk
        self.message.setText("")
        self.buttons.setEnabled(False)

        def done(result: Any) -> None:
            self.buttons.setEnabled(True)
            self.result_value = result
            self.accept()

        def refused(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            from app.services.kit.merge import AlreadyMerged

            if isinstance(exc, AlreadyMerged):
                self.result_value = exc
                self.accept()
                return
            refusal(lambda e: self.message.setText(violation_text(e)))(exc)

        DeskOp(self, op).progress(progress).success(done).failure(refused).run(self.desk)


class PrepareKitDialog(_KitDialog):
    """The requests and subjects to take, a label, the kit passphrase (twice) and the file."""

    def __init__(self, desk: Any, parent: QWidget | None = None, *, refs: list[str] | None = None,
                 codes: list[str] | None = None) -> None:
        super().__init__(desk, parent, "prepare_kit_dialog", self.tr("Prepare field kit"))
        intro = QLabel(self.tr(
            "The kit takes the chosen requests and surveillance subjects, with their "
            "observations and information, to a laptop. It is encrypted with the kit passphrase "
            "and signed by this desk. Until its return is merged, those records show as in the "
            "field."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.requests = QLineEdit(" ".join(refs or []))
        self.requests.setObjectName("kit_requests")
        self.requests.setPlaceholderText(self.tr("e.g. JC-US-2026-0012 JC-US-2026-0004"))
        self.subjects = QLineEdit(" ".join(codes or []))
        self.subjects.setObjectName("kit_subjects")
        self.subjects.setPlaceholderText(self.tr("e.g. S-0002 S-0005"))
        self.label = QLineEdit()
        self.label.setObjectName("kit_label")
        self.label.setPlaceholderText(self.tr("e.g. Yokohama, December operation"))
        self.documents = QCheckBox(self.tr("Take stored documents and photos"))
        self.documents.setObjectName("kit_documents")
        self.documents.setChecked(True)
        self.passphrase = self.passphrase_field("kit_passphrase")
        self.repeat = self.passphrase_field("kit_passphrase_repeat")
        self.file = _FileRow("kit_file", True, self.tr("Field kits (*.kit)"))
        self.form.addRow(self.tr("Requests:"), self.requests)
        self.form.addRow(self.tr("Subjects:"), self.subjects)
        self.form.addRow(self.tr("Operation:"), self.label)
        self.form.addRow("", self.documents)
        self.form.addRow(self.tr("Kit passphrase:"), self.passphrase)
        self.form.addRow(self.tr("Repeat it:"), self.repeat)
        self.form.addRow(self.tr("Save the kit as:"), self.file)

    def submit(self) -> None:
        from app.services.kit.prepare import prepare_kit

        out = self.file.path()
        if out is None:
            self.message.setText(self.tr("Choose where to save the kit."))
            return
        if self.passphrase.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self.message.setText(self.tr("The kit passphrase needs at least {0} characters.")
                                 .format(MIN_PASSPHRASE))
            return
        refs, codes = _words(self.requests.text()), _words(self.subjects.text())
        passphrase, label, documents = self.passphrase.text(), self.label.text(), self.documents.isChecked()
        self.run(lambda desk: prepare_kit(desk, out, passphrase, requests=refs, subjects=codes,
                                          label=label or None, documents=documents),
                 self.tr("Preparing the field kit…"))


class MergeReturnDialog(_KitDialog):
    """The return file and the kit passphrase."""

    def __init__(self, desk: Any, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, "merge_return_dialog", self.tr("Merge field return"))
        intro = QLabel(self.tr(
            "The field desk's work comes back into this desk in one step: new observations, "
            "subjects and documents are added, edits applied where the desk did not change the "
            "same field, and both versions kept as a conflict where it did."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.file = _FileRow("return_file", False, self.tr("Field returns (*.return);;All files (*)"))
        self.passphrase = self.passphrase_field("return_passphrase")
        self.form.addRow(self.tr("Return file:"), self.file)
        self.form.addRow(self.tr("Kit passphrase:"), self.passphrase)

    def submit(self) -> None:
        from app.services.kit.merge import merge_return

        path = self.file.path()
        if path is None:
            self.message.setText(self.tr("Choose the return file."))
            return
        passphrase = self.passphrase.text()
        self.run(lambda desk: merge_return(desk, path, passphrase),
                 self.tr("Merging the field return…"))


class WriteReturnDialog(_KitDialog):
    """On a field desk: the kit passphrase and the return file to write."""

    def __init__(self, desk: Any, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, "write_return_dialog", self.tr("Write field return"))
        intro = QLabel(self.tr(
            "The return holds everything done on this field desk since the kit was made, and "
            "its audit log. Take it back to the desk and merge it there."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.passphrase = self.passphrase_field("return_passphrase")
        self.file = _FileRow("return_file", True, self.tr("Field returns (*.return)"))
        self.form.addRow(self.tr("Kit passphrase:"), self.passphrase)
        self.form.addRow(self.tr("Save the return as:"), self.file)

    def submit(self) -> None:
        from app.services.kit.field import write_return

        out = self.file.path()
        if out is None:
            self.message.setText(self.tr("Choose where to save the return."))
            return
        passphrase = self.passphrase.text()
        self.run(lambda desk: write_return(desk, out, passphrase),
                 self.tr("Writing the field return…"))


class _MergeWords(QObject):
    """The words of ``merge_summary``: a class so that its counts are ``self.tr`` calls, the one
    form ``pyside6-lupdate`` files a variable count (``%n``) as a plural message from."""

    def summary(self, result: Any) -> str:
        from app.services.kit.merge import AlreadyMerged

        if isinstance(result, AlreadyMerged):
            return self.tr("Return {0} of kit {1} was already merged; nothing "
                           "changed.").format(result.sequence, result.kit)
        added = sum(result.added.values())
        lines = [self.tr("Return {0} of kit {1} merged: %n record(s) added.", "",
                         added).format(result.sequence, result.kit)]
        lines += [self.tr("{0} (field) is now {1}.").format(a, b)
                  for a, b in result.code_map.items()]
        if result.applied:
            lines.append(self.tr("%n edit(s) of the field applied.", "", len(result.applied)))
        if result.conflicts:
            lines.append(self.tr("%n conflict(s) to resolve on the Conflicts page.", "",
                                 len(result.conflicts)))
        return "\n".join(lines)


def merge_summary(result: Any) -> str:
    """What a merge did, in words, for the message after "Merge field return…"."""
    return _MergeWords().summary(result)
