"""Art. 3.1, 4.3: what spontaneous information must carry before it is sent (no Art. 7.2 ask)."""

from __future__ import annotations

import pytest

from app.treaty.builtin import builtin_agreement
from app.treaty.completeness import (
    SPONTANEOUS_ELEMENTS,
    check_completeness,
    is_complete,
    is_spontaneous,
    rule_article,
)

US = builtin_agreement("jp-us-1997")
INFO = {
    "requesting_administration": "Japan Customs (invented demo value)",
    "title": "Repeated certificates on avocado shipments (invented)",
    "object_and_reason": "Three consignments used the same origin certificate (invented)",
}


@pytest.mark.parametrize("direction", ["spontaneous-in", "spontaneous-out"])
def test_art_3_1_spontaneous_information_needs_no_7_2_object_nature_or_description(direction):
    findings = check_completeness(INFO, ["3.1"], spec=US, direction=direction)
    assert findings == [] and is_complete(findings)
    assert not any(f.article.startswith("7.") for f in findings)


@pytest.mark.parametrize("element", SPONTANEOUS_ELEMENTS, ids=lambda e: e.letter)
def test_art_3_1_spontaneous_information_without_giver_subject_or_content_is_incomplete(element):
    findings = check_completeness({**INFO, element.field: "  "}, ["3.1"], spec=US,
                                  direction="spontaneous-out")
    assert [(f.field, f.severity, f.article) for f in findings] == [(element.field, "error", "3.1")]
    assert not is_complete(findings)


def test_art_3_1_spontaneous_information_reads_as_information_not_a_request():
    findings = check_completeness({}, [], spec=US, direction="spontaneous-out")
    text = " ".join(f.message for f in findings)
    assert "the information provided is required" in text
    assert "request" not in text and "object and reason" not in text


def test_art_3_1_spontaneous_information_needs_a_spontaneous_legal_basis():
    none = check_completeness(INFO, [], spec=US, direction="spontaneous-out")
    assert [(f.field, f.article) for f in none] == [("bases", "3.1")]
    asked = check_completeness(INFO, ["4.1(a)(i)"], spec=US, direction="spontaneous-out")
    assert [f.field for f in asked] == ["bases"] and "basis for requests" in asked[0].message
    unknown = check_completeness(INFO, ["99.9"], spec=US, direction="spontaneous-in")
    assert "not a legal basis of jp-us-1997" in unknown[0].message


def test_art_4_3_b_serious_offence_information_warns_without_the_harm_described():
    findings = check_completeness(INFO, ["4.3-spontaneous"], spec=US, direction="spontaneous-out")
    assert [(f.field, f.severity, f.article) for f in findings] == [
        ("description_and_legal_elements", "warning", "4.3")]
    assert is_complete(findings)  # a warning does not stop it being sent
    described = {**INFO, "description_and_legal_elements": "Possible origin fraud (invented)"}
    assert check_completeness(described, ["4.3-spontaneous"], spec=US,
                              direction="spontaneous-out") == []


def test_art_7_2_still_applies_to_requests_whatever_the_direction_argument():
    for direction in (None, "incoming", "outgoing"):
        findings = check_completeness(INFO, ["4.3"], spec=US, direction=direction)
        assert {f.article for f in findings if f.severity == "error"} == {"7.2(b)", "7.2(e)"}
    assert is_spontaneous("spontaneous-in") and not is_spontaneous("incoming")
    assert rule_article("spontaneous-out") == "3.1, 4.3" and rule_article("outgoing") == "7.2"
