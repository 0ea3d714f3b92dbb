"""Everything on the desk that runs against a clock, in one list (the "Due & overdue" view).

Each provider reads one kind of clock and returns ``DueItem``s: request due dates (capped by a
termination, Art. 14.2), written confirmations of oral requests (Art. 7.1) and agreements
terminating (Art. 14.2). Other parts add theirs with ``register_provider`` (the surveillance
part adds subject periods, Art. 4.2). Every item carries the sentence saying how its date was
computed, so the officer can check it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.services.admin import settings
from app.services.agreements.catalogue import spec_of, termination_of
from app.services.context import Desk
from app.store.models import Agreement, Request
from app.treaty import clocks
from app.treaty.lifecycle import CLOCK_STOPPED_STATUSES, TERMINAL_STATUSES

_CLOSED = tuple(s.value for s in TERMINAL_STATUSES)
_STOPPED = tuple(s.value for s in CLOCK_STOPPED_STATUSES)


@dataclass(frozen=True)
class DueItem:
    """One clock: what, which record, its date, how that date was computed, and its state.

    ``kind``: "request" | "oral-confirmation" | "termination" | what a provider adds.
    ``key``: the record to open (a request ref, an agreement key, a subject code).
    ``state``: "overdue" | "due-soon" | "ok"."""

    kind: str
    key: str
    label: str
    due_on: date
    explanation: str
    state: str

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {**self.__dict__, "due_on": self.due_on.isoformat()}


#: A provider gets an open read session, today and the "due soon" window in days, and returns the
#: items it knows of. It should only return items that are overdue or due within ``horizon`` days.
Provider = Callable[[Session, date, int], list[DueItem]]

PROVIDERS: list[Provider] = []


def register_provider(fn: Provider) -> Provider:
    """Add a provider of clocks (usable as a decorator); registering twice has no effect."""
    if fn not in PROVIDERS:
        PROVIDERS.append(fn)
    return fn


def _terminations(session: Session) -> dict[int, tuple[clocks.ComputedDate, str]]:
    """Agreement id -> (termination date, the article that sets it), each under its own clause."""
    return {
        a.id: (termination_of(a), spec_of(a).termination_article)
        for a in session.execute(
            select(Agreement).where(Agreement.termination_notice_on.is_not(None))
        ).scalars()
    }


@register_provider
def request_due_dates(session: Session, today: date, horizon: int) -> list[DueItem]:
    """Open requests due (or capped by a termination) within the horizon, or past it."""
    limit = today + timedelta(days=horizon)
    terms = _terminations(session)
    ending = [aid for aid, (t, _) in terms.items() if t.value <= limit]
    near = [Request.due_on <= limit]
    if ending:
        near.append(Request.agreement_id.in_(ending))
    stmt = (select(Request.our_ref, Request.title, Request.due_on, Request.due_explanation,
                   Request.agreement_id, Request.direction)
            .where(Request.status.not_in(_STOPPED), or_(*near)).order_by(Request.due_on))
    items = []
    for ref, title, due_on, expl, aid, direction in session.execute(stmt):
        term, article = terms.get(aid, (None, clocks.DEFAULT_TERMINATION_ARTICLE))
        eff = clocks.effective_due(due_on, term.value if term else None, article=article)
        if eff is None or eff.value > limit:
            continue
        # How the due date was set, then (where a termination caps it) why it binds.
        parts = [expl] if expl else []
        if term is not None or not expl:
            parts.append(eff.explanation)
        explanation = "; ".join(parts)
        label = f"{ref} — {title}" if title else ref
        items.append(DueItem("request", ref, f"{label} ({direction})", eff.value, explanation,
                             clocks.due_state(eff.value, today, horizon)))
    return items


@register_provider
def oral_confirmations(session: Session, today: date, horizon: int) -> list[DueItem]:
    """Oral requests not yet confirmed in writing (Art. 7.1 "promptly")."""
    stmt = (select(Request.our_ref, Request.title, Request.confirmation_due_on,
                   Request.confirmation_due_explanation)
            .where(Request.form == "oral", Request.confirmed_on.is_(None),
                   Request.confirmation_due_on.is_not(None), Request.status.not_in(_CLOSED)))
    items = []
    for ref, title, due_on, expl in session.execute(stmt):
        if due_on > today + timedelta(days=horizon):
            continue
        items.append(DueItem(
            "oral-confirmation", ref, f"{ref} — written confirmation of an oral request (Art. 7.1)"
            + (f": {title}" if title else ""), due_on, expl or f"due {clocks.fmt_day(due_on)}",
            clocks.due_state(due_on, today, horizon)))
    return items


@register_provider
def agreement_terminations(session: Session, today: date, horizon: int) -> list[DueItem]:
    """Agreements under notice of termination (Art. 14.2), until their termination date."""
    items = []
    for a in session.execute(
        select(Agreement).where(Agreement.termination_notice_on.is_not(None))
    ).scalars():
        term = termination_of(a)
        if term.value < today - timedelta(days=30):
            continue  # long ended: no longer a clock to watch
        items.append(DueItem(
            "termination", a.key, f"{a.short_title} terminates; open requests under it must be "
            f"completed by then (Art. {spec_of(a).termination_article})", term.value,
            term.explanation,
            clocks.due_state(term.value, today, horizon)))
    return items


def order_key(item: DueItem) -> tuple[date, str, str]:
    """The list's order: soonest first, then by kind and record (what ``due_items`` sorts by)."""
    return (item.due_on, item.kind, item.key)


def due_items(desk: Desk, today: date | None = None, *, ordered: bool = True) -> list[DueItem]:
    """Every clock overdue or due within the "due soon" window, soonest first (``order_key``).

    ``ordered=False`` leaves them in the providers' order, for a caller that orders them itself
    or only counts them: sorting 100,000s of clocks is one C call that holds every thread (the
    window's too) for ~150 ms, even on a worker."""
    import app.services.surveillance_due  # noqa: F401 - registers subject periods (Art. 4.2)

    day = today or desk.today()
    with desk.read() as s:
        horizon = settings.get_int(s, "due_soon_days")
        items: list[DueItem] = []
        for provider in PROVIDERS:
            items.extend(provider(s, day, horizon))
    if ordered:
        items.sort(key=order_key)
    return items


def summary(items: list[DueItem]) -> tuple[int, int]:
    """(overdue, due soon) counts, for reminders."""
    return (sum(1 for i in items if i.state == "overdue"),
            sum(1 for i in items if i.state == "due-soon"))
