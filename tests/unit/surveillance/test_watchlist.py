"""Watch-list matching wired to the store (Art. 4.2): names in any script, numbers, hits on save."""

from __future__ import annotations

import pytest

from app.matching.identifiers import container_check_digit
from app.services.requests.commands import edit_request, register_incoming
from app.services.surveillance import commands as sv
from app.services.surveillance import watchlist
from app.store.models import Subject, SubjectName


def _hits(desk, view) -> list[dict]:  # a Desk and a RequestView
    """The watch-list check a window or the CLI runs after a request's save."""
    return [h.to_dict() for h in watchlist.watch_hits_for_request(desk, view.our_ref)]


@pytest.mark.parametrize("query", ["TANAKA SHO", "Tanaka Shou", "Syo Tanaka"])
def test_art_4_2_a_person_recorded_in_kanji_matches_romanised_spellings(desk, person, query):
    hits = watchlist.match(desk, query)
    assert [h.subject for h in hits] == [person.code]
    assert hits[0].message == ("possible match: subject S-0001 (田中 翔), active surveillance "
                               "under JC-US-2026-0001 until 2027-03-01")


def test_art_4_2_a_different_given_name_does_not_match(desk, person):
    assert watchlist.match(desk, "Tanaka Sato") == []


def test_art_4_2_passport_number_matches_whatever_the_separators(desk, person):
    assert [h.subject for h in watchlist.match(desk, "tk-000 0001")] == [person.code]


def test_art_4_2_b_container_with_wrong_check_digit_still_finds_the_box(desk):
    good = "MSCU123456" + str(container_check_digit("MSCU123456"))
    view = sv.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                                 "period_end": "2027-01-01",
                                 "details": {"description": "wrist watches (invented)"},
                                 "identifiers": [["container", good]]})
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    hits = watchlist.match(desk, wrong)
    assert [h.subject for h in hits] == [view.code]
    assert f"check digit should be {good[-1]}" in hits[0].reason


def test_art_4_2_incoming_request_naming_an_active_subject_raises_a_hit(desk, person):
    view = register_incoming(desk, "jp-us-1997", {
        "title": "Verification of an export (invented)", "bases": ["4.1(a)(i)"],
        "parties_concerned": "Mr. Syo TANAKA, 1-2-3 Example-cho, Yokohama; Example Trading Co.",
    })
    hits = _hits(desk, view)
    assert [h["subject"] for h in hits] == [person.code]
    assert hits[0]["message"].startswith("possible match: subject S-0001 (田中 翔), active")


def test_art_4_2_hits_come_from_request_extras_too(desk, person):
    view = register_incoming(desk, "jp-us-1997", {
        "title": "Travel documents check (invented)",
        "extra": {"person_identity": "passport TK0000001"},
    })
    assert [h["subject"] for h in _hits(desk, view)] == [person.code]


def test_art_4_2_editing_an_incoming_request_rechecks_the_watch_list(desk, person):
    view = register_incoming(desk, "jp-us-1997", {"title": "Inquiry (invented)"})
    assert _hits(desk, view) == []
    edited = edit_request(desk, view.our_ref, {"parties_concerned": "田中翔"})
    assert [h["subject"] for h in _hits(desk, edited)] == [person.code]


def test_art_4_2_the_request_that_asked_for_surveillance_is_not_a_hit_on_its_own_subject(
        desk, person, surveillance_request):
    edited = edit_request(desk, surveillance_request, {"parties_concerned": "TANAKA Sho"})
    assert _hits(desk, edited) == []


def test_art_4_2_lifted_subject_is_not_raised_on_a_new_request_but_can_be_looked_up(desk, person):
    sv.lift_subject(desk, person.code, "ended (invented)")
    view = register_incoming(desk, "jp-us-1997", {"title": "x",
                                                  "parties_concerned": "TANAKA Sho"})
    assert _hits(desk, view) == []
    [hit] = watchlist.match(desk, "TANAKA Sho")
    assert hit.status == "lifted" and "lifted on 2026-11-20" in hit.message


def test_art_4_2_outgoing_draft_is_not_scanned(desk, person):
    from app.services.requests.commands import draft_outgoing

    view = draft_outgoing(desk, "jp-us-1997", {"title": "x", "parties_concerned": "TANAKA Sho"})
    assert "watch_hits" not in view.extras


def test_watch_index_follows_subject_writes_after_commit(desk, person):
    assert watchlist.match(desk, "Yamada Hanako") == []
    sv.edit_subject(desk, person.code, {"names": ["山田 花子"]})
    assert [h.subject for h in watchlist.match(desk, "Yamada Hanako")] == [person.code]
    assert watchlist.match(desk, "Tanaka Sho") == []


def test_watch_index_picks_up_changes_written_by_another_process(desk, person):
    watchlist.match(desk, "anything")  # index built
    with desk.db.write() as s:  # what another process would do behind our back
        subj = s.query(Subject).filter_by(code=person.code).one()
        s.add(SubjectName(subject_id=subj.id, name="Jiro Suzuki", script="latin", is_alias=True))
    assert [h.subject for h in watchlist.match(desk, "Suzuki Jiro")] == [person.code]


def test_watch_index_is_one_per_store(desk, person, tmp_path, fresh_store):
    from app.services import open_desk

    other = open_desk(fresh_store(tmp_path / "other"), actor="Officer Other", local=True)
    try:
        assert watchlist.match(other, "Tanaka Sho") == []
        assert watchlist.match(desk, "Tanaka Sho") != []
    finally:
        watchlist.forget(other)
        other.db.close()


def test_art_4_2_a_new_subject_like_an_existing_one_is_reported_as_similar(desk, person):
    dup = sv.add_subject(desk, {"kind": "person", "names": ["Sho Tanaka"],
                                "agreement": "jp-us-1997", "period_end": "2027-01-01"})
    assert dup.similar == ()  # the save is only the save; the check is the next step
    assert [h.subject for h in sv.similar_subjects(desk, dup.code)] == [person.code]


def test_free_text_queries_cut_lists_and_find_spaced_numbers():
    queries = watchlist.extract_queries(
        "Mr. Syo TANAKA, 1-2-3 Example-cho; container MSCU 123456 5 and IMO 9074729")
    assert "Syo TANAKA" in queries
    assert "MSCU 123456 5" in queries
    assert "IMO 9074729" in queries
    assert watchlist.extract_queries("wrist watches in MSCU1234565", names=False) == ["MSCU1234565"]


def test_watch_index_drops_a_subject_another_process_deleted(desk):
    def person(name: str):
        return sv.add_subject(desk, {"kind": "person", "names": [name], "agreement": "jp-us-1997",
                                     "period_end": "2027-01-01"})

    older, newer = person("Tanaka Sho (invented)"), person("Sato Ken (invented)")
    assert [h.subject for h in watchlist.match(desk, "Tanaka Sho")] == [older.code]  # built
    with desk.db.write() as s:  # another process deletes the older subject: no id grows
        subj = s.query(Subject).filter_by(code=older.code).one()
        for row in list(subj.names) + list(subj.identifiers):
            s.delete(row)
        s.delete(subj)
    assert watchlist.match(desk, "Tanaka Sho") == []
    assert [h.subject for h in watchlist.match(desk, "Sato Ken")] == [newer.code]
