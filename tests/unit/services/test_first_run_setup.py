"""``setup_desk`` is all or nothing: a step that fails after the store exists removes it again."""

from __future__ import annotations

import pytest

from app.services.admin.first_run import check_letterhead, setup_desk
from app.services.validation import ServiceError
from app.store.db import Database

PROFILE = {"name": "Officer Example (invented)"}


def test_setup_that_fails_after_creating_the_store_removes_it_and_its_keyring_key(
        tmp_path, monkeypatch, memory_keyring):
    import app.services.admin.demo as demo

    def failing_demo(desk):
        raise ServiceError("demo", "simulated failure (test)")

    monkeypatch.setattr(demo, "load_demo", failing_demo)
    folder = tmp_path / "data"
    (folder / "logs").mkdir(parents=True)  # something of the officer's already there stays
    with pytest.raises(ServiceError, match="simulated failure"):
        setup_desk(folder, profile=PROFILE, method="keyring", demo=True)
    assert not Database.exists(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["logs"]
    assert not [k for k in memory_keyring.secrets if k[1].startswith("db-key:")]
    monkeypatch.undo()
    desk = setup_desk(folder, profile=PROFILE, method="keyring")  # the retry is not refused
    desk.db.close()


def test_letterhead_check_names_the_field_of_an_overlong_line():
    with pytest.raises(ServiceError, match=r"^letterhead: is 301 characters long"):
        check_letterhead(None, ["ok", "x" * 301])
    assert check_letterhead("  1-1 Example-cho  ", ["Division (invented)"]) == (
        "1-1 Example-cho", ["Division (invented)"])
