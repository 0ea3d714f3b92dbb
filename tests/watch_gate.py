"""A slow watch-list build (Art. 4.2) without timing: ``watch_index.build`` held on an Event.

Shared by the service and window tests of the watch-list warm-up and of saves that do not wait
for it (``from tests.watch_gate import GatedBuild, LONG_ENOUGH``)."""

from __future__ import annotations

import threading

#: Bounds a wait that must end at once, so a broken lock or a frozen save fails the test
#: instead of hanging it.
LONG_ENOUGH = 30


class GatedBuild:
    """Stands in for ``watch_index.build``: counts builds and records their threads, and stops
    each until ``gate`` is set.

    ``before``: stop before reading (what the index holds is read after the gate); otherwise
    read first, then stop (writes made meanwhile are not in it)."""

    def __init__(self, real, *, before: bool = True) -> None:  # the real build
        self.real, self.before = real, before
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.calls = 0
        self.threads: list[threading.Thread] = []

    def __call__(self, session, cancelled=lambda: False):
        self.calls += 1
        self.threads.append(threading.current_thread())
        self.entered.set()
        if self.before:
            assert self.gate.wait(LONG_ENOUGH), "the test never opened the gate"
            return self.real(session, cancelled)
        built = self.real(session, cancelled)
        assert self.gate.wait(LONG_ENOUGH), "the test never opened the gate"
        return built

    def on_main_thread(self) -> bool:
        """Whether some build ran on the main (UI) thread: a frozen window."""
        return any(t is threading.main_thread() for t in self.threads)
