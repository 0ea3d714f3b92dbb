"""``liaison-desk print REF --letter spontaneous_information`` in a real subprocess (Art. 3.1, 4.3)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.e2e.test_cli_letters import PASS, cli, pdf_text


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A passphrase store with one invented spontaneous-out record and one outgoing request."""
    d = tmp_path_factory.mktemp("spontaneous") / "store"
    code = (
        "import json, sys\n"
        "from app.services import init_store\nfrom app.services.requests import commands as rq\n"
        "from app.services.letters.demo import letter_scenarios\n"
        f"desk = init_store(sys.argv[1], method='passphrase', passphrase={PASS!r}, actor='script')\n"
        "refs = letter_scenarios(desk)\n"
        "refs['spontaneous_out'] = rq.record_spontaneous(desk, 'jp-us-1997', 'spontaneous-out', {\n"
        "    'title': 'Tip-off on AT&T <relay> parts (invented)', 'bases': ['3.1'],\n"
        "    'requesting_administration': 'Japan Customs (invented)',\n"
        "    'object_and_reason': 'Juan <juan@example.com> ships relays (invented).'}).our_ref\n"
        "print(json.dumps(refs))\n"
        "desk.db.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(d)], capture_output=True, text=True,
                         check=True, timeout=120)
    return d, json.loads(out.stdout)


def test_art_3_1_cli_prints_and_stores_the_spontaneous_letter(store, tmp_path):
    d, refs = store
    ref = refs["spontaneous_out"]
    out = tmp_path / "tip.pdf"
    r = cli(d, "print", ref, "--letter", "spontaneous_information", "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert ref in text and "Article3(1)" in text and "Juan<juan@example.com>shipsrelays" in text
    assert "Tip-offonAT&T<relay>parts" in text
    [doc] = json.loads(cli(d, "documents", ref, "--json").stdout)
    assert (doc["kind"], doc["final"]) == ("spontaneous_information", True)


def test_art_3_1_cli_refuses_the_spontaneous_letter_for_a_request(store, tmp_path):
    d, refs = store
    r = cli(d, "print", refs["outgoing_complete"], "--letter", "spontaneous_information",
            "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "spontaneous" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
