"""Surveillance subjects (Art. 4.2), their names and identifiers, links to requests, observations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped, relationship

from app.store import tables
from app.store.models.base import Base


class Subject(Base):
    """A surveillance subject (Art. 4.2): person, goods or means of transport."""

    __table__ = tables.subject
    __mapper_args__ = {"version_id_col": tables.subject.c.version}  # optimistic concurrency
    version: Mapped[int]
    id: Mapped[int]
    uuid: Mapped[str | None]
    code: Mapped[str]
    kind: Mapped[str]
    subkind: Mapped[str | None]
    display_name: Mapped[str]
    details: Mapped[str]
    agreement_id: Mapped[int | None]
    requested_by: Mapped[str | None]
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    review_on: Mapped[date | None]
    status: Mapped[str]
    lifted_on: Mapped[date | None]
    lift_reason: Mapped[str | None]
    created_at: Mapped[datetime]
    # Indexed: the watch list's change check reads max(updated_at) on every match.
    updated_at: Mapped[datetime]
    names: Mapped[list[SubjectName]] = relationship(back_populates="subject")
    identifiers: Mapped[list[SubjectIdentifier]] = relationship(back_populates="subject")
    observations: Mapped[list[Observation]] = relationship(
        back_populates="subject", order_by="Observation.observed_at"
    )


class SubjectName(Base):
    """A name or alias of a subject in one script (kanji, kana, Latin, ...)."""

    __table__ = tables.subject_name
    id: Mapped[int]
    uuid: Mapped[str | None]
    subject_id: Mapped[int]
    name: Mapped[str]
    script: Mapped[str | None]
    is_alias: Mapped[bool]
    subject: Mapped[Subject] = relationship(back_populates="names")


class SubjectIdentifier(Base):
    """An identifier of a subject (passport, container, IMO, plate, B/L, ...), normalised for
    exact look-up."""

    __table__ = tables.subject_identifier
    id: Mapped[int]
    uuid: Mapped[str | None]
    subject_id: Mapped[int]
    id_type: Mapped[str]
    value: Mapped[str]
    normalized: Mapped[str]
    issuer: Mapped[str | None]
    subject: Mapped[Subject] = relationship(back_populates="identifiers")


class RequestSubject(Base):
    """Link between a request and a subject it concerns or asks surveillance of."""

    __table__ = tables.request_subject
    request_id: Mapped[int]
    subject_id: Mapped[int]
    role: Mapped[str]


class Observation(Base):
    """One entry in a subject's surveillance log."""

    __table__ = tables.observation
    id: Mapped[int]
    uuid: Mapped[str | None]
    subject_id: Mapped[int]
    request_id: Mapped[int | None]
    observed_at: Mapped[datetime]
    place: Mapped[str | None]
    locode: Mapped[str | None]
    event: Mapped[str]
    source: Mapped[str | None]
    text: Mapped[str | None]
    actor: Mapped[str]
    created_at: Mapped[datetime]
    subject: Mapped[Subject] = relationship(back_populates="observations")
