"""What every benchmark module gets: the context (an open synthetic store) and row helpers."""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.context import Desk

#: Passphrase of the cached benchmark store (synthetic data only; the key is not a secret).
BENCH_PASSPHRASE = "liaison-desk bench store (synthetic data only)"


@dataclass
class BenchContext:
    """An open, cached synthetic store: ``desk`` to call services, ``data_dir`` and
    ``passphrase`` to open it again in a subprocess (set ``LIAISON_DESK_PASSPHRASE``)."""

    data_dir: Path
    desk: Desk
    passphrase: str = BENCH_PASSPHRASE
    params: Any = None  # tools.generate.GenerateParams of the store
    info: dict[str, Any] = field(default_factory=dict)  # e.g. generation time, file size

    def raw_connection(self):  # a sqlcipher3 connection
        """A bare sqlcipher3 connection to the same file, keyed: the floor for query figures."""
        import sqlcipher3

        conn = sqlcipher3.dbapi2.connect(str(self.desk.db.path))
        conn.execute(f"PRAGMA key = \"x'{self.desk.db._key.hex()}'\"")  # same process
        conn.execute("PRAGMA query_only = 1")
        return conn

    def subprocess_env(self) -> dict[str, str]:
        """Environment for a child process that opens this store."""
        env = dict(os.environ)
        env["LIAISON_DESK_PASSPHRASE"] = self.passphrase
        env["LIAISON_DESK_DATA_DIR"] = str(self.data_dir)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return env


@dataclass
class Row:
    """One figure: its value, unit, budget (None = report only) and the floor measured in the
    same run (None = no floor). ``budget_is_max`` False means the value must reach the budget."""

    figure: str
    value: float | None
    unit: str = "ms"
    budget: float | None = None
    floor: float | None = None
    note: str = ""
    budget_is_max: bool = True

    @property
    def ratio(self) -> float | None:
        """Value divided by its floor."""
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def verdict(self) -> str:
        """'ok', 'OVER' (budget missed), 'error' (no value) or '' (no budget)."""
        if self.value is None:
            return "error"
        if self.budget is None:
            return ""
        good = self.value <= self.budget if self.budget_is_max else self.value >= self.budget
        return "ok" if good else "OVER"

    @classmethod
    def from_any(cls, raw: Any) -> Row:
        """A Row from a Row or from a dict with the same keys (extra keys go into the note)."""
        if isinstance(raw, Row):
            return raw
        if not isinstance(raw, dict) or "figure" not in raw:
            raise TypeError(f"a benchmark row must be a Row or a dict with 'figure', not {raw!r}")
        known = {"figure", "value", "unit", "budget", "floor", "note", "budget_is_max"}
        row = cls(**{k: v for k, v in raw.items() if k in known})
        if "at least" in (row.unit or "") and "budget_is_max" not in raw:
            row.budget_is_max = False
        return row


def median_ms(fn: Callable[[], Any], n: int = 20, warmup: int = 2) -> float:
    """Median wall time of ``fn()`` in milliseconds over ``n`` runs after ``warmup`` runs."""
    for _ in range(warmup):
        fn()
    times = []
    gc_was = gc.isenabled()
    gc.disable()  # a collection in the middle of one run would be noise, not the code's cost
    try:
        for _ in range(n):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        if gc_was:
            gc.enable()
    return statistics.median(times)


def seconds(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Wall time of one call in seconds, and its result."""
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result
