"""Every letter kind, read back with pypdf: references, articles, grounds and markings print."""

from __future__ import annotations

import pytest

from app.documents import LETTER_KINDS, render_letter
from tools.sample_letters import sample_context

from ._pdf import contains, text

KINDS = list(LETTER_KINDS)


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], str]:
    """Text of every kind in en and ja (rendered once for the module)."""
    return {(k, lang): text(render_letter(sample_context(k, lang))) for k in KINDS for lang in ("en", "ja")}


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_prints_document_number_refs_and_date(rendered, kind):
    t = rendered[(kind, "en")]
    ctx = sample_context(kind, "en")
    assert contains(t, ctx.document_number)
    assert contains(t, ctx.our_ref)
    assert contains(t, "2 March 2026")
    if ctx.their_ref:
        assert contains(t, ctx.their_ref)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_prints_its_title_in_japanese_and_english(kind):
    assert LETTER_KINDS[kind].titles["en"] and LETTER_KINDS[kind].titles["ja"] and LETTER_KINDS[kind].titles["es"]
    assert LETTER_KINDS[kind].title("en+ja") == f"{LETTER_KINDS[kind].titles['en']} / {LETTER_KINDS[kind].titles['ja']}"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_art_9_markings_in_header_and_footer_of_every_page(kind, lang):
    from ._pdf import reader

    pdf = render_letter(sample_context(kind, lang))
    mark = "CONFIDENTIAL — Art. 9(3)" if lang == "en" else "秘 — 第9条第3項"
    for page in reader(pdf).pages:
        assert page.extract_text().count(mark.split(" — ")[0]) >= 2, "header and footer marking"


def test_art_7_2_request_prints_elements_a_to_e_as_numbered_sections(rendered):
    t = rendered[("request", "en")]
    for n, (sub, label) in enumerate(
        [("a", "Administration making the request"), ("b", "Nature of the proceedings"),
         ("c", "Object of and reason for the request"), ("d", "Names and addresses of the parties concerned"),
         ("e", "Description of the matter and legal elements involved")], 1):
        assert contains(t, f"{n}. {label} (Article 7(2)({sub}))")
    assert contains(t, "Example Trading Co.")
    assert contains(t, "Subject: Request for assistance under the Agreement between the Government of Japan")
    assert contains(t, "Article 4(1)(a)(i)")


def test_art_11_2_reciprocity_statement_printed_only_where_set():
    with_stmt = text(render_letter(sample_context("request", "en", reciprocity=True)))
    without = text(render_letter(sample_context("request", "en", reciprocity=False)))
    assert contains(with_stmt, "would be unable to comply with a similar request")
    assert not contains(without, "would be unable to comply with a similar request")


def test_art_7_1_request_prints_urgency_and_attachments():
    t = text(render_letter(sample_context("request", "en", urgency="urgent")))
    assert contains(t, "URGENT")
    assert contains(t, "Commercial invoices (12 pages)")


def test_art_7_1_oral_confirmation_cites_date_and_time_of_oral_request(rendered):
    t = rendered[("oral_confirmation", "en")]
    assert contains(t, "27 February 2026, 16:45 (UTC+09:00)")
    assert contains(rendered[("oral_confirmation", "ja")], "2026年2月27日16時45分")


def test_art_11_4_statement_of_reasons_cites_request_decision_and_grounds(rendered):
    t = rendered[("statement_of_reasons", "en")]
    assert contains(t, "US-2026-INV-0311") and contains(t, "JP-IN-2026-0009") and contains(t, "10 February 2026")
    assert contains(t, "postponed until 29 May 2026")
    assert contains(t, "Not within the available resources at present (Article 2(2))")
    assert contains(t, "Would interfere with an ongoing investigation (Article 11(3))")
    assert contains(t, "Statement of reasons")
    assert contains(t, "Information that may assist you in pursuing the request")


@pytest.mark.parametrize("decision,expected", [
    ("refused", "cannot be executed and is refused"),
    ("conditional", "subject to the conditions set out below"),
])
def test_art_11_4_statement_of_reasons_prints_each_decision(decision, expected):
    ctx = sample_context("statement_of_reasons", "en", decision=decision, conditions="Use for the named inquiry only.")
    t = text(render_letter(ctx))
    assert contains(t, expected)
    if decision == "conditional":
        assert contains(t, "Use for the named inquiry only.")


def test_art_11_3_consultation_letter_asks_to_consult_on_conditions(rendered):
    t = rendered[("consultation", "en")]
    assert contains(t, "Article 11(3)") and contains(t, "consult with you")
    assert contains(t, "Terms or conditions proposed")


def test_art_9_1_approval_request_names_authority_and_purpose(rendered):
    t = rendered[("approval_request", "en")]
    assert contains(t, "Article 9(1)") and contains(t, "Example Prefectural Police")
    assert contains(t, "counterfeit goods")


def test_art_9_4_disclosure_notice_gives_date_and_legal_basis(rendered):
    t = rendered[("disclosure_notice", "en")]
    assert contains(t, "Article 9(4)") and contains(t, "20 March 2026") and contains(t, "Example District Court")


def test_art_10_2_evidence_cover_cites_diplomatic_channel(rendered):
    t = rendered[("evidence_cover", "en")]
    assert contains(t, "Article 10(2)") and contains(t, "diplomatic channel")


def test_acknowledgement_cites_their_request_and_our_registration(rendered):
    t = rendered[("acknowledgement", "en")]
    assert contains(t, "We acknowledge receipt") and contains(t, "US-2026-INV-0311")
    assert contains(t, "registered under our ref. JP-IN-2026-0009")


def test_japanese_request_extracts_intact_in_kobun_style(rendered):
    t = rendered[("request", "ja")]
    for needle in ("件名：", "記", "以上", "殿", "要請の対象及び理由（第7条第2項(c)）",
                   "日本に輸入申告された機械部品40件が米国から適法に輸出されたものであるか否か",
                   "見本貿易株式会社", "秘 — 第9条第3項", "文書番号", "2026年3月2日"):
        assert contains(t, needle), needle
    for western in ("拝啓", "敬具"):
        assert western not in t


def test_spanish_letter_prints_spanish_wording():
    t = text(render_letter(sample_context("statement_of_reasons", "es")))
    assert contains(t, "Exposición de motivos") and contains(t, "CONFIDENCIAL — Art. 9(3)")
    assert contains(t, "29 de mayo de 2026") and contains(t, "Página 1 de")


@pytest.mark.parametrize("lang,second",
                         [("en+ja", "日本語文"), ("en+es", "Texto en español"), ("ja+en", "English text")])
def test_bilingual_letter_prints_both_versions_and_equal_authenticity(lang, second):
    t = text(render_letter(sample_context("request", lang)))
    assert contains(t, second)
    assert contains(t, "CONFIDENTIAL — Art. 9(3)")
    if "ja" in lang:
        assert contains(t, "秘 — 第9条第3項")
        assert contains(t, "both texts being equally authentic") or contains(t, "ひとしく正文とする")
