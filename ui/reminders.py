"""Reminders of what is overdue or due soon: a tray message if the desktop has a tray, else the
status bar, at start and once a day while the desk stays open.

"Once a day" goes by the calendar, not by a 24-hour timer: a timer counts only while the machine
is awake (a laptop closed overnight would be reminded a day late, or never), so a short timer asks
whether the officer's day has changed since the last reminder, and says nothing until it has."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon

REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000
#: How often the day is checked: a new day is noticed within this much waking time.
CHECK_INTERVAL_MS = 15 * 60 * 1000
#: The first reminder waits a moment so that its tray message comes after the window is on
#: screen, not before it; the count (one SQL query) runs off the UI thread.
FIRST_REMINDER_DELAY_MS = 1500


class Reminders:
    """The reminder of one main window. ``remind()`` returns the text it showed."""

    def __init__(self, window: QMainWindow, desk, on_click) -> None:
        self.window, self.desk, self.on_click = window, desk, on_click
        self.tray: QSystemTrayIcon | None = None
        self.last: str | None = None
        self.last_day: date | None = None  # the officer's day of the last reminder shown
        self._asked_day: date | None = None  # a count under way for this day
        self.timer: QTimer | None = None

    def today(self) -> date:
        """The officer's calendar day (local time of the desk's clock, as ``Desk.today``)."""
        return self.desk.today()

    def start(self) -> None:
        """Remind once the window is up, then on each new day (counted on a pool thread)."""
        QTimer.singleShot(FIRST_REMINDER_DELAY_MS, self.remind_if_new_day)
        self.timer = QTimer(self.window)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.remind_if_new_day)
        self.timer.start()

    def remind_if_new_day(self) -> bool:
        """Remind (in the background) unless today's reminder was shown or is on its way."""
        if self.desk is None:
            return False
        day = self.today()
        if day in (self.last_day, self._asked_day):
            return False  # never nag twice the same day
        self._asked_day = day
        self.remind_in_background(day)
        return True

    def remind_in_background(self, day: date | None = None) -> None:
        """Count off the UI thread (``ui.tasks``), then show the reminder on the main thread."""
        from ui.tasks import run_task

        def done(counts: tuple[int, int]) -> None:
            if shiboken6.isValid(self.window):  # the window may have closed meanwhile
                self.show(*counts, day=day)

        def failed(_exc: BaseException) -> None:
            self._asked_day = None  # try again at the next check

        run_task(_count, self.desk, on_done=done, on_error=failed)

    def remind(self) -> str:
        """Tell the officer what is overdue or due soon now (asked for: shown even if shown today)."""
        return self.show(*_count(self.desk), day=self.today())

    def show(self, overdue: int, soon: int, *, day: date | None = None) -> str:
        """Show the reminder for these counts (``day``: the day it stands for); returns its text."""
        if day is not None:
            self.last_day = day
        qt = QCoreApplication  # the window's context (lupdate files a ``tr`` alias under none)
        if not overdue and not soon:
            text = qt.translate("MainWindow", "Nothing overdue or due soon.")
        else:
            text = qt.translate("MainWindow", "{0} overdue, {1} due soon — see Due & overdue (Ctrl+7).")
            text = text.format(overdue, soon)
        self.last = text
        if (overdue or soon) and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                self.tray = QSystemTrayIcon(icon, self.window)
                self.tray.messageClicked.connect(self.on_click)
                self.tray.show()
            self.tray.showMessage(qt.translate("MainWindow", "Liaison Desk"), text)
        self.window.statusBar().showMessage(text, 15000)
        return text

    def hide(self) -> None:
        """Take the tray icon away (the window closes)."""
        if self.tray is not None:
            self.tray.hide()


def _count(desk) -> tuple[int, int]:  # a Desk
    """(overdue, due soon) of every clock on the desk, counted in SQL (``due.counts``)."""
    from app.services import due

    return due.counts(desk)
