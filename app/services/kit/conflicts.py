"""Kits and conflicts as the officer reads them, and resolving a conflict.

A conflict is one field of one record that the desk and the field both changed to different
values. The merge left the desk's value in place; the officer takes the desk's, the field's, or
a merged text. Whatever is chosen, the audit entry holds both versions, so the one not taken is
never lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from app.services.context import Desk
from app.services.kit.records import TABLES
from app.services.validation import LONG, NotFound, ServiceError, clean_text
from app.store import tables

TAKE = ("desk", "field", "merged")


@dataclass(frozen=True)
class KitView:
    """A kit in ``kit list``."""

    code: str
    label: str | None
    role: str
    status: str
    made_at: datetime
    made_by: str
    requests: int
    subjects: int
    last_return: int
    returned_at: datetime | None
    open_conflicts: int

    def to_dict(self) -> dict[str, Any]:
        return {"kit": self.code, "label": self.label, "role": self.role, "status": self.status,
                "made_at": self.made_at.isoformat(), "made_by": self.made_by,
                "requests": self.requests, "subjects": self.subjects,
                "last_return": self.last_return,
                "returned_at": self.returned_at.isoformat() if self.returned_at else None,
                "open_conflicts": self.open_conflicts}


def list_kits(desk: Desk) -> list[KitView]:
    """Every kit made at (or opened into) this store, newest first."""
    k, r, c = tables.field_kit, tables.field_kit_record, tables.kit_conflict
    with desk.query() as conn:
        counts: dict[tuple[int, str], int] = {
            (kit_id, kind): n for kit_id, kind, n in conn.execute(
                select(r.c.kit_id, r.c.kind, func.count()).group_by(r.c.kit_id, r.c.kind))}
        open_: dict[int, int] = {kit_id: n for kit_id, n in conn.execute(
            select(c.c.kit_id, func.count()).where(c.c.status == "open").group_by(c.c.kit_id))}
        rows = conn.execute(select(k).order_by(k.c.id.desc())).all()
    return [KitView(row.code, row.label, row.role, row.status, row.created_at, row.created_by,
                    counts.get((row.id, "request"), 0), counts.get((row.id, "subject"), 0),
                    row.last_return, row.returned_at, open_.get(row.id, 0)) for row in rows]


@dataclass(frozen=True)
class ConflictView:
    """A conflict: both versions of one field."""

    id: int
    kit: str
    entity_type: str
    record: str
    field: str
    base_value: Any
    desk_value: Any
    field_value: Any
    status: str
    resolution: str | None
    resolved_value: Any
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str | None

    @property
    def is_text(self) -> bool:
        """True when a merged text can be given (both sides are text, or empty)."""
        return all(v is None or isinstance(v, str) for v in (self.desk_value, self.field_value))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kit": self.kit, "kind": self.entity_type, "record": self.record,
                "field": self.field, "base": self.base_value, "desk": self.desk_value,
                "field_value": self.field_value, "status": self.status,
                "resolution": self.resolution, "resolved_value": self.resolved_value,
                "created_at": self.created_at.isoformat(),
                "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
                "resolved_by": self.resolved_by}


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _view(row: Any) -> ConflictView:
    return ConflictView(row.id, row.kit_code, row.entity_type, row.record_label, row.field,
                        _load(row.base_value), _load(row.desk_value), _load(row.field_value),
                        row.status, row.resolution, _load(row.resolved_value), row.created_at,
                        row.resolved_at, row.resolved_by)


def list_conflicts(desk: Desk, *, include_resolved: bool = False) -> list[ConflictView]:
    """The conflicts of merged returns (open ones only, unless asked), oldest first."""
    c, k = tables.kit_conflict, tables.field_kit
    stmt = select(c, k.c.code.label("kit_code")).join(k, k.c.id == c.c.kit_id).order_by(c.c.id)
    if not include_resolved:
        stmt = stmt.where(c.c.status == "open")
    with desk.query() as conn:
        return [_view(row) for row in conn.execute(stmt)]


def get_conflict(desk: Desk, conflict_id: int) -> ConflictView:
    """One conflict; NotFound naming the field."""
    c, k = tables.kit_conflict, tables.field_kit
    with desk.query() as conn:
        row = conn.execute(select(c, k.c.code.label("kit_code")).join(k, k.c.id == c.c.kit_id)
                           .where(c.c.id == conflict_id)).first()
    if row is None:
        raise NotFound("conflict", f"no conflict {conflict_id}")
    return _view(row)


def resolve_conflict(desk: Desk, conflict_id: int, take: str, text: str | None = None) -> ConflictView:
    """Resolve a conflict: keep the desk's value, take the field's, or (``merged``) put ``text``
    in its place. The audit entry records both versions and what was chosen."""
    from app.services.kit.field import MissingTarget, models, store_values
    from app.services.kit.records import Identities
    from app.store.models import KitConflict

    if take not in TAKE:
        raise ServiceError("take", f"{take!r}: take desk, field or merged")
    merged = clean_text("text", text, max_len=LONG, required=take == "merged") if take == "merged" else None
    if take != "merged" and text is not None:
        raise ServiceError("text", "a merged text goes with --take merged only")
    with desk.unit_of_work("conflict.resolve", "kit_conflict") as (s, note):
        conflict = s.get(KitConflict, conflict_id)
        if conflict is None:
            raise NotFound("conflict", f"no conflict {conflict_id}")
        if conflict.status != "open":
            raise ServiceError("conflict", f"conflict {conflict_id} was resolved on "
                               f"{conflict.resolved_at:%Y-%m-%d} ({conflict.resolution})")
        kind, col = conflict.entity_type, conflict.field
        desk_value, field_value = _load(conflict.desk_value), _load(conflict.field_value)
        if take == "merged":
            try:
                is_text = TABLES[kind].c[col].type.python_type is str
            except NotImplementedError:
                is_text = False
            if not is_text or TABLES[kind].c[col].foreign_keys:
                raise ServiceError("take", f"{col} is not a text; take desk or field")
        chosen = {"desk": desk_value, "field": field_value, "merged": merged}[take]
        cls = models()[kind]
        t = TABLES[kind]
        row_id = s.execute(select(t.c.id).where(t.c.uuid == conflict.record_uuid)).scalar()
        if row_id is None:
            raise NotFound("conflict", f"the record of conflict {conflict_id} is gone")
        obj = s.get(cls, row_id)
        assert obj is not None, "found by its uuid in this transaction"
        current = getattr(obj, col)
        if take != "desk":
            try:
                values = store_values(kind, {col: chosen}, Identities(s.connection()))
            except MissingTarget:
                raise ServiceError("take", f"the field's {col} points at a record the desk "
                                   "does not have") from None
            setattr(obj, col, values[col])
            if "updated_at" in t.c:
                obj.updated_at = desk.now()
        conflict.status = "resolved"
        conflict.resolution = take
        conflict.resolved_value = json.dumps(chosen, ensure_ascii=False)
        conflict.resolved_at = desk.now()
        conflict.resolved_by = desk.actor
        s.flush()
        note.entity_id = conflict_id
        note.change = {"record": conflict.record_label, "field": col, "taken": take,
                       "desk_value": desk_value, "field_value": field_value,
                       "resolved_value": chosen,
                       "replaced": current.isoformat() if isinstance(current, date) else current}
    return get_conflict(desk, conflict_id)


def kit_out(conn: Any, kind: str, record_id: int) -> tuple[str, date] | None:
    """(kit code, the date it was made) of a kit that carries this request or subject and
    whose return is not merged yet; None otherwise."""
    r, k = tables.field_kit_record, tables.field_kit
    row = conn.execute(select(k.c.code, k.c.created_at).join(r, r.c.kit_id == k.c.id).where(
        r.c.kind == kind, r.c.record_id == record_id, k.c.status == "out", k.c.role == "desk")
        .order_by(k.c.id)).first()
    return None if row is None else (row.code, row.created_at.date())


def in_field(conn: Any, kind: str, record_id: int) -> str | None:
    """"in the field: kit K-0001 since 2026-12-07" while a kit carrying this request or subject
    is out (its return not merged yet); None otherwise."""
    out = kit_out(conn, kind, record_id)
    return None if out is None else f"in the field: kit {out[0]} since {out[1]:%Y-%m-%d}"


def _record_id(conn: Any, kind: str, key: str) -> int | None:
    t = tables.request if kind == "request" else tables.subject
    col = t.c.our_ref if kind == "request" else t.c.code
    return conn.execute(select(t.c.id).where(col == key)).scalar()


def field_mark(desk: Desk, kind: str, key: str) -> str | None:
    """``in_field`` for a request by reference or a subject by code."""
    with desk.query() as conn:
        rid = _record_id(conn, kind, key)
        return None if rid is None else in_field(conn, kind, rid)


def field_kit_out(desk: Desk, kind: str, key: str) -> tuple[str, date] | None:
    """``kit_out`` for a request by reference or a subject by code (the window words it)."""
    with desk.query() as conn:
        rid = _record_id(conn, kind, key)
        return None if rid is None else kit_out(conn, kind, rid)
