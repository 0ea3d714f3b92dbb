"""The one way the desktop runs slow work off the UI thread.

``run_task(fn, *args, on_done=..., on_error=..., progress=...)`` runs ``fn`` on the global
``QThreadPool`` (writes: ``ui.ops.DeskOp``, on its own single thread) and delivers its result (or
exception) back on the main thread through Qt signals, optionally behind a ``QProgressDialog``.
Anything that may take over ~100 ms (search, loading a long view, PDF batches, backups) goes
through here, so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    # No arguments: the result travels in the task's ``outcome`` (a dict written on the worker
    # before the signal), so no Python object has to cross threads inside a queued Qt event.
    done = Signal()
    failed = Signal()


def _work(fn: Callable[..., Any], args: tuple, kwargs: dict, signals: _Signals,
          outcome: dict[str, Any]) -> Callable[[], None]:
    """The pool's job: a plain callable (``QThreadPool.start`` wraps it in its own runnable),
    so no Python subclass of ``QRunnable`` lives on between the pool thread and the collector."""

    def run() -> None:  # runs on a pool thread
        try:
            outcome["result"] = fn(*args, **kwargs)
        except BaseException as exc:  # handed to on_error on the main thread
            outcome["error"] = exc
            tell = signals.failed
        else:
            tell = signals.done
        try:
            tell.emit()
        except RuntimeError:  # "Signal source has been deleted": the application quit while
            pass  # this ran (the process is exiting), so nobody is left to tell

    return run


class Task(QObject):
    """A running task; ``finished`` fires on the main thread once either callback has run."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.result: Any = None
        self.error: BaseException | None = None
        self.is_done = False
        self.progress: QProgressDialog | None = None

    def _finish(self) -> None:
        self.is_done = True
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.finished.emit()


_RUNNING: set[Task] = set()  # keeps tasks (and their signal objects) alive until they finish


def run_task(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             progress: str | None = None, parent: QWidget | None = None,
             pool: QThreadPool | None = None, **kwargs: Any) -> Task:
    """Run ``fn(*args, **kwargs)`` on a pool thread; call back on the main thread.

    ``progress`` (a label) shows a modal busy dialog after 300 ms, so quick work never flashes
    one. Without ``on_error`` the exception goes to ``sys.excepthook`` (the readable dialog).
    ``pool``: where it runs (default: the global pool; writes use ``ui.ops``' single thread)."""
    task = Task()
    signals = _Signals()
    task._signals = signals  # ownership only

    if progress is not None:
        dialog = QProgressDialog(progress, "", 0, 0, parent)
        dialog.setObjectName("task_progress")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        task.progress = dialog

    outcome: dict[str, Any] = {}

    def done() -> None:
        result = task.result = outcome.pop("result", None)
        try:
            if on_done is not None:
                on_done(result)
        finally:
            task._finish()
            _RUNNING.discard(task)

    def failed() -> None:
        exc = task.error = outcome.pop("error")
        try:
            if on_error is not None:
                on_error(exc)
            else:
                import sys

                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            task._finish()
            _RUNNING.discard(task)

    # Queued connections: the slots run in the thread of ``signals`` (the main thread).
    signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    _RUNNING.add(task)
    (pool or QThreadPool.globalInstance()).start(_work(fn, args, kwargs, signals, outcome))
    return task


def run_and_wait(fn: Callable[..., Any], *args: Any, progress: str | None = None,
                 **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` on a pool thread while the event loop runs (the window keeps
    painting; ``progress`` shows a busy dialog if it takes a while); returns its result or
    raises what it raised. For the steps a flow must finish before it goes on (opening a
    store)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    task = run_task(fn, *args, on_error=lambda _exc: None, progress=progress, **kwargs)
    task.finished.connect(loop.quit)
    if not task.is_done:
        loop.exec()
    if task.error is not None:
        raise task.error
    return task.result


def run_later(fn: Callable[[], Any], msec: int = 0) -> None:
    """Call ``fn`` on the main thread after the event loop has run (e.g. after the window shows)."""
    QTimer.singleShot(msec, fn)


class HoldWhileBusy:
    """Mixin for a dialog whose work runs on a worker (put it before the Qt class:
    ``class D(HoldWhileBusy, QDialog)``): while ``busy`` is true, Cancel, Escape and the close box
    wait for the outcome instead of closing over work that is still being stored. The dialog
    defines ``busy`` (usually: its task is not None)."""

    busy: bool

    def reject(self) -> None:  # Qt override
        if not self.busy:
            super().reject()  # type: ignore[misc]

    def closeEvent(self, event) -> None:  # Qt override
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)  # type: ignore[misc]
