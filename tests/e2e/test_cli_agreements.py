"""The officer adds and edits agreements from the command line (catalogue JSON files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PASS = "agreements test passphrase"


def cli(d: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LIAISON_DESK_PASSPHRASE=PASS)
    return subprocess.run([sys.executable, "-m", "app.cli", *args, "--data-dir", str(d)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_officer_exports_edits_and_adds_an_agreement_and_gives_notice(tmp_path: Path, fresh_passphrase_store):
    d = tmp_path / "store"
    fresh_passphrase_store(d, PASS)
    out = tmp_path / "us.json"
    assert cli(d, "agreement", "export", "jp-us-1997", "--out", str(out)).returncode == 0
    cat = json.loads(out.read_text(encoding="utf-8"))
    # A third, invented framework modelled on the Japan–US text.
    cat.update(key="jp-xx-2030", short_title="Japan–Example Customs Agreement (invented)",
               partner_country="XX", ref_prefix="JC-XX")
    cat["partner_administration"]["country"] = "XX"
    new = tmp_path / "xx.json"
    new.write_text(json.dumps(cat, ensure_ascii=False), encoding="utf-8")
    r = cli(d, "agreement", "save", str(new))
    assert r.returncode == 0, r.stderr
    listed = json.loads(cli(d, "agreements", "--json").stdout)
    assert {a["key"] for a in listed} == {"jp-us-1997", "jp-mx-2017", "jp-xx-2030"}
    r = cli(d, "agreement", "terminate", "jp-xx-2030", "--notice", "2030-11-30")
    assert r.returncode == 0 and "2031-02-28" in r.stdout  # Art. 14.2, clamped to month end
    assert cli(d, "verify").returncode == 0


def test_a_broken_catalogue_is_refused_with_its_json_path(tmp_path: Path, fresh_passphrase_store):
    d = tmp_path / "store"
    fresh_passphrase_store(d, PASS)
    out = tmp_path / "us.json"
    cli(d, "agreement", "export", "jp-us-1997", "--out", str(out))
    cat = json.loads(out.read_text(encoding="utf-8"))
    del cat["bases"][2]["code"]
    out.write_text(json.dumps(cat), encoding="utf-8")
    r = cli(d, "agreement", "save", str(out))
    assert r.returncode == 2 and "bases[2].code" in r.stderr
    (tmp_path / "junk.json").write_text("not json", encoding="utf-8")
    r = cli(d, "agreement", "save", str(tmp_path / "junk.json"))
    assert r.returncode == 2 and "file:" in r.stderr
