"""Choose the unlock passphrase of a keyring-held desk: the secret the idle lock asks for.

The store's key stays in the OS keyring; this passphrase only proves, at the lock page, that the
person at the keyboard is the officer (anyone at the computer account could read the keyring).
Its verifier is kept in the key file (``app.security.keys.set_unlock_passphrase``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.security import keys


class UnlockPassphraseDialog(QDialog):
    """Two fields (the passphrase, again); OK records it for ``desk`` and updates the desk's
    key info, so the idle lock asks for it from then on. "Later" leaves the desk without one
    (the lock page then says that anyone at this account can unlock)."""

    def __init__(self, desk, parent: QWidget | None = None) -> None:  # noqa: ANN001 - a Desk
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("unlock_passphrase_dialog")
        self.setWindowTitle(self.tr("Unlock passphrase"))
        intro = QLabel(self.tr(
            "The desk's key is kept in this computer account's keyring. Choose a passphrase that "
            "only you know: the idle lock asks for it before it shows the desk again. At least "
            "{n} characters.").format(n=keys.MIN_UNLOCK_PASSPHRASE))
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("unlock_first")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("unlock_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel("")
        self.error.setObjectName("unlock_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Unlock passphrase"), self.first)
        form.addRow(self.tr("Again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("unlock_later")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:  # Qt override
        first, again = self.first.text(), self.again.text()
        if first != again:
            self.error.setText(self.tr("unlock passphrase: the two entries differ"))
            return
        db = self.desk.db
        try:
            db.key_info = keys.set_unlock_passphrase(Path(db.data_dir), db.key_info, first)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.first.clear()
        self.again.clear()
        super().accept()


def needs_unlock_passphrase(desk) -> bool:  # noqa: ANN001 - a Desk
    """True for a keyring-held file store whose officer has not chosen an unlock passphrase."""
    info = getattr(desk.db, "key_info", None)
    return (info is not None and info.method == "keyring" and not info.unlock
            and desk.db.data_dir is not None)
