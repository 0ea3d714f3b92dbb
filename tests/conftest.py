"""Shared fixtures: headless Qt, an in-memory keyring, a fresh store per test."""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Calendar days are the officer's (this machine's time zone, ``clocks.local_date``); the tests
# pin the zone so that their fixed UTC clocks mean the same day everywhere. Tests of other
# zones set one themselves (the ``time_zone`` fixture).
os.environ["TZ"] = "UTC"
time.tzset()

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps secrets in a dict, for tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Every test gets its own in-memory keyring; the real one is never touched."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("LIAISON_DESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("LIAISON_DESK_DATA_DIR", raising=False)
    yield backend
    keyring.set_keyring(previous)


FIXED_NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)  # a Friday


@pytest.fixture
def time_zone(monkeypatch: pytest.MonkeyPatch):
    """Call with a zone name ("Asia/Tokyo") to work in it; UTC again after the test."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data dir."""
    d = tmp_path / "data"
    return d


@pytest.fixture
def desk(data_dir: Path):
    """A fresh store (keyring-held key) with the built-in agreements, clock fixed on a Friday."""
    from app.services import init_store

    d = init_store(data_dir, actor="Officer Test")
    d.clock = lambda: FIXED_NOW
    yield d
    d.db.close()


@pytest.fixture
def complete_fields() -> dict:
    """Fields of a request complete under Art. 7.2 (invented example)."""
    return {
        "their_ref": "CBP-OI-2026-0042",
        "title": "Export of wrist watches, Example Trading Co.",
        "bases": ["4.1(a)(i)"],
        "requesting_administration": "U.S. Customs and Border Protection (invented example)",
        "nature_of_proceedings": "Administrative inquiry into undervaluation",
        "object_and_reason": "Confirm lawful export of 400 wrist watches declared at Yokohama",
        "parties_concerned": "Example Trading Co., 1-2-3 Minato, Yokohama (invented)",
        "description_and_legal_elements": "Suspected undervaluation; 19 U.S.C. 1592 (example)",
        "extra": {"goods_description": "wrist watches", "declaration_number": "EX-123"},
    }
