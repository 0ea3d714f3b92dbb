"""Japanese line breaking keeps an opening bracket off the end of a line (JIS X 4051 行末禁則).

Reportlab's CJK wrapping only keeps closing punctuation off the start of a line; the letters'
paragraphs (:mod:`app.documents.kinsoku`) also move a stranded opening bracket down to the line
that holds what it opens. Each case here first checks that reportlab alone strands the bracket,
so the test guards a real break and not one that happens to fall elsewhere.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from app.documents import render_letter
from app.documents.fonts import markup
from app.documents.kinsoku import OPENING_BRACKETS
from app.documents.layout import para, styles
from app.documents.render import MARGIN_X, PAGE_W
from tools.sample_letters import sample_context

from ._pdf import body_text, contains, reader

FRAME_W = PAGE_W - 2 * MARGIN_X
#: The openers the QA report named: Japanese brackets and quotes, and ASCII ( [ {.
NAMED_OPENERS = list("「『（［【〔〈《｛“‘([{")
CLOSERS = "」』）］】〕〉》｝、。"

#: Found by trying natural wordings against reportlab's own wrapping: in the Japanese request
#: letter, the subject strands 「 at the end of its first line and the Art. 7.2(c) text strands 『.
SUBJECT = ("協定第4条及び第5条に基づく米国から機械部品を輸入した大阪市の輸入者である"
           "「見本貿易株式会社」の輸出申告書の確認に関する要請（第7条第2項）")
SENTENCE = "なお、輸入者「見本貿易株式会社」は、（別添１）の輸出申告書及び『商業送り状』に記載された価格で申告した。"


def _lines(p: Paragraph) -> list[str]:
    """The text of each line a wrapped paragraph prints."""
    if p.blPara.kind == 0:
        return ["".join(words) for _, words in p.blPara.lines]
    return ["".join(getattr(w, "text", "") or "" for w in line.words) for line in p.blPara.lines]


def _wrapped(p: Paragraph, width: float = FRAME_W) -> list[str]:
    p.wrap(width, 10**6)
    return _lines(p)


def _reportlab(text: str, style, width: float = FRAME_W, bullet: str | None = None) -> list[str]:
    """Lines as reportlab's own CJK wrapping breaks them."""
    return _wrapped(Paragraph(markup(text, style.fontName), style, bulletText=bullet), width)


def _stranded(lines: list[str]) -> list[str]:
    """Lines other than the last that end with an opening bracket after some other text."""
    out = []
    for line in lines[:-1]:
        s = line.rstrip()
        if s and s[-1] in OPENING_BRACKETS and s.strip("".join(OPENING_BRACKETS) + " "):
            out.append(line)
    return out


def _pdf_lines(pdf: bytes) -> list[str]:
    return [line.strip() for page in reader(pdf).pages for line in (page.extract_text() or "").split("\n")]


def _request(**elements: str):
    ctx = sample_context("request", "ja", subject_line=SUBJECT)
    return sample_context("request", "ja", subject_line=SUBJECT, elements={**ctx.elements, **elements})


def test_ja_opening_bracket_never_ends_a_line():
    text = SENTENCE * 3
    s = styles("ja")
    # Reportlab alone strands both brackets in this letter (so this test can fail).
    assert _reportlab("件名：" + SUBJECT, s["subject"])[0].endswith("「")
    assert _stranded(_reportlab(text, s["section_text"]))

    pdf = render_letter(_request(object_and_reason=text))
    lines = _pdf_lines(pdf)
    assert not [line for line in lines if line and line[-1] in OPENING_BRACKETS]
    assert any(line.startswith("「見本貿易株式会社」の輸出申告書の確認") for line in lines)  # 「 went down
    body = body_text(pdf)
    assert contains(body, "件名：" + SUBJECT) and contains(body, text)  # nothing lost or doubled


def test_ja_closing_punctuation_still_never_starts_a_line():
    # Reportlab's own rule (行頭禁則) must survive the reflow a moved bracket causes.
    pdf = render_letter(_request(object_and_reason=SENTENCE * 3))
    assert not [line for line in _pdf_lines(pdf) if line and line[0] in CLOSERS]


def test_ja_opening_bracket_rule_holds_in_text_split_over_pages():
    # Several pages of one paragraph: the lines reportlab splits over pages are the fixed ones.
    text = (SENTENCE + "また、" + SENTENCE) * 40
    assert len(_stranded(_reportlab(text, styles("ja")["section_text"]))) > 3
    pdf = render_letter(_request(description_and_legal_elements=text))
    assert len(reader(pdf).pages) >= 3
    assert not [line for line in _pdf_lines(pdf) if line and line[-1] in OPENING_BRACKETS]
    assert contains(body_text(pdf), text)


def _stranding_text(opener: str, style, prefix: str) -> str:
    """A text in which reportlab alone ends the first line with ``opener``."""
    for n in range(80):
        text = f"{prefix}{'見本' * 40}"[: len(prefix) + n] + f"{opener}見本です。" + "本件の確認を要請する。" * 6
        if _reportlab(text, style)[0].endswith(opener):
            return text
    raise AssertionError(f"no text strands {opener!r}")  # pragma: no cover


@pytest.mark.parametrize("prefix", ["", "Art. 7(2) שלום "], ids=["one-font", "mixed-fonts"])
@pytest.mark.parametrize("opener", NAMED_OPENERS)
def test_ja_each_opening_bracket_moves_to_the_next_line_with_what_it_opens(opener, prefix):
    style = styles("ja")["section_text"]
    text = _stranding_text(opener, style, prefix)
    before = _reportlab(text, style)
    after = _wrapped(para(text, style))
    assert not _stranded(after)
    assert after[1].lstrip().startswith(f"{opener}見")
    assert before[0].startswith(after[0].rstrip())  # the first line only gave up its end
    assert re.sub(r"\s", "", "".join(after)) == re.sub(r"\s", "", "".join(before))


def test_ja_moved_bracket_leaves_its_line_aligned_to_the_full_width():
    # The line is broken narrower to drop the bracket, but centred over the whole width.
    style = styles("ja")["subject"]
    p = para("件名：" + SUBJECT, style)
    p.wrap(FRAME_W, 10**6)
    spare, words = p.blPara.lines[0]
    assert "".join(words).endswith("である")
    assert spare == pytest.approx(FRAME_W - stringWidth("".join(words), style.fontName, style.fontSize), abs=0.01)


def test_ja_opening_bracket_the_writer_put_before_a_newline_stays():
    # The rule moves brackets off lines broken for width; a line the writer ended is theirs.
    style = styles("ja")["section_text"]
    assert _wrapped(para("見本「\n続き」", style))[0] == "見本「"


def test_latin_letters_keep_reportlabs_word_wrapping():
    # English and Spanish break at spaces; the Japanese rule must not reach them.
    style = styles("en")["section_text"]
    text = "The consignments listed (see the attached list) were declared at values far below " * 8
    assert _wrapped(para(text, style), 300) == _reportlab(text, style, 300)


JA_TEXT = st.lists(st.sampled_from(
    list("本件は輸出申告書に基づき価格を確認するものであるカタカナ")
    + list("「」『』（）［］【】〔〕〈〉《》｛｝“”‘’()[]{}。、")
    + ["Art. 7(2) ", "abc ", " ", "שלום", "\n"]), min_size=1, max_size=120).map("".join)


def _auto_stranded(p: Paragraph) -> list[str]:
    """Stranded lines that reportlab broke for width (not ones the writer ended with a newline)."""
    hard = [p.blPara.kind == 1 and getattr(line, "lineBreak", False) for line in p.blPara.lines]
    # The last line cannot be stranded: zip stops at the shorter list on purpose.
    pairs = zip(_lines(p)[:-1], hard, strict=False)
    return [line for line, written in pairs if not written and _stranded([line, ""])]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=JA_TEXT, width=st.floats(40, 450), style=st.sampled_from(["body", "item", "subject", "right"]),
       bullet=st.sampled_from([None, "・"]))
def test_ja_opening_bracket_rule_changes_only_lines_that_strand_one(text, width, style, bullet):
    s = styles("ja")[style]
    p = para(text, s, bullet)
    ours = _wrapped(p, width)
    theirs = _reportlab(text, s, width, bullet)
    assert not _auto_stranded(p)
    assert re.sub(r"\s", "", "".join(ours)) == re.sub(r"\s", "", "".join(theirs))  # same text, same order
    if not _stranded(theirs):
        assert ours == theirs
