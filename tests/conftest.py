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

from app.paths import DATABASE_URL_ENV  # noqa: E402


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
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
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
    fixture gets its desk copied from ``letters_template``, or its server twin)."""
    if getattr(desk, "test_made", None) is not None:
        return dict(desk.test_made)
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


#: The stores the ``desk`` fixture runs on. ``LIAISON_DESK_TEST_STORES=sqlite`` leaves the server out
#: (a quick local run); CI runs both.
STORE_KINDS = tuple(os.environ.get("LIAISON_DESK_TEST_STORES", "sqlite,postgresql").split(","))
#: Test folders whose ``desk`` tests run on both stores: the store, service and CLI tests. The UI
#: tests run on SQLite (their store is set-up, not the subject), except those that ask for the
#: server themselves (``pg_server``).
_BOTH_STORES = ("unit", "e2e")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test using ``desk`` in the store, service and CLI folders runs on SQLite and on
    PostgreSQL (``[sqlite]`` / ``[postgresql]`` in its id), unless marked ``sqlite_only``."""
    if "store_kind" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.fspath)).relative_to(Path(__file__).parent).parts[0]
    kinds = [k for k in STORE_KINDS if k == "sqlite"
             or (k == "postgresql" and folder in _BOTH_STORES
                 and metafunc.definition.get_closest_marker("sqlite_only") is None)]
    metafunc.parametrize("store_kind", kinds or ["sqlite"], scope="function")


@pytest.fixture(scope="session")
def pg_server():
    """The test run's own PostgreSQL server (``tests/pg_server.py``), started on first use by
    this test process and stopped at its end."""
    from tests import pg_server as server

    running = server.start()
    yield running
    running.stop()


class PgTemplates:
    """Template databases on the test server, made on first use by ``init_store`` (and the demo
    data or the letter scenarios), each copied per test with ``CREATE DATABASE ... TEMPLATE``
    (as the SQLite templates are copied as files)."""

    def __init__(self, server) -> None:
        self.server = server
        self.made: dict[str, object] = {}
        self.count = 0

    def _fresh(self, name: str, template: str = "template0") -> str:
        with self.server.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.server.url(name)

    def template(self, kind: str) -> str:
        """The name of the template database of ``kind`` (base, demo or letters)."""
        name = f"tmpl_{kind}"
        if kind in self.made:
            return name
        from app.services import open_desk
        from app.services.context import Desk
        from app.store.db import Database

        if kind == "empty":  # migrated, nothing in it: a server desk to move a file desk into
            url = self._fresh(name)
            Database.open_url(url).close()
            self.made[kind] = None
            return name
        if kind == "base":
            url = self._fresh(name)
            desk = Desk(Database.open_url(url), "Officer Test")
            from app.services.agreements.catalogue import install_builtin_agreements

            with desk.unit_of_work("store.init", "store") as (s, note):
                note.change = {"agreements": install_builtin_agreements(s), "key_method": None}
            answer: object = None
        else:
            url = self._fresh(name, self.template("base"))
            os.environ[DATABASE_URL_ENV] = url
            try:
                desk = open_desk(actor="Officer Test")
            finally:
                os.environ.pop(DATABASE_URL_ENV, None)
            desk.clock = lambda: FIXED_NOW
            if kind == "demo":
                from app.services.admin.demo import load_demo

                answer = load_demo(desk).__dict__
            else:
                from app.services.letters.demo import letter_scenarios

                answer = letter_scenarios(desk)
        desk.db.close()
        self.made[kind] = answer
        return name

    def copy(self, kind: str) -> tuple[str, str]:
        """A new database copied from the ``kind`` template: (its name, its URL)."""
        template = self.template(kind)
        self.count += 1
        name = f"t{os.getpid()}_{self.count}"
        return name, self._fresh(name, template)

    def drop(self, name: str) -> None:
        with self.server.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_templates(pg_server) -> PgTemplates:
    """The server's template databases (``PgTemplates``)."""
    return PgTemplates(pg_server)


@pytest.fixture
def pg_database(pg_templates: PgTemplates):
    """Call with a template kind ("base", "demo", "letters", "empty") for the URL of a new database on
    the test server copied from it; dropped after the test."""
    made: list[str] = []

    def make(kind: str = "base") -> str:
        name, url = pg_templates.copy(kind)
        made.append(name)
        return url

    yield make
    for name in made:
        pg_templates.drop(name)


@pytest.fixture
def store_kind() -> str:
    """Which store the ``desk`` fixture opens: "sqlite" or "postgresql" (parametrised by
    ``pytest_generate_tests``)."""
    return "sqlite"


@pytest.fixture
def desk(request: pytest.FixtureRequest, data_dir: Path, store_template: StoreTemplate,
         memory_keyring: MemoryKeyring, store_kind: str):
    """A fresh store (keyring-held key) with the built-in agreements, clock fixed on a Friday;
    in a test marked ``demo_data``, with the demo data set (invented) loaded as well; in a test
    using ``letter_refs``, with the letter scenarios.

    On SQLite a copy of the migrated template (``store_template``, ``demo_template`` or
    ``letters_template``). On PostgreSQL (``store_kind``) a new database on the test run's server
    copied from its twin template database, and ``LIAISON_DESK_DATABASE_URL`` set to it for the
    test, so the CLI and every ``open_desk`` of the test reach the same store."""
    from app.services import open_desk

    demo = request.node.get_closest_marker("demo_data") is not None
    letters = "letter_refs" in request.fixturenames
    assert not (demo and letters), "one template per desk: demo data or letter scenarios"
    # A patcher of its own: a test that undoes its ``monkeypatch`` keeps the desk's URL.
    env = pytest.MonkeyPatch()
    if store_kind == "postgresql":
        kind = "demo" if demo else "letters" if letters else "base"
        url = request.getfixturevalue("pg_database")(kind)
        env.setenv(DATABASE_URL_ENV, url)
        d = open_desk(actor="Officer Test")
        d.test_made = request.getfixturevalue("pg_templates").made[kind]  # type: ignore[attr-defined]
    else:
        env.delenv(DATABASE_URL_ENV, raising=False)
        template = (request.getfixturevalue("demo_template") if demo
                    else request.getfixturevalue("letters_template") if letters
                    else store_template)
        d = open_desk(template.copy_to(data_dir, memory_keyring), actor="Officer Test")
    d.clock = lambda: FIXED_NOW
    #: The folder a CLI test passes as --data-dir: the store's own on SQLite; on the server an
    #: empty folder (the URL names the store, the folder holds the officer's files).
    d.test_data_dir = data_dir  # type: ignore[attr-defined]
    data_dir.mkdir(parents=True, exist_ok=True)
    yield d
    d.db.close()
    env.undo()


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
