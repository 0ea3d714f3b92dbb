"""The service context every use case runs in, and the one place services open transactions.

A ``Desk`` bundles the open store, the acting officer and a clock (injectable for tests).
``Desk.unit_of_work(action, ...)`` is the single doorway for writes: one transaction, the audit
entry written inside it, everything rolled back on any error. Each committed unit of work reports
what it touched (``app.store.changes.Changes``) to the recorders open on its thread
(``Desk.recording``): that is how the desktop's op runner learns what a command changed, whatever
the command returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP
from app.store.changes import EVERYTHING, TOUCHED, Changes
from app.store.db import Database
from app.treaty.clocks import local_date

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session


def _utc_now() -> datetime:
    return datetime.now(UTC)


#: The largest value a PostgreSQL ``integer`` column holds (SQLite's hold 64 bits).
_PG_INT_MAX = 2**31 - 1


def _server_can_keep(session: Session, _context: object, _instances: object) -> None:
    """Refuse, naming the field, a value PostgreSQL cannot store though SQLite would: text with
    a NUL character (U+0000) and a whole number beyond a 32-bit ``integer`` column. The server
    would refuse the statement with a driver error that names no field."""
    from sqlalchemy import Integer, inspect

    from app.services.validation import ServiceError

    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)
            if isinstance(value, str) and "\x00" in value:
                raise ServiceError(attr.key, QT_TRANSLATE_NOOP(
                    "Refusal", "contains a NUL character (U+0000), which no text can hold; "
                    "remove it"))
            column = attr.columns[0]
            if (isinstance(value, int) and not isinstance(value, bool)
                    and isinstance(column.type, Integer) and type(column.type).__name__ != "BigInteger"
                    and abs(value) > _PG_INT_MAX):
                raise ServiceError(attr.key, QT_TRANSLATE_NOOP(
                    "Refusal", "{value} is out of range (at most {most})").format(
                        value=value, most=f"{_PG_INT_MAX:,}"))


@dataclass
class AuditNote:
    """Filled in by a service inside ``unit_of_work`` to say what it changed."""

    entity_type: str
    entity_id: str | int | None = None
    change: dict[str, Any] = field(default_factory=dict)
    #: Rows written with Core statements (the ORM's flush does not see them): ``(kind, id)``.
    touched: set[tuple[str, object]] = field(default_factory=set)
    #: Whole tables this write filled without the ORM (an import): ``table -> {"rows", "sum"}``
    #: (``app.security.state``), bound by the entry beside the rows the flush saw.
    tables: dict[str, dict[str, Any]] | None = None

    def touch(self, kind: str, key: object) -> None:
        """Name a record this write changed that the ORM flush cannot see."""
        self.touched.add((kind, key))


class ChangeRecord:
    """What the committed writes of one ``Desk.recording()`` block touched (``changes``)."""

    def __init__(self) -> None:
        self.changes = Changes()

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


@dataclass
class Desk:
    """An officer at an open store: what every service call needs."""

    db: Database
    actor: str = "officer"
    clock: Callable[[], datetime] = _utc_now
    #: The watch list's index of this desk (``app.services.surveillance.watch_index`` makes it).
    watch_index: Any = field(default=None, repr=False, compare=False)
    _local: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    def forget_watch_index(self) -> None:
        """Drop the watch index (closing the store, a restore); a build in progress is thrown
        away at its next batch."""
        index, self.watch_index = self.watch_index, None
        if index is not None:
            index.forget()

    def now(self) -> datetime:
        """The current UTC time (from the injectable clock)."""
        return self.clock()

    def today(self) -> date:
        """Today's calendar date where the officer works, from the injectable clock."""
        return local_date(self.clock())

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only ORM session (imports the ORM; the read path uses ``query``)."""
        with self.db.read() as session:
            yield session

    @contextmanager
    def query(self) -> Iterator[Connection]:
        """A read-only Core connection, rolled back at the end: lists, pages and views read
        ``app.store.tables`` through it, without the ORM (CLI whole-process budget,
        docs/benchmarks.md)."""
        with self.db.connect() as conn:
            yield conn

    @contextmanager
    def recording(self) -> Iterator[ChangeRecord]:
        """Collect what every unit of work committed on this thread inside the block touched.

        Blocks nest; each sees the writes made while it was open. Writes rolled back report
        nothing."""
        record = ChangeRecord()
        stack = self._recorders()
        stack.append(record)
        try:
            yield record
        finally:
            stack.remove(record)

    def _recorders(self) -> list[ChangeRecord]:
        stack = getattr(self._local, "recorders", None)
        if stack is None:
            stack = self._local.recorders = []
        return stack

    def _seen_head(self, session: Session, entry: Any) -> tuple | None:
        """The last-seen head to record once ``entry`` commits (``app.security.anchor``): the
        recorded file, the new head, and the old head when the chain no longer holds it.

        The count follows from the recorded head when the new entry continues it (no count of
        the log at every write); otherwise it is counted, and the recorded head looked up."""
        from sqlalchemy import func, select

        from app.security import anchor
        from app.store import tables

        if anchor.anchor_path(self.db) is None:
            return None
        t = tables.audit_entry
        recorded = anchor.read(self.db)
        old = (recorded or {}).get("head") or {}
        superseded = None
        if old.get("hash") == entry.prev_hash and isinstance(old.get("count"), int):
            count = old["count"] + 1
        else:
            count = session.execute(select(func.count()).where(t.c.id <= entry.id)).scalar() or 0
            if old.get("hash"):
                there = session.execute(select(t.c.hash).where(t.c.id == old.get("id"))).scalar()
                if there != old["hash"] or count <= int(old.get("count") or 0):
                    superseded = {**old, "noticed": anchor.now_stamp(), "by": entry.action,
                                  "by_entry": entry.id}
        head = {"count": int(count), "hash": entry.hash, "id": entry.id, "at": anchor.now_stamp()}
        return recorded, head, superseded

    @contextmanager
    def unit_of_work(self, action: str, entity_type: str, *,
                     bulk: bool = False) -> Iterator[tuple[Session, AuditNote]]:
        """One write transaction ending with exactly one audit entry.

        The service fills ``note.entity_id`` and ``note.change``; on any exception nothing of
        the call is kept. ``bulk`` is for a whole-store import (see ``Database.write``)."""
        from sqlalchemy.orm.exc import StaleDataError

        from app.security import state

        state.register()  # the flush listeners that read each changed row (idempotent)
        note = AuditNote(entity_type=entity_type)
        touched: set[tuple[str, object]] = set()
        if self.db.engine.dialect.name == "postgresql":
            from app.services.admin.server_roles import role_of

            if role_of(self) == "auditor":  # the grants refuse it too; this says it in words
                from app.services.validation import ServiceError

                raise ServiceError("role", QT_TRANSLATE_NOOP(
                    "Refusal", "{actor} is an auditor on this desk: reading only; nothing was "
                    "written").format(actor=self.actor))
        seen: list[tuple] = []
        try:
            with self._write(action, note, touched, bulk, seen) as session:
                yield session, note
        except StaleDataError:
            # Another officer's save reached a row this one read first (its version moved on
            # between our read and our write): nothing of this call is kept.
            from app.services.validation import StaleEdit

            what = f"{note.entity_type} {note.entity_id}" if note.entity_id else note.entity_type
            raise StaleEdit(what, QT_TRANSLATE_NOOP(
                "Refusal", "was changed by another officer while this was being saved; nothing "
                "was saved; reload it and apply your changes again")) from None
        if seen:
            from app.security import anchor

            anchor.record(self.db, *seen[0])
        # Committed: tell whoever records this thread's writes what they touched.
        changes = Changes.of(touched | note.touched | ({(EVERYTHING, None)} if bulk else set()))
        for record in self._recorders():
            record.add(changes)

    @contextmanager
    def _write(self, action: str, note: AuditNote, touched: set[tuple[str, object]],
               bulk: bool, seen: list[tuple]) -> Iterator[Session]:
        """``unit_of_work``'s transaction: the caller's writes, then the audit entry binding the
        rows they changed (``app.security.state``). ``seen`` receives the last-seen head to
        record once the transaction has committed (a file store only)."""
        from app.security import audit, state  # the ORM's audit model: writes only (see ``query``)

        collector = state.Collector()
        with self.db.write(bulk=bulk) as session:
            if session.get_bind().dialect.name == "postgresql":
                from sqlalchemy import event

                event.listen(session, "before_flush", _server_can_keep)
            if not bulk:  # a whole-store import touches everything: no list of a million rows
                session.info[TOUCHED] = touched
            session.info[state.STATE] = collector
            yield session
            session.flush()
            bound = collector.entry_state(session)
            if note.tables is not None:
                bound["tables"] = note.tables
            session.info.pop(state.STATE, None)
            entry = audit.append(
                session,
                actor=self.actor,
                action=action,
                entity_type=note.entity_type,
                entity_id=note.entity_id,
                change=note.change,
                # The audit log records when a write really happened, whatever date the desk's
                # clock says (the demo back-dates its scenario; a log going back in time would
                # look like tampering).
                at=_utc_now(),
                state=bound,
            )  # append flushes the entry itself: the listener has seen every row by now
            session.info.pop(TOUCHED, None)
            head = self._seen_head(session, entry)
            if head is not None:
                seen.append(head)
            if session.get_bind().dialect.name == "postgresql":
                # Other officers' desks hear of it when (and only if) this commits.
                from sqlalchemy import text

                from app.store.changes import CHANNEL, notify_payload

                announced = Changes.of(touched | note.touched | ({(EVERYTHING, None)} if bulk else set()))
                session.execute(text("SELECT pg_notify(:channel, :payload)"), {
                    "channel": CHANNEL,
                    "payload": notify_payload(announced, self.db.origin, self.actor)})
