"""The 100k store on a shared PostgreSQL desk beside the same figures on the file desk.

First page, sort, filter, full-text search and watch-list match are measured on a server
holding the same generated data set as the bench's SQLite store (same generator, parameters and
seed), each beside the SQLite figure measured in the same run (the "floor" column: the ratio
is server / file). Budget: at most twice the SQLite figure (issue 19).

The server is private to the bench: a cluster (``initdb``) in ``.bench-cache/server-<key>-rev<N>``
(the store's cache key: generator version, parameters, schema revision), started with
``pg_ctl`` on a unix socket in that folder for the run and stopped after it. The data set is
generated into it once (``tools.generate``, as the SQLite store is) and reused by later runs;
``meta.json`` marks a finished build. Without PostgreSQL's server programs the module gives one
row saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import BenchContext, Row, median_ms
from bench.store import QUERIES_JAPANESE, QUERIES_LATIN

N = 20
BUDGET_RATIO = 2.0
DATABASE = "bench"
#: Names and an identifier an officer checks against the watch list (Art. 4.2).
WATCH_QUERIES = ("Tanaka Ichiro", "García López", "鈴木花子", "Maria Hernandez", "Lucía Núñez")
_OPTIONS = ("-c listen_addresses='' -c unix_socket_directories='{sockets}' -c port={port} "
            "-c shared_buffers=256MB -c max_connections=20 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off")


class _Server:
    """A private cluster kept in ``root/data``, running while the bench measures."""

    def __init__(self, root: Path) -> None:
        from tests import pg_server

        self.pg = pg_server
        bin_dir = pg_server.find_bin()
        if bin_dir is None:
            raise FileNotFoundError(pg_server.MISSING)
        self.bin = bin_dir
        self.root = root
        self.data = root / "data"
        # A socket path has at most 107 bytes: the socket lives in a short temporary folder.
        self.sockets = Path(tempfile.mkdtemp(prefix="ld-bench-pg-"))

    def url(self) -> str:
        return (f"postgresql+psycopg://{self.pg.SUPERUSER}@/{DATABASE}"
                f"?host={self.sockets}&port={self.pg.PORT}")

    def start(self) -> None:
        pg = self.pg
        root_user = os.geteuid() == 0
        if root_user:
            os.chmod(self.sockets, 0o755)
            shutil.chown(self.sockets, "postgres", "postgres")
        if not (self.data / "PG_VERSION").exists():
            shutil.rmtree(self.data, ignore_errors=True)
            self.root.mkdir(parents=True, exist_ok=True)
            self.data.mkdir()
            if root_user:
                os.chmod(self.root, 0o755)
                shutil.chown(self.data, "postgres", "postgres")
            pg._run(pg._as_owner([str(self.bin / "initdb"), "-D", str(self.data), "-U",
                                  pg.SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale",
                                  "C.UTF-8", "--no-sync"]))
        options = _OPTIONS.format(sockets=self.sockets, port=pg.PORT)
        pg._run(pg._as_owner([str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                              "-l", str(self.data / "server.log"), "-w", "-t", "120", "start"]))

    def stop(self) -> None:
        self.pg._run(self.pg._as_owner([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m",
                                        "fast", "-w", "stop"]), check=False)
        shutil.rmtree(self.sockets, ignore_errors=True)

    def admin(self):  # a psycopg connection
        import psycopg

        return psycopg.connect(host=str(self.sockets), port=self.pg.PORT, user=self.pg.SUPERUSER,
                               dbname="postgres", autocommit=True)


def _server_desk(ctx: BenchContext, server: _Server, folder: Path) -> tuple[Any, dict]:
    """The server desk holding the bench's data set (generated on the first run)."""
    from app.services.agreements.catalogue import install_builtin_agreements
    from app.services.context import Desk
    from app.store.db import Database
    from tools.generate import generate

    meta_path = folder / "meta.json"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        return Desk(Database.open_url(server.url()), "bench"), {**meta, "reused": True}
    with server.admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        conn.execute(f"CREATE DATABASE {DATABASE}")
    desk = Desk(Database.open_url(server.url()), "bench")
    with desk.unit_of_work("store.init", "store") as (s, note):
        note.change = {"agreements": install_builtin_agreements(s), "key_method": None}
    print("bench: generating the same data set on the private server...", file=sys.stderr)
    report = generate(desk.db, ctx.params)
    with desk.db.engine.connect() as conn:  # VACUUM runs outside a transaction
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    meta = {"generate_seconds": round(report.seconds, 1), "counts": report.counts,
            "built": datetime.now(UTC).strftime("built %Y-%m-%d %H:%M UTC")}
    meta_path.write_text(json.dumps(meta, indent=2))
    return desk, meta


def _pair(figure: str, server_ms: float, file_ms: float, note: str = "") -> Row:
    return Row(figure, round(server_ms, 2), "ms", round(BUDGET_RATIO * file_ms, 2),
               round(file_ms, 2),
               f"floor: the same call on the SQLite store; budget {BUDGET_RATIO:g}x it" +
               (f"; {note}" if note else ""))


def _calls(desk: Any, today: Any, search_queries: tuple[str, ...]) -> dict[str, Callable[[], Any]]:
    from app.services.requests import listing as rl
    from app.services.search.queries import search
    from app.services.surveillance import watchlist

    plain = rl.ListFilter(group="incoming", today=today)
    chip = rl.ListFilter(group="incoming", statuses=("in-progress",), today=today)
    calls: dict[str, Callable[[], Any]] = {
        "first page": lambda: rl.page(desk, plain, "due"),
        "sort": lambda: rl.page(desk, plain, "title"),
        "sort descending": lambda: rl.page(desk, plain, "ref", descending=True),
        "filter": lambda: (rl.count(desk, chip), rl.page(desk, chip, "due")),
    }
    for q in search_queries:
        calls[f"search {q}"] = lambda q=q: search(desk, q)
    for q in WATCH_QUERIES:
        calls[f"watch {q}"] = lambda q=q: watchlist.match(desk, q)
    return calls


def _search_queries(desk: Any) -> tuple[str, ...]:
    """The bench.store queries: a reference, a container number, Latin and Japanese words."""
    with desk.query() as conn:
        ref = conn.exec_driver_sql("SELECT our_ref FROM request WHERE id = "
                                   "(SELECT max(id) / 2 FROM request)").scalar() or "JC-US"
        ident = conn.exec_driver_sql("SELECT min(value) FROM subject_identifier "
                                     "WHERE id_type = 'container'").scalar() or "U"
    return (ref, ident, *QUERIES_LATIN, *QUERIES_JAPANESE)


def measure(file_desk: Any, server_desk: Any, today: Any, n: int = N) -> list[Row]:
    """The paired rows: each call timed on the server and on the file store (median of ``n``
    runs; 7 for a search)."""
    from app.services.surveillance import watchlist

    for d in (file_desk, server_desk):
        watchlist.warm(d)  # the window builds it on a worker as the desk opens
    queries = _search_queries(file_desk)
    on_file = _calls(file_desk, today, queries)
    on_server = _calls(server_desk, today, queries)
    def runs(name: str) -> int:
        return min(n, 7) if name.startswith("search") else n

    file_ms = {name: median_ms(fn, runs(name)) for name, fn in on_file.items()}
    server_ms = {name: median_ms(fn, runs(name)) for name, fn in on_server.items()}
    rows = [
        _pair("server: request list, first page (incoming by due date, 100 rows)",
              server_ms["first page"], file_ms["first page"]),
        _pair("server: request list, sort by title (first page)", server_ms["sort"],
              file_ms["sort"]),
        _pair("server: request list, sort by reference descending (first page)",
              server_ms["sort descending"], file_ms["sort descending"]),
        _pair("server: request list, filter change (status chip: count + first page)",
              server_ms["filter"], file_ms["filter"]),
    ]
    search_names = [f"search {q}" for q in queries]
    rows.append(_pair(f"server: full-text search, median over {len(queries)} queries (Latin, "
                      "Japanese, refs, identifiers)",
                      statistics.median(server_ms[n] for n in search_names),
                      statistics.median(file_ms[n] for n in search_names)))
    worst = max(search_names, key=lambda n: server_ms[n] / max(file_ms[n], 0.01))
    rows.append(_pair(f"server: full-text search, query furthest from SQLite ({worst[7:]!r})",
                      server_ms[worst], file_ms[worst]))
    watch_names = [f"watch {q}" for q in WATCH_QUERIES]
    rows.append(_pair(f"server: watch-list match, median over {len(WATCH_QUERIES)} names",
                      statistics.median(server_ms[n] for n in watch_names),
                      statistics.median(file_ms[n] for n in watch_names)))
    return rows


def run(ctx: BenchContext) -> list[Row]:
    """The server rows (one row saying why when there is no server to run)."""
    from app.store.db import head_revision
    from tests import pg_server

    if pg_server.find_bin() is None:
        return [Row("server: PostgreSQL figures", None, "", note="not measured: " + pg_server.MISSING)]
    from bench.__main__ import CACHE

    folder = CACHE / f"server-{ctx.params.key()}-rev{head_revision()}"
    server = _Server(folder)
    server.start()
    try:
        started = time.perf_counter()
        desk, meta = _server_desk(ctx, server, folder)
        opened = time.perf_counter() - started
        desk.clock = ctx.desk.clock  # the data's "today", as on the file desk
        try:
            with desk.query() as conn:
                requests = conn.exec_driver_sql("SELECT count(*) FROM request").scalar_one()
            rows = measure(ctx.desk, desk, ctx.desk.today())
        finally:
            desk.db.close()
        rows.append(Row(f"server: build the same data set on the server ({requests:,} requests; "
                        "one time, cached)", meta["generate_seconds"], "s", None, None,
                        meta.get("built", "")))
        if "reused" in meta:
            rows.append(Row("server: open the cached server desk", round(opened, 1), "s"))
    finally:
        server.stop()
    return rows


if __name__ == "__main__":  # pragma: no cover - `python -m bench --only bench.server_store`
    from bench.__main__ import main

    sys.exit(main(["--only", "bench.server_store", *sys.argv[1:]]))
