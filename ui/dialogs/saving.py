"""Dialogs that write through the op runner (``ui.ops.DeskOp``): one save at a time, the
refusal back under its field, the dialog closed only once the write is stored.

A form's ``save()`` reads its widgets on the UI thread, hands the service command to
``save_by_op`` and returns at once; the write runs on the desk's write thread. Meanwhile Cancel,
Escape and the close box wait (``HoldWhileBusy``) and a second Save is ignored, so nothing is
stored twice and no dialog closes over a write still under way. The change broadcast that follows
the op re-reads the pages: a dialog never tells a page to refresh.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from shiboken6 import isValid

from app.treaty.errors import RuleViolation
from ui.ops import DeskOp, refusal
from ui.tasks import HoldWhileBusy, Task


class SavesByOp(HoldWhileBusy):
    """Mixin for a ``QDialog`` with a ``desk`` whose save is one op (put it before ``QDialog``).

    ``busy`` is true from ``save_by_op`` until its callback has run."""

    save_task: Task | None = None

    @property
    def busy(self) -> bool:
        """True while the write is queued or running."""
        return self.save_task is not None

    def save_by_op(self, op: Callable[[Any], Any], *, saved: Callable[[Any], Any],
                   refused: Callable[[RuleViolation], Any],
                   fault: Callable[[BaseException], Any] | None = None,
                   progress: str | None = None) -> Task | None:
        """Run ``op(desk)`` on the write thread; then ``saved(result)`` or ``refused(exc)`` on the
        UI thread (not at all if the dialog is gone). Any other exception goes to the readable
        error dialog, then to ``fault`` if given. Ignored while a save is under way: returns the
        running task then, else the new one."""
        if self.save_task is not None:
            return self.save_task

        def done(result: Any) -> None:
            if not isValid(self):
                return
            self.save_task = None
            saved(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.save_task = None
                refusal(refused)(exc)
                if fault is not None and not isinstance(exc, RuleViolation):
                    fault(exc)
            elif not isinstance(exc, RuleViolation):  # a fault is reported, dialog or not
                sys.excepthook(type(exc), exc, exc.__traceback__)

        desk_op = DeskOp(self, op).success(done).failure(failed)  # type: ignore[arg-type]
        if progress is not None:
            desk_op.progress(progress)
        self.save_task = desk_op.run(self.desk)  # type: ignore[attr-defined]
        return self.save_task
