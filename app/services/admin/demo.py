"""``load_demo``: an invented, clearly labelled data set that shows every feature of the desk.

Everything is made up ("DEMO — invented data" in every title or note); no real person or
company is named. Data goes in through the services wherever one exists, so it obeys the same
rules as an officer's input and leaves a complete audit trail. Steps are planned on a timeline
(days before today) and run oldest first with the desk's clock set to each step's moment, so
histories, due dates and the audit log read like two months of real work.

The scenarios themselves live in ``app.demo.requests`` and ``app.demo.records``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from app.services.context import Desk
from app.services.validation import ServiceError
from app.store.models import Request

LABEL = "DEMO — invented data"


@dataclass
class DemoSummary:
    """What ``load_demo`` created."""

    requests: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    disclosures: int = 0
    documents: int = 0

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return dict(self.__dict__)


def _clock_at(moment: datetime) -> Callable[[], datetime]:
    """A desk clock that always reads ``moment``."""
    return lambda: moment


@dataclass
class Plan:
    """Steps on a timeline, each ``days_ago`` (plus ``minutes``) before today; run oldest first,
    steps at the same moment in the order they were planned."""

    steps: list[tuple[int, int, int, Callable[[], Any]]] = field(default_factory=list)

    def at(self, days_ago: int, fn: Callable[[], Any], minutes: int = 0) -> None:
        """Plan ``fn`` to run at 09:00 UTC ``days_ago`` days before today, plus ``minutes``."""
        self.steps.append((days_ago, minutes, len(self.steps), fn))

    def run(self, desk: Desk) -> None:
        """Run every step with the desk's clock at the step's moment; the clock is restored."""
        original = desk.clock
        today = desk.today()
        tz = original().tzinfo
        try:
            for days_ago, minutes, _n, fn in sorted(self.steps, key=lambda s: (-s[0], s[1], s[2])):
                moment = (datetime.combine(today - timedelta(days=days_ago), time(9), tzinfo=tz)
                          + timedelta(minutes=minutes))
                desk.clock = _clock_at(moment)
                fn()
        finally:
            desk.clock = original


def load_demo(desk: Desk) -> DemoSummary:
    """Load the demo data set into an empty store; refuses a store that already has requests."""
    from app.demo import records as demo_records
    from app.demo import requests as demo_requests

    with desk.read() as s:
        count = s.execute(select(func.count(Request.id))).scalar() or 0
    if count:
        raise ServiceError("store", f"already holds {count} request(s); the demo data loads only "
                           "into a new, empty store (liaison-desk init --data-dir NEW_DIR)")
    summary = DemoSummary()
    refs: dict[str, str] = {}
    plan = Plan()
    demo_records.plan_directory(desk, plan)
    demo_requests.plan_requests(desk, plan, refs)
    demo_records.plan_subjects(desk, plan, refs, summary)
    demo_records.plan_information(desk, plan, refs, summary)
    demo_records.plan_letter(desk, plan, refs, summary)
    plan.run(desk)
    summary.requests = sorted(refs.values())
    return summary
