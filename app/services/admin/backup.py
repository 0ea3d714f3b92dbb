"""Backups of the encrypted store (SQLite's online backup API) and restoring one.

A backup is a copy of ``desk.db`` under the same key, made while the store is open. Rolling
backups live in ``<data dir>/backups/desk-YYYYmmddTHHMMSSZ.db``; the newest ``backup_keep`` are
kept (0 keeps all). Restore checks the file completely before anything is touched and keeps the
replaced store beside it as ``desk.db.replaced-<stamp>``.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.security import audit, keys
from app.services.context import Desk
from app.services.validation import ServiceError
from app.store.db import DB_NAME, SQLITE_PLAIN_HEADER, Database, StoreError, _sqlcipher_engine
from app.store.models import AuditEntry

BACKUP_DIR = "backups"
_NAME = re.compile(r"^desk-(\d{8}T\d{6}Z)(?:-(\d+))?\.db$")


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
    folder = backups_dir(desk)
    base = f"desk-{_stamp(desk.now())}"
    target, n = folder / f"{base}.db", 1
    while target.exists():  # two backups in one second (a fixed test clock, a quick exit)
        n += 1
        target = folder / f"{base}-{n}.db"
    desk.db.backup_to(target)
    if keep:
        for old in list_backups(desk)[:-keep]:
            old.unlink(missing_ok=True)
    return target


def backup_to_file(desk: Desk, out: Path) -> Path:
    """Copy the store to ``out`` (same key: it opens only where this store's key is known).

    Recorded (``store.backup``) before the copy, so the copy carries its own record."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise ServiceError("out", QT_TRANSLATE_NOOP(
                "Refusal", "{out} is a folder; give a file name").format(
                    out=out))
    with desk.unit_of_work("store.backup", "store") as (_s, note):
        note.change = {"file": out.name}
    try:
        return desk.db.backup_to(out)
    except OSError as exc:
        raise ServiceError("out", QT_TRANSLATE_NOOP(
                "Refusal", "cannot write {out} ({strerror})").format(
                    out=out, strerror=exc.strerror)) from None


def _when(newest: tuple[datetime, int] | None) -> str:
    return f"{newest[0]:%Y-%m-%d %H:%M:%S}Z, entry {newest[1]}" if newest else "no entries"


def _newest_entry(session: Session) -> tuple[datetime, int] | None:
    """(time, id) of the last audit entry (the chain's end); the id breaks ties between
    entries made in the same second."""
    row = session.execute(
        select(AuditEntry.at, AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def _check_candidate(path: Path, key: bytes) -> tuple[datetime, int] | None:
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


def restore(data_dir: Path, file: Path, force: bool = False, *, passphrase: str | None = None,
            actor: str = "officer") -> RestoreReport:
    """Replace the store in ``data_dir`` with the backup ``file``.

    Refuses (StoreError, nothing changed) a file that is missing, truncated, damaged, not under
    this store's key, or older than the store (by newest audit entry) unless ``force``."""
    data_dir, file = Path(data_dir), Path(file)
    live = data_dir / DB_NAME
    if not file.is_file():
        raise StoreError(f"restore: {file} does not exist; nothing was changed")
    with open(file, "rb") as fh:
        head = fh.read(16)
    if len(head) < 16 or file.stat().st_size % 512:
        raise StoreError(f"restore: {file} is truncated (not a whole number of database pages); "
                         "nothing was changed")
    if head == SQLITE_PLAIN_HEADER:
        raise StoreError(f"restore: {file} is an unencrypted SQLite file, not a backup of this "
                         "store; nothing was changed")
    try:
        info = keys.read_keyinfo(data_dir)
    except (ValueError, TypeError) as exc:
        raise StoreError(f"restore: {data_dir / keys.KEYINFO_NAME} is damaged ({exc}); nothing was changed") from None
    if info is None:
        raise StoreError(f"restore: {data_dir} has no key file, so the backup's key is unknown; "
                         "nothing was changed")
    try:
        key = keys.unlock_key(info, passphrase)
    except keys.KeyProblem as exc:
        raise StoreError(f"restore: {exc}; nothing was changed") from None

    stamp = _stamp(datetime.now(UTC))
    staged = data_dir / f"{DB_NAME}.restoring-{stamp}"
    shutil.copyfile(file, staged)
    try:
        try:
            backup_newest = _check_candidate(staged, key)
        except Exception as exc:  # sqlcipher: "file is not a database", malformed...
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            if "not a database" in reason:
                reason = "it does not open with this store's key"
            raise StoreError(
                f"restore: {file} is damaged, truncated or not a backup of this store "
                f"({reason}); nothing was changed") from None
        store_newest = None
        if live.exists():
            try:
                store_newest = _live_newest(data_dir, passphrase)
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
        kept = None
        if live.exists():
            kept = data_dir / f"{DB_NAME}.replaced-{stamp}"
            try:
                os.link(live, kept)  # atomic: the live file never disappears
            except OSError:
                shutil.copy2(live, kept)
        os.replace(staged, live)
    finally:
        staged.unlink(missing_ok=True)
    db = Database.open(data_dir, passphrase=passphrase)
    try:
        desk = Desk(db, actor)
        with desk.unit_of_work("store.restore", "store") as (_s, note):
            note.change = {"file": file.name, "forced": bool(force),
                           "replaced_kept_as": kept.name if kept else None}
    finally:
        db.close()
    return RestoreReport(file, kept, backup_newest, store_newest)


def _live_newest(data_dir: Path, passphrase: str | None) -> tuple[datetime, int] | None:
    """Newest audit time of the current store (checkpointing its WAL into the file)."""
    db = Database.open(data_dir, passphrase=passphrase, migrate=False)
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
