"""Start-up imports: what the CLI parser and the main window's start path must NOT load.

The CLI whole-process budget (docs/benchmarks.md): the parser and ``--version`` load no store,
matcher, renderer or GUI. Each heavy library is imported by the feature that needs it. These are
correctness guards (which modules a fresh interpreter holds), not timings; speed is in ``bench/``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Libraries no sub-command needs just to build the parser.
CLI_HEAVY = ("sqlalchemy", "sqlcipher3", "alembic", "reportlab", "pykakasi", "rapidfuzz",
             "jsonschema", "holidays", "keyring", "PySide6")


def _loaded(code: str, env: dict[str, str] | None = None) -> set[str]:
    """Top-level package names a fresh interpreter holds after running ``code``."""
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, **(env or {})}, timeout=120)
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_cli_parser_build_imports_no_heavy_library():
    """--version and --help build the whole parser: no store, matcher, renderer or GUI."""
    loaded = _loaded("import app.cli\napp.cli.build_parser()")
    assert not loaded & set(CLI_HEAVY), sorted(loaded & set(CLI_HEAVY))


def test_cli_version_exits_before_any_heavy_library():
    """``liaison-desk --version`` prints the version and loads none of the heavy libraries."""
    code = ("import app.cli\ntry:\n    app.cli.main(['--version'])\nexcept SystemExit:\n    pass")
    loaded = _loaded(code)
    assert not loaded & set(CLI_HEAVY), sorted(loaded & set(CLI_HEAVY))


def test_cli_command_modules_all_register():
    """Lazy imports must not lose a sub-command: every module in COMMAND_MODULES registers."""
    from app.cli import COMMAND_MODULES, build_parser

    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # argparse internals
    assert len(COMMAND_MODULES) >= 6
    assert {"init", "requests", "print", "subjects", "match", "audit"} <= commands


def test_schema_head_constant_is_alembics_head():
    """The head the store is checked against at every open is the one Alembic computes from the
    shipped migrations (a new migration without the constant moved fails here)."""
    from app.store import db

    assert db.head_revision() == db.SCHEMA_HEAD == db.alembic_head_revision()


def test_stored_catalogue_read_as_trusted_still_names_a_broken_field():
    """A stored catalogue is read without the schema pass, but one that does not fit still fails
    with the readable one-line error naming the field (never a bare KeyError)."""
    from app.treaty import builtin, catalogue
    from app.treaty.errors import CatalogueError

    raw = builtin.builtin_agreement_dicts()[0]
    assert catalogue.agreement_from_dict(raw, trusted=True) == catalogue.agreement_from_dict(raw)
    broken = dict(raw)
    del broken["partner_administration"]
    with pytest.raises(CatalogueError, match="partner_administration"):
        catalogue.agreement_from_dict(broken, trusted=True)


def test_gui_start_opens_the_desk_then_paints_its_requests(tmp_path):
    """The real start path (``ui.app.start_gui``, what ``run_gui`` runs) opens the store through
    the one background helper and shows the window on the open desk: the Incoming list's first
    painted page holds the store's request."""
    from app.services import init_store
    from app.services.requests.commands import register_incoming

    data_dir = tmp_path / "store"
    passphrase = "first paint probe store (invented)"
    desk = init_store(data_dir, method="passphrase", passphrase=passphrase, actor="test")
    ref = register_incoming(desk, "jp-us-1997", {"title": "Invented probe request"}).our_ref
    desk.db.close()
    code = (
        "import os, sys, traceback\n"
        # An error in a slot must fail the test, not open a modal dialog nobody can close.
        "sys.excepthook = lambda *e: (traceback.print_exception(*e), os._exit(3))\n"
        "from PySide6.QtCore import QTimer\n"
        "from ui.app import start_gui\n"
        "seen = {}\n"
        "def painted():\n"
        "    m = started.window.page('incoming').model\n"
        "    seen['first'] = m.data(m.index(0, 0))\n"
        "    started.app.quit()\n"
        f"started = start_gui({str(data_dir)!r}, on_first_paint=painted)\n"
        "assert not isinstance(started, int), started\n"
        "QTimer.singleShot(60_000, lambda: os._exit(4))\n"
        "started.app.exec()\n"
        "print('PAINT', seen.get('first'), started.desk.actor)\n"
        "started.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                              "LIAISON_DESK_PASSPHRASE": passphrase}, timeout=120)
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("PAINT"))
    assert line.split()[:2] == ["PAINT", ref]


def test_app_package_never_mentions_qt_or_imports_ui():
    """DESIGN: app/ imports no Qt and no ui/ (the GUI is found by name at run time)."""
    import re

    app_dir = ROOT / "app"
    offenders = [
        str(p.relative_to(ROOT)) for p in app_dir.rglob("*.py")
        if re.search(r"PySide6|QtCore|from ui|import ui\b", p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


#: The read commands of the CLI whole-process budget (docs/benchmarks.md), their arguments after
#: the store's ``--data-dir``; "REF" is replaced by a stored request's reference.
READ_COMMANDS = (("search", "Invented"), ("show", "REF"), ("requests", "--limit", "50"))


@pytest.mark.parametrize("argv", READ_COMMANDS, ids=lambda a: a[0])
def test_cli_read_commands_never_load_the_orm(tmp_path, argv):
    """``search WORD``, ``show REF`` and ``requests --limit 50`` read through Core on
    ``app.store.tables``: run launch to exit in a fresh interpreter, they print their rows and
    never import ``sqlalchemy.orm``, the mapped classes or Alembic (importing and configuring
    the ORM alone costs more than the budget leaves; docs/benchmarks.md)."""
    from app.services import init_store
    from app.services.requests.commands import link_subject, register_incoming
    from app.services.surveillance.commands import add_subject

    data_dir = tmp_path / "store"
    passphrase = "read path probe store (invented)"
    desk = init_store(data_dir, method="passphrase", passphrase=passphrase, actor="test")
    ref = register_incoming(desk, "jp-us-1997", {"title": "Invented probe request"}).our_ref
    subject = add_subject(desk, {"kind": "person", "names": ["Invented Probe Person"],
                                 "agreement": "jp-us-1997", "period_end": "2099-01-01"})
    link_subject(desk, ref, subject.code)
    desk.db.close()
    args = [ref if a == "REF" else a for a in argv]
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"rc = main({[*args, '--data-dir', str(data_dir)]!r})\n"
        "heavy = sorted(m for m in sys.modules\n"
        "               if m.split('.')[:2] == ['sqlalchemy', 'orm']\n"
        "               or m.startswith(('app.store.models', 'alembic')))\n"
        "print('LOADED', rc, *heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "LIAISON_DESK_PASSPHRASE": passphrase}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert ref in out.stdout  # the command did its work (search finds the request too)
    loaded = next(x for x in out.stdout.splitlines() if x.startswith("LOADED")).split()
    assert loaded == ["LOADED", "0"], loaded
