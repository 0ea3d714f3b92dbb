"""The append-only, hash-chained audit log.

Each entry stores the canonical JSON of the change (``detail``), its SHA-256 (``digest``), the
previous entry's hash and its own: ``hash = sha256(prev_hash | at | actor | action | entity | digest
| sha256(state))``, where ``state`` binds the rows the entry wrote (``app.security.state``; entries
written before it existed have none, and no last part).
Editing any byte of an entry breaks either its digest or the chain from there on, and
``verify_chain`` names the first entry that no longer fits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.store.models import AuditEntry
from app.store.portable import AUDIT_LOCK, serialise

GENESIS = "0" * 64
MAX_VALUE_CHARS = 2000


def canonical_json(obj: Any) -> str:
    """Deterministic JSON (sorted keys, no spaces, UTF-8 kept) for hashing."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def summarise_value(value: Any) -> Any:
    """Keep audit details readable: long text is replaced by its length and SHA-256."""
    if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
        digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
        return f"<{len(value)} characters, sha256 {digest}>"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes, sha256 {hashlib.sha256(value).hexdigest()}>"
    if isinstance(value, dict):
        return {k: summarise_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [summarise_value(v) for v in value]
    return value


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(prev_hash: str, at: datetime | str, actor: str, action: str, entity_type: str,
               entity_id: str | None, digest: str, state: str | None = None) -> str:
    """The chain hash of one entry; ``at`` may also be given as its UTC stamp
    (``YYYY-MM-DDTHH:MM:SS.ffffffZ``), as the importer has it. ``state`` (the entry's bound
    state, ``app.security.state``) is covered through its SHA-256; an entry written before
    states existed has none and keeps its old hash."""
    stamp = at if isinstance(at, str) else _stamp(at)
    parts = [prev_hash, stamp, actor, action, entity_type, entity_id or "", digest]
    if state is not None:
        parts.append(hashlib.sha256(state.encode("utf-8")).hexdigest())
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def append(session: Session, *, actor: str, action: str, entity_type: str,
           entity_id: str | int | None, change: dict[str, Any] | None = None,
           at: datetime | None = None, state: dict[str, Any] | None = None) -> AuditEntry:
    """Add one entry at the end of the chain, inside the caller's (write) transaction.

    ``state`` is what the entry binds (``app.security.state.entry_state``): stored as canonical
    JSON and covered by the entry's hash. Every entry the desk writes binds one (``{}`` when it
    wrote no business row)."""
    at = (at or datetime.now(UTC)).astimezone(UTC)
    detail = canonical_json(summarise_value(change or {}))
    digest = hashlib.sha256(detail.encode("utf-8")).hexdigest()
    # One appender at a time on a shared server: the previous hash read here stays the last
    # one until this transaction commits, so two officers' entries never both follow it (a
    # forked chain). SQLite's write lock already does this.
    serialise(session.connection(), AUDIT_LOCK)
    prev = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar()
    prev_hash = prev or GENESIS
    eid = None if entity_id is None else str(entity_id)
    bound = canonical_json(state or {})
    entry = AuditEntry(
        at=at, actor=actor, action=action, entity_type=entity_type, entity_id=eid,
        detail=detail, digest=digest, prev_hash=prev_hash, state=bound,
        hash=entry_hash(prev_hash, at, actor, action, entity_type, eid, digest, bound),
    )
    session.add(entry)
    session.flush()
    return entry


#: The problems ``iter_problems`` reports: English for the CLI (``verify``), the window's language
#: on the Audit page (``app.i18n``).
_ALTERED_DETAIL = QT_TRANSLATE_NOOP("AuditProblem", "audit entry {entry}: its detail does not match its digest "
                                    "(altered)")
_BROKEN_LINK = QT_TRANSLATE_NOOP("AuditProblem", "audit entry {entry}: previous-hash link broken (an entry before it "
                                 "was altered, removed or inserted)")
_ALTERED_HASH = QT_TRANSLATE_NOOP("AuditProblem", "audit entry {entry}: its hash does not match its contents (altered)")


def iter_problems(session: Session, batch: int = 5000) -> Iterator[str]:
    """Walk the whole chain in order and yield one line per entry that does not fit."""
    stmt = select(
        AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action,
        AuditEntry.entity_type, AuditEntry.entity_id, AuditEntry.detail,
        AuditEntry.digest, AuditEntry.prev_hash, AuditEntry.hash, AuditEntry.state,
    ).order_by(AuditEntry.id).execution_options(yield_per=batch)
    expected_prev = GENESIS
    for row in session.execute(stmt):
        (eid, at, actor, action, etype, entid, detail, digest, prev_hash, hsh, state) = row
        if hashlib.sha256((detail or "").encode("utf-8")).hexdigest() != digest:
            yield _ALTERED_DETAIL.format(entry=eid)
        if prev_hash != expected_prev:
            yield _BROKEN_LINK.format(entry=eid)
        if entry_hash(prev_hash, at, actor, action, etype, entid, digest, state) != hsh:
            yield _ALTERED_HASH.format(entry=eid)
        expected_prev = hsh


def head(session: Session | Connection) -> tuple[int, str]:
    """The chain's head: how many entries it holds and the newest entry's hash (``GENESIS``
    for an empty log). Works on an ORM session or a Core connection, inside a write
    transaction too (it then includes the entries written so far).

    Printed on final letters and written into exports and backup manifests, the head anchors
    the chain outside the store: a chain cut short or recomputed no longer holds it."""
    from app.store import tables

    t = tables.audit_entry
    count = session.execute(select(func.count()).select_from(t)).scalar() or 0
    newest = session.execute(select(t.c.hash).order_by(t.c.id.desc()).limit(1)).scalar()
    return int(count), newest or GENESIS


def format_head(count: int, digest: str) -> str:
    """The head as printed on a letter: ``Audit 1,234 · 9f3a2c4b1d0e…`` (12 hex digits)."""
    return f"Audit {count:,} · {digest[:12]}…"


def verify_chain(session: Session) -> list[str]:
    """All audit problems as readable lines (empty = chain intact)."""
    return list(iter_problems(session))
