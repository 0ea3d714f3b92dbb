"""Crash safety: a writer killed with SIGKILL at random moments never leaves half a change.

A launcher subprocess (the script below) imports the app once; each round it forks a writer that
opens the store and creates and acknowledges requests in a loop, printing ``committed ...`` after
each service call returns. The test kills the writer at a seeded random moment, then checks the
store: SQLite integrity, the audit chain, every reported commit present, nothing half-present.
Forking from a warm launcher keeps a round at a fraction of a second (a cold interpreter start
costs about one). Rounds: ``LIAISON_DESK_CRASH_ROUNDS`` (default 100; ``make soak`` runs 500).
"""

from __future__ import annotations

import os
import random
import select as select_mod
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.security import audit, keys
from app.store.db import Database
from app.store.models import AuditEntry, Request, StatusChange

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]

LAUNCHER = r"""
import os, sys
from pathlib import Path
from app.security import keys
from app.services import open_desk
from app.services.requests import commands as rq

data_dir, passphrase = sys.argv[1], sys.argv[2]
# The key is derived once (scrypt costs ~50 ms a round otherwise); each writer still opens the
# store afresh after the last one was killed, and the key is checked against the key file.
key = keys.unlock_key(keys.read_keyinfo(Path(data_dir)), passphrase)
# Warm the pure, lazily loaded parts (watch-list name readings, holiday calendars) once here,
# so each forked writer starts writing at once. No store is opened before the fork.
import datetime
import app.services.surveillance.watchlist
from app.treaty import clocks
for country in ("JP", "US"):
    clocks.add_business_days(datetime.date(2026, 11, 20), 20, country, label="warm-up")
FIELDS = {
    "their_ref": "CRASH-TEST (invented)", "title": "Invented request for the crash test",
    "bases": ["4.1(a)(i)"], "requesting_administration": "Invented administration",
    "nature_of_proceedings": "Invented", "object_and_reason": "Invented object and reason",
    "parties_concerned": "Invented party", "description_and_legal_elements": "Invented facts",
}

def write_forever():
    desk = open_desk(data_dir, key=key, actor="crash-writer")
    while True:
        ref = rq.register_incoming(desk, "jp-us-1997", FIELDS).our_ref
        print(f"committed {ref} received", flush=True)
        rq.transition(desk, ref, "acknowledged")
        print(f"committed {ref} acknowledged", flush=True)

for line in sys.stdin:
    if line.strip() == "quit":
        break
    pid = os.fork()
    if pid == 0:
        try:
            write_forever()
        finally:
            os._exit(70)  # only reached on an error: the test sees no progress
    print(f"child {pid}", flush=True)
    os.waitpid(pid, 0)
    print(f"reaped {pid}", flush=True)
"""


class Launcher:
    """The launcher subprocess and its line-oriented stdout."""

    def __init__(self, data_dir: Path):
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(data_dir), PASS], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.buffer = ""

    def lines_until(self, deadline: float):  # generator of lines
        """Yield stdout lines until ``deadline`` (monotonic)."""
        fd = self.proc.stdout.fileno()
        while True:
            while "\n" in self.buffer:
                line, self.buffer = self.buffer.split("\n", 1)
                yield line
            left = deadline - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select_mod.select([fd], [], [], left)
            if not ready:
                return
            chunk = os.read(fd, 65536).decode()
            if not chunk:
                return
            self.buffer += chunk

    def round(self, kill_after: float, committed: dict[str, str]) -> None:
        """Start a writer, kill it ``kill_after`` seconds after its first commit, reap it."""
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        pid, started, deadline = None, None, time.monotonic() + 30
        for line in self.lines_until(deadline):
            if line.startswith("child "):
                pid = int(line.split()[1])
            elif line.startswith("committed "):
                _, ref, state = line.split()
                committed[ref] = state
                if started is None:
                    started = time.monotonic()
            if pid and started is not None and time.monotonic() - started >= kill_after:
                break
            if pid and started is not None:
                # Keep reading with a short deadline so the kill lands on time.
                deadline = started + kill_after
        assert pid is not None, "launcher did not start a writer"
        assert started is not None, "writer made no progress (crashed on its own?)"
        os.kill(pid, signal.SIGKILL)
        for line in self.lines_until(time.monotonic() + 30):
            if line.startswith("committed "):  # printed before the kill landed
                _, ref, state = line.split()
                committed[ref] = state
            if line == f"reaped {pid}":
                return
        raise AssertionError("writer was not reaped")

    def close(self) -> None:
        """Ask the launcher to stop; kill it if it does not."""
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except Exception:  # cleanup must not mask the test's own failure
            self.proc.kill()


def check_store(data_dir: Path, committed: dict[str, str], key: bytes | None = None) -> int:
    """Every invariant a crash must not break; returns the number of requests. ``key``: the
    store key, when already derived from the passphrase."""
    db = Database.open(data_dir, passphrase=PASS, migrate=False, key=key)
    try:
        assert db.integrity_problems() == []
        with db.read() as s:
            assert audit.verify_chain(s) == []
            reqs = {r.our_ref: r.status for r in s.execute(select(Request)).scalars()}
            for ref, state in committed.items():
                assert ref in reqs, f"{ref} was reported committed but is missing"
                if state == "acknowledged":
                    assert reqs[ref] == "acknowledged", f"{ref} lost its reported transition"
            # No half-present changes: each request has its creation record and audit entry,
            # each status change beyond creation its audit entry.
            created = s.execute(select(func.count(StatusChange.id)).where(
                StatusChange.reason == "created")).scalar()
            registered = s.execute(select(func.count(AuditEntry.id)).where(
                AuditEntry.action == "request.register_incoming")).scalar()
            acks = s.execute(select(func.count(StatusChange.id)).where(
                StatusChange.to_status == "acknowledged")).scalar()
            ack_entries = s.execute(select(func.count(AuditEntry.id)).where(
                AuditEntry.action == "request.acknowledged")).scalar()
            acked_rows = sum(1 for st in reqs.values() if st == "acknowledged")
            assert created == registered == len(reqs)
            assert acks == ack_entries == acked_rows
            # Gapless references survive the kills.
            seqs = sorted(int(ref.rsplit("-", 1)[1]) for ref in reqs)
            assert seqs == list(range(1, len(seqs) + 1))
        return len(reqs)
    finally:
        db.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_never_leaves_a_half_written_change(tmp_path: Path):
    from app.services import init_store

    rounds = int(os.environ.get("LIAISON_DESK_CRASH_ROUNDS", "100"))
    rng = random.Random(20261120)
    data_dir = tmp_path / "data"
    init_store(data_dir, method="passphrase", passphrase=PASS, actor="setup").db.close()
    launcher = Launcher(data_dir)
    committed: dict[str, str] = {}
    key = keys.unlock_key(keys.read_keyinfo(data_dir), PASS)  # once, not each round
    try:
        for _ in range(rounds):
            launcher.round(rng.uniform(0.0, 0.12), committed)
            check_store(data_dir, committed, key)
    finally:
        launcher.close()
    assert len(committed) >= rounds  # every round made progress before its kill
