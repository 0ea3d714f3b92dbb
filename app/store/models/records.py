"""Stored documents (never overwritten) and the hash-chained audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from app.store import tables
from app.store.models.base import Base


class Document(Base):
    """A generated letter or an attached file, kept inside the encrypted database.

    Never overwritten: a correction or a regenerated letter is a new version."""

    __table__ = tables.document
    id: Mapped[int]
    uuid: Mapped[str | None]
    series: Mapped[str]
    version: Mapped[int]
    kind: Mapped[str]
    language: Mapped[str | None]
    final: Mapped[bool]
    filename: Mapped[str]
    mime: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str]
    content: Mapped[bytes]
    request_id: Mapped[int | None]
    # Indexed: without, finding a record's files reads every stored file's row, blob included.
    subject_id: Mapped[int | None]
    observation_id: Mapped[int | None]
    item_id: Mapped[int | None]
    actor: Mapped[str]
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Append-only, hash-chained log: ``hash = sha256(prev_hash + canonical entry)``."""

    __table__ = tables.audit_entry
    id: Mapped[int]
    at: Mapped[datetime]
    actor: Mapped[str]
    action: Mapped[str]
    entity_type: Mapped[str]
    entity_id: Mapped[str | None]
    detail: Mapped[str]
    digest: Mapped[str]
    prev_hash: Mapped[str]
    hash: Mapped[str]
    state: Mapped[str | None]


class DeskKey(Base):
    """The desk's own signing key (``app.security.signing``): read and written with Core; mapped
    so the ORM knows every table. Never exported, never bound by the audit state."""

    __table__ = tables.desk_key
    id: Mapped[int]
    purpose: Mapped[str]
    private_key: Mapped[bytes]
    created_at: Mapped[datetime]
