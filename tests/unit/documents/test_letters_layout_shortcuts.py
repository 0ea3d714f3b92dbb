"""The layout shortcuts taken for speed never change what a letter prints.

Two shortcuts guard the letter budget: tag-free text becomes its one reportlab fragment without the
XML parser, and a paragraph remembers its line breaking for the width it was wrapped to. Both must
give the very bytes the plain reportlab path gives, and a remembered wrap must never outlive the
lines it describes.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.documents.fonts import markup
from app.documents.layout import LetterParagraph, para, styles

# Latin, Japanese, a right-to-left word, markup characters, runs of whitespace, long words.
TEXT = st.lists(
    st.sampled_from(list("abc XYZ 019.,;:-—'\"()/  \t\n<&>üß") + ["秘", "見本", "שלום", "\u00a0"]), max_size=80,
).map("".join) | st.sampled_from(["", "   ", "x" * 300, "In accordance with Article 7(1) of the Agreement, we request"])


def _pdf(flowables: list) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1, initialFontName="DejaVuSerif").build(flowables)
    return buf.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, lang=st.sampled_from(["en", "ja"]), style=st.sampled_from(["body", "item", "section", "mark"]),
       bullet=st.sampled_from([None, "•", "3."]))
def test_plain_text_shortcut_prints_the_same_bytes_as_reportlabs_parser(text, lang, style, bullet):
    s = styles(lang)[style]
    # LetterParagraph given markup still goes through the parser (and the same kinsoku rule).
    parsed = LetterParagraph(markup(text, s.fontName), s, bulletText=bullet)
    fast = para(text, s, bullet)
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
    assert _pdf([fast]) == _pdf([parsed])


def test_plain_text_shortcut_gives_each_paragraph_its_own_fragment():
    s = styles("en")["body"]
    one, two = para("first words", s), para("second words", s)
    assert one.frags[0] is not two.frags[0]
    assert one.frags[0].link is not two.frags[0].link  # mutable lists are not shared either
    assert (one.frags[0].text, two.frags[0].text) == ("first words", "second words")


LONG = "The importer declared values about sixty per cent below those of comparable shipments. " * 6


@pytest.mark.parametrize("widths", [(300, 150), (150, 300, 150), (300, 300)])
def test_remembered_wrap_is_redone_when_the_width_changes(widths):
    s = styles("en")["body"]
    p = para(LONG, s)
    for width in widths:
        assert p.wrap(width, 1000) == Paragraph(LONG, s).wrap(width, 1000)
        assert len(p.blPara.lines) == len(_lines(LONG, s, width))


def _lines(text: str, style, width: float) -> list:
    fresh = Paragraph(text, style)
    fresh.wrap(width, 1000)
    return fresh.blPara.lines


def test_remembered_wrap_is_redone_after_split_drops_the_lines():
    s = styles("en")["body"]
    p = para(LONG, s)
    p.wrap(300, 1000)
    assert p.split(300, 1) == []  # no room for two lines: orphan control drops blPara
    assert "blPara" not in p.__dict__
    assert p.wrap(300, 1000) == Paragraph(LONG, s).wrap(300, 1000)
    assert _pdf([p]) == _pdf([Paragraph(LONG, s)])


def test_letter_paragraph_is_what_every_letter_line_is_built_as():
    assert isinstance(para("x", styles("en")["body"]), LetterParagraph)
    assert isinstance(para("<x> & y", styles("ja")["item"], "1."), LetterParagraph)
