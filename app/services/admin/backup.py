"""Backups of the encrypted store and restoring one, on this machine or a new one.

A backup is one file that carries everything a restore needs besides the secret (the
passphrase, or for a keyring-held store the keyring or the printed recovery key): an
uncompressed POSIX tar (pax format) of exactly three members, in this order:

- ``manifest.json``: ``{"format": "liaison-desk-backup", "version": 1, "made_at",
  "app_version", "schema_revision", "store_id", "key_method", "audit_head": {"count", "hash"},
  "db": {"name": "desk.db", "size", "sha256"}}`` (``read_manifest``);
- ``keyinfo.json``: the store's key file (salt and scrypt cost, or the keyring entry's name and
  the recovery wrapping; never a key);
- ``desk.db``: the encrypted database, a copy made with SQLite's online backup API.

The tar is streamed both ways (a backup can be gigabytes: it is never read into memory) and can
be read with any ``tar``: extracting it into an empty folder gives a data dir. It is written
0600 beside its target and renamed over it once whole (``app.security.files``).

Rolling backups live in ``<data dir>/backups/desk-YYYYmmddTHHMMSSZ.tar``; the newest
``backup_keep`` are kept (0 keeps all). Backups made before this format (``desk-*.db``, a bare
copy of ``desk.db``) are still listed and restored, with the data dir's own key file.

Restore checks the whole file (manifest, key, the database's size and SHA-256, SQLite's
integrity check, the audit chain) before anything is touched. Into a data dir that holds no
store it writes ``keyinfo.json`` and ``desk.db`` there; over a store it keeps the replaced
store beside it as ``desk.db.replaced-<stamp>``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import secrets
import shutil
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.security import audit, files, keys
from app.services.context import Desk
from app.services.validation import ServiceError
from app.store.db import (
    DB_NAME,
    SQLITE_PLAIN_HEADER,
    Database,
    StoreError,
    _sqlcipher_engine,
    remove_made_folders,
)
from app.store.models import AuditEntry

BACKUP_DIR = "backups"
BACKUP_FORMAT = "liaison-desk-backup"
BACKUP_VERSION = 1
MANIFEST_NAME = "manifest.json"
_MEMBERS = (MANIFEST_NAME, keys.KEYINFO_NAME, DB_NAME)
#: The two small members are read into memory: a crafted file must not make that costly.
_SMALL_MEMBER_MAX = 64 * 1024
_NAME = re.compile(r"^desk-(\d{8}T\d{6}Z)(?:-(\d+))?\.(?:tar|db)$")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did."""

    restored_from: Path
    replaced_kept_as: Path | None
    backup_newest_entry: tuple[datetime, int] | None  # (time, audit entry id)
    store_newest_entry: tuple[datetime, int] | None


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def backups_dir(desk: Desk) -> Path:
    """The folder of rolling backups."""
    if desk.db.data_dir is None:
        raise ServiceError("backup", QT_TRANSLATE_NOOP("Refusal", "only a file store has rolling backups"))
    return desk.db.data_dir / BACKUP_DIR


def list_backups(desk: Desk) -> list[Path]:
    """Rolling backups, oldest first."""
    folder = backups_dir(desk)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m:
            found.append(((m.group(1), int(m.group(2) or 0)), p))
    return [p for _key, p in sorted(found)]


def should_backup_today(desk: Desk) -> bool:
    """True when no rolling backup was made today (the UTC day, as the backups' names are)."""
    today = desk.now().strftime("%Y%m%d")
    return not any(p.name.startswith(f"desk-{today}T") for p in list_backups(desk))


def rolling_backup(desk: Desk, keep: int | None = None) -> Path:
    """Make a rolling backup now and prune the oldest beyond ``keep`` (setting ``backup_keep``)."""
    from app.services.admin.settings import read_setting

    if keep is None:
        keep = int(read_setting(desk, "backup_keep"))
    if not isinstance(keep, int) or keep < 0:
        raise ServiceError("backup_keep", QT_TRANSLATE_NOOP(
            "Refusal", "must be a whole number, 0 or more (0 keeps all)"))
    folder = files.private_dir(backups_dir(desk))  # made on first use, only the officer's
    base = f"desk-{_stamp(desk.now())}"
    target, n = folder / f"{base}.tar", 1
    while target.exists() or target.with_suffix(".db").exists():  # two in one second
        n += 1
        target = folder / f"{base}-{n}.tar"
    write_backup(desk.db, target, made_at=desk.now())
    if keep:
        for old in list_backups(desk)[:-keep]:
            old.unlink(missing_ok=True)
    return target


def backup_to_file(desk: Desk, out: Path) -> Path:
    """Write a backup file to ``out`` (restorable anywhere with the store's passphrase, or a
    keyring-held store's recovery key); on a PostgreSQL server, ``pg_dump``'s custom format
    (``Database.pg_dump_to``, restored with ``pg_restore``).

    Recorded (``store.backup``) before the copy, so the copy carries its own record."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise ServiceError("out", QT_TRANSLATE_NOOP(
                "Refusal", "{out} is a folder; give a file name").format(
                    out=out))
    with desk.unit_of_work("store.backup", "store") as (_s, note):
        note.change = {"file": out.name}
    try:
        if desk.db.path is None:  # a shared server: pg_dump's custom format (or its refusal)
            return desk.db.backup_to(out)
        return write_backup(desk.db, out, made_at=desk.now())
    except OSError as exc:
        raise ServiceError("out", QT_TRANSLATE_NOOP(
                "Refusal", "cannot write {out} ({strerror})").format(
                    out=out, strerror=exc.strerror)) from None


# -- the backup file ---------------------------------------------------------------------------

def _audit_head(session: Session) -> dict[str, Any]:
    """The audit chain's head (``audit.head``) as the manifest records it."""
    count, digest = audit.head(session)
    return {"count": count, "hash": digest}


def _describe_copy(path: Path, key: bytes) -> tuple[str | None, dict[str, Any]]:
    """Schema revision and audit head of the database copy at ``path``."""
    engine = _sqlcipher_engine(path, key)
    try:
        with Session(engine) as s:
            revision = s.execute(select(func.max(_version_column()))).scalar()
            return revision, _audit_head(s)
    finally:
        engine.dispose()


def _version_column():  # a Core column of alembic_version (not in app.store.tables)
    from sqlalchemy import column, table

    return table("alembic_version", column("version_num")).c.version_num


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _member(name: str, size: int, mtime: float) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, int(mtime), files.FILE_MODE
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def write_backup(db: Database, out: Path, *, made_at: datetime | None = None) -> Path:
    """Write a backup file of the open store ``db`` to ``out`` (module docstring: the format).

    The database is first copied with SQLite's online backup API to a hidden 0600 file beside
    ``out`` (the backup API writes to a file), described (schema, audit head, size, SHA-256),
    then streamed into the tar, itself a hidden 0600 file renamed over ``out`` once synced;
    the copy is removed whatever happens."""
    from app import __version__

    if db.path is None or db.key_info is None or db._key is None:
        raise StoreError("backup: only a file store can be backed up this way")
    out = Path(out)
    made_at = made_at or datetime.now(UTC)
    folder = Path(os.path.realpath(out)).parent
    copy = folder / f".{out.name}.{secrets.token_hex(6)}.db-part"
    try:
        db.backup_to(copy)
        revision, head = _describe_copy(copy, db._key)
        size = copy.stat().st_size
        manifest = {
            "format": BACKUP_FORMAT, "version": BACKUP_VERSION,
            "made_at": made_at.astimezone(UTC).isoformat(timespec="seconds"),
            "app_version": __version__, "schema_revision": revision,
            "store_id": db.key_info.store_id, "key_method": db.key_info.method,
            "audit_head": head,
            "db": {"name": DB_NAME, "size": size, "sha256": _sha256_of(copy)},
        }
        small = {MANIFEST_NAME: json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"),
                 keys.KEYINFO_NAME: db.key_info.to_json().encode("utf-8")}
        stamp = made_at.timestamp()
        with files.private_output(out) as part, open(part, "r+b") as fh:
            with tarfile.open(fileobj=fh, mode="w", format=tarfile.PAX_FORMAT) as tar:
                for name, data in small.items():
                    tar.addfile(_member(name, len(data), stamp), io.BytesIO(data))
                with open(copy, "rb") as src:
                    tar.addfile(_member(DB_NAME, size, stamp), src)
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            leftover.unlink(missing_ok=True)
    return out


def is_backup_file(path: Path) -> bool:
    """True when ``path`` is a backup file of this format (a tar), False for anything else (an
    old bare copy of ``desk.db``, which is encrypted noise from its first byte)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    return len(head) == 512 and head[257:262] == b"ustar"


@dataclass(frozen=True)
class _Opened:
    manifest: dict[str, Any]
    key_info: keys.KeyInfo
    tar: tarfile.TarFile
    db_member: tarfile.TarInfo


def _refused(file: Path, why: str) -> StoreError:
    return StoreError(f"restore: {file} is damaged, truncated or not a Liaison Desk backup "
                      f"({why}); nothing was changed")


@contextmanager
def _open_backup(file: Path, *, with_db: bool = True) -> Iterator[_Opened]:
    """The backup file's manifest and key file, checked, and (``with_db``) its database
    member, positioned to be streamed. StoreError (one line) for anything else."""
    _check_headers(file)
    try:
        tar = tarfile.open(file, mode="r:")
    except (tarfile.TarError, OSError) as exc:
        raise _refused(file, str(exc) or type(exc).__name__) from None
    try:
        small: dict[str, bytes] = {}
        found: tarfile.TarInfo | None = None
        for want in _MEMBERS if with_db else _MEMBERS[:2]:
            try:
                member = tar.next()
            except (tarfile.TarError, OSError) as exc:
                raise _refused(file, f"cannot read its {want}: {exc}") from None
            if member is None or member.name != want or not member.isreg():
                raise _refused(file, f"{want} expected, found "
                                     f"{member.name if member else 'the end of the file'}")
            if want == DB_NAME:
                found = member
                break
            if member.size > _SMALL_MEMBER_MAX:
                raise _refused(file, f"{want} is {member.size} bytes")
            reader = tar.extractfile(member)
            data = reader.read() if reader else b""
            if len(data) != member.size:
                raise _refused(file, f"{want} is cut short")
            small[want] = data
        try:
            manifest = json.loads(small[MANIFEST_NAME])
            if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
                raise ValueError("not a backup manifest")
            if manifest.get("version") != BACKUP_VERSION:
                raise ValueError(f"backup format version {manifest.get('version')!r} is not "
                                 f"one this version reads ({BACKUP_VERSION})")
            db = manifest["db"]
            if not (isinstance(db, dict) and isinstance(db.get("size"), int)
                    and isinstance(db.get("sha256"), str)):
                raise ValueError("manifest: db size and sha256 missing")
            info = keys.KeyInfo.from_json(small[keys.KEYINFO_NAME].decode("utf-8"))
        except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
            raise _refused(file, str(exc)) from None
        if info.store_id != manifest.get("store_id"):
            raise _refused(file, "its key file belongs to another store than its manifest")
        if found is not None:
            if found.size != db["size"]:
                raise _refused(file, f"desk.db is {found.size} bytes, the manifest says {db['size']}")
            _check_ending(file, found)
        yield _Opened(manifest, info, tar, found)  # type: ignore[arg-type]
    finally:
        tar.close()


def _tar_number(field: bytes) -> int:
    """A tar header's number field: octal digits, or base-256 (GNU, for sizes from 8 GiB)."""
    if field[:1] == b"\x80":
        return int.from_bytes(field[1:], "big")
    if field[:1] == b"\xff":
        raise ValueError("a negative size")
    return int(field.split(b"\0", 1)[0].strip() or b"0", 8)


def _check_headers(file: Path) -> None:
    """Walk the tar's headers before ``tarfile`` does: it reads an extended header (pax, GNU
    long name) into memory whole, so a crafted one of gigabytes is refused here by its size."""
    offset, members = 0, 0
    with open(file, "rb") as fh:
        while members < len(_MEMBERS):
            fh.seek(offset)
            block = fh.read(tarfile.BLOCKSIZE)
            if len(block) < tarfile.BLOCKSIZE or not block.strip(b"\0"):
                return  # tarfile names what is missing
            try:
                size = _tar_number(block[124:136])
            except ValueError:
                raise _refused(file, f"a damaged tar header at byte {offset}") from None
            if block[156:157] in (b"x", b"g", b"L", b"K"):
                if size > _SMALL_MEMBER_MAX:
                    raise _refused(file, f"an extended tar header of {size} bytes")
            else:
                members += 1
            offset += tarfile.BLOCKSIZE + -(-size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE


def _check_ending(file: Path, member: tarfile.TarInfo) -> None:
    """A backup file ends as ``write_backup`` ends it: the database member's blocks, the tar's
    two zero blocks, zeros to a whole tar record. Any other length is a cut (or an addition)."""
    data_end = member.offset_data + -(-member.size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
    want = -(-(data_end + 2 * tarfile.BLOCKSIZE) // tarfile.RECORDSIZE) * tarfile.RECORDSIZE
    size = file.stat().st_size
    if size != want:
        raise _refused(file, f"the file is {size} bytes; a whole backup of this one is {want}: "
                             + ("cut short" if size < want else "something was added"))
    with open(file, "rb") as fh:
        fh.seek(data_end)
        if fh.read(want - data_end).strip(b"\0"):
            raise _refused(file, "something follows the database")


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a backup file (module docstring: its fields), read from the file's first
    kilobytes; StoreError for a file that is not a backup of this format (an old bare copy of
    ``desk.db`` has none)."""
    path = Path(path)
    if not is_backup_file(path):
        raise StoreError(f"backup: {path} has no manifest (not a backup file of this format)")
    with _open_backup(path, with_db=False) as opened:
        return dict(opened.manifest)


def backup_key_info(path: Path) -> keys.KeyInfo | None:
    """The key file a backup carries (None for an old bare copy, or a file that is no backup)."""
    if not is_backup_file(Path(path)):
        return None
    try:
        with _open_backup(Path(path), with_db=False) as opened:
            return opened.key_info
    except StoreError:
        return None


def _copy_db(file: Path, opened: _Opened, into: Path) -> None:
    """Stream the database member into the new 0600 file ``into``, checking its size and
    SHA-256 against the manifest."""
    reader = opened.tar.extractfile(opened.db_member)
    assert reader is not None, "a regular member"
    digest, size = hashlib.sha256(), 0
    with open(into, "r+b") as out:
        try:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        except (tarfile.TarError, OSError) as exc:
            raise _refused(file, f"desk.db cannot be read to its end: {exc}") from None
        out.flush()
        os.fsync(out.fileno())
    want = opened.manifest["db"]
    if size != want["size"]:
        raise _refused(file, f"desk.db is cut short at {size} of {want['size']} bytes")
    if digest.hexdigest() != want["sha256"]:
        raise _refused(file, "desk.db does not match the SHA-256 in its manifest")


def _when(newest: tuple[datetime, int] | None) -> str:
    return f"{newest[0]:%Y-%m-%d %H:%M:%S}Z, entry {newest[1]}" if newest else "no entries"


def _newest_entry(session: Session) -> tuple[datetime, int] | None:
    """(time, id) of the last audit entry (the chain's end); the id breaks ties between
    entries made in the same second."""
    row = session.execute(
        select(AuditEntry.at, AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def _check_db_file(path: Path, key: bytes) -> tuple[datetime, int] | None:
    """Open a would-be store file with the key and check it; returns its newest audit time."""
    engine = _sqlcipher_engine(path, key)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            bad = [r for (r,) in conn.exec_driver_sql("PRAGMA integrity_check") if r != "ok"]
            if bad:
                raise StoreError(f"{bad[0]}")
        with Session(engine) as s:
            problems = audit.verify_chain(s)
            if problems:
                raise StoreError(problems[0])
            return _newest_entry(s)
    finally:
        engine.dispose()


def _check_candidate(path: Path, key: bytes) -> tuple[datetime, int] | None:
    """Check a backup (either format) with the key; returns its newest audit time. A backup
    file's database is checked on a hidden 0600 copy beside it, removed afterwards."""
    path = Path(path)
    if not is_backup_file(path):
        return _check_db_file(path, key)
    with _open_backup(path) as opened, _scratch(path.parent, path.name) as copy:
        _copy_db(path, opened, copy)
        return _check_db_file(copy, key)


@contextmanager
def _scratch(folder: Path, name: str) -> Iterator[Path]:
    """A new empty 0600 file in ``folder``, removed (with any SQLite journal) on the way out."""
    path = folder / f".{name}.{secrets.token_hex(6)}.checking"
    files.create_private(path)
    try:
        yield path
    finally:
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)


def _unlock(file: Path, info: keys.KeyInfo, passphrase: str | None, recovery_key: str | None) -> bytes:
    try:
        return keys.unlock_key(info, passphrase, recovery=recovery_key)
    except keys.KeyUnavailable as exc:
        more = ("; on a new machine give its recovery key (--recovery-key)"
                if info.method == "keyring" and info.recovery else "")
        raise StoreError(f"restore: {exc}{more}; nothing was changed") from None
    except keys.KeyProblem as exc:
        text = str(exc)
        if info.method == "passphrase" and recovery_key is None:
            text = f"passphrase: wrong passphrase for this backup ({file.name})"
        raise StoreError(f"restore: {text.removesuffix('; nothing was changed')}; "
                         "nothing was changed") from None


def restore(data_dir: Path, file: Path, force: bool = False, *, passphrase: str | None = None,
            recovery_key: str | None = None, actor: str = "officer") -> RestoreReport:
    """Restore the backup ``file`` into ``data_dir``: over the store there, or as a new store
    when the data dir holds none (it may not exist yet).

    A backup file is opened with the key its own key file describes: the passphrase, the
    keyring entry, or ``recovery_key`` (a keyring-held store on a new machine: the key is then
    put into this account's keyring). An old bare copy of ``desk.db`` opens only with the data
    dir's own key file. Refuses (StoreError, nothing changed) a file that is missing,
    truncated, damaged, not under that key, or older than the store (by newest audit entry)
    unless ``force``."""
    data_dir, file = Path(data_dir), Path(file)
    if not file.is_file():
        raise StoreError(f"restore: {file} does not exist; nothing was changed")
    if is_backup_file(file):
        with _open_backup(file) as opened:
            info = opened.key_info
            key = _unlock(file, info, passphrase, recovery_key)
            return _restore(data_dir, file, force, info, key, passphrase, actor,
                            lambda staged: _copy_db(file, opened, staged))
    with open(file, "rb") as fh:
        head = fh.read(16)
    if len(head) < 16 or file.stat().st_size % 512:
        raise StoreError(f"restore: {file} is truncated (not a whole number of database pages); "
                         "nothing was changed")
    if head == SQLITE_PLAIN_HEADER:
        raise StoreError(f"restore: {file} is an unencrypted SQLite file, not a backup of this "
                         "store; nothing was changed")
    try:
        info = keys.read_keyinfo(data_dir)  # type: ignore[assignment]
    except (ValueError, TypeError) as exc:
        raise StoreError(f"restore: {data_dir / keys.KEYINFO_NAME} is damaged ({exc}); nothing was changed") from None
    if info is None:
        raise StoreError(f"restore: {file} is a bare copy of a store's desk.db (a backup made "
                         f"before backups carried their key file) and {data_dir} has no key "
                         "file, so its key is unknown; put that store's keyinfo.json into the "
                         "data dir first; nothing was changed")
    key = _unlock(file, info, passphrase, recovery_key)

    def copy(staged: Path) -> None:
        with open(file, "rb") as src, open(staged, "r+b") as dst:
            shutil.copyfileobj(src, dst, _CHUNK)

    return _restore(data_dir, file, force, None, key, passphrase, actor, copy)


def _restore(data_dir: Path, file: Path, force: bool, carried: keys.KeyInfo | None, key: bytes,
             passphrase: str | None, actor: str, fill: Any) -> RestoreReport:
    """``restore`` once the key is known: ``fill(staged)`` writes the database into the staged
    file; ``carried`` is the backup's own key file (None for an old bare copy)."""
    live = data_dir / DB_NAME
    new_store = not Database.exists(data_dir)
    current = None if new_store else _current_keyinfo(data_dir)
    if carried is not None and current is not None and carried.store_id != current.store_id:
        raise StoreError(f"restore: {file} is a backup of another store (store id "
                         f"{carried.store_id}; this one is {current.store_id}); restore it into "
                         "a new data dir (--data-dir); nothing was changed")
    whole = data_dir.absolute()
    made = [d for d in (whole, *whole.parents) if not d.exists()]
    try:
        files.private_dir(data_dir)
    except OSError as exc:
        remove_made_folders(made)
        raise StoreError(f"restore: cannot create {data_dir} ({exc.strerror}); nothing was "
                         "changed") from None
    stamp = _stamp(datetime.now(UTC))
    staged = data_dir / f"{DB_NAME}.restoring-{stamp}"
    kept = kept_keys = None
    put_in_keyring = False
    try:
        files.create_private(staged)
        fill(staged)
        try:
            backup_newest = _check_db_file(staged, key)
        except Exception as exc:  # sqlcipher: "file is not a database", malformed...
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            if "not a database" in reason:
                reason = "it does not open with this store's key"
            raise StoreError(
                f"restore: {file} is damaged, truncated or not a backup of this store "
                f"({reason}); nothing was changed") from None
        store_newest = None
        if live.exists():
            same_key = current is not None and current.check == keys.key_check(key)
            try:
                store_newest = _live_newest(data_dir, key if same_key else None, passphrase)
            except StoreError as exc:
                if not force:  # a damaged store is what one restores over; say so, then allow
                    raise StoreError(f"restore: the current store cannot be read ({exc}); use "
                                     "--force to replace it; nothing was changed") from None
            _refuse_if_in_use(data_dir)
            if store_newest and not force and (backup_newest is None or store_newest > backup_newest):
                raise StoreError(
                    f"restore: the store has work newer than the backup (store {_when(store_newest)}, "
                    f"backup {_when(backup_newest)}); use --force to replace it anyway; "
                    "nothing was changed")
        if carried is not None and carried.method == "keyring":
            put_in_keyring = _keyring_needs(carried, key)
        if live.exists():
            kept = data_dir / f"{DB_NAME}.replaced-{stamp}"
            try:
                os.link(live, kept)  # atomic: the live file never disappears
            except OSError:
                shutil.copy2(live, kept)
        if put_in_keyring:
            keys.keep_key_in_keyring(carried, key)  # type: ignore[arg-type]
        if carried is not None and (current is None or current.check != carried.check):
            # The restored file is under the backup's key: its key file goes with it (the one it
            # replaces is kept beside the replaced store, and put back if the last step fails).
            if current is not None:
                kept_keys = data_dir / f"{keys.KEYINFO_NAME}.replaced-{stamp}"
                shutil.copy2(data_dir / keys.KEYINFO_NAME, kept_keys)
            keys.write_keyinfo(data_dir, carried)
        try:
            os.replace(staged, live)
        except BaseException:
            if kept_keys is not None:
                os.replace(kept_keys, data_dir / keys.KEYINFO_NAME)
            raise
    except BaseException:
        staged.unlink(missing_ok=True)
        if kept is not None:  # the live store was never replaced: its copy beside is not needed
            kept.unlink(missing_ok=True)
        if put_in_keyring and carried is not None:
            keys.forget_key(carried)  # the key this restore put there, for a store not made
        if new_store:
            for name in (DB_NAME, keys.KEYINFO_NAME):
                (data_dir / name).unlink(missing_ok=True)
            remove_made_folders(made)
        raise
    db = Database.open(data_dir, passphrase=passphrase, key=key)
    try:
        desk = Desk(db, actor)
        with desk.unit_of_work("store.restore", "store") as (_s, note):
            note.change = {"file": file.name, "forced": bool(force), "new_data_dir": new_store,
                           "replaced_kept_as": kept.name if kept else None,
                           "key_file_replaced_kept_as": kept_keys.name if kept_keys else None}
    finally:
        db.close()
    return RestoreReport(file, kept, backup_newest, store_newest)


def _keyring_needs(info: keys.KeyInfo, key: bytes) -> bool:
    """True when this account's keyring does not hold ``key`` for the store (a new machine);
    StoreError when it holds another key under the store's name (the store it belongs to would
    lose its key) or no keyring works here."""
    import keyring

    try:
        held = keyring.get_password(keys.KEYRING_SERVICE, f"db-key:{info.store_id}")
    except Exception as exc:  # backend errors vary by OS
        raise StoreError(f"restore: keyring: the OS keyring cannot be used here ({exc}); "
                         "nothing was changed") from None
    if held is None:
        if not keys.keyring_works():
            raise StoreError("restore: keyring: no OS keyring works on this machine, and this "
                             "backup's key is kept in one; nothing was changed")
        return True
    if held != key.hex():
        raise StoreError("restore: keyring: this account's keyring holds another key for the "
                         "same store (it was re-keyed since the backup); restore into a new "
                         "data dir; nothing was changed")
    return False


def _current_keyinfo(data_dir: Path) -> keys.KeyInfo | None:
    with suppress(ValueError, TypeError, OSError):
        return keys.read_keyinfo(data_dir)
    return None


def _live_newest(data_dir: Path, key: bytes | None,
                 passphrase: str | None) -> tuple[datetime, int] | None:
    """Newest audit time of the current store (checkpointing its WAL into the file), opened
    with ``key`` when the backup has the store's key, else as its own key file says."""
    db = Database.open(data_dir, passphrase=passphrase, migrate=False, key=key)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with db.read() as s:
            return _newest_entry(s)
    finally:
        db.close()


def _refuse_if_in_use(data_dir: Path) -> None:
    """SQLite removes the WAL when the last connection closes; one still there after ours
    closed means another process has the store open, and its WAL would be applied to the
    restored file."""
    if (data_dir / f"{DB_NAME}-wal").exists():
        raise StoreError("restore: the store is open in another Liaison Desk window or process "
                         "(or was left mid-write); close it first; nothing was changed")

