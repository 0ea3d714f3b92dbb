"""Letters read back from the PDF: what reportlab wrote is what the letter must print.

The letters use reportlab's public API only, so a reportlab upgrade that changes how it embeds
fonts, maps characters, breaks Japanese lines or places page furniture must fail here rather than
produce a wrong PDF silently. The PDF is read with pypdf and the embedded font programs with
fontTools: independent readers, not reportlab's own.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache

import pytest
from fontTools.ttLib import TTFont

from app.documents import LETTER_KINDS, marking_lines, render_letter
from app.documents.fonts import FONT_FILES
from app.documents.i18n import Wording
from app.paths import resource
from tools.sample_letters import sample_context

from ._pdf import contains, flat, reader, text

#: A subset font's name: six capital letters, "+", the registered font name (PDF 32000 9.6.4).
SUBSET_NAME = re.compile(r"^/([A-Z]{6})\+(.+)$")
CLOSERS = "」』）］】〕〉》｝、。"
LONG_JA = "輸入者は、同種貨物と比べ約6割低い価格で申告した。「見本」（架空）、調査中である。"


def _fonts(pdf: bytes) -> dict[str, object]:
    """Every font dictionary on any page, by its BaseFont name."""
    out = {}
    for page in reader(pdf).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            out[str(font["/BaseFont"])] = font
    return out


def _to_unicode(font) -> dict[int, str]:
    """Code -> character, from the font's ToUnicode CMap (bfchar and bfrange entries)."""
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(uni, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = chr(first + i)
    # Reportlab's subset 0 keeps ASCII at its own codes, DEL included; a letter never prints a
    # control character (fonts.clean strips them), so those codes name no glyph.
    return {code: ch for code, ch in out.items() if unicodedata.category(ch) != "Cc"}


@cache
def _source(name: str) -> TTFont:
    return TTFont(str(resource("fonts", FONT_FILES[name])), lazy=True)


def _outline(font: TTFont, glyph: str) -> tuple:
    """A glyph's resolved outline (components flattened) and advance width."""
    coords, ends, _ = font["glyf"][glyph].getCoordinates(font["glyf"])
    return list(coords), list(ends), font["hmtx"][glyph][0]


@pytest.mark.parametrize("lang", ["en", "ja", "es", "en+ja"])
def test_every_font_is_an_embedded_subset_of_the_letters_own_truetype_files(lang):
    fonts = _fonts(render_letter(sample_context("request", lang, final=False)))
    assert fonts
    for base, font in fonts.items():
        m = SUBSET_NAME.match(base)
        assert m and m.group(2) in FONT_FILES, f"{base}: not a subset of a letter font"
        program = TTFont(io.BytesIO(font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()))
        glyphs = len(program.getGlyphOrder())
        assert 1 < glyphs <= 257 < len(_source(m.group(2)).getGlyphOrder()), f"{base}: {glyphs} glyphs"


@pytest.mark.parametrize("lang", ["en", "ja", "es", "en+ja"])
def test_embedded_glyphs_are_the_source_fonts_glyphs_for_the_characters_the_pdf_names(lang):
    # The glyph a reader sees (font program) and the character a search finds (ToUnicode) must be
    # the same character of the source font: a wrong subset would print one and extract another.
    subject = "Łódź Иван Straße — «déjà» 見本貿易（株）" if lang != "ja" else None
    pdf = render_letter(sample_context("request", lang, **({"subject_line": subject} if subject else {})))
    checked = 0
    for base, font in _fonts(pdf).items():
        name = SUBSET_NAME.match(base).group(2)
        program = TTFont(io.BytesIO(font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()))
        code_to_glyph = program["cmap"].tables[0].cmap
        source, best = _source(name), _source(name).getBestCmap()
        for code, ch in _to_unicode(font).items():
            assert _outline(program, code_to_glyph[code]) == _outline(source, best[ord(ch)]), (base, code, ch)
            checked += 1
    assert checked > 100


def test_japanese_letter_is_set_in_ipaex_and_its_text_extracts():
    ctx = sample_context("request", "ja")
    pdf = render_letter(ctx)
    names = {SUBSET_NAME.match(base).group(2) for base in _fonts(pdf)}
    assert {"IPAexMincho", "IPAexGothic"} <= names
    assert not names - {"IPAexMincho", "IPAexGothic", "DejaVuSerif", "DejaVuSans", "DejaVuSans-Bold"}
    t = text(pdf)
    w = Wording("ja")
    body = LETTER_KINDS["request"].module.body(ctx, w)
    for needle in (body.subject, w("record"), w("end"), ctx.addressee.administration_in("ja"),
                   *(p for sec in body.sections for p in sec.paragraphs)):
        assert contains(t, needle), needle


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Page {page} of {pages}"),
    ("ja", "{page}／{pages}頁"),
    ("es", "Página {page} de {pages}"),
    ("en+ja", "Page {page} of {pages}"),
    ("ja+en", "{page}／{pages}頁"),
])
def test_page_x_of_y_on_every_page_counts_the_pages_there_are(lang, label):
    statement = ("The reasons are set out at length. " * 40 + "\n\n") * 4
    if lang.startswith("ja"):
        statement = (LONG_JA * 30 + "\n\n") * 4
    pdf = render_letter(sample_context("statement_of_reasons", lang, statement=statement))
    pages = reader(pdf).pages
    assert len(pages) >= 3
    for n, page in enumerate(pages, 1):
        # The label is the last thing on its page, once.
        found = flat(page.extract_text())
        assert found.endswith(flat(label.format(page=n, pages=len(pages)))), (n, found[-40:])
        assert found.count(flat(label.format(page=n, pages=len(pages)))) == 1


@pytest.mark.parametrize("lang", ["en+ja", "ja+en", "en+es"])
def test_art_9_10_markings_head_and_foot_every_page_of_a_bilingual_letter(lang):
    codes = ["confidential", "not_as_evidence", "no_law_enforcement", "customs_only"]
    pdf = render_letter(sample_context("request", lang, restrictions=codes))
    lines = marking_lines(codes, lang)
    assert len(lines) == 4 and all(" / " in line for line in lines)
    for n, page in enumerate(reader(pdf).pages, 1):
        found = flat(page.extract_text())
        for line in lines:
            assert found.count(flat(line)) == 2, (n, line)


def test_japanese_closing_punctuation_never_starts_a_line():
    # Reportlab's CJK wrapping (wordWrap='CJK') hangs 。、」） in the margin rather than starting a
    # line with them (行頭禁則). Twelve shifts of a ten-line paragraph put ~120 line breaks at
    # every position of the sentence, so a break before a closer (one character in eight) is
    # certain to be tried. Reportlab hangs one character only: of two closers in a row (「見本」）、)
    # the second can still start a line, so the text here has none.
    sentence = "輸入者は、同種貨物と比べ約6割低い価格で申告した。「見本」は架空の会社であり、調査中である。"
    starts = []
    for shift in range(12):
        text = "見" * shift + sentence * 8
        pdf = render_letter(sample_context("statement_of_reasons", "ja", statement=text))
        lines = [line.strip() for page in reader(pdf).pages for line in page.extract_text().split("\n")]
        assert sum(1 for line in lines if line and line in text) >= 8  # the paragraph did wrap
        starts += [line[:1] for line in lines if line]
    assert not [ch for ch in starts if ch in CLOSERS]


def test_characters_outside_latin_1_and_japanese_print_and_extract():
    pdf = render_letter(sample_context("request", "en", subject_line="Łódź Иван Петров Straße 👍",
                                       their_ref="Łódź-7"))
    t = text(pdf)
    assert contains(t, "Łódź Иван Петров Straße [U+1F44D]")  # no glyph for emoji: its code point
    assert contains(t, "Your ref.: Łódź-7")


def _body_lines(page, furniture: list[str]) -> list[str]:
    """A page's extracted lines without its markings, document number and page label."""
    out = []
    for line in page.extract_text().split("\n"):
        f = flat(line)
        if f and not any(f in mark or mark in f for mark in furniture) and not re.fullmatch(
                r"(DRAFT|DocumentNo\.\S+|Page\d+of\d+)", f):
            out.append(f)
    return out


def test_a_section_heading_never_ends_a_page():
    # A heading takes a page break when it and the first two lines under it do not fit. Adding
    # one short paragraph at a time walks every heading of the letter down over the page foot.
    ctx = sample_context("request", "en")
    w = Wording("en")
    headings = {flat(f"{w('section_number', n=n)} {sec.heading}")
                for n, sec in enumerate(LETTER_KINDS["request"].module.body(ctx, w).sections, 1)}
    furniture = [flat(m) for m in marking_lines(ctx.restrictions, "en")]
    moved = 0
    for extra in range(0, 48, 2):
        intro = "\n\n".join(f"Line {i} of the account." for i in range(extra))
        elements = {**ctx.elements, "nature_of_proceedings": (ctx.elements["nature_of_proceedings"] + "\n\n" + intro)}
        pages = reader(render_letter(sample_context("request", "en", elements=elements))).pages
        for page in pages[:-1]:
            lines = _body_lines(page, furniture)
            assert lines and lines[-1] not in headings, (extra, lines[-3:])
        moved += sum(1 for page in pages[1:] if _body_lines(page, furniture)[0] in headings)
    assert moved  # some heading did reach a page foot and was moved to the next page
