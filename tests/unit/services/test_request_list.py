"""The request list pages, sorts and filters in SQL (app.services.requests.listing)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.agreements.catalogue import give_termination_notice
from app.services.requests import commands as rq
from app.services.requests import listing as rl
from app.services.requests.listing import ListFilter
from app.treaty.errors import RuleViolation
from bench.ui import fill_requests

TODAY = date(2026, 11, 20)


@pytest.fixture
def bulk_desk(desk):
    """A desk with 3,000 invented requests inserted in one executemany."""
    fill_requests(desk, 3_000, seed=3)
    return desk


def all_rows(desk, flt, key="ref", descending=False):
    rows, offset = [], 0
    while True:
        chunk = rl.page(desk, flt, key, descending, offset, 500)
        rows += chunk
        if len(chunk) < 500:
            return rows
        offset += 500


@pytest.mark.parametrize("key,attr", [
    ("ref", "ref"), ("their_ref", "their_ref"), ("partner", "partner"), ("basis", "basis"),
    ("title", "title"), ("status", "status"), ("due", "due_on"), ("officer", "officer"),
])
@pytest.mark.parametrize("descending", [False, True])
def test_list_pages_in_sql_sort_order_without_gaps_or_overlaps(bulk_desk, key, attr, descending):
    flt = ListFilter(group="incoming", today=TODAY)
    rows = all_rows(bulk_desk, flt, key, descending)
    assert len(rows) == rl.count(bulk_desk, flt)
    assert len({r.ref for r in rows}) == len(rows)
    values = [getattr(r, attr) for r in rows]
    present = [v for v in values if v is not None]
    if key == "partner":
        present = [v.casefold() for v in present]
    assert present == sorted(present, reverse=descending)


@pytest.mark.parametrize("flt_kwargs", [
    {"statuses": ("refused",)}, {"basis": "4.2(c)"}, {"agreement": "jp-mx-2017"},
    {"statuses": ("closed",), "basis": "5"}, {"flags": ("overdue",)}, {"flags": ("due-week",)},
    {"flags": ("oral-unconfirmed",)}, {"group": "spontaneous", "statuses": ("sent",)},
])
def test_filters_select_exactly_the_matching_rows(bulk_desk, flt_kwargs):
    base = ListFilter(group=flt_kwargs.get("group", "incoming"), today=TODAY)
    flt = ListFilter(**{"group": "incoming", "today": TODAY, **flt_kwargs})
    everything = all_rows(bulk_desk, base)
    expected = set()
    for r in everything:
        ok = (not flt.statuses or r.status in flt.statuses) and (not flt.basis or r.basis == flt.basis)
        ok = ok and (not flt.agreement or r.agreement_key == flt.agreement)
        if "overdue" in flt.flags:  # past its due date, or its written confirmation (Art. 7.1)
            ok = ok and (r.due_state == "overdue" or r.oral_state == "late")
        if "due-week" in flt.flags:
            ok = ok and r.due_state == "due-soon"
        if "oral-unconfirmed" in flt.flags:
            ok = ok and r.oral_state is not None
        if ok:
            expected.add(r.ref)
    got = {r.ref for r in all_rows(bulk_desk, flt, "title")}
    assert got == expected
    assert rl.count(bulk_desk, flt) == len(expected)


def test_spontaneous_group_merges_both_directions_in_order(bulk_desk):
    flt = ListFilter(group="spontaneous", today=TODAY)
    rows = all_rows(bulk_desk, flt, "due")
    assert {r.direction for r in rows} == {"spontaneous-in", "spontaneous-out"}
    dues = [r.due_on for r in rows]
    assert dues == sorted(dues)


def test_art_14_2_termination_makes_open_requests_overdue_and_marks_them(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2027-06-01"))
    flt = ListFilter(group="incoming", flags=("overdue",), today=TODAY)
    assert rl.count(desk, flt) == 0
    give_termination_notice(desk, "jp-us-1997", TODAY - timedelta(days=100))
    rows = rl.page(desk, flt)
    assert [r.ref for r in rows] == [view.our_ref]
    assert rows[0].due_state == "overdue"


def test_art_7_1_unconfirmed_oral_request_is_flagged(desk, complete_fields):
    oral = rq.register_incoming(desk, "jp-us-1997", dict(
        complete_fields, form="oral", oral_at="2026-11-16T10:00:00+00:00"))
    rq.register_incoming(desk, "jp-us-1997", complete_fields)
    rows = rl.page(desk, ListFilter(group="incoming", flags=("oral-unconfirmed",), today=TODAY))
    assert [(r.ref, r.oral_state) for r in rows] == [(oral.our_ref, "late")]
    rq.confirm_oral(desk, oral.our_ref, "2026-11-20")
    assert rl.count(desk, ListFilter(group="incoming", flags=("oral-unconfirmed",))) == 0


def test_art_7_1_overdue_filter_includes_a_late_written_confirmation(desk, complete_fields):
    # Due long after TODAY, so only its written confirmation (Art. 7.1) is late.
    oral = rq.register_incoming(desk, "jp-us-1997", dict(
        complete_fields, due_on="2027-06-01", form="oral", oral_at="2026-11-16T10:00:00+00:00"))
    rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2027-06-01"))
    flt = ListFilter(group="incoming", flags=("overdue",), today=TODAY)
    rows = rl.page(desk, flt)
    assert [(r.ref, r.oral_state) for r in rows] == [(oral.our_ref, "late")]
    assert rl.count(desk, flt) == 1
    rq.confirm_oral(desk, oral.our_ref, "2026-11-20")
    assert rl.count(desk, flt) == 0


@pytest.mark.parametrize("call,field", [
    (lambda d: rl.page(d, ListFilter(), "colour"), "sort"),
    (lambda d: rl.count(d, ListFilter(group="sideways")), "group"),
    (lambda d: rl.count(d, ListFilter(flags=("late-ish",))), "flags"),
    (lambda d: rl.count(d, ListFilter(agreement="xx-yy")), "agreement"),
    (lambda d: rl.page(d, ListFilter(), "ref", False, -1, 10), "offset"),
])
def test_bad_list_arguments_name_the_field(desk, call, field):
    with pytest.raises(RuleViolation) as err:
        call(desk)
    assert err.value.field == field
