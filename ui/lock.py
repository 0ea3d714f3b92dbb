"""App lock: after N idle minutes every piece of data disappears behind a lock screen.

An event filter on the QApplication restarts the idle timer on keyboard and mouse input. Locking
takes the window's central widget out (so nothing of it is painted or reachable by keyboard),
puts the lock page in its place, hides docks, tool bars and open dialogs, and replaces the window
title, and empties the clipboard. Unlocking asks for a secret the officer knows
(``app.security.keys.check_unlock``, which never reads the environment): the store's
passphrase, or the unlock passphrase of a keyring-held store. A keyring-held store with no
unlock passphrase yet (``run_gui`` asks for one at start) unlocks with the keyring, and the lock
page says that anyone at this computer account can do so.

``copy_confidential`` copies a confidential field after a warning and clears the clipboard again
after 60 seconds (Art. 9.3).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.security.keys import KeyProblem, check_unlock, unlock_key
from app.services.context import Desk

CLIPBOARD_CLEAR_MS = 60_000
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class LockScreen(QWidget):
    """The page shown in place of the window's content while locked."""

    unlock_requested = Signal(str)  # passphrase ("" = use the OS keyring)

    def __init__(self, method: str | None, parent: QWidget | None = None, *,
                 unlock_set: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("Liaison Desk is locked"))
        title.setObjectName("lock_title")
        f = title.font()
        f.setPointSize(f.pointSize() + 6)
        f.setBold(True)
        title.setFont(f)
        asks = method == "passphrase" or (method == "keyring" and unlock_set)
        if method == "passphrase":
            hint = self.tr("Enter the store passphrase to continue.")
        elif asks:
            hint = self.tr("Enter your unlock passphrase to continue.")
        elif method == "keyring":
            # A keyring store has no passphrase: the hint offered one and showed no field for it.
            hint = self.tr("Unlock with this computer account's keyring: the key is read from it "
                           "again. No unlock passphrase is set, so anyone at this account can "
                           "unlock; set one in Settings.")
        else:
            hint = self.tr("Unlock to continue.")
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setVisible(asks)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("Unlock with keyring")
                                         if method == "keyring" and not asks else self.tr("Unlock"))
        self.unlock_button.setObjectName("lock_unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.error = QLabel("")
        self.error.setObjectName("lock_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(self.hint)
        box.addWidget(self.passphrase)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        box.addLayout(row)
        box.addWidget(self.error)
        panel = QWidget()
        panel.setLayout(box)
        panel.setMaximumWidth(460)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())

    def reset(self) -> None:
        """Clear what was typed and any message; focus the field."""
        self.passphrase.clear()
        self.error.clear()
        (self.passphrase if self.passphrase.isVisible() else self.unlock_button).setFocus()


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without input. ``lock()``/``unlock(passphrase)`` also work directly."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, desk: Desk, minutes: float) -> None:
        super().__init__(window)
        self.window, self.desk = window, desk
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.is_locked = False
        info = getattr(desk.db, "key_info", None)
        self._method = info.method if info else None
        self._unlock_set = bool(info and info.unlock)
        self.screen = self._new_screen()
        self._saved: dict = {}
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)
        # A changed ``idle_lock_minutes`` (Settings) applies at once: the lock follows the change
        # broadcast itself, shown or not (it is no page).
        from ui.ops import bus

        bus().changed.connect(self._settings_changed)

    def _settings_changed(self, changes: object, _initiator: object) -> None:
        touches = getattr(changes, "touches", None)
        if touches is None or not touches("setting"):
            return
        from app.services.admin.settings import read_setting

        minutes = float(read_setting(self.desk, "idle_lock_minutes"))
        if minutes != self.minutes:
            self.set_minutes(minutes)

    def _new_screen(self) -> LockScreen:
        screen = LockScreen(self._method, unlock_set=self._unlock_set)
        screen.unlock_requested.connect(self.try_unlock)
        return screen

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time; 0 or less turns the lock off."""
        self.minutes = minutes
        if minutes and minutes > 0:
            self.timer.setInterval(int(minutes * 60_000))
            if not self.is_locked:
                self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API
        """Any input while unlocked restarts the idle timer."""
        if not self.is_locked and event.type() in _INPUT_EVENTS and self.timer.interval() > 0 \
                and self.minutes and self.minutes > 0:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Hide every piece of data now."""
        if self.is_locked:
            return
        self.is_locked = True
        self.timer.stop()
        info = getattr(self.desk.db, "key_info", None)
        if bool(info and info.unlock) != self._unlock_set:  # chosen since the last lock
            self._unlock_set = not self._unlock_set
            self.screen.deleteLater()
            self.screen = self._new_screen()
        w = self.window
        self._saved = {"title": w.windowTitle(), "hidden": [], "focus": QApplication.focusWidget(),
                       "actions": []}
        # The window's commands keep their shortcuts while the content is out (Ctrl+Shift+F
        # would open the watch-list check over the lock page): switch them off until unlocked.
        for action in w.findChildren(QAction):
            if action.isEnabled():
                action.setEnabled(False)
                self._saved["actions"].append(action)
        for child in w.findChildren(QWidget):
            if isinstance(child, (QDockWidget, QToolBar)) and child.isVisible():
                child.hide()
                self._saved["hidden"].append(child)
        for top in QApplication.topLevelWidgets():
            if top is not w and isinstance(top, QDialog) and top.isVisible():
                top.hide()
                self._saved["hidden"].append(top)
        if isinstance(w, QMainWindow):
            self._saved["central"] = w.takeCentralWidget()
            if w.menuBar():
                w.menuBar().setEnabled(False)
            w.setCentralWidget(self.screen)
        else:
            # A plain widget: cover it with the lock page.
            self.screen.setParent(w)
            self.screen.setGeometry(w.rect())
            for child in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if child is not self.screen and child.isVisible():
                    child.hide()
                    self._saved["hidden"].append(child)
        self.screen.show()
        self.screen.raise_()
        w.setWindowTitle(self.tr("Liaison Desk — locked"))
        # A copied reference or name stays behind no lock: the clipboard is emptied too.
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(clipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(clipboard.Mode.Selection)
        self.screen.reset()
        self.locked.emit()

    def try_unlock(self, passphrase: str = "") -> bool:
        """Unlock when the key can be obtained again; otherwise say why on the lock page."""
        info = getattr(self.desk.db, "key_info", None)
        if info is not None:
            try:
                if info.method == "keyring" and not info.unlock:
                    unlock_key(info)  # no unlock passphrase yet: the keyring, as the page says
                else:
                    check_unlock(info, passphrase)
            except KeyProblem as exc:
                self.screen.error.setText(str(exc))
                self.screen.passphrase.clear()
                return False
        self._restore()
        return True

    def _restore(self) -> None:
        w = self.window
        if isinstance(w, QMainWindow):
            w.takeCentralWidget()  # the lock page; kept for next time
            self.screen.setParent(None)
            central = self._saved.get("central")
            if central is not None:
                w.setCentralWidget(central)
                central.show()  # a taken-out widget stays hidden until shown again
            if w.menuBar():
                w.menuBar().setEnabled(True)
        else:
            self.screen.hide()
        for child in self._saved.get("hidden", []):
            child.show()
        for action in self._saved.get("actions", []):
            action.setEnabled(True)
        focus = self._saved.get("focus")
        try:
            if isinstance(focus, QWidget) and focus.isVisible():
                focus.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the officer was
        except RuntimeError:  # the widget was deleted while locked
            pass
        w.setWindowTitle(self._saved.get("title", ""))
        self._saved = {}
        self.is_locked = False
        if self.minutes and self.minutes > 0:
            self.timer.start()
        self.unlocked.emit()


def install_idle_lock(window: QWidget, desk: Desk, minutes: float | None = None) -> IdleLock:
    """Watch for input and lock ``window`` after ``minutes`` idle (default: setting ``idle_lock_minutes``)."""
    if minutes is None:
        from app.services.admin.settings import read_setting

        minutes = float(read_setting(desk, "idle_lock_minutes"))
    return IdleLock(window, desk, minutes)


def copy_confidential(text: str, parent: QWidget | None = None, *, desk: Desk | None = None,
                      item_code: str | None = None) -> bool:
    """Copy confidential text after a warning; the clipboard is cleared again after 60 seconds.

    With ``desk`` the copy is recorded as an export in the audit log (an op: the entry is written
    after this returns). Returns whether it was copied."""
    answer = QMessageBox.warning(
        parent, QApplication.translate("lock", "Copy confidential information"),
        QApplication.translate("lock", "This information was given in confidence (Art. 9.3). "
                               "It will be removed from the clipboard after 60 seconds. Copy it?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        # Only clear what we put there: the officer may have copied something else since.
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(CLIPBOARD_CLEAR_MS, clear)
    if desk is not None:  # logged by an op, on the write thread (``ui.ops``)
        from app.services.ledger.information import record_output
        from ui.ops import DeskOp

        codes = [item_code] if item_code else []
        DeskOp(parent, lambda d: record_output(d, "export", "clipboard copy", codes)).run(desk)
    return True
