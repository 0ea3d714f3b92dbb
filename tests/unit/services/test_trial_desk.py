"""The demo never touches the officer: it goes only into a trial desk of its own, sets no setting,
and the audit log names the officer for what the officer does (the demo's own writes are
attributed to the demo loader, plainly)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.cli import main
from app.services.admin import trial
from app.services.admin.demo import DEMO_ACTOR, is_trial_desk, load_demo
from app.services.admin.first_run import setup_desk, setup_desk_with_trial
from app.services.admin.settings import name_the_officer, read_setting, set_setting
from app.services.letters.commands import preview_letter
from app.services.requests import commands as rq
from app.services.validation import ServiceError
from app.store import tables

OFFICER = {"name": "Kenji SATO (invented)", "title": "Customs liaison officer (invented)"}
PASS = "trial desk test passphrase (invented)"


def _audit(desk) -> list[tuple[str, str]]:
    t = tables.audit_entry
    with desk.query() as conn:
        return [tuple(r) for r in conn.execute(select(t.c.actor, t.c.action).order_by(t.c.id))]


def _setting_keys(desk) -> list[str]:
    with desk.query() as conn:
        return list(conn.execute(select(tables.setting.c.key)).scalars())


def _requests(desk) -> int:
    with desk.query() as conn:
        return conn.execute(select(func.count(tables.request.c.id))).scalar()


@pytest.mark.demo_data
def test_demo_sets_no_setting_and_audits_every_write_of_its_own_as_the_demo_loader(desk):
    assert is_trial_desk(desk)
    assert _setting_keys(desk) == []  # the profile least of all
    assert read_setting(desk, "profile")["name"] == ""
    entries = _audit(desk)
    assert entries[0] == ("Officer Test", "store.init")
    assert entries[1] == (DEMO_ACTOR, "demo.load")
    assert {actor for actor, _ in entries[1:]} == {DEMO_ACTOR}
    assert desk.actor == "Officer Test"  # the caller's desk keeps its officer


@pytest.mark.demo_data
def test_in_a_trial_desk_the_officers_own_actions_carry_the_officers_name(desk, complete_fields):
    set_setting(desk, "profile", {**OFFICER, "signature": "", "administration_id": None})
    assert name_the_officer(desk) == OFFICER["name"]
    before = len(_audit(desk))
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.acknowledge(desk, ref)
    assert {actor for actor, _ in _audit(desk)[before:]} == {OFFICER["name"]}


def test_the_demo_is_refused_by_an_officers_desk_with_a_profile_and_writes_nothing(desk):
    set_setting(desk, "profile", {**OFFICER, "signature": "", "administration_id": None})
    before = _audit(desk)
    with pytest.raises(ServiceError, match=r"^store: is an officer's desk \(1 entry in its audit log"):
        load_demo(desk)
    assert _audit(desk) == before and _requests(desk) == 0
    assert not is_trial_desk(desk)


def test_the_demo_is_refused_by_a_desk_holding_real_records(desk, complete_fields):
    rq.register_incoming(desk, "jp-us-1997", complete_fields)
    # A file desk names the trial desk's folder; a server desk has none to name.
    hint = ("trial desk of its own: liaison-desk demo --data-dir " if desk.db.data_dir
            else r"trial desk of its own \(a new --data-dir\)")
    with pytest.raises(ServiceError, match=hint):
        load_demo(desk)
    assert _requests(desk) == 1 and not is_trial_desk(desk)


def test_the_trial_desk_lives_beside_the_data_dir(tmp_path):
    assert trial.trial_dir(tmp_path / "liaison-desk") == tmp_path / "liaison-desk-trial"
    assert trial.trial_dir(str(tmp_path / "data") + "/") == tmp_path / "data-trial"


def test_setup_with_the_demo_keeps_the_officers_desk_profile_and_audit_the_officers(
        tmp_path, memory_keyring):
    data = tmp_path / "data"
    desk, trial_desk = setup_desk_with_trial(data, profile=OFFICER, method="keyring", demo=True)
    try:
        # The officer's desk: the profile typed, no demo row, every entry by the officer.
        assert read_setting(desk, "profile")["name"] == OFFICER["name"]
        assert desk.actor == OFFICER["name"]
        assert _requests(desk) == 0 and not is_trial_desk(desk)
        assert {actor for actor, _ in _audit(desk)} == {OFFICER["name"]}
        # The trial desk beside it: the demo, marked, with the officer's profile copied in.
        assert trial_desk.db.data_dir == tmp_path / "data-trial"
        assert is_trial_desk(trial_desk) and _requests(trial_desk) > 0
        assert read_setting(trial_desk, "profile")["name"] == OFFICER["name"]
        actors = {actor for actor, _ in _audit(trial_desk)}
        assert actors == {OFFICER["name"], DEMO_ACTOR}
    finally:
        desk.db.close()
        trial_desk.db.close()


def test_art_7_3_letters_of_the_officers_desk_set_up_with_the_demo_are_signed_by_the_officer(
        tmp_path, memory_keyring, complete_fields):
    desk = setup_desk(tmp_path / "data", profile=OFFICER, method="keyring", demo=True)
    try:
        ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
        pdf = preview_letter(desk, ref, "acknowledgement", "en").pdf
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        assert OFFICER["name"] in text and "Hanako" not in text
    finally:
        desk.db.close()


def test_a_setup_whose_trial_desk_fails_leaves_neither_desk(tmp_path, monkeypatch, memory_keyring):
    import app.services.admin.demo as demo

    def failing_demo(desk):
        raise ServiceError("demo", "simulated failure (test)")

    monkeypatch.setattr(demo, "load_demo", failing_demo)
    with pytest.raises(ServiceError, match="simulated failure"):
        setup_desk(tmp_path / "data", profile=OFFICER, method="keyring", demo=True)
    assert not (tmp_path / "data-trial").exists() and not (tmp_path / "data").exists()


# -- the command line ----------------------------------------------------------------------------

@pytest.fixture
def passphrase(monkeypatch):
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", PASS)


def test_cli_demo_refuses_an_officers_desk_naming_its_trial_desk_and_writes_nothing(
        passphrase, tmp_path, capsys):
    real = tmp_path / "real"
    setup_desk(real, profile=OFFICER, method="passphrase", passphrase=PASS).db.close()
    assert main(["--data-dir", str(real), "demo"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("liaison-desk: store: is an officer's desk")
    assert err[0].endswith(f"liaison-desk demo --data-dir {tmp_path / 'real-trial'}")
    assert main(["--data-dir", str(real), "requests", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_cli_demo_makes_a_trial_desk_whose_audit_names_the_demo_loader(passphrase, tmp_path, capsys):
    d = tmp_path / "try"
    assert main(["--data-dir", str(d), "demo"]) == 0
    assert f"trial desk {d}: demo data loaded (DEMO — invented data)" in capsys.readouterr().out
    assert main(["--data-dir", str(d), "audit", "--json", "--limit", "1000"]) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    assert rows[1]["actor"] == DEMO_ACTOR and rows[1]["action"] == "demo.load"
    assert {r["actor"] for r in rows[1:]} == {DEMO_ACTOR}
