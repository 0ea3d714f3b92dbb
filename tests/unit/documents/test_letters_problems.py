"""Why a letter cannot be FINAL, and bad input rejected with a one-line error naming the field."""

from __future__ import annotations

from datetime import date

import pytest

from app.documents import LetterContext, LetterIncomplete, Party, Signatory, letter_problems, render_letter
from tools.sample_letters import sample_context

from ._pdf import contains, text


def _without(kind: str, element: str, lang: str = "en", **kw):
    elements = dict(sample_context(kind, lang).elements)
    elements[element] = "  "
    return sample_context(kind, lang, elements=elements, **kw)


@pytest.mark.parametrize("kind", ["request", "oral_confirmation", "statement_of_reasons", "consultation",
                                  "approval_request", "disclosure_notice", "evidence_cover", "acknowledgement"])
def test_complete_sample_letters_have_no_problems(kind):
    assert letter_problems(sample_context(kind, "en")) == []


@pytest.mark.parametrize("element,sub", [
    ("requesting_administration", "7.2(a)"), ("nature_of_proceedings", "7.2(b)"),
    ("object_and_reason", "7.2(c)"), ("description_and_legal_elements", "7.2(e)"),
])
def test_art_7_2_request_missing_a_b_c_or_e_is_incomplete(element, sub):
    problems = letter_problems(_without("request", element))
    assert len(problems) == 1 and problems[0].startswith(f"elements.{element}: Art. {sub}")


def test_art_7_2_request_without_object_is_incomplete():
    assert any("Art. 7.2(c)" in p for p in letter_problems(_without("request", "object_and_reason")))


def test_art_7_2_d_parties_only_if_known_is_not_a_problem():
    ctx = _without("request", "parties_concerned")
    assert letter_problems(ctx) == []
    assert contains(text(render_letter(ctx)), "Not known.")


def test_art_7_2_final_incomplete_request_is_refused_and_writes_nothing():
    with pytest.raises(LetterIncomplete, match=r"elements\.object_and_reason: Art\. 7\.2\(c\)"):
        render_letter(_without("request", "object_and_reason", final=True))


def test_art_7_2_draft_incomplete_request_renders_with_visible_gap():
    t = text(render_letter(_without("request", "object_and_reason", final=False)))
    assert contains(t, "[not stated]") and "DRAFT" in t


def test_caller_findings_also_block_a_final_letter():
    ctx = sample_context("request", "en")
    assert letter_problems(ctx, ["treaty: basis 4.2(c) needs a vessel"]) == ["treaty: basis 4.2(c) needs a vessel"]
    with pytest.raises(LetterIncomplete, match="vessel"):
        render_letter(ctx, extra_problems=["treaty: basis 4.2(c) needs a vessel"])


def test_art_7_1_oral_confirmation_without_time_of_oral_request_is_incomplete():
    problems = letter_problems(sample_context("oral_confirmation", "en", oral_request_at=None))
    assert problems == ["oral_request_at: the date and time of the oral request are missing (Art. 7.1)"]


def test_art_11_4_postponement_without_date_is_incomplete():
    problems = letter_problems(sample_context("statement_of_reasons", "en", postponed_until=None))
    assert problems == ["postponed_until: the date execution is postponed until is missing (Art. 11.4)"]


def test_art_11_4_statement_without_grounds_or_reasons_is_incomplete():
    problems = letter_problems(sample_context("statement_of_reasons", "en", grounds=(), statement=" "))
    assert [p.split(":")[0] for p in problems] == ["grounds", "statement"]


def test_art_11_4_statement_must_cite_the_request_answered():
    problems = letter_problems(sample_context("statement_of_reasons", "en", their_ref="", request_date=None))
    assert [p.split(":")[0] for p in problems] == ["their_ref", "request_date"]


def test_art_9_1_approval_request_needs_authority_and_purpose():
    problems = letter_problems(sample_context("approval_request", "en", authority=None, purpose=""))
    assert [p.split(":")[0] for p in problems] == ["authority", "purpose"]


def test_art_9_4_disclosure_notice_needs_legal_basis():
    problems = letter_problems(sample_context("disclosure_notice", "en", legal_basis_for_disclosure=None))
    assert problems == ["legal_basis_for_disclosure: the legal obligation to disclose is blank (Art. 9.4)"]


def test_art_7_3_letter_without_designated_official_is_incomplete():
    ctx = sample_context("acknowledgement", "en", addressee=Party("Partner Customs (example)"))
    assert any(p.startswith("addressee.official_name:") and "Art. 7.3" in p for p in letter_problems(ctx))


@pytest.mark.parametrize("field,value,message", [
    ("kind", "memo", "kind: unknown letter kind 'memo'"),
    ("lang", "fr", "lang: unknown letter language 'fr'"),
    ("urgency", "asap", "urgency: must be 'normal' or 'urgent'"),
    ("decision", "maybe", "decision: must be one of"),
    ("restrictions", ("secret",), "restrictions: unknown restriction code 'secret'"),
    ("elements", {"motive": "x"}, "elements: unknown Art. 7.2 element 'motive'"),
])
def test_bad_context_values_fail_with_one_line_error_naming_the_field(field, value, message):
    base = dict(kind="request", lang="en", sender=Party("A"), addressee=Party("B"), signatory=Signatory("C"),
                issued_on=date(2026, 1, 5))
    base[field] = value
    with pytest.raises(ValueError) as err:
        LetterContext(**base)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)
