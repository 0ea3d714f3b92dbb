"""Background warm-ups once the desk is open: work the officer would otherwise wait for later.

- The watch-list index (Art. 4.2): built over every subject (seconds at 100k subjects), so the
  first save of a request or a quick check finds it ready.
- The letters' embedded fonts (~0.1 s, once per process), so the first letter preview of the
  day does not pay for them on the UI thread.

Both run on workers (``ui.tasks``) a moment after the desk arrives
(``ui.main_window.WARM_UP_DELAY_MS``): they import the matcher and reportlab, and must not compete
with the window's first paint for the interpreter. A failure is
logged, never shown: whoever needs the thing next builds it and reports a real fault then.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from app.services.context import Desk
    from ui.tasks import Task

_LOG = logging.getLogger(__name__)


def _warm_watch_list(desk: Desk) -> None:
    from app.services.surveillance import watchlist  # imported on the worker: the matcher is big

    watchlist.warm(desk)


def _load_letter_fonts(_desk: Desk) -> None:
    from app.documents.fonts import register_fonts  # thread-safe, once per process

    register_fonts()


#: name -> work, each run with the desk on its own worker.
WARM_UPS: dict[str, Callable[[Any], None]] = {
    "watch list": _warm_watch_list,
    "letter fonts": _load_letter_fonts,
}


def start(desk: Desk) -> dict[str, Task]:
    """Start every warm-up on a worker now; returns their tasks by name."""
    from ui.tasks import run_task

    def failed(name: str) -> Callable[[BaseException], None]:
        return lambda exc: _LOG.warning("warming up the %s failed: %s", name, exc)

    return {name: run_task(work, desk, on_error=failed(name)) for name, work in WARM_UPS.items()}
