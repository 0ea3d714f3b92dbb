"""``liaison-desk print`` / ``documents`` / ``document export`` in real subprocesses, PDFs read back."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

PASS = "correct horse battery staple"


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LIAISON_DESK_PASSPHRASE=PASS)
    return subprocess.run([sys.executable, "-m", "app.cli", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, env=env, timeout=120)


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A passphrase store with the invented letter scenarios, made by a script in another process."""
    d = tmp_path_factory.mktemp("letters") / "store"
    code = (
        "import json, sys\n"
        "from app.services import init_store\n"
        "from app.services.letters.demo import letter_scenarios\n"
        f"desk = init_store(sys.argv[1], method='passphrase', passphrase={PASS!r}, actor='script')\n"
        "print(json.dumps(letter_scenarios(desk)))\n"
        "desk.db.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(d)], capture_output=True, text=True,
                         check=True, timeout=120)
    return d, json.loads(out.stdout)


def test_print_final_letter_stores_it_writes_the_pdf_and_lists_it(store, tmp_path):
    d, refs = store
    ref = refs["refused"]
    out = tmp_path / "reasons.pdf"
    r = cli(d, "print", ref, "--letter", "statement_of_reasons", "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert ref in text and "Article11(4)" in text and "Contrarytopublicpolicy(Article11(1))" in text
    listed = cli(d, "documents", ref, "--json")
    [doc] = json.loads(listed.stdout)
    assert (doc["kind"], doc["language"], doc["version"], doc["final"]) == ("statement_of_reasons", "en", 1, True)
    audit = cli(d, "audit", "--action", "document.", "--json")
    assert str(out.resolve()) in audit.stdout
    assert cli(d, "verify").returncode == 0


def test_art_7_2_incomplete_final_is_refused_with_findings_and_draft_is_written(store, tmp_path):
    d, refs = store
    ref = refs["outgoing_incomplete"]
    out = tmp_path / "req.pdf"
    r = cli(d, "print", ref, "--letter", "request", "--out", str(out))
    assert r.returncode == 2
    assert "7.2(c)" in r.stderr and "7.2(e)" in r.stderr and "--draft" in r.stderr
    assert not out.exists()
    assert "no documents" in cli(d, "documents", ref).stdout
    r = cli(d, "print", ref, "--letter", "request", "--draft", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "DRAFT" in pdf_text(out) and "not stored" in r.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--letter", "memo"], "kind: unknown letter kind 'memo'"),
    (["--letter", "acknowledgement", "--lang", "fr"], "lang: unknown letter language 'fr'"),
    (["--letter", "consultation"], "kind: a consultation letter does not apply while the request is received"),
])
def test_bad_letter_input_exits_2_with_one_line_and_stores_nothing(store, tmp_path, args, message):
    d, refs = store
    out = tmp_path / "x.pdf"
    r = cli(d, "print", refs["received"], *args, "--out", str(out))
    assert r.returncode == 2 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not out.exists()
    assert "no documents" in cli(d, "documents", refs["received"]).stdout


def test_unwritable_out_path_exits_2_before_anything_is_stored(store, tmp_path):
    d, refs = store
    r = cli(d, "print", refs["postponed"], "--letter", "statement_of_reasons",
            "--out", str(tmp_path / "missing" / "x.pdf"))
    assert r.returncode == 2 and "out: folder" in r.stderr
    assert "no documents" in cli(d, "documents", refs["postponed"]).stdout


def test_document_export_writes_the_stored_bytes_and_is_audited(store, tmp_path):
    d, refs = store
    ref = refs["withheld"]
    first = tmp_path / "con.pdf"
    assert cli(d, "print", ref, "--letter", "consultation", "--conditions", "Use only for the inquiry",
               "--out", str(first)).returncode == 0
    [doc] = json.loads(cli(d, "documents", ref, "--json").stdout)
    again = tmp_path / "again.pdf"
    r = cli(d, "document", "export", str(doc["id"]), "--out", str(again))
    assert r.returncode == 0, r.stderr
    assert again.read_bytes() == first.read_bytes()
    assert str(again.resolve()) in cli(d, "audit", "--action", "document.export", "--json").stdout
    bad = cli(d, "document", "export", "999", "--out", str(tmp_path / "none.pdf"))
    assert bad.returncode == 2 and "document: no document 999" in bad.stderr
    assert not (tmp_path / "none.pdf").exists()
