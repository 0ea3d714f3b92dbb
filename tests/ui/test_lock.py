"""App lock: data hidden after the idle time; unlocking needs the key again (passphrase / keyring)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app.services import open_desk
from ui import lock as lockmod
from ui.lock import copy_confidential, install_idle_lock

PASS = "invented-passphrase-1"
SECRET = "Consignee: Example Trading Co. (invented)"


@pytest.fixture
def pass_desk(tmp_path, fresh_passphrase_store):
    desk = open_desk(fresh_passphrase_store(tmp_path / "pp", PASS), passphrase=PASS,
                     actor="Officer Test")
    yield desk
    desk.db.close()


def make_window(qtbot) -> tuple[QMainWindow, QLabel]:
    win = QMainWindow()
    win.setWindowTitle(f"Liaison Desk — {SECRET}")
    data = QLabel(SECRET)
    data.setObjectName("secret_data")
    win.setCentralWidget(data)
    qtbot.addWidget(win)
    win.show()
    return win, data


def test_lock_screen_appears_after_idle_time_hiding_data_and_passphrase_unlocks(qtbot, pass_desk):
    win, data = make_window(qtbot)
    idle = install_idle_lock(win, pass_desk, minutes=0.002)  # 120 ms, shortened for the test
    with qtbot.waitSignal(idle.locked, timeout=3000):
        pass
    assert idle.is_locked
    assert win.centralWidget().objectName() == "lock_screen"
    assert not data.isVisible() and SECRET not in win.windowTitle()
    screen = win.centralWidget()
    screen.passphrase.setText("wrong passphrase")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert idle.is_locked and "wrong passphrase" in screen.error.text()
    qtbot.keyClicks(screen.passphrase, PASS)
    with qtbot.waitSignal(idle.unlocked, timeout=1000):
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert win.centralWidget() is data and data.isVisible()
    assert win.windowTitle().endswith(SECRET)


def test_input_restarts_the_idle_timer(qtbot, desk):
    win, _data = make_window(qtbot)
    idle = install_idle_lock(win, desk, minutes=0.01)  # 600 ms
    for _ in range(4):
        qtbot.wait(250)
        qtbot.mouseMove(win, QPoint(10 + _, 10))
        qtbot.keyClick(win, Qt.Key.Key_Shift)
    assert not idle.is_locked  # 1 s passed, but never 600 ms without input
    qtbot.waitUntil(lambda: idle.is_locked, timeout=3000)


def test_keyring_store_unlocks_with_the_os_account_keyring(qtbot, desk, memory_keyring):
    win, data = make_window(qtbot)
    idle = install_idle_lock(win, desk, minutes=0)
    assert not idle.timer.isActive()  # 0 turns the idle lock off; locking by hand still works
    idle.lock()
    memory_keyring.secrets.clear()  # another account: the key cannot be read
    qtbot.mouseClick(win.centralWidget().unlock_button, Qt.MouseButton.LeftButton)
    assert idle.is_locked and "keyring" in win.centralWidget().error.text()


def test_keyring_unlock_succeeds_when_the_key_is_readable(qtbot, desk):
    win, data = make_window(qtbot)
    idle = install_idle_lock(win, desk, minutes=0)
    idle.lock()
    assert idle.try_unlock("")
    assert win.centralWidget() is data


def test_idle_minutes_default_from_settings(qtbot, desk):
    win, _ = make_window(qtbot)
    assert install_idle_lock(win, desk).timer.interval() == 10 * 60_000


def test_art_9_3_copy_confidential_warns_and_clears_clipboard(qtbot, desk, monkeypatch, settle):
    monkeypatch.setattr(lockmod, "CLIPBOARD_CLEAR_MS", 100)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    assert copy_confidential(SECRET, None, desk=desk, item_code="I-00001")
    assert asked and "9.3" in asked[0][2]
    assert QGuiApplication.clipboard().text() == SECRET
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)
    settle()  # the copy is logged by an op, on the write thread
    from app.services.admin.audit_log import AuditFilter, audit_page

    [logged] = audit_page(desk, AuditFilter(action="information.export"))
    assert '"clipboard copy"' in logged.pretty_detail and "I-00001" in logged.pretty_detail
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not copy_confidential("other", None)
    assert QGuiApplication.clipboard().text() == ""
