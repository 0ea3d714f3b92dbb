"""Deterministic synthetic data at scale: ``python -m tools.generate DATA_DIR`` and ``make bench``.

Requests, subjects (with names, identifiers, observations and request links), information
items and a long, valid audit chain, spread over ten years before an anchor date. Everything is
invented ("synthetic" in titles and notes). Rows go in with Core ``insert()`` executemany in large
batches inside ONE write transaction — not through the services, which would take hours at this
size — and the search index is rebuilt at the end. The same parameters and seed always give the
same store (refs, names, hashes), so a benchmark store can be cached by ``GenerateParams.key()``.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import random
import sys
import time as _time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from app.security import audit, state
from app.services.validation import ServiceError
from app.store import search_index
from app.store.db import Database
from app.store.models import (
    Agreement,
    AuditEntry,
    InformationItem,
    Observation,
    Outcome,
    RefCounter,
    Request,
    RequestSubject,
    StatusChange,
    Subject,
    SubjectIdentifier,
    SubjectName,
)
from app.store.portable import advance_sequences
from tools import synth_rows

GENERATOR_VERSION = 2  # 2: subject codes in the surveillance service's S-NNNN series
BATCH = 20_000
YEARS = 10
DEFAULT_ANCHOR = date(2026, 11, 20)


@dataclass(frozen=True)
class GenerateParams:
    """How much to generate; ``anchor`` is the last day of the ten years covered."""

    requests: int = 1_000
    subjects: int = 1_000
    audit: int = 10_000
    seed: int = 1
    anchor: date = DEFAULT_ANCHOR

    def key(self) -> str:
        """A short stable key of the generator version and parameters (for caches)."""
        raw = json.dumps({**asdict(self), "anchor": self.anchor.isoformat(),
                          "version": GENERATOR_VERSION}, sort_keys=True)
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def check(self) -> None:
        """Refuse impossible sizes with a one-line error naming the field."""
        for name in ("requests", "subjects", "audit"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10_000_000:
                raise ServiceError(name, "must be a whole number from 0 to 10,000,000")


@dataclass
class GenerateReport:
    """Row counts written and the time taken."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {"counts": dict(self.counts), "seconds": round(self.seconds, 1)}


def _batches(rows: Iterator[dict], size: int = BATCH) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(conn: Connection, model: type, rows: Iterator[dict]) -> int:
    n = 0
    for batch in _batches(rows):
        conn.execute(insert(model.__table__), batch)
        n += len(batch)
    return n


def _next_id(conn: Connection, model: type) -> int:
    return (conn.execute(select(func.max(model.__table__.c.id))).scalar() or 0) + 1


def generate(db: Database, params: GenerateParams,
             progress: Callable[[str], None] | None = None) -> GenerateReport:
    """Fill an empty store with synthetic data; refuses a store that has requests or subjects."""
    params.check()
    say = progress or (lambda _msg: None)
    started = _time.perf_counter()
    report = GenerateReport()
    with db.write() as session:
        conn = session.connection()
        for model, label in ((Request, "requests"), (Subject, "subjects")):
            have = conn.execute(select(func.count()).select_from(model.__table__)).scalar()
            if have:
                raise ServiceError("store", f"already holds {have} {label}; synthetic data goes "
                                   "only into a new, empty store")
        agreements = {k: (i, c) for k, i, c in conn.execute(
            select(Agreement.key, Agreement.id, Agreement.ref_prefix))}
        if not {"jp-us-1997", "jp-mx-2017"} <= set(agreements):
            raise ServiceError("store", "the built-in agreements jp-us-1997 and jp-mx-2017 are missing")
        partners = synth_rows.partner_administrations(conn)
        gen = synth_rows.RowMaker(random.Random(params.seed), params.anchor, agreements, partners)

        say(f"requests: {params.requests:,}")
        reqs = gen.requests(params.requests)
        report.counts["requests"] = _insert(conn, Request, iter(reqs))
        counters = gen.ref_counters(reqs)
        conn.execute(RefCounter.__table__.delete())
        if counters:
            conn.execute(insert(RefCounter.__table__), counters)
        report.counts["status_changes"] = _insert(
            conn, StatusChange, gen.status_changes(reqs, _next_id(conn, StatusChange)))
        report.counts["outcomes"] = _insert(conn, Outcome, gen.outcomes(reqs, _next_id(conn, Outcome)))

        say(f"subjects: {params.subjects:,}")
        subjects, names, idents, obs, links = gen.subjects(
            params.subjects, reqs, first_ids={m: _next_id(conn, m) for m in
                                              (Subject, SubjectName, SubjectIdentifier, Observation)})
        report.counts["subjects"] = _insert(conn, Subject, iter(subjects))
        if subjects:
            # Subject codes are one gapless series kept in ref_counter ("S", 0) by
            # app.services.surveillance.commands; new subjects continue after the generated ones.
            conn.execute(RefCounter.__table__.delete().where(RefCounter.prefix == "S"))
            conn.execute(insert(RefCounter.__table__), [{"prefix": "S", "year": 0,
                                                        "last": subjects[-1]["id"]}])
        report.counts["subject_names"] = _insert(conn, SubjectName, iter(names))
        report.counts["subject_identifiers"] = _insert(conn, SubjectIdentifier, iter(idents))
        report.counts["observations"] = _insert(conn, Observation, iter(obs))
        report.counts["request_subjects"] = _insert(conn, RequestSubject, iter(links))
        first_item = _next_id(conn, InformationItem)
        report.counts["information_items"] = _insert(
            conn, InformationItem, gen.information(reqs, params.requests // 10, first_item))
        del subjects, names, idents, obs, links

        say(f"audit entries: {params.audit:,}")
        report.counts["audit_entries"] = _insert(conn, AuditEntry, _audit_rows(conn, gen, reqs, params))
        say("audit seal")
        # The rows went in around the services: one entry binds them all, per table, as the
        # seal of a store from before state binding does (app.security.state).
        tables = state.seal(conn)
        audit.append(session, actor="tools.generate", action="store.seal", entity_type="store",
                     entity_id=None, change={"synthetic": True, "tables": len(tables)},
                     state={"tables": tables})
        say("search index")
        report.counts["search_index_rows"] = search_index.rebuild_connection(conn)
        advance_sequences(conn)  # rows went in with their ids: the desk's next ones follow them
        conn.exec_driver_sql("ANALYZE")
    report.seconds = _time.perf_counter() - started
    return report


def _audit_rows(conn: Connection, gen: synth_rows.RowMaker, reqs: list[dict],
                params: GenerateParams) -> Iterator[dict]:
    """A valid hash chain continuing the store's own: times ascending over the ten years."""
    rng = random.Random(params.seed * 7919 + 1)
    prev = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = prev or audit.GENESIS
    start = datetime.combine(params.anchor - timedelta(days=365 * YEARS), time(0), tzinfo=UTC)
    span = 365 * YEARS * 86400
    offsets = sorted(rng.randrange(span) for _ in range(params.audit))
    created = [r["created_at"] for r in reqs]  # requests are in time order
    refs = [r["our_ref"] for r in reqs]
    actions = synth_rows.AUDIT_ACTIONS
    for n, secs in enumerate(offsets):
        at = start + timedelta(seconds=secs, microseconds=rng.randrange(10**6))
        k = bisect.bisect_right(created, at)
        action, etype = actions[rng.randrange(len(actions))]
        if k and etype == "request":
            eid = refs[rng.randrange(max(0, k - 2000), k)]  # mostly recent requests
        else:
            etype, eid = "store", None
            action = "store.backup"
        detail = audit.canonical_json({"synthetic": True, "n": n})
        digest = hashlib.sha256(detail.encode("utf-8")).hexdigest()
        actor = synth_rows.OFFICER_CYCLE[n % len(synth_rows.OFFICER_CYCLE)]
        h = audit.entry_hash(prev, at, actor, action, etype, eid, digest)
        yield {"at": at, "actor": actor, "action": action, "entity_type": etype, "entity_id": eid,
               "detail": detail, "digest": digest, "prev_hash": prev, "hash": h}
        prev = h


def main(argv: list[str] | None = None) -> int:
    """``python -m tools.generate DATA_DIR [--requests N ...]``: fill a new store (created when
    the folder holds none; passphrase from ``LIAISON_DESK_PASSPHRASE``, else the OS keyring).
    Exit 2 with one line naming the field for bad input or a store that already holds data."""
    p = argparse.ArgumentParser(prog="python -m tools.generate",
                                description="fill a new store with deterministic synthetic data")
    p.add_argument("data_dir", type=Path, help="folder of the store (created if it holds none)")
    p.add_argument("--requests", type=int, default=1_000, metavar="N", help="requests to make (default 1000)")
    p.add_argument("--subjects", type=int, default=1_000, metavar="N",
                   help="surveillance subjects to make (default 1000)")
    p.add_argument("--audit", type=int, default=10_000, metavar="N", help="audit entries to make (default 10000)")
    p.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same data")
    p.add_argument("--anchor", help="last day of the ten years covered (YYYY-MM-DD; default today)")
    args = p.parse_args(argv)
    try:
        anchor = date.fromisoformat(args.anchor) if args.anchor else date.today()
    except ValueError:
        p.error(f"anchor: {args.anchor!r} is not a date (YYYY-MM-DD)")
    params = GenerateParams(requests=args.requests, subjects=args.subjects, audit=args.audit,
                            seed=args.seed, anchor=anchor)
    try:
        params.check()  # before a store is created for nothing
        desk = _open_or_create(args.data_dir)
        try:
            report = generate(desk.db, params, progress=lambda msg: print(msg, file=sys.stderr))
        finally:
            desk.db.close()
    except ServiceError as exc:
        print(f"python -m tools.generate: {exc}", file=sys.stderr)
        return 2
    counts = ", ".join(f"{k} {v:,}" for k, v in report.counts.items())
    print(f"synthetic data written in {report.seconds:.1f} s: {counts}")
    return 0


def _open_or_create(data_dir: Path):  # returns a Desk
    from app.cli.common import open_from_args, passphrase_for
    from app.services import init_store

    if Database.exists(data_dir):
        return open_from_args(argparse.Namespace(data_dir=str(data_dir)))
    desk = init_store(data_dir, passphrase=passphrase_for(prompt=False))
    print(f"created {desk.db.path} (key kept in: {desk.db.key_info.method})", file=sys.stderr)
    return desk


if __name__ == "__main__":
    sys.exit(main())
