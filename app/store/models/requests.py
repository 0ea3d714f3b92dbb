"""Requests for assistance, their status history and outcomes (Art. 7, 11)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:  # SQLAlchemy resolves these names through its registry at run time
    from app.store.models.directory import Administration, Agreement, DesignatedOfficial


class Request(Base):
    """A request for assistance in either direction, or spontaneous information (Art. 3.1)."""

    __tablename__ = "request"
    # (direction, column) indexes: the request list sorts and counts by walking them
    # (app.services.requests.listing; migration 0003).
    __table_args__ = (
        Index("ix_request_list_ref", "direction", "our_ref"),
        Index("ix_request_list_their_ref", "direction", "their_ref"),
        Index("ix_request_list_partner", "direction", "agreement_id"),
        Index("ix_request_list_basis", "direction", "primary_basis"),
        Index("ix_request_list_title", "direction", "title"),
        Index("ix_request_list_status", "direction", "status"),
        Index("ix_request_list_due", "direction", "due_on", "status"),
        Index("ix_request_list_officer", "direction", "assigned_to"),
        Index("ix_request_list_oral", "direction", "form", "confirmed_on"),
        # "Due & overdue" (migration 0006): open requests' due dates, unconfirmed oral requests
        Index("ix_request_due_running", "status", "due_on", "agreement_id"),
        Index("ix_request_due_oral", "form", "confirmed_on", "confirmation_due_on", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    our_ref: Mapped[str] = mapped_column(String(60), unique=True)
    their_ref: Mapped[str | None] = mapped_column(String(120), index=True)
    direction: Mapped[str] = mapped_column(String(20), index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    partner_administration_id: Mapped[int | None] = mapped_column(ForeignKey("administration.id"))
    official_id: Mapped[int | None] = mapped_column(ForeignKey("designated_official.id"))
    title: Mapped[str] = mapped_column(String(300), default="")
    bases: Mapped[str] = mapped_column(String(300), default="")  # codes, comma separated
    primary_basis: Mapped[str | None] = mapped_column(String(40), index=True)
    form: Mapped[str] = mapped_column(String(10), default="written")  # written | oral
    oral_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    confirmation_due_on: Mapped[date | None] = mapped_column(Date)
    confirmation_due_explanation: Mapped[str | None] = mapped_column(Text)
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    urgency: Mapped[str] = mapped_column(String(10), default="normal")
    # The five elements of Art. 7.2, each its own field.
    requesting_administration: Mapped[str | None] = mapped_column(Text)
    nature_of_proceedings: Mapped[str | None] = mapped_column(Text)
    object_and_reason: Mapped[str | None] = mapped_column(Text)
    parties_concerned: Mapped[str | None] = mapped_column(Text)
    description_and_legal_elements: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[str] = mapped_column(Text, default="{}")  # JSON: basis-specific fields
    reciprocity: Mapped[bool] = mapped_column(Boolean, default=False)  # Art. 11.2
    reciprocity_note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), index=True)
    received_on: Mapped[date | None] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    due_explanation: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)
    assigned_to: Mapped[str | None] = mapped_column(String(200), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    agreement: Mapped[Agreement] = relationship()
    partner_administration: Mapped[Administration | None] = relationship()
    official: Mapped[DesignatedOfficial | None] = relationship()
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="request", order_by="StatusChange.id"
    )
    outcomes: Mapped[list[Outcome]] = relationship(back_populates="request", order_by="Outcome.id")


class StatusChange(Base):
    """One lifecycle transition of a request: who, when, why."""

    __tablename__ = "status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    request: Mapped[Request] = relationship(back_populates="history")


class Outcome(Base):
    """The decision on an incoming request (or the partner's, on an outgoing one), with its
    Art. 11 grounds, statement of reasons, conditions and any 11.3 consultation."""

    __tablename__ = "outcome"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id"), index=True)
    decision: Mapped[str] = mapped_column(String(30))
    grounds: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ground codes
    statement: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)
    postponed_until: Mapped[date | None] = mapped_column(Date)
    accompanying_info: Mapped[str | None] = mapped_column(Text)  # Art. 11.4, optional
    consultation_opened_on: Mapped[date | None] = mapped_column(Date)
    consultation_outcome: Mapped[str | None] = mapped_column(Text)
    consultation_closed_on: Mapped[date | None] = mapped_column(Date)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    request: Mapped[Request] = relationship(back_populates="outcomes")
