"""CLI whole-process figures: ``liaison-desk search WORD``, ``show REF`` and ``requests --limit 50``
on the bench store, each against a floor script doing the same work with the least machinery.

Both sides run in fresh processes, launch to exit, with the passphrase in
``LIAISON_DESK_PASSPHRASE``: the product derives the key from ``keyinfo.json`` as it always does,
and so does the floor, which calls ``hashlib.scrypt`` with the parameters of that file itself
(no app code), opens the store with sqlcipher3, runs the same SQL and prints the rows. Runs are
interleaved (product, floor, product, floor...) so one busy moment hits both alike; the figure is
the median. Budget: 3x the floor (the "Structure" issue: CLI whole-process budget).
"""

from __future__ import annotations

import compileall
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.common import BenchContext, Row

RUNS = 7
RATIO = 3.0
SEARCH_WORD = "Tanaka"
ROOT = Path(__file__).resolve().parents[1]

# The floor's common part: the key from keyinfo.json (same KDF and parameters as
# app/security/keys.py derive_key, called directly) and a keyed sqlcipher3 connection.
_FLOOR_HEAD = """
import base64, hashlib, json, os, sqlcipher3
data_dir = os.environ["LIAISON_DESK_DATA_DIR"]
with open(os.path.join(data_dir, "keyinfo.json"), encoding="utf-8") as fh:
    info = json.load(fh)
key = hashlib.scrypt(os.environ["LIAISON_DESK_PASSPHRASE"].encode("utf-8"),
                     salt=base64.b64decode(info["salt"]), n=info["n"], r=info["r"], p=info["p"],
                     dklen=32, maxmem=128 * info["r"] * info["n"] + 16 * 1024 * 1024)
conn = sqlcipher3.connect(os.path.join(data_dir, "desk.db"))
conn.execute("PRAGMA key = \\"x'" + key.hex() + "'\\"")
"""

_FLOOR_REQUESTS = _FLOOR_HEAD + """
for row in conn.execute("SELECT our_ref, direction, status, bases, due_on, title FROM request "
                        "ORDER BY id DESC LIMIT 50"):
    print(*row)
"""

_FLOOR_SHOW = _FLOOR_HEAD + """
import sys
row = conn.execute("SELECT * FROM request WHERE our_ref = ?", (sys.argv[1],)).fetchone()
print(*row)
print(*conn.execute("SELECT short_title FROM agreement WHERE id = ?", (row[4],)).fetchone())
for h in conn.execute("SELECT at, actor, from_status, to_status, reason FROM status_change "
                      "WHERE request_id = ? ORDER BY id", (row[0],)):
    print(*h)
"""

# The search floor runs the product's own FTS statement (app.services.search.queries.fts_query,
# passed in as text): the index look-up itself, without the labels of the hits.
_FLOOR_SEARCH = _FLOOR_HEAD + """
import json, sys
sql, params = json.loads(sys.argv[1])
for row in conn.execute(sql, params):
    print(*row)
"""


# Yardsticks for the requests figure (report only): the same 50 rows through SQLAlchemy, with no
# app service, view or parser: what any CLI on this stack pays before it does the officer's work.
_FLOOR_CONNECT_ENGINE = """
from sqlalchemy import create_engine, event
engine = create_engine("sqlite:///" + os.path.join(data_dir, "desk.db"), module=sqlcipher3.dbapi2)
@event.listens_for(engine, "connect")
def _key(dbapi_conn, _record):
    dbapi_conn.execute("PRAGMA key = \\"x'" + key.hex() + "'\\"")
"""

_CORE_REQUESTS = _FLOOR_HEAD.split("conn = ")[0] + _FLOOR_CONNECT_ENGINE + """
from sqlalchemy import text
with engine.connect() as conn:
    for row in conn.execute(text("SELECT our_ref, direction, status, bases, due_on, title "
                                 "FROM request ORDER BY id DESC LIMIT 50")):
        print(*row)
"""

_ORM_REQUESTS = _FLOOR_HEAD.split("conn = ")[0] + _FLOOR_CONNECT_ENGINE + """
from sqlalchemy import select
from sqlalchemy.orm import Session
from app.store.models import Request
with Session(engine) as session:
    for r in session.execute(select(Request).order_by(Request.id.desc()).limit(50)).scalars():
        print(r.our_ref, r.direction, r.status, r.bases, r.due_on, r.title)
"""


def _product_command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m app.cli``."""
    script = Path(sys.executable).with_name("liaison-desk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]


def _cpu_of_children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (used.ru_utime + used.ru_stime) * 1000


def _process_ms(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one fresh process, launch to exit, in ms; it
    must exit 0 and print. The CPU time is the steadier figure on a busy machine."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        cpu0, t0 = _cpu_of_children(), time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=err, cwd=str(ROOT))
        # A blocking wait, with a watchdog: ``subprocess.run(timeout=...)`` polls the child
        # with sleeps of up to 50 ms, which rounded every wall time up to a 50 ms step.
        watchdog = threading.Timer(300, proc.kill)
        watchdog.start()
        try:
            proc.wait()
        finally:
            watchdog.cancel()
        elapsed = (time.perf_counter() - t0) * 1000
        cpu = _cpu_of_children() - cpu0
        out.seek(0)
        printed = out.read()
        err.seek(0)
        problem = err.read().decode("utf-8", "replace").strip().splitlines()[-1:]
    if proc.returncode != 0 or not printed:
        raise RuntimeError(f"{' '.join(argv[-3:])}: exit {proc.returncode} {problem}")
    return elapsed, cpu


def _sample_ref(ctx: BenchContext) -> str:
    """A request of the store to show: the newest one (its history included)."""
    raw = ctx.raw_connection()
    try:
        return raw.execute("SELECT our_ref FROM request ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        raw.close()


def run(ctx: BenchContext) -> list[Row]:
    """The three CLI figures against their floors."""
    import json

    from app.services.search.queries import fts_query, split_terms

    # Our modules' bytecode, as an installed copy has it (bench/ui.py does the same).
    for package in ("app", "ui"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    env = ctx.subprocess_env()
    env.pop("LIAISON_DESK_DATABASE_URL", None)
    env.pop("NO_COLOR", None)
    product = _product_command()
    data = ["--data-dir", str(ctx.data_dir)]
    ref = _sample_ref(ctx)
    search_sql = json.dumps(fts_query(split_terms(SEARCH_WORD), 50))
    with tempfile.TemporaryDirectory(prefix="liaison-bench-cli-") as tmp:
        floors = {}
        for name, code in (("search", _FLOOR_SEARCH), ("show", _FLOOR_SHOW),
                           ("requests", _FLOOR_REQUESTS), ("core", _CORE_REQUESTS),
                           ("orm", _ORM_REQUESTS)):
            floors[name] = Path(tmp) / f"floor_{name}.py"
            floors[name].write_text(code, encoding="utf-8")
        cases = [
            (f"CLI whole process: search {SEARCH_WORD}", product + ["search", SEARCH_WORD] + data,
             [sys.executable, str(floors["search"]), search_sql],
             "floor: the same FTS5 statement (fts_query), no hit labels"),
            ("CLI whole process: show REF", product + ["show", ref] + data,
             [sys.executable, str(floors["show"]), ref],
             f"REF = {ref}; floor: the request row, its agreement's name, its status changes"),
            ("CLI whole process: requests --limit 50", product + ["requests", "--limit", "50"] + data,
             [sys.executable, str(floors["requests"])],
             "floor: the 50 newest request rows, the printed columns"),
        ]
        yardsticks = [
            ("yardstick: 50 request rows via SQLAlchemy Core (text SQL)",
             [sys.executable, str(floors["core"])], "create_engine + one text() statement"),
            ("yardstick: 50 request rows via SQLAlchemy ORM + the app's models",
             [sys.executable, str(floors["orm"])],
             "app.store.models imported, mappers configured, one select(Request)"),
        ]
        rows = []
        for figure, ours_argv, floor_argv, what in cases + [
                (f, a, [sys.executable, str(floors["requests"])], w) for f, a, w in yardsticks]:
            ours, floor = [], []
            for _ in range(RUNS):  # interleaved: one busy moment hits both alike
                ours.append(_process_ms(ours_argv, env))
                floor.append(_process_ms(floor_argv, env))
            o, f = (statistics.median(t[0] for t in ours), statistics.median(t[0] for t in floor))
            oc, fc = (statistics.median(t[1] for t in ours), statistics.median(t[1] for t in floor))
            budget = None if figure.startswith("yardstick") else round(RATIO * f, 1)
            rows.append(Row(figure, round(o, 1), "ms", budget, round(f, 1),
                            note=f"CPU time (user+sys) {oc:.0f} ms vs floor {fc:.0f} ms "
                                 f"({oc / fc:.1f}x); wall: fresh processes, launch to exit, "
                                 f"median of {RUNS}, "
                                 f"interleaved; both derive the key (scrypt, keyinfo.json) from "
                                 f"LIAISON_DESK_PASSPHRASE; {what}"
                                 + ("" if budget is None else
                                    f"; budget {RATIO:g}x floor (CLI whole-process budget)")))
    return rows


if __name__ == "__main__":  # ``python -m bench.cli``: these rows only, on the cached store
    from bench.__main__ import main

    sys.exit(main(["--only", "bench.cli", "--no-write", *sys.argv[1:]]))
