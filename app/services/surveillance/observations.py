"""The surveillance log (Art. 4.2): observations, their attachments, and reporting back.

An observation records when and where a subject was seen and what happened (arrived, departed,
cargo declared, inspected, sighted). Photos and scans are stored as Documents inside the
encrypted database, never overwritten. "Report back" drafts the information item that tells the
requesting administration what was observed.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.services.context import Desk
from app.services.ledger.information import ItemView, add_information_item
from app.services.surveillance import watchlist
from app.services.surveillance.rules import (
    ART,
    EVENTS,
    NO_PLACE,
    PLACED_EVENTS,
    check_place,
    clean_locode,
)
from app.services.surveillance.views import (
    AttachmentView,
    ObservationView,
    observation_view,
    subject_row,
)
from app.services.validation import (
    LONG,
    NotFound,
    ServiceError,
    choice,
    clean_text,
    parse_datetime,
)
from app.store.models import Agreement, Document, Observation, Request, RequestSubject

__all__ = ["OBSERVATION_FIELDS", "PLACED_EVENTS", "NO_PLACE", "add_observation", "get_observation", "attach_file",
           "compose_report", "report_back", "MAX_ATTACHMENT_BYTES", "observation_watch_hits"]

OBSERVATION_FIELDS = frozenset({"observed_at", "place", "locode", "event", "source", "text",
                                "request_ref"})
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
EVENT_LABELS = {"arrived": "arrived", "departed": "departed", "cargo_declared": "cargo declared",
                "inspected": "inspected", "sighted": "sighted", "other": "other"}
_CLOCK_SKEW = timedelta(minutes=5)  # a workstation clock a little behind the camera is not "future"


def _request_day(req: Request):
    return req.received_on or req.sent_on or req.created_at.date()


def add_observation(desk: Desk, code: str, fields: Mapping[str, Any]) -> ObservationView:
    """Add one entry to a subject's log; refused when its date is impossible or, for a movement
    or sighting, when it does not say where (a place or a UN/LOCODE).

    An observation cannot precede the request it answers (or, without one, the earliest request
    that asked for the surveillance), nor lie in the future. One outside the surveillance period
    is kept with a warning. Which other subjects the text names is the caller's next step:
    :func:`observation_watch_hits`, which may wait for the watch-list index."""
    unknown = set(fields) - OBSERVATION_FIELDS
    if unknown:
        raise ServiceError(sorted(unknown)[0], QT_TRANSLATE_NOOP("Refusal", "is not a field of an observation"), ART)
    when = parse_datetime("observed_at", fields.get("observed_at"), required=True)
    event = choice("event", fields.get("event", "sighted"), EVENTS, article=ART)
    place = clean_text("place", fields.get("place"))
    locode = clean_locode(fields.get("locode"))
    source = clean_text("source", fields.get("source"))
    text = clean_text("text", fields.get("text"), max_len=LONG)
    warnings: list[str] = []
    if when > desk.now() + _CLOCK_SKEW:
        raise ServiceError("observed_at", QT_TRANSLATE_NOOP(
                "Refusal", "{when:%Y-%m-%d %H:%M} UTC is in the future").format(
                    when=when), ART)
    with desk.unit_of_work("surveillance.observe", "observation") as (s, note):
        subj = subject_row(s, code)
        linked = s.execute(
            select(Request).join(RequestSubject, RequestSubject.request_id == Request.id)
            .where(RequestSubject.subject_id == subj.id, RequestSubject.role == "surveillance")
        ).scalars().all()
        req = None
        ref = clean_text("request_ref", fields.get("request_ref"))
        if ref:
            req = s.execute(select(Request).where(Request.our_ref == ref)).scalar_one_or_none()
            if req is None:
                raise NotFound("request_ref", QT_TRANSLATE_NOOP(
                        "Refusal", "no request with reference {ref}").format(
                            ref=repr(ref)))
        anchor = req or (min(linked, key=_request_day) if linked else None)
        if anchor is not None and when.date() < _request_day(anchor):
            raise ServiceError("observed_at", QT_TRANSLATE_NOOP(
                    "Refusal", "{when} is before request {our_ref} ({request_day_anchor_isofo})").format(
                        when=when.date().isoformat(),
                        our_ref=anchor.our_ref,
                        request_day_anchor_isofo=_request_day(anchor).isoformat()), ART)
        # After the date and request checks, so a form with several problems names the first one
        # in the order the officer filled it in (when, then where).
        check_place(event, place, locode)
        if subj.status == "lifted" and subj.lifted_on and when.date() > subj.lifted_on:
            warnings.append(f"observed after surveillance of {code} was lifted on "
                            f"{subj.lifted_on.isoformat()}")
        elif subj.period_end and when.date() > subj.period_end:
            warnings.append(f"observed after the surveillance period ended "
                            f"({subj.period_end.isoformat()})")
        elif subj.period_start and when.date() < subj.period_start:
            warnings.append(f"observed before the surveillance period began "
                            f"({subj.period_start.isoformat()})")
        if req is None and len(linked) == 1:
            req = linked[0]  # the one request it can answer; report-back needs it
        obs = Observation(subject_id=subj.id, request_id=req.id if req else None,
                          observed_at=when, place=place, locode=locode, event=event,
                          source=source, text=text, actor=desk.actor, created_at=desk.now())
        s.add(obs)
        s.flush()
        note.entity_id = obs.id
        note.change = {"subject": code, "observed_at": when.isoformat(), "place": place,
                       "locode": locode, "event": event, "source": source,
                       "request": req.our_ref if req else None}
        obs_id = obs.id
    with desk.read() as s:
        obs = s.get_one(Observation, obs_id)
        return observation_view(s, obs, code, warnings=tuple(warnings))


def _watch_hits(desk: Desk, code: str, text: str | None, place: str | None) -> tuple[Any, ...]:
    # Names in the notes; only numbers in the place (a port's name is not a subject).
    return tuple(watchlist.scan_texts(desk, [(text, True), (place, False)], exclude=[code]))


def observation_watch_hits(desk: Desk, observation_id: int) -> tuple[Any, ...]:
    """Other subjects (``WatchHit``) an observation's notes name, as ``add_observation`` finds
    them. Waits for the watch-list index (Art. 4.2): a window calls it on a worker after a save."""
    with desk.read() as s:
        obs = s.get(Observation, observation_id)
        if obs is None:
            raise NotFound("observation", QT_TRANSLATE_NOOP(
                    "Refusal", "no observation {observation_id}").format(
                        observation_id=observation_id))
        code, text, place = obs.subject.code, obs.text, obs.place
    return _watch_hits(desk, code, text, place)


def get_observation(desk: Desk, observation_id: int) -> ObservationView:
    """One observation with its attachments."""
    with desk.read() as s:
        obs = s.get(Observation, observation_id)
        if obs is None:
            raise NotFound("observation", QT_TRANSLATE_NOOP(
                    "Refusal", "no observation {observation_id}").format(
                        observation_id=observation_id))
        return observation_view(s, obs, obs.subject.code)


def attach_file(desk: Desk, code: str, filename: str, content: bytes, *,
                observation_id: int | None = None, mime: str | None = None,
                kind: str = "attachment") -> AttachmentView:
    """Store a photo or scan with a subject (or one of its observations), hashed with SHA-256.

    A file with the same name on the same record becomes a new version; nothing is overwritten."""
    name = clean_text("filename", filename, required=True)
    if "/" in name or "\\" in name:
        name = name.replace("\\", "/").rsplit("/", 1)[-1]
    if not isinstance(content, (bytes, bytearray)):
        raise ServiceError("content", QT_TRANSLATE_NOOP("Refusal", "must be the bytes of the file"))
    if not content:
        raise ServiceError("content", QT_TRANSLATE_NOOP(
                "Refusal", "{name} is empty; nothing to attach").format(
                    name=name))
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ServiceError("content", QT_TRANSLATE_NOOP(
                "Refusal", "{name} is {n_content:,} bytes; at most {MAX_ATTACHMENT_BYTES:,} can "
                "be attached").format(
                    name=name, n_content=len(content), MAX_ATTACHMENT_BYTES=MAX_ATTACHMENT_BYTES))
    mime = clean_text("mime", mime) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    digest = hashlib.sha256(content).hexdigest()
    with desk.unit_of_work("surveillance.attach", "document") as (s, note):
        subj = subject_row(s, code)
        if observation_id is not None:
            obs = s.get(Observation, observation_id)
            if obs is None or obs.subject_id != subj.id:
                raise NotFound("observation", QT_TRANSLATE_NOOP(
                        "Refusal", "no observation {observation_id} of {code}").format(
                            observation_id=observation_id, code=code))
        series = f"subject/{code}" + (f"/obs/{observation_id}" if observation_id else "") + f"/{name}"
        last = s.execute(select(func.max(Document.version)).where(Document.series == series)).scalar()
        doc = Document(series=series, version=(last or 0) + 1, kind=kind, filename=name, mime=mime,
                       size=len(content), sha256=digest, content=bytes(content),
                       subject_id=subj.id, observation_id=observation_id, actor=desk.actor,
                       created_at=desk.now())
        s.add(doc)
        s.flush()
        note.entity_id = doc.id
        note.change = {"subject": code, "observation": observation_id, "series": series,
                       "version": doc.version, "sha256": digest, "size": len(content)}
        return AttachmentView(doc.id, series, doc.version, name, mime, doc.size, digest,
                              doc.created_at)


def compose_report(desk: Desk, code: str, observation_ids: Sequence[int]) -> str:
    """The summary text of a report back: one paragraph per chosen observation, oldest first."""
    if not observation_ids:
        raise ServiceError("observations", QT_TRANSLATE_NOOP(
            "Refusal", "choose at least one observation to report"), ART)
    with desk.read() as s:
        subj = subject_row(s, code)
        rows = []
        for oid in dict.fromkeys(observation_ids):
            obs = s.get(Observation, oid)
            if obs is None or obs.subject_id != subj.id:
                raise NotFound("observations", QT_TRANSLATE_NOOP(
                        "Refusal", "no observation {oid} of {code}").format(
                            oid=oid, code=code))
            rows.append(observation_view(s, obs, code))
        rows.sort(key=lambda o: o.observed_at)
        lines = [f"Special surveillance (Art. 4.2) of {subj.display_name} ({code}): "
                 f"{len(rows)} observation(s)."]
        for o in rows:
            where = f" at {o.where}" if o.where else f" ({NO_PLACE})"
            line = f"- {o.observed_at:%Y-%m-%d %H:%M} UTC{where}: {EVENT_LABELS[o.event]}."
            if o.text:
                line += f" {o.text}"
            if o.source:
                line += f" (Source: {o.source}.)"
            lines.append(line)
        return "\n".join(lines)


def report_back(desk: Desk, code: str, observation_ids: Sequence[int], *,
                request_ref: str | None = None, title: str | None = None,
                summary: str | None = None, confidential: bool = False) -> ItemView:
    """Draft the information item telling the requesting administration what was observed.

    Goes to the request that asked for the surveillance (or ``request_ref``); the summary is
    composed from the chosen observations unless the officer's own wording is given."""
    text = clean_text("summary", summary, max_len=LONG) or compose_report(desk, code, observation_ids)
    with desk.read() as s:
        subj = subject_row(s, code)
        refs = [r for (r,) in s.execute(
            select(Request.our_ref).join(RequestSubject, RequestSubject.request_id == Request.id)
            .where(RequestSubject.subject_id == subj.id, RequestSubject.role == "surveillance")
            .order_by(Request.id)).all()]
        ref = request_ref or (refs[-1] if refs else None)
        agreement = s.get(Agreement, subj.agreement_id) if subj.agreement_id else None
        provider, recipient = _parties(agreement)
        recipient = subj.requested_by or recipient
        label = f"{subj.display_name} ({code})"
    return add_information_item(
        desk, direction="provided", provider=provider, recipient=recipient,
        title=title or f"Surveillance report: {label}", summary=text,
        request_ref=ref, confidential=confidential,
    )


def _parties(agreement: Agreement | None) -> tuple[str, str | None]:
    """Our administration (provider) and the partner's (recipient) under an agreement."""
    if agreement is None:
        return "our Customs Administration", None
    from app.services.agreements.catalogue import spec_of

    spec = spec_of(agreement)

    def name(adm: Any) -> str:
        return adm.name.get("en") or next(iter(adm.name.values()))

    return name(spec.our_administration), name(spec.partner_administration)
