"""Reminders of what is overdue or due soon: a tray message if the desktop has a tray, else the
status bar, at start and once a day while the desk stays open."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon

REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000
#: The first reminder waits until the window has painted its first page: counting what is due
#: walks every open request (seconds at 100,000), so it runs off the UI thread and after start-up.
FIRST_REMINDER_DELAY_MS = 1500


class Reminders:
    """The reminder of one main window. ``remind()`` returns the text it showed."""

    def __init__(self, window: QMainWindow, desk, on_click) -> None:  # noqa: ANN001
        self.window, self.desk, self.on_click = window, desk, on_click
        self.tray: QSystemTrayIcon | None = None
        self.last: str | None = None
        self.timer: QTimer | None = None

    def start(self) -> None:
        """Remind once the window is up, then every day (counted on a pool thread)."""
        QTimer.singleShot(FIRST_REMINDER_DELAY_MS, self.remind_in_background)
        self.timer = QTimer(self.window)
        self.timer.setInterval(REMINDER_INTERVAL_MS)
        self.timer.timeout.connect(self.remind_in_background)
        self.timer.start()

    def remind_in_background(self) -> None:
        """Count off the UI thread (``ui.tasks``), then show the reminder on the main thread."""
        from ui.tasks import run_task

        def done(counts: tuple[int, int]) -> None:
            if shiboken6.isValid(self.window):  # the window may have closed meanwhile
                self.show(*counts)

        run_task(_count, self.desk, on_done=done)

    def remind(self) -> str:
        """Tell the officer what is overdue or due soon (counted here, on the calling thread)."""
        return self.show(*_count(self.desk))

    def show(self, overdue: int, soon: int) -> str:
        """Show the reminder for these counts; returns its text."""
        tr = self.window.tr
        if not overdue and not soon:
            text = tr("Nothing overdue or due soon.")
        else:
            text = tr("{0} overdue, {1} due soon — see Due & overdue (Ctrl+7).").format(overdue, soon)
        self.last = text
        if (overdue or soon) and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                self.tray = QSystemTrayIcon(icon, self.window)
                self.tray.messageClicked.connect(self.on_click)
                self.tray.show()
            self.tray.showMessage(tr("Liaison Desk"), text)
        self.window.statusBar().showMessage(text, 15000)
        return text

    def hide(self) -> None:
        """Take the tray icon away (the window closes)."""
        if self.tray is not None:
            self.tray.hide()


def _count(desk) -> tuple[int, int]:  # noqa: ANN001 - a Desk
    """(overdue, due soon) of the desk's open requests."""
    from app.services import due

    return due.summary(due.due_items(desk))
