"""Input checks shared by every service: one readable line per problem, naming the field.

Text is stored faithfully or refused: control characters other than tab and line breaks (a NUL
cannot be printed in a letter) and lone surrogates (not valid Unicode) are refused with the
field's name, never silently dropped.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Literal, overload

from app.i18n import QT_TRANSLATE_NOOP
from app.treaty.errors import RuleViolation

_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Length limits per kind of field (characters).
SHORT = 300
REF = 120
LONG = 20_000
NOTES = 100_000


#: The largest record number (a row id) any store holds: a 32-bit integer column on PostgreSQL.
#: A larger number names no record; it is never looked up (the server would refuse the query).
MAX_RECORD_ID = 2**31 - 1

#: The most common refusal: a required field left empty.
IS_REQUIRED = QT_TRANSLATE_NOOP("Refusal", "is required")


class ServiceError(RuleViolation):
    """A service refused its input; same one-line shape as a treaty rule violation."""


class StaleEdit(ServiceError):
    """A save based on an older read of a record another officer has saved since."""


#: Why a stale save is refused (``StaleEdit``), after the record's name.
STALE = QT_TRANSLATE_NOOP(
    "Refusal", "was changed by another officer after you opened it; nothing was saved; "
    "reload it and apply your changes again")


def check_version(record: str, current: int, expected: int | None) -> None:
    """Refuse a save made on the ``expected`` version of ``record`` when it is now at
    ``current`` (optimistic concurrency, migration 0013); None: the caller read it just now."""
    if expected is not None and expected != current:
        raise StaleEdit(record, STALE)


class NotFound(ServiceError):
    """The named record does not exist."""


@overload
def clean_text(field: str, value: object, *, max_len: int = SHORT, required: Literal[True],
               article: str | None = None) -> str: ...
@overload
def clean_text(field: str, value: object, *, max_len: int = SHORT, required: bool = False,
               article: str | None = None) -> str | None: ...
def clean_text(field: str, value: object, *, max_len: int = SHORT, required: bool = False,
               article: str | None = None) -> str | None:
    """Check one text field; returns the text (surrounding whitespace stripped) or None."""
    if value is None:
        if required:
            raise ServiceError(field, IS_REQUIRED, article)
        return None
    if not isinstance(value, str):
        raise ServiceError(field, QT_TRANSLATE_NOOP("Refusal", "must be text, not {kind}").format(
            kind=type(value).__name__), article)
    text = value.strip()
    if not text:
        if required:
            raise ServiceError(field, IS_REQUIRED, article)
        return None
    bad = _BAD_CHARS.search(text)
    if bad:
        raise ServiceError(field, QT_TRANSLATE_NOOP(
            "Refusal", "contains the control character U+{code}, which cannot be stored or "
            "printed; remove it").format(code=f"{ord(bad.group()):04X}"), article)
    for ch in text:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            raise ServiceError(field, QT_TRANSLATE_NOOP(
                "Refusal", "contains an invalid character (lone surrogate U+{code})").format(
                code=f"{ord(ch):04X}"), article)
    if len(text) > max_len:
        raise ServiceError(field, QT_TRANSLATE_NOOP(
            "Refusal", "is {length:,} characters long; at most {limit:,} are allowed").format(
            length=len(text), limit=max_len), article)
    return unicodedata.normalize("NFC", text)


@overload
def parse_date(field: str, value: object, *, required: Literal[True]) -> date: ...
@overload
def parse_date(field: str, value: object, *, required: bool = False) -> date | None: ...
def parse_date(field: str, value: object, *, required: bool = False) -> date | None:
    """Accept a date or an ISO ``YYYY-MM-DD`` string."""
    if value is None or value == "":
        if required:
            raise ServiceError(field, QT_TRANSLATE_NOOP("Refusal", "a date is required"))
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ServiceError(field, QT_TRANSLATE_NOOP(
                "Refusal", "{value} is not a date (use YYYY-MM-DD)").format(value=repr(value))) from None
    raise ServiceError(field, QT_TRANSLATE_NOOP("Refusal", "must be a date, not {kind}").format(
        kind=type(value).__name__))


@overload
def parse_datetime(field: str, value: object, *, required: Literal[True]) -> datetime: ...
@overload
def parse_datetime(field: str, value: object, *, required: bool = False) -> datetime | None: ...
def parse_datetime(field: str, value: object, *, required: bool = False) -> datetime | None:
    """Accept an aware/naive datetime (naive = UTC) or an ISO string."""
    if value is None or value == "":
        if required:
            raise ServiceError(field, QT_TRANSLATE_NOOP("Refusal", "a date and time is required"))
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ServiceError(field, QT_TRANSLATE_NOOP(
                "Refusal", "{value} is not a date and time (use YYYY-MM-DDTHH:MM)").format(
                value=repr(value))) from None
    if not isinstance(value, datetime):
        raise ServiceError(field, QT_TRANSLATE_NOOP(
            "Refusal", "must be a date and time, not {kind}").format(kind=type(value).__name__))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def choice(field: str, value: object, allowed: tuple[str, ...] | list[str], *,
           article: str | None = None) -> str:
    """Check a value against a closed list."""
    if value not in allowed:
        raise ServiceError(field, QT_TRANSLATE_NOOP("Refusal", "{value} is not one of: {allowed}").format(
            value=repr(value), allowed=tuple(allowed)), article)
    return str(value)
