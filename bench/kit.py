"""Field kits (docs/field-kit.md): preparing a kit of 1,000 records, and merging a return of
1,000 observations with 200 MB of photos, in flat memory (the photos are streamed).

``field_scenario`` builds the stores these figures (and the crash test,
tests/e2e/test_field_kit_crash.py) start from: a desk with invented requests and subjects, a kit
of them opened as a field desk, observations and photos recorded there, and the return written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

KIT_PASSPHRASE = "bench kit passphrase (synthetic data only)"
STORE_PASSPHRASE = "bench field store (synthetic data only)"
PREPARE_BUDGET_S = 5.0
MERGE_BUDGET_S = 10.0
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Scenario:
    """The desk (before the merge), the return file and what the return holds."""

    desk_dir: Path
    return_file: Path
    observations: int
    photo_bytes: int
    prepare_seconds: float
    kit_records: int


def _desk(desk_dir: Path, subjects: int):  # -> Desk
    from app.services import init_store
    from app.services.requests import commands as rq
    from app.services.surveillance import commands as sv

    desk = init_store(desk_dir, method="passphrase", passphrase=STORE_PASSPHRASE, actor="bench")
    desk.clock = lambda: datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    fields = {"title": "Synthetic surveillance request (invented)", "bases": ["4.2(c)"],
              "requesting_administration": "Synthetic administration (invented)",
              "object_and_reason": "Surveillance of synthetic vessels (invented)"}
    ref = rq.register_incoming(desk, "jp-us-1997", fields).our_ref
    codes = []
    for i in range(subjects):
        codes.append(sv.add_subject(desk, {
            "kind": "transport", "subkind": "vessel", "display_name": f"SYNTHETIC MARU {i} (invented)",
            "names": [f"SYNTHETIC MARU {i}"], "requests": [ref], "period_start": "2026-12-01",
            "period_end": "2027-03-01"}).code)
    return desk, ref, codes


def field_scenario(workdir: Path, *, subjects: int = 5, observations: int = 100,
                   photos: int = 4, photo_bytes: int = 512 * 1024) -> Scenario:
    """Build the stores in ``workdir`` (see the module docstring); the desk is closed."""
    from app.services.kit.field import open_kit, write_return
    from app.services.kit.prepare import prepare_kit
    from app.services.surveillance import observations as ob

    desk, ref, codes = _desk(workdir / "desk", subjects)
    kit = workdir / "field.kit"
    started = time.perf_counter()
    summary = prepare_kit(desk, kit, KIT_PASSPHRASE, requests=[ref], label="bench (synthetic)")
    prepare_s = time.perf_counter() - started
    desk.db.close()
    field = open_kit(kit, workdir / "field", KIT_PASSPHRASE, actor="field officer",
                     store_passphrase=STORE_PASSPHRASE).desk
    field.clock = lambda: datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    _observe(field, codes, observations)
    rng = os.urandom
    for i in range(photos):  # incompressible, like a JPEG
        ob.attach_file(field, codes[i % len(codes)], f"photo-{i:04d}.jpg", rng(photo_bytes),
                       mime="image/jpeg")
    ret = workdir / "field.return"
    write_return(field, ret, KIT_PASSPHRASE)
    field.db.close()
    return Scenario(workdir / "desk", ret, observations, photos * photo_bytes, prepare_s,
                    sum(summary.counts.values()))


def _observe(field, codes: list[str], n: int) -> None:
    """``n`` observations in one transaction per hundred (a day's work, quickly)."""
    from sqlalchemy import select

    from app.store.models import Observation, Subject

    t0 = datetime(2026, 12, 7, 0, 0, tzinfo=UTC)
    with field.db.write() as s:  # synthetic bulk: the service's checks add nothing here
        ids = dict(s.execute(select(Subject.code, Subject.id)).all())
        for i in range(n):
            s.add(Observation(subject_id=ids[codes[i % len(codes)]], observed_at=t0 + timedelta(seconds=i),
                              place="Yokohama (synthetic)", event="sighted",
                              text=f"Synthetic sighting {i} (invented)", actor="field officer",
                              created_at=t0))


_MERGE = r"""
import sys, time, tracemalloc
from app.services import open_desk
from app.services.kit.merge import merge_return
desk = open_desk(sys.argv[1], passphrase=sys.argv[3], actor="bench")
trace = sys.argv[5] == "trace"
if trace:
    tracemalloc.start()
started = time.perf_counter()
report = merge_return(desk, sys.argv[2], sys.argv[4])
seconds = time.perf_counter() - started
peak = tracemalloc.get_traced_memory()[1] if trace else 0
print(seconds, peak, report.added.get("observation", 0), report.added.get("document", 0))
"""


def merge_in_child(sc: Scenario, desk_dir: Path | None = None, *,
                   trace: bool = False) -> tuple[float, float, int, int]:
    """Merge the scenario's return into ``desk_dir`` (default: the scenario's desk) in a fresh
    process: (seconds, the Python heap's peak in MiB during the merge when ``trace``, else 0,
    observations added, documents added)."""
    out = subprocess.run([sys.executable, "-c", _MERGE, str(desk_dir or sc.desk_dir),
                          str(sc.return_file), STORE_PASSPHRASE, KIT_PASSPHRASE,
                          "trace" if trace else "time"], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True)
    seconds, peak, obs, docs = out.stdout.split()
    return float(seconds), int(peak) / 2**20, int(obs), int(docs)


def run() -> list[dict]:
    """Rows: kit prepare of 1,000 records; merge of 1,000 observations + 200 MB of photos."""
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="ld-bench-kit-") as tmp:
        sc = field_scenario(Path(tmp), subjects=333, observations=1000, photos=100,
                            photo_bytes=2 * 1024 * 1024)
        rows.append({"figure": f"kit prepare: {sc.kit_records:,} records", "unit": "s",
                     "value": round(sc.prepare_seconds, 2), "budget": PREPARE_BUDGET_S,
                     "floor": None, "note": "one request, its subjects, names, links; "
                     "encrypted (scrypt N=2^17) and signed"})
        traced = Path(tmp) / "desk-traced"
        shutil.copytree(sc.desk_dir, traced)  # the same merge again, measured for memory
        seconds, _, obs, docs = merge_in_child(sc)
        _, peak, _, _ = merge_in_child(sc, traced, trace=True)
        rows.append({"figure": f"kit merge: {obs:,} observations + {docs} photos "
                     f"({sc.photo_bytes / 2**20:.0f} MiB)", "unit": "s", "value": round(seconds, 2),
                     "budget": MERGE_BUDGET_S, "floor": None,
                     "note": f"Python heap peak {peak:.0f} MiB during the merge (tracemalloc, "
                     "another run): photos streamed one at a time"})
        shutil.rmtree(tmp, ignore_errors=True)
    return rows
