"""Desk-wide tables: settings, agreements, administrations, designated officials (Art. 7.3),
reference counters."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.models.base import Base, UTCDateTime, utcnow


class Setting(Base):
    """Key/value settings stored inside the encrypted file (officer profile, ref pattern, ...)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class Agreement(Base):
    """A mutual-assistance agreement; its article catalogue is kept as JSON (schema of
    ``resources/agreements/*.json``) so the officer can add and edit agreements."""

    __tablename__ = "agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    short_title: Mapped[str] = mapped_column(String(300))
    our_country: Mapped[str] = mapped_column(String(2))
    partner_country: Mapped[str] = mapped_column(String(2))
    signed_on: Mapped[date | None] = mapped_column(Date)
    in_force_on: Mapped[date | None] = mapped_column(Date)
    languages: Mapped[str] = mapped_column(String(100))  # comma separated, e.g. "en,ja"
    ref_prefix: Mapped[str] = mapped_column(String(20))
    catalogue: Mapped[str] = mapped_column(Text)  # JSON
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    in_use: Mapped[bool] = mapped_column(Boolean, default=True)
    termination_notice_on: Mapped[date | None] = mapped_column(Date)
    #: The date the termination takes effect, under the agreement's own clause (Art. 14.2):
    #: set and cleared with the notice by ``app.services.agreements.catalogue``, read by "Due & overdue".
    terminates_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Administration(Base):
    """A Customs Administration (Art. 1(b)): ours or a partner's, with letterhead data."""

    __tablename__ = "administration"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_local: Mapped[str | None] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(2))
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str] = mapped_column(String(100), default="en")
    letterhead: Mapped[str | None] = mapped_column(Text)  # JSON: lines per language
    officials: Mapped[list[DesignatedOfficial]] = relationship(back_populates="administration")


class DesignatedOfficial(Base):
    """An official designated under Art. 7.3 through whom requests pass."""

    __tablename__ = "designated_official"
    id: Mapped[int] = mapped_column(primary_key=True)
    administration_id: Mapped[int] = mapped_column(ForeignKey("administration.id"))
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str] = mapped_column(String(100), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    administration: Mapped[Administration] = relationship(back_populates="officials")


class RefCounter(Base):
    """Last sequence number used per ref prefix and year: makes our_ref gapless."""

    __tablename__ = "ref_counter"
    prefix: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
