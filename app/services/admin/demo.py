"""``load_demo``: an invented, clearly labelled data set that shows every feature of the desk.

Everything is made up ("DEMO — invented data" in every title or note); no real person or
company is named. Data goes in through the services wherever one exists, so it obeys the same
rules as an officer's input and leaves a complete audit trail. Steps are planned on a timeline
(days before today) and run oldest first with the desk's clock set to each step's moment, so
histories, due dates and the audit log read like two months of real work.

The demo never touches the officer: it sets no setting (the profile least of all), and every
write it makes is audited under ``DEMO_ACTOR``, never under the officer's name. It loads only
into a desk where nothing has been done yet, and its first audit entry (``demo.load``) marks
that desk for good as a *trial desk* (``is_trial_desk``): the window says so on every page, and
the officer's real desk never receives a demo row (``app.services.admin.trial``).

The scenarios themselves live in ``app.demo.requests`` and ``app.demo.records``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.services.context import Desk
from app.services.validation import ServiceError
from app.store import tables

LABEL = "DEMO — invented data"
#: Who the audit log names for every write of the demo loader: plainly not an officer.
DEMO_ACTOR = "demo loader (invented data)"
#: The audit action of the demo's first entry; a store holding one is a trial desk for good.
DEMO_MARK = "demo.load"
#: Audit actions a new store has before anyone worked in it.
_NEW_STORE_ACTIONS = ("store.init",)


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


def is_trial_desk(desk: Desk) -> bool:
    """True when the demo was ever loaded into this store (its ``demo.load`` audit entry: the
    log is append-only, so a trial desk stays one). One indexed lookup."""
    t = tables.audit_entry
    with desk.query() as conn:
        return conn.execute(select(t.c.id).where(t.c.action == DEMO_MARK).limit(1)).first() is not None


def officer_entries(desk: Desk) -> int:
    """How many audit entries record work in this store beyond its creation (a profile set,
    a record added, an import...): 0 for a desk where nothing has been done yet."""
    t = tables.audit_entry
    with desk.query() as conn:
        return conn.execute(select(func.count(t.c.id)).where(
            t.c.action.not_in(_NEW_STORE_ACTIONS))).scalar() or 0


def check_demo_fits(desk: Desk) -> None:
    """Refuse (ServiceError, field ``store``) a store the demo must not go into: one that
    already holds it, or any desk an officer has worked in (a profile, a setting, a record)."""
    if is_trial_desk(desk):
        raise ServiceError("store", QT_TRANSLATE_NOOP(
            "Refusal", "already holds the invented demo data (it is a trial desk)"))
    done = officer_entries(desk)
    if done:
        from app.paths import trial_data_dir

        where = desk.db.data_dir
        hint = (f"; try it in a trial desk of its own: liaison-desk demo --data-dir "
                f"{trial_data_dir(where)}"
                if where is not None else "; try it in a trial desk of its own (a new --data-dir)")
        entries = "entry" if done == 1 else "entries"
        raise ServiceError("store", QT_TRANSLATE_NOOP(
                "Refusal", "is an officer's desk ({done} {entries} in its audit log: a profile, "
                "settings or records); the invented demo never goes into a real "
                "desk{hint}").format(
                    done=done, entries=entries, hint=hint))


def load_demo(desk: Desk) -> DemoSummary:
    """Load the demo data set into a store where nothing has been done yet, which becomes a
    trial desk (``is_trial_desk``); refuses any other (``check_demo_fits``). Sets no setting;
    every write is audited under ``DEMO_ACTOR``, and ``desk.actor`` is left as it was."""
    from app.demo import records as demo_records
    from app.demo import requests as demo_requests

    check_demo_fits(desk)
    # The demo's own desk: the same store (and the same change recorders), another actor.
    # The caller's desk is not touched, so an officer's name is never swapped out and back.
    desk = replace(desk, actor=DEMO_ACTOR)
    with desk.unit_of_work(DEMO_MARK, "store") as (_s, note):
        note.change = {"label": LABEL, "trial_desk": True}
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
