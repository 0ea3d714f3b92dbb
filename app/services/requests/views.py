"""Plain, read-only views of requests, built from rows and the treaty rules.

Services return these (never ORM objects), so the UI, the CLI and the letters work on data that
cannot lazily touch the database.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.agreements.catalogue import spec_of, termination_of
from app.store.models import Request, RequestSubject, Subject
from app.treaty import clocks, completeness, lifecycle, reciprocity

ELEMENT_FIELDS = (
    "requesting_administration",
    "nature_of_proceedings",
    "object_and_reason",
    "parties_concerned",
    "description_and_legal_elements",
)


@dataclass(frozen=True)
class FindingView:
    """One 7.2 completeness finding."""

    element: str
    field: str
    article: str
    severity: str
    message: str


@dataclass(frozen=True)
class HistoryView:
    """One status change."""

    from_status: str | None
    to_status: str
    at: datetime
    actor: str
    reason: str | None


@dataclass(frozen=True)
class OutcomeView:
    """A decision with its grounds (Art. 11) and any consultation (11.3)."""

    decision: str
    grounds: tuple[str, ...]
    statement: str | None
    conditions: str | None
    postponed_until: date | None
    accompanying_info: str | None
    consultation_opened_on: date | None
    consultation_outcome: str | None
    decided_at: datetime
    actor: str


@dataclass(frozen=True)
class RequestView:
    """Everything the desk shows about one request."""

    id: int
    our_ref: str
    their_ref: str | None
    direction: str
    agreement_key: str
    agreement_short: str
    partner_country: str
    partner: str | None
    official: str | None
    title: str
    bases: tuple[str, ...]
    form: str
    oral_at: datetime | None
    confirmation_due_on: date | None
    confirmation_due_explanation: str | None
    confirmed_on: date | None
    confirmation_state: str | None
    urgency: str
    elements: dict[str, str | None]
    extra: dict[str, Any]
    reciprocity: bool
    reciprocity_note: str | None
    reciprocity_effect: str | None
    reciprocity_explanation: str | None
    status: str
    received_on: date | None
    sent_on: date | None
    due_on: date | None
    due_explanation: str | None
    effective_due_on: date | None
    effective_due_explanation: str | None
    closed_on: date | None
    assigned_to: str | None
    notes: str | None
    completeness: tuple[FindingView, ...]
    complete: bool
    allowed_transitions: tuple[str, ...]
    history: tuple[HistoryView, ...] = ()
    outcomes: tuple[OutcomeView, ...] = ()
    subjects: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def missing_errors(self) -> tuple[FindingView, ...]:
        """Findings that block sending (errors, not warnings)."""
        return tuple(f for f in self.completeness if f.severity == "error")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (dates as ISO strings)."""
        return jsonable(asdict(self))


def jsonable(obj: Any) -> Any:
    """``obj`` with dates and datetimes as ISO strings and tuples as lists, recursively: what a
    view's ``to_dict`` returns (one definition for every view module)."""
    if isinstance(obj, dict):
        return {k: jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [jsonable(v) for v in obj]
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    return obj


def split_bases(text: str | None) -> tuple[str, ...]:
    """Stored comma-separated basis codes as a tuple."""
    return tuple(b for b in (text or "").split(",") if b)


def element_values(req: Request) -> dict[str, str | None]:
    """The five Art. 7.2 fields of a request row."""
    return {f: getattr(req, f) for f in ELEMENT_FIELDS}


def findings_for(req: Request) -> list:
    """Completeness findings for a request row (Art. 7.2; Art. 3.1/4.3 for spontaneous information)."""
    spec = spec_of(req.agreement)
    extra = json.loads(req.extra or "{}")
    return completeness.check_completeness(
        {**element_values(req), "title": req.title}, split_bases(req.bases), extra=extra,
        spec=spec, direction=req.direction,
    )


def build_view(session: Session, req: Request, today: date, *, full: bool = True) -> RequestView:
    """Assemble a RequestView; ``full`` adds history, outcomes and linked subjects."""
    spec = spec_of(req.agreement)
    direction = lifecycle.Direction(req.direction)
    findings = findings_for(req)
    term = termination_of(req.agreement)  # under the agreement's own clause (Art. 14.2 or other)
    eff = None
    if lifecycle.clock_running(req.status):
        eff = clocks.effective_due(req.due_on, term.value if term else None,
                                   article=spec.termination_article)
    conf_state = None
    if req.form == "oral" and req.confirmation_due_on:
        conf_state = clocks.confirmation_state(req.confirmation_due_on, req.confirmed_on, today)
    history: tuple[HistoryView, ...] = ()
    outcomes: tuple[OutcomeView, ...] = ()
    subjects: tuple[str, ...] = ()
    if full:
        history = tuple(
            HistoryView(h.from_status, h.to_status, h.at, h.actor, h.reason) for h in req.history
        )
        outcomes = tuple(
            OutcomeView(
                o.decision, tuple(json.loads(o.grounds or "[]")), o.statement, o.conditions,
                o.postponed_until, o.accompanying_info, o.consultation_opened_on,
                o.consultation_outcome, o.decided_at, o.actor,
            )
            for o in req.outcomes
        )
        subjects = tuple(session.execute(
            select(Subject.code).join(RequestSubject, RequestSubject.subject_id == Subject.id)
            .where(RequestSubject.request_id == req.id).order_by(Subject.code)
        ).scalars())
    return RequestView(
        id=req.id,
        our_ref=req.our_ref,
        their_ref=req.their_ref,
        direction=req.direction,
        agreement_key=req.agreement.key,
        agreement_short=req.agreement.short_title,
        partner_country=req.agreement.partner_country,
        partner=req.partner_administration.name if req.partner_administration else None,
        official=req.official.name if req.official else None,
        title=req.title,
        bases=split_bases(req.bases),
        form=req.form,
        oral_at=req.oral_at,
        confirmation_due_on=req.confirmation_due_on,
        confirmation_due_explanation=req.confirmation_due_explanation,
        confirmed_on=req.confirmed_on,
        confirmation_state=conf_state,
        urgency=req.urgency,
        elements=element_values(req),
        extra=json.loads(req.extra or "{}"),
        reciprocity=req.reciprocity,
        reciprocity_note=req.reciprocity_note,
        reciprocity_effect=reciprocity.reciprocity_effect(direction, req.reciprocity),
        reciprocity_explanation=reciprocity.explain_reciprocity(direction, req.reciprocity)
        if req.reciprocity else None,
        status=req.status,
        received_on=req.received_on,
        sent_on=req.sent_on,
        due_on=req.due_on,
        due_explanation=req.due_explanation,
        effective_due_on=eff.value if eff else None,
        effective_due_explanation=eff.explanation if eff else None,
        closed_on=req.closed_on,
        assigned_to=req.assigned_to,
        notes=req.notes,
        completeness=tuple(
            FindingView(f.element, f.field, f.article, f.severity, f.message) for f in findings
        ),
        complete=completeness.is_complete(findings),
        allowed_transitions=tuple(
            str(s) for s in lifecycle.allowed_transitions(direction, lifecycle.Status(req.status))
        ),
        history=history,
        outcomes=outcomes,
        subjects=subjects,
        created_at=req.created_at,
        updated_at=req.updated_at,
        extras={"spec_title": spec.title},
    )
