"""``settings``, ``official`` and ``administration`` as an officer scripts them on a fresh desk
without the demo data, in real subprocesses: the profile and the partner's designated official
(Art. 7.3) set from the command line, a request registered and acknowledged from it, sign and
address a final acknowledgement."""

from __future__ import annotations

import json
import subprocess
import sys

from pypdf import PdfReader

from tests.e2e.test_cli_foundation import cli


def test_art_7_3_profile_and_designated_official_from_the_cli_sign_and_address_a_final_letter(tmp_path):
    d = tmp_path / "store"
    assert cli(d, "init").returncode == 0
    for key, value in (("profile.name", "Kenji SATO (invented)"), ("profile.title", "Liaison Officer"),
                       ("profile.ja.name", "佐藤 健二"), ("idle_lock_minutes", "15")):
        r = cli(d, "settings", "set", key, value)
        assert r.returncode == 0, r.stderr
    r = cli(d, "official", "add", "--agreement", "jp-us-1997", "--name", "Jordan Sample (invented)",
            "--title", "Director", "--name-ja", "ジョーダン・サンプル")
    assert r.returncode == 0, r.stderr
    assert "Jordan Sample (invented)" in r.stdout
    shown = json.loads(cli(d, "settings", "show", "--json").stdout)
    assert shown["profile.name"] == "Kenji SATO (invented)" and shown["idle_lock_minutes"] == 15
    [official] = json.loads(cli(d, "official", "list", "--agreement", "jp-us-1997", "--json").stdout)
    assert official["names"]["ja"] == "ジョーダン・サンプル" and official["country"] == "US"

    request = tmp_path / "request.json"
    request.write_text(json.dumps({
        "direction": "incoming", "agreement_key": "jp-us-1997", "their_ref": "CBP-2026-1",
        "title": "Invented request", "bases": ["4.2(c)"],
        "elements": {"requesting_administration": "U.S. Customs (invented)",
                     "nature_of_proceedings": "inquiry",
                     "object_and_reason": "Surveillance of EXAMPLE MARU",
                     "parties_concerned": "Example Co. (invented)",
                     "description_and_legal_elements": "x"},
        "extra": {"vessel_name": "EXAMPLE MARU"}}), encoding="utf-8")
    r = cli(d, "request", "new", str(request))
    assert r.returncode == 0, r.stderr
    ref = r.stdout.strip()
    r = cli(d, "request", "acknowledge", ref)
    assert r.returncode == 0, r.stderr
    # The audit names the officer of the profile, not the computer account (as the window does).
    audit = json.loads(cli(d, "audit", "--json").stdout)
    acted = [e for e in audit if e.get("entity_id") == ref]
    assert acted and {e["actor"] for e in acted} == {"Kenji SATO (invented)"}
    out = tmp_path / "ack.pdf"
    r = cli(d, "print", ref, "--letter", "acknowledgement", "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Kenji SATO (invented)" in text and "Jordan Sample (invented)" in text
    assert "DRAFT" not in text


def test_bad_settings_and_directory_input_exits_2_naming_the_field_and_writes_nothing(tmp_path):
    d = tmp_path / "store"
    assert cli(d, "init").returncode == 0
    before = cli(d, "settings", "show", "--json").stdout
    cli_says = "liaison-desk: "
    for args, start in (
        (("settings", "set", "profile.nickname", "x"),
         cli_says + "key: unknown setting 'profile.nickname'; valid keys: "),
        (("settings", "set", "idle_lock_minutes", "ten"), cli_says + "idle_lock_minutes: must be a whole number"),
        (("settings", "set", "letter_languages", "fr"), cli_says + "letter_languages: 'fr' is not a letter language"),
        (("settings", "set", "ref_pattern", "{prefix}"), cli_says + "ref_pattern: must contain {seq}"),
        (("official", "add", "--agreement", "xx-yy", "--name", "A (invented)"),
         cli_says + "agreement: no agreement 'xx-yy'"),
        (("official", "add", "--agreement", "jp-us-1997", "--name", " "), cli_says + "name: is required (Art. 7.3)"),
        (("official", "edit", "99", "--title", "Chief"), cli_says + "official: no designated official 99"),
        (("administration", "add", "--name", "X (invented)", "--country", "USA"), cli_says + "country: "),
    ):
        r = cli(d, *args)
        assert r.returncode == 2, (args, r.stderr)
        assert r.stderr.startswith(start) and r.stderr.count("\n") == 1, (args, r.stderr)
        assert "Traceback" not in r.stderr
    assert cli(d, "settings", "show", "--json").stdout == before
    assert json.loads(cli(d, "official", "list", "--json").stdout) == []
    assert [a["country"] for a in json.loads(cli(d, "administration", "list", "--json").stdout)] == ["JP", "MX", "US"]


def test_directory_commands_list_data_dir_in_their_help(tmp_path):
    for path in (("settings", "set"), ("official", "add"), ("official", "list"), ("official", "edit"),
                 ("administration", "add"), ("administration", "list")):
        r = subprocess.run([sys.executable, "-m", "app.cli", *path, "--help"], capture_output=True,
                           text=True, timeout=60)
        assert r.returncode == 0 and "--data-dir" in r.stdout, path
