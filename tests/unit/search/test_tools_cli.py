"""CLI: ``search`` and ``demo`` (in-process, exit codes and output)."""

from __future__ import annotations

import json
import re

import pytest

from app.cli import main
from tools.generate import main as generate_main

PASS = "cli test passphrase (invented)"


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", PASS)


def test_cli_demo_creates_a_store_and_search_finds_folded_spanish(env, tmp_path, capsys):
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    assert "DEMO — invented data" in capsys.readouterr().out
    assert main(["--data-dir", d, "search", "Garcia", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and hits[0]["kind"] == "request" and "García" in hits[0]["snippet"]


def test_cli_demo_twice_exits_2_naming_the_store(env, tmp_path, capsys):
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "demo"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("liaison-desk: store: already holds")


def test_cli_search_hostile_query_and_bad_limit(env, tmp_path, capsys):
    d = str(tmp_path / "d")
    assert generate_main([d, "--requests", "50", "--subjects", "50", "--audit", "100",
                          "--anchor", "2026-11-20"]) == 0
    assert "synthetic data written" in capsys.readouterr().out
    assert main(["--data-dir", d, "search", '" AND * NEAR(', "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with pytest.raises(SystemExit) as info:  # refused by the argument parser, before the store
        main(["--data-dir", d, "search", "x", "--limit", "0"])
    assert info.value.code == 2 and "--limit" in capsys.readouterr().err


def test_cli_search_text_names_documents_by_label_never_by_database_id(env, tmp_path, capsys):
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "search", "certificates", "--json"]) == 0
    doc_keys = [h["key"] for h in json.loads(capsys.readouterr().out) if h["kind"] == "document"]
    assert doc_keys  # the demo's attachment is found
    assert main(["--data-dir", d, "search", "certificates"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("document")]
    assert lines and all("certificates-DEMO.txt" in ln and "JC-US-" in ln for ln in lines)
    assert all(f" {key} " not in f" {ln} " for ln in lines for key in doc_keys)


def test_cli_search_json_keys_hits_as_officers_know_them_and_prints_no_database_id(
        env, tmp_path, capsys):
    """Ids change across export and import and mean nothing to an officer (Art. 9: a disclosure
    is known by the item it passed on and the day)."""
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "search", "DEMO", "--limit", "200", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {"request", "subject", "observation", "information", "disclosure",
            "document"} <= {h["kind"] for h in hits}
    for hit in hits:
        assert "entity_id" not in hit and "observation_id" not in hit, hit
        assert not hit["key"].isdigit(), hit  # observations and documents used to be keyed by id
    by_kind = {h["kind"]: h for h in hits}
    assert re.fullmatch(r"I-\d{5}/\d{4}-\d\d-\d\d(/\d+)?", by_kind["disclosure"]["key"])
    assert re.fullmatch(r"S-\d{4}/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(/\d+)?",
                        by_kind["observation"]["key"])
    attachment = [h for h in hits if h["key"].endswith("certificates-DEMO.txt v1")]
    assert [h["key"] for h in attachment] == ["I-00001/certificates-DEMO.txt v1"]


def test_cli_search_kind_disclosure_finds_the_recipient_authority(env, tmp_path, capsys):
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "search", "Prefectural Police", "--kind", "disclosure"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("disclosure") and "Example Prefectural Police (DEMO)" in out[0]
    assert "(OVERRIDE)" in out[0]
