"""SQLAlchemy 2 models: the whole desk in one schema.

Tables follow the data model in DESIGN.md. Rules about what values are allowed live in
``app.treaty``; the models only hold data. Times are UTC datetimes, calendar dates are ``date``.
Alembic's revisions in ``migrations/versions`` must create exactly this schema: a test compares them.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Stable constraint names so batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Tables made by raw SQL outside the ORM (the FTS5 search index and its shadow tables): Alembic's
# autogenerate and the models-vs-migrations test leave them alone.
UNMANAGED_TABLE_PREFIXES = ("search_fts",)


def include_name(name, type_, parent_names) -> bool:  # noqa: ANN001 - Alembic hook signature
    """Alembic ``include_name`` hook: skip the unmanaged tables."""
    return not (type_ == "table" and name and name.startswith(UNMANAGED_TABLE_PREFIXES))


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware (all stored times are UTC)."""
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Stores naive UTC (portable across SQLite and PostgreSQL), returns aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: D102 - SQLAlchemy hook
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):  # noqa: D102 - SQLAlchemy hook
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    """Declarative base with a fixed naming convention."""

    metadata = MetaData(naming_convention=NAMING)


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


class Request(Base):
    """A request for assistance in either direction, or spontaneous information (Art. 3.1)."""

    __tablename__ = "request"
    # (direction, column) indexes: the request list sorts and counts by walking them
    # (app.services.request_list; migration 0003).
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


class Subject(Base):
    """A surveillance subject (Art. 4.2): person, goods or means of transport."""

    __tablename__ = "subject"
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
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
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
    item_id: Mapped[int] = mapped_column(ForeignKey("information_item.id"), primary_key=True)


class Document(Base):
    """A generated letter or an attached file, kept inside the encrypted database.

    Never overwritten: a correction or a regenerated letter is a new version."""

    __tablename__ = "document"
    __table_args__ = (
        UniqueConstraint("series", "version", name="uq_document_series_version"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(120), index=True)  # groups versions
    version: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(10))
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    filename: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), index=True)
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subject.id"))
    observation_id: Mapped[int | None] = mapped_column(ForeignKey("observation.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("information_item.id"))
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEntry(Base):
    """Append-only, hash-chained log: ``hash = sha256(prev_hash + canonical entry)``."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity_type", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON of the change
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of detail
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
