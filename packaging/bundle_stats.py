"""Measure a built bundle and write its "## Bundle" section into ``dist/bundle-stats.md``.

    python packaging/bundle_stats.py --build-seconds 74 [--archive dist/x.tar.gz] [--doc FILE]

``make package`` writes under ``dist/`` only: a build never rewrites a tracked file. To publish
the figures, run it by hand with ``--doc docs/benchmarks.md`` (the section is replaced there).

Measures the size on disk and file count of ``dist/liaison-desk/``, the archive size, and the
start-up time of ``liaison-desk --version`` in an empty environment: once cold (the page cache
dropped first, which needs root on Linux; otherwise reported as not measured) and as the median
of five warm starts. Only the "## Bundle" section is replaced; the rest of the file belongs to
``make bench``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "liaison-desk"
DOC = ROOT / "dist" / "bundle-stats.md"
HEADING = "## Bundle"


def _size(path: Path) -> tuple[int, int]:
    total = files = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            files += 1
    return total, files


def _start_seconds(exe: Path) -> float:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT / "build"), "LANG": "C.UTF-8"}
    t0 = time.perf_counter()
    subprocess.run([str(exe), "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def _drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def measure(build_seconds: float | None, archive: Path | None) -> dict[str, str]:
    """The figures, as display strings."""
    exe = BUNDLE / ("liaison-desk.exe" if os.name == "nt" else "liaison-desk")
    size, files = _size(BUNDLE)
    cold = f"{_start_seconds(exe):.2f} s" if _drop_caches() else "not measured (needs root)"
    warm = statistics.median(_start_seconds(exe) for _ in range(5))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    figures = {
        "Bundle `dist/liaison-desk/`": f"{size / 2**20:.0f} MiB in {files:,} files",
        "Archive": (f"`{archive.name}`, {archive.stat().st_size / 2**20:.0f} MiB"
                    if archive and archive.exists() else "not built"),
        "Build time (`packaging/build.sh`, PyInstaller + tar)":
            f"{build_seconds:.0f} s" if build_seconds is not None else "not measured",
        "`liaison-desk --version`, cold (page cache dropped)": cold,
        "`liaison-desk --version`, warm (median of 5)": f"{warm:.2f} s",
        "Machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}"
                   + (f", load average {load:.1f} while measuring" if load is not None else ""),
    }
    return figures


def section(figures: dict[str, str]) -> str:
    """The Markdown section."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [HEADING, "",
             f"Measured by `make package` (`packaging/bundle_stats.py`) on {stamp}. "
             "The `--version` start includes the frozen interpreter's start, importing the CLI "
             "and all its command modules.", "",
             "| Figure | Value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in figures.items()]
    return "\n".join(lines) + "\n"


def replace_section(text: str, new: str) -> str:
    """``text`` with its "## Bundle" section (up to the next "## " heading) replaced or appended."""
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        return pattern.sub(lambda _m: new + "\n", text, count=1).rstrip("\n") + "\n"
    return (text.rstrip("\n") + "\n\n" if text.strip() else "") + new


def main() -> int:
    """Measure and write the section."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-seconds", type=float)
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--doc", type=Path, default=DOC,
                        help="Markdown file whose '## Bundle' section is replaced (default dist/bundle-stats.md)")
    args = parser.parse_args()
    figures = measure(args.build_seconds, args.archive)
    doc: Path = args.doc
    doc.parent.mkdir(parents=True, exist_ok=True)
    old = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    doc.write_text(replace_section(old, section(figures)), encoding="utf-8")
    for key, value in figures.items():
        print(f"{key}: {value}")
    print(f"bundle figures written to {doc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
