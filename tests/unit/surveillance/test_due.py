"""Surveillance clocks in Due & overdue (Art. 4.2): periods ending, lapsed, reviews."""

from __future__ import annotations

from app.services.due import due_items
from app.services.surveillance import commands as sv


def _add(desk, name, **dates):
    return sv.add_subject(desk, {"kind": "person", "names": [name], "agreement": "jp-us-1997",
                                 "period_start": "2026-10-01", **dates})


def _mine(desk):
    return [(i.kind, i.key, i.state) for i in due_items(desk) if i.kind.startswith("surveillance")]


def test_art_4_2_surveillance_ending_soon_is_due_and_lapsed_is_overdue(desk):
    soon = _add(desk, "Soon Ending", period_end="2026-11-25")
    gone = _add(desk, "Long Gone", period_end="2026-11-19")
    _add(desk, "Far Away", period_end="2027-06-01")
    assert sorted(_mine(desk)) == sorted([
        ("surveillance-end", soon.code, "due-soon"),
        ("surveillance-end", gone.code, "overdue"),
    ])
    lapsed = next(i for i in due_items(desk) if i.key == gone.code)
    assert "lapsed: lift it, or extend it with a new request" in lapsed.label
    assert "Thu 2026-11-19" in lapsed.explanation


def test_art_4_2_review_date_comes_up_in_due_and_lifted_subjects_leave_the_list(desk):
    view = _add(desk, "Under Review", period_end="2027-06-01", review_on="2026-11-23")
    assert _mine(desk) == [("surveillance-review", view.code, "due-soon")]
    sv.lift_subject(desk, view.code, "no longer needed (invented)")
    assert _mine(desk) == []
