"""Shared fixtures: headless Qt, an in-memory keyring, a fresh store per test (a copy of one
migrated template store per test process, as Anki's ``getEmptyCol`` does)."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Calendar days are the officer's (this machine's time zone, ``clocks.local_date``); the tests
# pin the zone so that their fixed UTC clocks mean the same day everywhere. Tests of other
# zones set one themselves (the ``time_zone`` fixture).
os.environ["TZ"] = "UTC"
time.tzset()
# The last-seen audit heads (app.security.anchor) go to a folder of the test run's own, never
# the officer's state folder; each test gets its own (``state_dir`` below), which child
# processes (the CLI in tests/e2e) inherit.
os.environ["LIAISON_DESK_STATE_DIR"] = os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"liaison-desk-test-state-{os.getpid()}")

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


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps its last-seen audit heads in a folder of its own (copies of the
    template store share one store id)."""
    folder = tmp_path / "state"
    monkeypatch.setenv("LIAISON_DESK_STATE_DIR", str(folder))
    return folder


FIXED_NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)  # a Friday


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


@dataclass(frozen=True)
class StoreTemplate:
    """A new store, migrated and with the built-in agreements (as ``init_store`` leaves it),
    made once per test process; tests get copies of its files instead of migrating their own
    (a copy opens in ~10 ms, ``init_store`` takes ~250 ms). Every copy has the same store id
    and key: two copies are the same store as far as keys go, so a test about *another* store
    (another key, a foreign backup) makes that one with ``init_store``."""

    files: Path
    store_id: str
    key_hex: str
    #: What was put in the store to make the template (e.g. the letter scenarios' refs).
    made: dict = field(default_factory=dict)

    def copy_to(self, data_dir: Path, backend: KeyringBackend | None) -> Path:
        """Put a copy of the store in ``data_dir`` (which must not hold one) and, for a
        keyring-held key, its key in ``backend``, the test's in-memory keyring (keys are named
        by store id)."""
        from app.security import keys
        from app.store.db import DB_NAME

        data_dir.mkdir(parents=True, exist_ok=True)
        for name in (DB_NAME, keys.KEYINFO_NAME):
            target = data_dir / name
            assert not target.exists(), f"{target}: a store is already there"
            shutil.copy2(self.files / name, target)
        if backend is not None:
            backend.set_password(keys.KEYRING_SERVICE, f"db-key:{self.store_id}", self.key_hex)
        return data_dir


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> StoreTemplate:
    """The per-process template store (keyring-held key, actor "Officer Test"): created through
    ``init_store`` in a keyring of its own, then closed, so its file holds everything (no WAL)."""
    from app.services import init_store
    from app.store.db import DB_NAME

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        made = init_store(tmp_path_factory.mktemp("template") / "data", method="keyring",
                          actor="Officer Test")
    finally:
        keyring.set_keyring(previous)
    made.db.close()
    files = made.db.data_dir
    assert not (files / (DB_NAME + "-wal")).exists()
    info = made.db.key_info
    return StoreTemplate(files, info.store_id, made.db._key.hex())


@pytest.fixture(scope="session")
def demo_template(store_template: StoreTemplate, tmp_path_factory: pytest.TempPathFactory) -> StoreTemplate:
    """The template store with the demo data set (invented) loaded on the tests' clock
    (``FIXED_NOW``), once per test process: for tests marked ``demo_data``."""
    from app.services.admin.demo import load_demo

    return _derived_template(store_template, tmp_path_factory.mktemp("demo") / "data",
                             lambda desk: load_demo(desk).__dict__)


def _derived_template(base: StoreTemplate, where: Path, fill) -> StoreTemplate:
    """A template made from ``base``: a copy opened on the tests' clock, ``fill(desk)`` run on
    it (its answer kept as ``made``), closed."""
    from app.services import open_desk

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        made = open_desk(base.copy_to(where, backend), actor="Officer Test")
        made.clock = lambda: FIXED_NOW
        answer = fill(made)
    finally:
        keyring.set_keyring(previous)
    made.db.close()
    return StoreTemplate(made.db.data_dir, base.store_id, base.key_hex, answer)


@pytest.fixture(scope="session")
def letters_template(store_template: StoreTemplate, tmp_path_factory: pytest.TempPathFactory) -> StoreTemplate:
    """The template store with one invented request per letter scenario
    (``app.services.letters.demo.letter_scenarios``; their refs in ``made``), once per process."""
    from app.services.letters.demo import letter_scenarios

    return _derived_template(store_template, tmp_path_factory.mktemp("letters") / "data",
                             letter_scenarios)


@pytest.fixture
def letter_refs(request: pytest.FixtureRequest, desk) -> dict[str, str]:
    """Scenario name -> our_ref of the letter scenarios in ``desk`` (a test asking for this
    fixture gets its desk copied from ``letters_template``)."""
    from app.paths import DATABASE_URL_ENV

    if os.environ.get(DATABASE_URL_ENV):  # no template on a server: made here
        from app.services.letters.demo import letter_scenarios

        return letter_scenarios(desk)
    return dict(request.getfixturevalue("letters_template").made)


_PASSPHRASE_TEMPLATES: dict[str, StoreTemplate] = {}


@pytest.fixture
def fresh_passphrase_store(tmp_path_factory: pytest.TempPathFactory):
    """Call with a data dir and a passphrase to put there a new store (the built-in agreements)
    under that passphrase: a copy of a template made by ``init_store`` once per passphrase and
    test process. For tests whose store is set-up, not the subject (``init`` is tested itself)."""
    from app.services import init_store

    def make(data_dir: Path, passphrase: str) -> Path:
        template = _PASSPHRASE_TEMPLATES.get(passphrase)
        if template is None:
            made = init_store(tmp_path_factory.mktemp("passphrase") / "data", method="passphrase",
                              passphrase=passphrase, actor="Officer Test")
            made.db.close()
            template = StoreTemplate(made.db.data_dir, made.db.key_info.store_id, "")
            _PASSPHRASE_TEMPLATES[passphrase] = template
        return template.copy_to(Path(data_dir), None)

    return make


@pytest.fixture
def fresh_store(store_template: StoreTemplate, memory_keyring: MemoryKeyring):
    """Call with a data dir to put a copy of the template store there (its key in this test's
    keyring); returns the data dir, ready for ``open_desk``."""

    def make(data_dir: Path) -> Path:
        return store_template.copy_to(Path(data_dir), memory_keyring)

    return make


@pytest.fixture
def desk(request: pytest.FixtureRequest, data_dir: Path, store_template: StoreTemplate,
         memory_keyring: MemoryKeyring):
    """A fresh store (keyring-held key) with the built-in agreements, clock fixed on a Friday;
    in a test marked ``demo_data``, with the demo data set (invented) loaded as well; in a test
    using ``letter_refs``, with the letter scenarios.

    A copy of the migrated template (``store_template``, ``demo_template`` or
    ``letters_template``). On a database server (``LIAISON_DESK_DATABASE_URL``) no template
    is used: ``init_store`` makes the store and the data are loaded into it, as before."""
    from app.paths import DATABASE_URL_ENV
    from app.services import init_store, open_desk

    demo = request.node.get_closest_marker("demo_data") is not None
    letters = "letter_refs" in request.fixturenames
    assert not (demo and letters), "one template per desk: demo data or letter scenarios"
    if os.environ.get(DATABASE_URL_ENV):
        d = init_store(data_dir, actor="Officer Test")
        d.clock = lambda: FIXED_NOW
        if demo:
            from app.services.admin.demo import load_demo

            load_demo(d)
    else:
        template = (request.getfixturevalue("demo_template") if demo
                    else request.getfixturevalue("letters_template") if letters
                    else store_template)
        d = open_desk(template.copy_to(data_dir, memory_keyring), actor="Officer Test")
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
