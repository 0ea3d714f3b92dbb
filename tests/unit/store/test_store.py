"""The encrypted store: keys, encryption at rest, migrations, refusing foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from app.services import init_store, open_desk
from app.services.requests import commands as rq
from app.store import tables
from app.store.db import Database, StoreError, head_revision
from app.store.models import Base, Request, include_name

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


def test_core_tables_and_migrations_agree(desk):
    """The Core schema (app.store.tables: columns, types, constraints, indexes) is exactly what
    the migrations create."""
    with desk.db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(ctx, tables.metadata)
    assert diff == []
    assert desk.db.current_revision() == head_revision()


def test_orm_classes_map_onto_the_core_tables():
    """One schema: every ORM class of the write side maps onto a table of app.store.tables (no
    second definition that could drift from what the read path selects)."""
    assert Base.metadata is tables.metadata
    mapped = {m.class_.__name__: m.local_table for m in Base.registry.mappers}
    assert len(mapped) == len(tables.metadata.tables)
    for name, table in mapped.items():
        assert tables.metadata.tables[table.name] is table, name


def test_store_runs_wal_full_sync_and_foreign_keys(desk):
    with desk.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_database_file_holds_no_plaintext_of_a_request(desk, complete_fields, data_dir):
    secret = "Zebra-Contraband-Unique-7731"
    fields = dict(complete_fields, object_and_reason=f"Verify {secret} shipment 腕時計")
    view = rq.register_incoming(desk, "jp-us-1997", fields)
    desk.db.close()  # checkpoint the WAL into the main file
    raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("desk.db"))
    for needle in (secret, view.our_ref, "腕時計", complete_fields["their_ref"]):
        assert needle.encode("utf-8") not in raw
    assert not raw.startswith(b"SQLite format 3")


def test_plain_sqlite_cannot_read_the_store(desk, data_dir):
    desk.db.close()
    conn = sqlite3.connect(data_dir / "desk.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_wrong_passphrase_is_refused_and_changes_nothing(tmp_path: Path):
    d = tmp_path / "pw"
    desk = init_store(d, method="passphrase", passphrase="correct horse battery")
    desk.db.close()
    before = {p.name: p.read_bytes() for p in d.iterdir()}
    with pytest.raises(StoreError, match="wrong passphrase"):
        open_desk(d, passphrase="not the right one")
    after = {p.name: p.read_bytes() for p in d.iterdir()}
    assert before == after
    open_desk(d, passphrase="correct horse battery").db.close()


def test_passphrase_shorter_than_eight_characters_is_refused(tmp_path: Path):
    with pytest.raises(StoreError, match="passphrase"):
        init_store(tmp_path / "x", method="passphrase", passphrase="short")
    assert not (tmp_path / "x" / "desk.db").exists()


def test_no_keyring_and_no_passphrase_says_what_to_do(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("app.security.keys.keyring_works", lambda: False)
    with pytest.raises(StoreError, match="passphrase"):
        init_store(tmp_path / "k")


def test_foreign_plain_sqlite_file_is_reported_and_left_untouched(tmp_path: Path):
    d = tmp_path / "foreign"
    d.mkdir()
    conn = sqlite3.connect(d / "desk.db")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = (d / "desk.db").read_bytes()
    with pytest.raises(StoreError, match="unencrypted"):
        Database.open(d)
    with pytest.raises(StoreError, match="already holds"):
        init_store(d)
    assert (d / "desk.db").read_bytes() == before


def test_corrupted_store_file_is_reported_and_left_untouched(desk, data_dir):
    desk.db.close()
    path = data_dir / "desk.db"
    data = bytearray(path.read_bytes())
    data[:64] = b"\x00" * 64  # destroy the salt / first page header
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="cannot be decrypted"):
        open_desk(data_dir)
    assert path.read_bytes() == bytes(data)


def test_keyring_key_missing_is_a_clear_error(desk, data_dir, memory_keyring):
    desk.db.close()
    memory_keyring.secrets.clear()
    with pytest.raises(StoreError, match="keyring"):
        open_desk(data_dir)


def test_failed_write_rolls_back_everything(desk, complete_fields):
    with pytest.raises(RuntimeError):
        with desk.unit_of_work("test.fail", "request") as (s, note):
            s.add(Request(our_ref="X-1", direction="incoming", agreement_id=1, status="received"))
            s.flush()
            raise RuntimeError("boom")
    with desk.read() as s:
        assert s.execute(select(Request)).first() is None


def test_failed_migration_rolls_back_whole(desk, monkeypatch, tmp_path):
    """A migration that fails half-way leaves no table or _alembic_tmp_ table behind."""

    from app.store import db as dbmod

    versions = tmp_path / "migrations"
    import shutil

    shutil.copytree(dbmod.MIGRATIONS_DIR, versions)
    (versions / "versions" / "9999_broken.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '9999'\ndown_revision = {head_revision()!r}\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    with op.batch_alter_table('setting') as b:\n"
        "        b.add_column(sa.Column('extra', sa.Text))\n"
        "    raise RuntimeError('migration failed on purpose')\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", versions)
    monkeypatch.setattr(dbmod, "SCHEMA_HEAD", "9999")  # this build's head is the broken one
    with pytest.raises(RuntimeError, match="on purpose"):
        desk.db.migrate()
    with desk.db.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    assert not any(n.startswith("_alembic_tmp") for n in names)
    assert desk.db.current_revision() != "9999"
    # the file was copied before the upgrade was attempted
    assert list((desk.db.data_dir / "backups").glob("pre-upgrade-*.db"))


def test_init_takes_the_passphrase_from_the_environment_for_headless_use(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("app.security.keys.keyring_works", lambda: False)
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", "headless passphrase (test)")
    desk = init_store(tmp_path / "env")
    assert desk.db.key_info.method == "passphrase"
    desk.db.close()
    open_desk(tmp_path / "env").db.close()


def test_store_opened_with_the_key_already_unlocked_skips_scrypt_but_checks_it(tmp_path: Path,
                                                                                monkeypatch):
    """The GUI derives the key once for its first paint and hands it to ``open_desk``: no second
    scrypt run, and a key that does not match the key file is still refused."""
    from app.security import keys

    passphrase = "known key probe (invented)"
    desk = init_store(tmp_path, method="passphrase", passphrase=passphrase, actor="t")
    key = desk.db._key  # the store key, as the GUI holds it after its first paint
    desk.db.close()

    def no_scrypt(*_a, **_k):
        raise AssertionError("scrypt ran although the key was given")

    monkeypatch.setattr(keys, "derive_key", no_scrypt)
    reopened = open_desk(tmp_path, key=key)
    reopened.db.close()
    with pytest.raises(StoreError, match="wrong passphrase"):
        open_desk(tmp_path, key=bytes(len(key)))
