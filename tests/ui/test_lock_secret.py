"""The idle lock asks for a secret the officer knows, never for what the environment holds, and
takes the clipboard with it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from app.security import keys
from app.services import open_desk
from ui.lock import install_idle_lock

PASS = "invented-passphrase-1"
UNLOCK = "my own unlock words, invented"


@pytest.fixture
def pass_desk(tmp_path, fresh_passphrase_store):
    desk = open_desk(fresh_passphrase_store(tmp_path / "pp", PASS), passphrase=PASS,
                     actor="Officer Test")
    yield desk
    desk.db.close()


def _window(qtbot) -> QMainWindow:
    win = QMainWindow()
    win.setCentralWidget(QLabel("Consignee: Example Trading Co. (invented)"))
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_lock_never_opens_with_the_passphrase_in_the_environment(qtbot, pass_desk, monkeypatch):
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASS)
    idle = install_idle_lock(_window(qtbot), pass_desk, minutes=0)
    idle.lock()
    assert not idle.try_unlock("")  # the empty field: the environment is not asked
    assert idle.is_locked
    assert idle.try_unlock(PASS)


def test_a_keyring_desk_with_an_unlock_passphrase_asks_for_it_not_the_keyring(qtbot, desk):
    desk.db.key_info = keys.set_unlock_passphrase(desk.db.data_dir, desk.db.key_info, UNLOCK)
    win = _window(qtbot)
    idle = install_idle_lock(win, desk, minutes=0)
    idle.lock()
    screen = win.centralWidget()
    assert screen.passphrase.isVisible() and screen.unlock_button.text() == "Unlock"
    assert not idle.try_unlock("")  # the keyring alone no longer unlocks
    assert not idle.try_unlock("not my words at all")
    assert "wrong passphrase" in screen.error.text()
    assert idle.try_unlock(UNLOCK)
    saved = json.loads((desk.db.data_dir / keys.KEYINFO_NAME).read_text())
    assert UNLOCK not in json.dumps(saved) and saved["unlock"]["n"] >= 2**17


def test_an_unlock_passphrase_chosen_while_running_is_asked_at_the_next_lock(qtbot, desk):
    from ui.dialogs.unlock_passphrase import UnlockPassphraseDialog, needs_unlock_passphrase

    win = _window(qtbot)
    idle = install_idle_lock(win, desk, minutes=0)
    assert needs_unlock_passphrase(desk)
    dialog = UnlockPassphraseDialog(desk, win)
    qtbot.addWidget(dialog)
    dialog.first.setText("too short")
    dialog.again.setText("too short")
    dialog.accept()
    assert dialog.isVisible() is False and "at least 12 characters" in dialog.error.text()
    dialog.first.setText(UNLOCK)
    dialog.again.setText(UNLOCK)
    dialog.accept()
    assert not needs_unlock_passphrase(desk)
    idle.lock()
    assert win.centralWidget().passphrase.isVisible()
    assert idle.try_unlock(UNLOCK)


def test_locking_empties_the_clipboard(qtbot, desk):
    QGuiApplication.clipboard().setText("JC-US-2026-0012 Example Trading Co. (invented)")
    idle = install_idle_lock(_window(qtbot), desk, minutes=0)
    idle.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_a_key_file_asking_for_an_absurd_scrypt_cost_is_refused_at_once(tmp_path, desk):
    data = desk.db.data_dir
    desk.db.close()
    path = data / keys.KEYINFO_NAME
    crafted = json.loads(path.read_text())
    crafted.update(method="passphrase", salt="AAAAAAAAAAAAAAAAAAAAAA==", n=2**24, r=8)
    path.write_text(json.dumps(crafted))
    with pytest.raises(ValueError, match="scrypt cost above"):
        keys.read_keyinfo(data)


def test_the_passphrase_variable_is_read_once_at_start_and_taken_out_of_the_environment(
        qtbot, tmp_path, fresh_passphrase_store, monkeypatch):
    import os

    from ui.app import open_or_create

    data = fresh_passphrase_store(tmp_path / "pp", PASS)
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASS)
    desk, trial = open_or_create(data)
    try:
        assert desk is not None and trial is None and keys.PASSPHRASE_ENV not in os.environ
    finally:
        desk.db.close()


def test_settings_change_the_store_passphrase_after_the_current_one_is_given(
        qtbot, pass_desk, settle):
    from PySide6.QtWidgets import QPushButton

    from ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(pass_desk)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "change_passphrase").click()
    change = dialog.passphrase_dialog
    change.current.setText("not the passphrase at all")
    change.first.setText("a brand new passphrase, invented")
    change.again.setText("a brand new passphrase, invented")
    change.accept()
    assert "wrong" in change.error.text()
    change.current.setText(PASS)
    change.accept()
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=15_000)
    settle()
    data = pass_desk.db.data_dir
    with pytest.raises(Exception, match="wrong passphrase"):
        open_desk(data, passphrase=PASS)
    reopened = open_desk(data, passphrase="a brand new passphrase, invented")
    reopened.db.close()
    with pass_desk.query() as conn:  # the open desk goes on under the new key
        assert conn.exec_driver_sql("SELECT count(*) FROM agreement").scalar() > 0


def test_settings_move_the_key_into_the_keyring_as_the_wizard_could_have(
        qtbot, pass_desk, settle, memory_keyring):
    from PySide6.QtWidgets import QPushButton

    from ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(pass_desk)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "move_key").click()
    move = dialog.passphrase_dialog
    assert not move.first.isVisibleTo(move)  # into the keyring: no new passphrase asked
    move.current.setText(PASS)
    move.accept()
    qtbot.waitUntil(lambda: not move.isVisible(), timeout=15_000)
    settle()
    assert pass_desk.db.key_info.method == "keyring" and memory_keyring.secrets
    data = pass_desk.db.data_dir
    reopened = open_desk(data)  # no passphrase: the keyring holds the key
    reopened.db.close()
