"""The CLI as an officer or a script uses it, in real subprocesses."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import sqlcipher3

from app.security.keys import derive_key, read_keyinfo

PASS = "correct horse battery staple"


def cli(data_dir: Path, *args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, LIAISON_DESK_PASSPHRASE=PASS)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args, "--data-dir", str(data_dir)],
        capture_output=True, text=True, env=env, timeout=120,
    )


def make_requests(data_dir: Path, n: int = 3) -> list[str]:
    """Create requests through the services, in another process (as a script would)."""
    code = (
        "import sys\n"
        "from app.services import open_desk\n"
        "from app.services.requests import commands as rq\n"
        f"desk = open_desk(sys.argv[1], passphrase={PASS!r})\n"
        f"for i in range({n}):\n"
        "    v = rq.register_incoming(desk, 'jp-us-1997', {'title': f'Invented request {i}',"
        " 'bases': ['4.2(c)'], 'object_and_reason': 'Surveillance of vessel EXAMPLE MARU'})\n"
        "    print(v.our_ref)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True,
                         text=True, check=True, timeout=120)
    return out.stdout.split()


def test_init_list_verify_and_tamper_detection(tmp_path: Path):
    d = tmp_path / "store"
    r = cli(d, "init")
    assert r.returncode == 0, r.stderr
    assert "passphrase" in r.stdout
    refs = make_requests(d)
    r = cli(d, "requests", "--json")
    assert r.returncode == 0, r.stderr
    listed = json.loads(r.stdout)
    assert sorted(x["our_ref"] for x in listed) == sorted(refs)
    assert cli(d, "verify").returncode == 0

    # Edit one audit row's bytes with plain sqlcipher3, as an intruder with the key would.
    info = read_keyinfo(d)
    key = derive_key(PASS, base64.b64decode(info.salt), info.n, info.r, info.p)
    conn = sqlcipher3.connect(str(d / "desk.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    row_id = conn.execute("SELECT id FROM audit_entry ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    conn.execute("UPDATE audit_entry SET detail = replace(detail, 'Invented', 'Altered') WHERE id = ?",
                 (row_id,))
    conn.commit()
    conn.close()
    r = cli(d, "verify")
    assert r.returncode == 1
    assert f"audit entry {row_id}:" in r.stdout


def test_show_and_validate_name_the_missing_article(tmp_path: Path):
    d = tmp_path / "store"
    assert cli(d, "init").returncode == 0
    ref = make_requests(d, 1)[0]
    r = cli(d, "validate", ref)
    assert r.returncode == 2
    assert "7.2(a)" in r.stdout and "7.2(e)" in r.stdout
    r = cli(d, "show", ref, "--json")
    assert json.loads(r.stdout)["our_ref"] == ref


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path):
    d = tmp_path / "store"
    assert cli(d, "init").returncode == 0
    r = cli(d, "show", "JC-US-2099-9999")
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "ref:" in r.stderr
    r = cli(d, "requests", "--status", "nonsense")
    assert r.returncode == 2 and "status:" in r.stderr
    r = cli(d, "verify", env_extra={"LIAISON_DESK_PASSPHRASE": "wrong passphrase"})
    assert r.returncode == 2 and "wrong passphrase" in r.stderr
    r = cli(tmp_path / "empty", "requests")
    assert r.returncode == 2 and "no store" in r.stderr


def test_our_ref_stays_gapless_when_two_processes_create_at_once(tmp_path: Path):
    d = tmp_path / "store"
    assert cli(d, "init").returncode == 0
    code = (
        "import sys\n"
        "from app.services import open_desk\n"
        "from app.services.requests import commands as rq\n"
        f"desk = open_desk(sys.argv[1], passphrase={PASS!r})\n"
        "for i in range(15):\n"
        "    print(rq.draft_outgoing(desk, 'jp-us-1997', {'title': 't'}).our_ref, flush=True)\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(d)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    refs = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        refs += out.split()
    seqs = sorted(int(r.rsplit("-", 1)[1]) for r in refs)
    assert seqs == list(range(1, 31))
