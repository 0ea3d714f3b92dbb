"""What a write transaction touched, read off the ORM session as it flushes.

A session whose ``info`` holds ``TOUCHED`` (a set) gets, at every flush, the rows it inserts,
updates or deletes added to that set as ``(kind, id)`` pairs: the row's own table with its primary
key, and every row it points at through a foreign key (a status change also touches its request,
an observation its subject, a document the record it belongs to). ``Desk.unit_of_work`` turns the
set into ``Changes`` once the transaction commits, so the screens learn what to re-read without
each service listing it by hand.

Rows written with Core statements (``session.execute(update(...))``) bypass the ORM; a service
that writes that way names what it touched with ``AuditNote.touch``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import event, inspect

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: The ``Session.info`` key under which a unit of work collects what it touched.
TOUCHED = "liaison_touched"

#: The kind a write reports when it touched the whole store (an import): every screen re-reads.
EVERYTHING = "store"
#: Bookkeeping tables whose rows never interest a screen on their own.
_QUIET = frozenset({"ref_counter", "search_index", "alembic_version"})


@dataclass(frozen=True)
class Changes:
    """What one or more committed writes touched: ``(kind, id)`` pairs, kind = table name.

    Immutable; ``a | b`` merges. Empty (falsy) when nothing was written."""

    entries: frozenset[tuple[str, object]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entries | other.entries)

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of record touched."""
        return frozenset(kind for kind, _ in self.entries)

    def touches(self, *kinds: str) -> bool:
        """True when any of ``kinds`` was touched (always, after a whole-store write)."""
        mine = self.kinds
        return EVERYTHING in mine or not mine.isdisjoint(kinds)

    def ids(self, kind: str) -> frozenset[object]:
        """The ids of the ``kind`` rows touched."""
        return frozenset(key for k, key in self.entries if k == kind)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, object]]) -> Changes:
        """Changes from ``(kind, id)`` pairs."""
        return cls(frozenset(pairs))


def touched_by(obj: object) -> list[tuple[str, object]]:
    """The ``(kind, id)`` pairs a written ORM object stands for: itself and what it points at."""
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table
    pairs: list[tuple[str, object]] = []
    # The primary key as the flush set it (a new row has no identity key until after the flush).
    key = tuple(state.dict.get(mapper.get_property_by_column(c).key) for c in mapper.primary_key)
    if table.name not in _QUIET and None not in key:
        pairs.append((table.name, key[0] if len(key) == 1 else key))
    for fk in table.foreign_keys:
        target = fk.column.table.name
        if target in _QUIET:
            continue
        prop = mapper.get_property_by_column(fk.parent)
        value = state.dict.get(prop.key)  # never loads: the flush has just set it
        if value is not None:
            pairs.append((target, value))
    return pairs


def _collect(session: Session, _flush_context: object) -> None:
    touched = session.info.get(TOUCHED)
    if touched is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue  # only a relationship collection changed; its rows are flushed themselves
        touched.update(touched_by(obj))


_registered = False


def register() -> None:
    """Install the flush listener on every Session (idempotent; done by ``app.store.models`` when
    it is imported). Not at import of this module: ``Changes`` is read on paths that never load
    the ORM (CLI whole-process budget, docs/benchmarks.md)."""
    global _registered
    if _registered:
        return
    from sqlalchemy.orm import Session

    event.listen(Session, "after_flush", _collect)
    _registered = True


# -- other officers' changes on a shared server (PostgreSQL LISTEN/NOTIFY) -------------------

#: The channel every desk on a server announces its committed writes on.
CHANNEL = "liaison_desk_changes"
#: A notification's payload must stay under PostgreSQL's 8000 bytes: a write touching more rows
#: than fit is announced as a whole-store change (every screen re-reads).
_MAX_PAYLOAD = 7000


def notify_payload(changes: Changes, origin: str, actor: str) -> str:
    """The JSON a committed write announces: who (``actor``), from which open store (``origin``,
    so a desk skips its own) and what it touched."""
    import json

    entries = sorted([k, v] for k, v in changes.entries if isinstance(v, (int, str)) or v is None)
    payload = json.dumps({"origin": origin, "actor": actor, "touched": entries},
                         separators=(",", ":"))
    if len(payload.encode("utf-8")) > _MAX_PAYLOAD:
        payload = json.dumps({"origin": origin, "actor": actor, "touched": [[EVERYTHING, None]]})
    return payload


def read_payload(payload: str) -> tuple[Changes, str, str]:
    """(changes, origin, actor) of a notification; an unreadable one reads as a whole-store
    change from nobody (screens re-read; nothing is lost)."""
    import json

    try:
        data = json.loads(payload)
        pairs = [(str(k), v) for k, v in data.get("touched", [])]
        return Changes.of(pairs), str(data.get("origin", "")), str(data.get("actor", ""))
    except (ValueError, TypeError, AttributeError):
        return Changes.of([(EVERYTHING, None)]), "", ""


class ServerChanges:
    """Listens on ``CHANNEL`` on its own connection (a daemon thread) and calls
    ``deliver(changes, actor)`` for every write another desk committed; ``stop()`` ends it.
    PostgreSQL delivers a notification only when its transaction commits, so what arrives is
    always stored."""

    def __init__(self, url: object, origin: str, deliver) -> None:  # noqa: ANN001 - a callable
        import threading

        from sqlalchemy import make_url

        parsed = make_url(url)  # type: ignore[arg-type]
        self._params = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        self._origin = origin
        self._deliver = deliver
        self._stopping = threading.Event()
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-server-changes", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psycopg

        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._params, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.ready.set()
                    while not self._stopping.is_set():
                        for note in conn.notifies(timeout=0.5, stop_after=50):
                            changes, origin, actor = read_payload(note.payload)
                            if origin != self._origin:
                                self._deliver(changes, actor)
            except Exception:  # the server went away: listen again in a moment
                self._stopping.wait(2.0)

    def stop(self) -> None:
        """Stop listening (within half a second)."""
        self._stopping.set()
        self._thread.join(timeout=5)
