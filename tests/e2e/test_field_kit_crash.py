"""Crash safety of a field return's merge: a merge killed with SIGKILL at a random moment leaves
the desk as it was before the merge or fully merged, never in between, and ``verify`` clean.

Each round copies the desk as it was before the merge, forks a merger from a warm launcher (see
tests/e2e/test_crash_safety.py for the harness this follows) and kills it at a seeded random
moment within the time a whole merge takes. Rounds: ``LIAISON_DESK_KIT_CRASH_ROUNDS`` (default 20).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.security import audit, keys
from app.services.admin.verify import verify_store
from app.services.context import Desk
from app.store.db import Database
from app.store.models import AuditEntry, Document, FieldKit, Observation
from bench.kit import KIT_PASSPHRASE, STORE_PASSPHRASE, field_scenario

ROOT = Path(__file__).resolve().parents[2]

LAUNCHER = r"""
import os, sys
from pathlib import Path
from app.security import keys
from app.services import open_desk
from app.services.kit import merge

ret, passphrase, kit_passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
import app.store.models, app.services.surveillance.watchlist  # warm before the forks
for line in sys.stdin:
    data_dir = line.strip()
    if data_dir == "quit":
        break
    key = keys.unlock_key(keys.read_keyinfo(Path(data_dir)), passphrase)
    pid = os.fork()
    if pid == 0:
        try:
            desk = open_desk(data_dir, key=key, actor="crash-merger")
            print("merging", flush=True)
            merge.merge_return(desk, ret, kit_passphrase)
            print("merged", flush=True)
        finally:
            os._exit(0)
    print(f"child {pid}", flush=True)
    os.waitpid(pid, 0)
    print(f"reaped {pid}", flush=True)
"""


def _state(data_dir: Path, key: bytes) -> tuple[int, int, int, int]:
    """(observations, documents, kit merges recorded, returns merged), after checking the store
    is whole: integrity, the audit chain, document hashes (``verify``)."""
    db = Database.open(data_dir, migrate=False, key=key)
    try:
        assert verify_store(Desk(db, "checker")) == []
        with db.read() as s:
            assert audit.verify_chain(s) == []
            return (s.execute(select(func.count(Observation.id))).scalar() or 0,
                    s.execute(select(func.count(Document.id))).scalar() or 0,
                    s.execute(select(func.count(AuditEntry.id)).where(
                        AuditEntry.action == "kit.merge")).scalar() or 0,
                    s.execute(select(FieldKit.last_return)).scalar() or 0)
    finally:
        db.close()


@pytest.mark.slow
def test_sigkill_during_a_merge_leaves_the_desk_as_before_or_fully_merged(tmp_path: Path):
    sc = field_scenario(tmp_path / "scenario", subjects=3, observations=300, photos=3,
                        photo_bytes=1024 * 1024)
    pristine = sc.desk_dir
    key = keys.unlock_key(keys.read_keyinfo(pristine), STORE_PASSPHRASE)
    before = _state(pristine, key)
    assert before[3] == 0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(sc.return_file), STORE_PASSPHRASE,
                             KIT_PASSPHRASE], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, bufsize=1)

    def one(target: Path, kill_after: float | None) -> float:
        """Merge into ``target``; kill ``kill_after`` seconds after the merge began (None: let
        it finish). Returns how long the merger ran."""
        shutil.copytree(pristine, target)
        proc.stdin.write(f"{target}\n")
        proc.stdin.flush()
        pid = started = None
        while True:
            line = proc.stdout.readline().strip()
            assert line, "the launcher stopped"
            if line.startswith("child "):
                pid = int(line.split()[1])
            elif line == "merging":
                started = time.monotonic()
                if kill_after is not None:
                    time.sleep(kill_after)
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:  # finished and reaped already
                        pass
            elif line.startswith("reaped "):
                assert started is not None, "the merger never began"
                return time.monotonic() - started

    try:
        whole = one(tmp_path / "whole", None)
        merged = _state(tmp_path / "whole", key)
        assert merged[0] == before[0] + sc.observations and merged[3] == 1
        rng = random.Random(20261207)
        rounds = int(os.environ.get("LIAISON_DESK_KIT_CRASH_ROUNDS", "20"))
        outcomes = []
        for n in range(rounds):
            target = tmp_path / f"round-{n}"
            one(target, rng.uniform(0.0, whole))
            got = _state(target, key)
            assert got in (before, merged), f"round {n}: half a merge {got}"
            outcomes.append(got == merged)
            shutil.rmtree(target)
    finally:
        proc.stdin.write("quit\n")
        proc.stdin.close()
        proc.wait(timeout=30)
    assert not all(outcomes), "every kill landed after the merge: the test proved nothing"
