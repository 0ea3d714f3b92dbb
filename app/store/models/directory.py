"""Desk-wide tables: settings, agreements, administrations, designated officials (Art. 7.3),
reference counters."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped, relationship

from app.store import tables
from app.store.models.base import Base


class Setting(Base):
    """Key/value settings stored inside the encrypted file (officer profile, ref pattern, ...)."""

    __table__ = tables.setting
    key: Mapped[str]
    value: Mapped[str]


class Agreement(Base):
    """A mutual-assistance agreement; its article catalogue is kept as JSON (schema of
    ``resources/agreements/*.json``) so the officer can add and edit agreements."""

    __table__ = tables.agreement
    __mapper_args__ = {"version_id_col": tables.agreement.c.version}  # optimistic concurrency
    version: Mapped[int]
    id: Mapped[int]
    key: Mapped[str]
    title: Mapped[str]
    short_title: Mapped[str]
    our_country: Mapped[str]
    partner_country: Mapped[str]
    signed_on: Mapped[date | None]
    in_force_on: Mapped[date | None]
    languages: Mapped[str]
    ref_prefix: Mapped[str]
    catalogue: Mapped[str]
    builtin: Mapped[bool]
    in_use: Mapped[bool]
    termination_notice_on: Mapped[date | None]
    #: The date the termination takes effect, under the agreement's own clause (Art. 14.2):
    #: set and cleared with the notice by ``app.services.agreements.catalogue``, read by "Due & overdue".
    terminates_on: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Administration(Base):
    """A Customs Administration (Art. 1(b)): ours or a partner's, with letterhead data."""

    __table__ = tables.administration
    __mapper_args__ = {"version_id_col": tables.administration.c.version}  # optimistic concurrency
    version: Mapped[int]
    id: Mapped[int]
    uuid: Mapped[str | None]
    name: Mapped[str]
    name_local: Mapped[str | None]
    country: Mapped[str]
    is_own: Mapped[bool]
    address: Mapped[str | None]
    languages: Mapped[str]
    letterhead: Mapped[str | None]
    names: Mapped[str | None]
    officials: Mapped[list[DesignatedOfficial]] = relationship(back_populates="administration")


class DesignatedOfficial(Base):
    """An official designated under Art. 7.3 through whom requests pass."""

    __table__ = tables.designated_official
    __mapper_args__ = {"version_id_col": tables.designated_official.c.version}  # optimistic concurrency
    version: Mapped[int]
    id: Mapped[int]
    uuid: Mapped[str | None]
    administration_id: Mapped[int]
    name: Mapped[str]
    title: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    address: Mapped[str | None]
    languages: Mapped[str]
    active: Mapped[bool]
    agreement_id: Mapped[int | None]
    names: Mapped[str | None]
    titles: Mapped[str | None]
    administration: Mapped[Administration] = relationship(back_populates="officials")


class RefCounter(Base):
    """Last sequence number used per ref prefix and year: makes our_ref gapless."""

    __table__ = tables.ref_counter
    prefix: Mapped[str]
    year: Mapped[int]
    last: Mapped[int]
