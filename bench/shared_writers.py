"""Several officers writing to one shared PostgreSQL desk at once: ``WRITERS`` processes each
register ``EACH`` new incoming requests (invented), all started together. Afterwards every
reference must be unique and the series gapless, the audit chain intact, every request there
(0 lost writes) and no writer may have met an error.

``python -m bench.shared_writers`` prints the figures; ``make bench`` runs it with the other
modules (on a private server started in a temporary folder, ``tests/pg_server.py``); the test
suite runs a smaller round (tests/unit/store/test_shared_server.py).
"""

from __future__ import annotations

import multiprocessing
import re
import time
from dataclasses import dataclass, field

WRITERS = 10
EACH = 200


def _write(url: str, worker: int, count: int, start_at: float) -> tuple[int, list[str]]:
    """One officer's process: ``count`` new requests on the desk at ``url``; (done, errors)."""
    from app.services.context import Desk
    from app.services.requests.commands import register_incoming
    from app.store.db import Database

    desk = Desk(Database.open_url(url), f"Writer {worker}")
    done, errors = 0, []
    while time.time() < start_at:  # every process starts writing at the same moment
        time.sleep(0.005)
    try:
        for i in range(count):
            try:
                register_incoming(desk, "jp-us-1997", {
                    "title": f"Invented concurrent request {worker}-{i}",
                    "bases": ["4.1(a)(i)"]})
                done += 1
            except Exception as exc:  # counted and reported, never hidden
                errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
    finally:
        desk.db.close()
    return done, errors


@dataclass
class Outcome:
    """What the round left behind."""

    seconds: float
    written: int
    stored: int
    errors: list[str] = field(default_factory=list)
    duplicate_refs: int = 0
    gaps: list[str] = field(default_factory=list)
    chain_problems: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        """Writes a writer saw succeed that are not in the store."""
        return self.written - self.stored


def run_writers(url: str, writers: int = WRITERS, each: int = EACH) -> Outcome:
    """Run the round against the (migrated, agreements installed) desk at ``url``."""
    from sqlalchemy import select

    from app.security.audit import verify_chain
    from app.services.context import Desk
    from app.store.db import Database
    from app.store.models import Request

    ctx = multiprocessing.get_context("spawn")
    start_at = time.time() + 3.0  # time for every process to import and connect
    with ctx.Pool(writers) as pool:
        jobs = [pool.apply_async(_write, (url, w, each, start_at)) for w in range(writers)]
        results = [job.get(timeout=900) for job in jobs]
    seconds = time.time() - start_at
    desk = Desk(Database.open_url(url), "Checker")
    try:
        with desk.read() as s:
            refs = list(s.execute(select(Request.our_ref)).scalars())
            problems = verify_chain(s)
    finally:
        desk.db.close()
    outcome = Outcome(seconds, sum(d for d, _ in results), len(refs),
                      [e for _, errs in results for e in errs], chain_problems=problems)
    outcome.duplicate_refs = len(refs) - len(set(refs))
    series: dict[str, list[int]] = {}
    for ref in refs:
        m = re.fullmatch(r"(.*)-(\d+)", ref)
        if m:
            series.setdefault(m.group(1), []).append(int(m.group(2)))
    for prefix, numbers in series.items():
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            outcome.gaps.append(prefix)
    return outcome


def run() -> list[dict]:
    """The bench's figures, on a private server of its own."""
    from sqlalchemy import text

    from app.services.agreements.catalogue import install_builtin_agreements
    from app.services.context import Desk
    from app.store.db import Database
    from tests import pg_server

    server = pg_server.start()
    try:
        with server.admin() as conn:
            conn.execute("CREATE DATABASE bench_writers")
        url = server.url("bench_writers")
        desk = Desk(Database.open_url(url), "Bench")
        with desk.unit_of_work("store.init", "store") as (s, note):
            note.change = {"agreements": install_builtin_agreements(s)}
            s.execute(text("SELECT 1"))
        desk.db.close()
        out = run_writers(url)
    finally:
        server.stop()
    label = f"shared server: {WRITERS} writer processes x {EACH} new requests"
    return [
        {"figure": f"{label}, wall time", "value": round(out.seconds, 1), "budget": None, "unit": "s"},
        {"figure": f"{label}: lost writes", "value": out.lost, "budget": 0, "unit": "count"},
        {"figure": f"{label}: unexpected errors", "value": len(out.errors), "budget": 0, "unit": "count"},
        {"figure": f"{label}: duplicate references", "value": out.duplicate_refs, "budget": 0,
         "unit": "count"},
        {"figure": f"{label}: reference series with a gap", "value": len(out.gaps), "budget": 0,
         "unit": "count"},
        {"figure": f"{label}: audit chain problems", "value": len(out.chain_problems), "budget": 0,
         "unit": "count"},
    ]


if __name__ == "__main__":
    for row in run():
        budget = "" if row["budget"] is None else f"  (budget {row['budget']})"
        print(f"{row['figure']}: {row['value']} {row['unit']}{budget}")
