"""Saving a subject or an observation can decline to wait for the watch-list index (Art. 4.2), as
a request save can: ``watch="if-ready"`` saves in full and marks the check pending; the check is
fetched later (``similar_subjects``, ``observation_watch_hits``). The CLI's way (the default)
still waits and prints what it printed.

The slow build is faked (``tests.watch_gate.GatedBuild``): nothing here depends on timing."""

from __future__ import annotations

import pytest

from app.services.surveillance import observations as ob
from app.services.surveillance import commands as sv
from app.services.surveillance import watch_index
from app.services.surveillance import watchlist
from app.services.validation import ServiceError
from tests.watch_gate import GatedBuild

PERSON = {"kind": "person", "subkind": "natural", "agreement": "jp-us-1997",
          "names": ["田中 翔", {"name": "TANAKA Sho", "alias": True}], "period_end": "2027-03-01"}
LOOKALIKE = {"kind": "person", "subkind": "natural", "agreement": "jp-us-1997",
             "names": ["TANAKA Sho"], "period_end": "2027-03-01"}
OTHER = {"kind": "transport", "subkind": "vessel", "agreement": "jp-us-1997",
         "names": ["MV Invented Star"], "period_end": "2027-03-01"}
SEEN = {"observed_at": "2026-11-20T08:00", "event": "other",
        "text": "Crew list names TANAKA Sho (invented)"}


@pytest.fixture
def cold(desk, monkeypatch):
    """S-0001 (invented) under surveillance, the index not built, the build gated."""
    sv.add_subject(desk, dict(PERSON))
    watchlist.forget(desk)
    gated = GatedBuild(watch_index.build)
    monkeypatch.setattr(watch_index, "build", gated)
    yield gated
    gated.gate.set()


def test_art_4_2_saving_a_subject_if_ready_does_not_build_the_index_and_marks_the_check_pending(
        desk, cold):
    view = sv.add_subject(desk, dict(LOOKALIKE), watch="if-ready")
    assert cold.calls == 0
    assert view.similar_pending and view.similar == ()
    assert view.to_dict()["similar_pending"] is True
    assert sv.get_subject(desk, view.code).display_name == "TANAKA Sho"  # saved in full
    cold.gate.set()
    assert [h.subject for h in sv.similar_subjects(desk, view.code)] == ["S-0001"]
    assert cold.calls == 1 and watchlist.ready(desk)
    # Ready now: the next save carries its check at once.
    again = sv.add_subject(desk, dict(LOOKALIKE), watch="if-ready")
    assert not again.similar_pending
    assert {h.subject for h in again.similar} == {"S-0001", view.code}


def test_art_4_2_the_cli_way_of_saving_a_subject_still_waits_and_prints_as_before(desk, cold):
    cold.gate.set()
    view = sv.add_subject(desk, dict(LOOKALIKE))
    assert [h.subject for h in view.similar] == ["S-0001"] and not view.similar_pending
    assert "similar_pending" not in view.to_dict()


def test_art_4_2_recording_an_observation_if_ready_does_not_build_the_index(desk, cold):
    vessel = sv.add_subject(desk, dict(OTHER), watch="if-ready")
    obs = ob.add_observation(desk, vessel.code, dict(SEEN), watch="if-ready")
    assert cold.calls == 0
    assert obs.watch_hits_pending and obs.watch_hits == ()
    assert obs.to_dict()["watch_hits_pending"] is True
    assert ob.get_observation(desk, obs.id).text == SEEN["text"]  # saved in full
    cold.gate.set()
    assert [h.subject for h in ob.observation_watch_hits(desk, obs.id)] == ["S-0001"]
    assert cold.calls == 1


def test_art_4_2_the_cli_way_of_recording_an_observation_still_waits_for_its_hits(desk, cold):
    cold.gate.set()
    vessel = sv.add_subject(desk, dict(OTHER))
    obs = ob.add_observation(desk, vessel.code, dict(SEEN))
    assert [h.subject for h in obs.watch_hits] == ["S-0001"] and not obs.watch_hits_pending
    assert "watch_hits_pending" not in obs.to_dict()


def test_art_4_2_an_observation_naming_nobody_is_never_pending(desk, cold):
    vessel = sv.add_subject(desk, dict(OTHER), watch="if-ready")
    obs = ob.add_observation(desk, vessel.code, {"observed_at": "2026-11-20T08:00",
                                                 "event": "other"}, watch="if-ready")
    assert not obs.watch_hits_pending and obs.watch_hits == () and cold.calls == 0


def test_art_4_2_an_unknown_watch_mode_is_refused_before_a_subject_or_observation_is_saved(desk):
    with pytest.raises(ServiceError, match="watch"):
        sv.add_subject(desk, dict(PERSON), watch="later")
    assert sv.list_subjects(desk) == []
    vessel = sv.add_subject(desk, dict(OTHER))
    with pytest.raises(ServiceError, match="watch"):
        ob.add_observation(desk, vessel.code, dict(SEEN), watch="later")
    assert sv.get_subject(desk, vessel.code).observation_count == 0


def test_art_4_2_fetching_the_hits_of_a_missing_observation_names_the_field(desk):
    with pytest.raises(ServiceError, match="observation"):
        ob.observation_watch_hits(desk, 999)
