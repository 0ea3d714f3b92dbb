"""The ledger sub-commands: exit codes and one-line errors."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.services import open_desk
from app.services.ledger import information as inf

from .conftest import MINISTRY, POLICE


@pytest.fixture
def store(ledger, data_dir):
    barred = inf.add_information_item(ledger, direction="received", provider="CBP (invented)",
                                      title="Invented tip-off", no_law_enforcement=True,
                                      no_law_enforcement_notice_on="2026-11-02")
    ledger.db.close()
    return data_dir, barred.code


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_art_9_2_cli_disclose_to_police_after_notice_exits_3_with_article(store, capsys):
    d, code = store
    rc, _out, err = run(capsys, "disclose", code, "--to", POLICE, "--purpose", "intelligence",
                        "--data-dir", str(d))
    assert rc == 3
    assert "(Art. 9.2)" in err and len(err.strip().splitlines()) == 1


def test_cli_override_records_and_audit_lists_it(store, capsys):
    d, code = store
    rc, out, _ = run(capsys, "disclose", code, "--to", POLICE, "--purpose", "intelligence",
                     "--override-reason", "Invented emergency justification", "--data-dir", str(d))
    assert rc == 0 and out.startswith("OVERRIDE disclosure 1 recorded")
    rc, out, _ = run(capsys, "audit", "--action", "disclosure.", "--json", "--data-dir", str(d))
    rows = json.loads(out)
    assert rc == 0 and rows[-1]["action"] == "disclosure.override"


def test_cli_bad_input_exits_2_with_one_line(store, capsys):
    d, code = store
    for argv, start in [
        (["disclose", code, "--to", "Nobody", "--purpose", "customs"], "liaison-desk: authority:"),
        (["disclose", code, "--to", POLICE, "--purpose", "intelligence", "--override-reason", " "],
         "liaison-desk: override_reason:"),
        (["disclose", code, "--to", MINISTRY, "--purpose", "customs", "--approval", "D-9"],
         "liaison-desk: approval: document 9 is not a recorded written approval"),
        (["audit", "--since", "yesterday"], "liaison-desk: since:"),
    ]:
        rc, _out, err = run(capsys, *argv, "--data-dir", str(d))
        assert rc == 2 and err.startswith(start) and len(err.strip().splitlines()) == 1, argv


def test_cli_info_lists_items_and_authorities_can_be_added(store, capsys):
    d, code = store
    rc, out, _ = run(capsys, "info", "--data-dir", str(d))
    assert rc == 0 and code in out and "NO-LE 9.2" in out
    rc, out, _ = run(capsys, "authorities", "--data-dir", str(d), "add", "Tax Agency (invented)",
                     "--kind", "ministry")
    assert rc == 0 and "Tax Agency (invented)" in out
    rc, out, _ = run(capsys, "authorities", "list", "--json", "--data-dir", str(d))
    assert "Tax Agency (invented)" in [a["name"] for a in json.loads(out)]
    rc, out, _ = run(capsys, "audit", "--verify", "--data-dir", str(d))
    assert rc == 0 and "audit chain intact" in out
    desk = open_desk(d)
    desk.db.close()
