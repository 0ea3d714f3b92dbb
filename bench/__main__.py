"""``python -m bench``: build (or reuse) the synthetic store, run every benchmark module, print
the table and write ``docs/benchmarks.md``.

The store is generated once per generator version, parameters and schema revision and cached
under ``.bench-cache/`` (git-ignored). A module that fails to import or run becomes one row with
its error; the bench itself never stops because of one module.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import inspect
import json
import os
import platform
import re
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import BENCH_PASSPHRASE, BenchContext, Row

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench-cache"
MODULES = ("bench.store", "bench.ui", "bench.cli", "bench.matching", "bench.interchange",
           "bench.letters", "bench.stats", "bench.kit", "bench.shared_writers",
           "bench.server_store")


def _open_store(args: argparse.Namespace) -> BenchContext:
    from app.services import init_store, open_desk
    from app.store.db import head_revision
    from tools.generate import DEFAULT_ANCHOR, GenerateParams, generate

    params = GenerateParams(requests=args.requests, subjects=args.subjects, audit=args.audit,
                            seed=args.seed, anchor=DEFAULT_ANCHOR)
    folder = CACHE / f"store-{params.key()}-rev{head_revision()}"
    data_dir, meta_path = folder / "data", folder / "meta.json"
    if meta_path.exists():
        print(f"bench: reusing the cached store {folder.name}", file=sys.stderr)
        desk = open_desk(data_dir, passphrase=BENCH_PASSPHRASE, actor="bench")
        meta = json.loads(meta_path.read_text())
    else:
        shutil.rmtree(folder, ignore_errors=True)  # an interrupted build is not reused
        print(f"bench: building the synthetic store ({params.requests:,} requests, "
              f"{params.subjects:,} subjects, {params.audit:,} audit entries)...", file=sys.stderr)
        desk = init_store(data_dir, method="passphrase", passphrase=BENCH_PASSPHRASE, actor="bench")
        report = generate(desk.db, params, progress=lambda m: print(f"bench:   {m}", file=sys.stderr))
        meta = {"generate_seconds": round(report.seconds, 1), "counts": report.counts,
                "built": datetime.now(UTC).strftime("built %Y-%m-%d %H:%M UTC")}
        meta_path.write_text(json.dumps(meta, indent=2))
    anchor_moment = datetime.combine(params.anchor, datetime.min.time(), tzinfo=UTC)
    desk.clock = lambda: anchor_moment.replace(hour=9)  # the data's "today"
    meta["file_mb"] = round(desk.db.path.stat().st_size / 2**20, 1)
    return BenchContext(data_dir=data_dir, desk=desk, passphrase=BENCH_PASSPHRASE, params=params,
                        info=meta)


def run_module(name: str, ctx: BenchContext) -> list[Row]:
    """Rows of one module; any failure becomes one row carrying the error."""
    started = time.perf_counter()
    try:
        module = importlib.import_module(name)
        fn = getattr(module, "run", None)
        if fn is None:
            return [Row(f"{name}: no run() function", None, "", note="module has no run(ctx)")]
        takes_ctx = bool(inspect.signature(fn).parameters)
        rows = [Row.from_any(r) for r in (fn(ctx) if takes_ctx else fn())]
    except Exception as exc:  # one module must not stop the bench
        first = str(exc).splitlines()[0] if str(exc) else ""
        return [Row(f"{name}: failed", None, "", note=f"{type(exc).__name__}: {first}"[:300])]
    print(f"bench: {name} done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return rows


# -- report --------------------------------------------------------------------------------
def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


def _cells(row: Row) -> list[str]:
    ratio = f"{row.ratio:.1f}×" if row.ratio is not None else ""
    budget = "" if row.budget is None else ("≤ " if row.budget_is_max else "≥ ") + _fmt(row.budget)
    return [row.figure, _fmt(row.value), row.unit or "", budget, _fmt(row.floor) if row.floor else "",
            ratio, row.verdict, row.note or ""]


HEADERS = ["Figure", "Value", "Unit", "Budget", "Floor", "Ratio", "Verdict", "Note"]


def render_table(rows: list[Row]) -> str:
    """The rows as a plain-text table for the terminal."""
    cells = [HEADERS] + [_cells(r) for r in rows]
    widths = [min(70, max(len(c[i]) for c in cells)) for i in range(len(HEADERS))]
    lines = ["  ".join(c[i][:widths[i]].ljust(widths[i]) for i in range(len(HEADERS))).rstrip()
             for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def machine_info(ctx: BenchContext) -> dict[str, str]:
    """Where the figures were measured: CPUs, memory, OS, Python and library versions."""
    info = {"CPUs (nproc)": str(os.cpu_count()), "OS": platform.platform(),
            "Python": platform.python_version()}
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            kib = int(next(line for line in fh if line.startswith("MemTotal")).split()[1])
        info["Memory"] = f"{kib / 2**20:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        info["Memory"] = "unknown"
    for dist in ("SQLAlchemy", "alembic", "sqlcipher3", "sqlcipher3-binary", "PySide6", "reportlab"):
        try:
            info[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    if "load" in ctx.info:
        info["Load average"] = ctx.info["load"]
    raw = ctx.raw_connection()
    try:
        info["SQLite"] = raw.execute("SELECT sqlite_version()").fetchone()[0]
        info["SQLCipher"] = raw.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        raw.close()
    return info


def render_markdown(rows: list[Row], machine: dict[str, str], ctx: BenchContext) -> str:
    """``docs/benchmarks.md``: the table with the date and machine it was measured on."""
    p = ctx.params
    counts = ctx.info.get("counts", {})
    out = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` (`python -m bench`) on "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}.",
        "",
        f"Synthetic store (invented data, `python -m tools.generate`, seed {p.seed}, anchor "
        f"{p.anchor.isoformat()}): {p.requests:,} requests, {p.subjects:,} subjects, "
        f"{counts.get('audit_entries', p.audit) + 0:,} generated audit entries, "
        f"{counts.get('observations', 0):,} observations, "
        f"{counts.get('search_index_rows', 0):,} search-index rows. Encrypted with SQLCipher.",
        "",
        "Floor = the same work done with the least machinery, measured in the same run (raw "
        "sqlcipher3 for queries, bare reportlab for a page, bare PySide6 for start-up). "
        "Ratio = value / floor. Verdict `OVER` = budget missed.",
        "",
        "## Machine",
        "",
        *[f"- {k}: {v}" for k, v in machine.items()],
        "",
        "## Figures",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "|".join("---" for _ in HEADERS) + "|",
    ]
    for row in rows:
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in _cells(row)) + " |")
    return "\n".join(out) + "\n"


#: The "## " sections this harness writes; any other section of the file (e.g. "## Bundle",
#: written by packaging/bundle_stats.py) is kept as it is, after ours.
OWN_SECTIONS = ("## Machine", "## Figures")


def other_sections(previous: str) -> str:
    """The sections of an existing ``docs/benchmarks.md`` that other tools wrote."""
    kept = []
    for chunk in re.split(r"(?m)^(?=## )", previous):
        heading = chunk.splitlines()[0].strip() if chunk.strip() else ""
        if heading.startswith("## ") and heading not in OWN_SECTIONS:
            kept.append(chunk.rstrip() + "\n")
    return ("\n" + "\n".join(kept)) if kept else ""


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; exit 0 even when a budget is missed (the table says so)."""
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--requests", type=int, default=100_000)
    p.add_argument("--subjects", type=int, default=100_000)
    p.add_argument("--audit", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--only", action="append", help="run only this module (repeatable)")
    p.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    p.add_argument("--no-write", action="store_true", help="print only, leave docs/ alone")
    args = p.parse_args(argv)
    load_start = os.getloadavg()[0]
    ctx = _open_store(args)
    rows: list[Row] = []
    try:
        for name in args.only or MODULES:
            rows += run_module(name, ctx)
    finally:
        ctx.desk.db.close()
    # Other work on a shared machine slows every figure: say how busy it was.
    ctx.info["load"] = f"{load_start:.1f} at start, {os.getloadavg()[0]:.1f} at end (1-minute)"
    print(render_table(rows))
    if not args.no_write:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        previous = out.read_text(encoding="utf-8") if out.exists() else ""
        text = render_markdown(rows, machine_info(ctx), ctx) + other_sections(previous)
        out.write_text(text, encoding="utf-8")
        print(f"bench: wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
