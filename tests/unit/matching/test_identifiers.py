"""Identifier checks for Art. 4.2(b) goods and 4.2(c) means of transport."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.matching.identifiers import (
    container_check_digit,
    imo_check_digit,
    normalize_bl,
    normalize_document_number,
    normalize_plate,
    validate_awb,
    validate_container,
    validate_imo,
    validate_mmsi,
)


def test_iso_6346_check_digit_of_known_numbers():
    assert container_check_digit("CSQU305438") == 3
    assert container_check_digit("MSCU123456") == 6


def test_iso_6346_letter_values_skip_multiples_of_eleven():
    # With A=10, B=12 ... K=21, L=23 (11 and 22 skipped): "ABCU" is 10, 12, 13, 32.
    expected = (10 * 1 + 12 * 2 + 13 * 4 + 32 * 8) % 11 % 10
    assert container_check_digit("ABCU000000") == expected


def test_iso_6346_wrong_check_digit_reports_expected():
    check = validate_container("mscu 123456-5")
    assert not check.ok
    assert check.normalized == "MSCU1234565"
    assert check.expected_digit == 6
    assert check.message == "container MSCU1234565: check digit should be 6 (ISO 6346)"


def test_iso_6346_valid_container_passes():
    check = validate_container("CSQU 305438 3")
    assert check.ok and check.expected_digit is None and check.normalized == "CSQU3054383"


def test_iso_6346_bad_shape_names_the_field():
    check = validate_container("MSC1234566")
    assert not check.ok and check.message.startswith("container 'MSC1234566':")


def test_iso_6346_missing_check_digit_says_which():
    check = validate_container("MSCU123456")
    assert not check.ok and check.expected_digit == 6


@given(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3),
       st.sampled_from("UJZR"), st.integers(0, 999_999))
def test_iso_6346_number_with_its_own_check_digit_is_valid(owner, category, serial):
    stem = f"{owner}{category}{serial:06d}"
    assert validate_container(stem + str(container_check_digit(stem))).ok


def test_imo_check_digit():
    assert imo_check_digit("907472") == 9
    assert validate_imo("IMO 9074729").ok
    assert validate_imo("9074729").ok


def test_imo_wrong_check_digit_reports_expected():
    check = validate_imo("IMO 9074728")
    assert not check.ok and check.expected_digit == 9
    assert check.message == "IMO 9074728: check digit should be 9"


def test_imo_rejects_wrong_length():
    check = validate_imo("IMO 907472")
    assert not check.ok and "expected 7 digits" in check.message


def test_imo_check_digit_rejects_non_digits():
    with pytest.raises(ValueError, match="IMO number"):
        imo_check_digit("90747A")


def test_mmsi_is_nine_digits():
    assert validate_mmsi("MMSI 431 234 567").ok
    assert not validate_mmsi("43123456").ok


def test_awb_mod_7_check_digit():
    assert validate_awb("176-12345675").ok
    check = validate_awb("176-12345674")
    assert not check.ok and check.expected_digit == 5 and "AWB 176-12345674" in check.message


def test_plate_normalisation_keeps_japanese_region_and_kana():
    assert normalize_plate("品川 300 あ 12-34") == "品川300あ1234"
    assert normalize_plate("ab-123 cd") == "AB123CD"


def test_document_and_bl_normalisation_drop_separators():
    assert normalize_document_number("tk 123-4567") == "TK1234567"
    assert normalize_document_number("ＴＫ１２３") == "TK123"  # full-width input
    assert normalize_bl("AWB 176-12345675") == "17612345675"
    assert normalize_bl("mae u/123 456") == "MAEU123456"
