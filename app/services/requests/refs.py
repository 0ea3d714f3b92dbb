"""Gapless references per prefix and year (``JC-US-2026-0001``), pattern configurable.

The counter row is read and bumped inside the caller's write transaction, which began with
``BEGIN IMMEDIATE``: two processes creating requests at once are serialised by SQLite's write
lock, so no number is used twice and none is skipped (a rolled-back call gives its number back).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.services.validation import ServiceError
from app.store.models import RefCounter
from app.store.portable import locked_counter


def format_ref(pattern: str, prefix: str, year: int, seq: int) -> str:
    """Apply the reference pattern, e.g. ``{prefix}-{year}-{seq:04d}``."""
    try:
        return pattern.format(prefix=prefix, year=year, seq=seq)
    except (KeyError, ValueError, IndexError) as exc:
        raise ServiceError("ref_pattern", QT_TRANSLATE_NOOP(
                "Refusal", "{pattern} is not a valid pattern ({exc})").format(
                    pattern=repr(pattern), exc=exc)) from None


def check_pattern(pattern: str) -> str:
    """Refuse patterns that cannot make unique references."""
    if not isinstance(pattern, str):
        raise ServiceError("ref_pattern", QT_TRANSLATE_NOOP("Refusal", "must be text, e.g. {prefix}-{year}-{seq:04d}"))
    if "{seq" not in pattern:
        raise ServiceError("ref_pattern", QT_TRANSLATE_NOOP(
            "Refusal", "must contain {seq} (e.g. {prefix}-{year}-{seq:04d})"))
    format_ref(pattern, "JC-US", 2026, 1)
    return pattern


def next_ref(session: Session, pattern: str, prefix: str, year: int) -> str:
    """Take the next number for (prefix, year) and format it with ``pattern`` (the desk's
    ``ref_pattern`` setting)."""
    counter = locked_counter(session, RefCounter, prefix=prefix, year=year)
    counter.last += 1
    session.flush()
    return format_ref(pattern, prefix, year, counter.last)
