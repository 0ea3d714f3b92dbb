"""Every command in README.md is run (CLI) or checked (make targets) by this test.

The CLI session in the README uses the refs the demo data gets when loaded in 2026; the demo
numbers its requests by the year they fall in, so refs are mapped to the demo request with the
same title before running, and the ref of the request the session registers (``request new``)
to the one it printed. Files the session reads from the repository (``docs/examples/``) are
read from this checkout."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

# README ref -> a fragment of the demo request's title.
DEMO_REFS = {
    "JC-US-2026-0012": "car export (new)",
    "JC-US-2026-0010": "surveillance of a person (incomplete)",
}
#: The ref the README shows for the request its session registers with ``request new``.
NEW_REF = "JC-US-2026-0013"


def code_blocks(lang: str = "sh") -> list[list[str]]:
    """The lines of each fenced block of the given language."""
    blocks = re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)
    return [[ln for ln in b.splitlines() if ln.strip()] for b in blocks]


def test_readme_opens_with_make_run_and_make_test():
    first = code_blocks()[0]
    assert first[0].startswith("make run") and first[1].startswith("make test")


def test_every_make_command_in_the_readme_is_a_real_target():
    targets = {ln.split()[1] for block in code_blocks() for ln in block if ln.startswith("make ")}
    assert {"run", "test", "bench"} <= targets
    for target in sorted(targets):
        r = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True,
                           env=dict(os.environ, PYTHON=sys.executable), timeout=60)
        assert r.returncode == 0, f"make {target}: {r.stderr}"


def test_readme_cli_session_shows_a_requests_lifecycle_through_the_cli():
    session = next(b for b in code_blocks() if any(ln.startswith("liaison-desk") for ln in b))
    words = [" ".join(shlex.split(ln.split("  #")[0])[1:3]) for ln in session
             if ln.startswith("liaison-desk")]
    for step in ("request new", "request acknowledge", "request start", "request refuse",
                 f"show {NEW_REF}", "due --as-of", f"print {NEW_REF}"):
        assert step in words, step


def test_every_cli_command_in_the_readme_runs(tmp_path: Path):
    session = next(b for b in code_blocks() if any(ln.startswith("liaison-desk") for ln in b))
    trial = tmp_path / "desk-trial"
    env = dict(os.environ)
    env.pop("LIAISON_DESK_DATA_DIR", None)

    def expand(line: str) -> str:
        return (line.replace("/tmp/desk-trial", str(trial))
                .replace(" docs/examples/", f" {ROOT / 'docs' / 'examples'}/"))

    refs: dict[str, str] = {}
    ran = 0
    for line in session:
        line = expand(line.split("  #")[0].strip())
        if line.startswith("export "):
            name, _, value = line[len("export "):].partition("=")
            env[name] = shlex.split(value)[0]
            continue
        assert line.startswith("liaison-desk "), line
        for readme_ref, real in refs.items():
            line = line.replace(readme_ref, real)
        args = shlex.split(line)[1:]
        r = subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
        expected = 2 if args[0] == "validate" else 0  # the README validates an incomplete draft
        assert r.returncode == expected, f"{line}\n{r.stdout}\n{r.stderr}"
        ran += 1
        if args[:2] == ["request", "new"]:
            refs[NEW_REF] = r.stdout.strip()
        if args[0] == "demo":
            listed = subprocess.run([sys.executable, "-m", "app.cli", "requests", "--json"],
                                    env=env, capture_output=True, text=True, check=True)
            rows = json.loads(listed.stdout)
            for readme_ref, fragment in DEMO_REFS.items():
                refs[readme_ref] = next(r["our_ref"] for r in rows if fragment in r["title"])
    assert ran >= 10
