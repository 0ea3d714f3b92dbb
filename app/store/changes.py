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
