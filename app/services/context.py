"""The service context every use case runs in, and the one place services open transactions.

A ``Desk`` bundles the open store, the acting officer and a clock (injectable for tests).
``Desk.unit_of_work(action, ...)`` is the single doorway for writes: one transaction, the audit
entry written inside it, everything rolled back on any error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy.orm import Session

from app.security import audit
from app.store.db import Database
from app.treaty.clocks import local_date


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class AuditNote:
    """Filled in by a service inside ``unit_of_work`` to say what it changed."""

    entity_type: str
    entity_id: str | int | None = None
    change: dict[str, Any] = field(default_factory=dict)


@dataclass
class Desk:
    """An officer at an open store: what every service call needs."""

    db: Database
    actor: str = "officer"
    clock: Callable[[], datetime] = _utc_now

    def now(self) -> datetime:
        """The current UTC time (from the injectable clock)."""
        return self.clock()

    def today(self) -> date:
        """Today's calendar date where the officer works, from the injectable clock."""
        return local_date(self.clock())

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session."""
        with self.db.read() as session:
            yield session

    @contextmanager
    def unit_of_work(self, action: str, entity_type: str, *,
                     bulk: bool = False) -> Iterator[tuple[Session, AuditNote]]:
        """One write transaction ending with exactly one audit entry.

        The service fills ``note.entity_id`` and ``note.change``; on any exception nothing of
        the call is kept. ``bulk`` is for a whole-store import (see ``Database.write``)."""
        note = AuditNote(entity_type=entity_type)
        with self.db.write(bulk=bulk) as session:
            yield session, note
            session.flush()
            audit.append(
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
            )
