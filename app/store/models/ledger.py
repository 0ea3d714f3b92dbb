"""Information items and their use restrictions (Art. 9, 10), approvals and disclosures."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, UTCDateTime, utcnow


class Authority(Base):
    """An authority information may be passed to (customs unit, police, prosecutor, court, ...)."""

    __tablename__ = "authority"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    country: Mapped[str | None] = mapped_column(String(2))
    is_law_enforcement: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InformationItem(Base):
    """Information received or provided (Art. 1(c)) with its use restrictions (Art. 9, 10)."""

    __tablename__ = "information_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    direction: Mapped[str] = mapped_column(String(10))  # received | provided
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    provider: Mapped[str] = mapped_column(String(300))
    recipient: Mapped[str | None] = mapped_column(String(300))
    received_on: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)  # Art. 9.3
    no_law_enforcement: Mapped[bool] = mapped_column(Boolean, default=False)  # Art. 9.2 notice
    no_law_enforcement_notice_on: Mapped[date | None] = mapped_column(Date)
    not_as_evidence: Mapped[bool] = mapped_column(Boolean, default=True)  # Art. 10.1
    provider_markings: Mapped[str | None] = mapped_column(Text)
    conditions_attached: Mapped[str | None] = mapped_column(Text)  # ours, when we provide
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("information_item.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")


class Approval(Base):
    """A written approval by the provider (Art. 9.1) for use by a named authority."""

    __tablename__ = "approval"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("information_item.id"), index=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id"))
    scope: Mapped[str] = mapped_column(Text)  # purposes allowed, JSON list or text
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    granted_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Disclosure(Base):
    """A record that information was passed on, checked against its restrictions."""

    __tablename__ = "disclosure"
    id: Mapped[int] = mapped_column(primary_key=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id"))
    purpose: Mapped[str] = mapped_column(String(40))
    disclosed_on: Mapped[date] = mapped_column(Date)
    means: Mapped[str | None] = mapped_column(String(200))
    decision: Mapped[str] = mapped_column(String(20))  # allowed | obligation | override
    obligations: Mapped[str] = mapped_column(Text, default="[]")  # JSON
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approval.id"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("disclosure.id"))
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DisclosureItem(Base):
    """Which information items a disclosure passed on."""

    __tablename__ = "disclosure_item"
    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosure.id"), primary_key=True)
    # Indexed: "the disclosures of this item" (the ledger page, the search key's sequence).
    item_id: Mapped[int] = mapped_column(ForeignKey("information_item.id"), primary_key=True,
                                         index=True)
