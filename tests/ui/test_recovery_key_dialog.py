"""When a passphrase store's key moves into the keyring, its new recovery key is shown once, as at
first run, and it opens a backup on a machine whose keyring never held the key."""

from __future__ import annotations

from app.security import keys
from app.services import open_desk
from app.services.admin.backup import backup_to_file, restore

PASS = "the passphrase before the keyring"


def test_moving_the_key_into_the_keyring_shows_the_new_recovery_key_once(
        qtbot, settle, tmp_path, fresh_passphrase_store, memory_keyring):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.passphrase_change import PassphraseChangeDialog

    data = tmp_path / "data"
    fresh_passphrase_store(data, PASS)
    desk = open_desk(data, passphrase=PASS)
    try:
        dialog = PassphraseChangeDialog(desk, move=True)
        qtbot.addWidget(dialog)
        dialog.current.setText(PASS)
        dialog.accept()
        settle()
        shown = dialog.recovery_dialog
        qtbot.addWidget(shown)
        key = shown.view.key_label.text()
        keys.parse_recovery_key(key)
        ok = shown.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        shown.reject()  # not before the officer says it is kept
        assert shown.isVisible()
        shown.view.kept_box.setChecked(True)
        assert ok.isEnabled()
        assert desk.db.key_info.method == "keyring" and desk.db.key_info.recovery is not None
        backup = backup_to_file(desk, tmp_path / "desk.backup")
    finally:
        desk.db.close()
    memory_keyring.secrets.clear()  # another machine
    restore(tmp_path / "new", backup, recovery_key=key)
    open_desk(tmp_path / "new").db.close()
