"""Dates the agreement makes the desk watch, each with a sentence saying how it was computed.

Business days are counted in the country whose administration must act, using the ``holidays``
library. Weekends are skipped silently; public holidays are named in the explanation so the
officer can check the arithmetic (``... skipping Mon 2026-11-23 Labour Thanksgiving Day ...``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from app.i18n import QT_TRANSLATE_NOOP, Code, Day, Localized, Text, translate

if TYPE_CHECKING:
    import holidays

__all__ = [
    "DEFAULT_REVIEW_ARTICLE", "DEFAULT_REVIEW_YEARS", "DEFAULT_TERMINATION_ARTICLE",
    "DEFAULT_TERMINATION_MONTHS", "ComputedDate", "add_business_days", "add_months", "confirmation_state", "due_state",
    "effective_due", "explain_again", "fmt_day", "is_business_day", "oral_confirmation_due",
    "review_date", "termination_date",
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
def _calendar(country: str, lang: str = "en") -> holidays.HolidayBase | None:
    """The public holidays of ``country`` named in ``lang`` (None: the package has no such names)."""
    # Imported on the first business-day count, not at start-up (it loads every country).
    import holidays

    code = country.strip().upper()
    try:
        probe = holidays.country_holidays(code)
    except NotImplementedError:
        raise ValueError(f"country: no public-holiday calendar for {country!r}") from None
    languages = getattr(probe, "supported_languages", ())
    # English names by default, so that explanations read the same in every country (the
    # package's default for JP is Japanese and for MX Spanish); the window asks for its own.
    wanted = ("en_GB", "en_US") if lang == "en" else (lang, f"{lang}_MX")
    for choice in wanted:
        if choice in languages:
            return holidays.country_holidays(code, language=choice)
    return probe if lang == "en" else None


def _holiday_name(country: str, d: date) -> str | None:
    calendar_ = _calendar(country)
    assert calendar_ is not None  # English names always exist (the package's default at worst)
    name = calendar_.get(d)
    if name is None:
        return None
    return _OFFICIAL_ENGLISH.get(country.upper(), {}).get(name, name)


#: The languages a holiday's name is also given in (the window's languages).
_HOLIDAY_LANGUAGES = ("ja", "es")


def _holiday(country: str, d: date, english: str) -> Localized:
    """A holiday's name in English and in the window's other languages (勤労感謝の日)."""
    words = {}
    for lang in _HOLIDAY_LANGUAGES:
        named = _calendar(country, lang)
        name = named.get(d) if named is not None else None
        if name and name != english:
            words[lang] = name
    return Localized(english, words)


#: Countries named in explanations: the code in English ("in JP"), the name in the window.
COUNTRY_WORDS: dict[str, Text] = {
    "JP": QT_TRANSLATE_NOOP("Country", "JP"),
    "US": QT_TRANSLATE_NOOP("Country", "US"),
    "MX": QT_TRANSLATE_NOOP("Country", "MX"),
}

_COUNT = {
    ("received", False): translate(
        "Clock", "received {start}; +%n business day(s) in {country} → {end}", None, 0),
    ("received", True): translate(
        "Clock", "received {start}; +%n business day(s) in {country}, skipping {skipped} → {end}", None, 0),
    ("from", False): translate(
        "Clock", "from {start}; +%n business day(s) in {country} → {end}", None, 0),
    ("from", True): translate(
        "Clock", "from {start}; +%n business day(s) in {country}, skipping {skipped} → {end}", None, 0),
}
_SKIPPED = QT_TRANSLATE_NOOP("Clock", "{day} {holiday}")
_CLAMPED = QT_TRANSLATE_NOOP("Clock", " (clamped to the end of the month)")
_DESK_POLICY = QT_TRANSLATE_NOOP("Clock", "{how} (desk policy)")


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
    skipped: list[Text] = []
    current, left = start, n
    while left:
        current += timedelta(days=1)
        if current.weekday() >= 5:
            continue
        name = _holiday_name(country_code, current)
        if name is not None:
            skipped.append(_SKIPPED.format(day=Day.of(current),
                                           holiday=_holiday(country_code, current, name)))
            continue
        left -= 1
    pattern = _COUNT.get((label, bool(skipped)))
    if pattern is None:  # a caller's own label: English only
        unit = "business day" if n == 1 else "business days"
        skipping = f", skipping {', '.join(skipped)}" if skipped else ""
        return ComputedDate(current, f"{label} {fmt_day(start)}; +{n} {unit} in {country_code}"
                                     f"{skipping} → {fmt_day(current)}")
    text = pattern.format(n=n, start=Day.of(start), end=Day.of(current), skipped=tuple(skipped),
                          country=COUNTRY_WORDS.get(country_code, country_code))
    return ComputedDate(current, text)


def desk_policy(explanation: str) -> str:
    """A due date the desk's own policy set: ``"<explanation> (desk policy)"``."""
    return _DESK_POLICY.format(how=explanation)


_STORED = re.compile(r"^(received|from) \w{3} (\d{4}-\d\d-\d\d); \+(\d+) business days? in ([A-Z]{2})"
                     r"(?:, skipping .*)? → \w{3} \d{4}-\d\d-\d\d( \(desk policy\))?$")


def explain_again(stored: str | None) -> str | None:
    """A stored explanation of a business-day count (``request.due_explanation``, written in
    English when the date was set) as a :class:`~app.i18n.Text` the window can word in its
    language: the count is done again from the dates it names, and used only if it gives the
    very same sentence. Anything else comes back as stored."""
    if not stored:
        return stored
    m = _STORED.match(stored)
    if m is None:
        return stored
    label, start, days, country, policy = m.groups()
    try:
        again = add_business_days(date.fromisoformat(start), int(days), country, label=label)
    except ValueError:
        return stored
    text = desk_policy(again.explanation) if policy else again.explanation
    return text if text == stored else stored


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


def termination_date(notice_on: date, *, months: int = DEFAULT_TERMINATION_MONTHS,
                     article: str = DEFAULT_TERMINATION_ARTICLE) -> ComputedDate:
    """Date a termination takes effect: ``months`` calendar months after written notice.

    The defaults are the Japan–US agreement's three months (Art. 14.2); other agreements pass
    their own period and article (``AgreementSpec.termination_months`` / ``termination_article``).
    """
    value, clamped = add_months(notice_on, months)
    return ComputedDate(value, translate(
        "Clock", "notice of termination given {notice}; +%n calendar month(s) (Art. {article}) → "
                 "{end}{note}", None, 0).format(n=months, notice=Day.of(notice_on), end=Day.of(value),
                                       article=Code(article, "article"),
                                       note=_CLAMPED if clamped else ""))


def review_date(in_force_on: date, *, years: int = DEFAULT_REVIEW_YEARS,
                article: str = DEFAULT_REVIEW_ARTICLE) -> ComputedDate:
    """Date of the review ``years`` after entry into force (Japan–US: five years, Art. 14.3)."""
    value, clamped = add_months(in_force_on, 12 * years)
    return ComputedDate(value, translate(
        "Clock", "in force {start}; +%n year(s) (Art. {article}) → {end}{note}", None, 0).format(
        n=years, start=Day.of(in_force_on), end=Day.of(value), article=Code(article, "article"),
        note=_CLAMPED if clamped else ""))


def effective_due(due: date | None, termination: date | None, *,
                  article: str = DEFAULT_TERMINATION_ARTICLE) -> ComputedDate | None:
    """The date that really binds: the due date, unless termination of the agreement comes first.

    Japan–US Art. 14.2: ongoing assistance must be completed by the date of termination;
    ``article`` is where the agreement at hand says so (``AgreementSpec.termination_article``).
    """
    if termination is None:
        return None if due is None else ComputedDate(due, due_on(due))
    cited = Code(article, "article")
    if due is None:
        return ComputedDate(termination, QT_TRANSLATE_NOOP(
            "Clock", "no due date set; termination of the agreement on {end} is the deadline "
                     "(Art. {article})").format(end=Day.of(termination), article=cited))
    if termination < due:
        return ComputedDate(termination, QT_TRANSLATE_NOOP(
            "Clock", "due {due}; capped by termination of the agreement on {end} (Art. {article})"
        ).format(due=Day.of(due), end=Day.of(termination), article=cited))
    return ComputedDate(due, QT_TRANSLATE_NOOP(
        "Clock", "due {due} (before termination of the agreement on {end})").format(
        due=Day.of(due), end=Day.of(termination)))


def due_on(day: date) -> Text:
    """``due Fri 2026-11-20``."""
    return QT_TRANSLATE_NOOP("Clock", "due {due}").format(due=Day.of(day))


DueState = Literal["overdue", "due-soon", "ok"]


def due_state(due: date, today: date, soon_days: int = 7) -> DueState:
    """``overdue`` after the due date, ``due-soon`` within ``soon_days`` of it, else ``ok``."""
    if today > due:
        return "overdue"
    if (due - today).days <= soon_days:
        return "due-soon"
    return "ok"
