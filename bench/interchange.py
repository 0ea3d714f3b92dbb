"""Benchmark of export, import and backup on the synthetic store (budget: import <= 30 s).

The cached store is never changed: an export is itself audited (``store.export``), so the
figures are taken on a copy made with the online backup API, whose time is a figure too.
``python -m bench.interchange DATA_DIR`` runs it on any passphrase store
(``LIAISON_DESK_PASSPHRASE``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from app.interchange import export_store, import_store, loader
from app.security.keys import KEYINFO_NAME
from app.services import init_store, open_desk
from app.store.db import DB_NAME

IMPORT_BUDGET_S = 30.0


def run(ctx) -> list[dict]:  # bench.common.BenchContext
    """Rows: backup of the store, export (size and time), import into an empty store."""
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="ld-bench-interchange-") as tmp:
        tmp = Path(tmp)
        copy_dir, target_dir = tmp / "copy", tmp / "target"
        copy_dir.mkdir()
        started = time.perf_counter()
        ctx.desk.db.backup_to(copy_dir / DB_NAME)
        backup_s = time.perf_counter() - started
        shutil.copyfile(Path(ctx.data_dir) / KEYINFO_NAME, copy_dir / KEYINFO_NAME)
        size_mb = (copy_dir / DB_NAME).stat().st_size / 2**20
        rows.append({"figure": "backup: online copy of the store", "value": round(backup_s, 2),
                     "unit": "s", "budget": None, "floor": None,
                     "note": f"{size_mb:.0f} MiB encrypted file (SQLite backup API)"})

        source = open_desk(copy_dir, passphrase=ctx.passphrase, actor="bench")
        source.clock = ctx.desk.clock
        try:
            started = time.perf_counter()
            data = export_store(source)
            export_s = time.perf_counter() - started
        finally:
            source.db.close()
        rows.append({"figure": "export: whole store to canonical JSON", "value": round(export_s, 2),
                     "unit": "s", "budget": None, "floor": None,
                     "note": f"{len(data) / 2**20:.0f} MiB of JSON"})

        target = init_store(target_dir, method="passphrase", passphrase=ctx.passphrase, actor="bench")
        try:
            started = time.perf_counter()
            report = import_store(target, data)
            import_s = time.perf_counter() - started
        finally:
            target.db.close()
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in loader.last_timings.items())
        rows.append({"figure": "import: that export into an empty store", "value": round(import_s, 2),
                     "unit": "s", "budget": IMPORT_BUDGET_S, "floor": None,
                     "note": f"{report.counts.get('requests', 0):,} requests, "
                     f"{sum(report.counts.values()):,} rows; one transaction (journal: "
                     f"{target.db.last_bulk_journal}): bulk load, then "
                     f"index builds with the checks in a second thread ({phases})"})
    return rows


if __name__ == "__main__":  # pragma: no cover - manual use
    from types import SimpleNamespace

    data_dir = Path(sys.argv[1])
    pw = os.environ["LIAISON_DESK_PASSPHRASE"]
    desk = open_desk(data_dir, passphrase=pw, actor="bench")
    try:
        for row in run(SimpleNamespace(data_dir=data_dir, desk=desk, passphrase=pw)):
            print(f"{row['figure']:<45} {row['value']:>8} {row['unit']}  {row['note']}")
    finally:
        desk.db.close()
