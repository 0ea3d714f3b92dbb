"""A keyring-held store's recovery key, shown once: the key in large type, Print…, Save as
PDF…, and a box the officer ticks once it is kept. Shown by the first-run wizard's last page and
after the key moves into the keyring (``RecoveryKeyDialog``); the key itself is made by
``app.services.admin.recovery.make_recovery_key`` and never stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.treaty.errors import RuleViolation


class RecoveryKeyView(QWidget):
    """What the officer sees of a new recovery key, and the ways to keep it."""

    def __init__(self, desk: Desk, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.recovery_key = desk, recovery_key
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "The store's key is kept in this computer's keyring, so there is no passphrase. If "
            "this computer or its keyring is lost, a backup opens only with this recovery key. "
            "Print it or save it as PDF and print that, then keep the paper away from the "
            "computer, where your office keeps safe combinations. Whoever holds it and a backup "
            "can read the desk."))
        explain.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setStyleSheet("border: 1px solid #777; padding: 10px;")
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("recovery_print")
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("recovery_pdf")
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("recovery_saved")
        self.saved_label.setWordWrap(True)
        self.kept_box = QCheckBox(self.tr("I have printed or written down the recovery key"))
        self.kept_box.setObjectName("recovery_kept")
        layout.addWidget(explain)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.kept_box)
        layout.addStretch(1)
        self.print_button.clicked.connect(self.print_key)
        self.pdf_button.clicked.connect(self._ask_pdf)

    def _made(self) -> tuple[str, str]:
        info = self.desk.db.key_info
        assert info is not None, "a file store"
        return info.store_id, (info.recovery or {}).get("made", "")

    def pdf_bytes(self) -> bytes:
        """The one-page PDF of the key (``app.documents.recovery_sheet``)."""
        from app.documents.recovery_sheet import recovery_sheet_pdf

        store_id, made = self._made()
        return recovery_sheet_pdf(self.recovery_key, store_id=store_id,
                                  data_dir=self.desk.db.data_dir, made=made)

    def save_pdf(self, path: str) -> None:
        """Write the PDF to ``path`` (0600, all or nothing; never inside the data dir); the line
        under the buttons says where, or why not."""
        from app.security.files import check_output, write_private

        try:
            out = check_output(path, data_dir=self.desk.db.data_dir)
            write_private(out, self.pdf_bytes())
        except (RuleViolation, OSError) as exc:
            self.saved_label.setText(str(exc))
            return
        self.saved_label.setText(self.tr("Saved as {0}. Print it, then delete the file.").format(out))

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key as PDF"),
                                              str(Path.home() / "liaison-desk-recovery-key.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(path)

    def print_key(self) -> None:
        """Print the key through the system's print dialog (the same words as the PDF)."""
        from html import escape

        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from app.documents.recovery_sheet import WHAT_TO_DO

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        store_id, made = self._made()
        doc = QTextDocument()
        # The instructions are the PDF's own (app.documents.recovery_sheet), in English as it is.
        doc.setHtml(self.tr(
            "<h2>Liaison Desk recovery key</h2><p>Store: {0}<br>Data dir when made: {1}<br>"
            "Made: {2}</p><p style='font-size:16pt'><b><tt>{3}</tt></b></p>{4}").format(
            escape(store_id), escape(str(self.desk.db.data_dir)), escape(made),
            escape(self.recovery_key), "".join(f"<p>{escape(line)}</p>" for line in WHAT_TO_DO)))
        doc.print_(printer)


class RecoveryKeyDialog(QDialog):
    """A new recovery key outside the wizard (the key just moved into the keyring); it closes
    only once the officer ticks that the key is kept."""

    def __init__(self, desk: Desk, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key_dialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        self.view = RecoveryKeyView(desk, recovery_key, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.view.kept_box.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def reject(self) -> None:  # Qt override: Escape and the close box
        if self.view.kept_box.isChecked():
            self.accept()  # shown once: closing it means it is kept
