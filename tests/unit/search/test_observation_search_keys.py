"""Search keys of observations and their documents tell every entry of a subject's log apart:
two entries within one second (a camera's burst, an import keeping fractions of a second) get
two keys, so an exported hit names one observation, not two."""

from __future__ import annotations

from datetime import UTC, datetime

from app.services.search.queries import search
from app.store.models import Observation, Subject


def _subject_with_burst(desk, stamps: list[datetime]) -> str:
    code = "S-TEST-9"
    with desk.unit_of_work("test.subject", "subject") as (s, note):
        subj = Subject(code=code, kind="transport", subkind="vessel",
                       display_name="MV Example Burst (invented)", details="{}")
        s.add(subj)
        s.flush()
        for at in stamps:
            s.add(Observation(subject_id=subj.id, observed_at=at, place="Port of Kobe",
                              event="sighted", text="Seen at berth 7 (invented)",
                              actor=desk.actor))
        note.entity_id = code
    return code


def test_art_4_2_observations_within_one_second_have_distinct_search_keys(desk):
    base = datetime(2026, 11, 18, 6, 45, 0, tzinfo=UTC)
    _subject_with_burst(desk, [base.replace(microsecond=100_000),
                               base.replace(microsecond=600_000)])
    keys = sorted(h.key for h in search(desk, "berth 7") if h.kind == "observation")
    assert len(keys) == 2
    assert len(set(keys)) == 2, keys


def test_art_4_2_observations_at_the_same_instant_are_numbered_in_the_order_recorded(desk):
    at = datetime(2026, 11, 18, 6, 45, 0, tzinfo=UTC)
    code = _subject_with_burst(desk, [at, at])
    keys = sorted(h.key for h in search(desk, "berth 7") if h.kind == "observation")
    assert keys == [f"{code}/2026-11-18T06:45:00Z", f"{code}/2026-11-18T06:45:00Z/2"]
