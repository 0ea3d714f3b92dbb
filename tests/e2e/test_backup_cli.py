"""export / import / backup / restore from the command line, in real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LIAISON_DESK_PASSPHRASE": PASS, **env_extra}
    return subprocess.run([sys.executable, "-m", "app.cli", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
                          stdin=subprocess.DEVNULL)


def test_export_then_import_into_a_new_store_and_verify(tmp_path: Path, fresh_passphrase_store):
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "export.json"
    fresh_passphrase_store(a, PASS)
    assert cli(a, "export", "--plaintext", "--out", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "liaison-desk-interchange"
    fresh_passphrase_store(b, PASS)
    done = cli(b, "import", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["agreements"] == 2
    assert cli(b, "verify").returncode == 0


def test_import_into_a_store_with_work_exits_2_with_one_line(tmp_path: Path, fresh_passphrase_store):
    a, out = tmp_path / "a", tmp_path / "export.json"
    fresh_passphrase_store(a, PASS)
    cli(a, "export", "--plaintext", "--out", str(out))
    done = cli(a, "import", str(out))  # the export itself is recorded work
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "store: import needs an empty store" in done.stderr


def test_encrypted_export_needs_the_passphrase_to_import(tmp_path: Path, fresh_passphrase_store):
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "export.ldx"
    fresh_passphrase_store(a, PASS)
    enc = {"LIAISON_DESK_EXPORT_PASSPHRASE": "removable media pass"}
    assert cli(a, "export", "--encrypt", "--out", str(out), **enc).returncode == 0
    assert out.read_bytes().startswith(b"LIAISON-DESK-EXPORT-ENCRYPTED\n")
    fresh_passphrase_store(b, PASS)
    refused = cli(b, "import", str(out))
    assert refused.returncode == 2 and "passphrase" in refused.stderr
    assert cli(b, "import", str(out), **enc).returncode == 0


def test_backup_and_restore_by_command(tmp_path: Path, fresh_passphrase_store):
    a, copy = tmp_path / "a", tmp_path / "copy.db"
    fresh_passphrase_store(a, PASS)
    assert cli(a, "backup", "--out", str(copy)).returncode == 0
    done = cli(a, "restore", str(copy))
    assert done.returncode == 0, done.stderr
    assert "replaced store is kept as" in done.stdout
    assert cli(a, "verify").returncode == 0
    rolling = cli(a, "backup")
    assert rolling.returncode == 0 and "backups" in rolling.stdout


def test_restore_of_a_truncated_backup_exits_2_and_changes_nothing(tmp_path: Path, fresh_passphrase_store):
    a, copy = tmp_path / "a", tmp_path / "copy.db"
    fresh_passphrase_store(a, PASS)
    cli(a, "backup", "--out", str(copy))
    copy.write_bytes(copy.read_bytes()[:-100])
    before = (a / "desk.db").read_bytes()
    done = cli(a, "restore", str(copy), "--force")
    assert done.returncode == 2 and "truncated" in done.stderr
    assert (a / "desk.db").read_bytes() == before


def test_export_is_encrypted_unless_plaintext_is_asked_for(tmp_path: Path, fresh_passphrase_store):
    a, out = tmp_path / "a", tmp_path / "export.ldx"
    fresh_passphrase_store(a, PASS)
    enc = {"LIAISON_DESK_EXPORT_PASSPHRASE": "removable media pass"}
    done = cli(a, "export", "--out", str(out), **enc)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"LIAISON-DESK-EXPORT-ENCRYPTED\n")
    assert b"jp-us-1997" not in out.read_bytes()
    plain = cli(a, "export", "--plaintext", "--out", str(tmp_path / "plain.json"))
    assert plain.returncode == 0 and "NOT encrypted" in plain.stderr


def test_export_without_a_passphrase_or_a_file_is_refused_and_writes_nothing(
        tmp_path: Path, fresh_passphrase_store):
    a, out = tmp_path / "a", tmp_path / "export.ldx"
    fresh_passphrase_store(a, PASS)
    no_pass = cli(a, "export", "--out", str(out))  # no terminal to ask on, no variable set
    assert no_pass.returncode == 2 and no_pass.stderr.startswith("liaison-desk: passphrase: ")
    to_stdout = cli(a, "export", LIAISON_DESK_EXPORT_PASSPHRASE="removable media pass")
    assert to_stdout.returncode == 2 and "out: " in to_stdout.stderr and to_stdout.stdout == ""
    assert not out.exists()


def test_backup_alone_restores_into_new_data_dir_by_command(tmp_path: Path, fresh_passphrase_store):
    a, copy, new = tmp_path / "a", tmp_path / "desk.backup", tmp_path / "new machine" / "data"
    fresh_passphrase_store(a, PASS)
    assert cli(a, "backup", "--out", str(copy)).returncode == 0
    done = cli(new, "restore", str(copy))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"restored {copy} into {new}")
    assert cli(new, "verify").returncode == 0


def test_restore_with_a_wrong_passphrase_exits_2_in_one_line_and_writes_nothing(
        tmp_path: Path, fresh_passphrase_store):
    a, copy, new = tmp_path / "a", tmp_path / "desk.backup", tmp_path / "new"
    fresh_passphrase_store(a, PASS)
    cli(a, "backup", "--out", str(copy))
    done = cli(new, "restore", str(copy), LIAISON_DESK_PASSPHRASE="not this store's passphrase")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "passphrase: wrong passphrase for this backup" in done.stderr
    assert "Traceback" not in done.stderr and not new.exists()
