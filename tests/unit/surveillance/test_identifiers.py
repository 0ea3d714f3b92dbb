"""Identifier checks on subjects (Art. 4.2(b), 4.2(c)): wrong check digits warn, wrong shapes refuse."""

from __future__ import annotations

import pytest

from app.matching.identifiers import container_check_digit, imo_check_digit
from app.services.surveillance import commands as sv
from app.services.surveillance.rules import clean_locode, detect_script
from app.services.validation import ServiceError

GOOD_CONTAINER = "MSCU123456" + str(container_check_digit("MSCU123456"))
GOOD_IMO = "907472" + str(imo_check_digit("907472"))


def _wrong(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def _goods(desk, container: str):
    return sv.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                                 "period_end": "2027-01-01",
                                 "details": {"description": "wrist watches (invented)"},
                                 "identifiers": [{"type": "container", "value": container}]})


def test_iso_6346_container_with_wrong_check_digit_is_stored_with_a_warning_naming_the_right_one(desk):
    view = _goods(desk, _wrong(GOOD_CONTAINER))
    expected = GOOD_CONTAINER[-1]
    assert view.warnings == (
        f"container {_wrong(GOOD_CONTAINER)}: check digit should be {expected} (ISO 6346)",)
    stored = sv.get_subject(desk, view.code).identifiers[0]
    assert stored.value == _wrong(GOOD_CONTAINER)  # recorded as received
    assert stored.warning is not None and f"should be {expected}" in stored.warning


def test_iso_6346_valid_container_gives_no_warning(desk):
    assert _goods(desk, GOOD_CONTAINER[:4] + " " + GOOD_CONTAINER[4:]).warnings == ()


def test_iso_6346_container_of_the_wrong_shape_is_refused(desk):
    with pytest.raises(ServiceError, match=r"identifiers\.container: .*ISO 6346"):
        _goods(desk, "MSC123")
    assert sv.list_subjects(desk) == []


def _vessel(desk, imo: str):
    return sv.add_subject(desk, {"kind": "transport", "subkind": "vessel",
                                 "names": ["OCEAN EXAMPLE"], "agreement": "jp-us-1997",
                                 "period_end": "2027-01-01",
                                 "details": {"flag": "pa"},
                                 "identifiers": [["imo", imo], ["call_sign", "3EXA7"],
                                                 ["mmsi", "351000000"]]})


def test_imo_number_with_wrong_check_digit_warns_with_the_expected_digit(desk):
    view = _vessel(desk, "IMO " + _wrong(GOOD_IMO))
    assert view.warnings == (f"IMO {_wrong(GOOD_IMO)}: check digit should be {GOOD_IMO[-1]}",)
    assert view.details == {"flag": "PA"}


def test_imo_number_with_right_check_digit_is_accepted_silently(desk):
    view = _vessel(desk, GOOD_IMO)
    assert view.warnings == ()
    assert view.identifier_summary == f"IMO {GOOD_IMO}, call sign 3EXA7, MMSI 351000000"


def test_imo_number_that_is_not_seven_digits_is_refused(desk):
    with pytest.raises(ServiceError, match=r"identifiers\.imo: IMO number '90747': expected 7 digits"):
        _vessel(desk, "90747")


def test_unknown_identifier_type_is_refused_naming_the_field(desk):
    with pytest.raises(ServiceError, match=r"identifiers\[0\]\.type: 'ssn' is not one of"):
        sv.add_subject(desk, {"kind": "person", "names": ["Example"], "agreement": "jp-us-1997",
                              "period_end": "2027-01-01",
                              "identifiers": [{"type": "ssn", "value": "1"}]})


def test_un_locode_shape_is_validated_and_upper_cased():
    assert clean_locode(" jpyok ") == "JPYOK"
    assert clean_locode("US LAX") == "USLAX"
    with pytest.raises(ServiceError, match="locode: 'Yokohama' is not a UN/LOCODE"):
        clean_locode("Yokohama")
    with pytest.raises(ServiceError, match="locode"):
        clean_locode("JPYO1")  # digits 0 and 1 are not used in UN/LOCODEs


def test_art_1_e_names_are_tagged_with_their_script():
    assert detect_script("田中 翔") == "kanji"
    assert detect_script("タナカ ショウ") == "kana"
    assert detect_script("Tanaka Shō") == "latin"
    assert detect_script("佐藤 さくら") == "kanji"
