"""Surveillance subjects (Art. 4.2), their names and identifiers, links to requests, observations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.models.base import Base, UTCDateTime, utcnow


class Subject(Base):
    """A surveillance subject (Art. 4.2): person, goods or means of transport."""

    __tablename__ = "subject"
    # "Due & overdue" counts and walks periods ending and reviews in date order (migration 0006)
    __table_args__ = (
        Index("ix_subject_due_end", "period_end", "code", "status"),
        Index("ix_subject_due_review", "review_on", "code", "status", "period_end"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)  # person | goods | transport
    subkind: Mapped[str | None] = mapped_column(String(20))  # natural/legal, vessel/aircraft/...
    display_name: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, fields per kind
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    requested_by: Mapped[str | None] = mapped_column(String(300))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date, index=True)
    review_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    lifted_on: Mapped[date | None] = mapped_column(Date)
    lift_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Indexed: the watch list's change check reads max(updated_at) on every match.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    names: Mapped[list[SubjectName]] = relationship(back_populates="subject")
    identifiers: Mapped[list[SubjectIdentifier]] = relationship(back_populates="subject")
    observations: Mapped[list[Observation]] = relationship(
        back_populates="subject", order_by="Observation.observed_at"
    )


class SubjectName(Base):
    """A name or alias of a subject in one script (kanji, kana, Latin, ...)."""

    __tablename__ = "subject_name"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    script: Mapped[str | None] = mapped_column(String(20))
    is_alias: Mapped[bool] = mapped_column(Boolean, default=False)
    subject: Mapped[Subject] = relationship(back_populates="names")


class SubjectIdentifier(Base):
    """An identifier of a subject (passport, container, IMO, plate, B/L, ...), normalised for
    exact look-up."""

    __tablename__ = "subject_identifier"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"), index=True)
    id_type: Mapped[str] = mapped_column(String(30))
    value: Mapped[str] = mapped_column(String(200))
    normalized: Mapped[str] = mapped_column(String(200), index=True)
    issuer: Mapped[str | None] = mapped_column(String(100))
    subject: Mapped[Subject] = relationship(back_populates="identifiers")


class RequestSubject(Base):
    """Link between a request and a subject it concerns or asks surveillance of."""

    __tablename__ = "request_subject"
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id"), primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(40), default="subject")


class Observation(Base):
    """One entry in a subject's surveillance log."""

    __tablename__ = "observation"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"))
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str | None] = mapped_column(String(300))
    locode: Mapped[str | None] = mapped_column(String(10))
    event: Mapped[str] = mapped_column(String(40))
    source: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    subject: Mapped[Subject] = relationship(back_populates="observations")
