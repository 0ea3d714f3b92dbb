"""SQLite fast path of the import: load first, check while the indexes build, commit only if
every check passed.

An import is all or nothing because it is ONE transaction, not because the checks run first. So
on SQLite the order is:

1. rows go straight to the driver (``executemany``, values put into SQLite's stored form on the
   fly) into tables whose secondary indexes were dropped for the load;
2. then two things run at once: this thread rebuilds the dropped indexes and the full-text
   index (a few long SQL statements, during which the driver releases the GIL), while a worker
   thread runs every check of ``checks`` on the parsed document;
3. a failed check stops the SQL (``interrupt``) and its error is raised, so the caller's
   transaction rolls back. A failure of the SQL is reported only when the checks found nothing
   (the checks' messages name the JSON path; the database's do not).

The load itself is not overlapped with the checks: ``executemany`` gives the GIL up at every
row, and a busy thread beside it made it several times slower (measured).
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Any

from app.interchange.tables import TableCodec
from app.store import search_index

#: Seconds per phase of the last import in this process (for ``bench.interchange``'s notes;
#: ``importer`` clears it and adds parse and commit).
last_timings: dict[str, float] = {}


class _Stopped(Exception):
    """The checks failed while the indexes were building; their error is raised instead."""


class _CheckThread(threading.Thread):
    """Runs ``work()`` once; on failure calls ``on_failure`` at once (to stop the SQL)."""

    def __init__(self, work: Callable[[], Any], on_failure: Callable[[], None]) -> None:
        super().__init__(name="interchange-checks", daemon=True)
        self._work, self._on_failure = work, on_failure
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed to the importing thread as is
            self.error = exc
            self._on_failure()


def insert_sql(codec: TableCodec) -> str:
    """The INSERT of one row of ``codec``'s table, taking the file's values in column order.

    Times are put into SQLite's stored form by SQL (``YYYY-MM-DD HH:MM:SS.ffffff``, as
    ``ColumnCodec.decode`` gives them; NULL stays NULL): cheaper than a Python step per row."""
    names, values = [], []
    for n, col in enumerate(codec.columns, start=1):
        names.append(f'"{col.name}"')
        values.append(f"substr(?{n}, 1, 10) || ' ' || substr(?{n}, 12, 15)"
                      if col.kind == "datetime" else f"?{n}")
    return f'INSERT INTO "{codec.name}" ({", ".join(names)}) VALUES ({", ".join(values)})'


def stored_rows(codec: TableCodec, rows: list[dict[str, Any]]) -> Iterable[Any]:
    """Rows as value sequences in column order for ``insert_sql``: absent keys take their
    default and base64 becomes bytes (``ColumnCodec.decode`` without its validation, which the
    checks do). A bad value raises here or is stored and then refused by the checks."""
    names = [c.name for c in codec.columns]
    full = len(names)
    get = itemgetter(*names) if full > 1 else (lambda r: (r[names[0]],))
    blobs = [i for i, c in enumerate(codec.columns) if c.kind == "bytes"]
    if not blobs and all(len(raw) == full for raw in rows):
        return map(get, rows)  # the common case: no Python step per row at all
    return _slow_rows(codec, rows, get, blobs)


def _slow_rows(codec: TableCodec, rows: list[dict[str, Any]], get: Callable, blobs: list[int]) -> Iterator[Any]:
    full = len(codec.columns)
    defaults = {c.name: c.default for c in codec.columns}
    for raw in rows:
        values = get(raw if len(raw) == full else {**defaults, **raw})
        if blobs:
            values = list(values)
            for i in blobs:
                if values[i] is not None:
                    values[i] = base64.b64decode(values[i], validate=True)
        yield values


def load_and_check(cur: Any, driver_conn: Any, codecs: list[TableCodec], doc: dict[str, Any],
                   run_checks: Callable[[], Any]) -> Any:
    """Load ``doc`` into the (emptied) tables on ``cur``, inside the caller's transaction, and
    rebuild indexes while ``run_checks()`` runs in a worker thread; returns its result.

    Raises the checks' error if they fail (whatever the SQL did); otherwise any SQL error. The
    caller rolls back on any exception."""
    cur.execute("PRAGMA cache_size = -1572864")  # 1.5 GiB for the load and index builds
    started = time.perf_counter()
    try:
        rebuild_sql: list[str] = []
        worker: _CheckThread | None = None
        try:
            for codec in codecs:
                rows = doc[codec.collection]
                if not rows:
                    continue
                indexes = cur.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                    "AND sql IS NOT NULL", (codec.name,)).fetchall()
                for name, sql in indexes:
                    cur.execute(f'DROP INDEX "{name}"')
                    rebuild_sql.append(sql)
                cur.executemany(insert_sql(codec), stored_rows(codec, rows))
        except Exception:  # let the checks say what is wrong, if they can
            worker = _CheckThread(run_checks, lambda: None)
            worker.run()  # nothing to overlap with any more: run here
            if worker.error is not None:
                raise worker.error from None
            raise
        stop = threading.Event()

        def on_failure() -> None:
            stop.set()
            driver_conn.interrupt()  # thread-safe by design; ends the running statement

        last_timings["bulk load"] = time.perf_counter() - started
        worker = _CheckThread(run_checks, on_failure)
        worker.start()
        try:
            for sql in [*rebuild_sql, *search_index.rebuild_statements()]:
                if stop.is_set():
                    raise _Stopped
                cur.execute(sql)
        except Exception:  # the checks' error, if any, is the one to report
            worker.join()
            if worker.error is not None:
                raise worker.error from None
            raise
        last_timings["index builds"] = time.perf_counter() - started - last_timings["bulk load"]
        worker.join()
        last_timings["checks done after"] = time.perf_counter() - started - last_timings["bulk load"]
        if worker.error is not None:
            raise worker.error
        return worker.result
    finally:
        cur.execute("PRAGMA cache_size = -2000")
