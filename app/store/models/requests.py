"""Requests for assistance, their status history and outcomes (Art. 7, 11)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from app.store import tables
from app.store.models.base import Base

if TYPE_CHECKING:  # SQLAlchemy resolves these names through its registry at run time
    from app.store.models.directory import Administration, Agreement, DesignatedOfficial


class Request(Base):
    """A request for assistance in either direction, or spontaneous information (Art. 3.1)."""

    __table__ = tables.request
    __mapper_args__ = {"version_id_col": tables.request.c.version}  # optimistic concurrency
    version: Mapped[int]
    id: Mapped[int]
    uuid: Mapped[str | None]
    our_ref: Mapped[str]
    their_ref: Mapped[str | None]
    direction: Mapped[str]
    agreement_id: Mapped[int]
    partner_administration_id: Mapped[int | None]
    official_id: Mapped[int | None]
    title: Mapped[str]
    bases: Mapped[str]
    primary_basis: Mapped[str | None]
    form: Mapped[str]
    oral_at: Mapped[datetime | None]
    confirmation_due_on: Mapped[date | None]
    confirmation_due_explanation: Mapped[str | None]
    confirmed_on: Mapped[date | None]
    urgency: Mapped[str]
    # The five elements of Art. 7.2, each its own field.
    requesting_administration: Mapped[str | None]
    nature_of_proceedings: Mapped[str | None]
    object_and_reason: Mapped[str | None]
    parties_concerned: Mapped[str | None]
    description_and_legal_elements: Mapped[str | None]
    # The language of the free-text columns, and their versions in other languages (JSON).
    text_lang: Mapped[str | None]
    texts: Mapped[str]
    extra: Mapped[str]
    reciprocity: Mapped[bool]
    reciprocity_note: Mapped[str | None]
    status: Mapped[str]
    received_on: Mapped[date | None]
    sent_on: Mapped[date | None]
    due_on: Mapped[date | None]
    due_explanation: Mapped[str | None]
    closed_on: Mapped[date | None]
    assigned_to: Mapped[str | None]
    notes: Mapped[str | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    agreement: Mapped[Agreement] = relationship()
    partner_administration: Mapped[Administration | None] = relationship()
    official: Mapped[DesignatedOfficial | None] = relationship()
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="request", order_by="StatusChange.id"
    )
    outcomes: Mapped[list[Outcome]] = relationship(back_populates="request", order_by="Outcome.id")


class StatusChange(Base):
    """One lifecycle transition of a request: who, when, why."""

    __table__ = tables.status_change
    id: Mapped[int]
    uuid: Mapped[str | None]
    request_id: Mapped[int]
    from_status: Mapped[str | None]
    to_status: Mapped[str]
    at: Mapped[datetime]
    actor: Mapped[str]
    reason: Mapped[str | None]
    request: Mapped[Request] = relationship(back_populates="history")


class Outcome(Base):
    """The decision on an incoming request (or the partner's, on an outgoing one), with its
    Art. 11 grounds, statement of reasons, conditions and any 11.3 consultation."""

    __table__ = tables.outcome
    id: Mapped[int]
    uuid: Mapped[str | None]
    request_id: Mapped[int]
    decision: Mapped[str]
    grounds: Mapped[str]
    statement: Mapped[str | None]
    conditions: Mapped[str | None]
    postponed_until: Mapped[date | None]
    accompanying_info: Mapped[str | None]
    consultation_opened_on: Mapped[date | None]
    consultation_outcome: Mapped[str | None]
    consultation_closed_on: Mapped[date | None]
    text_lang: Mapped[str | None]
    texts: Mapped[str]
    decided_at: Mapped[datetime]
    actor: Mapped[str]
    request: Mapped[Request] = relationship(back_populates="outcomes")
