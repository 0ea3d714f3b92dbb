"""Business-day clocks (Art. 7.1), termination and review dates (Art. 14), due states."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.treaty.clocks import (
    add_business_days,
    confirmation_state,
    due_state,
    effective_due,
    is_business_day,
    oral_confirmation_due,
    review_date,
    termination_date,
)
from app.treaty.termination import open_request_deadline


def test_art_7_1_oral_confirmation_skips_jp_holiday():
    due = oral_confirmation_due(date(2026, 11, 20), "JP")
    assert due.value == date(2026, 11, 25)
    assert due.explanation == ("received Fri 2026-11-20; +2 business days in JP, skipping "
                               "Mon 2026-11-23 Labour Thanksgiving Day → Wed 2026-11-25")


def test_art_7_1_oral_confirmation_skips_us_thanksgiving():
    due = oral_confirmation_due(date(2026, 11, 25), "US", days=1)
    assert due.value == date(2026, 11, 27)
    assert due.explanation == ("received Wed 2026-11-25; +1 business day in US, skipping "
                               "Thu 2026-11-26 Thanksgiving Day → Fri 2026-11-27")


def test_business_days_skip_mx_independence_day_named_in_english():
    due = add_business_days(date(2026, 9, 15), 1, "MX")
    assert due.value == date(2026, 9, 17)
    assert "skipping Wed 2026-09-16 Independence Day" in due.explanation


def test_business_days_skip_jp_golden_week_including_substitute_holiday():
    due = add_business_days(date(2026, 4, 28), 5, "jp")
    assert due.value == date(2026, 5, 11)
    assert due.explanation.count("skipping") == 1
    for day in ("Wed 2026-04-29 Showa Day", "Mon 2026-05-04 Greenery Day",
                "Tue 2026-05-05 Children's Day", "Wed 2026-05-06 Substitute Holiday"):
        assert day in due.explanation


def test_business_days_skip_weekends_silently():
    due = add_business_days(date(2026, 11, 13), 1, "JP")
    assert due == due.__class__(date(2026, 11, 16),
                                "from Fri 2026-11-13; +1 business day in JP → Mon 2026-11-16")


def test_zero_business_days_is_the_start_day():
    assert add_business_days(date(2026, 11, 21), 0, "US").value == date(2026, 11, 21)


def test_negative_days_and_unknown_country_are_named_errors():
    with pytest.raises(ValueError, match="^days: "):
        add_business_days(date(2026, 1, 5), -1, "JP")
    with pytest.raises(ValueError, match="^country: no public-holiday calendar for 'ZZ'"):
        add_business_days(date(2026, 1, 5), 1, "ZZ")


@settings(max_examples=200, deadline=None)
@given(start=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
       n=st.integers(min_value=1, max_value=30), country=st.sampled_from(["JP", "US", "MX"]))
def test_business_day_result_is_never_weekend_or_holiday(start, n, country):
    result = add_business_days(start, n, country).value
    calendar = holidays.country_holidays(country)
    assert result.weekday() < 5 and result not in calendar
    counted = sum(1 for i in range(1, (result - start).days + 1)
                  if is_business_day(start + timedelta(days=i), country))
    assert counted == n


@pytest.mark.parametrize("confirmed_on, today, expected", [
    (date(2026, 11, 24), date(2026, 11, 30), "confirmed"),
    (date(2026, 11, 25), date(2026, 11, 30), "confirmed"),
    (date(2026, 11, 26), date(2026, 11, 30), "confirmed-late"),
    (None, date(2026, 11, 25), "pending"),
    (None, date(2026, 11, 26), "late"),
])
def test_art_7_1_written_confirmation_state(confirmed_on, today, expected):
    assert confirmation_state(date(2026, 11, 25), confirmed_on, today) == expected


def test_art_14_2_termination_is_three_months_after_notice():
    end = termination_date(date(2026, 3, 15))
    assert end.value == date(2026, 6, 15)
    assert end.explanation == ("notice of termination given Sun 2026-03-15; +3 calendar months "
                               "(Art. 14.2) → Mon 2026-06-15")


def test_art_14_2_termination_clamps_to_month_end():
    end = termination_date(date(2026, 11, 30))
    assert end.value == date(2027, 2, 28)
    assert end.explanation.endswith("(clamped to the end of the month)")
    assert termination_date(date(2027, 10, 15)).value == date(2028, 1, 15)


def test_art_14_3_review_is_five_years_after_entry_into_force():
    assert review_date(date(1997, 6, 17)).value == date(2002, 6, 17)
    assert "(Art. 14.3)" in review_date(date(1997, 6, 17)).explanation
    assert review_date(date(2024, 2, 29)).value == date(2029, 2, 28)


def test_art_14_2_termination_caps_a_later_due_date():
    capped = effective_due(date(2026, 8, 1), date(2026, 7, 1))
    assert capped.value == date(2026, 7, 1)
    assert capped.explanation == ("due Sat 2026-08-01; capped by termination of the agreement on "
                                  "Wed 2026-07-01 (Art. 14.2)")
    assert effective_due(date(2026, 6, 1), date(2026, 7, 1)).value == date(2026, 6, 1)
    assert effective_due(None, date(2026, 7, 1)).value == date(2026, 7, 1)
    assert effective_due(date(2026, 6, 1), None).value == date(2026, 6, 1)
    assert effective_due(None, None) is None


def test_art_14_2_open_requests_must_finish_by_termination():
    assert open_request_deadline(None) is None
    deadline = open_request_deadline(date(2026, 1, 10))
    assert deadline.value == date(2026, 4, 10) and "Art. 14.2" in deadline.explanation


@pytest.mark.parametrize("today, expected", [
    (date(2026, 12, 2), "overdue"), (date(2026, 12, 1), "due-soon"),
    (date(2026, 11, 24), "due-soon"), (date(2026, 11, 23), "ok"),
])
def test_due_state_overdue_soon_ok(today, expected):
    assert due_state(date(2026, 12, 1), today) == expected
