"""The batch of letters behind the Letters dialog: one kind for many requests, off the UI thread.

``start_batch`` runs ``app.services.letters.commands.generate_batch`` as an op on the desk's write
thread (``ui.ops.DeskOp``: it stores letters) behind a window-modal progress dialog that counts
the letters ("3 of 31") and can be cancelled; the letters made before a cancel are kept, and the
result lists every request that failed by its reference.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.services.context import Desk
from app.services.letters import commands as letters
from app.treaty.errors import RuleViolation
from ui.i18n import violation_line
from ui.ops import DeskOp


class _BatchSignals(QObject):
    progress = Signal(int, int, str)


def start_batch(desk: Desk, kind: str, refs: list[str], lang: str, *, parent: QWidget | None = None,
                on_done: Callable[[letters.BatchResult], None] | None = None):  # a Task
    """Run ``letters.generate_batch`` off the UI thread behind a cancellable progress dialog."""
    qt = QCoreApplication  # ``qt.translate``: lupdate reads no ``tr`` alias of translate
    dialog = QProgressDialog(qt.translate("LettersDialog", "Producing letters\u2026"),
                             qt.translate("LettersDialog", "Cancel"), 0, max(1, len(refs)), parent)
    dialog.setObjectName("letters_batch_progress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    stop = threading.Event()
    dialog.canceled.connect(stop.set)
    signals = _BatchSignals()

    def progressed(n: int, total: int, ref: str) -> None:
        if stop.is_set():  # cancelled: setValue would bring the reset dialog back
            return
        dialog.setValue(n)
        dialog.setLabelText(qt.translate("LettersDialog", "Producing letters\u2026 {n} of {total} done (last: {ref})")
                            .format(n=n, total=total, ref=ref))

    signals.progress.connect(progressed, Qt.ConnectionType.QueuedConnection)

    def finished(result: letters.BatchResult) -> None:
        dialog.reset()
        dialog.deleteLater()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        QMessageBox.warning(parent, qt.translate("LettersDialog", "Letters"),
                            violation_line(exc) if isinstance(exc, RuleViolation) else str(exc))

    def work(desk: Desk) -> letters.BatchResult:  # on the write thread: progress by a signal
        return letters.generate_batch(desk, kind, refs, lang, cancelled=stop.is_set,
                                      progress=lambda n, total, ref: signals.progress.emit(n, total, ref))

    task = DeskOp(parent, work).success(finished).failure(failed).run(desk)
    task._batch_signals = signals  # keep the signal object alive with the task
    task.batch_progress = dialog
    return task
