"""The watch list warmed once the desk is open, so the officer's first check does not wait.

The watch-list index (Art. 4.2) is built over every subject (seconds at 100k subjects); the window
builds it on a worker (``ui.tasks``) right after it shows, so the check after the first save of a
request, or a quick check, finds it ready. A failure is logged, never shown: the next check
builds the index itself and reports a real fault then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.context import Desk
    from ui.tasks import Task

_LOG = logging.getLogger(__name__)


def _warm_watch_list(desk: Desk) -> None:
    from app.services.surveillance import watchlist  # imported on the worker: the matcher is big

    watchlist.warm(desk)


#: name -> work, each run with the desk on its own worker.
WARM_UPS: dict[str, Callable[[Any], None]] = {
    "watch list": _warm_watch_list,
}


def start(desk: Desk) -> dict[str, Task]:
    """Start every warm-up on a worker now; returns their tasks by name."""
    from ui.tasks import run_task

    def failed(name: str) -> Callable[[BaseException], None]:
        return lambda exc: _LOG.warning("warming up the %s failed: %s", name, exc)

    return {name: run_task(work, desk, on_error=failed(name)) for name, work in WARM_UPS.items()}
