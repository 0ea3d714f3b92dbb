"""``liaison-desk subjects``, ``match`` and ``subject ...`` (Art. 4.2) over a real store."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import app.services
from app.cli import main

FIXED_NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)  # as the desk fixture's clock


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    """The CLI's desk reads the same fixed clock as the fixtures, so dates do not drift."""
    real_open = app.services.open_desk

    def open_desk(*args, **kwargs):
        desk = real_open(*args, **kwargs)
        desk.clock = lambda: FIXED_NOW
        return desk

    monkeypatch.setattr(app.services, "open_desk", open_desk)


def _run(capsys, data_dir, *argv):
    code = main([*argv, "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def test_art_4_2_subjects_lists_kind_status_and_period(desk, person, data_dir, capsys):
    code, out, _ = _run(capsys, data_dir, "subjects", "--active")
    assert code == 0
    assert "S-0001" in out and "person" in out and "2026-11-20..2027-03-01" in out
    code, out, _ = _run(capsys, data_dir, "subjects", "--kind", "goods", "--json")
    assert code == 0 and json.loads(out) == []


def test_art_4_2_match_prints_the_possible_match_line(desk, person, data_dir, capsys):
    code, out, _ = _run(capsys, data_dir, "match", "Syo Tanaka")
    assert code == 0
    assert ("possible match: subject S-0001 (田中 翔), active surveillance under "
            "JC-US-2026-0001 until 2027-03-01") in out
    code, out, _ = _run(capsys, data_dir, "match", "Tanaka Sato", "--json")
    assert json.loads(out) == []


def test_art_4_2_subject_add_warns_about_a_wrong_imo_check_digit(desk, data_dir, tmp_path, capsys):
    fields = tmp_path / "vessel.json"
    fields.write_text(json.dumps({
        "kind": "transport", "subkind": "vessel", "names": ["OCEAN EXAMPLE"],
        "agreement": "jp-us-1997", "period_end": "2027-01-01",
        "identifiers": [["imo", "9074728"]]}), encoding="utf-8")
    code, out, err = _run(capsys, data_dir, "subject", "add", str(fields))
    assert code == 0 and "OCEAN EXAMPLE" in out
    assert "warning: IMO 9074728: check digit should be 9" in err


def test_art_4_2_bad_observation_date_exits_2_with_one_line(desk, person, data_dir, capsys):
    code, _, err = _run(capsys, data_dir, "subject", "observe", person.code,
                        "--at", "2026-11-19T10:00", "--place", "Yokohama")
    assert code == 2
    assert err.strip().splitlines() == [
        "liaison-desk: observed_at: 2026-11-19 is before request JC-US-2026-0001 (2026-11-20) "
        "(Art. 4.2)"]


def test_art_4_2_observe_then_lift_from_the_command_line(desk, person, data_dir, capsys):
    code, out, _ = _run(capsys, data_dir, "subject", "observe", person.code, "--at",
                        "2026-11-20T08:00", "--event", "arrived", "--locode", "JPYOK",
                        "--place", "Yokohama")
    assert code == 0 and "arrived Yokohama (JPYOK)" in out
    code, out, _ = _run(capsys, data_dir, "subject", "lift", person.code, "--reason", "done")
    assert code == 0 and "lifted on" in out
    code, out, _ = _run(capsys, data_dir, "subject", "show", person.code)
    assert "status:  lifted" in out and "arrived" in out


def test_art_4_2_an_entry_without_a_place_says_so_on_the_command_line(desk, person, data_dir, capsys):
    """Only an 'other' entry may lack a place (older stores may hold sightings without one):
    the CLI says the place was not recorded instead of leaving a gap."""
    code, out, _ = _run(capsys, data_dir, "subject", "observe", person.code, "--at",
                        "2026-11-20T08:00", "--event", "other", "--text", "New passport (invented)")
    assert code == 0 and out.rstrip().endswith("other (place not recorded)")
    code, out, _ = _run(capsys, data_dir, "subject", "show", person.code)
    assert "other          (place not recorded)  New passport (invented)" in out
