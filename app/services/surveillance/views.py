"""Plain, frozen views of surveillance subjects and observations (Art. 4.2) for the UI and CLI."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.services.requests.views import jsonable
from app.services.surveillance.rules import ID_LABELS, check_identifier, subject_status
from app.services.validation import ServiceError
from app.store.models import (
    Agreement,
    Document,
    Observation,
    Request,
    RequestSubject,
    Subject,
)


@dataclass(frozen=True)
class NameView:
    """One name or alias of a subject and its script."""

    name: str
    script: str | None
    alias: bool


@dataclass(frozen=True)
class IdentifierView:
    """One identifier as recorded, its normalised form and the check-digit warning if any."""

    id_type: str
    value: str
    normalized: str
    issuer: str | None
    warning: str | None

    @property
    def label(self) -> str:
        """``IMO 9074729`` / ``container MSCU1234565``: how the desk writes it."""
        return f"{ID_LABELS.get(self.id_type, self.id_type)} {self.normalized}"


@dataclass(frozen=True)
class AttachmentView:
    """A file attached to a subject or an observation (stored inside the encrypted database)."""

    id: int
    series: str
    version: int
    filename: str
    mime: str
    size: int
    sha256: str
    created_at: datetime


@dataclass(frozen=True)
class ObservationView:
    """One entry of a subject's surveillance log."""

    id: int
    subject: str
    observed_at: datetime
    place: str | None
    locode: str | None
    event: str
    source: str | None
    text: str | None
    request_ref: str | None
    actor: str
    attachments: tuple[AttachmentView, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Other subjects its notes name (``WatchHit``), once the caller has checked
    #: (``observations.observation_watch_hits``).
    watch_hits: tuple[Any, ...] = ()

    @property
    def where(self) -> str:
        """Place with its UN/LOCODE, e.g. ``Yokohama (JPYOK)``."""
        if self.place and self.locode:
            return f"{self.place} ({self.locode})"
        return self.place or self.locode or ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        d = jsonable(asdict(self))
        d["watch_hits"] = [h.to_dict() for h in self.watch_hits]
        return d


@dataclass(frozen=True)
class SubjectView:
    """Everything the desk shows about one surveillance subject."""

    id: int
    code: str
    kind: str
    subkind: str | None
    display_name: str
    names: tuple[NameView, ...]
    identifiers: tuple[IdentifierView, ...]
    details: dict[str, Any]
    agreement_key: str | None
    agreement_short: str | None
    requested_by: str | None
    period_start: date | None
    period_end: date | None
    review_on: date | None
    status: str
    status_explanation: str
    lifted_on: date | None
    lift_reason: str | None
    requests: tuple[tuple[str, str], ...]  # (our_ref, role)
    observation_count: int
    last_observation_at: datetime | None
    observations: tuple[ObservationView, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Existing subjects this one looks like (``WatchHit``), once the caller has checked
    #: (``commands.similar_subjects``).
    similar: tuple[Any, ...] = ()
    #: The record's edit count as read (optimistic concurrency): an editor saves on it, so a
    #: save after another officer's is refused (``commands.edit_subject``'s ``expected_version``).
    version: int = 1

    @property
    def identifier_summary(self) -> str:
        """Identifiers on one line, e.g. ``IMO 9074729, call sign 3FZA7``."""
        return ", ".join(i.label for i in self.identifiers)

    @property
    def surveillance_refs(self) -> tuple[str, ...]:
        """References of the requests that asked for this surveillance."""
        asked = tuple(ref for ref, role in self.requests if role == "surveillance")
        return asked or tuple(ref for ref, _ in self.requests)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        d = jsonable(asdict(self))
        d["observations"] = [o.to_dict() for o in self.observations]
        d["similar"] = [h.to_dict() for h in self.similar]
        d["identifier_summary"] = self.identifier_summary
        return d


def subject_row(session: Session, code: str) -> Subject:
    """The subject with this code, or NotFound naming the field."""
    from app.services.validation import NotFound

    row = session.execute(select(Subject).where(Subject.code == code)).scalar_one_or_none()
    if row is None:
        raise NotFound("subject", QT_TRANSLATE_NOOP(
                "Refusal", "no surveillance subject {code}").format(
                    code=repr(code)))
    return row


def attachment_views(session: Session, **where: int) -> tuple[AttachmentView, ...]:
    """Attachments (every version) of a subject or observation, oldest first."""
    stmt = select(Document).order_by(Document.series, Document.version)
    for column, value in where.items():
        stmt = stmt.where(getattr(Document, column) == value)
    if "subject_id" in where and "observation_id" not in where:
        stmt = stmt.where(Document.observation_id.is_(None))
    return tuple(
        AttachmentView(d.id, d.series, d.version, d.filename, d.mime, d.size, d.sha256, d.created_at)
        for d in session.execute(stmt).scalars()
    )


def observation_view(session: Session, obs: Observation, code: str, *,
                     warnings: tuple[str, ...] = ()) -> ObservationView:
    """An ObservationView of a row."""
    ref = session.get_one(Request, obs.request_id).our_ref if obs.request_id else None
    return ObservationView(
        obs.id, code, obs.observed_at, obs.place, obs.locode, obs.event, obs.source, obs.text, ref,
        obs.actor, attachment_views(session, observation_id=obs.id), warnings,
    )


def linked_requests(session: Session, subject_id: int) -> tuple[tuple[str, str], ...]:
    """(our_ref, role) of every request linked to a subject, oldest first."""
    rows = session.execute(
        select(Request.our_ref, RequestSubject.role)
        .join(RequestSubject, RequestSubject.request_id == Request.id)
        .where(RequestSubject.subject_id == subject_id).order_by(Request.id)
    ).all()
    return tuple((ref, role) for ref, role in rows)


def build_subject_view(session: Session, subj: Subject, today: date, due_soon_days: int, *,
                       full: bool = True, warnings: tuple[str, ...] = (),
                       similar: tuple = ()) -> SubjectView:
    """Assemble a SubjectView; ``full`` adds the observation log and attachments."""
    if subj.kind not in ("person", "goods", "transport"):
        raise ServiceError("kind", QT_TRANSLATE_NOOP(
                "Refusal", "subject {code} has an unknown kind {kind}").format(
                    code=subj.code, kind=repr(subj.kind)))
    status, why = subject_status(subj.status, subj.period_end, today, due_soon_days)
    count, last = session.execute(
        select(func.count(Observation.id), func.max(Observation.observed_at))
        .where(Observation.subject_id == subj.id)
    ).one()
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=UTC)  # aggregates bypass the UTC column type
    observations: tuple[ObservationView, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()
    if full:
        observations = tuple(observation_view(session, o, subj.code) for o in subj.observations)
        attachments = attachment_views(session, subject_id=subj.id)
    idents = []
    for i in subj.identifiers:
        try:
            warning = check_identifier(i.id_type, i.value)
        except ServiceError as exc:
            warning = str(exc)
        idents.append(IdentifierView(i.id_type, i.value, i.normalized, i.issuer, warning))
    agreement = session.get(Agreement, subj.agreement_id) if subj.agreement_id else None
    return SubjectView(
        id=subj.id, code=subj.code, kind=subj.kind, subkind=subj.subkind,
        display_name=subj.display_name,
        names=tuple(NameView(n.name, n.script, n.is_alias) for n in subj.names),
        identifiers=tuple(idents),
        details=json.loads(subj.details or "{}"),
        agreement_key=agreement.key if agreement else None,
        agreement_short=agreement.short_title if agreement else None,
        requested_by=subj.requested_by, period_start=subj.period_start,
        period_end=subj.period_end, review_on=subj.review_on, status=status,
        status_explanation=why, lifted_on=subj.lifted_on, lift_reason=subj.lift_reason,
        requests=linked_requests(session, subj.id), observation_count=int(count or 0),
        last_observation_at=last, observations=observations, attachments=attachments,
        warnings=warnings, similar=similar, version=subj.version,
    )
