"""The cover letter for spontaneous information (Art. 3.1, 4.3), rendered and read back with pypdf."""

from __future__ import annotations

import pytest

from app.documents import LETTER_KINDS, LetterIncomplete, letter_problems, render_letter
from tools.sample_letters import sample_context

from ._pdf import contains, flat, reader, text
from .test_letters_furniture import _embedded, _fonts
from .test_letters_hostile_text import HOSTILE

KIND = "spontaneous_information"
INFO = "A container declared as 'vitamin supplements'"
BASIS_31 = (("3.1", "Spontaneous information"),)


def letter(lang: str = "en", **changes) -> bytes:
    """The invented sample letter in ``lang`` with ``changes`` applied."""
    return render_letter(sample_context(KIND, lang, **changes))


def with_elements(**changes) -> dict[str, str]:
    """The sample's English elements with ``changes`` applied."""
    return {**sample_context(KIND, "en").elements, **changes}


def test_art_3_1_the_letter_is_only_for_information_we_send():
    kind = LETTER_KINDS[KIND]
    assert kind.directions == ("spontaneous-out",)
    assert set(kind.statuses) == {"draft", "sent"}
    assert not {"outgoing", "incoming", "spontaneous-in"} & set(kind.directions)


def test_art_4_3_letter_prints_refs_article_information_offence_and_markings():
    t = text(letter(their_ref="US-2026-TIP-0005"))
    for needle in ("LD-2026-0042", "JP-SPO-2026-0004", "US-2026-TIP-0005", "2 March 2026",
                   "Suspected shipment of counterfeit medicines via Example Port (invented)",
                   "information provided on our own initiative (Article 4(3)",
                   "on its own initiative and without a request", "Article 4(3)(b) requires",
                   INFO, "Serious customs offence and the harm it could cause (Article 4(3)(b))",
                   "a danger to public health", "Sample Export LLC", "Jordan Sample",
                   "Article 4(3) — Spontaneous information on serious offences",
                   "CONFIDENTIAL — Art. 9(3)", "NOT TO BE USED AS EVIDENCE — Art. 10(1)",
                   "Restrictions on the information supplied", "Hanako Example"):
        assert contains(t, needle), needle
    # A catalogue variant suffix is not an article.
    assert "spontaneous—" not in flat(t) and "4(3)-spontaneous" not in flat(t)


def test_art_3_1_letter_cites_article_3_1_without_the_serious_offence_sentence():
    t = text(letter(bases=BASIS_31))
    assert contains(t, "(Article 3(1) of the Agreement") and contains(t, "Article 3(1) — Spontaneous information")
    assert not contains(t, "Article 4(3)(b)")
    assert contains(t, "Customs offence the information may concern")


def test_art_4_3_offence_section_is_left_out_when_not_given():
    t = text(letter(elements=with_elements(description_and_legal_elements="", parties_concerned="")))
    assert not contains(t, "Serious customs offence and the harm") and not contains(t, "Persons, firms")
    assert contains(t, INFO)


def test_art_9_3_every_page_carries_the_marking_header_and_footer_and_page_x_of_y():
    pages = reader(letter()).pages
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        t = page.extract_text()
        assert t.count("CONFIDENTIAL — Art. 9(3)") == 2 and f"Page {n} of {len(pages)}" in t


def test_japanese_spontaneous_letter_extracts_intact():
    t = text(letter("ja"))
    ctx = sample_context(KIND, "ja")
    for needle in ("自発的な情報の提供", "見本港経由の偽造医薬品の輸送の疑い（架空）", "第4条第3項",
                   "自らの発意により", ctx.element("object_and_reason"), "重大な違反及び生ずるおそれのある損害",
                   "秘 — 第9条第3項", "証拠としての使用禁止 — 第10条第1項", "以上"):
        assert contains(t, needle), needle


def test_spanish_and_bilingual_spontaneous_letters_print_each_language():
    assert contains(text(letter("es")), "Información espontánea") and contains(text(letter("es")), "artículo 4(3)")
    both = text(letter("en+ja"))
    assert contains(both, "The information") and contains(both, "提供する情報")


@pytest.mark.parametrize("lang", ["en", "ja", "en+ja"])
def test_every_font_of_the_spontaneous_letter_is_embedded(lang):
    fonts = _fonts(letter(lang))
    assert fonts and all(_embedded(f) for f in fonts)


@pytest.mark.parametrize("changes, field, gap_shown", [
    ({"elements": with_elements(object_and_reason="")}, "elements.object_and_reason", True),
    ({"elements": with_elements(requesting_administration="  ")}, "elements.requesting_administration", False),
    ({"title": ""}, "elements.title", True),
    ({"bases": ()}, "bases", True),
    ({"bases": (("4.1(a)(i)", "Verification of lawful export"),)}, "bases", True),
])
def test_art_3_1_incomplete_information_prints_only_as_draft(changes, field, gap_shown):
    ctx = sample_context(KIND, "en", **changes)
    problems = letter_problems(ctx)
    assert any(p.startswith(f"{field}:") for p in problems)
    assert all("7.2" not in p for p in problems)  # Art. 7.2 is for requests, not information
    with pytest.raises(LetterIncomplete, match=field):
        render_letter(ctx)
    draft = text(render_letter(sample_context(KIND, "en", final=False, **changes)))
    assert contains(draft, "DRAFT")
    assert contains(draft, "[not stated]") is gap_shown  # a gap in what is printed shows as a gap


def test_complete_sample_is_final_without_watermark():
    assert letter_problems(sample_context(KIND, "en")) == []
    assert not contains(text(letter()), "DRAFT")


@pytest.mark.parametrize("value", HOSTILE + ["Juan <juan@example.com>"])
def test_hostile_text_in_information_title_and_parties_prints_verbatim(value):
    t = text(letter(title=value, elements=with_elements(object_and_reason=value, parties_concerned=value)))
    assert contains(t, value) or t.count(flat(value)[:40]) >= 1
    assert flat(t).count(flat(value)) >= 2 or not value.isascii()


@pytest.mark.parametrize("value", ["AT&T", "Juan <juan@example.com>", "<b>x</b> &amp;", "{title}"])
def test_hostile_text_in_a_japanese_spontaneous_letter_prints_verbatim(value):
    ja = sample_context(KIND, "ja").elements
    assert contains(text(letter("ja", elements={**ja, "object_and_reason": value})), value)


def test_nul_is_stripped_and_emoji_kept_as_code_point_in_the_information():
    t = text(letter(elements=with_elements(object_and_reason="Nul\x00here; tip 👍 given")))
    assert contains(t, "Nulhere; tip [U+1F44D] given")


def test_right_to_left_information_is_printed_not_dropped():
    t = text(letter(elements=with_elements(object_and_reason="מידע (abc) ok")))
    # Printed in visual order (the line reads right to left), every character kept.
    assert contains(t, "ok (abc) מידע")


def test_five_thousand_character_information_flows_over_pages_whole():
    words = " ".join(f"w{i:04d}" for i in range(1000))
    pdf = letter(elements=with_elements(object_and_reason=words))
    assert len(reader(pdf).pages) >= 3
    t = flat(text(pdf))
    assert all(f"w{i:04d}" in t for i in range(1000))
