"""A rollback journal for one very large write transaction (``Database.write(bulk=True)``).

In WAL mode a gigabyte-sized transaction is written twice at commit: into the WAL, and again into
the database file by the checkpoint that follows (measured on the 100k-request import: commit
about 11 s in WAL, about 7 s with a rollback journal, which holds only the original content of the
pages changed, next to nothing for an empty store). SQLite only leaves WAL mode when no other
connection has the file open; it then says "locked" at once (no busy wait), and the transaction
simply stays in the WAL. WAL mode is restored afterwards; if the process dies in between, the next
connection restores it (every connection sets it, ``db._sqlcipher_engine``) after SQLite has
rolled back the hot journal.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3
from sqlalchemy.engine import Connection, Engine


@contextmanager
def bulk_connection(engine: Engine) -> Iterator[tuple[Connection, str]]:
    """A connection of ``engine`` (SQLite) with no transaction begun, journalling in a rollback
    journal when it has the store to itself; yields it and how it journals ("rollback journal"
    or "WAL")."""
    engine.dispose()  # idle pooled connections would keep the store out of reach
    with engine.connect() as conn:
        driver = conn.connection.driver_connection  # raw: no transaction is begun by this
        assert driver is not None, "a connection just opened has its DBAPI connection"
        switched = False
        try:
            switched = driver.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        except sqlcipher3.dbapi2.OperationalError:
            pass  # another connection has the store open: stay in WAL
        try:
            yield conn, "rollback journal" if switched else "WAL"
        finally:
            if switched:
                try:
                    back = driver.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
                except sqlcipher3.dbapi2.OperationalError:
                    back = False
                if not back:
                    # Busy past the timeout, or SQLite kept the old mode (it may answer with the
                    # mode it stayed in): the transaction's outcome stands. This connection is not
                    # reused; the next one made sets WAL again.
                    conn.invalidate()
