"""Letters print each free text in their own language (read back with pypdf); a final letter is
refused while a version is missing, and ``final_check`` says so before anything is rendered."""

from __future__ import annotations

import pytest

from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.services.letters.demo import COMPLETE_ELEMENTS
from app.services.requests import commands as rq
from app.services.validation import ServiceError

from ._pdf import has

JA_OBJECT = COMPLETE_ELEMENTS["object_and_reason"]["ja"]
EN_OBJECT = COMPLETE_ELEMENTS["object_and_reason"]["en"]
JA_REFUSAL = "本件は、確定判決により既に終結しているため（架空の例）。"
EN_REFUSAL = "The matter was closed by a final court decision (invented)."


def _english_only(desk) -> str:
    """An outgoing request whose Art. 7.2 texts are written in English only."""
    fields = {k: (v["en"] if isinstance(v, dict) and "en" in v else v) for k, v in COMPLETE_ELEMENTS.items()}
    return rq.draft_outgoing(desk, "jp-us-1997", fields).our_ref


def test_art_7_2_japanese_request_letter_prints_the_japanese_free_text(desk, refs):
    view = letters.generate_letter(desk, refs["outgoing_complete"], "request", "ja")
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, JA_OBJECT, COMPLETE_ELEMENTS["parties_concerned"]["ja"],
               COMPLETE_ELEMENTS["description_and_legal_elements"]["ja"])
    assert not has(pdf, EN_OBJECT)


def test_art_11_4_japanese_statement_of_reasons_prints_the_japanese_statement(desk, refs):
    view = letters.generate_letter(desk, refs["refused"], "statement_of_reasons", "ja")
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, JA_REFUSAL)
    assert not has(pdf, EN_REFUSAL)


def test_bilingual_letter_prints_each_text_in_each_half(desk, refs):
    view = letters.generate_letter(desk, refs["outgoing_complete"], "request", "en+ja")
    assert has(docs.document_content(desk, view.id), EN_OBJECT, JA_OBJECT)
    view = letters.generate_letter(desk, refs["refused"], "statement_of_reasons", "ja+en")
    assert has(docs.document_content(desk, view.id), JA_REFUSAL, EN_REFUSAL)


def test_english_letter_prints_the_english_text_only(desk, refs):
    view = letters.generate_letter(desk, refs["outgoing_complete"], "request", "en")
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, EN_OBJECT) and not has(pdf, JA_OBJECT)


def test_art_7_2_final_letter_refused_while_japanese_version_missing(desk, refs):
    ref = _english_only(desk)
    with pytest.raises(letters.LetterRefused) as err:
        letters.generate_letter(desk, ref, "request", "ja")
    assert "elements.object_and_reason: the Japanese version is missing (Art. 7.2(c))" in err.value.problems
    assert str(err.value).startswith("final: a final letter cannot be produced: elements.")
    assert docs.list_documents(desk, ref) == []  # nothing stored
    assert letters.generate_letter(desk, ref, "request", "en").version == 1  # English is complete


def test_art_7_2_draft_says_which_language_version_is_missing(desk, refs):
    preview = letters.preview_letter(desk, _english_only(desk), "request", "en+ja")
    assert not preview.final
    assert "elements.nature_of_proceedings: the Japanese version is missing (Art. 7.2(b))" in preview.problems
    assert not any("English version" in p for p in preview.problems)
    assert has(preview.pdf, "［この事項の日本語による記載は、未入力です。］", EN_OBJECT)


def test_art_11_4_final_statement_of_reasons_refused_while_japanese_statement_missing(desk, refs, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.acknowledge(desk, ref)
    rq.transition(desk, ref, "in-progress")
    rq.transition(desk, ref, "refused", grounds=["11.1-public-policy"], statement=EN_REFUSAL)
    check = letters.final_check(desk, ref, "statement_of_reasons", "ja")
    assert not check.possible
    assert "statement: the Japanese version is missing (Art. 11.4)" in check.reasons
    with pytest.raises(letters.LetterRefused, match="Japanese version is missing"):
        letters.generate_letter(desk, ref, "statement_of_reasons", "ja")


def test_remarks_given_per_language_print_in_each_half_of_a_bilingual_letter(desk, refs):
    remarks = {"en": "Please reply by e-mail (invented).", "ja": "電子メールにより回答願います（架空）。"}
    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "en+ja", inputs={"remarks": remarks})
    assert has(docs.document_content(desk, view.id), *remarks.values())
    check = letters.final_check(desk, refs["received"], "acknowledgement", "en+ja",
                                inputs={"remarks": {"en": remarks["en"]}})
    assert check.reasons == ("statement: the Japanese version is missing (Art. 11.4)",)


def test_spanish_letter_prints_the_spanish_version(desk, complete_fields):
    fields = {**complete_fields, "bases": [],
              "object_and_reason": {"en": "Confirm lawful export (invented)",
                                    "es": "Confirmar la exportación lícita (inventado)"}}
    ref = rq.draft_outgoing(desk, "jp-mx-2017", fields).our_ref
    preview = letters.preview_letter(desk, ref, "request", "es")
    assert has(preview.pdf, "Confirmar la exportación lícita (inventado)")
    assert not has(preview.pdf, "Confirm lawful export (invented)")


def test_final_check_says_a_final_letter_is_possible_when_nothing_is_missing(desk, refs):
    check = letters.final_check(desk, refs["outgoing_complete"], "request", "en+ja")
    assert check.possible and check.reasons == ()


def test_art_7_2_final_check_lists_the_incomplete_elements(desk, refs):
    check = letters.final_check(desk, refs["outgoing_incomplete"], "request", "en")
    assert not check.possible
    assert any("7.2(c)" in r for r in check.reasons) and any("7.2(e)" in r for r in check.reasons)


def test_art_7_3_final_check_says_the_designated_official_is_not_named(desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref  # no official on this desk
    check = letters.final_check(desk, ref, "acknowledgement", "en")
    assert "addressee.official_name: the partner's designated official is not named (Art. 7.3)" in check.reasons


def test_final_check_refuses_a_kind_that_does_not_apply_naming_kind(desk, refs):
    with pytest.raises(ServiceError, match="^kind: a statement of reasons letter does not apply"):
        letters.final_check(desk, refs["received"], "statement_of_reasons", "en")


def test_a_draft_takes_no_document_number(desk, refs):
    ref = refs["outgoing_complete"]
    for _ in range(3):
        draft = letters.preview_letter(desk, ref, "request", "en", final=False)
        assert draft.document_number == "" and not has(draft.pdf, f"{ref}-REQ")  # a draft has no number
    assert docs.list_documents(desk, ref) == []
    view = letters.generate_letter(desk, ref, "request", "en")
    assert view.version == 1
    assert has(docs.document_content(desk, view.id), f"{ref}-REQ1")
