"""A whole-store import is journalled in a rollback journal when it has the store to itself
(``Database.write(bulk=True)``): written once, not into the WAL and again by a checkpoint. The
journal changes how the transaction is written, never whether it is all-or-nothing."""

from __future__ import annotations

import pytest
import sqlcipher3
from sqlalchemy import func, select

from app.interchange import InterchangeError, checks, export_store, import_store, loader
from app.store.models import AuditEntry, Request

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


def _journal_mode(desk) -> str:
    with desk.db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA journal_mode").scalar()


def _count(desk, column) -> int:
    with desk.read() as s:
        return s.execute(select(func.count(column))).scalar()


def _spy_journal(monkeypatch) -> list[str]:
    """Record the journal mode the import's own connection is in while it loads."""
    seen: list[str] = []
    original = loader.load_and_check

    def load(cur, driver, *args):
        seen.append(cur.execute("PRAGMA journal_mode").fetchone()[0])
        return original(cur, driver, *args)

    monkeypatch.setattr(loader, "load_and_check", load)
    return seen


def test_import_with_the_store_to_itself_is_written_once_through_a_rollback_journal(
        rich_desk, empty_desk, monkeypatch):
    seen = _spy_journal(monkeypatch)
    import_store(empty_desk, export_store(rich_desk))
    assert seen == ["delete"]
    assert _journal_mode(empty_desk) == "wal"  # restored for everyday work
    assert not (empty_desk.db.data_dir / "desk.db-journal").exists()
    assert _count(empty_desk, Request.id) == _count(rich_desk, Request.id)


def test_import_beside_another_open_connection_stays_in_wal_and_still_completes(
        rich_desk, empty_desk, monkeypatch):
    """Another process (or the window) holding the store open keeps SQLite in WAL mode; the
    import must neither fail nor wait for it."""
    other = sqlcipher3.dbapi2.connect(str(empty_desk.db.data_dir / "desk.db"))
    try:
        other.execute(f"PRAGMA key = \"x'{empty_desk.db._key.hex()}'\"")
        assert other.execute("SELECT count(*) FROM agreement").fetchone()[0] > 0
        seen = _spy_journal(monkeypatch)
        import_store(empty_desk, export_store(rich_desk))
        assert seen == ["wal"]
        assert other.execute("SELECT count(*) FROM request").fetchone()[0] == _count(rich_desk, Request.id)
    finally:
        other.close()
    assert _journal_mode(empty_desk) == "wal"


def test_failed_import_in_a_rollback_journal_writes_nothing_and_returns_to_wal(
        rich_desk, empty_desk, monkeypatch):
    data = export_store(rich_desk)
    seen = _spy_journal(monkeypatch)

    def failing_chain(decoded, collection="audit"):
        raise InterchangeError("audit[0].hash", "does not match the entry: the entry was altered")

    monkeypatch.setattr(checks, "check_audit_chain", failing_chain)
    before = _count(empty_desk, AuditEntry.id)
    try:
        import_store(empty_desk, data)
    except InterchangeError as exc:
        assert str(exc).startswith("audit[0].hash:")
    else:
        raise AssertionError("the altered audit chain was accepted")
    assert seen == ["delete"]
    assert _count(empty_desk, AuditEntry.id) == before
    assert _count(empty_desk, Request.id) == 0
    assert _journal_mode(empty_desk) == "wal"
    assert not (empty_desk.db.data_dir / "desk.db-journal").exists()


def test_store_left_in_rollback_journal_mode_by_a_crash_opens_in_wal_again(empty_desk):
    """A process killed between leaving WAL and restoring it leaves the file in rollback-journal
    mode; the next connection puts it back (every connection sets WAL)."""
    empty_desk.db.engine.dispose()
    with empty_desk.db.engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    empty_desk.db.engine.dispose()
    raw = sqlcipher3.dbapi2.connect(str(empty_desk.db.data_dir / "desk.db"))
    try:
        raw.execute(f"PRAGMA key = \"x'{empty_desk.db._key.hex()}'\"")
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # as the crash left it
    finally:
        raw.close()
    assert _journal_mode(empty_desk) == "wal"


def test_wal_not_restored_after_a_bulk_write_still_keeps_its_outcome(empty_desk, monkeypatch):
    """Restoring WAL can fail (busy past the timeout): the committed write stands, the
    connection is dropped, and the next one is in WAL mode again."""
    import app.store.db as db_module

    real_connect = sqlcipher3.dbapi2.connect

    class Busy:
        """A DB-API connection whose journal can leave WAL but not go back to it."""

        def __init__(self, inner):
            self._inner = inner

        def execute(self, sql, *args):
            if sql.strip().upper() == "PRAGMA JOURNAL_MODE = WAL" and getattr(self, "_left", False):
                raise sqlcipher3.dbapi2.OperationalError("database is locked")
            if sql.strip().upper() == "PRAGMA JOURNAL_MODE = DELETE":
                self._left = True
            return self._inner.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def __setattr__(self, name, value):
            if name in ("_inner", "_left"):
                object.__setattr__(self, name, value)
            else:
                setattr(self._inner, name, value)

    empty_desk.db.engine.dispose()
    monkeypatch.setattr(empty_desk.db.engine.dialect, "connect",
                        lambda *a, **k: Busy(real_connect(*a, **k)))
    with empty_desk.db.write(bulk=True) as s:
        s.execute(db_module.text("CREATE TABLE bulk_probe (x)"))
        s.execute(db_module.text("INSERT INTO bulk_probe VALUES (1)"))
    assert empty_desk.db.last_bulk_journal == "rollback journal"
    monkeypatch.undo()
    empty_desk.db.engine.dispose()
    assert _journal_mode(empty_desk) == "wal"
    with empty_desk.read() as s:
        assert s.execute(db_module.text("SELECT x FROM bulk_probe")).scalar() == 1
