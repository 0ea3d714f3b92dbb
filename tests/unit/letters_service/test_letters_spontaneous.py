"""The spontaneous-information letter (Art. 3.1, 4.3) from stored records: where it is offered,
when it can be final, what the stored letter prints."""

from __future__ import annotations

import pytest

from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.services.requests import commands as rq
from app.services.validation import ServiceError

from ._pdf import has, text
from .conftest import spontaneous_out

KIND = "spontaneous_information"


@pytest.mark.parametrize("scenario", ["received", "in_progress", "refused", "postponed", "withheld",
                                      "outgoing_complete", "outgoing_incomplete", "oral_sent",
                                      "spontaneous_in"])
def test_art_3_1_a_request_or_information_received_never_offers_the_spontaneous_letter(desk, refs, scenario):
    option = next(k for k in letters.letter_options(desk, refs[scenario]).kinds if k.code == KIND)
    assert not option.applies and option.reason
    with pytest.raises(ServiceError) as err:
        letters.preview_letter(desk, refs[scenario], KIND, "en")
    assert err.value.field == "kind"


def test_art_3_1_spontaneous_out_offers_the_letter_first_while_draft_and_once_sent(desk, refs):
    ref = refs["spontaneous_out"]
    assert letters.letter_options(desk, ref).applicable[0] == KIND
    rq.send_request(desk, ref)
    assert KIND in letters.letter_options(desk, ref).applicable


def test_art_9_final_letter_is_stored_with_the_item_restrictions_and_the_information(desk, refs):
    ref = refs["spontaneous_out"]
    view = letters.generate_letter(desk, ref, KIND, "en")
    assert view.final and view.kind == KIND and view.series == f"{ref}/{KIND}/en"
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, ref, f"{ref}-SPI1", "Suspected counterfeit medicines bound for Long Beach (invented)",
               "Article 4(3)", "Container EXMU 000000-0", "Counterfeit medicines, a danger to public health",
               "CONFIDENTIAL — Art. 9(3)", "NOT TO BE USED AS EVIDENCE — Art. 10(1)", "Jordan Sample (invented)")
    assert "4(3)-spontaneous" not in text(pdf)


def test_art_3_1_record_without_the_information_prints_only_as_draft(desk):
    ref = spontaneous_out(desk, object_and_reason=None, title="")
    with pytest.raises(letters.LetterRefused) as err:
        letters.generate_letter(desk, ref, KIND, "en")
    problems = " | ".join(err.value.problems)
    assert "object_and_reason" in problems and "title" in problems and "3.1" in problems
    # Said once each, though the letter and the treaty layer both check them.
    assert sum(p.split(":", 1)[0].endswith("object_and_reason") for p in err.value.problems) == 1
    assert sum(p.split(":", 1)[0].endswith("title") for p in err.value.problems) == 1
    preview = letters.preview_letter(desk, ref, KIND, "en", final=True)
    assert not preview.final and has(preview.pdf, "DRAFT")
    assert docs.list_documents(desk, ref) == []


def test_art_3_1_a_request_basis_cannot_carry_spontaneous_information_as_final(desk):
    ref = spontaneous_out(desk, bases=["4.1(a)(i)"])
    with pytest.raises(letters.LetterRefused) as err:
        letters.generate_letter(desk, ref, KIND, "en")
    assert any(p.startswith("bases:") for p in err.value.problems)


def test_japanese_spontaneous_letter_from_the_store_reads_back_intact(desk, refs):
    view = letters.generate_letter(desk, refs["spontaneous_out"], KIND, "ja")
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, "自発的な情報の提供", "第4条第3項", "秘 — 第9条第3項", "コンテナ EXMU 000000-0")
