"""QA of argument errors: counts must be positive, and an error names the option the officer
typed, not the service's field name."""

from __future__ import annotations

import pytest

from app.cli import main


@pytest.mark.parametrize("command", [["requests"], ["search", "x"], ["audit"]])
@pytest.mark.parametrize("limit", ["0", "-1", "ten"])
def test_limit_must_be_a_whole_number_of_at_least_one(desk, capsys, command, limit):
    d = str(desk.test_data_dir)
    with pytest.raises(SystemExit) as info:
        main([*command, "--limit", limit, "--data-dir", d])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "argument --limit:" in err and limit in err


def test_art_4_2_observation_for_an_unknown_request_names_the_request_option(desk, capsys):
    from app.services.surveillance.commands import add_subject

    subject = add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                                 "names": ["Wrist watches (invented)"], "period_end": "2027-03-01"})
    d = str(desk.test_data_dir)
    rc = main(["subject", "observe", subject.code, "--at", "2026-11-20T10:00", "--event", "arrived",
               "--request", "NOPE-1", "--data-dir", d])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and err.startswith("liaison-desk: --request: ") and "NOPE-1" in err
