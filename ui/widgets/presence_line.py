"""The editor's line naming who else has the same record open on a shared server desk.

"Also open by: tanaka (since 10:42)": the other desks' editors holding the record's presence mark
(``app.store.presence``), read again every second on a worker thread so an officer opening or
closing the record elsewhere shows here within two seconds. On a file desk (one officer) the
line stays hidden and nothing is polled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from app.services.context import Desk
from app.store.presence import Editing, EditorPresence, open_presence
from ui.tasks import Task, run_task

# How often the other editors are read again (milliseconds): well inside the 2 s an officer
# waits for another's window to show a change.
POLL_MS = 1000


class PresenceLine(QLabel):
    """Hidden until another desk's editor has the same record open; ``release()`` gives this
    editor's mark back (the editor calls it when it closes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor_presence")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a5a00;")
        self.hide()
        self.presence: EditorPresence | None = None
        self.others: list[Editing] = []
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def follow(self, desk: Desk, kind: str, record_id: int) -> None:
        """Mark ``kind`` ``record_id`` as open in this editor and follow who else has it open
        (nothing on a file desk; a second call for the same record does nothing)."""
        if self.presence is not None:
            if (self.presence.kind, self.presence.record_id) == (kind, record_id):
                return
            self.release()
        self.presence = open_presence(desk.db.engine, kind, record_id, desk.actor, desk.now())
        if self.presence is not None:
            self._poll()
            self._timer.start()

    def _poll(self) -> None:
        presence = self.presence
        if presence is None or self._task is not None:
            return  # closed, or the last read is still under way

        def done(others: list[Editing]) -> None:
            if isValid(self):
                self._task = None
                if self.presence is presence:
                    self.show_others(others)

        def failed(_exc: BaseException) -> None:  # the server went away: try again next tick
            if isValid(self):
                self._task = None

        self._task = run_task(presence.others, on_done=done, on_error=failed)

    def show_others(self, others: list[Editing]) -> None:
        """Show (or hide, when empty) the line for ``others``."""
        self.others = others
        if not others:
            self.clear()
            self.hide()
            return
        names = ", ".join(
            self.tr("{officer} (since {time})").format(
                officer=o.officer, time=o.since.astimezone().strftime("%H:%M"))
            if o.since is not None else o.officer
            for o in others)
        self.setText(self.tr("Also open by: {names}").format(names=names))
        self.setToolTip(self.tr(
            "Another officer has this record open on the shared desk. If they save first, your "
            "save is refused and you can reload and reapply your changes."))
        self.show()

    def release(self) -> None:
        """Stop following and give this editor's mark back (idempotent)."""
        self._timer.stop()
        presence, self.presence = self.presence, None
        if presence is not None:
            presence.close()
        self.show_others([])
