"""The one way the desktop writes: ops run off the UI thread, one at a time, and say what changed.

``DeskOp(parent, op)`` wraps ``op(desk)``, a call of one or more service commands. ``run()`` hands
it to the write executor (a pool of exactly one thread: writes never race each other or the UI),
records what the commands committed (``Desk.recording``), and back on the UI thread calls the
op's ``success`` (or ``failure``) and then broadcasts the changes on the one ``ChangeBus``.

Screens never refresh each other. A page, pane or status line that shows records of some kinds
calls ``follow_changes(widget, kinds, reread)``: when a broadcast touches one of those kinds it
re-reads at once if shown, else marks itself stale and re-reads when next shown.

Reads that may be slow still go through ``ui.tasks.run_task`` (the global pool, in parallel).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from app.store.changes import Changes
from app.treaty.errors import RuleViolation
from ui.tasks import Task, run_task

T = TypeVar("T")


class ChangeBus(QObject):
    """Carries ``changed(changes, initiator)`` on the UI thread after every op that wrote."""

    changed = Signal(object, object)


_BUS: ChangeBus | None = None
_WRITER: QThreadPool | None = None
_RUNNING: set[Task] = set()


def bus() -> ChangeBus:
    """The application's one change broadcast."""
    global _BUS
    if _BUS is None:
        _BUS = ChangeBus()
    return _BUS


def _writer() -> QThreadPool:
    # One thread: ops are serialised in the order they were issued (Anki's single executor).
    global _WRITER
    if _WRITER is None:
        _WRITER = QThreadPool()
        _WRITER.setMaxThreadCount(1)
        _WRITER.setObjectName("desk-writer")
    return _WRITER


def idle() -> bool:
    """True when no op is queued, running or waiting for its callbacks (tests wait for it)."""
    return not _RUNNING


def wait_for_writes(msecs: int = 10_000) -> None:
    """Block until the write thread has finished its queue (closing the store after it)."""
    if _WRITER is not None:
        _WRITER.waitForDone(msecs)


class DeskOp(Generic[T]):
    """A write on the desk: ``DeskOp(parent, lambda desk: svc.edit(desk, ...))``, then
    ``.success(cb)``, ``.failure(cb)``, ``.progress(label)`` and ``.run(desk)``.

    ``success(result)`` and ``failure(exc)`` run on the UI thread; without ``failure`` the error
    goes to the readable error dialog (``sys.excepthook``). The broadcast follows either, with
    what was committed (an op of several commands may fail after the first committed)."""

    def __init__(self, parent: QWidget | None, op: Callable[[Any], T]) -> None:
        self._parent = parent
        self._op = op
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._progress: str | None = None

    def success(self, fn: Callable[[T], Any] | None) -> DeskOp[T]:
        """Call ``fn(result)`` on the UI thread when the op succeeded."""
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any] | None) -> DeskOp[T]:
        """Call ``fn(exc)`` on the UI thread when the op raised."""
        self._failure = fn
        return self

    def progress(self, label: str) -> DeskOp[T]:
        """Show a busy dialog with ``label`` when the op takes longer than a moment."""
        self._progress = label
        return self

    def run(self, desk: Any, *, initiator: object = None) -> Task:
        """Queue the op on the write thread; returns its task (``is_done`` once called back)."""
        recorded: dict[str, Changes] = {}

        def work() -> T:
            with desk.recording() as record:
                try:
                    return self._op(desk)
                finally:
                    recorded["changes"] = record.changes

        def broadcast() -> None:
            changes = recorded.get("changes")
            if changes:
                bus().changed.emit(changes, initiator)

        def done(result: T) -> None:
            try:
                if self._success is not None:
                    self._success(result)
            finally:
                broadcast()

        def failed(exc: BaseException) -> None:
            try:
                if self._failure is not None:
                    self._failure(exc)
                else:
                    sys.excepthook(type(exc), exc, exc.__traceback__)
            finally:
                broadcast()

        task = run_task(work, on_done=done, on_error=failed, progress=self._progress,
                        parent=self._parent, pool=_writer())
        _RUNNING.add(task)
        task.finished.connect(lambda: _RUNNING.discard(task))
        return task


def refusal(show: Callable[[RuleViolation], Any]) -> Callable[[BaseException], None]:
    """An op's ``failure`` callback: the service refusing the input (``RuleViolation``, which
    ``ServiceError`` is) goes to ``show``; anything else is not the officer's doing and goes to
    the readable error dialog (``sys.excepthook``), with its log entry."""
    def failed(exc: BaseException) -> None:
        if isinstance(exc, RuleViolation):
            show(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    return failed


class _Follower(QObject):
    """Re-reads a widget when a broadcast touches what it shows (see ``follow_changes``)."""

    def __init__(self, widget: QWidget, kinds: frozenset[str],
                 reread: Callable[[Changes], Any]) -> None:
        super().__init__(widget)
        self.widget, self.kinds, self.reread = widget, kinds, reread
        self.stale: Changes | None = None
        bus().changed.connect(self._changed)
        widget.installEventFilter(self)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches(*self.kinds):
            return
        if self.widget.isVisible():
            self.reread(changes)
        else:
            self.stale = changes if self.stale is None else self.stale | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Show and self.stale is not None:
            changes, self.stale = self.stale, None
            self.reread(changes)
        return False


def follow_changes(widget: QWidget, kinds: Iterable[str],
                   reread: Callable[[Changes], Any]) -> QObject:
    """Have ``reread(changes)`` run when a broadcast touches any of ``kinds``: at once while
    ``widget`` is shown, else once when it is next shown. Lives as long as ``widget``."""
    return _Follower(widget, frozenset(kinds), reread)
