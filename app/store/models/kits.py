"""Field kits (``app.services.kit``): kits made or opened here, what they carry, merge conflicts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from app.store import tables
from app.store.models.base import Base


class FieldKit(Base):
    """A kit made at this desk (``role`` "desk") or the kit a field desk was opened from
    (``role`` "field"); ``base`` is the JSON of the carried records as the kit was made."""

    __table__ = tables.field_kit
    id: Mapped[int]
    uuid: Mapped[str]
    code: Mapped[str]
    role: Mapped[str]
    label: Mapped[str | None]
    status: Mapped[str]
    desk_uuid: Mapped[str]
    desk_key: Mapped[str]
    field_key: Mapped[str | None]
    base: Mapped[str]
    last_return: Mapped[int]
    last_return_digest: Mapped[str | None]
    audit_head: Mapped[str | None]
    audit_count: Mapped[int]
    code_map: Mapped[str]
    created_at: Mapped[datetime]
    created_by: Mapped[str]
    returned_at: Mapped[datetime | None]


class FieldKitRecord(Base):
    """A request or subject a kit carries."""

    __table__ = tables.field_kit_record
    kit_id: Mapped[int]
    kind: Mapped[str]
    record_id: Mapped[int]


class KitConflict(Base):
    """A field both the desk and the field changed: both versions kept until resolved."""

    __table__ = tables.kit_conflict
    id: Mapped[int]
    kit_id: Mapped[int]
    entity_type: Mapped[str]
    record_uuid: Mapped[str]
    record_label: Mapped[str]
    field: Mapped[str]
    base_value: Mapped[str | None]
    desk_value: Mapped[str | None]
    field_value: Mapped[str | None]
    status: Mapped[str]
    resolution: Mapped[str | None]
    resolved_value: Mapped[str | None]
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None]
