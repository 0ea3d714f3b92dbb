"""Audit entries bind the state they wrote, so a row changed without an entry is found.

Every entry the desk writes carries a ``state`` (canonical JSON, covered by the entry's hash):

- ``"rows"``: for each business row the write changed, ``"table:key" -> [was, now]``: the
  SHA-256 of the row before the write (null: it did not exist) and as written (null: deleted).
  A row's hash is the SHA-256 of its columns in the interchange encoding (``row_digest``), read
  back from the store after the flush, so what ``verify`` later reads compares byte for byte.
- ``"tables"``: for a write that filled whole tables (an import, the seal of a store whose rows
  predate the binding), ``table -> {"rows": n, "sum": hex}``: how many rows and the sum modulo
  2^256 of their hashes. A sum, not a digest of a list, so that a row later changed by the desk
  can leave the set: its entry's ``was`` is subtracted (``StateWalk``).

``verify`` (``problems``) replays the bindings entry by entry, then reads every bound table once,
in primary-key order, and compares each row with the newest binding of it. Not bound (derived
or secret, ``EXCLUDED``): the audit log itself, the reference counters, the desk's signing key and
the full-text search index (its own check rebuilds it).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import and_, event, inspect, select

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from app.interchange.tables import TableCodec

#: Tables whose rows no audit entry binds, and why (docs/security.md says the same).
EXCLUDED: dict[str, str] = {
    "audit_entry": "the log itself (its own hash chain covers it)",
    "ref_counter": "the last number of each gapless reference series, derived from the rows",
    "desk_key": "the desk's private signing key (never hashed, never exported)",
}

#: The ``Session.info`` key under which a unit of work collects the rows it changed.
STATE = "liaison_state"
MOD = 2**256

#: A column that names a row better than its id, per table (the verify messages).
_LABELS = {"request": "our_ref", "subject": "code", "agreement": "key", "document": "filename",
           "setting": "key"}


@functools.cache  # the schema is fixed for the process; read at every write
def bound_codecs() -> tuple[TableCodec, ...]:
    """The interchange codecs of every table whose rows are bound."""
    from app.interchange.tables import table_codecs

    return tuple(c for c in table_codecs() if c.name not in EXCLUDED)


def row_digest(encoded: dict[str, Any]) -> bytes:
    """SHA-256 of one row in the interchange encoding: sorted keys, compact, nulls left out
    (so a nullable column added later does not change the hash of rows that leave it empty)."""
    row = {k: v for k, v in encoded.items() if v is not None}
    try:
        data = orjson.dumps(row, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # a lone surrogate only a hand-edited store can hold: still hashed
        data = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":")
                          ).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).digest()


def row_key(codec: TableCodec, encoded: dict[str, Any]) -> str:
    """The row's primary key as text (``"42"``, or ``"3/17"`` for a composite one)."""
    return "/".join(str(encoded[k]) for k in codec.primary_key)


def _encoders(codec: TableCodec) -> list:
    return [(i, c.encode) for i, c in enumerate(codec.columns) if c.kind not in ("text", "integer")]


def _encode(codec: TableCodec, encoders: list, values: Any) -> dict[str, Any]:
    values = list(values)
    for i, enc in encoders:
        values[i] = enc(values[i])
    return dict(zip([c.name for c in codec.columns], values, strict=True))


def _stored_datetime(value: Any) -> Any:
    # SQLAlchemy keeps a time in SQLite as "YYYY-MM-DD HH:MM:SS.ffffff" (naive UTC); the
    # interchange encoding of the same time is "YYYY-MM-DDTHH:MM:SS.ffffffZ".
    return value if not isinstance(value, str) else f"{value[:10]}T{value[11:26]}Z"


def _stored_bytes(value: Any) -> Any:
    return value if not isinstance(value, (bytes, memoryview)) else \
        base64.b64encode(bytes(value)).decode("ascii")


def _stored_bool(value: Any) -> Any:
    return value if value is None else bool(value)


_STORED = {"datetime": _stored_datetime, "bytes": _stored_bytes, "boolean": _stored_bool}


def _dbapi(conn: Connection | Session) -> Any:
    """The DB-API connection under ``conn`` (in its transaction), or None off SQLite."""
    from sqlalchemy.engine import Connection as CoreConnection

    c = conn if isinstance(conn, CoreConnection) else conn.connection()
    if c.dialect.name != "sqlite":
        return None
    return c.connection.dbapi_connection


def table_rows(conn: Connection | Session, codec: TableCodec,
               pk: tuple | None = None) -> Iterator[tuple[str, bytes, dict[str, Any]]]:
    """Stream ``(key, digest, encoded row)`` of ``codec``'s table in primary-key order (only
    the row whose primary key is ``pk``, if given).

    On SQLite the values are read through the driver and put into the interchange encoding
    directly (``_STORED``), a few microseconds a row: ``verify`` reads every bound row. Other
    databases go through SQLAlchemy's types and ``ColumnCodec.encode``: the same encoding."""
    names = [c.name for c in codec.columns]
    raw = _dbapi(conn)
    if raw is None:
        yield from _core_rows(conn, codec, pk)
        return
    sql = (f'SELECT {", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)} FROM "{codec.name}"')
    if pk is not None:
        sql += " WHERE " + " AND ".join(f'"{k}" = ?' for k in codec.primary_key)
    sql += " ORDER BY " + ", ".join(f'"{k}"' for k in codec.primary_key)
    convert = [(i, _STORED[c.kind]) for i, c in enumerate(codec.columns) if c.kind in _STORED]
    keys = [names.index(k) for k in codec.primary_key]
    order = sorted(range(len(names)), key=names.__getitem__)  # the hashed form's key order
    dumps, sha = orjson.dumps, hashlib.sha256
    cur = raw.cursor()
    try:
        cur.execute(sql, tuple(pk) if pk is not None else ())
        while True:
            batch = cur.fetchmany(5000)
            if not batch:
                break
            for values in batch:
                if convert:
                    values = list(values)
                    for i, fn in convert:
                        values[i] = fn(values[i])
                row = {names[i]: values[i] for i in order if values[i] is not None}
                try:
                    digest = sha(dumps(row)).digest()
                except TypeError:
                    digest = row_digest(row)
                key = "/".join(str(values[i]) for i in keys)
                yield key, digest, row
    finally:
        cur.close()


def _core_rows(conn: Connection | Session, codec: TableCodec,
               pk: tuple | None) -> Iterator[tuple[str, bytes, dict[str, Any]]]:
    table = codec.table
    stmt = select(*[table.c[c.name] for c in codec.columns])
    if pk is not None:
        stmt = stmt.where(and_(*[table.c[k] == v for k, v in zip(codec.primary_key, pk, strict=True)]))
    stmt = stmt.order_by(*[table.c[k] for k in codec.primary_key]).execution_options(yield_per=2000)
    encoders = _encoders(codec)
    for values in conn.execute(stmt):
        row = _encode(codec, encoders, values)
        yield row_key(codec, row), row_digest(row), row


def table_sum(conn: Connection | Session, codec: TableCodec) -> dict[str, Any]:
    """``{"rows": n, "sum": hex}`` over the table as it is now (a seal)."""
    n, total = 0, 0
    for _key, digest, _row in table_rows(conn, codec):
        n += 1
        total += int.from_bytes(digest, "big")
    return {"rows": n, "sum": f"{total % MOD:064x}"}


def document_sums(doc: dict[str, Any], codecs: list[TableCodec]) -> dict[str, dict[str, Any]]:
    """The ``tables`` binding of an interchange document's rows (checked already), as
    ``table_sum`` will find them once stored: absent keys take their default."""
    out = {}
    for codec in codecs:
        if codec.name in EXCLUDED:
            continue
        rows = doc[codec.collection]
        full = len(codec.columns)
        defaults = {c.name: c.default for c in codec.columns}
        total = 0
        dumps, sort, sha = orjson.dumps, orjson.OPT_SORT_KEYS, hashlib.sha256
        for raw in rows:
            if len(raw) != full:
                raw = {**defaults, **raw}
            row = {k: v for k, v in raw.items() if v is not None}
            total += int.from_bytes(sha(dumps(row, option=sort)).digest(), "big")
        out[codec.name] = {"rows": len(rows), "sum": f"{total % MOD:064x}"}
    return out


def seal(conn: Connection | Session) -> dict[str, dict[str, Any]]:
    """The ``tables`` binding of every bound table as it is now."""
    return {c.name: table_sum(conn, c) for c in bound_codecs()}


def needs_seal(conn: Connection) -> bool:
    """True when the newest audit entry binds no state: the store was written by a version
    before state binding (or by a tool around the services) and its rows are bound by nothing."""
    from app.store import tables

    t = tables.audit_entry
    newest = conn.execute(select(t.c.id, t.c.state).order_by(t.c.id.desc()).limit(1)).first()
    return newest is not None and newest[1] is None


def seal_if_needed(desk: Any) -> bool:
    """Bind every row of a store whose newest entry binds nothing, in one ``store.seal`` entry
    (a digest per table, as an import does). Run when a desk opens a store: once after the
    upgrade that brought state binding, or after a tool filled the store around the services.
    Whatever was changed before the seal is what the seal binds (docs/security.md). Returns
    True when it sealed."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with desk.query() as conn:
            if not needs_seal(conn):
                return False
        with desk.unit_of_work("store.seal", "store") as (s, note):
            if not needs_seal(s.connection()):  # another desk sealed it meanwhile
                return False
            note.tables = seal(s)
            note.change = {"tables": len(note.tables), "rows": sum(t["rows"] for t in note.tables.values())}
    except SQLAlchemyError:  # a damaged page, a full disk, a read-only store: opening goes on,
        # and verify will say. The connection that met the damage is not used again.
        desk.db.engine.dispose()
        return False
    return True


# -- what one unit of work changed ----------------------------------------------------------------

class Collector:
    """The rows one unit of work changed, with their hash before it (read before the flush
    that first changes them). Installed in ``Session.info[STATE]`` by ``Desk.unit_of_work``."""

    def __init__(self) -> None:
        self.was: dict[tuple[str, tuple], str | None] = {}

    def note(self, table: str, pk: tuple, was: str | None) -> None:
        self.was.setdefault((table, pk), was)

    def entry_state(self, session: Session) -> dict[str, Any]:
        """``{"rows": {...}}`` for the rows changed: each read back as the transaction leaves it."""
        codecs = {c.name: c for c in bound_codecs()}
        rows: dict[str, list[str | None]] = {}
        for (table, pk), was in sorted(self.was.items(), key=lambda p: (p[0][0], str(p[0][1]))):
            now = _current(session, codecs[table], pk)
            if was is None and now is None:
                continue  # made and removed inside the same write
            rows[f"{table}:{'/'.join(str(v) for v in pk)}"] = [was, now]
        return {"rows": rows} if rows else {}


def _current(conn: Connection | Session, codec: TableCodec, pk: tuple) -> str | None:
    for _key, digest, _row in table_rows(conn, codec, pk):
        return digest.hex()
    return None


def _identity(obj: object) -> tuple[str, tuple] | None:
    state = inspect(obj)
    table = state.mapper.local_table.name
    if table in EXCLUDED:
        return None
    pk = state.identity or tuple(state.mapper.primary_key_from_instance(obj))
    if pk is None or None in pk:
        return None
    return table, tuple(pk)


def _before_flush(session: Session, _ctx: object, _instances: object) -> None:
    collector = session.info.get(STATE)
    if collector is None:
        return
    codecs = None
    for obj in (*session.dirty, *session.deleted):
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        ident = _identity(obj)
        if ident is None or ident in collector.was:
            continue
        if codecs is None:
            codecs = {c.name: c for c in bound_codecs()}
        collector.note(*ident, _current(session, codecs[ident[0]], ident[1]))


def _after_flush(session: Session, _ctx: object) -> None:
    collector = session.info.get(STATE)
    if collector is None:
        return
    for obj in session.new:  # their keys are known now; changed rows were noted before
        ident = _identity(obj)
        if ident is not None:
            collector.note(*ident, None)


_registered = False


def register() -> None:
    """Install the flush listeners on every Session (idempotent; ``app.store.models`` calls it)."""
    global _registered
    if _registered:
        return
    from sqlalchemy.orm import Session

    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_flush", _after_flush)
    _registered = True


# -- verify ---------------------------------------------------------------------------------------

def _label(table: str, key: str, row: dict[str, Any] | None = None) -> str:
    name = f"{table.replace('_', ' ')} {key}"
    column = _LABELS.get(table)
    if row is not None and column and row.get(column):
        name += f" ({row[column]})"
    return name


class StateWalk:
    """The newest binding of every row, replayed from the audit log in entry order."""

    def __init__(self) -> None:
        #: table -> row key -> (entry id, hash as written or None when deleted)
        self.latest: dict[str, dict[str, tuple[int, str | None]]] = {}
        #: table -> [entry id, rows, sum] of the newest whole-table binding, less the rows that
        #: left it since (changed or removed by a later entry)
        self.bulk: dict[str, list[int]] = {}
        self.problems: list[str] = []

    def add(self, entry_id: int, state_json: str | None) -> None:
        """Take in one entry's state (entries without one bind nothing)."""
        if not state_json:
            return
        try:
            state = orjson.loads(state_json)
        except orjson.JSONDecodeError:
            self.problems.append(f"audit entry {entry_id}: its state is not readable")
            return
        for table, info in (state.get("tables") or {}).items():
            self.bulk[table] = [entry_id, int(info["rows"]), int(info["sum"], 16)]
            self.latest[table] = {}
        for name, (was, now) in (state.get("rows") or {}).items():
            table, _, key = name.partition(":")
            rows = self.latest.setdefault(table, {})
            prev = rows.get(key)
            if prev is not None:
                if was != prev[1]:
                    self.problems.append(
                        f"{_label(table, key)}: changed outside the desk between audit entries "
                        f"{prev[0]} and {entry_id}")
            elif was is not None:
                bulk = self.bulk.get(table)
                if bulk is not None:
                    bulk[1] -= 1
                    bulk[2] -= int(was, 16)
                else:
                    self.problems.append(f"{_label(table, key)}: no audit entry created it "
                                         f"(first bound by audit entry {entry_id})")
            rows[key] = (entry_id, now)

    def compare(self, conn: Connection | Session) -> Iterator[str]:
        """Read every bound table once and yield a line per row that does not fit."""
        yield from self.problems
        for codec in bound_codecs():
            rows = self.latest.get(codec.name, {})
            bulk = self.bulk.get(codec.name)
            n, total = 0, 0
            for key, digest, row in table_rows(conn, codec):
                bound = rows.pop(key, None)
                if bound is not None:
                    eid, now = bound
                    if now is None:
                        yield f"{_label(codec.name, key, row)}: removed by audit entry {eid} but present"
                    elif now != digest.hex():
                        yield (f"{_label(codec.name, key, row)}: changed outside the desk since "
                               f"audit entry {eid}")
                elif bulk is not None:
                    n += 1
                    total += int.from_bytes(digest, "big")
                else:
                    yield f"{_label(codec.name, key, row)}: no audit entry created it"
            for key, (eid, now) in rows.items():
                if now is not None:
                    yield (f"{_label(codec.name, key)}: deleted outside the desk (its newest "
                           f"audit entry is {eid})")
            if bulk is not None and (n != bulk[1] or total % MOD != bulk[2] % MOD):
                yield (f"{codec.collection.replace('_', ' ')}: the rows bound together by audit entry "
                       f"{bulk[0]} changed outside the desk ({bulk[1]:,} expected as bound, "
                       f"{n:,} found; a row was added, changed or removed without an entry)")


def problems(conn: Connection | Session, batch: int = 5000) -> Iterator[str]:
    """Every row that does not match its newest audit binding, one line each."""
    from app.store import tables

    t = tables.audit_entry
    walk = StateWalk()
    stmt = select(t.c.id, t.c.state).order_by(t.c.id).execution_options(yield_per=batch)
    for eid, state in conn.execute(stmt):
        walk.add(eid, state)
    yield from walk.compare(conn)
