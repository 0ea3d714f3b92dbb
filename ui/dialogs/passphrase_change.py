"""Change the secret that protects the desk: the store's passphrase (the store is re-keyed), or
a keyring desk's unlock passphrase (the key stays in the keyring).

Both need the current secret first: whoever sits at an unlocked desk must not be able to lock
the officer out, or read the new passphrase's protection away."""

from __future__ import annotations

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
from ui.ops import DeskOp


class PassphraseChangeDialog(QDialog):
    """Current secret, new one twice; OK re-keys a passphrase store on the write thread (an op:
    it waits for writes under way) or records a new unlock passphrase for a keyring store.

    ``move=True``: the key is kept the other way instead, as the first-run wizard asked — a
    passphrase store's key moves into the keyring (no new passphrase), a keyring store's is
    derived from the new passphrase; the store is re-keyed either way."""

    def __init__(self, desk, parent: QWidget | None = None, *,  # noqa: ANN001 - a Desk
                 move: bool = False) -> None:
        super().__init__(parent)
        self.desk = desk
        self.move = move
        self.setObjectName("passphrase_change_dialog")
        info = desk.db.key_info
        self.rekeys = info is not None and info.method == "passphrase"
        if move:
            self.setWindowTitle(self.tr("Where the key is kept"))
            intro = QLabel(self.tr(
                "The store is encrypted again under a new key kept in this computer account's "
                "keyring; it then opens without a passphrase (the idle lock asks for an unlock "
                "passphrase you choose). A recovery key is then shown once: it opens the backups "
                "on a new computer. Backups made before keep the old passphrase.")
                if self.rekeys else self.tr(
                "The store is encrypted again under a key derived from the new passphrase, typed "
                "at every start; the keyring no longer holds it. Backups made before keep the "
                "old key."))
        else:
            self.setWindowTitle(self.tr("Change passphrase") if self.rekeys
                                else self.tr("Change unlock passphrase"))
            intro = QLabel(self.tr(
                "The store is encrypted again under the new passphrase; from then on only the new "
                "passphrase opens it. Backups made before keep the old one.") if self.rekeys else
                self.tr("The idle lock will ask for the new unlock passphrase. The store's key "
                        "stays in this computer account's keyring."))
        intro.setWordWrap(True)
        self.current = self._field("passphrase_current")
        self.first = self._field("passphrase_new")
        self.again = self._field("passphrase_again")
        self.error = QLabel("")
        self.error.setObjectName("passphrase_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Current:"), self.current)
        if not (move and self.rekeys):  # moving into the keyring asks for no new passphrase
            form.addRow(self.tr("&New:"), self.first)
            form.addRow(self.tr("&Again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _field(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def accept(self) -> None:  # Qt override
        info = self.desk.db.key_info
        if self.first.text() != self.again.text():
            self.error.setText(self.tr("new passphrase: the two entries differ"))
            return
        has_current = self.rekeys or bool(info and info.unlock)
        if has_current:
            try:
                keys.check_unlock(info, self.current.text())
            except keys.KeyProblem:
                self.error.setText(self.tr("current passphrase: wrong; nothing was changed"))
                return
        new = self.first.text()
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Working…"))
        if self.move:
            method = "keyring" if self.rekeys else "passphrase"
            op = DeskOp(self, lambda desk: _move(desk, method, new))
        elif self.rekeys:
            op = DeskOp(self, lambda desk: _rekey(desk, new))
        else:
            op = DeskOp(self, lambda desk: _new_unlock(desk, new))
        op.success(self._done).failure(self._refused).run(self.desk)

    def _done(self, result: object = None) -> None:
        for edit in (self.current, self.first, self.again):
            edit.clear()
        if isinstance(result, str):  # moved into the keyring: its new recovery key, shown once
            from ui.dialogs.recovery_key import RecoveryKeyDialog

            #: Kept so a caller (and a test) can reach it; modal to the window, not blocking.
            self.recovery_dialog = RecoveryKeyDialog(self.desk, result, self.parentWidget())
            self.recovery_dialog.open()
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(str(exc) if isinstance(exc, (ValueError, keys.KeyProblem))
                           else self.tr("the passphrase could not be changed: {e}").format(e=exc))


def _rekey(desk, new: str) -> None:  # noqa: ANN001 - a Desk
    desk.db.change_passphrase(new)
    with desk.unit_of_work("store.passphrase_change", "store") as (_s, note):
        note.change = {"backups_before_keep": "the old passphrase"}


def _move(desk, method: str, new: str) -> str | None:  # noqa: ANN001 - a Desk
    """The key kept the other way; into the keyring, the new recovery key (else None)."""
    desk.db.change_key_storage(method, new or None)
    with desk.unit_of_work("store.key_storage", "store") as (_s, note):
        note.change = {"kept_in": method}
    if method != "keyring":
        return None
    from app.services.admin.recovery import make_recovery_key

    return make_recovery_key(desk)


def _new_unlock(desk, new: str) -> None:  # noqa: ANN001 - a Desk
    from pathlib import Path

    desk.db.key_info = keys.set_unlock_passphrase(Path(desk.db.data_dir), desk.db.key_info, new)
