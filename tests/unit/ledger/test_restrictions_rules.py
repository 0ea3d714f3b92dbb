"""Pure Art. 9 / 10 rules in app.treaty.restrictions (no store)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.treaty.restrictions import (
    MARKING_CODES,
    PURPOSES,
    VERDICTS,
    ApprovalFacts,
    ItemFacts,
    Recipient,
    assess_disclosure,
    check_approval_scope,
    evidence_request_answered,
    restriction_codes_for_items,
)

CUSTOMS = Recipient("Yokohama Customs Investigation Division", "customs")
POLICE = Recipient("Prefectural Police (example)", "police", is_law_enforcement=True)
MINISTRY = Recipient("Ministry of Example Affairs", "ministry")
OTHER_MINISTRY = Recipient("Ministry of Other Affairs", "ministry")
COURT = Recipient("District Court (example)", "court")


def received(**kw) -> ItemFacts:
    return ItemFacts(code=kw.pop("code", "I-00001"), **kw)


def test_art_9_1_customs_use_by_customs_is_allowed():
    d = assess_disclosure([received()], CUSTOMS, "customs")
    assert d.verdict == "allowed" and d.findings == ()


def test_art_9_2_law_enforcement_may_receive_without_notice():
    d = assess_disclosure([received()], POLICE, "intelligence")
    assert d.verdict == "allowed"
    assert "not_as_evidence" in d.conditions  # they use it under Art. 10's conditions


def test_art_9_2_onward_to_police_after_notice_is_forbidden():
    item = received(no_law_enforcement=True, no_law_enforcement_notice_on=date(2026, 10, 1))
    d = assess_disclosure([item], POLICE, "intelligence")
    assert d.verdict == "forbidden"
    assert d.findings[0].article == "9.2"
    assert "2026-10-01" in d.findings[0].message


def test_art_9_2_later_written_approval_for_that_agency_lifts_the_notice():
    ok = ApprovalFacts(7, POLICE.name, ("intelligence",), date(2026, 10, 5))
    stale = ApprovalFacts(8, POLICE.name, ("intelligence",), date(2026, 9, 1))
    notice = date(2026, 10, 1)
    lifted = received(no_law_enforcement=True, no_law_enforcement_notice_on=notice, approvals=(ok,))
    still = received(no_law_enforcement=True, no_law_enforcement_notice_on=notice, approvals=(stale,))
    assert assess_disclosure([lifted], POLICE, "intelligence").verdict == "allowed"
    assert assess_disclosure([still], POLICE, "intelligence").verdict == "forbidden"


def test_art_9_1_approval_unlocks_exactly_named_authority_and_scope():
    approval = ApprovalFacts(3, MINISTRY.name, ("intelligence",), date(2026, 11, 1))
    item = received(approvals=(approval,))
    named = assess_disclosure([item], MINISTRY, "intelligence")
    assert named.verdict == "allowed" and named.approvals_used == {"I-00001": 3}
    other = assess_disclosure([item], OTHER_MINISTRY, "intelligence")
    assert other.verdict == "needs_approval" and other.letters == ("approval_request",)
    wrong_scope = assess_disclosure([item], MINISTRY, "customs")
    assert wrong_scope.verdict == "needs_approval" and wrong_scope.findings[0].article == "9.1"


def test_art_9_1_approval_without_its_written_document_does_not_count():
    approval = ApprovalFacts(3, MINISTRY.name, ("customs",), date(2026, 11, 1), has_document=False)
    assert assess_disclosure([received(approvals=(approval,))], MINISTRY, "customs").verdict == "needs_approval"


def test_art_9_4_disclosure_required_by_law_returns_advance_notice_obligation():
    item = received(no_law_enforcement=True, confidential=True)
    d = assess_disclosure([item], COURT, "required_by_law")
    assert d.verdict == "obligation" and d.allowed
    assert d.findings[0].article == "9.4"
    assert d.letters == ("disclosure_notice",)


def test_art_10_1_evidence_use_without_10_2_request_is_forbidden():
    d = assess_disclosure([received()], Recipient("Public Prosecutor (example)", "prosecutor", True),
                          "evidence")
    assert d.verdict == "forbidden"
    assert d.findings[0].article == "10.1"
    assert d.letters == ("evidence_cover",)


def test_art_10_2_answered_request_allows_evidence_use():
    item = received(evidence_request_answered=True)
    d = assess_disclosure([item], COURT, "evidence")
    assert d.verdict == "allowed"
    assert "not_as_evidence" not in d.conditions


def test_art_10_2_a_9_1_approval_cannot_stand_in_for_the_diplomatic_request():
    assert check_approval_scope(["evidence"])[0].endswith("(Art. 10.2)")
    assert check_approval_scope([]) and check_approval_scope(["fun"])
    assert check_approval_scope(["customs", "intelligence"]) == []


def test_art_10_2_only_an_answered_outgoing_10_2_request_naming_the_item_counts():
    reqs = [("outgoing", ("10.2",), "sent", ("I-00001",)),
            ("outgoing", ("4.3",), "answered", ("I-00001",)),
            ("incoming", ("10.2",), "answered", ("I-00001",)),
            ("outgoing", ("10.2",), "answered", ("I-00002",))]
    assert not evidence_request_answered(reqs, "I-00001")
    assert evidence_request_answered(reqs + [("outgoing", ("10.2",), "answered", ("I-00001",))], "I-00001")


def test_art_9_information_we_provided_is_ours_to_pass_on():
    mine = ItemFacts("I-00009", direction="provided", confidential=True)
    assert assess_disclosure([mine], MINISTRY, "intelligence").verdict == "allowed"


def test_worst_item_decides_a_disclosure_of_several_items():
    free = received(code="I-00001")
    barred = received(code="I-00002", no_law_enforcement=True)
    d = assess_disclosure([free, barred], POLICE, "customs")
    assert d.verdict == "forbidden" and [f.item for f in d.blocking()] == ["I-00002"]


def test_corrected_entry_cannot_be_disclosed():
    assert assess_disclosure([received(superseded=True)], CUSTOMS, "customs").verdict == "forbidden"


def test_unknown_purpose_and_empty_items_are_refused_naming_the_field():
    with pytest.raises(ValueError, match="^purpose: 'fun'"):
        assess_disclosure([received()], CUSTOMS, "fun")
    with pytest.raises(ValueError, match="^items:"):
        assess_disclosure([], CUSTOMS, "customs")


def test_art_9_3_marking_codes_in_print_order():
    a = received(code="A", no_law_enforcement=True)
    b = received(code="B", confidential=True, not_as_evidence=False)
    assert restriction_codes_for_items([a, b]) == (
        "confidential", "not_as_evidence", "no_law_enforcement", "customs_only")
    assert restriction_codes_for_items([]) == ()


flags = st.builds(ItemFacts, code=st.sampled_from(["A", "B", "C"]), confidential=st.booleans(),
                  no_law_enforcement=st.booleans(), not_as_evidence=st.booleans(),
                  evidence_request_answered=st.booleans(),
                  direction=st.sampled_from(["received", "provided"]))


@given(st.lists(flags, min_size=1, max_size=4),
       st.sampled_from([CUSTOMS, POLICE, MINISTRY, COURT]), st.sampled_from(PURPOSES))
def test_verdict_is_the_worst_finding_and_markings_are_ordered(items, recipient, purpose):
    d = assess_disclosure(items, recipient, purpose)
    worst = max((f.verdict for f in d.findings), key=VERDICTS.index, default="allowed")
    assert d.verdict == worst
    codes = restriction_codes_for_items(items)
    assert list(codes) == [c for c in MARKING_CODES if c in codes]
    assert set(d.conditions) <= set(codes)
    # Adding restrictions never makes a disclosure more permissive.
    tighter = [ItemFacts(i.code, i.direction, True, True, None, True, (), False) for i in items]
    assert VERDICTS.index(assess_disclosure(tighter, recipient, purpose).verdict) >= VERDICTS.index(d.verdict)
