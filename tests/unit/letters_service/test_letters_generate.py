"""Letters generated from stored requests through the service, read back with pypdf."""

from __future__ import annotations

import pytest

from app.documents import LETTER_KINDS
from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.services.validation import ServiceError
from app.treaty.lifecycle import Direction, Status

from ._pdf import has

INPUTS = {"authority": "Example Prefectural Police (invented)", "purpose": "Smuggling inquiry (invented)",
          "legal_basis": "Court order to produce records (invented)", "disclosure_date": "2026-12-01",
          "conditions": "Use only for the inquiry named (invented)"}

#: (scenario, kind, what the letter must print besides the references)
CASES = [
    ("outgoing_complete", "request", ["Article 4(1)(a)(i)", "Article 7(2)(c)", "Confirm lawful export"]),
    ("oral_sent", "oral_confirmation", ["Article 7(1)", "19 November 2026", "URGENT"]),
    ("refused", "statement_of_reasons", ["Article 11(4)", "Contrary to public policy (Article 11(1))",
                                         "closed by a final court decision"]),
    ("postponed", "statement_of_reasons", ["Article 11(4)", "(Article 2(2))", "26 February 2027"]),
    ("withheld", "consultation", ["Article 11(3)", "Interferes with ongoing proceedings",
                                  "Use only for the inquiry named"]),
    ("in_progress", "approval_request", ["Article 9(1)", "Example Prefectural Police",
                                         "CONFIDENTIAL — Art. 9(3)", "CUSTOMS USE ONLY"]),
    ("in_progress", "disclosure_notice", ["Article 9(4)", "Court order to produce records", "1 December 2026"]),
    ("in_progress", "evidence_cover", ["Article 10(2)", "NOT TO BE USED AS EVIDENCE — Art. 10(1)",
                                       "I-00001"]),
    ("received", "acknowledgement", ["Article 7(3)", "20 November 2026"]),
    ("spontaneous_out", "spontaneous_information", ["Article 4(3)", "Container EXMU 000000-0",
                                                    "CONFIDENTIAL — Art. 9(3)"]),
]


def test_every_letter_kind_is_covered_by_a_stored_request_case():
    assert {kind for _, kind, _ in CASES} == set(LETTER_KINDS)


def test_letter_kinds_name_only_real_directions_and_statuses():
    for kind in LETTER_KINDS.values():
        assert set(kind.directions) <= {d.value for d in Direction}, kind.code
        assert set(kind.statuses) <= {s.value for s in Status}, kind.code


@pytest.mark.parametrize(("scenario", "kind", "needles"), CASES, ids=[f"{s}-{k}" for s, k, _ in CASES])
def test_final_letter_of_every_kind_from_a_stored_request_prints_refs_articles_and_markings(
        desk, refs, scenario, kind, needles):
    ref = refs[scenario]
    view = letters.generate_letter(desk, ref, kind, "en", inputs=INPUTS)
    pdf = docs.document_content(desk, view.id)
    assert view.final and view.version == 1 and view.series == f"{ref}/{kind}/en"
    assert has(pdf, ref, f"{ref}-", "Jordan Sample (invented)", "Officer Example", *needles)
    if kind not in ("request", "oral_confirmation", "spontaneous_information"):
        assert has(pdf, "CBP-OI-2026-")  # the partner's reference of the request answered


def test_japanese_letter_uses_the_japanese_administration_name(desk, refs):
    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "ja")
    assert has(docs.document_content(desk, view.id), "財務省関税局", refs["received"])


def test_regenerated_letter_is_version_2_and_version_1_is_kept(desk, refs):
    ref = refs["received"]
    v1 = letters.generate_letter(desk, ref, "acknowledgement", "en")
    v2 = letters.generate_letter(desk, ref, "acknowledgement", "en")
    listed = docs.list_documents(desk, ref)
    assert [(d.version, d.id) for d in listed] == [(1, v1.id), (2, v2.id)]
    assert has(docs.document_content(desk, v1.id), f"{ref}-ACK1")
    assert has(docs.document_content(desk, v2.id), f"{ref}-ACK2")


def test_document_registry_keeps_kind_language_size_and_sha256(desk, refs):
    import hashlib

    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "en+ja")
    data = docs.document_content(desk, view.id)
    assert (view.kind, view.language, view.size) == ("acknowledgement", "en+ja", len(data))
    assert view.sha256 == hashlib.sha256(data).hexdigest() and data.startswith(b"%PDF")


def test_art_7_2_incomplete_request_yields_only_a_draft(desk, refs):
    ref = refs["outgoing_incomplete"]
    with pytest.raises(letters.LetterRefused) as err:
        letters.generate_letter(desk, ref, "request", "en")
    assert any("7.2(c)" in p for p in err.value.problems)
    assert "7.2(c)" in str(err.value) and "draft" in str(err.value)
    assert docs.list_documents(desk, ref) == []
    preview = letters.preview_letter(desk, ref, "request", "en", final=True)
    assert not preview.final and preview.problems
    assert has(preview.pdf, "DRAFT")


def test_art_9_1_approval_request_without_authority_is_refused_as_final(desk, refs):
    with pytest.raises(letters.LetterRefused, match=r"authority: .*Art\. 9\.1"):
        letters.generate_letter(desk, refs["in_progress"], "approval_request", "en",
                                inputs={"purpose": "x"})


def test_kind_not_applying_to_the_request_state_is_refused_and_nothing_stored(desk, refs):
    with pytest.raises(ServiceError, match=r"^kind: a statement of reasons letter .*received"):
        letters.generate_letter(desk, refs["received"], "statement_of_reasons", "en")
    with pytest.raises(ServiceError, match=r"^kind: .*oral.*Art\. 7\.1"):
        letters.generate_letter(desk, refs["outgoing_complete"], "oral_confirmation", "en")
    assert docs.list_documents(desk, refs["received"]) == []


@pytest.mark.parametrize(("kind", "lang", "field"), [("memo", "en", "kind"), ("acknowledgement", "fr", "lang")])
def test_unknown_kind_or_language_names_the_field(desk, refs, kind, lang, field):
    with pytest.raises(ServiceError, match=rf"^{field}: unknown"):
        letters.generate_letter(desk, refs["received"], kind, lang)


def test_letter_input_with_unknown_field_is_refused(desk, refs):
    with pytest.raises(ServiceError, match=r"^colour: is not an input of a letter"):
        letters.preview_letter(desk, refs["received"], "acknowledgement", "en", inputs={"colour": "red"})


def test_options_offer_kinds_by_direction_and_status_and_agreement_languages(desk, refs):
    opts = letters.letter_options(desk, refs["withheld"])
    assert opts.applicable == ("consultation", "statement_of_reasons")  # Art. 11.3 letter first
    assert letters.letter_options(desk, refs["received"]).applicable[0] == "acknowledgement"
    assert {"en", "ja", "en+ja"} <= set(opts.languages) and "es" not in opts.languages
    refused = {k.code: k.reason for k in opts.kinds if not k.applies}
    assert "acknowledgement" in refused and "withheld" in refused["acknowledgement"]
