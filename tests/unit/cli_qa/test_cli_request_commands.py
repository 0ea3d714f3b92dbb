"""The request's whole life from the command line: ``request new|edit`` from the JSON ``show REF
--json`` prints, one sub-command per lifecycle step over the workflow bar's services, ``show`` in
words and ``due``. Every refusal is one line naming the field (and the article), exit 2, and
nothing is written."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.cli.requests import INPUT_KEYS, shown_keys
from app.services.requests.commands import get_request, list_requests

NEW_INCOMING = {
    "direction": "incoming",
    "agreement_key": "jp-us-1997",
    "their_ref": "CBP-CLI-2026-0001",
    "title": "Verification of an invented car export",
    "bases": ["4.1(a)(i)"],
    "urgency": "urgent",
    "elements": {
        "requesting_administration": "U.S. Customs and Border Protection (invented)",
        "nature_of_proceedings": "Administrative inquiry (invented)",
        "object_and_reason": "Confirm the export of the car with plate EXAMPLE-1",
        "parties_concerned": "Example Motors Ltd., 1-2-3 Example-cho, Yokohama (invented)",
        "description_and_legal_elements": "Possible export of a stolen vehicle (example)",
    },
    "extra": {"declaration_number": "EXD-0000-EXAMPLE"},
    "notes": "Invented for a test.",
}


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """``liaison-desk ARGV``: (exit code, stdout, stderr); argparse's own refusals included."""
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        rc = main(list(argv))
    except SystemExit as exc:
        rc = int(exc.code or 0)
    out, err = capsys.readouterr()
    return rc, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def d(desk) -> str:
    return str(desk.test_data_dir)


def new_request(capsys, d: str, tmp_path: Path, doc: dict) -> str:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    rc, out, err = run(capsys, "request", "new", str(path), "--data-dir", d)
    assert rc == 0, err
    return out.strip()


def shown(capsys, d: str, ref: str) -> dict:
    rc, out, err = run(capsys, "show", ref, "--json", "--data-dir", d)
    assert rc == 0, err
    return json.loads(out)


# -- request new / edit -----------------------------------------------------------------------

def test_art_7_2_request_new_takes_the_keys_show_json_prints_and_prints_the_new_reference(
        desk, d, tmp_path, capsys):
    ref = new_request(capsys, d, tmp_path, NEW_INCOMING)
    view = get_request(desk, ref)
    assert view.direction == "incoming" and view.status == "received"
    assert view.elements == NEW_INCOMING["elements"] and view.bases == ("4.1(a)(i)",)
    assert view.extra == NEW_INCOMING["extra"] and view.urgency == "urgent"
    assert set(NEW_INCOMING) <= shown_keys() and INPUT_KEYS <= shown_keys()


def test_show_json_fed_to_request_new_creates_an_equivalent_request(desk, d, letter_refs, capsys, tmp_path):
    # The partner's designated official (Art. 7.3) is named by name, as show prints it.
    edit = tmp_path / "official.json"
    edit.write_text(json.dumps({"official": "Jordan Sample (invented)"}), encoding="utf-8")
    assert run(capsys, "request", "edit", letter_refs["received"], str(edit), "--data-dir", d)[0] == 0
    original = shown(capsys, d, letter_refs["received"])
    assert original["official"] == "Jordan Sample (invented)"
    copy_ref = new_request(capsys, d, tmp_path, original)
    copy = shown(capsys, d, copy_ref)
    assert copy_ref != original["our_ref"]
    same = INPUT_KEYS | {"status", "confirmation_due_on", "effective_due_on", "completeness",
                         "complete", "allowed_transitions", "agreement_short"}
    assert {k: copy[k] for k in same} == {k: original[k] for k in same}


def test_show_json_with_japanese_versions_round_trips_through_request_new(desk, d, capsys, tmp_path):
    elements = {**NEW_INCOMING["elements"],
                "nature_of_proceedings": {"en": "Administrative inquiry (invented)",
                                          "ja": "行政上の調査（架空）"}}
    original = shown(capsys, d, new_request(capsys, d, tmp_path, {**NEW_INCOMING, "elements": elements}))
    assert original["text_versions"]
    copy = shown(capsys, d, new_request(capsys, d, tmp_path, original))
    for key in ("elements", "text_versions", "text_lang"):
        assert copy[key] == original[key]


def test_show_json_of_an_oral_request_with_a_subject_round_trips(desk, d, letter_refs, capsys, tmp_path):
    from app.services.requests.commands import link_subject
    from app.services.surveillance.commands import add_subject

    code = add_subject(desk, {"kind": "person", "names": ["Invented Roundtrip Person"],
                              "agreement": "jp-us-1997", "period_end": "2099-01-01"}).code
    link_subject(desk, letter_refs["oral_sent"], code)
    original = shown(capsys, d, letter_refs["oral_sent"])
    copy = shown(capsys, d, new_request(capsys, d, tmp_path, original))
    for key in ("form", "oral_at", "confirmation_due_on", "elements", "subjects", "urgency"):
        assert copy[key] == original[key], key
    assert copy["status"] == "draft"  # a new outgoing request starts as a draft


def test_request_new_reads_standard_input_with_a_dash(desk, d, capsys, monkeypatch):
    rc, out, err = run(capsys, "request", "new", "-", "--data-dir", d,
                       stdin=json.dumps(NEW_INCOMING), monkeypatch=monkeypatch)
    assert rc == 0, err
    assert get_request(desk, out.strip()).title == NEW_INCOMING["title"]


def test_art_7_2_texts_given_per_language_keep_each_language_version(desk, d, tmp_path, capsys):
    elements = {**NEW_INCOMING["elements"],
                "object_and_reason": {"en": "Verify the export (invented)",
                                      "ja": "輸出の事実の確認（架空）"}}
    ref = new_request(capsys, d, tmp_path, {**NEW_INCOMING, "elements": elements})
    view = get_request(desk, ref)
    versions = {**view.text_versions.get("object_and_reason", {}),
                view.text_lang: view.elements["object_and_reason"]}
    assert versions["en"] == "Verify the export (invented)"
    assert versions["ja"] == "輸出の事実の確認（架空）"


@pytest.mark.parametrize(("change", "field"), [
    ({"colour": "red"}, "colour:"),
    ({"elements": {"object": "x"}}, "elements.object:"),
    ({"elements": "all of them"}, "elements:"),
    ({"bases": ["99.9"]}, "bases:"),
    ({"direction": "sideways"}, "direction:"),
    ({"agreement_key": "xx-yy-1900"}, "agreement"),
    ({"received_on": "2026-02-30"}, "received_on:"),
    ({"title": {"ja": "日本語の件名"}}, "title:"),
    ({"official": "Nobody (invented)"}, "official:"),
    ({"subjects": ["S-9999"]}, "subjects:"),
    ({"form": "oral"}, "oral_at:"),
    ({"reciprocity": "yes"}, "reciprocity:"),
])
def test_request_new_refuses_bad_input_in_one_line_naming_the_field_and_writes_nothing(
        desk, d, tmp_path, capsys, change, field):
    before = len(list_requests(desk))
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**NEW_INCOMING, **change}), encoding="utf-8")
    rc, _out, err = run(capsys, "request", "new", str(path), "--data-dir", d)
    assert rc == 2
    assert field in one_line(err)
    assert len(list_requests(desk)) == before


@pytest.mark.parametrize(("content", "word"), [(None, "cannot read"), ("{not json", "is not JSON"),
                                               ("[1, 2]", "must be an object")])
def test_request_new_refuses_a_missing_or_broken_file_in_one_line(desk, d, tmp_path, capsys, content, word):
    path = tmp_path / "in.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    rc, _out, err = run(capsys, "request", "new", str(path), "--data-dir", d)
    assert rc == 2 and word in one_line(err)


def test_request_edit_changes_only_the_keys_given(desk, d, tmp_path, capsys):
    ref = new_request(capsys, d, tmp_path, NEW_INCOMING)
    path = tmp_path / "edit.json"
    path.write_text(json.dumps({"title": "Retitled (invented)",
                                "elements": {"parties_concerned": None}}), encoding="utf-8")
    rc, out, err = run(capsys, "request", "edit", ref, str(path), "--data-dir", d)
    assert rc == 0, err and ref in out
    view = get_request(desk, ref)
    assert view.title == "Retitled (invented)" and view.elements["parties_concerned"] is None
    assert view.elements["object_and_reason"] == NEW_INCOMING["elements"]["object_and_reason"]
    assert view.their_ref == NEW_INCOMING["their_ref"] and view.urgency == "urgent"


def test_request_edit_cannot_change_the_direction_and_writes_nothing(desk, d, tmp_path, capsys):
    ref = new_request(capsys, d, tmp_path, NEW_INCOMING)
    path = tmp_path / "edit.json"
    path.write_text(json.dumps({"direction": "outgoing", "title": "changed"}), encoding="utf-8")
    rc, _out, err = run(capsys, "request", "edit", ref, str(path), "--data-dir", d)
    assert rc == 2 and one_line(err).startswith("liaison-desk: direction:")
    assert get_request(desk, ref).title == NEW_INCOMING["title"]


# -- lifecycle steps --------------------------------------------------------------------------

def test_incoming_request_lifecycle_acknowledge_start_execute_close(desk, d, tmp_path, capsys):
    ref = new_request(capsys, d, tmp_path, NEW_INCOMING)
    for step, status in (("acknowledge", "acknowledged"), ("start", "in progress"),
                         ("execute", "executed"), ("close", "closed")):
        rc, out, err = run(capsys, "request", step, ref, "--data-dir", d)
        assert rc == 0, err
        assert out.strip() == f"{ref}: {status}"
    history = [h.to_status for h in get_request(desk, ref).history]
    assert history == ["received", "acknowledged", "in-progress", "executed", "closed"]


def test_a_step_the_lifecycle_does_not_allow_names_the_status_and_writes_nothing(desk, d, tmp_path, capsys):
    ref = new_request(capsys, d, tmp_path, NEW_INCOMING)
    rc, _out, err = run(capsys, "request", "execute", ref, "--data-dir", d)
    assert rc == 2
    line = one_line(err)
    assert "status:" in line and "from received to executed" in line and "allowed: acknowledged" in line
    view = get_request(desk, ref)
    assert view.status == "received" and len(view.history) == 1


def test_art_11_4_refusal_needs_a_ground_and_a_statement_of_reasons(desk, d, letter_refs, capsys):
    ref = letter_refs["in_progress"]
    rc, _out, err = run(capsys, "request", "refuse", ref, "--statement", "reasons", "--data-dir", d)
    assert rc == 2 and "grounds:" in one_line(err) and "(Art. 11.4)" in err
    rc, _out, err = run(capsys, "request", "refuse", ref, "--ground", "11.1-public-policy",
                        "--statement", "   ", "--data-dir", d)
    assert rc == 2 and "statement:" in one_line(err) and "11.4" in err
    assert get_request(desk, ref).status == "in-progress"
    rc, out, err = run(capsys, "request", "refuse", ref, "--ground", "11.1-substantial-interest",
                       "--statement", "It would harm an essential interest (invented).", "--data-dir", d)
    assert rc == 0, err
    outcome = get_request(desk, ref).outcomes[-1]
    assert outcome.decision == "refused" and outcome.grounds == ("11.1-substantial-interest",)


def test_art_11_a_ground_not_in_the_agreements_catalogue_is_named_with_the_catalogues_grounds(
        desk, d, letter_refs, capsys):
    ref = letter_refs["in_progress"]
    rc, _out, err = run(capsys, "request", "refuse", ref, "--ground", "11.9-whim",
                        "--statement", "x", "--data-dir", d)
    line = one_line(err)
    assert rc == 2 and "ground:" in line and "'11.9-whim'" in line and "11.1-public-policy" in line
    assert get_request(desk, ref).status == "in-progress"


def test_art_11_3_withholding_then_consultation_records_the_outcome(desk, d, letter_refs, capsys):
    ref = letter_refs["in_progress"]
    rc, out, err = run(capsys, "request", "withhold", ref, "--statement",
                       "Proceedings are under way (invented).", "--data-dir", d)
    assert rc == 0 and out.strip().endswith("withheld"), err
    rc, _out, err = run(capsys, "request", "start", ref, "--data-dir", d)
    assert rc == 2 and "consultation_outcome:" in one_line(err) and "11.3" in err
    rc, out, err = run(capsys, "request", "consult", ref, "--outcome",
                       "The requesting administration agreed to wait (invented).",
                       "--then", "in-progress", "--data-dir", d)
    assert rc == 0, err
    view = get_request(desk, ref)
    assert view.status == "in-progress"
    assert view.outcomes[-1].consultation_outcome.startswith("The requesting administration")


def test_art_11_4_postponement_until_a_past_day_is_refused_and_a_future_one_recorded(
        desk, d, letter_refs, capsys):
    ref = letter_refs["in_progress"]
    args = ["request", "postpone", ref, "--ground", "2.2-resources", "--statement",
            "Officers engaged elsewhere (invented)."]
    rc, _out, err = run(capsys, *args, "--until", "2001-01-01", "--data-dir", d)
    assert rc == 2 and "postponed_until:" in one_line(err)
    rc, _out, err = run(capsys, *args, "--until", "2099-13-01", "--data-dir", d)
    assert rc == 2 and "postponed_until:" in one_line(err)
    rc, _out, err = run(capsys, *args, "--until", "2099-01-31", "--data-dir", d)
    assert rc == 0, err
    assert str(get_request(desk, ref).outcomes[-1].postponed_until) == "2099-01-31"


def test_art_11_1_conditional_assistance_needs_its_conditions(desk, d, letter_refs, capsys):
    ref = letter_refs["in_progress"]
    rc, _out, err = run(capsys, "request", "condition", ref, "--data-dir", d)
    assert rc == 2 and "--conditions" in err  # argparse: the option is required
    rc, _out, err = run(capsys, "request", "condition", ref, "--conditions", " ", "--data-dir", d)
    assert rc == 2 and "conditions:" in one_line(err) and "11.1" in err
    rc, _out, err = run(capsys, "request", "condition", ref, "--conditions",
                        "For customs purposes only (invented).", "--data-dir", d)
    assert rc == 0, err and get_request(desk, ref).status == "conditional"


def test_art_7_2_sending_an_incomplete_request_is_refused_naming_the_element(desk, d, letter_refs, capsys):
    ref = letter_refs["outgoing_incomplete"]
    rc, _out, err = run(capsys, "request", "send", ref, "--data-dir", d)
    assert rc == 2 and "7.2(c)" in one_line(err)
    assert get_request(desk, ref).status == "draft"
    rc, out, err = run(capsys, "request", "send", letter_refs["outgoing_complete"], "--on",
                       "2026-11-20", "--data-dir", d)
    assert rc == 0 and out.strip().endswith(": sent"), err
    assert str(get_request(desk, letter_refs["outgoing_complete"]).sent_on) == "2026-11-20"


def test_art_7_1_written_confirmation_of_an_oral_request(desk, d, letter_refs, tmp_path, capsys):
    written = new_request(capsys, d, tmp_path, NEW_INCOMING)
    rc, _out, err = run(capsys, "request", "confirm-oral", written, "--data-dir", d)
    assert rc == 2 and "form:" in one_line(err) and "7.1" in err
    ref = letter_refs["oral_sent"]
    rc, _out, err = run(capsys, "request", "confirm-oral", ref, "--on", "2026-11-20", "--data-dir", d)
    assert rc == 0, err
    assert str(get_request(desk, ref).confirmed_on) == "2026-11-20"


def test_assign_names_the_officer_and_a_closed_request_cannot_be_assigned(desk, d, tmp_path, capsys):
    ref = new_request(capsys, d, tmp_path, NEW_INCOMING)
    rc, _out, err = run(capsys, "request", "assign", ref, "--to", "K. Example (invented)", "--data-dir", d)
    assert rc == 0, err and get_request(desk, ref).assigned_to == "K. Example (invented)"
    assert run(capsys, "request", "withdraw", ref, "--data-dir", d)[0] == 0
    rc, _out, err = run(capsys, "request", "assign", ref, "--to", "Someone", "--data-dir", d)
    assert rc == 2 and "status:" in one_line(err)
    assert get_request(desk, ref).assigned_to == "K. Example (invented)"


def test_a_step_on_a_reference_that_does_not_exist_is_one_line_naming_ref(d, capsys):
    rc, _out, err = run(capsys, "request", "acknowledge", "JC-US-2099-9999", "--data-dir", d)
    assert rc == 2 and one_line(err).startswith("liaison-desk: ref:")


# -- show in words ----------------------------------------------------------------------------

def test_show_prints_grounds_as_catalogue_words_and_findings_without_a_python_repr(
        desk, d, letter_refs, capsys):
    rc, out, err = run(capsys, "show", letter_refs["refused"], "--data-dir", d)
    assert rc == 0, err
    assert "Art. 11.1 \u2014 Contrary to public policy" in out
    assert "statement of reasons (Art. 11.4): The matter was closed" in out
    assert "11.1-public-policy" not in out and "View(" not in out
    rc, out, err = run(capsys, "show", letter_refs["outgoing_incomplete"], "--data-dir", d)
    assert "error: (c) object of and reason for the request:" in out and "(Art. 7.2(c))" in out
    assert "FindingView" not in out


def test_show_says_the_form_the_confirmation_due_and_its_state_and_linked_subjects(
        desk, d, letter_refs, capsys):
    from app.services.requests.commands import link_subject
    from app.services.surveillance.commands import add_subject

    ref = letter_refs["oral_sent"]
    code = add_subject(desk, {"kind": "person", "names": ["Invented Linked Person"],
                              "agreement": "jp-us-1997", "period_end": "2099-01-01"}).code
    link_subject(desk, ref, code)
    rc, out, err = run(capsys, "show", ref, "--data-dir", d)
    assert rc == 0, err
    assert "form: oral, made 2026-11-19" in out
    view = get_request(desk, ref)
    assert f"written confirmation due {view.confirmation_due_on.isoformat()}:" in out
    assert f"Linked subjects (Art. 4.2): {code} Invented Linked Person" in out
    assert "Watch list (Art. 4.2):" in out


def test_show_lists_a_watch_list_hit_on_a_name_in_the_request(desk, d, tmp_path, capsys):
    from app.services.surveillance.commands import add_subject

    add_subject(desk, {"kind": "person", "names": ["Mihon Tarou"], "agreement": "jp-us-1997",
                       "period_end": "2099-01-01"})
    doc = {**NEW_INCOMING, "elements": {**NEW_INCOMING["elements"], "parties_concerned": "Mihon Tarou"}}
    ref = new_request(capsys, d, tmp_path, doc)
    rc, out, err = run(capsys, "show", ref, "--data-dir", d)
    assert rc == 0, err
    assert "possible match: subject" in out
    rc, out, _err = run(capsys, "show", ref, "--no-watch", "--data-dir", d)
    assert "possible match" not in out and "Watch list" not in out


def test_show_on_a_desk_with_many_subjects_says_the_watch_list_was_not_checked_unless_asked(
        desk, d, tmp_path, capsys, monkeypatch):
    import app.cli.core as core
    from app.services.surveillance.commands import add_subject

    add_subject(desk, {"kind": "person", "names": ["Mihon Tarou"], "agreement": "jp-us-1997",
                       "period_end": "2099-01-01"})
    doc = {**NEW_INCOMING, "elements": {**NEW_INCOMING["elements"], "parties_concerned": "Mihon Tarou"}}
    ref = new_request(capsys, d, tmp_path, doc)
    monkeypatch.setattr(core, "WATCH_INLINE_SUBJECTS", 0)
    rc, out, err = run(capsys, "show", ref, "--data-dir", d)
    assert rc == 0, err
    assert "Watch list (Art. 4.2): not checked (1 subject under surveillance); add --watch" in out
    rc, out, err = run(capsys, "show", ref, "--watch", "--data-dir", d)
    assert "possible match: subject" in out


# -- due --------------------------------------------------------------------------------------

def test_due_lists_every_clock_on_the_day_asked_as_the_due_list_words_it(desk, d, letter_refs, capsys):
    rc, out, err = run(capsys, "due", "--as-of", "2099-01-01", "--json", "--data-dir", d)
    assert rc == 0, err
    rows = json.loads(out)
    received = next(r for r in rows if r["key"] == letter_refs["received"])
    assert received["state"] == "overdue" and received["what"].startswith("Request due: ")
    oral = [r for r in rows if r["kind"] == "oral-confirmation"]
    assert oral and oral[0]["what"].startswith("Written confirmation (Art. 7.1)")
    # On the day the requests came in, only what falls due within the week is listed.
    rc, out, err = run(capsys, "due", "--as-of", "2026-11-20", "--data-dir", d)
    assert rc == 0, err
    assert letter_refs["received"] not in out and "as of 2026-11-20: 1 clock shown" in out
    assert f"due soon  {letter_refs['oral_sent']}" in out


def test_due_refuses_a_day_that_is_not_a_date_naming_the_option(d, capsys):
    rc, _out, err = run(capsys, "due", "--as-of", "2026-02-30", "--data-dir", d)
    assert rc == 2 and "as_of:" in one_line(err)
