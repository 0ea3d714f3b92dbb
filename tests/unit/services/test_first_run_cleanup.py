"""A store that cannot be finished is not left behind (all or nothing)."""

from __future__ import annotations

import pytest

from app.services import init_store
from app.services.agreements import catalogue as agreements
from app.store.db import DB_NAME


def test_init_store_that_cannot_install_the_agreements_leaves_no_store(data_dir, memory_keyring, monkeypatch):
    real = agreements.install_builtin_agreements
    failing = {"on": True}

    def flaky(session):
        if failing["on"]:
            raise RuntimeError("built-in catalogue unreadable (simulated)")
        return real(session)

    monkeypatch.setattr(agreements, "install_builtin_agreements", flaky)
    with pytest.raises(RuntimeError):
        init_store(data_dir, method="keyring")
    assert not (data_dir / DB_NAME).exists()
    assert not (data_dir / "keyinfo.json").exists()
    assert not memory_keyring.secrets  # the key is not left in the keyring either
    failing["on"] = False
    desk = init_store(data_dir, method="keyring")  # the next try starts clean and succeeds
    assert agreements.list_agreements(desk)
    desk.db.close()
