"""Due & overdue: every clock with the sentence explaining its date (app.services.due)."""

from __future__ import annotations

from datetime import date

from app.services import due
from app.services.agreements.catalogue import give_termination_notice
from app.services.requests import commands as rq


def test_incoming_request_due_date_is_listed_with_its_business_day_explanation(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-24"))
    items = [i for i in due.due_items(desk) if i.kind == "request"]
    assert [(i.key, i.due_on, i.state) for i in items] == [(view.our_ref, date(2026, 11, 24), "due-soon")]
    assert "set by Officer Test" in items[0].explanation


def test_art_7_1_late_oral_confirmation_is_overdue_and_says_how_computed(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(
        complete_fields, form="oral", oral_at="2026-11-16T10:00:00+00:00"))
    item = next(i for i in due.due_items(desk) if i.kind == "oral-confirmation")
    assert item.key == view.our_ref and item.state == "overdue"
    assert "business days" in item.explanation and "7.1" in item.label


def test_art_14_2_termination_is_a_clock_and_caps_request_due_dates(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2027-06-01"))
    give_termination_notice(desk, "jp-us-1997", "2026-08-25")
    items = due.due_items(desk)
    term = next(i for i in items if i.kind == "termination")
    assert term.due_on == date(2026, 11, 25) and "14.2" in term.explanation
    req = next(i for i in items if i.kind == "request")
    assert req.key == view.our_ref and req.due_on == date(2026, 11, 25)
    assert "capped by termination" in req.explanation


def test_closed_requests_have_no_clock(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-19"))
    assert any(i.key == view.our_ref for i in due.due_items(desk))
    rq.transition(desk, view.our_ref, "withdrawn", reason="withdrawn by the partner")
    assert not any(i.key == view.our_ref for i in due.due_items(desk))
