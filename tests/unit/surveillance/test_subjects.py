"""Surveillance subjects (Art. 4.2): recording, periods, status, lifting, extending, deleting."""

from __future__ import annotations

import pytest

from app.security.audit import verify_chain
from app.services.requests.commands import register_incoming
from app.services.surveillance import commands as sv
from app.services.validation import ServiceError


def test_art_4_2_subject_codes_are_gapless_even_after_a_refused_add(desk):
    first = sv.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                                  "details": {"description": "wrist watches (invented)"},
                                  "period_end": "2027-01-01"})
    with pytest.raises(ServiceError):
        sv.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                              "details": {"description": "x"}, "period_end": "2020-01-01",
                              "period_start": "2026-01-01"})
    second = sv.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                                   "details": {"description": "handbags (invented)"},
                                   "period_end": "2027-01-01"})
    assert (first.code, second.code) == ("S-0001", "S-0002")


def test_art_4_2_a_person_subject_keeps_names_in_every_script_and_links_its_request(
        desk, person, surveillance_request):
    view = sv.get_subject(desk, person.code)
    assert view.display_name == "田中 翔"
    assert [(n.name, n.script, n.alias) for n in view.names] == [
        ("田中 翔", "kanji", False), ("TANAKA Sho", "latin", True)]
    assert view.requests == ((surveillance_request, "surveillance"),)
    assert view.agreement_key == "jp-us-1997"
    assert view.details == {"date_of_birth": "1980-04-01", "nationality": "JP"}
    assert view.identifier_summary == "passport TK0000001"
    assert view.status == "active"


def test_art_4_2_period_end_before_start_is_refused_with_the_reason(desk):
    with pytest.raises(ServiceError) as err:
        sv.add_subject(desk, {"kind": "person", "names": ["Example Person"],
                              "agreement": "jp-us-1997", "period_start": "2026-12-01",
                              "period_end": "2026-11-30"})
    assert "period_end" in str(err.value) and "before the start" in str(err.value)
    assert sv.list_subjects(desk) == []


def test_art_4_2_surveillance_without_end_date_is_refused(desk):
    with pytest.raises(ServiceError, match="period_end: a surveillance period needs an end"):
        sv.add_subject(desk, {"kind": "person", "names": ["Example Person"],
                              "agreement": "jp-us-1997"})


def test_art_4_2_review_date_outside_the_period_is_refused(desk):
    with pytest.raises(ServiceError, match="review_on"):
        sv.add_subject(desk, {"kind": "person", "names": ["Example Person"],
                              "agreement": "jp-us-1997", "period_end": "2027-01-01",
                              "review_on": "2027-02-01"})


def test_art_4_2_c_transport_subject_must_say_which_means_of_transport(desk):
    with pytest.raises(ServiceError, match=r"subkind: .*vessel.*\(Art\. 4\.2\(c\)\)"):
        sv.add_subject(desk, {"kind": "transport", "names": ["OCEAN EXAMPLE"],
                              "agreement": "jp-us-1997", "period_end": "2027-01-01"})


def test_art_4_2_unknown_detail_field_is_refused_naming_it(desk):
    with pytest.raises(ServiceError, match=r"details\.imo_number: is not a field of a goods"):
        sv.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                              "period_end": "2027-01-01",
                              "details": {"description": "watches", "imo_number": "1"}})


def test_art_4_2_b_hs_code_shape_is_checked(desk):
    with pytest.raises(ServiceError, match=r"details\.hs_code: '91A2' is not an HS code"):
        sv.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                              "period_end": "2027-01-01",
                              "details": {"description": "watches", "hs_code": "91A2"}})


def test_art_4_2_subject_needs_an_agreement_or_a_request(desk):
    with pytest.raises(ServiceError, match="agreement: say under which agreement"):
        sv.add_subject(desk, {"kind": "person", "names": ["Example Person"],
                              "period_end": "2027-01-01"})


def test_art_4_2_status_is_expiring_within_due_soon_days_and_lapsed_after_the_end(desk):
    soon = sv.add_subject(desk, {"kind": "person", "names": ["Soon Ending"],
                                 "agreement": "jp-us-1997", "period_start": "2026-10-01",
                                 "period_end": "2026-11-25"})
    past = sv.add_subject(desk, {"kind": "person", "names": ["Long Gone"],
                                 "agreement": "jp-us-1997", "period_start": "2026-10-01",
                                 "period_end": "2026-11-19"})
    assert soon.status == "expiring" and "5 day(s) left" in soon.status_explanation
    assert past.status == "lapsed"
    assert [s.code for s in sv.list_subjects(desk, active=True)] == [soon.code]
    assert [s.code for s in sv.list_subjects(desk, status="lapsed")] == [past.code]


def test_art_4_2_lifting_keeps_the_record_and_makes_it_read_only(desk, person):
    lifted = sv.lift_subject(desk, person.code, "Requesting administration withdrew the ask")
    assert lifted.status == "lifted" and lifted.lifted_on.isoformat() == "2026-11-20"
    assert sv.get_subject(desk, person.code).names  # history kept
    with pytest.raises(ServiceError, match="was lifted"):
        sv.edit_subject(desk, person.code, {"names": ["Someone Else"]})
    with pytest.raises(ServiceError, match="already lifted"):
        sv.lift_subject(desk, person.code, "again")


def test_art_4_2_subject_linked_to_a_request_cannot_be_deleted(desk, person):
    with pytest.raises(ServiceError, match="linked to JC-US-2026-0001 and cannot be deleted"):
        sv.delete_subject(desk, person.code)
    assert sv.get_subject(desk, person.code).code == person.code


def test_art_4_2_unlinked_subject_recorded_by_mistake_can_be_deleted_and_audited(desk):
    view = sv.add_subject(desk, {"kind": "person", "names": ["Typo Person"],
                                 "agreement": "jp-us-1997", "period_end": "2027-01-01"})
    sv.delete_subject(desk, view.code)
    assert sv.list_subjects(desk) == []
    with desk.read() as s:
        assert verify_chain(s) == []


def _lapsed(desk):
    return sv.add_subject(desk, {"kind": "person", "names": ["Long Gone"],
                                 "agreement": "jp-us-1997", "period_start": "2026-10-01",
                                 "period_end": "2026-11-19"})


def test_art_4_2_lapsed_surveillance_is_not_extended_without_a_new_request(desk):
    view = _lapsed(desk)
    with pytest.raises(ServiceError, match="lapsed on 2026-11-19; extending it needs a new request"):
        sv.extend_period(desk, view.code, "2027-03-01", "partner asked by phone")
    with pytest.raises(ServiceError, match="period_end: surveillance of S-0001 has lapsed"):
        sv.edit_subject(desk, view.code, {"period_end": "2027-03-01"})
    assert sv.get_subject(desk, view.code).status == "lapsed"


def test_art_4_2_lapsed_surveillance_is_extended_with_a_new_request_linked(desk):
    view = _lapsed(desk)
    new = register_incoming(desk, "jp-us-1997", {"title": "Renewed surveillance (invented)",
                                                  "bases": ["4.2(a)"]})
    extended = sv.extend_period(desk, view.code, "2027-03-01", "renewed request",
                                request_ref=new.our_ref)
    assert extended.status == "active" and extended.period_end.isoformat() == "2027-03-01"
    assert (new.our_ref, "surveillance") in extended.requests


def test_art_4_2_extension_must_move_the_end_later(desk, person):
    with pytest.raises(ServiceError, match="new_end: 2027-02-01 is not after the current end"):
        sv.extend_period(desk, person.code, "2027-02-01", "shorter")


def test_art_4_2_active_surveillance_is_extended_with_a_reason(desk, person):
    view = sv.extend_period(desk, person.code, "2027-06-01", "partner asked for three more months")
    assert view.period_end.isoformat() == "2027-06-01"


def test_art_4_2_kind_of_a_subject_cannot_change(desk, person):
    with pytest.raises(ServiceError, match="kind: subject S-0001 is person"):
        sv.edit_subject(desk, person.code, {"kind": "goods"})


def test_art_4_2_renaming_a_subject_updates_its_display_name(desk, person):
    view = sv.edit_subject(desk, person.code, {"names": ["山田 花子"]})
    assert view.display_name == "山田 花子"
