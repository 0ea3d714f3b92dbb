"""The anchored audit from the command line, in real subprocesses: ``verify`` exits 1 naming
what someone with the key changed inside the store, says what it compared the chain with, and
``import`` refuses an export edited after it was made (one line, exit 2, nothing written)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import sqlcipher3

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LIAISON_DESK_PASSPHRASE=PASS)
    return subprocess.run([sys.executable, "-m", "app.cli", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
                          stdin=subprocess.DEVNULL)


def _raw(data_dir: Path):
    """The store opened with its raw key, as someone holding the passphrase could."""
    from app.security import keys

    key = keys.unlock_key(keys.read_keyinfo(data_dir), PASS)
    conn = sqlcipher3.connect(str(data_dir / "desk.db"), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def test_cli_verify_exits_1_naming_a_row_changed_outside_the_desk(tmp_path, fresh_passphrase_store):
    data = fresh_passphrase_store(tmp_path / "a", PASS)
    assert cli(data, "export", "--plaintext", "--out", str(tmp_path / "e.json")).returncode == 0
    clean = cli(data, "verify")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "compared with the last-seen head of " in clean.stdout and "matches" in clean.stdout
    raw = _raw(data)
    raw.execute("UPDATE agreement SET short_title = 'Edited (invented)' WHERE key = 'jp-us-1997'")
    raw.close()
    done = cli(data, "verify")
    assert done.returncode == 1
    assert "(jp-us-1997): changed outside the desk since audit entry 1" in done.stdout, done.stdout
    assert "Traceback" not in done.stderr


def test_cli_verify_against_an_export_names_entries_removed_since(tmp_path, fresh_passphrase_store):
    data, out = fresh_passphrase_store(tmp_path / "a", PASS), tmp_path / "held-elsewhere.json"
    assert cli(data, "export", "--plaintext", "--out", str(out)).returncode == 0
    count = json.loads(out.read_text(encoding="utf-8"))["_header"]["audit_head"]["count"]
    raw = _raw(data)
    raw.execute("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    raw.close()
    done = cli(data, "verify", "--against", str(out))
    assert done.returncode == 1
    assert (f"the chain is 1 entry shorter than the head in held-elsewhere.json ({count:,} "
            "entries): entries were removed") in done.stdout, done.stdout


def test_cli_import_refuses_an_edited_export_with_one_line_and_exit_2(tmp_path, fresh_passphrase_store):
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "export.json"
    fresh_passphrase_store(a, PASS)
    made = cli(a, "export", "--plaintext", "--out", str(out))
    assert made.returncode == 0 and "signed by desk " in made.stderr
    fingerprint = made.stderr.rsplit("signed by desk ", 1)[1].split(")")[0]
    out.write_bytes(out.read_bytes().replace(b"Japan", b"Japon", 1))
    fresh_passphrase_store(b, PASS)
    refused = cli(b, "import", str(out))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "file: its signature does not check" in refused.stderr
    assert cli(b, "verify").returncode == 0  # nothing was written

    cli(a, "export", "--plaintext", "--out", str(out), "--force")
    wrong = cli(b, "import", str(out), "--signer", "0000-0000-0000-0000-0000-0000-0000-0000")
    assert wrong.returncode == 2 and "signer: the file is signed by desk" in wrong.stderr
    done = cli(b, "import", str(out), "--signer", fingerprint)
    assert done.returncode == 0, done.stderr
    assert f"signed by desk {fingerprint}" in done.stderr
    assert json.loads(done.stdout)["signer"] == fingerprint
