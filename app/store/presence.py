"""Who else has a record open in an editor on a shared PostgreSQL desk.

An editor that opens a record on a server takes a session-level advisory lock in *shared* mode
on the record (``pg_advisory_lock_shared(kind, id)``) on a connection of its own, and keeps that
connection until it closes. Shared locks never wait for one another, so nobody is held up; they
are only a mark that ``pg_locks`` lists with the holder's backend pid. Who else is editing is
then one read of ``pg_locks`` (readable by every role) joined to ``pg_stat_activity`` on the pid.

No table, no migration, nothing to clean up: the lock goes with its session, so a desk that
crashed or lost its network stops being listed as soon as the server notices the session ended.

The connection's ``application_name`` carries when the editor opened and the officer the desk
works as (``Desk.actor``, the name its writes are audited under); the database role
(``pg_stat_activity.usename``) stands in when a name does not fit, is not plain ASCII (the
server keeps nothing else there) or is missing. A file desk (SQLite) has one officer: there
is nobody else, and nothing is taken.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime

#: The first key of the two-key advisory locks an editor holds, per kind of record: a key space
#: of its own (the audit and migration locks take a single bigint key, ``app.store.portable``).
KINDS = {"request": 19_001, "subject": 19_002}

#: ``application_name`` of an editor's connection: prefix, UTC time, officer (63 bytes at most).
_PREFIX = "liaison-desk editing"
_TIME = "%Y%m%dT%H%M%SZ"
_NAME_BYTES = 63


@dataclass(frozen=True)
class Editing:
    """Another desk's editor open on the same record."""

    officer: str
    #: When that editor opened the record (UTC); None when the server did not say.
    since: datetime | None


def application_name(actor: str, since: datetime) -> str:
    """The ``application_name`` an editor's connection announces itself with."""
    stamp = f"{_PREFIX} {since.astimezone(UTC).strftime(_TIME)}"
    name = f"{stamp} {actor}"
    # The server keeps printable ASCII only (anything else becomes "?") and cuts at 63 bytes:
    # a name that would not come through whole is left out, and the role names the officer.
    if not (actor.isascii() and actor.isprintable()) or len(name) > _NAME_BYTES:
        return stamp
    return name


def read_application_name(name: str | None, role: str) -> Editing:
    """Who and since when, from an editor connection's ``application_name``; ``role`` (the
    session's database role) names an officer whose name did not come through whole."""
    parts = (name or "").removeprefix(_PREFIX).strip().split(" ", 1)
    since = None
    try:
        since = datetime.strptime(parts[0], _TIME).replace(tzinfo=UTC)
    except ValueError:
        pass
    officer = parts[1] if len(parts) == 2 and parts[1] else role
    return Editing(officer, since)


_OTHERS = """
SELECT a.usename, a.application_name
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid = %(kind)s::oid AND l.objid = %(id)s::oid AND l.pid <> pg_backend_pid()
ORDER BY a.application_name
"""


class EditorPresence:
    """One open editor's mark on one record (see the module): taken on construction, given back
    by ``close()``. ``others()`` lists the other desks' editors open on the same record."""

    def __init__(self, url: object, kind: str, record_id: int, actor: str,
                 since: datetime) -> None:
        import psycopg
        from sqlalchemy import make_url

        params = make_url(url).set(drivername="postgresql")  # type: ignore[arg-type]
        self.kind, self.record_id = kind, record_id
        self._key = {"kind": KINDS[kind], "id": record_id}
        self._lock = threading.Lock()  # one statement at a time on this connection
        self._conn: psycopg.Connection | None = psycopg.connect(
            params.render_as_string(hide_password=False), autocommit=True,
            application_name=application_name(actor, since))
        self._conn.execute("SELECT pg_advisory_lock_shared(%(kind)s, %(id)s)", self._key)

    def others(self) -> list[Editing]:
        """The other sessions holding the same mark, one per open editor (empty once closed)."""
        with self._lock:
            if self._conn is None:
                return []
            rows = self._conn.execute(_OTHERS, self._key).fetchall()
        return [read_application_name(app_name, role) for role, app_name in rows]

    def close(self) -> None:
        """Give the mark back (the session ends; idempotent)."""
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


def open_presence(engine: object, kind: str, record_id: int, actor: str,
                  since: datetime) -> EditorPresence | None:
    """The mark of an editor opening ``kind`` ``record_id`` on ``engine``'s store: None on a file
    store (one officer), and None when the server cannot be reached for it (the editor works
    as before; the officer is only not shown to others)."""
    if getattr(getattr(engine, "dialect", None), "name", None) != "postgresql":
        return None
    import psycopg

    try:
        return EditorPresence(engine.url, kind, record_id, actor, since)  # type: ignore[attr-defined]
    except psycopg.Error:
        return None
