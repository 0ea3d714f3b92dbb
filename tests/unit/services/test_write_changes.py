"""Every committed write says what it touched (``Desk.recording``): the screens re-read by it.

Kinds are table names; a row also touches what it points at (a status change its request)."""

from __future__ import annotations

import pytest

from app.services.requests import commands as rq
from app.services.surveillance import commands as sv
from app.store.changes import EVERYTHING, Changes
from app.treaty.errors import RuleViolation


def test_a_registered_request_reports_the_request_its_history_and_the_audit_entry(desk):
    with desk.recording() as record:
        view = rq.register_incoming(desk, "jp-us-1997", {"title": "Export check (invented)"})
    changes = record.changes
    assert changes.touches("request") and changes.touches("status_change")
    assert changes.touches("audit_entry")
    with desk.read() as s:
        from app.store.models import Request

        rid = s.query(Request.id).filter(Request.our_ref == view.our_ref).scalar()
    assert changes.ids("request") == {rid}
    assert not changes.touches("subject")


def test_a_transition_touches_its_request_through_the_status_change(desk):
    ref = rq.register_incoming(desk, "jp-us-1997", {"title": "Export check (invented)"}).our_ref
    with desk.recording() as record:
        rq.transition(desk, ref, "withdrawn", reason="invented")
    assert record.changes.touches("request") and len(record.changes.ids("request")) == 1


def test_a_refused_write_reports_nothing(desk):
    with desk.recording() as record, pytest.raises(RuleViolation):
        rq.register_incoming(desk, "jp-us-1997", {"title": "t" * 10_000})
    assert not record.changes


def test_recordings_nest_and_see_only_writes_made_while_open(desk):
    rq.register_incoming(desk, "jp-us-1997", {"title": "Before (invented)"})
    with desk.recording() as outer:
        with desk.recording() as inner:
            sv.add_subject(desk, {"kind": "person", "subkind": "natural", "agreement": "jp-us-1997",
                                  "names": ["EXAMPLE Person (invented)"],
                                  "period_end": "2027-03-01"})
        rq.register_incoming(desk, "jp-us-1997", {"title": "After (invented)"})
    assert inner.changes.touches("subject") and not inner.changes.touches("request")
    assert outer.changes.touches("subject") and outer.changes.touches("request")


def test_a_whole_store_write_touches_everything():
    changes = Changes.of([(EVERYTHING, None)])
    assert changes.touches("request") and changes.touches("anything at all")
    assert (Changes() | changes) == changes and not Changes()
