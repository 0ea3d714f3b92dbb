"""Cached, canonical font subsets (app.documents.subsets): same bytes, bounded, still correct."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.documents import render_letter
from app.documents.fonts import SEEDED_FONTS, register_fonts
from app.documents.subsets import CACHE_SIZE, CANONICAL_CHARS, clear_caches, font_program
from tools.sample_letters import sample_context

from ._pdf import contains, reader, text

#: Free codes of subset 0 once ASCII 32-126 has its own: 1-31 and 128-255.
SUBSET0_FREE_CODES = 31 + 128


def _font_files(pdf: bytes) -> dict[str, bytes]:
    """Embedded TrueType programs (decompressed) by subset font name, e.g. ``AAAAAA+DejaVuSerif``."""
    out = {}
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            out[str(font["/BaseFont"]).lstrip("/")] = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
    return out


def test_determinism_letter_bytes_same_with_cold_and_warm_subset_cache():
    # The Document registry stores a letter's SHA-256: a cache must never change a byte.
    for lang in ("en", "ja", "en+ja"):
        ctx = sample_context("request", lang)
        clear_caches()
        cold = render_letter(ctx)
        warm = render_letter(ctx)
        assert cold == warm, lang


def test_two_different_latin_letters_share_subset_zero_of_the_body_font():
    request = render_letter(sample_context("request", "en"))
    clear_caches()
    render_letter(sample_context("statement_of_reasons", "es", decision="refused"))
    misses = font_program.cache_info().misses
    render_letter(sample_context("request", "en"))
    # Subset 0 of each of the three fonts came from the cache the Spanish letter filled.
    assert font_program.cache_info().misses == misses
    spanish = render_letter(sample_context("statement_of_reasons", "es", decision="refused"))
    assert _font_files(request)["AAAAAA+DejaVuSerif"] == _font_files(spanish)["AAAAAA+DejaVuSerif"]


def test_characters_outside_the_canonical_list_still_print_and_extract():
    unusual = "Łódź Иван Петров Straße 👍"
    ctx = sample_context("request", "en", subject_line=unusual, their_ref="Łódź-7")
    clear_caches()
    pdf = render_letter(ctx)
    t = text(pdf)
    assert contains(t, "Łódź Иван Петров Straße [U+1F44D]")  # no glyph for emoji: shown as code point
    assert contains(t, "Your ref.: Łódź-7")
    assert render_letter(ctx) == pdf  # and the warm cache gives the same bytes


def test_subset_cache_is_bounded():
    register_fonts()
    face = pdfmetrics.getFont("DejaVuSans").face
    clear_caches()
    for i in range(CACHE_SIZE + 5):
        font_program(face, (0, 32, 65 + i))
    info = font_program.cache_info()
    assert info.maxsize == CACHE_SIZE
    assert info.currsize == CACHE_SIZE


def test_canonical_list_fits_subset_zero_and_every_latin_font_has_its_glyphs():
    register_fonts()
    assert len(CANONICAL_CHARS) == len(set(CANONICAL_CHARS)) <= SUBSET0_FREE_CODES
    assert all(ord(ch) > 127 for ch in CANONICAL_CHARS)  # ASCII already has fixed codes
    for name in SEEDED_FONTS:
        missing = [ch for ch in CANONICAL_CHARS if ord(ch) not in pdfmetrics.getFont(name).face.charToGlyph]
        assert not missing, (name, missing)


ALPHABET = "abc XYZ.,;-()0123456789\u00a0" + CANONICAL_CHARS[:40] + "ŁłЖж≈漢"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=30), min_size=1, max_size=6))
def test_split_string_gives_reportlabs_own_codes(texts):
    register_fonts()
    font = pdfmetrics.getFont("DejaVuSerif")
    doc = pdfdoc.PDFDocument(invariant=1)
    for t in texts:
        state = font.state.get(doc)
        if state is None:
            font.splitString("", doc)  # seed first, as a letter's first text does
            state = font.state[doc]
        before = copy.deepcopy((state.assignments, state.subsets, state.nextCode))
        expected = TTFont.splitString(font, t, doc)
        state.assignments, state.subsets, state.nextCode = before
        assert font.splitString(t, doc) == expected


def test_page_streams_are_binary_flate_without_ascii85():
    pdf = render_letter(sample_context("request", "en"))
    for page in reader(pdf).pages:
        filters = page["/Contents"].get_object()["/Filter"]
        assert (list(filters) if isinstance(filters, list) else [filters]) == ["/FlateDecode"]
