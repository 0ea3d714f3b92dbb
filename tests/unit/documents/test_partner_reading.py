"""Letters as the partner administration reads them: defects found by reading every page.

Each test guards one rule a protocol officer checks on paper (see docs/letters/README.md).
"""

from __future__ import annotations

import pytest

from app.documents import render_letter
from app.documents.samples import sample_context

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
