"""Page furniture: embedded fonts, markings, DRAFT watermark, page x of y, determinism."""

from __future__ import annotations

import json

import pytest
from pypdf.generic import IndirectObject

from app.documents import LANGUAGES, marking_lines, render_letter
from app.paths import resource
from tools.sample_letters import sample_context

from ._pdf import contains, reader, text

LETTERS = resource("letters")


def _fonts(pdf: bytes):
    """Every font dictionary used on any page."""
    seen = {}
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            key = ref.idnum if isinstance(ref, IndirectObject) else id(font)
            seen[key] = font
    return list(seen.values())


def _embedded(font) -> bool:
    if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object():
        return True
    return any(_embedded(d.get_object()) for d in font.get("/DescendantFonts", []))


@pytest.mark.parametrize("lang", ["en", "ja", "es", "en+ja"])
def test_every_font_is_embedded_truetype(lang):
    fonts = _fonts(render_letter(sample_context("request", lang, final=False)))
    assert fonts
    for font in fonts:
        assert _embedded(font), f"font {font.get('/BaseFont')} is not embedded"


def test_japanese_letter_uses_ipaex_fonts():
    names = {str(f.get("/BaseFont")) for f in _fonts(render_letter(sample_context("request", "ja")))}
    assert any("IPAexMincho" in n for n in names) and any("IPAexGothic" in n for n in names)


def test_art_9_10_markings_ordered_most_restrictive_first_and_deduplicated():
    lines = marking_lines(
        ["customs_only", "confidential", "no_law_enforcement", "not_as_evidence", "confidential"], "en")
    assert lines == [
        "CONFIDENTIAL — Art. 9(3)",
        "NOT TO BE USED AS EVIDENCE — Art. 10(1)",
        "CUSTOMS USE ONLY — NO ONWARD PASSING — Art. 9(2)",
        "CUSTOMS USE ONLY — Art. 9(1)",
    ]


def test_art_9_markings_translated_and_bilingual():
    assert marking_lines(["confidential"], "ja") == ["秘 — 第9条第3項"]
    assert marking_lines(["not_as_evidence"], "es") == ["NO UTILIZABLE COMO PRUEBA — Art. 10(1)"]
    assert marking_lines(["confidential"], "en+ja") == ["CONFIDENTIAL — Art. 9(3) / 秘 — 第9条第3項"]
    assert marking_lines([], "en") == []


def test_art_9_unknown_restriction_code_is_a_clear_error():
    with pytest.raises(ValueError, match="restrictions: unknown restriction code 'secret'"):
        marking_lines(["secret"], "en")
    with pytest.raises(ValueError, match="^lang: "):
        marking_lines(["confidential"], "fr")


def test_art_10_1_all_four_markings_print_on_a_letter():
    ctx = sample_context("acknowledgement", "en",
                         restrictions=("customs_only", "no_law_enforcement", "not_as_evidence", "confidential"))
    t = text(render_letter(ctx))
    for line in marking_lines(ctx.restrictions, "en"):
        assert t.count(line) >= 2, line


@pytest.mark.parametrize("lang,word", [("en", "DRAFT"), ("ja", "案"), ("es", "BORRADOR")])
def test_draft_carries_translated_watermark_on_every_page(lang, word):
    long = "Long statement. " * 600
    pdf = render_letter(sample_context("statement_of_reasons", lang, final=False, statement=long))
    pages = reader(pdf).pages
    assert len(pages) >= 3
    for page in pages:
        assert word in page.extract_text()


def test_final_letter_has_no_draft_watermark():
    assert "DRAFT" not in text(render_letter(sample_context("request", "en", final=True)))


def test_page_x_of_y_on_a_three_page_letter():
    statement = "\n\n".join(f"Paragraph {i}: the reasons are set out at length. " * 8 for i in range(14))
    pdf = render_letter(sample_context("statement_of_reasons", "en", statement=statement))
    pages = reader(pdf).pages
    assert len(pages) == 3, len(pages)
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of 3" in page.extract_text()
        assert "Document No. LD-2026-0042" in page.extract_text()


def test_same_context_gives_same_bytes_for_sha256():
    ctx = sample_context("request", "en+ja", final=False)
    assert render_letter(ctx) == render_letter(ctx)


def test_different_context_gives_different_bytes():
    first = render_letter(sample_context("request", "en"))
    assert first != render_letter(sample_context("request", "en", our_ref="X-1"))


def test_wording_files_have_the_same_keys_in_every_language():
    def keys(node, prefix=""):
        if isinstance(node, dict):
            return {k for key, v in node.items() for k in keys(v, f"{prefix}{key}.")} | {prefix}
        return {prefix}

    en = keys(json.loads((LETTERS / "en.json").read_text(encoding="utf-8")))
    for lang in ("ja", "es"):
        other = keys(json.loads((LETTERS / f"{lang}.json").read_text(encoding="utf-8")))
        assert en == other, f"{lang}.json differs: {sorted(en ^ other)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_layout_renders(lang):
    assert contains(text(render_letter(sample_context("consultation", lang))), "LD-2026-0042")
