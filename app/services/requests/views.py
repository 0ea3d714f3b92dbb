"""Plain, read-only views of requests, built from Core rows and the treaty rules.

Services return these (never ORM objects), so the UI, the CLI and the letters work on data that
cannot lazily touch the database. A view is always read from the tables (``app.store.tables``)
with Core, by ``build_view``: the detail pane, ``show REF``, ``requests`` and every command's
answer after a write (``view_after_write``) are one read path, and it never loads the ORM (CLI
whole-process budget, docs/benchmarks.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP
from app.services.agreements.catalogue import spec_of, termination_of
from app.services.texts import OUTCOME_TEXT_FIELDS, all_versions, display_text, row_language
from app.services.validation import NotFound
from app.store import tables
from app.treaty import clocks, completeness, lifecycle, reciprocity

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Row
    from sqlalchemy.orm import Session

    from app.store.models import Request

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
    #: statement, conditions and accompanying_info in each language: {field: {lang: text}}.
    text_versions: dict[str, dict[str, str]] = field(default_factory=dict)


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
    #: The language ``elements`` are stored in, and every version of each Art. 7.2 text in each
    #: language, {field: {lang: text}} (app.services.texts).
    text_lang: str = "en"
    text_versions: dict[str, dict[str, str]] = field(default_factory=dict)
    #: The request's edit count when read (migration 0013): an editor sends it back with its
    #: save, which is refused if another officer saved in between (``edit_request``).
    version: int = 1

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


def element_values(req: Request | Row) -> dict[str, str | None]:
    """The five Art. 7.2 fields of a request (an ORM object or a Core row): each in the row's
    own text language, else its first version in another (so a text written only in Japanese on
    an English desk is shown, counted complete and found)."""
    return {f: display_text(req, f) for f in ELEMENT_FIELDS}


def findings_for(req: Request | Row, spec: Any = None) -> list:
    """Completeness findings for a request (Art. 7.2; Art. 3.1/4.3 for spontaneous
    information). ``spec``: its agreement's catalogue (default: read off ``req.agreement``, an
    ORM object's relationship)."""
    spec = spec if spec is not None else spec_of(req.agreement)
    extra = json.loads(req.extra or "{}")
    return completeness.check_completeness(
        {**element_values(req), "title": req.title}, split_bases(req.bases), extra=extra,
        spec=spec, direction=req.direction,
    )


class Lookups:
    """The agreements, administrations and officials a set of views refers to, each read once
    per call (a page of 50 requests names two or three of them)."""

    def __init__(self, conn: Connection | Session):
        self.conn = conn
        self._agreements: dict[int, Row] = {}
        self._names: dict[tuple[str, int], str | None] = {}

    def agreement(self, aid: int) -> Row:
        """The agreement row with this id."""
        row = self._agreements.get(aid)
        if row is None:
            t = tables.agreement
            row = self._agreements[aid] = self.conn.execute(
                select(t).where(t.c.id == aid)).one()
        return row

    def name(self, table: str, rid: int | None) -> str | None:
        """The ``name`` of an administration or designated official (None for no id)."""
        if rid is None:
            return None
        if (table, rid) not in self._names:
            t = tables.metadata.tables[table]
            self._names[(table, rid)] = self.conn.execute(
                select(t.c.name).where(t.c.id == rid)).scalar_one_or_none()
        return self._names[(table, rid)]


def request_row(conn: Connection | Session, ref: str) -> Row:
    """The ``request`` row with this reference, or NotFound naming the field."""
    t = tables.request
    row = conn.execute(select(t).where(t.c.our_ref == ref)).first()
    if row is None:
        raise NotFound("ref", QT_TRANSLATE_NOOP(
                "Refusal", "no request with reference {ref}").format(
                    ref=repr(ref)))
    return row


def view_after_write(session: Session, req: Request, today: date) -> RequestView:
    """A command's answer: the request as its write left it, flushed and read back through the
    same Core read as every other view (inside the write's transaction)."""
    session.flush()
    t = tables.request
    conn = session.connection()
    return build_view(conn, conn.execute(select(t).where(t.c.id == req.id)).one(), today)


def build_view(conn: Connection | Session, req: Row, today: date, *, full: bool = True,
               lookups: Lookups | None = None) -> RequestView:
    """Assemble a RequestView from a ``request`` row (Core); ``full`` adds history, outcomes and
    linked subjects. ``lookups`` shares agreement and name look-ups between the views of a list."""
    lookups = lookups or Lookups(conn)
    agreement = lookups.agreement(req.agreement_id)
    spec = spec_of(agreement)
    direction = lifecycle.Direction(req.direction)
    findings = findings_for(req, spec)
    term = termination_of(agreement)  # under the agreement's own clause (Art. 14.2 or other)
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
        h = tables.status_change
        history = tuple(
            HistoryView(r.from_status, r.to_status, r.at, r.actor, r.reason)
            for r in conn.execute(select(h.c.from_status, h.c.to_status, h.c.at, h.c.actor,
                                         h.c.reason)
                                  .where(h.c.request_id == req.id).order_by(h.c.id))
        )
        o = tables.outcome
        outcomes = tuple(
            OutcomeView(
                r.decision, tuple(json.loads(r.grounds or "[]")), r.statement, r.conditions,
                r.postponed_until, r.accompanying_info, r.consultation_opened_on,
                r.consultation_outcome, r.decided_at, r.actor,
                all_versions(r, OUTCOME_TEXT_FIELDS),
            )
            for r in conn.execute(select(o).where(o.c.request_id == req.id).order_by(o.c.id))
        )
        sj, rs = tables.subject, tables.request_subject
        subjects = tuple(conn.execute(
            select(sj.c.code).join(rs, rs.c.subject_id == sj.c.id)
            .where(rs.c.request_id == req.id).order_by(sj.c.code)
        ).scalars())
    return RequestView(
        id=req.id,
        our_ref=req.our_ref,
        their_ref=req.their_ref,
        direction=req.direction,
        agreement_key=agreement.key,
        agreement_short=agreement.short_title,
        partner_country=agreement.partner_country,
        partner=lookups.name("administration", req.partner_administration_id),
        official=lookups.name("designated_official", req.official_id),
        title=req.title,
        bases=split_bases(req.bases),
        form=req.form,
        oral_at=req.oral_at,
        confirmation_due_on=req.confirmation_due_on,
        confirmation_due_explanation=clocks.explain_again(req.confirmation_due_explanation),
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
        due_explanation=clocks.explain_again(req.due_explanation),
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
        text_lang=row_language(req),
        text_versions=all_versions(req, ELEMENT_FIELDS),
        version=req.version,
    )
