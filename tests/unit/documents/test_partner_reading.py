"""Letters as the partner administration reads them: defects found by reading every page.

Each test guards one rule a protocol officer checks on paper (see docs/letters/README.md).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.documents import render_letter
from tools.sample_letters import sample_context

from ._pdf import flat, reader

LONG_EN = ("The officers concerned are engaged in an inquiry at the same port, AT&T, "
           "Juan <juan@example.com>. " * 60)[:5000]
LONG_JA = ("輸入者は、同種貨物と比べ約6割低い価格で申告した。「見本」（架空）、調査中である。" * 130)[:5000]


def _pages(pdf: bytes) -> list[str]:
    return [flat(p.extract_text() or "") for p in reader(pdf).pages]


@pytest.mark.parametrize(("lang", "heading", "statement"), [
    ("en", "3.Statementofreasons", LONG_EN),
    ("es", "3.Exposicióndemotivos", LONG_EN),
    ("ja", "3理由", LONG_JA),
])
def test_heading_over_a_5000_character_section_keeps_its_start_not_a_blank_page(lang, heading, statement):
    # Reportlab moved a keep-with-next heading and its whole page-long paragraph to the next
    # page, leaving most of page 1 blank; the heading must stay with the first lines instead.
    pdf = render_letter(sample_context("statement_of_reasons", lang, statement=statement))
    first = _pages(pdf)[0]
    assert heading in first
    after = first.split(heading, 1)[1]
    assert flat(statement)[:30] in after  # the statement starts under its heading on page 1


def test_party_names_per_language_head_and_sign_each_half_of_a_bilingual_letter():
    base = sample_context("request", "en+ja")
    sender = replace(base.sender, administration="Japan Customs — Example Liaison Office",
                     names={"ja": "日本税関 見本連絡室"})
    pdf = render_letter(replace(base, sender=sender, signatory=replace(base.signatory, administration="")))
    pages = _pages(pdf)
    japanese = [p for p in pages if "日本語文" in p or "以上" in p]
    english = [p for p in pages if p not in japanese]
    assert all("日本税関見本連絡室" not in p for p in english)
    # letterhead, 公文 sender block and the intro ("…は、下記の事案について") all in Japanese
    assert sum(p.count("日本税関見本連絡室") for p in japanese) >= 3
    assert all(flat("Japan Customs — Example Liaison Office") not in p for p in japanese)
