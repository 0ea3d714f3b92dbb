"""``passphrase change`` re-keys a passphrase store all or nothing: afterwards only the new
passphrase opens it, and a change stopped at any step leaves a store one of the two opens."""

from __future__ import annotations

import pytest

from app.cli import main
from app.services import open_desk
from app.store import db as store_db
from app.store.db import PENDING_KEYINFO, StoreError

OLD = "invented-passphrase-1"
NEW = "a brand new passphrase, invented"


@pytest.fixture
def data(tmp_path, fresh_passphrase_store):
    return fresh_passphrase_store(tmp_path / "pp", OLD)


def _requests(d, passphrase) -> int:
    desk = open_desk(d, passphrase=passphrase, actor="Officer Test")
    try:
        with desk.query() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM agreement").scalar()
    finally:
        desk.db.close()


def test_passphrase_change_re_keys_the_store_so_only_the_new_one_opens_it(data, monkeypatch, capsys):
    before = _requests(data, OLD)
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", OLD)
    monkeypatch.setenv("LIAISON_DESK_NEW_PASSPHRASE", NEW)
    assert main(["passphrase", "change", "--data-dir", str(data)]) == 0, capsys.readouterr().err
    assert _requests(data, NEW) == before
    with pytest.raises(StoreError, match="wrong passphrase"):
        open_desk(data, passphrase=OLD)
    assert not (data / PENDING_KEYINFO).exists()
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", NEW)
    capsys.readouterr()
    assert main(["audit", "--data-dir", str(data)]) == 0
    assert "Passphrase changed" in capsys.readouterr().out


def test_a_weak_new_passphrase_is_refused_and_the_old_one_still_opens(data, monkeypatch, capsys):
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", OLD)
    monkeypatch.setenv("LIAISON_DESK_NEW_PASSPHRASE", "password1234")
    assert main(["passphrase", "change", "--data-dir", str(data)]) == 2
    assert capsys.readouterr().err.startswith("liaison-desk: new passphrase: ")
    assert _requests(data, OLD) > 0 and not (data / PENDING_KEYINFO).exists()


def test_a_change_stopped_before_the_re_key_leaves_the_old_passphrase(data, monkeypatch):
    desk = open_desk(data, passphrase=OLD)

    def stop_before_rekey(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(store_db.sqlcipher3.dbapi2, "connect", stop_before_rekey)
    with pytest.raises(KeyboardInterrupt):
        desk.db.change_passphrase(NEW)
    monkeypatch.undo()
    (data / PENDING_KEYINFO).write_text((data / "keyinfo.json").read_text())  # as if left behind
    with pytest.raises(StoreError):
        open_desk(data, passphrase=NEW)
    assert _requests(data, OLD) > 0
    assert not (data / PENDING_KEYINFO).exists()  # the old key opened it: the change is forgotten


def test_a_change_stopped_after_the_re_key_is_finished_by_the_new_passphrase(data, monkeypatch):
    desk = open_desk(data, passphrase=OLD)
    real = store_db.os.replace

    def stop_before_the_new_key_file(src, dst):
        if str(src).endswith(PENDING_KEYINFO):
            raise KeyboardInterrupt
        real(src, dst)

    monkeypatch.setattr(store_db.os, "replace", stop_before_the_new_key_file)
    with pytest.raises(KeyboardInterrupt):
        desk.db.change_passphrase(NEW)
    monkeypatch.undo()
    assert (data / PENDING_KEYINFO).exists()
    with pytest.raises(StoreError, match="give the new passphrase"):
        open_desk(data, passphrase=OLD)
    assert _requests(data, NEW) > 0
    assert not (data / PENDING_KEYINFO).exists()
    assert _requests(data, NEW) > 0  # the new key file is now the only one


def test_a_store_keyed_at_the_old_scrypt_cost_is_re_keyed_at_today_s_on_its_next_open(
        tmp_path, monkeypatch):
    import base64

    import sqlcipher3

    from app.security import keys
    from app.services import init_store

    monkeypatch.setattr(keys, "SCRYPT_N", 2**14)  # a store made before the cost rose
    made = init_store(tmp_path / "old", method="passphrase", passphrase=OLD, actor="Officer Test")
    data = made.db.data_dir
    made.db.close()
    old = keys.read_keyinfo(data)
    assert old.n == 2**14
    monkeypatch.undo()

    before = _requests(data, OLD)  # the open re-keys it
    info = keys.read_keyinfo(data)
    assert (info.n, info.r) == (keys.SCRYPT_N, 8) and keys.SCRYPT_N >= 2**17
    assert info.salt != old.salt and not (data / PENDING_KEYINFO).exists()
    assert _requests(data, OLD) == before  # the same passphrase, at the new cost
    stale = keys.derive_key(OLD, base64.b64decode(old.salt), old.n, old.r, old.p)
    conn = sqlcipher3.connect(str(data / "desk.db"))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{stale.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_the_key_moves_from_a_passphrase_to_the_keyring_and_back(data, monkeypatch, capsys, memory_keyring):
    from app.security import keys

    before = _requests(data, OLD)
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", OLD)
    assert main(["passphrase", "use-keyring", "--data-dir", str(data)]) == 0, capsys.readouterr().err
    monkeypatch.delenv("LIAISON_DESK_PASSPHRASE")
    assert keys.read_keyinfo(data).method == "keyring"
    assert _requests(data, None) == before  # no passphrase: the keyring gives the key

    monkeypatch.setenv("LIAISON_DESK_NEW_PASSPHRASE", NEW)
    assert main(["passphrase", "use-passphrase", "--data-dir", str(data)]) == 0, capsys.readouterr().err
    info = keys.read_keyinfo(data)
    assert info.method == "passphrase" and info.n >= 2**17
    assert not memory_keyring.secrets  # the keyring no longer holds a key of this store
    assert _requests(data, NEW) == before
    with pytest.raises(StoreError):
        open_desk(data, passphrase=OLD)


def test_a_move_to_the_keyring_stopped_after_the_re_key_is_finished_at_the_next_open(
        data, monkeypatch):
    from app.security import keys

    desk = open_desk(data, passphrase=OLD)
    real = store_db.os.replace

    def stop_before_the_new_key_file(src, dst):
        if str(src).endswith(PENDING_KEYINFO):
            raise KeyboardInterrupt
        real(src, dst)

    monkeypatch.setattr(store_db.os, "replace", stop_before_the_new_key_file)
    with pytest.raises(KeyboardInterrupt):
        desk.db.change_key_storage("keyring")
    monkeypatch.undo()
    assert keys.read_keyinfo(data).method == "passphrase"  # the old key file is still in place
    assert _requests(data, OLD) > 0  # the passphrase is accepted, the keyring's key opens it
    assert keys.read_keyinfo(data).method == "keyring" and not (data / PENDING_KEYINFO).exists()
