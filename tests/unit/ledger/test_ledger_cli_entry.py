"""Recording information from the command line (Art. 9, 10): ``info add FILE.json``, ``info
notice`` (Art. 9.2) and ``info approval`` (Art. 9.1), over the services the window's information
dialogs call; ``info`` alone and ``info CODE`` still list and show."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.services.ledger.disclosures import add_authority
from app.services.ledger.information import get_information, list_information

ITEM = {
    "direction": "received",
    "provider": "U.S. Customs and Border Protection (invented)",
    "title": "Shipping records of Example Trading Co. (invented)",
    "summary": "Invented for a test.",
    "confidential": True,
}
POLICE = "Example Port Police (invented)"


def run(capsys, *argv: str) -> tuple[int, str, str]:
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


def add_item(capsys, d: str, tmp_path, doc: dict) -> str:
    path = tmp_path / "item.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    rc, out, err = run(capsys, "info", "add", str(path), "--data-dir", d)
    assert rc == 0, err
    return out.split(":")[0]


def test_art_9_info_add_records_an_item_with_its_restrictions_and_info_still_lists_it(
        desk, tmp_path, capsys):
    d = str(desk.test_data_dir)
    code = add_item(capsys, d, tmp_path, ITEM)
    v = get_information(desk, code, record_view=False)
    assert v.confidential and v.not_as_evidence and v.provider == ITEM["provider"]
    rc, out, _ = run(capsys, "info", "--data-dir", d)
    assert rc == 0 and code in out and "CONF 9.3" in out
    rc, out, _ = run(capsys, "info", code, "--data-dir", d)
    assert rc == 0 and out.startswith(f"{code}  {ITEM['title']}")
    rc, out, _ = run(capsys, "info", "list", "--json", "--data-dir", d)
    assert [r["code"] for r in json.loads(out)] == [code]


def test_info_json_fed_to_info_add_records_the_same_item(desk, tmp_path, capsys):
    d = str(desk.test_data_dir)
    code = add_item(capsys, d, tmp_path, ITEM)
    _, out, _ = run(capsys, "info", code, "--json", "--data-dir", d)
    again = add_item(capsys, d, tmp_path, json.loads(out))
    a, b = (get_information(desk, c, record_view=False) for c in (code, again))
    assert again != code
    assert (a.title, a.provider, a.confidential, a.markings) == (b.title, b.provider, b.confidential, b.markings)


@pytest.mark.parametrize(("change", "field"), [
    ({"colour": "red"}, "colour:"),
    ({"direction": "sideways"}, "direction:"),
    ({"provider": ""}, "provider:"),
    ({"confidential": "yes"}, "confidential:"),
    ({"received_on": "2099-01-01"}, "received_on:"),
    ({"no_law_enforcement_notice_on": "2026-11-01"}, "(Art. 9.2)"),
    ({"request_ref": "JC-US-2099-9999"}, "request_ref:"),
])
def test_info_add_refuses_bad_input_in_one_line_naming_the_field_and_writes_nothing(
        desk, tmp_path, capsys, change, field):
    d = str(desk.test_data_dir)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**ITEM, **change}), encoding="utf-8")
    rc, _out, err = run(capsys, "info", "add", str(path), "--data-dir", d)
    assert rc == 2 and field in one_line(err)
    assert list_information(desk) == []


def test_art_9_2_notice_marks_the_item_not_for_law_enforcement_keeping_the_old_entry(desk, tmp_path, capsys):
    d = str(desk.test_data_dir)
    code = add_item(capsys, d, tmp_path, ITEM)
    rc, out, err = run(capsys, "info", "notice", code, "--on", "2026-11-20", "--data-dir", d)
    assert rc == 0, err
    new = out.split(":")[0]
    v = get_information(desk, new, record_view=False)
    assert v.no_law_enforcement and str(v.no_law_enforcement_notice_on) == "2026-11-20"
    assert v.corrects == code
    rc, _out, err = run(capsys, "info", "notice", code, "--data-dir", d)
    assert rc == 2 and "corrects:" in one_line(err)  # the latest entry is the one to correct
    rc, _out, err = run(capsys, "info", "notice", new, "--on", "2099-01-01", "--data-dir", d)
    assert rc == 2 and "(Art. 9.2)" in one_line(err)


def test_art_9_1_approval_needs_the_letter_on_file_and_an_authority_on_the_list(desk, tmp_path, capsys):
    d = str(desk.test_data_dir)
    code = add_item(capsys, d, tmp_path, ITEM)
    letter = tmp_path / "approval.pdf"
    letter.write_bytes(b"%PDF-1.4 invented approval letter")
    args = ["info", "approval", code, "--purpose", "customs", "--data-dir", d]
    rc, _out, err = run(capsys, *args, "--authority", POLICE, "--letter", str(letter))
    assert rc == 2 and "authority:" in one_line(err)
    add_authority(desk, POLICE, "police", country="JP")
    rc, _out, err = run(capsys, *args, "--authority", POLICE, "--letter", str(tmp_path / "none.pdf"))
    assert rc == 2 and "letter:" in one_line(err) and "(Art. 9.1)" in err
    rc, _out, err = run(capsys, *args, "--authority", POLICE)
    assert rc == 2 and "--letter" in err  # argparse: the letter or a document is required
    assert get_information(desk, code, record_view=False).approvals == ()
    rc, out, err = run(capsys, *args, "--authority", POLICE, "--letter", str(letter))
    assert rc == 0, err
    (approval,) = get_information(desk, code, record_view=False).approvals
    assert approval.authority == POLICE and approval.purposes == ("customs",)
