"""The "Watch list (Art. 4.2)" line of the request detail pane: does a party that a received
request names match a surveillance subject?

On a ready index matching takes ~2 ms on the demo desk, so it runs inline. A cold or stale index
is never waited for on the UI thread: the line says "Checking the watch list…" and one worker
fetches the answer (one at a time, so clicking through the list while the index builds does not
fill the thread pool with waits). An answer for a request the pane no longer shows is dropped.
The matcher is imported on a worker the first time (it is large), never on the UI thread.
"""

from __future__ import annotations

import html
import sys
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from app.services.context import Desk
from app.treaty.lifecycle import WATCHED_DIRECTIONS
from ui.i18n import date_text, render
from ui.tasks import Task, run_task

#: Hits listed in full; the rest are counted.
SHOWN = 5
_MATCHER = "app.services.surveillance.watchlist"


def watched(view: Any) -> bool:
    """Whether ``view`` (a RequestView) is checked against the watch list."""
    return view is not None and view.direction in WATCHED_DIRECTIONS


class WatchCheck(QObject):
    """Writes the watch-list answer for the request last given to ``check(view, label)`` into
    ``label`` (the pane makes a new label for every request it shows; this object, owned by the
    pane, outlives them). ``hits`` is None while not known; ``task`` the fetch running, if any."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.view: Any = None
        self.label: QLabel | None = None
        self.hits: list | None = None
        self.task: Task | None = None

    @staticmethod
    def make_label() -> QLabel:
        """The line itself: plain text (typed names, never markup), wrapping in the pane."""
        label = QLabel()
        label.setObjectName("detail_watch_hits")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def forget(self) -> None:
        """The pane shows nothing (or another kind of record): drop what is pending."""
        self.view, self.label, self.hits = None, None, None

    def check(self, view: Any, label: QLabel) -> None:
        """Show the answer for ``view`` in ``label`` now, or "Checking…" and fetch it."""
        self.view, self.label, self.hits = view, label, None
        if _MATCHER not in sys.modules:  # not loaded yet: the worker imports it
            self._show(None, None)
            self._fetch()
            return
        watchlist = sys.modules[_MATCHER]
        try:
            self._show(watchlist.hits_for_request_view(self.desk, view, wait=False), None)
        except watchlist.WatchListNotReady:
            self._show(None, None)
            self._fetch()
        except Exception as exc:  # a matcher fault must not blank the pane
            self._show(None, exc)

    def _fetch(self) -> None:
        if self.task is not None or self.view is None:
            return  # one worker at a time; its answer asks again for what is shown by then
        view = self.view

        def fetch() -> list:
            from app.services.surveillance import watchlist  # on the worker: the matcher is big

            return watchlist.hits_for_request_view(self.desk, view)

        self.task = run_task(fetch, on_done=lambda hits: self._fetched(view, hits, None),
                             on_error=lambda exc: self._fetched(view, None, exc))

    def _fetched(self, view: Any, hits: list | None, error: BaseException | None) -> None:
        self.task = None
        if not shiboken6.isValid(self) or self.view is None:
            return
        if view is self.view:
            self._show(hits, error)
        elif self.hits is None and self.label is not None:  # moved on: ask for what it shows
            self.check(self.view, self.label)

    def _show(self, hits: list | None, error: BaseException | None) -> None:
        self.hits = hits
        label = self.label
        if label is None or not shiboken6.isValid(label):
            return
        label.setToolTip("")
        if error is not None:
            text, colour = self.tr("Not checked: {0}").format(error), "#8a5a00"
        elif hits is None:
            text, colour = self.tr("Checking the watch list…"), "#555555"
        elif not hits:
            text, colour = self.tr("No match on the watch list."), "darkgreen"
        else:
            lines = [self._line(h) for h in hits[:SHOWN]]
            if len(hits) > SHOWN:
                lines.append(self.tr("… and {0} more").format(len(hits) - SHOWN))
            text, colour = "\n".join(lines), "#b00020"
            label.setToolTip("<br>".join(  # rich text: escaped
                html.escape(f"{h.subject}: {render(h.reason)}") for h in hits))
        label.setText(text)
        label.setStyleSheet(f"color: {colour};")

    def _line(self, h: Any) -> str:
        end = date_text(h.period_end) if h.period_end else self.tr("no end date")
        state = {"active": self.tr("active until {0}"), "lifted": self.tr("lifted"),
                 "expiring": self.tr("active until {0}, ending soon"),
                 "lapsed": self.tr("lapsed on {0}")}.get(h.status, h.status).format(end)
        how = h.reason.split(":", 1)[0]
        how = {"name": self.tr("name"), "identifier": self.tr("identifier")}.get(how, how)
        line = self.tr("{0} {1} — {2} — matched '{3}' ({4})").format(
            h.subject, h.display_name, state, h.query, how)
        return line + (self.tr(" — under {0}").format(", ".join(h.refs)) if h.refs else "")
