"""Deadlines run on the officer's calendar days: "today", and the day an oral request was made,
are the days where the officer works (this machine's time zone), not the UTC date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.services.requests import commands as rq
from app.treaty.clocks import local_date
from app.treaty.errors import RuleViolation


def test_today_is_the_officers_day_in_tokyo_before_9am(desk, time_zone):
    time_zone("Asia/Tokyo")
    desk.clock = lambda: datetime(2026, 11, 19, 23, 30, tzinfo=UTC)  # 08:30 on the 20th
    assert str(desk.today()) == "2026-11-20"


def test_today_is_the_officers_day_in_washington_in_the_evening(desk, time_zone):
    time_zone("America/New_York")
    desk.clock = lambda: datetime(2026, 11, 21, 2, 0, tzinfo=UTC)  # 21:00 on the 20th
    assert str(desk.today()) == "2026-11-20"


def test_naive_moment_is_taken_as_utc(time_zone):
    time_zone("Asia/Tokyo")
    assert str(local_date(datetime(2026, 11, 19, 23, 30))) == "2026-11-20"


def test_art_7_1_oral_request_made_at_0830_tokyo_counts_from_that_tokyo_day(desk, complete_fields, time_zone):
    """Taken at 08:30 on Fri 2026-11-20 in Tokyo (23:30 UTC on Thursday): Japan confirms an
    outgoing oral request within two Japanese business days of Friday, skipping the weekend and
    Labour Thanksgiving Day (Mon 2026-11-23): Wed 2026-11-25. Counted from the UTC Thursday it
    would wrongly be Tue 2026-11-24."""
    time_zone("Asia/Tokyo")
    out = rq.draft_outgoing(desk, "jp-us-1997", dict(
        complete_fields, form="oral", oral_at="2026-11-19T23:30:00+00:00"))
    assert str(out.confirmation_due_on) == "2026-11-25"
    assert "2026-11-20" in out.confirmation_due_explanation


def test_art_7_1_confirmation_dated_the_day_before_the_tokyo_oral_request_is_refused(
        desk, complete_fields, time_zone):
    """Made at 08:30 on the 20th in Tokyo: a confirmation dated the 19th is before it (in UTC
    the request was still on the 19th, which let such a date through)."""
    time_zone("Asia/Tokyo")
    view = rq.register_incoming(desk, "jp-us-1997", dict(
        complete_fields, form="oral", oral_at="2026-11-19T23:30:00+00:00"))
    with pytest.raises(RuleViolation) as err:
        rq.confirm_oral(desk, view.our_ref, "2026-11-19")
    assert err.value.field == "confirmed_on" and err.value.article == "7.1"
    assert str(rq.confirm_oral(desk, view.our_ref, "2026-11-20").confirmed_on) == "2026-11-20"
