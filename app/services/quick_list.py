"""The first page of the request list read with plain ``sqlcipher3``, before SQLAlchemy is loaded.

Start-up paints the Incoming list from here: importing SQLAlchemy and configuring its mappers
costs several times a bare Qt window, and the officer should see their requests at once. The
full desk (``open_desk``) is opened right after the first paint and the list switches over to
``app.services.requests.listing``; both read through the definitions of ``app.services.requests.list_rows``
(same columns, same ORDER BY, same row builder), and a test compares their pages.

Read only: the connection is opened with ``query_only`` on and never writes. Only what the
default view needs is supported: a navigation group without chips, sorted by any column but the
partner (which pages agreement by agreement); anything else raises ``QuickUnsupported``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

import sqlcipher3

from app.services.requests.list_rows import (
    AGREEMENT_COLUMNS,
    GROUPS,
    LIST_COLUMNS,
    SORT_COLUMNS,
    AgreementEntries,
    ListFilter,
    ListRow,
    agreement_entries,
    make_row,
)
from app.treaty.clocks import local_date

#: The store file of a data dir (``app.store.db.DB_NAME``; a test keeps the two equal).
STORE_FILE = "desk.db"
#: ``settings.DEFAULTS["due_soon_days"]`` (a test keeps the two equal; the services module
#: imports SQLAlchemy).
DUE_SOON_DEFAULT = 7
_DATE_COLUMNS = tuple(LIST_COLUMNS.index(c) for c in ("due_on", "confirmation_due_on", "confirmed_on"))


class QuickUnsupported(Exception):
    """The quick reader cannot produce this view; the full desk must."""


def _local_today() -> date:
    return local_date(datetime.now(timezone.utc))  # as ``Desk.today`` with its default clock


def connect(data_dir: Path, key: bytes) -> sqlcipher3.Connection:
    """A read-only connection to the store of ``data_dir`` opened with ``key``.

    Raises ``sqlcipher3.DatabaseError`` when the file cannot be read with the key."""
    path = Path(data_dir) / STORE_FILE
    if not path.exists():
        raise FileNotFoundError(path)
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA busy_timeout = 15000")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        conn.close()
        raise
    return conn


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


class QuickList:
    """``count``/``page`` of the request list over a DB-API connection, with the signatures of
    ``request_list.count``/``page`` minus the desk. Agreements and the 'due soon' window are read
    once (they cannot change before the full desk takes over)."""

    def __init__(self, conn: sqlcipher3.Connection, today: Callable[[], date] = _local_today) -> None:
        self.conn = conn
        self.today = today
        self._ags: AgreementEntries | None = None
        self._soon: int | None = None

    def close(self) -> None:
        """Close the connection (the full desk has taken over)."""
        self.conn.close()

    def _agreements(self) -> AgreementEntries:
        if self._ags is None:
            rows = self.conn.execute(f"SELECT {', '.join(AGREEMENT_COLUMNS)} FROM agreement").fetchall()
            self._ags = agreement_entries((a, k, c, _day(t), text) for a, k, c, t, text in rows)
        return self._ags

    def _soon_days(self) -> int:
        if self._soon is None:
            row = self.conn.execute("SELECT value FROM setting WHERE key = 'due_soon_days'").fetchone()
            self._soon = int(json.loads(row[0])) if row else DUE_SOON_DEFAULT
        return self._soon

    @staticmethod
    def _where(flt: ListFilter) -> tuple[str, tuple[str, ...]]:
        if flt.narrows():
            raise QuickUnsupported("filter chips")
        if flt.group not in GROUPS:
            raise QuickUnsupported(f"group {flt.group!r}")
        dirs = GROUPS[flt.group]
        return f"direction IN ({', '.join('?' * len(dirs))})", dirs

    def count(self, flt: ListFilter) -> int:
        """How many requests the (chip-less) filter selects."""
        where, args = self._where(flt)
        return int(self.conn.execute(f"SELECT count(*) FROM request WHERE {where}", args).fetchone()[0])

    def page(self, flt: ListFilter, sort_key: str = "ref", descending: bool = False,
             offset: int = 0, limit: int = 100) -> list[ListRow]:
        """Rows ``offset .. offset+limit`` in ``sort_key`` order, ties by insertion order."""
        cols = SORT_COLUMNS.get(sort_key)
        if cols is None:
            raise QuickUnsupported(f"sort by {sort_key!r}")
        where, args = self._where(flt)
        way = " DESC" if descending else " ASC"
        order = ", ".join(c + way for c in (*cols, "id"))
        sql = (f"SELECT {', '.join(LIST_COLUMNS)} FROM request WHERE {where} "
               f"ORDER BY {order} LIMIT ? OFFSET ?")
        raw = self.conn.execute(sql, (*args, limit, offset)).fetchall()
        ags, soon = self._agreements(), self._soon_days()
        today = flt.today or self.today()
        out = []
        for r in raw:
            r = list(r)
            for i in _DATE_COLUMNS:
                r[i] = _day(r[i])
            out.append(make_row(r, ags, today, soon))
        return out

    def position(self, flt: ListFilter, sort_key: str, descending: bool, ref: str,
                 window: int = 2000) -> int | None:
        """Row index of ``ref`` within the first ``window`` rows, or None."""
        for i, row in enumerate(self.page(flt, sort_key, descending, 0, window)):
            if row.ref == ref:
                return i
        return None
