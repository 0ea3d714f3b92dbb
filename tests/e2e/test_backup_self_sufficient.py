"""A backup file alone restores: it carries its key file and a manifest besides the encrypted
store, so the passphrase (or a keyring-held store's recovery key) is all a new machine needs."""

from __future__ import annotations

import json
import os
import stat
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.security import keys
from app.services import open_desk
from app.services.admin.backup import (
    backup_to_file,
    read_manifest,
    restore,
    rolling_backup,
)
from app.services.admin.recovery import make_recovery_key
from app.services.admin.verify import verify_store
from app.services.requests.commands import register_incoming
from app.store.db import StoreError
from app.store.models import AuditEntry, Request

# Tar backups, their key files and recovery keys are the encrypted file store's own; a server desk
# is backed up with pg_dump (tests/e2e/test_administration_commands.py).
pytestmark = pytest.mark.sqlite_only

PASS = "backup alone restores with this passphrase"


def mode(p: Path) -> int:
    return stat.S_IMODE(p.lstat().st_mode)


def _requests(desk) -> int:
    with desk.read() as s:
        return s.execute(select(func.count(Request.id))).scalar_one()


@pytest.fixture
def passphrase_desk(tmp_path, fresh_passphrase_store, complete_fields):
    """A passphrase store with one request in it, open."""
    data = tmp_path / "a"
    fresh_passphrase_store(data, PASS)
    desk = open_desk(data, passphrase=PASS)
    register_incoming(desk, "jp-us-1997", complete_fields)
    yield desk
    desk.db.close()


def _nothing_made(folder: Path) -> bool:
    return not folder.exists()


def test_backup_file_holds_manifest_key_file_and_database_but_never_the_key(desk, tmp_path):
    out = backup_to_file(desk, tmp_path / "copy.backup")
    with tarfile.open(out) as tar:
        assert [m.name for m in tar.getmembers()] == ["manifest.json", "keyinfo.json", "desk.db"]
        key_file = tar.extractfile("keyinfo.json").read().decode()
        manifest_text = tar.extractfile("manifest.json").read().decode()
    manifest = read_manifest(out)
    assert json.loads(manifest_text) == manifest
    assert keys.KeyInfo.from_json(key_file) == desk.db.key_info
    assert manifest["format"] == "liaison-desk-backup" and manifest["version"] == 1
    assert manifest["store_id"] == desk.db.key_info.store_id
    assert manifest["schema_revision"] == desk.db.current_revision()
    with desk.read() as s:
        last = s.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
        count = s.execute(select(func.count(AuditEntry.id))).scalar_one()
    assert manifest["audit_head"] == {"count": count, "hash": last}  # the backup's own record too
    assert manifest["db"]["size"] > 0 and len(manifest["db"]["sha256"]) == 64
    assert desk.db._key.hex() not in manifest_text + key_file


def test_backup_alone_restores_into_new_data_dir_with_passphrase(passphrase_desk, tmp_path):
    backup = backup_to_file(passphrase_desk, tmp_path / "elsewhere.backup")
    new = tmp_path / "new machine" / "data"
    report = restore(new, backup, passphrase=PASS, actor="Officer Restore")
    assert report.replaced_kept_as is None
    assert sorted(p.name for p in new.iterdir()) == ["desk.db", "keyinfo.json"]
    desk = open_desk(new, passphrase=PASS)
    try:
        assert _requests(desk) == 1 and verify_store(desk) == []
        with desk.read() as s:
            last = s.execute(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first()
        assert last[0] == "store.restore"
    finally:
        desk.db.close()


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_backup_files_and_a_restored_data_dir_are_private_under_any_umask(
        passphrase_desk, tmp_path, umask):
    previous = os.umask(umask)
    try:
        rolling = rolling_backup(passphrase_desk)
        out = backup_to_file(passphrase_desk, tmp_path / "copy.backup")
        new = tmp_path / "restored"
        restore(new, out, passphrase=PASS)
    finally:
        os.umask(previous)
    assert mode(rolling) == 0o600 and mode(rolling.parent) == 0o700 and mode(out) == 0o600
    assert mode(new) == 0o700
    assert all(mode(p) == 0o600 for p in new.iterdir() if p.is_file())
    leftovers = [p.name for p in (*tmp_path.iterdir(), *rolling.parent.iterdir())
                 if p.name.startswith(".")]
    assert leftovers == []  # the database copy and the temporary tar are gone


def test_restore_into_new_data_dir_refuses_a_wrong_passphrase_and_makes_nothing(
        passphrase_desk, tmp_path):
    backup = backup_to_file(passphrase_desk, tmp_path / "copy.backup")
    new = tmp_path / "new" / "data"
    with pytest.raises(StoreError, match=r"^restore: passphrase: wrong passphrase for this backup.*"
                                         r"nothing was changed$"):
        restore(new, backup, passphrase="not the passphrase of this store")
    assert _nothing_made(tmp_path / "new")


@pytest.mark.parametrize("cut", [1, 600, 4096, 100_000])
def test_restore_refuses_truncated_backup_and_changes_nothing(passphrase_desk, tmp_path, cut):
    backup = backup_to_file(passphrase_desk, tmp_path / "copy.backup")
    data = backup.read_bytes()
    backup.write_bytes(data[:-cut])
    new = tmp_path / "new"
    with pytest.raises(StoreError, match=r"^restore: .*truncated.*nothing was changed$"):
        restore(new, backup, passphrase=PASS)
    assert _nothing_made(new)
    live = passphrase_desk.db.data_dir
    passphrase_desk.db.close()
    before = (live / "desk.db").read_bytes(), (live / "keyinfo.json").read_bytes()
    with pytest.raises(StoreError, match=r"nothing was changed$"):
        restore(live, backup, passphrase=PASS, force=True)
    assert ((live / "desk.db").read_bytes(), (live / "keyinfo.json").read_bytes()) == before
    assert not [p for p in live.iterdir() if "replaced" in p.name or "restoring" in p.name]


def test_restore_refuses_a_backup_with_a_changed_byte_in_its_database(passphrase_desk, tmp_path):
    backup = backup_to_file(passphrase_desk, tmp_path / "copy.backup")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    backup.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="does not match the SHA-256 in its manifest"):
        restore(tmp_path / "new", backup, passphrase=PASS)
    assert _nothing_made(tmp_path / "new")


def test_old_raw_backup_still_restores_with_the_data_dirs_key_file(passphrase_desk, tmp_path):
    raw = passphrase_desk.db.backup_to(tmp_path / "old-style.db")  # what backups were before
    data_dir = passphrase_desk.db.data_dir
    passphrase_desk.db.close()
    report = restore(data_dir, raw, passphrase=PASS)
    assert report.replaced_kept_as is not None
    desk = open_desk(data_dir, passphrase=PASS)
    try:
        assert _requests(desk) == 1 and verify_store(desk) == []
    finally:
        desk.db.close()
    with pytest.raises(StoreError, match=r"bare copy.*keyinfo\.json.*nothing was changed$"):
        restore(tmp_path / "new", raw, passphrase=PASS)
    assert _nothing_made(tmp_path / "new")


def test_backup_made_before_a_passphrase_change_restores_with_the_old_passphrase(
        passphrase_desk, tmp_path):
    backup = backup_to_file(passphrase_desk, tmp_path / "before.backup")
    passphrase_desk.db.change_passphrase("the new passphrase of this desk, long")
    data_dir = passphrase_desk.db.data_dir
    passphrase_desk.db.close()
    report = restore(data_dir, backup, passphrase=PASS, force=True)
    assert report.replaced_kept_as is not None
    assert list(data_dir.glob("keyinfo.json.replaced-*"))  # the newer key file kept beside
    desk = open_desk(data_dir, passphrase=PASS)  # the backup's key file came with it
    desk.db.close()


def test_keyring_backup_restores_with_recovery_key(desk, tmp_path, memory_keyring):
    recovery = make_recovery_key(desk)
    backup = backup_to_file(desk, tmp_path / "keyring-store.backup")
    desk.db.close()
    memory_keyring.secrets.clear()  # a new machine: its keyring never held the key
    new = tmp_path / "new"
    with pytest.raises(StoreError, match=r"not in the OS keyring.*--recovery-key.*nothing was changed"):
        restore(new, backup)
    assert _nothing_made(new)
    restore(new, backup, recovery_key=recovery.lower().replace("-", " "))
    restored = open_desk(new)  # the key is now in this machine's keyring
    try:
        assert verify_store(restored) == []
        assert restored.db.key_info.recovery == keys.read_keyinfo(new).recovery
    finally:
        restored.db.close()


def test_recovery_key_typo_is_caught(desk, tmp_path, memory_keyring):
    recovery = make_recovery_key(desk)
    backup = backup_to_file(desk, tmp_path / "copy.backup")
    desk.db.close()
    memory_keyring.secrets.clear()
    i = 7  # a character of the second group
    typo = recovery[:i] + ("X" if recovery[i] != "X" else "Y") + recovery[i + 1:]
    with pytest.raises(keys.WrongRecoveryKey, match="does not check"):
        keys.parse_recovery_key(typo)
    with pytest.raises(StoreError, match=r"^restore: recovery key: it does not check.*nothing was changed$"):
        restore(tmp_path / "new", backup, recovery_key=typo)
    with pytest.raises(StoreError, match="groups of 4"):
        restore(tmp_path / "new", backup, recovery_key=recovery[:-5])
    assert _nothing_made(tmp_path / "new")
    # O, I and L read as 0, 1 and 1: what a printout is misread as is not a typo
    assert keys.parse_recovery_key(recovery.replace("0", "O").replace("1", "l")) == \
        keys.parse_recovery_key(recovery)


def test_a_new_recovery_key_replaces_the_old_one(desk, tmp_path, memory_keyring):
    old = make_recovery_key(desk)
    before = backup_to_file(desk, tmp_path / "before.backup")
    new_key = make_recovery_key(desk)
    after = backup_to_file(desk, tmp_path / "after.backup")
    desk.db.close()
    kept = keys.read_keyinfo(desk.db.data_dir).to_json()
    assert old not in kept and new_key not in kept  # only the wrapping is kept, never the key
    memory_keyring.secrets.clear()
    with pytest.raises(StoreError, match="does not open this store"):
        restore(tmp_path / "x", after, recovery_key=old)
    restore(tmp_path / "y", after, recovery_key=new_key)
    memory_keyring.secrets.clear()
    restore(tmp_path / "z", before, recovery_key=old)  # a backup keeps the wrapping it was made with


def test_a_passphrase_store_has_no_recovery_key(passphrase_desk):
    from app.services.validation import ServiceError

    with pytest.raises(ServiceError, match="recovery key: this store opens with its passphrase"):
        make_recovery_key(passphrase_desk)


def test_moving_a_keyring_store_to_a_passphrase_drops_its_recovery_wrapping(desk, tmp_path):
    make_recovery_key(desk)
    desk.db.change_key_storage("passphrase", PASS)
    assert desk.db.key_info.recovery is None and keys.read_keyinfo(desk.db.data_dir).recovery is None


def test_init_with_the_keyring_prints_a_recovery_key_and_saves_its_pdf(tmp_path, capsys, memory_keyring):
    from pypdf import PdfReader

    data, pdf = tmp_path / "data", tmp_path / "recovery.pdf"
    assert main(["init", "--data-dir", str(data), "--key-store", "keyring",
                 "--recovery-pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    (line,) = [x.strip() for x in out.splitlines() if x.count("-") == keys.RECOVERY_GROUPS - 1
               and len(x.strip()) == keys.RECOVERY_GROUPS * 5 - 1]
    keys.parse_recovery_key(line)  # checks
    assert mode(pdf) == 0o600
    text = PdfReader(pdf).pages[0].extract_text()
    info = keys.read_keyinfo(data)
    assert "Liaison Desk recovery key" in text and info.store_id in text
    assert line[:9] in text.replace("\n", "")
    assert info.recovery is not None and line not in info.to_json()
    # a backup of it restores on a machine whose keyring is empty, with that key alone
    assert main(["backup", "--data-dir", str(data), "--out", str(tmp_path / "b.backup")]) == 0
    memory_keyring.secrets.clear()
    os.environ[keys.RECOVERY_ENV] = line
    try:
        assert main(["restore", str(tmp_path / "b.backup"), "--recovery-key",
                     "--data-dir", str(tmp_path / "new")]) == 0
    finally:
        del os.environ[keys.RECOVERY_ENV]
    assert main(["verify", "--data-dir", str(tmp_path / "new")]) == 0


def test_passphrase_recovery_key_makes_a_new_one_and_the_old_stops_working(
        desk, tmp_path, capsys, memory_keyring, monkeypatch):
    old = make_recovery_key(desk)
    data = str(desk.db.data_dir)
    desk.db.close()
    assert main(["passphrase", "recovery-key", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "the one before no longer opens this store" in out
    assert main(["backup", "--data-dir", data, "--out", str(tmp_path / "b.backup")]) == 0
    memory_keyring.secrets.clear()
    monkeypatch.setenv(keys.RECOVERY_ENV, old)
    assert main(["restore", str(tmp_path / "b.backup"), "--recovery-key",
                 "--data-dir", str(tmp_path / "new")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "recovery key: it does not open this store" in err
    assert not (tmp_path / "new").exists()


def test_restore_refuses_a_crafted_backup_with_a_huge_extended_header_before_reading_it(tmp_path):
    crafted = tmp_path / "crafted.backup"
    header = tarfile.TarInfo("manifest.json")
    header.type = tarfile.XHDTYPE
    header.size = 8 * 2**30  # 8 GiB of "pax header" tarfile would read into memory
    block = header.tobuf(tarfile.GNU_FORMAT)  # base-256 size field
    crafted.write_bytes(block + b"\0" * 1024)
    with pytest.raises(StoreError, match=r"extended tar header of 8589934592 bytes.*nothing was changed"):
        restore(tmp_path / "new", crafted, passphrase=PASS)
    with pytest.raises(StoreError, match="extended tar header"):
        read_manifest(crafted)
    assert _nothing_made(tmp_path / "new")
