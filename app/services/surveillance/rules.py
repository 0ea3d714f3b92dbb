"""Field rules for surveillance subjects and observations (Art. 4.2), without the database.

What a subject of each kind may carry, how identifiers are checked (a wrong check digit is a
warning, a wrong shape is refused), how the status follows from the dates, and the shape of a
UN/LOCODE. The service modules call these; the UI asks the services, never these directly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.matching.identifiers import validate_awb, validate_container, validate_imo, validate_mmsi
from app.matching.idindex import IDENTIFIER_TYPES, normalize_identifier
from app.services.validation import LONG, ServiceError, choice, clean_text, parse_date

ART = "4.2"
KINDS = ("person", "goods", "transport")
SUBKINDS: dict[str, tuple[str, ...]] = {
    "person": ("natural", "legal"),  # Art. 1(e): a person is natural or legal
    "goods": ("goods",),
    "transport": ("vessel", "aircraft", "road_vehicle", "container"),
}
KIND_ARTICLE = {"person": "4.2(a)", "goods": "4.2(b)", "transport": "4.2(c)"}
EVENTS = ("arrived", "departed", "cargo_declared", "inspected", "sighted", "other")
#: Events that happen somewhere: a movement or sighting reported without its place tells the
#: requesting administration nothing it can act on, so these need a place or a UN/LOCODE.
#: "other" (a note such as a change of owner) may have no place.
PLACED_EVENTS = frozenset(EVENTS) - {"other"}
#: What the desk says where an older observation has no place (recorded before it was required).
NO_PLACE = "place not recorded"
STATUSES = ("active", "expiring", "lapsed", "lifted")

# Details each kind may carry besides names and identifiers (closed lists, so a typo in a key is
# refused instead of silently stored and never shown).
DETAIL_FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("date_of_birth", "nationality", "addresses", "registration_country", "notes"),
    "goods": ("description", "hs_code", "quantity", "place_of_storage", "route", "notes"),
    "transport": ("flag", "flight_number", "country", "operator", "route", "notes"),
}
LIST_DETAILS = frozenset({"addresses"})

ID_LABELS = {"passport": "passport", "container": "container", "imo": "IMO", "mmsi": "MMSI",
             "plate": "plate", "bl": "B/L", "awb": "AWB", "registration": "registration",
             "call_sign": "call sign", "doc": "identity document"}

_LOCODE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
_HS = re.compile(r"^\d{4}(\d{2}){0,3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class CleanIdentifier:
    """An identifier ready to store: normalised, with the check's warning if any."""

    id_type: str
    value: str
    normalized: str
    issuer: str | None
    warning: str | None


def detect_script(name: str) -> str:
    """Which script a name is written in: kanji, kana, latin, other or mixed."""
    found: set[str] = set()
    for ch in name:
        if not ch.isalpha():
            continue
        uname = unicodedata.name(ch, "")
        if uname.startswith("CJK"):
            found.add("kanji")
        elif uname.startswith(("HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA")):
            found.add("kana")
        elif "LATIN" in uname:
            found.add("latin")
        else:
            found.add("other")
    if not found:
        return "other"
    if found == {"kanji", "kana"}:
        return "kanji"  # names in kanji often carry kana (e.g. 佐藤 さくら)
    return found.pop() if len(found) == 1 else "mixed"


def check_identifier(id_type: str, value: str) -> str | None:
    """The warning for an identifier whose check digit is wrong or missing, else None.

    A wrong shape (an IMO number that is not seven digits) is refused with ServiceError: it
    cannot be the number of anything, while a wrong check digit may be a typo on the partner's
    side that still has to be recorded as received."""
    validators = {"container": validate_container, "imo": validate_imo, "mmsi": validate_mmsi,
                  "awb": validate_awb}
    if id_type not in validators:
        return None
    check = validators[id_type](value)
    if check.ok:
        return None
    if check.expected_digit is None:
        # Named by type and number: "Identifiers: expected 7 digits" left the officer to guess
        # which of several rows was meant.
        raise ServiceError(f"identifiers.{id_type}", check.message, ART)
    return check.message


def clean_identifier(raw: Any, index: int) -> CleanIdentifier:
    """Validate one identifier given as ``{"type", "value", "issuer"}`` or a ``(type, value)``."""
    field = f"identifiers[{index}]"
    if isinstance(raw, (tuple, list)) and len(raw) in (2, 3):
        raw = {"type": raw[0], "value": raw[1], "issuer": raw[2] if len(raw) == 3 else None}
    if not isinstance(raw, dict):
        raise ServiceError(field, QT_TRANSLATE_NOOP("Refusal", "must be a mapping with type and value"), ART)
    unknown = set(raw) - {"type", "value", "issuer"}
    if unknown:
        raise ServiceError(f"{field}.{sorted(unknown)[0]}", QT_TRANSLATE_NOOP(
            "Refusal", "is not a field of an identifier"), ART)
    id_type = choice(f"{field}.type", raw.get("type"), sorted(IDENTIFIER_TYPES), article=ART)
    value = clean_text(f"{field}.value", raw.get("value"), max_len=200, required=True, article=ART)
    issuer = clean_country(f"{field}.issuer", raw.get("issuer"))
    warning = check_identifier(id_type, value)
    try:
        normalized = normalize_identifier(id_type, value)
    except ValueError as exc:
        raise ServiceError(f"{field}.value", str(exc).split(": ", 1)[-1], ART) from None
    return CleanIdentifier(id_type, value, normalized, issuer, warning)


def clean_country(field: str, value: Any) -> str | None:
    """An ISO 3166 alpha-2 country code, upper-cased (JP, US, MX, PA, ...)."""
    text = clean_text(field, value, max_len=10)
    if text is None:
        return None
    code = text.upper()
    if not _COUNTRY.fullmatch(code):
        raise ServiceError(field, QT_TRANSLATE_NOOP(
                "Refusal", "{text} is not a two-letter country code (e.g. JP, US, PA)").format(
                    text=repr(text)))
    return code


def clean_locode(value: Any) -> str | None:
    """A UN/LOCODE: two-letter country and three letters or digits 2-9 (JPYOK, USLAX)."""
    text = clean_text("locode", value, max_len=10)
    if text is None:
        return None
    code = text.upper().replace(" ", "")
    if not _LOCODE.fullmatch(code):
        raise ServiceError("locode", QT_TRANSLATE_NOOP(
                "Refusal", "{text} is not a UN/LOCODE: expected 2 letters of country and 3 "
                "letters or digits 2-9, e.g. JPYOK").format(
                    text=repr(text)))
    return code


def check_place(event: str, place: str | None, locode: str | None) -> None:
    """Refuse a movement or sighting (Art. 4.2) that does not say where it was observed."""
    if event in PLACED_EVENTS and not (place or locode):
        raise ServiceError("place", QT_TRANSLATE_NOOP(
            "Refusal", "is required for a movement or sighting: give a place or a UN/LOCODE"), ART)


def clean_names(raw: Any) -> list[tuple[str, str, bool]]:
    """Names and aliases as ``(name, script, is_alias)``; strings or ``{"name", "alias"}``."""
    if raw is None:
        return []
    if not isinstance(raw, (list, tuple)):
        raise ServiceError("names", QT_TRANSLATE_NOOP("Refusal", "must be a list of names"), ART)
    out: list[tuple[str, str, bool]] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        alias = False
        script = None
        if isinstance(item, dict):
            unknown = set(item) - {"name", "alias", "script"}
            if unknown:
                raise ServiceError(f"names[{i}].{sorted(unknown)[0]}", QT_TRANSLATE_NOOP(
                    "Refusal", "is not a field of a name"), ART)
            alias = bool(item.get("alias", False))
            script = item.get("script")
            item = item.get("name")
        name = clean_text(f"names[{i}]", item, max_len=500, article=ART)
        if name is None or name in seen:
            continue
        seen.add(name)
        out.append((name, script or detect_script(name), alias))
    return out


def clean_details(kind: str, raw: Any) -> dict[str, Any]:
    """Per-kind details (dates as ISO text, addresses as a list), unknown keys refused."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ServiceError("details", QT_TRANSLATE_NOOP("Refusal", "must be a mapping of field names to values"), ART)
    allowed = DETAIL_FIELDS[kind]
    out: dict[str, Any] = {}
    for key, value in raw.items():
        field = f"details.{key}"
        if key not in allowed:
            raise ServiceError(field, QT_TRANSLATE_NOOP(
                    "Refusal", "is not a field of a {kind} subject (allowed: {join_allowed})").format(
                        kind=kind, join_allowed=', '.join(allowed)), KIND_ARTICLE[kind])
        if key in LIST_DETAILS:
            items = value if isinstance(value, (list, tuple)) else [value]
            cleaned = [clean_text(f"{field}[{i}]", v, max_len=1000) for i, v in enumerate(items)]
            if any(cleaned):
                out[key] = [v for v in cleaned if v]
        elif key == "date_of_birth":
            dob = parse_date(field, value)
            if dob is not None:
                out[key] = dob.isoformat()
        elif key in ("nationality", "registration_country", "flag", "country"):
            code = clean_country(field, value)
            if code:
                out[key] = code
        elif key == "hs_code":
            text = clean_text(field, value, max_len=20)
            if text:
                digits = re.sub(r"[\s.]", "", text)
                if not _HS.fullmatch(digits):
                    raise ServiceError(field, QT_TRANSLATE_NOOP(
                            "Refusal", "{text} is not an HS code: 4, 6, 8 or 10 digits (e.g. 9102.11)").format(
                                text=repr(text)), "4.2(b)")
                out[key] = text
        else:
            text = clean_text(field, value, max_len=LONG if key == "notes" else 1000)
            if text:
                out[key] = text
    return out


def check_period(start: date | None, end: date | None, review_on: date | None) -> None:
    """Refuse a surveillance period that cannot be (end before start, review outside it)."""
    if end is None:
        raise ServiceError("period_end", QT_TRANSLATE_NOOP(
                "Refusal", "a surveillance period needs an end date; surveillance is never "
                "open-ended"), ART)
    if start is not None and end < start:
        raise ServiceError("period_end", QT_TRANSLATE_NOOP(
                "Refusal", "{end} is before the start of the period ({start})").format(
                    end=end.isoformat(), start=start.isoformat()), ART)
    if review_on is not None:
        if start is not None and review_on < start:
            raise ServiceError("review_on", QT_TRANSLATE_NOOP(
                    "Refusal", "{review_on} is before the start of the period ({start})").format(
                        review_on=review_on.isoformat(), start=start.isoformat()), ART)
        if review_on > end:
            raise ServiceError("review_on", QT_TRANSLATE_NOOP(
                    "Refusal", "{review_on} is after the end of the period ({end})").format(
                        review_on=review_on.isoformat(), end=end.isoformat()), ART)


def subject_status(stored: str, period_end: date | None, today: date,
                   due_soon_days: int) -> tuple[str, str]:
    """Status shown for a subject and why: lifted as stored, else computed from the end date."""
    if stored == "lifted":
        return "lifted", "surveillance lifted"
    if period_end is None:
        return "active", "no end date recorded"
    if today > period_end:
        return "lapsed", f"period ended {period_end.isoformat()}; not extended"
    if period_end - today <= timedelta(days=due_soon_days):
        left = (period_end - today).days
        return "expiring", f"period ends {period_end.isoformat()} ({left} day(s) left)"
    return "active", f"until {period_end.isoformat()}"
