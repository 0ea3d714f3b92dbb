"""Restarting Liaison Desk so that another window language takes effect, losing nothing.

The window's texts are set once, when each widget is built (``self.tr`` in constructors), so a new
language needs a new window. Rather than rebuild every widget live, Settings asks (in the new
language and the old, ``restart_prompt``) whether to restart now or later:

- *Later*: the choice is kept (``ui.i18n.choose``) and the next start is in that language.
- *Restart now* (``restart_window``): every open form is closed the way the officer would close
  it (``reject()``: an editor with unsaved changes asks Save / Discard / Cancel first), then the
  main window through its normal close path (layout kept, writes finished). If a form stays open
  (Cancel, or a save still being stored), nothing is closed and the status bar says so: no edit
  is ever lost for a restart. Once the window is closed the event loop ends, ``run_gui`` closes
  the store and releases the single-instance claim, and only then ``relaunch_if_asked`` starts
  the program again with the same command line (the new process would otherwise find the old
  one still holding the store and hand over to it).
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from ui import i18n

log = logging.getLogger(__name__)

#: Set on the application when the window closed to restart (read by ``relaunch_if_asked``).
RESTART_PROPERTY = "liaison_restart"

_CONTEXT = "RestartPrompt"
# The prompt's words (sources: each is looked up in the new language and in the present one).
_TEXT = QT_TRANSLATE_NOOP(
    "RestartPrompt", "Liaison Desk will be in {language} after a restart. Restart now? Open forms "
    "are closed first, and you are asked about any unsaved changes. Later: at the next start.")
_RESTART = QT_TRANSLATE_NOOP("RestartPrompt", "Restart now")
_LATER = QT_TRANSLATE_NOOP("RestartPrompt", "Later")
_TITLE = QT_TRANSLATE_NOOP("RestartPrompt", "Language of the window")
_NOT_RESTARTED = QT_TRANSLATE_NOOP(
    "RestartPrompt", "Not restarted: a form is still open. {language} from the next start.")


def _both(source: str, new: str, **params: str) -> tuple[str, str]:
    """``source`` in the new language and in the window's present one (same when they agree)."""
    in_new = i18n.translated_in(new, _CONTEXT, source).format(**params)
    in_old = QCoreApplication.translate(_CONTEXT, source).format(**params)
    return in_new, in_old


def restart_prompt(parent: QWidget | None, new: str) -> tuple[QMessageBox, Any]:
    """The question for a switch to language ``new`` (a code of ``ui.i18n.LANGUAGES``): worded
    in ``new`` first, then in the window's present language (an officer who cannot read one reads
    the other); returns the box and its "Restart now" button."""
    name = i18n.LANGUAGES[new]
    text_new, text_old = _both(_TEXT, new, language=name)
    title_new, title_old = _both(_TITLE, new)
    restart_new, restart_old = _both(_RESTART, new)
    later_new, later_old = _both(_LATER, new)
    differ = text_new != text_old
    box = QMessageBox(QMessageBox.Icon.Question, title_new + (f" / {title_old}" if differ else ""),
                      text_new + (f"\n\n{text_old}" if differ else ""), QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("restart_prompt")
    box.setTextFormat(Qt.TextFormat.PlainText)
    restart = box.addButton(restart_new + (f" / {restart_old}" if restart_new != restart_old else ""),
                            QMessageBox.ButtonRole.AcceptRole)
    restart.setObjectName("restart_now")
    later = box.addButton(later_new + (f" / {later_old}" if later_new != later_old else ""),
                          QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("restart_later")
    box.setDefaultButton(restart)
    box.setEscapeButton(later)
    return box, restart


def ask_restart(parent: QWidget | None, new: str) -> bool:
    """Ask (modal) whether to restart now in language ``new``; True for "Restart now"."""
    box, restart = restart_prompt(parent, new)
    box.exec()
    return box.clickedButton() is restart


def main_window(near: QWidget | None = None) -> QMainWindow | None:
    """The main window ``near`` belongs to (else the application's visible one)."""
    widget = near
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    app = QApplication.instance()
    found = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()] \
        if isinstance(app, QApplication) else []
    return found[0] if found else None


def restart_soon(near: QWidget | None, new: str) -> None:
    """Restart the window once the event loop is back (after the Settings dialog has closed)."""
    QTimer.singleShot(0, lambda: restart_window(main_window(near), new))


def restart_window(window: QMainWindow | None, new: str) -> bool:
    """Close every open form, then ``window``, each through its own close path, and mark the
    application for a relaunch; False (nothing more closed, no relaunch) when a form stays open
    or the window refuses to close."""
    app = QApplication.instance()
    if window is None or not isinstance(app, QApplication):
        return False
    for widget in list(app.topLevelWidgets()):
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()  # an editor with unsaved changes asks first
    if any(isinstance(w, QDialog) and w.isVisible() for w in app.topLevelWidgets()):
        name = i18n.LANGUAGES[new]
        window.statusBar().showMessage(QCoreApplication.translate(_CONTEXT, _NOT_RESTARTED)
                                       .format(language=name), 10000)
        return False
    app.setProperty(RESTART_PROPERTY, True)
    if not window.close():
        app.setProperty(RESTART_PROPERTY, False)
        return False
    log.info("window closed to restart in %s", new)
    return True


def command_line() -> tuple[str, list[str]]:
    """How this process was started: the frozen bundle's program and its arguments, or the
    interpreter with its own (``-m app ...``, the ``liaison-desk`` script and its arguments)."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    return sys.executable, list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:])


def start_detached(program: str, arguments: list[str]) -> bool:
    """Start ``program`` independently of this process (which is about to end)."""
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)


def relaunch_if_asked(app: QCoreApplication) -> bool:
    """After the event loop and the store are closed: start the program again when the window
    closed for a restart; True when a new process was started."""
    if not app.property(RESTART_PROPERTY):
        return False
    app.setProperty(RESTART_PROPERTY, False)
    program, arguments = command_line()
    ok = start_detached(program, arguments)
    if not ok:
        log.warning("could not restart: %s %s", program, " ".join(arguments))
    return ok
