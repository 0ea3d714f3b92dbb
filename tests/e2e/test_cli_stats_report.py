"""``liaison-desk stats`` and ``report`` in real subprocesses on the demo desk; the PDF read back."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents.annual_report import WORDS
from app.documents.i18n import Wording
from app.treaty.builtin import model_agreement

PASS = "correct horse battery staple"


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LIAISON_DESK_PASSPHRASE=PASS)
    return subprocess.run([sys.executable, "-m", "app.cli", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, env=env, timeout=180)


def pages_text(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [re.sub(r"\s+", "", p.extract_text() or "") for p in reader.pages]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("stats") / "desk"
    r = cli(d, "demo")
    assert r.returncode == 0, r.stderr
    return d


def _ground_label(code: str, lang: str) -> str:
    g = model_agreement().ground(code)
    return f"{Wording(lang).article(g.article)} — {g.label_in(lang)}"


def test_annual_report_names_the_year_each_agreement_and_the_art_11_grounds_counted_as_stats_json(demo, tmp_path):
    year = json.loads(cli(demo, "stats", "--json").stdout)["end"][:4]
    stats = json.loads(cli(demo, "stats", "--from", f"{year}-01-01", "--to", f"{year}-12-31", "--json").stdout)
    assert stats["grounds"], "the demo desk refuses and postpones requests"
    out = tmp_path / "report.pdf"
    r = cli(demo, "report", "--year", year, "--out", str(out))
    assert r.returncode == 0, r.stderr
    pages = pages_text(out)
    text = "".join(pages)
    en_start = 0
    ja_start = next(i for i, p in enumerate(pages) if f"{year}年年次報告" in p)
    assert f"Annualreport{year}" in pages[en_start] and f"{year}年年次報告" in pages[ja_start]
    # Markings on every page, both languages (as letters): confidential, Art. 9.3.
    assert all("CONFIDENTIAL—Art.9(3)/秘—第9条第3項" in p for p in pages)
    agreements = json.loads(cli(demo, "agreements", "--json").stdout)
    for a in agreements:
        if a.get("in_use", True):
            assert a["key"] in text
    # The whole desk's Art. 11 table, in each language: every ground with its count from stats --json.
    for lang, start, end in (("en", en_start, ja_start), ("ja", ja_start, len(pages))):
        w = WORDS[lang]
        whole = "".join(pages[start:end]).split(w["per_agreement"])[0]
        for row in stats["grounds"]:
            decision = w["decision_who"].format(decision=w[row["decision"]], who=w["who." + row["direction"]])
            cell = re.sub(r"\s+", "", _ground_label(row["ground"], lang) + decision) + str(row["count"])
            assert cell in whole, (lang, row)
    assert "拒否の理由別" in text and "処理期間の中央値" in text and "期限内処理率" in text
    assert "受理した要請" in text and "発出した要請" in text


def test_report_refuses_an_output_inside_the_data_dir_and_writes_nothing(demo):
    r = cli(demo, "report", "--year", "2026", "--out", str(demo / "report.pdf"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "out:" in r.stderr
    assert not (demo / "report.pdf").exists()


def test_stats_csv_is_utf8_with_a_byte_order_mark_and_holds_the_json_figures(demo, tmp_path):
    out = tmp_path / "figures.csv"
    r = cli(demo, "stats", "--csv", "--out", str(out))
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["figure", "direction", "key", "detail", "value"]
    stats = json.loads(cli(demo, "stats", "--json").stdout)
    for g in stats["grounds"]:
        assert ["grounds", g["direction"], g["ground"], g["decision"], str(g["count"])] in rows
    assert cli(demo, "stats", "--csv").returncode == 2  # --csv needs --out
    assert cli(demo, "stats", "--from", "2026-05-01", "--to", "2026-01-01").stderr.startswith("liaison-desk: to:")


def test_annual_report_in_spanish_for_the_japan_mexico_partner_counts_the_art_11_grounds_as_stats_json(
        demo, tmp_path):
    year = json.loads(cli(demo, "stats", "--json").stdout)["end"][:4]
    stats = json.loads(cli(demo, "stats", "--from", f"{year}-01-01", "--to", f"{year}-12-31", "--json").stdout)
    out = tmp_path / "informe.pdf"
    r = cli(demo, "report", "--year", year, "--lang", "es", "--out", str(out))
    assert r.returncode == 0, r.stderr
    pages = pages_text(out)
    assert f"Informeanual{year}" in pages[0]
    w = WORDS["es"]
    whole = "".join(pages).split(w["per_agreement"])[0]
    for row in stats["grounds"]:
        decision = w["decision_who"].format(decision=w[row["decision"]], who=w["who." + row["direction"]])
        cell = re.sub(r"\s+", "", _ground_label(row["ground"], "es") + decision) + str(row["count"])
        assert cell in whole, row
    assert "Solicitudesrecibidas" in whole and "Medianadeltiempodeatención" in whole
