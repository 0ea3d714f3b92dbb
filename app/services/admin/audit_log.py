"""Reading the audit log: filtered pages straight from SQL, pretty details, chain verification.

The log itself is written only by ``Desk.unit_of_work`` (``app.security.audit.append``); this
module never changes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from app.security import audit
from app.services.context import Desk
from app.services.validation import ServiceError, clean_text, parse_date
from app.store.models import AuditEntry

MAX_PAGE = 1000


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; empty fields do not filter.

    ``since``/``until`` are inclusive calendar dates (UTC); ``action`` matches a prefix
    ("disclosure." matches every disclosure action); ``entity`` is ``type`` or ``type:id``."""

    since: date | None = None
    until: date | None = None
    actor: str | None = None
    action: str | None = None
    entity: str | None = None

    @classmethod
    def parse(cls, *, since: object = None, until: object = None, actor: object = None,
              action: object = None, entity: object = None) -> AuditFilter:
        """Build a filter from user input, one clear error per bad field."""
        s, u = parse_date("since", since), parse_date("until", until)
        if s and u and u < s:
            raise ServiceError("until", f"{u.isoformat()} is before since {s.isoformat()}")
        return cls(s, u, clean_text("actor", actor), clean_text("action", action, max_len=60),
                   clean_text("entity", entity, max_len=110))


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as shown to the officer."""

    id: int
    at: datetime
    actor: str
    action: str
    entity_type: str
    entity_id: str | None
    detail: dict

    @property
    def pretty_detail(self) -> str:
        """The change as indented JSON."""
        return json.dumps(self.detail, ensure_ascii=False, indent=2, sort_keys=True)

    @property
    def is_override(self) -> bool:
        """A disclosure recorded against the rules."""
        return self.action == "disclosure.override"

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {"id": self.id, "at": self.at.isoformat(), "actor": self.actor,
                "action": self.action, "entity_type": self.entity_type,
                "entity_id": self.entity_id, "detail": self.detail}


def _apply(stmt: Select, f: AuditFilter) -> Select:
    if f.since:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(f.since, time.min, UTC))
    if f.until:
        stmt = stmt.where(AuditEntry.at < datetime.combine(f.until + timedelta(days=1), time.min,
                                                           UTC))
    if f.actor:
        stmt = stmt.where(AuditEntry.actor == f.actor)
    if f.action:
        stmt = stmt.where(AuditEntry.action.startswith(f.action, autoescape=True))
    if f.entity:
        etype, _, eid = f.entity.partition(":")
        stmt = stmt.where(AuditEntry.entity_type == etype.strip())
        if eid.strip():
            stmt = stmt.where(AuditEntry.entity_id == eid.strip())
    return stmt


def _row(e: AuditEntry) -> AuditRow:
    try:
        detail = json.loads(e.detail or "{}")
    except ValueError:
        detail = {"unreadable": e.detail}
    return AuditRow(e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, detail)


def count_entries(desk: Desk, f: AuditFilter | None = None) -> int:
    """How many entries match."""
    with desk.read() as s:
        return s.execute(_apply(select(func.count(AuditEntry.id)), f or AuditFilter())).scalar() or 0


def audit_page(desk: Desk, f: AuditFilter | None = None, *, offset: int = 0,
               limit: int = 200, newest_first: bool = True) -> list[AuditRow]:
    """One page of matching entries (the database does the paging)."""
    if not 0 < limit <= MAX_PAGE:
        raise ServiceError("limit", f"must be between 1 and {MAX_PAGE}")
    if offset < 0:
        raise ServiceError("offset", "must not be negative")
    order = AuditEntry.id.desc() if newest_first else AuditEntry.id
    with desk.read() as s:
        stmt = _apply(select(AuditEntry), f or AuditFilter()).order_by(order).offset(offset).limit(limit)
        return [_row(e) for e in s.execute(stmt).scalars()]


def distinct_values(desk: Desk, column: str) -> list[str]:
    """Known actors, actions or entity types, for filter drop-downs."""
    col = {"actor": AuditEntry.actor, "action": AuditEntry.action,
           "entity_type": AuditEntry.entity_type}.get(column)
    if col is None:
        raise ServiceError("column", f"{column!r} is not one of: actor, action, entity_type")
    with desk.read() as s:
        return list(s.execute(select(col).distinct().order_by(col)).scalars())


def verify_audit_chain(desk: Desk) -> list[str]:
    """Walk the hash chain; one line per problem, empty when intact. Safe off the UI thread
    as long as the caller uses its own Desk read session (this call opens one)."""
    with desk.read() as s:
        return audit.verify_chain(s)
