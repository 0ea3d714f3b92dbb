"""Information items and their use restrictions (Art. 9, 10), approvals and disclosures."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from app.store import tables
from app.store.models.base import Base


class Authority(Base):
    """An authority information may be passed to (customs unit, police, prosecutor, court, ...)."""

    __table__ = tables.authority
    __mapper_args__ = {"version_id_col": tables.authority.c.version}  # optimistic concurrency
    version: Mapped[int]
    id: Mapped[int]
    uuid: Mapped[str | None]
    name: Mapped[str]
    kind: Mapped[str]
    country: Mapped[str | None]
    is_law_enforcement: Mapped[bool]
    active: Mapped[bool]
    names: Mapped[str | None]


class InformationItem(Base):
    """Information received or provided (Art. 1(c)) with its use restrictions (Art. 9, 10)."""

    __table__ = tables.information_item
    __mapper_args__ = {"version_id_col": tables.information_item.c.version}  # optimistic concurrency
    version: Mapped[int]
    id: Mapped[int]
    uuid: Mapped[str | None]
    code: Mapped[str]
    direction: Mapped[str]
    request_id: Mapped[int | None]
    agreement_id: Mapped[int | None]
    provider: Mapped[str]
    recipient: Mapped[str | None]
    received_on: Mapped[date | None]
    title: Mapped[str]
    summary: Mapped[str | None]
    confidential: Mapped[bool]
    no_law_enforcement: Mapped[bool]
    no_law_enforcement_notice_on: Mapped[date | None]
    not_as_evidence: Mapped[bool]
    provider_markings: Mapped[str | None]
    conditions_attached: Mapped[str | None]
    corrects_id: Mapped[int | None]
    created_at: Mapped[datetime]
    actor: Mapped[str]


class Approval(Base):
    """A written approval by the provider (Art. 9.1) for use by a named authority."""

    __table__ = tables.approval
    id: Mapped[int]
    item_id: Mapped[int]
    authority_id: Mapped[int]
    scope: Mapped[str]
    document_id: Mapped[int | None]
    granted_on: Mapped[date]
    created_at: Mapped[datetime]


class Disclosure(Base):
    """A record that information was passed on, checked against its restrictions."""

    __table__ = tables.disclosure
    id: Mapped[int]
    authority_id: Mapped[int]
    purpose: Mapped[str]
    disclosed_on: Mapped[date]
    means: Mapped[str | None]
    decision: Mapped[str]
    obligations: Mapped[str]
    approval_id: Mapped[int | None]
    override_reason: Mapped[str | None]
    corrects_id: Mapped[int | None]
    actor: Mapped[str]
    created_at: Mapped[datetime]


class DisclosureItem(Base):
    """Which information items a disclosure passed on."""

    __table__ = tables.disclosure_item
    disclosure_id: Mapped[int]
    # Indexed: "the disclosures of this item" (the ledger page, the search key's sequence).
    item_id: Mapped[int]
