"""Special surveillance (Art. 4.2): subjects, their periods, lifting and extending.

A subject is a person (natural or legal, Art. 1(e)), goods, or a means of transport, kept under
surveillance for a period at a partner's request. Its status follows from the dates (active,
expiring, lapsed) until it is lifted; a lapsed surveillance is never extended silently.
Observations and reporting back live in ``app.services.surveillance.observations``; the watch list that finds
subjects from a name or number lives in ``app.services.surveillance.watchlist``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.services.admin import settings
from app.services.agreements.catalogue import agreement_by_key
from app.services.context import Desk
from app.services.surveillance import watchlist
from app.services.surveillance.rules import (
    ART,
    KINDS,
    STATUSES,
    SUBKINDS,
    check_period,
    clean_details,
    clean_identifier,
    clean_names,
    subject_status,
)
from app.services.surveillance.views import SubjectView, build_subject_view, subject_row
from app.services.validation import (
    LONG,
    NotFound,
    ServiceError,
    check_version,
    choice,
    clean_text,
    parse_date,
)
from app.store.models import (
    Document,
    Observation,
    RefCounter,
    Request,
    RequestSubject,
    Subject,
    SubjectIdentifier,
    SubjectName,
)
from app.store.portable import locked_counter

__all__ = ["add_subject", "edit_subject", "get_subject", "list_subjects", "lift_subject",
           "extend_period", "delete_subject", "link_request", "similar_subjects", "SUBJECT_FIELDS"]

SUBJECT_FIELDS = frozenset({
    "kind", "subkind", "display_name", "names", "identifiers", "details", "agreement",
    "requests", "requested_by", "period_start", "period_end", "review_on",
})
_COUNTER = ("S", 0)  # one gapless series of subject codes, not per year


_FIELD_COUNTER = ("FS", 0)  # a field desk's provisional codes (app.services.kit.field)


def _next_code(session: Session) -> str:
    # A field desk hands out provisional codes (FS-0001) that cannot be taken for the desk's;
    # the desk gives the subject its own code when the field's return is merged. (A field desk
    # is a file of its own, never a shared server: only the desk's series needs the row lock.)
    counter = session.get(RefCounter, _FIELD_COUNTER) or locked_counter(
        session, RefCounter, prefix=_COUNTER[0], year=_COUNTER[1])
    counter.last += 1
    session.flush()
    return f"{counter.prefix}-{counter.last:04d}"


def _request_by_ref(session: Session, ref: str, field: str = "requests") -> Request:
    req = session.execute(select(Request).where(Request.our_ref == ref)).scalar_one_or_none()
    if req is None:
        raise NotFound(field, QT_TRANSLATE_NOOP(
                "Refusal", "no request with reference {ref}").format(
                    ref=repr(ref)))
    return req


def _soon(session: Session) -> int:
    return settings.get_int(session, "due_soon_days")


def _link(session: Session, subj: Subject, req: Request, role: str) -> bool:
    existing = session.get(RequestSubject, (req.id, subj.id))
    if existing is None:
        session.add(RequestSubject(request_id=req.id, subject_id=subj.id, role=role))
        return True
    if role == "surveillance" and existing.role != role:
        existing.role = role
    return False


def _apply(session: Session, desk: Desk, subj: Subject, fields: Mapping[str, Any]) -> tuple[dict, list[str]]:
    """Validate and set subject fields; returns (audit change, warnings)."""
    unknown = set(fields) - SUBJECT_FIELDS
    if unknown:
        raise ServiceError(sorted(unknown)[0], QT_TRANSLATE_NOOP(
            "Refusal", "is not a field of a surveillance subject"), ART)
    change: dict[str, Any] = {}
    warnings: list[str] = []
    if "kind" in fields and subj.id is not None and fields["kind"] != subj.kind:
        raise ServiceError("kind", QT_TRANSLATE_NOOP(
                "Refusal", "subject {code} is {kind}; record a new subject instead of changing "
                "its kind").format(
                    code=subj.code, kind=subj.kind), ART)
    kind = choice("kind", fields.get("kind", subj.kind), KINDS, article=ART)
    subj.kind = change["kind"] = kind
    if "subkind" in fields or subj.subkind is None:
        default = SUBKINDS[kind][0] if kind != "transport" else None
        sub = fields.get("subkind") or default
        if sub is None:
            raise ServiceError("subkind", QT_TRANSLATE_NOOP(
                    "Refusal", "say which means of transport: vessel, aircraft, road_vehicle or "
                    "container"), "4.2(c)")
        subj.subkind = change["subkind"] = choice("subkind", sub, SUBKINDS[kind], article=ART)
    if "details" in fields:
        details = clean_details(kind, fields["details"])
        subj.details = json.dumps(details, ensure_ascii=False, sort_keys=True)
        change["details"] = details
    details = json.loads(subj.details or "{}")
    if "names" in fields:
        names = clean_names(fields["names"])
        for row in list(subj.names):
            session.delete(row)
        subj.names = [SubjectName(name=n, script=sc, is_alias=a) for n, sc, a in names]
        change["names"] = [n for n, _, _ in names]
    if "identifiers" in fields:
        raw = fields["identifiers"] or []
        if not isinstance(raw, (list, tuple)):
            raise ServiceError("identifiers", QT_TRANSLATE_NOOP("Refusal", "must be a list of identifiers"), ART)
        cleaned = [clean_identifier(item, i) for i, item in enumerate(raw)]
        for old_id in list(subj.identifiers):
            session.delete(old_id)
        subj.identifiers = [
            SubjectIdentifier(id_type=c.id_type, value=c.value, normalized=c.normalized,
                              issuer=c.issuer) for c in cleaned
        ]
        warnings += [c.warning for c in cleaned if c.warning]
        change["identifiers"] = [[c.id_type, c.value] for c in cleaned]
    display = clean_text("display_name", fields.get("display_name"), max_len=500, article=ART)
    derive = "display_name" in fields or not subj.display_name or "names" in fields
    if display is None and derive:
        primary = next((n.name for n in subj.names if not n.is_alias), None)
        first_id = subj.identifiers[0].normalized if subj.identifiers else None
        display = primary or details.get("description") or first_id
        if display is None:
            raise ServiceError("names", QT_TRANSLATE_NOOP(
                    "Refusal", "a {kind} subject needs a name, a description or an identifier to be "
                    "recognised").format(
                        kind=kind), ART)
    if display is not None:
        subj.display_name = change["display_name"] = display
    if "agreement" in fields:
        key = fields["agreement"]
        subj.agreement_id = agreement_by_key(session, key).id if key else None
        change["agreement"] = key
    if "requested_by" in fields:
        subj.requested_by = change["requested_by"] = clean_text("requested_by", fields["requested_by"])
    for name in ("period_start", "period_end", "review_on"):
        if name in fields:
            value = parse_date(name, fields[name])
            setattr(subj, name, value)
            change[name] = value.isoformat() if value else None
    if subj.period_start is None:
        subj.period_start = desk.today()
    check_period(subj.period_start, subj.period_end, subj.review_on)
    return change, warnings


def _link_requests(session: Session, subj: Subject, refs: Any) -> list[str]:
    if isinstance(refs, str):
        refs = [r.strip() for r in refs.split(",") if r.strip()]
    if not isinstance(refs, (list, tuple)):
        raise ServiceError("requests", QT_TRANSLATE_NOOP("Refusal", "must be a list of request references"), ART)
    linked = []
    for ref in refs:
        req = _request_by_ref(session, ref)
        if subj.agreement_id is None:
            subj.agreement_id = req.agreement_id
        elif req.agreement_id != subj.agreement_id:
            raise ServiceError("requests", QT_TRANSLATE_NOOP(
                    "Refusal", "{ref} is under another agreement than the subject").format(
                        ref=ref), ART)
        _link(session, subj, req, "surveillance")
        linked.append(ref)
    return linked


def _view(session: Session, desk: Desk, subj: Subject, **kw: Any) -> SubjectView:
    return build_subject_view(session, subj, desk.today(), _soon(session), **kw)


def add_subject(desk: Desk, fields: Mapping[str, Any]) -> SubjectView:
    """Record a new surveillance subject (Art. 4.2 (a) person, (b) goods, (c) transport).

    Wrong check digits (container, IMO, AWB) are stored as given and returned in ``warnings``.
    Which existing subjects it resembles (a possible duplicate) is the caller's next step:
    :func:`similar_subjects`, which may wait for the watch-list index."""
    if "kind" not in fields:
        raise ServiceError("kind", QT_TRANSLATE_NOOP("Refusal", "is required: person, goods or transport"), ART)
    with desk.unit_of_work("surveillance.add_subject", "subject") as (s, note):
        subj = Subject(status="active", details="{}", display_name="", created_at=desk.now(),
                       updated_at=desk.now(), kind=fields["kind"])
        subj.names, subj.identifiers = [], []
        change, warnings = _apply(s, desk, subj, fields)
        subj.code = _next_code(s)
        s.add(subj)
        s.flush()
        if "requests" in fields:
            change["requests"] = _link_requests(s, subj, fields["requests"])
        if subj.agreement_id is None:
            raise ServiceError("agreement", QT_TRANSLATE_NOOP(
                    "Refusal", "say under which agreement the surveillance was asked (an agreement "
                    "key or a linked request)"), ART)
        note.entity_id = subj.code
        note.change = change
        s.flush()
        code = subj.code
    watchlist.refresh_subjects(desk, [code])  # the index (if built) stays in step
    with desk.read() as s:
        return _view(s, desk, subject_row(s, code), warnings=tuple(warnings))


def similar_subjects(desk: Desk, code: str) -> tuple[Any, ...]:
    """Other subjects (``WatchHit``) that subject ``code`` looks like: possible duplicates.

    Waits for the watch-list index (Art. 4.2): a window calls it on a worker after a save."""
    return tuple(watchlist.match_subject(desk, code))


def edit_subject(desk: Desk, code: str, fields: Mapping[str, Any], *,
                 expected_version: int | None = None) -> SubjectView:
    """Change a subject's names, identifiers, details or period (a lifted one is read-only).

    Moving the end date of a lapsed surveillance goes through :func:`extend_period`.
    ``expected_version``: the ``version`` of the view the edits were made on; if the subject was
    saved since (another officer on a shared desk), the save is refused naming it (StaleEdit)
    and nothing is written."""
    with desk.unit_of_work("surveillance.edit_subject", "subject") as (s, note):
        subj = subject_row(s, code)
        check_version(f"subject {code}", subj.version, expected_version)
        if subj.status == "lifted":
            raise ServiceError("status", QT_TRANSLATE_NOOP(
                    "Refusal", "surveillance of {code} was lifted; its record is kept as it was").format(
                        code=code), ART)
        status, _ = subject_status(subj.status, subj.period_end, desk.today(), _soon(s))
        if "period_end" in fields and status == "lapsed":
            raise ServiceError("period_end", QT_TRANSLATE_NOOP(
                    "Refusal", "surveillance of {code} has lapsed; extend it explicitly, with the new "
                    "request that asks for it").format(
                        code=code), ART)
        change, warnings = _apply(s, desk, subj, fields)
        if "requests" in fields:
            change["requests"] = _link_requests(s, subj, fields["requests"])
        subj.updated_at = desk.now()
        note.entity_id = code
        note.change = change
    watchlist.refresh_subjects(desk, [code])
    with desk.read() as s:
        return _view(s, desk, subject_row(s, code), warnings=tuple(warnings))


def get_subject(desk: Desk, code: str) -> SubjectView:
    """One subject in full: identifiers, period, linked requests, observation log."""
    with desk.read() as s:
        return _view(s, desk, subject_row(s, code))


def list_subjects(desk: Desk, *, kind: str | None = None, active: bool = False,
                  status: str | None = None, limit: int | None = None) -> list[SubjectView]:
    """Subjects, newest first; ``active`` keeps those under surveillance now (active, expiring)."""
    if kind is not None:
        choice("kind", kind, KINDS, article=ART)
    if status is not None:
        choice("status", status, STATUSES, article=ART)
    with desk.read() as s:
        stmt = select(Subject).order_by(Subject.id.desc())
        if kind:
            stmt = stmt.where(Subject.kind == kind)
        out = []
        for subj in s.execute(stmt).scalars():
            view = _view(s, desk, subj, full=False)
            if active and view.status not in ("active", "expiring"):
                continue
            if status and view.status != status:
                continue
            out.append(view)
            if limit and len(out) >= limit:
                break
        return out


def lift_subject(desk: Desk, code: str, reason: str, lifted_on: object = None) -> SubjectView:
    """End surveillance of a subject; the record and its observations are kept."""
    why = clean_text("reason", reason, max_len=LONG, required=True, article=ART)
    day = parse_date("lifted_on", lifted_on) or desk.today()
    with desk.unit_of_work("surveillance.lift", "subject") as (s, note):
        subj = subject_row(s, code)
        if subj.status == "lifted":
            raise ServiceError("status", QT_TRANSLATE_NOOP(
                    "Refusal", "surveillance of {code} was already lifted on {lifted_on}").format(
                        code=code, lifted_on=subj.lifted_on), ART)
        if subj.period_start and day < subj.period_start:
            raise ServiceError("lifted_on", QT_TRANSLATE_NOOP(
                    "Refusal", "{day} is before the period started ({period_start})").format(
                        day=day.isoformat(), period_start=subj.period_start.isoformat()), ART)
        subj.status, subj.lifted_on, subj.lift_reason = "lifted", day, why
        subj.updated_at = desk.now()
        note.entity_id = code
        note.change = {"lifted_on": day.isoformat(), "reason": why}
    watchlist.refresh_subjects(desk, [code])
    return get_subject(desk, code)


def extend_period(desk: Desk, code: str, new_end: object, reason: str,
                  request_ref: str | None = None) -> SubjectView:
    """Move the end of the surveillance period later, saying why.

    A lapsed surveillance is only revived by a new request (``request_ref``, linked here as the
    request asking for surveillance, or one linked already that arrived after the lapse)."""
    end = parse_date("new_end", new_end, required=True)
    why = clean_text("reason", reason, max_len=LONG, required=True, article=ART)
    with desk.unit_of_work("surveillance.extend", "subject") as (s, note):
        subj = subject_row(s, code)
        if subj.status == "lifted":
            raise ServiceError("status", QT_TRANSLATE_NOOP(
                    "Refusal", "surveillance of {code} was lifted; record a new subject for a new "
                    "surveillance").format(
                        code=code), ART)
        old_end = subj.period_end
        if old_end is not None and end <= old_end:
            raise ServiceError("new_end", QT_TRANSLATE_NOOP(
                    "Refusal", "{end} is not after the current end ({old_end})").format(
                        end=end.isoformat(), old_end=old_end.isoformat()), ART)
        if end < desk.today():
            raise ServiceError("new_end", QT_TRANSLATE_NOOP(
                    "Refusal", "{end} is already past").format(
                        end=end.isoformat()), ART)
        status, _ = subject_status(subj.status, old_end, desk.today(), _soon(s))
        new_req = _request_by_ref(s, request_ref, "request_ref") if request_ref else None
        if status == "lapsed":
            assert old_end is not None, "only a period with an end lapses (subject_status)"
            linked = s.execute(
                select(Request).join(RequestSubject, RequestSubject.request_id == Request.id)
                .where(RequestSubject.subject_id == subj.id)).scalars().all()
            fresh = [r for r in linked if _request_day(r) > old_end]
            if new_req is not None:
                if new_req in linked or _request_day(new_req) <= old_end:
                    raise ServiceError("request_ref", QT_TRANSLATE_NOOP(
                            "Refusal", "{request_ref} is not a new request: it predates the lapse on {old_end}").format(
                                request_ref=request_ref, old_end=old_end.isoformat()), ART)
            elif not fresh:
                raise ServiceError("request_ref", QT_TRANSLATE_NOOP(
                        "Refusal", "surveillance of {code} lapsed on {old_end}; extending it needs a new "
                        "request for surveillance").format(
                            code=code, old_end=old_end.isoformat()), ART)
        if new_req is not None:
            _link(s, subj, new_req, "surveillance")
        subj.period_end = end
        if subj.review_on and subj.review_on < desk.today():
            subj.review_on = None  # the old review date is spent; the officer sets a new one
        check_period(subj.period_start, subj.period_end, subj.review_on)
        subj.updated_at = desk.now()
        note.entity_id = code
        note.change = {"from": old_end.isoformat() if old_end else None, "to": end.isoformat(),
                       "reason": why, "request": request_ref, "was": status}
    watchlist.refresh_subjects(desk, [code])
    return get_subject(desk, code)


def _request_day(req: Request):
    return req.received_on or req.sent_on or req.created_at.date()


def link_request(desk: Desk, code: str, ref: str, role: str = "surveillance") -> SubjectView:
    """Link a subject to a request (the one asking for surveillance, or one that mentions it)."""
    role = choice("role", role, ("surveillance", "subject", "mentioned"), article=ART)
    with desk.unit_of_work("surveillance.link_request", "subject") as (s, note):
        subj = subject_row(s, code)
        req = _request_by_ref(s, ref, "request_ref")
        _link(s, subj, req, role)
        note.entity_id = code
        note.change = {"request": ref, "role": role}
    return get_subject(desk, code)


def delete_subject(desk: Desk, code: str) -> None:
    """Delete a subject recorded by mistake: refused while a request links it or it has a log."""
    with desk.unit_of_work("surveillance.delete_subject", "subject") as (s, note):
        subj = subject_row(s, code)
        refs = [r for (r,) in s.execute(
            select(Request.our_ref).join(RequestSubject, RequestSubject.request_id == Request.id)
            .where(RequestSubject.subject_id == subj.id)).all()]
        if refs:
            raise ServiceError("subject", QT_TRANSLATE_NOOP(
                    "Refusal", "{code} is linked to {join_refs} and cannot be deleted; lift the "
                    "surveillance instead (its history is kept)").format(
                        code=code, join_refs=', '.join(refs)), ART)
        if s.execute(select(Observation.id).where(Observation.subject_id == subj.id)).first():
            raise ServiceError("subject", QT_TRANSLATE_NOOP(
                    "Refusal", "{code} has observations and cannot be deleted; lift the surveillance "
                    "instead (its history is kept)").format(
                        code=code), ART)
        if s.execute(select(Document.id).where(Document.subject_id == subj.id)).first():
            raise ServiceError("subject", QT_TRANSLATE_NOOP(
                    "Refusal", "{code} has attachments and cannot be deleted; lift the surveillance "
                    "instead (its history is kept)").format(
                        code=code), ART)
        note.entity_id = code
        note.change = {"display_name": subj.display_name, "kind": subj.kind}
        for row in list(subj.names) + list(subj.identifiers):
            s.delete(row)
        s.delete(subj)
    watchlist.refresh_subjects(desk, [code])
