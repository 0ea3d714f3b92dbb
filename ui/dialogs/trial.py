"""Getting the trial desk open: the invented demo data in its own store beside the data dir.

``obtain_trial_desk`` opens the trial desk when it exists (asking for its passphrase when it has
one) or, once the officer agrees, makes it: a new encrypted store with the demo loaded and the
officer's profile copied in (``app.services.admin.trial``). The officer's own desk is never
written to. Key derivation and loading the demo take seconds: they run on a worker while a busy
dialog says so (``ui.tasks``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.services.context import Desk
from ui.tasks import run_and_wait


def _new_passphrase(parent: QWidget | None) -> str | None:
    """A passphrase for a new trial desk, when no keyring works (None: cancelled)."""
    from app.security.keys import MIN_PASSPHRASE

    qt = QCoreApplication
    prompt = qt.translate("TrialDesk", "No keyring works on this computer. Choose a passphrase for the "
                             "trial desk (at least {0} characters; it holds only invented "
                             "data):").format(MIN_PASSPHRASE)
    while True:
        text, ok = QInputDialog.getText(parent, qt.translate("TrialDesk", "Trial desk"), prompt,
                                        QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if len(text) >= MIN_PASSPHRASE:
            return text
        prompt = qt.translate("TrialDesk", "Too short: at least {0} characters.").format(MIN_PASSPHRASE)


def obtain_trial_desk(parent: QWidget | None, desk: Desk,
                      data_dir: Path | None) -> Desk | None:
    """The open trial desk of ``data_dir`` (the officer's ``desk`` lends only its profile), or
    None when the officer cancels or it cannot be opened (said in a message box)."""
    from app.security import keys
    from app.services.admin import trial

    qt = QCoreApplication
    folder = trial.trial_dir(data_dir)
    try:
        if trial.trial_exists(data_dir):
            info = keys.read_keyinfo(folder)
            if info is not None and info.method == "passphrase":
                from ui.dialogs.passphrase import PassphraseDialog

                dialog = PassphraseDialog(folder, parent)
                return dialog.desk if dialog.exec() == QDialog.DialogCode.Accepted else None
            return run_and_wait(trial.open_trial_desk, data_dir,
                         progress=qt.translate("TrialDesk", "Opening the trial desk…"))
        answer = QMessageBox.question(parent, qt.translate("TrialDesk", "Trial desk"), qt.translate(
            "TrialDesk", "Make a trial desk with the invented demo data?\n\nIt is a separate "
                         "encrypted store in {0}, marked \"Trial desk\" in its window. Your own "
                         "desk is not changed.").format(folder))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        passphrase = None
        if not keys.keyring_works():
            passphrase = _new_passphrase(parent)
            if passphrase is None:
                return None
        from app.services.admin.settings import read_setting

        profile = read_setting(desk, "profile") or {}
        made, _summary = run_and_wait(
            trial.make_trial_desk, data_dir, profile=profile,
            method="passphrase" if passphrase else "keyring", passphrase=passphrase,
            actor=desk.actor,
            progress=qt.translate("TrialDesk", "Making the trial desk and loading the demo data…"))
        return made
    except Exception as exc:  # a store that cannot be opened or made: said, nothing else breaks
        QMessageBox.warning(parent, qt.translate("TrialDesk", "Trial desk"), qt.translate(
            "TrialDesk", "The trial desk in {0} could not be opened: {1}").format(folder, exc))
        return None
