"""Use cases on requests: register, draft, edit, validate, send, transition, assign, confirm.

Each public function is one transaction with one audit entry (``Desk.unit_of_work``); rules come
from ``app.treaty`` and are never re-implemented here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP
from app.services import texts
from app.services.admin import settings
from app.services.agreements.catalogue import agreement_by_key, spec_of
from app.services.requests.views import (
    Lookups,
    RequestView,
    build_view,
    findings_for,
    request_row,
    split_bases,
    view_after_write,
)
from app.services.validation import (
    LONG,
    NotFound,
    ServiceError,
    check_version,
    choice,
    clean_text,
    parse_date,
)
from app.store import tables
from app.treaty import clocks, completeness, lifecycle
from app.treaty.errors import RuleViolation
from app.treaty.lifecycle import Direction, Status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.context import Desk
    from app.store.models import Request

# The write side (ORM classes, field rules, ref counters) is imported by the commands that write:
# ``get_request`` and ``list_requests`` read through Core and must not load the ORM (CLI
# whole-process budget, docs/benchmarks.md).


def find_request(session: Session, ref: str) -> Request:
    """The request's ORM object, for a command that changes it (see ``fields.find_request``)."""
    from app.services.requests.fields import find_request as find

    return find(session, ref)


def apply_fields(session: Session, desk: Desk, req: Request, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and set editable fields (``fields.apply_fields``)."""
    from app.services.requests.fields import apply_fields as apply

    return apply(session, desk, req, fields)

def _create(desk: Desk, agreement_key: str, direction: Direction, fields: Mapping[str, Any],
            action: str) -> RequestView:
    from app.services.requests.refs import next_ref
    from app.store.models import Request, StatusChange

    with desk.unit_of_work(action, "request") as (s, note):
        agreement = agreement_by_key(s, agreement_key)
        status = lifecycle.initial_status(direction)
        req = Request(
            direction=str(direction), agreement=agreement, status=str(status),
            our_ref="pending", created_at=desk.now(), updated_at=desk.now(), extra="{}",
        )
        if direction in (Direction.INCOMING, Direction.SPONTANEOUS_IN):
            req.received_on = desk.today()
        s.add(req)
        change = apply_fields(s, desk, req, fields)
        if direction is Direction.INCOMING and req.due_on is None and req.received_on:
            due = clocks.add_business_days(
                req.received_on, settings.get_int(s, "incoming_due_business_days"),
                agreement.our_country, label="received",
            )
            req.due_on = due.value
            req.due_explanation = clocks.desk_policy(due.explanation)
        req.our_ref = next_ref(s, settings.get_str(s, "ref_pattern"), agreement.ref_prefix,
                                    desk.today().year)
        s.flush()
        s.add(StatusChange(request_id=req.id, from_status=None, to_status=str(status),
                           at=desk.now(), actor=desk.actor, reason="created"))
        note.entity_id = req.our_ref
        note.change = {"direction": str(direction), "agreement": agreement_key, **change}
        s.flush()
        return view_after_write(s, req, desk.today())


def register_incoming(desk: Desk, agreement_key: str, fields: Mapping[str, Any]) -> RequestView:
    """Register a request received from a partner administration (we are the requested side).

    The watch-list check (Art. 4.2) is the caller's next step, not part of the save
    (``app.services.surveillance.watchlist.watch_hits_for_request``)."""
    return _create(desk, agreement_key, Direction.INCOMING, fields, "request.register_incoming")


def draft_outgoing(desk: Desk, agreement_key: str, fields: Mapping[str, Any]) -> RequestView:
    """Start a request we will send (we are the requesting side); it begins as a draft."""
    return _create(desk, agreement_key, Direction.OUTGOING, fields, "request.draft_outgoing")


def record_spontaneous(desk: Desk, agreement_key: str, direction: str,
                       fields: Mapping[str, Any]) -> RequestView:
    """Track information given or received on own initiative (Art. 3.1, 4.3): a request with no ask."""
    d = Direction(choice("direction", direction, ("spontaneous-in", "spontaneous-out"), article="3.1"))
    return _create(desk, agreement_key, d, fields, "request.record_spontaneous")


def edit_request(desk: Desk, ref: str, fields: Mapping[str, Any], *,
                 expected_version: int | None = None) -> RequestView:
    """Change editable fields of a request; returns the request as stored after the change.

    ``expected_version``: the ``version`` of the view the edits were made on (an editor's
    read); if the request was saved since (by another officer on a shared desk), the save is
    refused naming the request, and nothing is written."""
    with desk.unit_of_work("request.edit", "request") as (s, note):
        req = find_request(s, ref)
        check_version(f"request {ref}", req.version, expected_version)
        if not lifecycle.is_open(Status(req.status)):
            raise ServiceError("status", QT_TRANSLATE_NOOP(
                    "Refusal", "request {ref} is {status}; a closed request cannot be edited").format(
                        ref=ref, status=req.status))
        note.entity_id = ref
        note.change = apply_fields(s, desk, req, fields)
        req.updated_at = desk.now()
        s.flush()
        return view_after_write(s, req, desk.today())


def get_request(desk: Desk, ref: str) -> RequestView:
    """One request in full (the detail pane, ``show REF``): read through Core."""
    with desk.query() as conn:
        return build_view(conn, request_row(conn, ref), desk.today())


def list_requests(desk: Desk, *, direction: str | None = None, status: str | None = None,
                  limit: int | None = None) -> list[RequestView]:
    """Requests, newest first; ``direction`` "in"/"out" includes spontaneous information."""
    groups = {"in": ("incoming", "spontaneous-in"), "out": ("outgoing", "spontaneous-out")}
    t = tables.request
    stmt = select(t).order_by(t.c.id.desc())
    if direction:
        dirs = groups.get(direction) or (choice("direction", direction, [d.value for d in Direction]),)
        stmt = stmt.where(t.c.direction.in_(dirs))
    if status:
        stmt = stmt.where(t.c.status == choice("status", status, [x.value for x in Status]))
    if limit:
        stmt = stmt.limit(limit)
    today = desk.today()
    with desk.query() as conn:
        lookups = Lookups(conn)
        return [build_view(conn, r, today, full=False, lookups=lookups)
                for r in conn.execute(stmt).all()]


def validate_request(desk: Desk, ref: str) -> list:
    """What Art. 7.2 finds missing (errors block sending; (d) only warns)."""
    with desk.read() as s:
        return findings_for(find_request(s, ref))


def _incomplete_error(findings: list, direction: str = "outgoing") -> RuleViolation:
    errors = [f for f in findings if f.severity == "error"]
    listing = "; ".join(f"{f.article} {f.message}" for f in errors)
    first = errors[0]
    what = ("the information is incomplete under Art. 3.1/4.3 and cannot be sent"
            if completeness.is_spontaneous(direction)
            else "the request is incomplete under Art. 7.2 and cannot be final")
    return RuleViolation(first.field, QT_TRANSLATE_NOOP(
            "Refusal", "{what}; missing: {listing}").format(
                what=what, listing=listing), first.article)


def _transition(s: Session, desk: Desk, req: Request, target: Status, *, reason: str | None,
                grounds: tuple[str, ...] = (), statement: str | None = None,
                conditions: str | None = None, postponed_until: date | None = None,
                accompanying_info: str | None = None,
                consultation_outcome: str | None = None,
                text_versions: dict[str, dict[str, str | None]] | None = None) -> dict[str, Any]:
    from app.store.models import Outcome, StatusChange

    current = Status(req.status)
    problems = lifecycle.check_transition(
        Direction(req.direction), current, target, grounds=grounds, statement=statement,
        conditions=conditions, postponed_until=postponed_until,
        consultation_outcome=consultation_outcome, spec=spec_of(req.agreement),
        today=desk.today(),
    )
    if problems:
        raise problems[0]
    if current is Status.WITHHELD:
        last = next((o for o in reversed(req.outcomes) if o.decision == Status.WITHHELD), None)
        if last is not None:
            last.consultation_outcome = consultation_outcome
            last.consultation_closed_on = desk.today()
    if target.value in {x.value for x in lifecycle.OUTCOME_STATUSES}:
        outcome = Outcome(
            request_id=req.id, decision=target.value, grounds=json.dumps(list(grounds)),
            statement=statement, conditions=conditions, postponed_until=postponed_until,
            accompanying_info=accompanying_info,
            consultation_opened_on=desk.today() if target is Status.WITHHELD else None,
            decided_at=desk.now(), actor=desk.actor, texts="{}",
        )
        if text_versions:
            # The columns hold one language's version: the desk's default one when given, else
            # the first language any of the texts is written in (so a column is blank only when
            # the text is blank in every language).
            default = texts.default_language(s)
            given = [lang for v in text_versions.values() for lang, t in v.items() if t]
            outcome.text_lang = default if default in given or not given else \
                next(lang for lang in texts.TEXT_LANGUAGES if lang in given)
            for name, versions in text_versions.items():
                if any(versions.values()):
                    setattr(outcome, name, None)
                    texts.set_versions(outcome, name, versions, outcome.text_lang)
        s.add(outcome)
    req.status = target.value
    req.updated_at = desk.now()
    if target in (Status.CLOSED, Status.WITHDRAWN):
        req.closed_on = desk.today()
    s.add(StatusChange(request_id=req.id, from_status=current.value, to_status=target.value,
                       at=desk.now(), actor=desk.actor, reason=reason))
    s.flush()
    s.expire(req, ["outcomes", "history"])
    return {"from": current.value, "to": target.value, "reason": reason, "grounds": list(grounds),
            "statement": statement, "conditions": conditions,
            "postponed_until": postponed_until.isoformat() if postponed_until else None,
            "accompanying_info": accompanying_info, "consultation_outcome": consultation_outcome}


def transition(desk: Desk, ref: str, target: str, *, reason: str | None = None,
               grounds: list[str] | tuple[str, ...] = (),
               statement: str | Mapping[str, str] | None = None,
               conditions: str | Mapping[str, str] | None = None, postponed_until: object = None,
               accompanying_info: str | Mapping[str, str] | None = None,
               consultation_outcome: str | None = None) -> RequestView:
    """Move a request along its lifecycle; refusal, postponement, conditions and withholding
    need what Art. 11 asks (grounds, a statement of reasons, conditions, consultation).

    ``statement``, ``conditions`` and ``accompanying_info``: a plain string (the desk's default
    language) or ``{lang: text}`` with a version per language (app.services.texts)."""
    tgt = Status(choice("status", target, [x.value for x in Status]))
    if tgt is Status.SENT:
        return send_request(desk, ref)
    args: dict[str, Any] = dict(
        reason=clean_text("reason", reason, max_len=LONG),
        grounds=tuple(grounds),
        postponed_until=parse_date("postponed_until", postponed_until),
        consultation_outcome=clean_text("consultation_outcome", consultation_outcome, max_len=LONG,
                                        article="11.3"),
    )
    given = {"statement": statement, "conditions": conditions, "accompanying_info": accompanying_info}
    with desk.unit_of_work(f"request.{tgt.value}", "request") as (s, note):
        # Each text: a plain string (the desk's default language) or {lang: text}.
        default = texts.default_language(s)
        versions = {name: texts.parse_versions(name, value, default, article=texts.OUTCOME_TEXT_FIELDS[name])
                    for name, value in given.items()}
        for name, by_lang in versions.items():
            # The rules (Art. 11.1, 11.4) ask whether there is a text at all, in any language.
            args[name] = by_lang.get(default) or next((t for t in by_lang.values() if t), None)
        args["text_versions"] = versions
        req = find_request(s, ref)
        note.entity_id = ref
        note.change = _transition(s, desk, req, tgt, **args)
        if any(isinstance(v, Mapping) for v in given.values()):
            note.change["text_versions"] = {n: v for n, v in versions.items() if any(v.values())}
        return view_after_write(s, req, desk.today())


def check_transition(desk: Desk, ref: str, target: str, **kwargs: Any) -> list[RuleViolation]:
    """What would stop this transition (for the UI to show before the officer confirms)."""
    with desk.read() as s:
        req = find_request(s, ref)
        tgt = Status(target)
        if tgt is Status.SENT:
            findings = findings_for(req)
            if not completeness.is_complete(findings):
                return [_incomplete_error(findings, req.direction)]
        return lifecycle.check_transition(
            Direction(req.direction), Status(req.status), tgt, spec=spec_of(req.agreement),
            today=desk.today(), **kwargs,
        )


def send_request(desk: Desk, ref: str, sent_on: object = None) -> RequestView:
    """Finalise and send an outgoing request (refused while Art. 7.2 (a), (b), (c) or (e) is
    missing) or spontaneous information (refused while what Art. 3.1/4.3 needs is missing)."""
    day = parse_date("sent_on", sent_on) or desk.today()
    with desk.unit_of_work("request.send", "request") as (s, note):
        req = find_request(s, ref)
        findings = findings_for(req)
        sendable = (Direction.OUTGOING, Direction.SPONTANEOUS_OUT)  # each under its own rules
        if req.direction in sendable and not completeness.is_complete(findings):
            raise _incomplete_error(findings, req.direction)
        note.entity_id = ref
        note.change = _transition(s, desk, req, Status.SENT, reason="finalised and sent")
        req.sent_on = day
        note.change["sent_on"] = day.isoformat()
        return view_after_write(s, req, desk.today())


def acknowledge(desk: Desk, ref: str) -> RequestView:
    """Record that receipt was acknowledged (incoming) or that the partner acknowledged (outgoing)."""
    return transition(desk, ref, Status.ACKNOWLEDGED.value, reason="acknowledged")


def assign(desk: Desk, ref: str, officer: str) -> RequestView:
    """Assign the request to an officer."""
    name = clean_text("officer", officer, required=True)
    with desk.unit_of_work("request.assign", "request") as (s, note):
        req = find_request(s, ref)
        if req.assigned_to and req.assigned_to != name:
            from app.services.admin.server_roles import role_of

            if role_of(desk) == "officer":  # a shared desk: reassigning is the supervisor's
                raise ServiceError("officer", QT_TRANSLATE_NOOP(
                    "Refusal", "request {ref} is assigned to {officer}; only a supervisor may "
                    "reassign it").format(ref=ref, officer=req.assigned_to))
        note.entity_id = ref
        note.change = {"assigned_to": name, "previous": req.assigned_to}
        req.assigned_to = name
        req.updated_at = desk.now()
        return view_after_write(s, req, desk.today())


def confirm_oral(desk: Desk, ref: str, confirmed_on: object = None) -> RequestView:
    """Record the written confirmation of an oral request (Art. 7.1)."""
    day = parse_date("confirmed_on", confirmed_on) or desk.today()
    with desk.unit_of_work("request.confirm_oral", "request") as (s, note):
        req = find_request(s, ref)
        if req.form != "oral":
            raise ServiceError("form", QT_TRANSLATE_NOOP(
                    "Refusal", "request {ref} was made in writing; nothing to confirm").format(
                        ref=ref), "7.1")
        if req.oral_at and day < clocks.local_date(req.oral_at):
            raise ServiceError("confirmed_on", QT_TRANSLATE_NOOP(
                "Refusal", "is before the oral request was made"), "7.1")
        if day > desk.today():
            raise ServiceError("confirmed_on", QT_TRANSLATE_NOOP(
                    "Refusal", "{day} is in the future; record the confirmation once it has been "
                    "received").format(
                        day=day.isoformat()), "7.1")
        req.confirmed_on = day
        req.updated_at = desk.now()
        note.entity_id = ref
        note.change = {"confirmed_on": day.isoformat(),
                       "late": bool(req.confirmation_due_on and day > req.confirmation_due_on)}
        return view_after_write(s, req, desk.today())


def link_subject(desk: Desk, ref: str, subject_code: str, role: str = "subject") -> RequestView:
    """Link a surveillance subject (Art. 4.2) to a request."""
    from app.store.models import RequestSubject, Subject

    with desk.unit_of_work("request.link_subject", "request") as (s, note):
        req = find_request(s, ref)
        subj = s.execute(select(Subject).where(Subject.code == subject_code)).scalar_one_or_none()
        if subj is None:
            raise NotFound("subject", QT_TRANSLATE_NOOP(
                    "Refusal", "no subject {subject_code}").format(
                        subject_code=repr(subject_code)))
        if s.get(RequestSubject, (req.id, subj.id)) is None:
            s.add(RequestSubject(request_id=req.id, subject_id=subj.id,
                                 role=clean_text("role", role) or "subject"))
        note.entity_id = ref
        note.change = {"subject": subject_code, "role": role}
        s.flush()
        return view_after_write(s, req, desk.today())


def bases_of(desk: Desk, ref: str) -> tuple[str, ...]:
    """The legal bases of a request."""
    with desk.read() as s:
        return split_bases(find_request(s, ref).bases)
