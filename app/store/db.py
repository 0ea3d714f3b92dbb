"""Opening, creating and migrating the encrypted store.

One SQLite file (``desk.db``) in the data dir, encrypted with SQLCipher (``sqlcipher3`` as the
DB-API module under SQLAlchemy). The key comes from ``app.security.keys``. Connections run with
WAL (a whole-store import: a rollback journal, see ``app.store.bulk_journal``),
``synchronous=FULL`` and foreign keys on; transactions are begun explicitly so that DDL in
migrations is transactional and write transactions take the write lock at once
(``BEGIN IMMEDIATE``), which is what makes gapless references safe across processes.

A database URL (``LIAISON_DESK_DATABASE_URL``) can point at another server (e.g. a shared
PostgreSQL); then encryption at rest is that server's business and no key is used.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlalchemy import create_engine, event, make_url, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, DBAPIError

from app.security import files, keys
from app.store import search_grams

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

DB_NAME = "desk.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """A store cannot be opened or created; the message is one readable line."""


def _alembic_config() -> Config:
    # Alembic is imported only when the schema is not at head (or asked for): it costs a tenth
    # of a second at every start otherwise.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


#: The newest migration shipped with this version. Kept as a constant so that opening a store at
#: head never imports Alembic (CLI whole-process budget, docs/benchmarks.md);
#: tests/unit/store checks it against Alembic's own head of ``migrations/versions``.
SCHEMA_HEAD = "0014"


#: A key file written before a passphrase change re-keys the store (``Database.change_passphrase``).
PENDING_KEYINFO = "keyinfo.pending.json"


def _pending_keyinfo(data_dir: Path) -> keys.KeyInfo | None:
    path = data_dir / PENDING_KEYINFO
    if not path.exists():
        return None
    try:
        return keys.KeyInfo.from_json(path.read_text(encoding="utf-8"))
    except (ValueError, TypeError, OSError):
        return None  # half-written: the change never reached the store


def _open_with_pending(cls: type[Database], path: Path, data_dir: Path,
                       pending: keys.KeyInfo, passphrase: str | None) -> Database | None:
    """The store opened with the pending key file's key (a change of key storage that stopped
    after the re-key), or None when that key does not open it either."""
    try:
        key = keys.unlock_key(pending, passphrase)
    except keys.KeyProblem:
        return None
    db = cls(_sqlcipher_engine(path, key), data_dir, pending, key)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception:
        db.engine.dispose()
        return None
    return db


def head_revision() -> str:
    """The newest migration revision shipped with this version."""
    return SCHEMA_HEAD


def alembic_head_revision() -> str:
    """Alembic's head of the shipped migrations (imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None, "the shipped migrations have one head"
    return head


#: Every engine keeps the values of its statements out of its errors and logs: an error that
#: reaches the log file (ui.errors) names the statement, never the officer's text it carried.
QUIET = {"hide_parameters": True}


def _first_line(exc: BaseException) -> str:
    """What the database said, without SQLAlchemy's wrapping and background link."""
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


def quiet(cursor: sqlcipher3.dbapi2.Cursor) -> None:
    """Keep SQLCipher's own log ("ERROR CORE ...", dozens of lines for one damaged page or a
    wrong key) off the terminal: the desk reports each problem itself, in one line."""
    cursor.execute("PRAGMA cipher_log_level = NONE")


def _sqlcipher_engine(path: Path, key: bytes) -> Engine:
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher3.dbapi2, **QUIET)
    hexkey = key.hex()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # SQLAlchemy event signature
        # We issue BEGIN ourselves (see module docstring).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        quiet(cur)
        cur.execute(f"PRAGMA key = \"x'{hexkey}'\"")
        cur.execute("PRAGMA busy_timeout = 15000")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()
        search_grams.install(dbapi_conn)  # the search index's fill statements call it

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = "IMMEDIATE" if conn.get_execution_options().get("liaison_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def remove_made_folders(folders: list[Path] | tuple[Path, ...]) -> None:
    """Remove folders a refused create made, deepest first, while they are empty (a folder that
    now holds anything, or that was there before, is left alone)."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


class Database:
    """An open store: an engine, Core connections for reading (``connect``) and ORM sessions
    for writing (``write``; ``read`` for the code that reads through the ORM).

    The ORM (``sqlalchemy.orm``, the mapped classes of ``app.store.models`` and the Session
    listeners they install) is imported on the first ``read()`` or ``write()``, not when a store
    is opened: the read commands run on ``connect()`` alone (CLI whole-process budget,
    docs/benchmarks.md)."""

    def __init__(
        self,
        engine: Engine,
        data_dir: Path | None,
        key_info: keys.KeyInfo | None,
        key: bytes | None = None,
    ):
        self.engine = engine
        self._key = key
        self.data_dir = data_dir
        self.key_info = key_info
        self._session_factory: sessionmaker | None = None
        #: How the last ``write(bulk=True)`` was journalled (for the benchmark's note).
        self.last_bulk_journal: str | None = None
        #: Folders ``create`` made for this store (deepest first), removed if it is discarded.
        self.made_folders: tuple[Path, ...] = ()
        #: This open store's name in the change notifications of a server (``app.store.changes``):
        #: a desk skips what it announced itself.
        self.origin = uuid.uuid4().hex

    # -- opening -------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The database file, or None for a server URL."""
        return self.data_dir / DB_NAME if self.data_dir else None

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        """True when the data dir already holds a store (or something in its place)."""
        return (Path(data_dir) / DB_NAME).exists() or (Path(data_dir) / keys.KEYINFO_NAME).exists()

    @classmethod
    def create(cls, data_dir: Path, method: str | None = None, passphrase: str | None = None) -> Database:
        """Create a new encrypted store in ``data_dir`` and migrate it to the newest schema.

        ``method`` None picks: passphrase if one is given, else the OS keyring if it works.
        Refuses to touch a data dir that already holds a store or a foreign file."""
        data_dir = Path(data_dir)
        if cls.exists(data_dir):
            raise StoreError(f"data dir: {data_dir} already holds a store; nothing was changed")
        # The folders this call makes (the data dir and any missing parents), deepest first: a
        # refused create removes them again, and never a folder that was there before.
        whole = data_dir.absolute()
        made = [d for d in (whole, *whole.parents) if not d.exists()]
        try:
            files.private_dir(data_dir)
        except OSError as exc:
            remove_made_folders(made)
            raise StoreError(f"data dir: cannot create {data_dir} ({exc.strerror})") from exc
        try:
            db = cls._create_in(data_dir, method, passphrase)
        except BaseException:
            remove_made_folders(made)
            raise
        db.made_folders = tuple(made)
        return db

    @classmethod
    def _create_in(cls, data_dir: Path, method: str | None, passphrase: str | None) -> Database:
        """``create`` once ``data_dir`` exists: the key, the file and its schema."""
        if passphrase is None and method in (None, "passphrase"):
            passphrase = os.environ.get(keys.PASSPHRASE_ENV) or None  # headless use
        if method is None:
            if passphrase:
                method = "passphrase"
            elif keys.keyring_works():
                method = "keyring"
            else:
                raise StoreError(
                    "key: no OS keyring works on this machine; set a passphrase "
                    f"(prompt, or {keys.PASSPHRASE_ENV})"
                )
        try:
            info, key = keys.create_key(data_dir, method, passphrase)
        except ValueError as exc:
            raise StoreError(str(exc)) from exc
        except Exception as exc:  # keyring backends raise their own errors
            raise StoreError(f"key: cannot store the key ({exc})") from exc
        try:
            files.create_private(data_dir / DB_NAME)  # 0600 before SQLCipher writes a page
        except OSError as exc:
            keys.forget_key(info)
            (data_dir / keys.KEYINFO_NAME).unlink(missing_ok=True)
            raise StoreError(f"data dir: cannot create {data_dir / DB_NAME} ({exc.strerror})") from exc
        db = cls(_sqlcipher_engine(data_dir / DB_NAME, key), data_dir, info, key)
        try:
            db.migrate()
        except Exception:
            db.engine.dispose()
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", keys.KEYINFO_NAME):
                (data_dir / name).unlink(missing_ok=True)
            keys.forget_key(info)
            raise
        return db

    @classmethod
    def open(cls, data_dir: Path, passphrase: str | None = None, migrate: bool = True, *,
             key: bytes | None = None) -> Database:
        """Open an existing store; never overwrites anything it cannot read. ``key``: the store's
        key when it was already unlocked in this process (still checked against the key file)."""
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME
        if not path.exists():
            raise StoreError(f"data dir: no store in {data_dir} (run 'liaison-desk init')")
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header == SQLITE_PLAIN_HEADER:
            raise StoreError(
                f"{path}: a plain, unencrypted SQLite file, not a Liaison Desk store; left untouched"
            )
        try:
            info = keys.read_keyinfo(data_dir)
        except (ValueError, TypeError) as exc:
            raise StoreError(f"{data_dir / keys.KEYINFO_NAME}: not a Liaison Desk key file ({exc})") from exc
        if info is None:
            raise StoreError(
                f"{data_dir / keys.KEYINFO_NAME}: missing, so the key of {path} is unknown; left untouched"
            )
        pending = _pending_keyinfo(data_dir)
        try:
            key = keys.unlock_key(info, passphrase, known=key)
        except keys.WrongPassphrase as exc:
            if pending is None:
                raise StoreError(str(exc)) from exc
            # A passphrase change stopped after the store was re-keyed: the new passphrase
            # opens it, and the change is finished here.
            try:
                key = keys.unlock_key(pending, passphrase)
            except keys.KeyProblem:
                raise StoreError(str(exc)) from exc
            info = pending
        except keys.KeyProblem as exc:
            raise StoreError(str(exc)) from exc
        # A data dir made before files were private (0755, 0644) is narrowed on each open;
        # a read-only one is read as it is.
        files.tighten(data_dir)
        db = cls(_sqlcipher_engine(path, key), data_dir, info, key)
        try:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except Exception as exc:  # sqlcipher reports "file is not a database"
            db.engine.dispose()
            moved = _open_with_pending(cls, path, data_dir, pending, passphrase) \
                if pending is not None and info is not pending else None
            if moved is not None and pending is not None:  # re-keyed to the pending key
                if info.method == "keyring" and pending.method == "passphrase":
                    keys.forget_key(info)  # the old key, which no longer opens anything
                db, info = moved, pending
            elif pending is not None and info is not pending:
                raise StoreError("passphrase: the passphrase was being changed when the desk "
                                 "stopped, and the store already has the new one; give the new "
                                 "passphrase") from exc
            elif pending is not None:
                raise StoreError("passphrase: a change of passphrase stopped before it reached "
                                 "the store, which still opens with the old passphrase") from exc
            else:
                raise StoreError(
                    f"{path}: cannot be decrypted with this store's key: damaged or not a "
                    "Liaison Desk store; left untouched"
                ) from exc
        if pending is not None:
            # The key that opened the store is now the only one: the change is finished (the
            # new key file replaces the old), or it never reached the store (the new goes).
            if info is pending:
                os.replace(data_dir / PENDING_KEYINFO, data_dir / keys.KEYINFO_NAME)
            else:
                (data_dir / PENDING_KEYINFO).unlink(missing_ok=True)
        given = passphrase or os.environ.get(keys.PASSPHRASE_ENV)
        if migrate and info.method == "passphrase" and given and info.n < keys.SCRYPT_N:
            # A key file from before the cost rose (N = 2^14): re-keyed once at today's cost,
            # with the same passphrase, all or nothing (a pending key file, as for a change).
            db._rekey(given)
        if migrate:
            db.migrate()
        return db

    @classmethod
    def open_url(cls, url: str) -> Database:
        """Open a store on a database server (no SQLCipher; the server protects the data).

        A ``sqlite:///`` URL (an unencrypted file, for tests and trials) goes through the SQLite
        bundled with sqlcipher3, which has the FTS5 trigram tokenizer the search index needs."""
        try:
            parsed = make_url(url)
        except Exception as exc:  # SQLAlchemy's ArgumentError and friends
            raise StoreError(f"database URL: cannot read it ({exc})") from exc
        shown = parsed.render_as_string(hide_password=True)
        try:
            if parsed.get_backend_name() == "sqlite":
                engine = create_engine(parsed, module=sqlcipher3.dbapi2, **QUIET)
                # The search index's fill statements call it (see _sqlcipher_engine).
                event.listen(engine, "connect", lambda dbapi_conn, _record:
                             search_grams.install(dbapi_conn))
            elif parsed.get_backend_name() == "postgresql":
                # psycopg prepares a statement run five times on a connection, and PostgreSQL
                # may then plan it once for any values (a generic plan): a page's LIMIT and a
                # filter's values unknown, the plan walks or sorts far more rows than the
                # values need (the request list's first page took 3 ms instead of 0.3 on the
                # 100k bench store). Every statement is planned for its own values instead.
                engine = create_engine(parsed, connect_args={"prepare_threshold": None}, **QUIET)
            else:
                engine = create_engine(parsed, **QUIET)
        except Exception as exc:  # unknown dialect, driver not installed
            raise StoreError(f"database URL: {shown}: {exc}") from exc
        db = cls(engine, None, None)
        try:
            db.migrate()
        except DBAPIError as exc:  # unreachable, refused, or a role without rights on the tables
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise StoreError(f"database URL: cannot open {shown} ({reason})") from exc
        return db

    def server_identity(self) -> str | None:
        """The database role this desk connects as on a server (``current_user``): who acts, in
        the audit, on a shared desk where each officer signs in as their own role. None for a
        file store (its officer is named by the desk's profile)."""
        if self.engine.dialect.name == "sqlite":
            return None
        with self.engine.connect() as conn:
            return str(conn.execute(text("SELECT current_user")).scalar())

    def close(self) -> None:
        """Release every connection (checkpoints the WAL)."""
        self.engine.dispose()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-key a passphrase store (SQLCipher's ``PRAGMA rekey``) under a new passphrase, all
        or nothing; this object goes on with the new key (a new engine; connections checked
        out before are the old engine's and must not be used after).

        Order, so that a stop at any point leaves a store some passphrase opens: the new key
        file is written beside the old (``keyinfo.pending.json``); the store is re-keyed in one
        transaction; the new key file replaces the old. ``open`` finishes (or forgets) a change
        that stopped in between. Backups made before keep the old passphrase."""
        from app.security.strength import check_passphrase

        if self.data_dir is None or self.key_info is None or self.key_info.method != "passphrase":
            raise StoreError("passphrase: only a store protected by a passphrase has one to change")
        check_passphrase("new passphrase", new_passphrase, hints=[self.data_dir.name])
        self._rekey(new_passphrase)

    def _rekey(self, passphrase: str) -> None:
        """``change_passphrase``'s work, at today's scrypt cost (``keys.SCRYPT_N``); also how a
        key file of a lower cost is brought up to it (``open``), with the same passphrase."""
        import base64
        import dataclasses
        import secrets

        assert self.data_dir is not None and self.key_info is not None, "a passphrase file store"
        info = self.key_info
        salt = secrets.token_bytes(16)
        key = keys.derive_key(passphrase, salt, keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P)
        new = dataclasses.replace(info, method="passphrase", salt=base64.b64encode(salt).decode(),
                                  n=keys.SCRYPT_N, r=keys.SCRYPT_R, p=keys.SCRYPT_P,
                                  check=keys.key_check(key), unlock=None, recovery=None)
        self._rekey_to(new, key)

    def _rekey_to(self, new: keys.KeyInfo, key: bytes) -> None:
        """Re-key the file to ``key`` described by ``new``, all or nothing (see
        ``change_passphrase``)."""
        assert self.data_dir is not None
        files.write_private(self.data_dir / PENDING_KEYINFO, new.to_json().encode("utf-8"),
                            field="keyinfo")
        self.engine.dispose()  # the re-key needs the only connection to the file
        rekeyed = False
        raw = sqlcipher3.dbapi2.connect(str(self.data_dir / DB_NAME))
        try:
            raw.isolation_level = None
            cur = raw.cursor()
            quiet(cur)
            cur.execute(f"PRAGMA key = \"x'{self._key.hex() if self._key else ''}'\"")
            cur.execute("PRAGMA busy_timeout = 15000")
            cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
            cur.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
            rekeyed = True
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            raw.close()
            if not rekeyed:  # the store kept its key: the pending key file is forgotten
                (self.data_dir / PENDING_KEYINFO).unlink(missing_ok=True)
            raise
        raw.close()
        os.replace(self.data_dir / PENDING_KEYINFO, self.data_dir / keys.KEYINFO_NAME)
        self.key_info, self._key = new, key
        self.engine = _sqlcipher_engine(self.data_dir / DB_NAME, key)
        self._session_factory = None

    def change_key_storage(self, method: str, passphrase: str | None = None) -> None:
        """Keep the key the other way (what the first-run wizard asked): ``"keyring"`` (a new
        random key in this account's keyring) or ``"passphrase"`` (derived from
        ``passphrase``, which must be strong). The store is re-keyed all or nothing, as by
        ``change_passphrase``; the old keyring entry goes once the store no longer needs it."""
        import secrets

        from app.security.strength import check_passphrase

        info = self.key_info
        if self.data_dir is None or info is None:
            raise StoreError("key: only a store in a data dir keeps its key this way")
        if method == info.method:
            raise StoreError(f"key: the key is kept that way already ({method})")
        if method == "passphrase":
            check_passphrase("passphrase", passphrase, hints=[self.data_dir.name])
            assert passphrase is not None
            self._rekey(passphrase)
            keys.forget_key(info)  # the keyring's copy of the old key
        elif method == "keyring":
            import keyring

            if not keys.keyring_works():
                raise StoreError("key: no OS keyring works on this machine")
            key = secrets.token_bytes(32)
            new = keys.KeyInfo(store_id=info.store_id, method="keyring", check=keys.key_check(key))
            keyring.set_password(keys.KEYRING_SERVICE, f"db-key:{info.store_id}", key.hex())
            try:
                self._rekey_to(new, key)
            except BaseException:
                # Only a re-key that never reached the store may lose its key; one that did is
                # finished at the next open from the pending key file, with this key.
                if not (self.data_dir / PENDING_KEYINFO).exists():
                    keys.forget_key(new)
                raise
        else:
            raise StoreError(f"key: unknown way to keep it {method!r} (keyring or passphrase)")

    # -- schema --------------------------------------------------------------------------
    def current_revision(self) -> str | None:
        """The migration revision the store is at (None for an empty file)."""
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                # Plain SQL on SQLite, so opening a store at head never imports Alembic.
                has_table = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                ).first()
                if has_table is None:
                    return None
                rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
                if len(rows) <= 1:
                    return rows[0][0] if rows else None
            from alembic.runtime.migration import MigrationContext  # other servers, several heads

            return MigrationContext.configure(conn).get_current_revision()

    def migrate(self) -> None:
        """Bring the schema to the newest revision; copies the file first when upgrading.

        Each migration runs in one transaction (explicit BEGIN), so a failure leaves the
        store as it was, with no ``_alembic_tmp_*`` tables behind."""
        current = self.current_revision()
        head = head_revision()
        if current == head:
            return
        if current is not None and self.path is not None:
            self.backup_to(self._pre_upgrade_path(current))
        from alembic import command

        cfg = _alembic_config()
        with self.engine.connect() as conn:
            conn = conn.execution_options(liaison_write=True)
            if conn.dialect.name == "postgresql":
                # Several desks starting at once on a new server: one migrates, the others wait
                # here, then find the schema at head and run nothing (Alembic's own upgrade
                # runs in this same transaction, which holds the lock to its end).
                from app.store.portable import MIGRATION_LOCK, serialise

                serialise(conn, MIGRATION_LOCK)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if conn.in_transaction():  # begun for the lock: Alembic ran inside it, we end it
                conn.commit()

    def _pre_upgrade_path(self, revision: str) -> Path:
        assert self.data_dir is not None, "only a file store is copied before an upgrade"
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        return self.data_dir / "backups" / f"pre-upgrade-{revision}-{stamp}.db"

    # -- sessions ------------------------------------------------------------------------
    def _sessions(self, **kw: object) -> Session:
        """A new Session; the factory is made on first use (lazy ORM import, see the class)."""
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            import app.store.models  # noqa: F401 - the mappers and their flush listeners

            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_factory(**kw)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read-only Core connection (its transaction rolled back at the end): what every
        list, page and view reads through (``app.store.tables``)."""
        with self.engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Session]:
        """One write transaction: takes the write lock at once, commits on success, rolls back
        everything on any exception.

        ``bulk=True`` is for one very large transaction (an import of a whole store): see
        ``app.store.bulk_journal``. It changes how the transaction is journalled, never what it
        writes or whether it is all-or-nothing."""
        if bulk and self.engine.dialect.name == "sqlite":
            from app.store.bulk_journal import bulk_connection

            with bulk_connection(self.engine) as (conn, journal), \
                    self._sessions(bind=conn) as session:
                self.last_bulk_journal = journal
                yield from self._in_transaction(session)
            return
        with self._sessions() as session:
            yield from self._in_transaction(session)

    @staticmethod
    def _in_transaction(session: Session) -> Iterator[Session]:
        session.connection(execution_options={"liaison_write": True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise

    # -- maintenance ---------------------------------------------------------------------
    #: How many of integrity_check's lines ``integrity_problems`` reports before summing up.
    INTEGRITY_LINES = 10

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity_check and foreign_key_check, as readable lines (empty = clean)."""
        problems: list[str] = []
        if self.engine.dialect.name != "sqlite":
            return problems
        with self.engine.connect() as conn:
            found: list[str] = []
            try:
                for (row,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                    if row != "ok":
                        found.extend(line for line in str(row).splitlines() if line.strip())
            except DatabaseError as exc:  # damage where the check itself must read
                found.append(f"stopped: {_first_line(exc)}")
            # One damaged page can make a hundred lines; the first ones say what and where.
            shown = found[:self.INTEGRITY_LINES]
            if len(found) > self.INTEGRITY_LINES:
                shown.append(f"... and {len(found) - self.INTEGRITY_LINES} more like these")
            problems.extend(f"integrity_check: {line}" for line in shown)
        with self.engine.connect() as conn:
            try:
                for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(f"foreign_key_check: table {row[0]} row {row[1]} -> {row[2]}")
            except DatabaseError as exc:  # a damaged page stops the walk itself
                problems.append(f"foreign_key_check: stopped: {_first_line(exc)}")
        return problems

    def backup_to(self, target: Path) -> Path:
        """Copy the live store to ``target`` with SQLite's online backup API (same key); on a
        PostgreSQL server, ``pg_dump --format=custom`` of the desk's database (``pg_dump_to``)."""
        if self.path is None and self.engine.dialect.name == "postgresql":
            return self.pg_dump_to(Path(target))
        if self.path is None:
            raise StoreError("backup: only a file store can be backed up this way")
        target = Path(target)
        if self.data_dir is not None and target.parent == self.data_dir / "backups":
            files.private_dir(target.parent)  # the rolling backups' folder, made on first use
        raw = self.engine.raw_connection()
        try:
            src = raw.driver_connection
            assert src is not None and self._key is not None, "an open file store has its connection and key"
            # A fresh 0600 file beside the target, renamed over it once whole (never a
            # predictable name a planted symlink could redirect).
            with files.private_output(target) as tmp:
                dst = sqlcipher3.dbapi2.connect(str(tmp))
                try:
                    quiet(dst.cursor())
                    dst.execute(f"PRAGMA key = \"x'{self._key.hex()}'\"")
                    src.backup(dst)
                finally:
                    dst.close()
        finally:
            raw.close()
        return target

    def pg_dump_to(self, target: Path) -> Path:
        """Dump the server database to ``target`` with PostgreSQL's ``pg_dump`` (custom format,
        restored with ``pg_restore``; docs/administration.md), as this desk's database role.
        Without ``pg_dump`` on this machine the backup is refused, naming the alternative."""
        import shutil
        import subprocess

        url = self.engine.url
        found = shutil.which("pg_dump") or next(
            iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), reverse=True)), None)
        if found is None:
            raise StoreError("backup: pg_dump (PostgreSQL's client programs, Debian: postgresql-client) "
                             "is not installed here; install it, or have the server's "
                             "administrator back up the database (docs/administration.md)")
        env = dict(os.environ)
        if url.password:
            env["PGPASSWORD"] = str(url.password)  # never on the command line (ps shows it)
        query = url.query
        host = query.get("host") or url.host
        args = [str(found), "--format=custom", "--no-owner", f"--dbname={url.database}"]
        if host:
            args.append(f"--host={host if isinstance(host, str) else host[0]}")
        port = query.get("port") or url.port
        if port:
            args.append(f"--port={port if not isinstance(port, tuple) else port[0]}")
        if url.username:
            args.append(f"--username={url.username}")
        with files.private_output(target) as tmp:
            done = subprocess.run([*args, f"--file={tmp}"], env=env, capture_output=True, text=True)
            if done.returncode != 0:
                said = (done.stderr.strip().splitlines() or ["no message"])[0]
                raise StoreError(f"backup: pg_dump failed ({said})")
        return target

    def execute_scalar(self, sql: str):
        """Run one read-only SQL statement and return the first column of the first row."""
        with self.engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
