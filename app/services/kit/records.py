"""Which records a field kit carries and how a row travels: by identity, never by key.

A row becomes a JSON object of its columns, without ``id``; a foreign key holds the identity of
the row it points at (its ``uuid``; an agreement's ``key``), so a row means the same thing in
the desk and in a field desk whatever their numeric keys. A link (``request_subject``) has no
uuid of its own: its identity is its two ends. A document's content travels apart, as a stream
(``fileformat``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Table, select
from sqlalchemy.engine import Connection

from app.store import tables
from app.store.tables import UTCDateTime

#: Directory tables: copied desk -> field so the kit's records can point at them; never merged
#: back (the directory is the desk's).
DIRECTORY = ("agreement", "administration", "designated_official", "authority")
#: Record tables, in the order their rows can be inserted (a row's targets come first).
RECORDS = ("request", "subject", "request_subject", "status_change", "outcome", "subject_name",
           "subject_identifier", "information_item", "observation", "document")
#: Columns never compared or carried as edits: bookkeeping (``version`` is each store's own edit
#: count, migration 0013), and the codes the desk hands out.
FIXED = frozenset({"uuid", "created_at", "updated_at", "version", "our_ref", "code", "content"})
#: Records whose removal in the field is carried back (an edit of a subject's names,
#: identifiers or links replaces rows); other records are never deleted by a merge.
DELETABLE = frozenset({"subject_name", "subject_identifier", "request_subject"})
#: Labels for conflicts and reports: the column that names a row to an officer.
LABEL_COLUMN = {"request": "our_ref", "subject": "code", "information_item": "code",
                "observation": "observed_at", "document": "filename", "subject_name": "name",
                "subject_identifier": "value", "status_change": "to_status",
                "outcome": "decision"}

TABLES: dict[str, Table] = {name: tables.metadata.tables[name] for name in (*DIRECTORY, *RECORDS)}


@dataclass(frozen=True)
class Ref:
    """A foreign key as it travels: the column, the table it points at."""

    column: str
    target: str


def refs_of(kind: str) -> tuple[Ref, ...]:
    """The foreign keys of table ``kind``."""
    table = TABLES[kind]
    return tuple(Ref(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)


def identity_column(kind: str) -> str:
    """The column that names a row of ``kind`` across stores."""
    return "key" if kind == "agreement" else "uuid"


def link_identity(row: dict[str, Any]) -> str:
    """A request-subject link's identity: its two ends."""
    return f"{row['request_id']}+{row['subject_id']}"


def identity(kind: str, row: dict[str, Any]) -> str:
    """The identity of a travelling row."""
    return link_identity(row) if kind == "request_subject" else str(row[identity_column(kind)])


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def decode(kind: str, column: str, value: Any) -> Any:
    """A travelling value back as the column's Python type."""
    if value is None:
        return None
    col = TABLES[kind].c[column]
    if isinstance(col.type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(col.type, Date):
        return date.fromisoformat(value)
    if isinstance(col.type, Boolean):
        return bool(value)
    if isinstance(col.type, Integer) and not col.foreign_keys:
        return int(value)
    return value


class Identities:
    """Numeric keys <-> identities of one store, looked up as needed and remembered."""

    def __init__(self, conn: Connection | Any) -> None:
        self.conn = conn
        self._to_ident: dict[tuple[str, int], str] = {}
        self._to_id: dict[tuple[str, str], int] = {}
        self._absent: set[tuple[str, str]] = set()  # looked up in bulk and not found

    def learn(self, kind: str, row_id: int, ident: str) -> None:
        """Remember a row (one just inserted)."""
        self._to_ident[(kind, row_id)] = ident
        self._to_id[(kind, ident)] = row_id
        self._absent.discard((kind, ident))

    def ident(self, kind: str, row_id: int | None) -> str | None:
        """The identity of row ``row_id`` of ``kind``."""
        if row_id is None:
            return None
        key = (kind, row_id)
        if key not in self._to_ident:
            t = TABLES[kind]
            value = self.conn.execute(select(t.c[identity_column(kind)]).where(t.c.id == row_id)).scalar()
            if value is None:
                raise LookupError(f"{kind} {row_id} has no identity")
            self.learn(kind, row_id, value)
        return self._to_ident[key]

    def row_id(self, kind: str, ident: str | None) -> int | None:
        """The numeric key of the row of ``kind`` with identity ``ident`` (None: not here)."""
        if ident is None:
            return None
        key = (kind, ident)
        if key in self._absent:
            return None
        if key not in self._to_id:
            t = TABLES[kind]
            value = self.conn.execute(select(t.c.id).where(t.c[identity_column(kind)] == ident)).scalar()
            if value is None:
                return None
            self.learn(kind, value, ident)
        return self._to_id[key]

    def prefetch_idents(self, kind: str, idents: Iterable[str]) -> None:
        """Look up the keys of many identities at once (those not here stay unknown)."""
        wanted = [i for i in set(idents) if (kind, i) not in self._to_id]
        t = TABLES[kind]
        col = t.c[identity_column(kind)]
        for start in range(0, len(wanted), 500):
            for row_id, ident in self.conn.execute(
                    select(t.c.id, col).where(col.in_(wanted[start:start + 500]))):
                self.learn(kind, row_id, ident)
        self._absent.update((kind, i) for i in wanted if (kind, i) not in self._to_id)

    def prefetch(self, kind: str, ids: Iterable[int]) -> None:
        """Look up many identities at once (a kit of a thousand records)."""
        wanted = [i for i in set(ids) if (kind, i) not in self._to_ident]
        t = TABLES[kind]
        col = t.c[identity_column(kind)]
        for start in range(0, len(wanted), 500):
            for row_id, ident in self.conn.execute(
                    select(t.c.id, col).where(t.c.id.in_(wanted[start:start + 500]))):
                self.learn(kind, row_id, ident)


def travelling(kind: str, row: Any, ids: Identities) -> dict[str, Any]:
    """A store row (a Core row mapping) as it travels."""
    mapping = dict(row._mapping) if hasattr(row, "_mapping") else dict(row)
    out: dict[str, Any] = {}
    fks = {r.column: r.target for r in refs_of(kind)}
    for name, value in mapping.items():
        if name in ("id", "content"):
            continue
        if name in fks:
            out[name] = ids.ident(fks[name], value)
        else:
            out[name] = _encode(value)
    return out


def select_rows(conn: Connection, kind: str, where: Any) -> Iterator[Any]:
    """The rows of ``kind`` matching ``where`` (never a document's content), in key order."""
    t = TABLES[kind]
    cols = [c for c in t.c if c.name != "content"]
    return iter(conn.execute(select(*cols).where(where).order_by(*t.primary_key.columns)).all())


def label_of(kind: str, row: dict[str, Any]) -> str:
    """A short name of a travelling row for an officer."""
    col = LABEL_COLUMN.get(kind)
    value = row.get(col) if col else None
    return str(value)[:120] if value else kind
