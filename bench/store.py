"""Store figures on the synthetic store: request list, full-text search, memory, verify.

Each query figure has a floor measured in the same run: the same (or the plainest equivalent)
SQL on a bare sqlcipher3 connection to the same encrypted file, so the ratio says what the
service layer costs on top of SQLCipher itself.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import textwrap
from datetime import date

from bench.common import BenchContext, Row, median_ms, seconds

N = 20
QUERIES_LATIN = ("Tanaka", "Garcia", "wrist watches", "Manzanillo", "Pacific Harbor", "lithium")
QUERIES_JAPANESE = ("田中", "腕時計", "輸出入確認", "鈴木花子")

_FIRST_PAGE_SQL = ("SELECT id, our_ref, their_ref, agreement_id, primary_basis, title, status, "
                   "due_on, assigned_to FROM request WHERE direction = 'incoming' "
                   "ORDER BY due_on, id LIMIT 100")
_FILTER_SQL = ("SELECT id, our_ref, their_ref, agreement_id, primary_basis, title, status, "
               "due_on, assigned_to FROM request WHERE direction = 'incoming' "
               "AND status = 'in-progress' ORDER BY due_on, id LIMIT 100")
_FILTER_COUNT_SQL = ("SELECT count(*) FROM request WHERE direction = 'incoming' "
                     "AND status = 'in-progress'")


def _list_calls(ctx: BenchContext, today: date):  # two callables
    """First page and filter change through the list service (or plain ORM if it is absent)."""
    try:
        from app.services.requests import listing as rl
    except ImportError:
        from sqlalchemy import func, select

        from app.store.models import Request

        def first():
            with ctx.desk.read() as s:
                return s.execute(select(Request).where(Request.direction == "incoming")
                                 .order_by(Request.due_on, Request.id).limit(100)).all()

        def filtered():
            with ctx.desk.read() as s:
                where = (Request.direction == "incoming", Request.status == "in-progress")
                s.execute(select(func.count()).select_from(Request).where(*where)).scalar()
                return s.execute(select(Request).where(*where)
                                 .order_by(Request.due_on, Request.id).limit(100)).all()

        return first, filtered, "ORM select (request_list absent)"
    plain = rl.ListFilter(group="incoming", today=today)
    chip = rl.ListFilter(group="incoming", statuses=("in-progress",), today=today)
    return (lambda: rl.page(ctx.desk, plain, "due"),
            lambda: (rl.count(ctx.desk, chip), rl.page(ctx.desk, chip, "due")),
            "app.services.requests.listing")


def _search_rows(ctx: BenchContext) -> list[Row]:
    from app.services.search.queries import fts_query, search, split_terms

    raw = ctx.raw_connection()
    with ctx.desk.read() as s:
        conn = s.connection()
        ref = conn.exec_driver_sql("SELECT our_ref FROM request WHERE id = "
                                   "(SELECT max(id) / 2 FROM request)").scalar() or "JC-US"
        ident = conn.exec_driver_sql("SELECT value FROM subject_identifier "
                                     "WHERE id_type = 'container' LIMIT 1").scalar() or "U"
    queries = (ref, ident, *QUERIES_LATIN, *QUERIES_JAPANESE)
    times: dict[str, float] = {}
    floors: dict[str, float] = {}
    for q in queries:
        times[q] = median_ms(lambda q=q: search(ctx.desk, q), n=7)
        sql, params = fts_query(split_terms(q), 50)
        floors[q] = median_ms(lambda sql=sql, params=params: raw.execute(sql, params).fetchall(), n=7)
    raw.close()
    slowest = max(times, key=times.get)
    return [
        Row(f"store: full-text search, median over {len(queries)} queries (Latin, Japanese, "
            "refs, identifiers)", round(statistics.median(times.values()), 2), "ms", 30,
            round(statistics.median(floors.values()), 2), "floor: the same FTS5 SQL, bare sqlcipher3"),
        Row(f"store: full-text search, slowest query ({slowest!r})", round(times[slowest], 2), "ms",
            None, round(floors[slowest], 2), "report only"),
    ]


_PEAK = textwrap.dedent("""
    def peak_kib():
        # VmHWM is the peak of this program's own memory map. ru_maxrss would also count the
        # benchmark parent's pages from before exec (Linux keeps it across execve).
        import resource
        try:
            with open("/proc/self/status") as fh:
                return int(next(l for l in fh if l.startswith("VmHWM")).split()[1])
        except (OSError, StopIteration):
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
""")
_RSS_CHILD = _PEAK + textwrap.dedent("""
    import os, resource, sys
    from datetime import date
    from app.services import open_desk
    desk = open_desk(os.environ["LIAISON_DESK_DATA_DIR"], passphrase=os.environ["LIAISON_DESK_PASSPHRASE"])
    try:
        from app.services.requests import listing as rl
        flt = rl.ListFilter(group="incoming", today=date.fromisoformat(sys.argv[1]))
        rl.count(desk, flt)
        rl.page(desk, flt, "due")
        rl.page(desk, flt, "due", offset=50000)
    except ImportError:
        from app.services.requests.commands import list_requests
        list_requests(desk, direction="in", limit=100)
    print(peak_kib())
""")
_RSS_FLOOR = _PEAK + textwrap.dedent("""
    import os, resource, sys, sqlcipher3
    conn = sqlcipher3.dbapi2.connect(sys.argv[2])
    conn.execute("PRAGMA key = \\"x'" + sys.argv[3] + "'\\"")
    conn.execute(sys.argv[4]).fetchall()
    print(peak_kib())
""")


def _rss_rows(ctx: BenchContext, today: date) -> list[Row]:
    env = ctx.subprocess_env()

    def child(code: str, *args: str) -> float:
        out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                             text=True, timeout=600, check=True).stdout
        return int(out.strip().splitlines()[-1]) / 1024  # KiB -> MiB

    app_mb = child(_RSS_CHILD, today.isoformat())
    floor_mb = child(_RSS_FLOOR, today.isoformat(), str(ctx.desk.db.path),
                     ctx.desk.db._key.hex(), _FIRST_PAGE_SQL)
    return [Row("store: peak RSS, process that opens the store and pages the request list",
                round(app_mb, 1), "MB", 250, round(floor_mb, 1),
                "floor: bare python + sqlcipher3 running the first-page query")]


def _verify_rows(ctx: BenchContext) -> list[Row]:
    from app.security import audit
    from app.services.admin.verify import verify_store
    from app.services.search.queries import index_problems

    with ctx.desk.read() as s:
        entries = s.connection().exec_driver_sql("SELECT count(*) FROM audit_entry").scalar()
    chain_s, _ = seconds(lambda: _chain(ctx, audit))
    verify_s, problems = seconds(lambda: verify_store(ctx.desk))
    index_s, stale = seconds(lambda: index_problems(ctx.desk))
    note = "clean" if not problems and not stale else f"PROBLEMS: {(problems + stale)[:2]}"
    return [
        Row(f"store: verify (integrity_check, audit chain of {entries:,} entries, document hashes)",
            round(verify_s, 1), "s", None, None, note),
        Row(f"store: audit chain walk alone ({entries:,} entries)", round(chain_s, 1), "s"),
        Row("store: search index consistency check (rebuild in temp, compare)", round(index_s, 1), "s"),
    ]


def _chain(ctx: BenchContext, audit) -> list[str]:  # the audit module
    with ctx.desk.read() as s:
        return audit.verify_chain(s)


def run(ctx: BenchContext) -> list[Row]:
    """Every store figure, as rows."""
    today = ctx.desk.today()
    raw = ctx.raw_connection()
    first, filtered, via = _list_calls(ctx, today)
    rows = [
        Row("store: request list, first page (incoming by due date, 100 rows)",
            round(median_ms(first, N), 2), "ms", 50,
            round(median_ms(lambda: raw.execute(_FIRST_PAGE_SQL).fetchall(), N), 2), f"via {via}"),
        Row("store: request list, filter change (status chip: count + first page)",
            round(median_ms(filtered, N), 2), "ms", 50,
            round(median_ms(lambda: (raw.execute(_FILTER_COUNT_SQL).fetchone(),
                                     raw.execute(_FILTER_SQL).fetchall()), N), 2), f"via {via}"),
    ]
    raw.close()
    rows += _search_rows(ctx)
    rows += _rss_rows(ctx, today)
    rows += _verify_rows(ctx)
    for key, label, unit in (("generate_seconds", "store: build the synthetic store (one time, cached)", "s"),
                             ("file_mb", "store: encrypted file size", "MB")):
        if key in ctx.info:
            rows.append(Row(label, ctx.info[key], unit, None, None, ctx.info.get("built", "")))
    return rows


if __name__ == "__main__":  # pragma: no cover - `python -m bench --only store` is the way in
    from bench.__main__ import main

    sys.exit(main(["--only", "bench.store", *sys.argv[1:]]))
