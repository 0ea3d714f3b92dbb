"""The surveillance log (Art. 4.2): observations, attachments, report back."""

from __future__ import annotations

import hashlib

import pytest

from app.services.surveillance import commands as sv
from app.services.surveillance import observations as ob
from app.services.validation import NotFound, ServiceError
from app.store.models import Observation


def _observe(desk, code, **over):
    fields = {"observed_at": "2026-11-20T08:15", "place": "Yokohama", "locode": "jpyok",
              "event": "arrived", "source": "port control (invented)",
              "text": "Disembarked from a passenger ferry (invented example)"}
    fields.update(over)
    return ob.add_observation(desk, code, fields)


def test_art_4_2_observation_is_logged_against_the_request_that_asked_for_surveillance(
        desk, person, surveillance_request):
    obs = _observe(desk, person.code)
    assert obs.where == "Yokohama (JPYOK)" and obs.request_ref == surveillance_request
    view = sv.get_subject(desk, person.code)
    assert [o.id for o in view.observations] == [obs.id]
    assert view.last_observation_at == obs.observed_at


def test_art_4_2_observation_before_the_request_is_refused_with_the_reason(desk, person):
    with pytest.raises(ServiceError) as err:
        _observe(desk, person.code, observed_at="2026-11-19T23:00")
    assert str(err.value).startswith(
        "observed_at: 2026-11-19 is before request JC-US-2026-0001 (2026-11-20)")
    with desk.read() as s:
        assert s.query(Observation).count() == 0


def test_art_4_2_observation_in_the_future_is_refused(desk, person):
    with pytest.raises(ServiceError, match="observed_at: .* is in the future"):
        _observe(desk, person.code, observed_at="2026-11-21T08:00")


def test_art_4_2_observation_event_is_from_the_closed_list(desk, person):
    with pytest.raises(ServiceError, match="event: 'teleported' is not one of"):
        _observe(desk, person.code, event="teleported")


def test_art_4_2_observation_after_the_period_is_kept_with_a_warning(desk):
    view = sv.add_subject(desk, {"kind": "person", "names": ["Long Gone"],
                                 "agreement": "jp-us-1997", "period_start": "2026-10-01",
                                 "period_end": "2026-11-19"})
    obs = _observe(desk, view.code)
    assert obs.warnings == ("observed after the surveillance period ended (2026-11-19)",)


def test_art_4_2_observation_naming_another_subject_raises_a_hit(desk, person):
    other = sv.add_subject(desk, {"kind": "transport", "subkind": "vessel",
                                  "names": ["OCEAN EXAMPLE"], "agreement": "jp-us-1997",
                                  "period_end": "2027-01-01"})
    obs = _observe(desk, person.code, text="Boarded the vessel; OCEAN EXAMPLE, berth 4")
    assert [h.subject for h in ob.observation_watch_hits(desk, obs.id)] == [other.code]


def test_attachments_are_hashed_and_a_second_upload_is_a_new_version(desk, person):
    obs = _observe(desk, person.code)
    first = ob.attach_file(desk, person.code, "C:\\photos\\pier.jpg", b"\xff\xd8one",
                           observation_id=obs.id)
    second = ob.attach_file(desk, person.code, "pier.jpg", b"\xff\xd8two", observation_id=obs.id)
    assert (first.version, second.version) == (1, 2)
    assert first.filename == "pier.jpg" and first.mime == "image/jpeg"
    assert first.sha256 == hashlib.sha256(b"\xff\xd8one").hexdigest()
    again = ob.get_observation(desk, obs.id)
    assert [(a.version, a.sha256) for a in again.attachments] == [
        (1, first.sha256), (2, second.sha256)]


def test_empty_attachment_is_refused(desk, person):
    with pytest.raises(ServiceError, match="content: scan.pdf is empty"):
        ob.attach_file(desk, person.code, "scan.pdf", b"")


def test_attachment_to_another_subjects_observation_is_refused(desk, person):
    obs = _observe(desk, person.code)
    other = sv.add_subject(desk, {"kind": "person", "names": ["Other Person"],
                                  "agreement": "jp-us-1997", "period_end": "2027-01-01"})
    with pytest.raises(NotFound, match=f"observation: no observation {obs.id} of {other.code}"):
        ob.attach_file(desk, other.code, "x.jpg", b"x", observation_id=obs.id)


def test_art_4_2_report_back_drafts_information_provided_to_the_requesting_side(
        desk, person, surveillance_request):
    first = _observe(desk, person.code, observed_at="2026-11-20T09:00", event="departed",
                     text=None)
    second = _observe(desk, person.code)
    info = ob.report_back(desk, person.code, [first.id, second.id])
    assert info.direction == "provided" and info.request_ref == surveillance_request
    assert info.title == "Surveillance report: 田中 翔 (S-0001)"
    assert info.summary.splitlines() == [
        "Special surveillance (Art. 4.2) of 田中 翔 (S-0001): 2 observation(s).",
        "- 2026-11-20 08:15 UTC at Yokohama (JPYOK): arrived. Disembarked from a passenger "
        "ferry (invented example) (Source: port control (invented).)",
        "- 2026-11-20 09:00 UTC at Yokohama (JPYOK): departed. (Source: port control (invented).)",
    ]


def test_art_4_2_report_back_needs_at_least_one_observation(desk, person):
    with pytest.raises(ServiceError, match="observations: choose at least one"):
        ob.report_back(desk, person.code, [])
