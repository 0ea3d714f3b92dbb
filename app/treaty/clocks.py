"""Dates the agreement makes the desk watch, each with a sentence saying how it was computed.

Business days are counted in the country whose administration must act, using the ``holidays``
library. Weekends are skipped silently; public holidays are named in the explanation so the
officer can check the arithmetic (``... skipping Mon 2026-11-23 Labour Thanksgiving Day ...``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import holidays

__all__ = [
    "DEFAULT_REVIEW_ARTICLE", "DEFAULT_REVIEW_YEARS", "DEFAULT_TERMINATION_ARTICLE",
    "DEFAULT_TERMINATION_MONTHS", "ComputedDate", "add_business_days", "add_months", "confirmation_state", "due_state",
    "effective_due", "fmt_day", "is_business_day", "oral_confirmation_due", "review_date",
    "termination_date",
]

# Japan's Cabinet Office publishes the official English names of national holidays in British
# spelling; the ``holidays`` package only ships US English for Japan.
_OFFICIAL_ENGLISH = {"JP": {"Labor Thanksgiving Day": "Labour Thanksgiving Day"}}


# Fixed English abbreviations: ``calendar.day_abbr`` follows the process locale, and these
# explanations are stored and compared as text.
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class ComputedDate:
    """A computed calendar date and a one-line human explanation of how it was reached."""

    value: date
    explanation: str


def local_date(moment: datetime) -> date:
    """The calendar day it is, at ``moment``, where the officer works (this machine's time zone).

    Instants are kept in UTC, but deadlines run on calendar days: a request taken at 08:30 in Tokyo
    was received that Tokyo day, although it is still the day before in UTC. A naive ``moment`` is
    taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def fmt_day(d: date) -> str:
    """``Fri 2026-11-20``: weekday plus ISO date, the form used in every explanation."""
    return f"{_WEEKDAYS[d.weekday()]} {d.isoformat()}"


@lru_cache(maxsize=64)
def _calendar(country: str) -> holidays.HolidayBase:
    # Imported on the first business-day count, not at start-up (it loads every country).
    import holidays

    code = country.strip().upper()
    try:
        probe = holidays.country_holidays(code)
    except NotImplementedError:
        raise ValueError(f"country: no public-holiday calendar for {country!r}") from None
    languages = getattr(probe, "supported_languages", ())
    # English names so that explanations read the same in every country; the default for JP is
    # Japanese and for MX Spanish.
    for lang in ("en_GB", "en_US"):
        if lang in languages:
            return holidays.country_holidays(code, language=lang)
    return probe


def _holiday_name(country: str, d: date) -> str | None:
    name = _calendar(country).get(d)
    if name is None:
        return None
    return _OFFICIAL_ENGLISH.get(country.upper(), {}).get(name, name)


def is_business_day(d: date, country: str) -> bool:
    """Whether ``d`` is neither a weekend nor a public holiday in ``country``."""
    return d.weekday() < 5 and _holiday_name(country, d) is None


def add_business_days(start: date, n: int, country: str, *, label: str = "from") -> ComputedDate:
    """``start`` plus ``n`` business days in ``country`` ("JP", "US", "MX", ...).

    Counting starts the day after ``start``; ``n = 0`` returns ``start`` itself. The explanation
    names every weekday holiday skipped, e.g. ``"received Fri 2026-11-20; +2 business days in JP,
    skipping Mon 2026-11-23 Labour Thanksgiving Day → Wed 2026-11-25"`` (``label="received"``).
    """
    if not isinstance(n, int) or n < 0:
        raise ValueError(f"days: must be a whole number of days, 0 or more (got {n!r})")
    country_code = country.strip().upper()
    _calendar(country_code)  # fail early on an unknown country
    skipped: list[str] = []
    current, left = start, n
    while left:
        current += timedelta(days=1)
        if current.weekday() >= 5:
            continue
        name = _holiday_name(country_code, current)
        if name is not None:
            skipped.append(f"{fmt_day(current)} {name}")
            continue
        left -= 1
    unit = "business day" if n == 1 else "business days"
    skipping = f", skipping {', '.join(skipped)}" if skipped else ""
    text = f"{label} {fmt_day(start)}; +{n} {unit} in {country_code}{skipping} → {fmt_day(current)}"
    return ComputedDate(current, text)


def oral_confirmation_due(received: date, country: str, days: int = 2) -> ComputedDate:
    """When an urgent oral request should be confirmed in writing (Art. 7.1 "promptly").

    The agreement gives no number of days; ``days`` is the desk's working reading of "promptly",
    counted in business days of ``country``.
    """
    return add_business_days(received, days, country, label="received")


ConfirmationState = Literal["confirmed", "confirmed-late", "pending", "late"]


def confirmation_state(due: date, confirmed_on: date | None, today: date) -> ConfirmationState:
    """State of the written confirmation of an oral request (Art. 7.1)."""
    if confirmed_on is not None:
        return "confirmed" if confirmed_on <= due else "confirmed-late"
    return "late" if today > due else "pending"


def add_months(d: date, months: int) -> tuple[date, bool]:
    """``d`` plus whole calendar months, clamped to the month end; also says if it clamped."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last)), d.day > last


#: The model agreement's clauses (Japan–US 1997), used where a catalogue states no other:
#: termination three months after written notice (Art. 14.2), review after five years (Art. 14.3).
DEFAULT_TERMINATION_MONTHS = 3
DEFAULT_TERMINATION_ARTICLE = "14.2"
DEFAULT_REVIEW_YEARS = 5
DEFAULT_REVIEW_ARTICLE = "14.3"


def _period(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def termination_date(notice_on: date, *, months: int = DEFAULT_TERMINATION_MONTHS,
                     article: str = DEFAULT_TERMINATION_ARTICLE) -> ComputedDate:
    """Date a termination takes effect: ``months`` calendar months after written notice.

    The defaults are the Japan–US agreement's three months (Art. 14.2); other agreements pass
    their own period and article (``AgreementSpec.termination_months`` / ``termination_article``).
    """
    value, clamped = add_months(notice_on, months)
    note = " (clamped to the end of the month)" if clamped else ""
    return ComputedDate(value, f"notice of termination given {fmt_day(notice_on)}; "
                               f"+{_period(months, 'calendar month')} (Art. {article}) → "
                               f"{fmt_day(value)}{note}")


def review_date(in_force_on: date, *, years: int = DEFAULT_REVIEW_YEARS,
                article: str = DEFAULT_REVIEW_ARTICLE) -> ComputedDate:
    """Date of the review ``years`` after entry into force (Japan–US: five years, Art. 14.3)."""
    value, clamped = add_months(in_force_on, 12 * years)
    note = " (clamped to the end of the month)" if clamped else ""
    return ComputedDate(value, f"in force {fmt_day(in_force_on)}; +{_period(years, 'year')} "
                               f"(Art. {article}) → {fmt_day(value)}{note}")


def effective_due(due: date | None, termination: date | None, *,
                  article: str = DEFAULT_TERMINATION_ARTICLE) -> ComputedDate | None:
    """The date that really binds: the due date, unless termination of the agreement comes first.

    Japan–US Art. 14.2: ongoing assistance must be completed by the date of termination;
    ``article`` is where the agreement at hand says so (``AgreementSpec.termination_article``).
    """
    if termination is None:
        return None if due is None else ComputedDate(due, f"due {fmt_day(due)}")
    if due is None:
        return ComputedDate(termination, f"no due date set; termination of the agreement on "
                                         f"{fmt_day(termination)} is the deadline (Art. {article})")
    if termination < due:
        return ComputedDate(termination, f"due {fmt_day(due)}; capped by termination of the "
                                         f"agreement on {fmt_day(termination)} (Art. {article})")
    return ComputedDate(due, f"due {fmt_day(due)} (before termination of the agreement on "
                             f"{fmt_day(termination)})")


DueState = Literal["overdue", "due-soon", "ok"]


def due_state(due: date, today: date, soon_days: int = 7) -> DueState:
    """``overdue`` after the due date, ``due-soon`` within ``soon_days`` of it, else ``ok``."""
    if today > due:
        return "overdue"
    if (due - today).days <= soon_days:
        return "due-soon"
    return "ok"
