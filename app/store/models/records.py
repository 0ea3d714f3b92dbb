"""Stored documents (never overwritten) and the hash-chained audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, UTCDateTime, utcnow


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
    # Indexed: without, finding a record's files reads every stored file's row, blob included.
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subject.id"), index=True)
    observation_id: Mapped[int | None] = mapped_column(ForeignKey("observation.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("information_item.id"), index=True)
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
