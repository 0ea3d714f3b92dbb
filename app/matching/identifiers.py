"""Identifier checks and normalisation for surveillance subjects (Art. 4.2(b), 4.2(c)).

Containers (ISO 6346), vessels (IMO number, MMSI), vehicles (plates), travel documents, bills of
lading and air waybills. Every check returns an :class:`IdCheck` whose ``message`` is one line
that names the identifier and, where a check digit is wrong, the digit it should have been.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, quoted

__all__ = [
    "IdCheck",
    "container_check_digit",
    "validate_container",
    "imo_check_digit",
    "validate_imo",
    "validate_mmsi",
    "validate_awb",
    "normalize_plate",
    "normalize_document_number",
    "normalize_bl",
    "compact_identifier",
]


@dataclass(frozen=True)
class IdCheck:
    """Outcome of checking one identifier.

    ``normalized`` is the canonical spelling (upper case, no separators) even when the check
    fails, so callers can still look the identifier up; ``expected_digit`` is set only when the
    shape was right and the check digit wrong.
    """

    ok: bool
    normalized: str
    expected_digit: int | None
    message: str


def compact_identifier(text: str) -> str:
    """Upper-case ``text`` and drop everything that is not a letter or digit (any script).

    NFKC first, so full-width characters typed on a Japanese keyboard compare equal.
    """
    text = unicodedata.normalize("NFKC", text or "").upper()
    return "".join(ch for ch in text if ch.isalnum())


# ISO 6346 letter values: A=10 upwards, skipping 11, 22 and 33 (multiples of 11) so that no
# letter collides with the modulus.
def _iso6346_letter_values() -> dict[str, int]:
    values: dict[str, int] = {}
    value = 10
    for letter in string.ascii_uppercase:
        if value % 11 == 0:
            value += 1
        values[letter] = value
        value += 1
    return values


_LETTER_VALUES = _iso6346_letter_values()
_CONTAINER_RE = re.compile(r"^[A-Z]{3}[UJZR]\d{6}\d?$")


def container_check_digit(owner_serial: str) -> int:
    """ISO 6346 check digit for the first ten characters (owner code, category, serial).

    Raises ValueError when ``owner_serial`` is not four letters followed by six digits.
    """
    code = compact_identifier(owner_serial)[:10]
    if not re.fullmatch(r"[A-Z]{4}\d{6}", code):
        raise ValueError(
            f"container {owner_serial!r}: expected 4 letters and 6 digits (ISO 6346)"
        )
    total = 0
    for position, ch in enumerate(code):
        value = _LETTER_VALUES[ch] if ch.isalpha() else int(ch)
        total += value * (2**position)
    # A remainder of 10 is written as 0; ISO 6346 advises owners not to issue such serials.
    return total % 11 % 10


def validate_container(number: str) -> IdCheck:
    """Check a container number (ISO 6346): shape, category letter and check digit."""
    code = compact_identifier(number)
    if not _CONTAINER_RE.fullmatch(code):
        return IdCheck(
            False,
            code,
            None,
            QT_TRANSLATE_NOOP("IdCheck", "container {number}: expected owner code (3 letters), "
                              "category U/J/Z/R, 6 digits and a check digit (ISO 6346)").format(
                                  number=quoted(number.strip())),
        )
    expected = container_check_digit(code[:10])
    if len(code) == 10:
        return IdCheck(
            False,
            code,
            expected,
            QT_TRANSLATE_NOOP("IdCheck", "container {code}: check digit missing, should be {expected} "
                              "(ISO 6346)").format(code=code, expected=expected),
        )
    if int(code[10]) != expected:
        return IdCheck(
            False,
            code,
            expected,
            QT_TRANSLATE_NOOP("IdCheck", "container {code}: check digit should be {expected} (ISO 6346)")
            .format(code=code, expected=expected),
        )
    return IdCheck(True, code, None, QT_TRANSLATE_NOOP("IdCheck", "container {code}: valid (ISO 6346)")
                   .format(code=code))


def imo_check_digit(six: str) -> int:
    """IMO ship number check digit: digits weighted 7..2, sum modulo 10."""
    if not re.fullmatch(r"\d{6}", six or ""):
        raise ValueError(f"IMO number {six!r}: expected the first 6 digits")
    return sum(int(d) * w for d, w in zip(six, range(7, 1, -1), strict=True)) % 10


def validate_imo(text: str) -> IdCheck:
    """Check an IMO ship identification number; accepts ``"IMO 9074729"`` or ``"9074729"``."""
    code = compact_identifier(text)
    if code.startswith("IMO"):
        code = code[3:]
    if not re.fullmatch(r"\d{7}", code):
        return IdCheck(False, code, None, QT_TRANSLATE_NOOP(
            "IdCheck", "IMO number {number}: expected 7 digits").format(number=quoted(text.strip())))
    expected = imo_check_digit(code[:6])
    if int(code[6]) != expected:
        return IdCheck(
            False, code, expected, QT_TRANSLATE_NOOP("IdCheck", "IMO {code}: check digit should be {expected}")
            .format(code=code, expected=expected)
        )
    return IdCheck(True, code, None, QT_TRANSLATE_NOOP("IdCheck", "IMO {code}: valid").format(code=code))


def validate_mmsi(text: str) -> IdCheck:
    """Check a Maritime Mobile Service Identity: exactly nine digits (no check digit exists)."""
    code = compact_identifier(text)
    if code.startswith("MMSI"):
        code = code[4:]
    if not re.fullmatch(r"\d{9}", code):
        return IdCheck(False, code, None, QT_TRANSLATE_NOOP(
            "IdCheck", "MMSI {number}: expected 9 digits").format(number=quoted(text.strip())))
    return IdCheck(True, code, None, QT_TRANSLATE_NOOP("IdCheck", "MMSI {code}: valid").format(code=code))


def validate_awb(text: str) -> IdCheck:
    """Check an air waybill number: 3-digit airline prefix, 7-digit serial, mod-7 check digit."""
    code = compact_identifier(text)
    if code.startswith("AWB"):
        code = code[3:]
    if not re.fullmatch(r"\d{11}", code):
        return IdCheck(False, code, None, QT_TRANSLATE_NOOP(
            "IdCheck", "AWB {number}: expected 11 digits").format(number=quoted(text.strip())))
    expected = int(code[3:10]) % 7
    if int(code[10]) != expected:
        return IdCheck(
            False,
            code,
            expected,
            QT_TRANSLATE_NOOP("IdCheck", "AWB {code}: check digit should be {expected} (serial mod 7)")
            .format(code=f"{code[:3]}-{code[3:]}", expected=expected),
        )
    return IdCheck(True, code, None, QT_TRANSLATE_NOOP("IdCheck", "AWB {code}: valid")
                   .format(code=f"{code[:3]}-{code[3:]}"))


def normalize_plate(text: str) -> str:
    """Vehicle plate in canonical form: NFKC, upper case, separators removed.

    Japanese plates keep their kanji and kana (``品川300あ1234``), because the region name and
    the hiragana are part of the registration.
    """
    return compact_identifier(text)


def normalize_document_number(text: str) -> str:
    """Passport or other document number: NFKC, upper case, separators removed."""
    return compact_identifier(text)


def normalize_bl(text: str) -> str:
    """Bill of lading or air waybill number in canonical form (separators removed).

    An 11-digit number is taken to be an AWB; use :func:`validate_awb` to check its digit.
    """
    code = compact_identifier(text)
    for prefix in ("AWB", "BL"):
        if code.startswith(prefix) and code[len(prefix):].isdigit():
            return code[len(prefix):]
    return code
