"""Art. 7.2: what a request must contain before it is sent or printed as final."""

from __future__ import annotations

import pytest

from app.treaty.builtin import builtin_agreement
from app.treaty.completeness import ELEMENTS, check_completeness, is_complete

FULL = {
    "requesting_administration": "Japan Customs (invented demo value)",
    "nature_of_proceedings": "administrative inquiry",
    "object_and_reason": "verify export declaration; suspected undervaluation",
    "parties_concerned": "Demo Trading Co. (invented), 1-1 Example-cho",
    "description_and_legal_elements": "Customs Act valuation provisions",
}


def test_art_7_2_complete_request_has_no_findings():
    findings = check_completeness(FULL, ["4.1(a)(i)"], {"goods_description": "bolts",
                                                        "declaration_number": "D-0001"})
    assert findings == [] and is_complete(findings)


def test_art_7_2_missing_object_is_error():
    findings = check_completeness({**FULL, "object_and_reason": None}, ["4.3"])
    assert [(f.field, f.severity, f.article) for f in findings] == [
        ("object_and_reason", "error", "7.2(c)")]
    assert str(findings[0]) == ("object_and_reason: the object and reason of the request are "
                                "required (Art. 7.2(c))")
    assert not is_complete(findings)


@pytest.mark.parametrize("element", [e for e in ELEMENTS if e.required], ids=lambda e: e.letter)
def test_art_7_2_a_b_c_e_missing_is_error(element):
    findings = check_completeness({**FULL, element.field: "   \n"}, ["4.3"])
    assert [(f.element, f.field, f.severity) for f in findings] == [
        (element.letter, element.field, "error")]


def test_art_7_2_d_parties_if_known_only_warns():
    findings = check_completeness({**FULL, "parties_concerned": ""}, ["4.3"])
    assert [(f.element, f.severity, f.article) for f in findings] == [("d", "warning", "7.2(d)")]
    assert "if known" in findings[0].message
    assert is_complete(findings)


def test_art_7_2_elements_are_the_five_of_the_treaty():
    assert [(e.letter, e.field, e.article) for e in ELEMENTS] == [
        ("a", "requesting_administration", "7.2(a)"), ("b", "nature_of_proceedings", "7.2(b)"),
        ("c", "object_and_reason", "7.2(c)"), ("d", "parties_concerned", "7.2(d)"),
        ("e", "description_and_legal_elements", "7.2(e)")]
    assert [e.required for e in ELEMENTS] == [True, True, True, False, True]


def test_art_7_2_request_without_legal_basis_is_incomplete():
    findings = check_completeness(FULL, ["  "])
    assert [(f.field, f.severity) for f in findings] == [("bases", "error")]


def test_art_4_2_c_surveillance_without_transport_identifier_warns():
    findings = check_completeness(FULL, ["4.2(c)"], {"transport_identifier": " "})
    assert [(f.element, f.field, f.severity, f.article) for f in findings] == [
        ("4.2(c)", "transport_identifier", "warning", "4.2(c)")]
    assert "vessel, aircraft or vehicle identifier" in findings[0].message
    assert is_complete(findings)


def test_art_5_2_electronic_form_refused_is_an_answer_not_a_gap():
    findings = check_completeness(FULL, ["5"], {"documents_requested": ["invoice"],
                                                "electronic_form_ok": False})
    assert findings == []


def test_unknown_basis_is_an_error_when_the_agreement_is_given():
    us = builtin_agreement("jp-us-1997")
    findings = check_completeness(FULL, ["4.9"], spec=us)
    assert [(f.field, f.severity) for f in findings] == [("bases", "error")]
    assert "'4.9' is not a legal basis of jp-us-1997" in findings[0].message


def test_errors_are_listed_before_warnings():
    findings = check_completeness({"parties_concerned": None, "object_and_reason": None}, [])
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=lambda s: s != "error")
    assert {f.field for f in findings if f.severity == "error"} == {
        "requesting_administration", "nature_of_proceedings", "object_and_reason",
        "description_and_legal_elements", "bases"}
