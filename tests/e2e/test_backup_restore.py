"""Rolling backups, backup to a file, and restore: checked before anything is touched."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, timedelta

import pytest
from sqlalchemy import func, select

from app.services import init_store, open_desk
from app.services.admin.backup import (
    backup_to_file,
    list_backups,
    restore,
    rolling_backup,
    should_backup_today,
)
from app.services.admin.settings import set_setting
from app.services.admin.verify import verify_store
from app.services.requests.commands import register_incoming
from app.store.db import StoreError
from app.store.models import Request

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


def _count_requests(data_dir) -> int:
    desk = open_desk(data_dir)
    try:
        with desk.read() as s:
            return s.execute(select(func.count(Request.id))).scalar()
    finally:
        desk.db.close()


def test_rolling_backup_names_files_by_utc_time_and_keeps_the_newest_n(desk):
    set_setting(desk, "backup_keep", 2)
    made = []
    for minutes in range(3):
        base = desk.now()
        desk.clock = lambda b=base, m=minutes: b + timedelta(minutes=m)
        made.append(rolling_backup(desk))
    assert all(re.fullmatch(r"desk-\d{8}T\d{6}Z\.tar", p.name) for p in made)
    assert list_backups(desk) == made[1:]


def test_two_rolling_backups_in_one_second_do_not_overwrite_each_other(desk):
    first, second = rolling_backup(desk, keep=0), rolling_backup(desk, keep=0)
    assert first != second and first.exists() and second.exists()


def test_should_backup_today_is_false_once_a_backup_of_today_exists(desk):
    assert should_backup_today(desk)
    rolling_backup(desk)
    assert not should_backup_today(desk)
    tomorrow = desk.now() + timedelta(days=1)
    desk.clock = lambda: tomorrow
    assert should_backup_today(desk)


def test_restore_refuses_a_backup_older_than_the_store_without_force(desk, data_dir, tmp_path, complete_fields):
    backup = backup_to_file(desk, tmp_path / "copy.db")
    register_incoming(desk, "jp-us-1997", complete_fields)
    desk.db.close()
    live_before = (data_dir / "desk.db").read_bytes()
    with pytest.raises(StoreError, match="newer than the backup.*--force.*nothing was changed"):
        restore(data_dir, backup)
    assert (data_dir / "desk.db").read_bytes() == live_before


def test_forced_restore_keeps_the_replaced_store_and_passes_verify(desk, data_dir, tmp_path, complete_fields):
    backup = backup_to_file(desk, tmp_path / "copy.db")
    register_incoming(desk, "jp-us-1997", complete_fields)
    desk.db.close()
    report = restore(data_dir, backup, force=True)
    assert report.replaced_kept_as is not None and report.replaced_kept_as.exists()
    assert _count_requests(data_dir) == 0
    restored = open_desk(data_dir)
    try:
        assert verify_store(restored) == []
    finally:
        restored.db.close()


def test_restore_of_a_backup_as_new_as_the_store_needs_no_force(desk, data_dir, tmp_path, complete_fields):
    register_incoming(desk, "jp-us-1997", complete_fields)
    backup = backup_to_file(desk, tmp_path / "copy.db")
    desk.db.close()
    restore(data_dir, backup)
    assert _count_requests(data_dir) == 1


@pytest.mark.parametrize("cut", ["mid-page", "whole-page"])
def test_truncated_backup_is_refused_and_nothing_is_overwritten(desk, data_dir, tmp_path, complete_fields, cut):
    for i in range(5):
        register_incoming(desk, "jp-us-1997", {**complete_fields, "their_ref": f"T-{i}"})
    backup = backup_to_file(desk, tmp_path / "copy.db")
    desk.db.close()
    data = backup.read_bytes()
    size = len(data) - 1000 if cut == "mid-page" else len(data) - 4096
    backup.write_bytes(data[:size])
    live_before = (data_dir / "desk.db").read_bytes()
    with pytest.raises(StoreError, match=r"^restore: .*(truncated|damaged).*nothing was changed"):
        restore(data_dir, backup, force=True)
    assert (data_dir / "desk.db").read_bytes() == live_before
    assert not list(data_dir.glob("desk.db.replaced-*"))
    assert not list(data_dir.glob("desk.db.restoring-*"))


def test_backup_of_another_store_is_refused_over_this_one(desk, data_dir, tmp_path):
    other = init_store(tmp_path / "other", actor="Other")
    foreign = backup_to_file(other, tmp_path / "foreign.tar")
    other.db.close()
    desk.db.close()
    live_before = (data_dir / "desk.db").read_bytes()
    with pytest.raises(StoreError, match="backup of another store.*new data dir.*nothing was changed"):
        restore(data_dir, foreign, force=True)
    assert (data_dir / "desk.db").read_bytes() == live_before


def test_old_raw_backup_of_another_store_under_another_key_is_refused(desk, data_dir, tmp_path):
    other = init_store(tmp_path / "other", actor="Other")
    foreign = other.db.backup_to(tmp_path / "foreign.db")  # a bare copy, as backups once were
    other.db.close()
    desk.db.close()
    live_before = (data_dir / "desk.db").read_bytes()
    with pytest.raises(StoreError, match="does not open with this store's key"):
        restore(data_dir, foreign, force=True)
    assert (data_dir / "desk.db").read_bytes() == live_before


def test_plain_sqlite_file_is_refused(desk, data_dir, tmp_path):
    plain = tmp_path / "plain.db"
    con = sqlite3.connect(plain)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    desk.db.close()
    with pytest.raises(StoreError, match="unencrypted SQLite file"):
        restore(data_dir, plain, force=True)


def test_restore_is_refused_while_the_store_is_open_elsewhere(desk, data_dir, tmp_path, complete_fields):
    backup = backup_to_file(desk, tmp_path / "copy.db")
    with desk.read() as s:  # this desk keeps a connection (and so the WAL) open
        s.execute(select(func.count(Request.id))).scalar()
        with pytest.raises(StoreError, match="open in another"):
            restore(data_dir, backup, force=True)


def test_restore_is_recorded_in_the_restored_audit_log(desk, data_dir, tmp_path):
    from app.store.models import AuditEntry

    backup = backup_to_file(desk, tmp_path / "copy.db")
    desk.db.close()
    restore(data_dir, backup, actor="Officer Restore")
    d = open_desk(data_dir)
    try:
        with d.read() as s:
            last = s.execute(select(AuditEntry.action, AuditEntry.actor).order_by(AuditEntry.id.desc())).first()
        assert tuple(last) == ("store.restore", "Officer Restore")
    finally:
        d.db.close()


def test_one_rolling_backup_a_day_also_in_tokyo_before_9am(desk, time_zone):
    """Backups are named by their UTC time; the once-a-day check reads the same UTC day, so an
    officer starting the desk at 08:30 in Tokyo (still yesterday in UTC) gets no second backup."""
    from datetime import datetime

    time_zone("Asia/Tokyo")
    desk.clock = lambda: datetime(2026, 11, 19, 23, 30, tzinfo=UTC)
    rolling_backup(desk)
    assert not should_backup_today(desk)
