"""Saving a subject or an observation never waits for the watch-list index (Art. 4.2), as a
request save never does: the save is only the save, and the check is the caller's next step
(``similar_subjects``, ``observation_watch_hits``; the CLI runs it and prints what it printed).

The slow build is faked (``tests.watch_gate.GatedBuild``): nothing here depends on timing."""

from __future__ import annotations

import pytest

from app.services.surveillance import commands as sv
from app.services.surveillance import observations as ob
from app.services.surveillance import watch_index, watchlist
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


def test_art_4_2_saving_a_subject_never_builds_the_index_the_duplicates_check_is_its_own_step(
        desk, cold):
    view = sv.add_subject(desk, dict(LOOKALIKE))
    assert cold.calls == 0 and view.similar == ()
    assert sv.get_subject(desk, view.code).display_name == "TANAKA Sho"  # saved in full
    cold.gate.set()
    assert [h.subject for h in sv.similar_subjects(desk, view.code)] == ["S-0001"]
    assert cold.calls == 1 and watchlist.ready(desk)
    again = sv.add_subject(desk, dict(LOOKALIKE))
    assert {h.subject for h in sv.similar_subjects(desk, again.code)} == {"S-0001", view.code}
    assert cold.calls == 1  # the index was kept in step, not built again


def test_art_4_2_recording_an_observation_never_builds_the_index(desk, cold):
    vessel = sv.add_subject(desk, dict(OTHER))
    obs = ob.add_observation(desk, vessel.code, dict(SEEN))
    assert cold.calls == 0 and obs.watch_hits == ()
    assert ob.get_observation(desk, obs.id).text == SEEN["text"]  # saved in full
    cold.gate.set()
    assert [h.subject for h in ob.observation_watch_hits(desk, obs.id)] == ["S-0001"]
    assert cold.calls == 1


def test_art_4_2_fetching_the_hits_of_a_missing_observation_names_the_field(desk):
    with pytest.raises(ServiceError, match="observation"):
        ob.observation_watch_hits(desk, 999)
