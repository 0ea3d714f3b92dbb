"""Where an observation was made (Art. 4.2): a movement or sighting must say where; older
entries recorded without a place still open, list, report and export, saying so."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.services.surveillance import commands as sv
from app.services.surveillance import observations as ob
from app.services.validation import ServiceError
from app.store.models import AuditEntry, Observation, Subject

PLACE_REQUIRED = "place: is required for a movement or sighting: give a place or a UN/LOCODE (Art. 4.2)"


def _counts(desk) -> tuple[int, int]:
    with desk.read() as s:
        return (s.execute(select(func.count(Observation.id))).scalar(),
                s.execute(select(func.count(AuditEntry.id))).scalar())


def _placeless(desk, code: str, event: str = "sighted") -> int:
    """An observation as an older version of the desk stored it: no place, no UN/LOCODE."""
    with desk.unit_of_work("test.legacy_observation", "observation") as (s, _note):
        subj = s.execute(select(Subject).where(Subject.code == code)).scalar_one()
        obs = Observation(subject_id=subj.id, observed_at=desk.now(), event=event,
                          text="Seen near the ferry terminal (invented)", actor=desk.actor,
                          created_at=desk.now())
        s.add(obs)
        s.flush()
        return obs.id


@pytest.mark.parametrize("event", sorted(ob.PLACED_EVENTS))
@pytest.mark.parametrize("place", [None, "", "   "])
def test_art_4_2_movement_or_sighting_without_a_place_is_refused_and_nothing_is_written(
        desk, person, event, place):
    before = _counts(desk)
    with pytest.raises(ServiceError) as caught:
        ob.add_observation(desk, person.code, {"observed_at": "2026-11-20T08:00", "event": event,
                                               "place": place, "text": "seen (invented)"})
    assert str(caught.value) == PLACE_REQUIRED
    assert caught.value.field == "place" and caught.value.article == "4.2"
    assert _counts(desk) == before


def test_art_4_2_the_default_event_is_a_sighting_and_needs_a_place(desk, person):
    with pytest.raises(ServiceError, match="^place: is required"):
        ob.add_observation(desk, person.code, {"observed_at": "2026-11-20T08:00"})


def test_art_4_2_a_un_locode_alone_says_where(desk, person):
    obs = ob.add_observation(desk, person.code, {"observed_at": "2026-11-20T08:00",
                                                 "event": "arrived", "locode": "JP YOK"})
    assert (obs.place, obs.locode, obs.where) == (None, "JPYOK", "JPYOK")


def test_art_4_2_an_other_entry_may_have_no_place(desk, person):
    obs = ob.add_observation(desk, person.code, {"observed_at": "2026-11-20T08:00",
                                                 "event": "other",
                                                 "text": "Partner reports a new passport (invented)"})
    assert obs.where == ""


def test_art_4_2_a_date_problem_is_named_before_the_missing_place(desk, person):
    with pytest.raises(ServiceError, match="^observed_at: 2026-11-19 is before request"):
        ob.add_observation(desk, person.code, {"observed_at": "2026-11-19T08:00"})


def test_art_4_2_older_observation_without_a_place_still_opens_lists_and_reports(desk, person):
    oid = _placeless(desk, person.code)
    view = sv.get_subject(desk, person.code)
    assert [o.id for o in view.observations] == [oid] and view.observations[0].where == ""
    assert [v.code for v in sv.list_subjects(desk)] == [person.code]
    assert ob.get_observation(desk, oid).place is None
    report = ob.compose_report(desk, person.code, [oid])
    assert "UTC (place not recorded): sighted." in report


def test_art_4_2_older_observation_without_a_place_survives_export_and_import(
        desk, person, tmp_path, fresh_store):
    from app.interchange.exporter import export_store
    from app.interchange.importer import import_store
    from app.services import open_desk

    _placeless(desk, person.code)
    data = export_store(desk)
    other = open_desk(fresh_store(tmp_path / "restored"), actor="Officer Test", local=True)
    try:
        import_store(other, data)
        restored = sv.get_subject(other, person.code)
        assert [(o.place, o.locode, o.event) for o in restored.observations] == [
            (None, None, "sighted")]
    finally:
        other.db.close()
