"""Disclosures (Art. 9) are in the full-text index: an officer finds one by the authority it
went to, the purpose in words, the legal basis (9.4), the override's justification or the
item code, keyed by the item and date as the Information & disclosures page shows it."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from app.services.ledger import disclosures, information
from app.services.search.queries import index_problems, rebuild_index, search
from app.store.models import Authority

POLICE = "Example Harbour Police (invented)"
CUSTOMS = "Kobe Customs Intelligence Unit (invented)"
PROSECUTOR = "Example District Prosecutor (invented)"


@pytest.fixture
def ledger(desk):
    """Two received items and three disclosures, two of them of one item on one day."""
    disclosures.add_authority(desk, CUSTOMS, "customs")
    disclosures.add_authority(desk, POLICE, "police")
    disclosures.add_authority(desk, PROSECUTOR, "prosecutor")
    one = information.add_information_item(desk, direction="received", provider="U.S. CBP (invented)",
                                           title="Manifest copies (invented)", not_as_evidence=False)
    two = information.add_information_item(desk, direction="received", provider="U.S. CBP (invented)",
                                           title="Routing pattern (invented)", not_as_evidence=False,
                                           no_law_enforcement=True)
    first = disclosures.disclose(desk, [one.code], CUSTOMS, "customs", means="Internal memo (invented)")
    second = disclosures.disclose(desk, [one.code, two.code], POLICE, "intelligence",
                                  means="Briefing (invented)",
                                  override_reason="Smuggling ring about to leave port (invented)")
    third = disclosures.disclose(desk, [two.code], PROSECUTOR, "required_by_law",
                                 legal_basis="Code of Criminal Procedure art. 197 (invented)")
    return {"one": one.code, "two": two.code, "views": (first, second, third)}


def _disclosures(hits):
    return [h for h in hits if h.kind == "disclosure"]


def test_art_9_1_disclosure_found_by_recipient_authority(desk, ledger):
    (hit,) = _disclosures(search(desk, "Harbour Police"))
    assert hit.title == f"Disclosure to {POLICE}"
    assert POLICE in hit.label and "(OVERRIDE)" in hit.label  # an override stands out here too
    assert hit.parent_kind == "information" and hit.parent_key == ledger["one"]


def test_art_9_disclosure_found_by_purpose_in_words(desk, ledger):
    keys = {h.key for h in _disclosures(search(desk, "intelligence"))}
    day = ledger["views"][1].disclosed_on.isoformat()
    assert f"{ledger['one']}/{day}/2" in keys  # the police disclosure, second of the day
    assert all("intelligence" in h.label for h in _disclosures(search(desk, "not as evidence")))


def test_art_9_4_disclosure_found_by_its_legal_basis(desk, ledger):
    (hit,) = _disclosures(search(desk, "Criminal Procedure"))
    assert hit.title == f"Disclosure to {PROSECUTOR}"
    assert "disclosure required by law (Art. 9.4)" in hit.label


def test_art_9_disclosure_found_by_override_justification_and_by_item_code(desk, ledger):
    assert len(_disclosures(search(desk, "Smuggling ring"))) == 1
    # The police disclosure passed on both items: found by either code.
    assert len(_disclosures(search(desk, ledger["two"]))) == 2


def test_art_9_disclosure_key_is_item_code_and_date_with_a_sequence_within_the_day(desk, ledger):
    day = ledger["views"][0].disclosed_on.isoformat()
    keys = sorted(h.key for h in _disclosures(search(desk, "invented", limit=100)))
    assert keys == sorted([f"{ledger['one']}/{day}", f"{ledger['one']}/{day}/2",
                           f"{ledger['two']}/{day}"])
    for h in _disclosures(search(desk, "invented", limit=100)):
        assert h.reference == h.key


def test_art_9_disclosure_index_follows_authority_rename_and_survives_rebuild(desk, ledger):
    with desk.unit_of_work("test.rename", "authority") as (s, note):
        a = s.query(Authority).filter_by(name=POLICE).one()
        a.name = "Example Coast Guard (invented)"
        note.entity_id = a.id
    (hit,) = _disclosures(search(desk, "Coast Guard"))
    assert hit.title == "Disclosure to Example Coast Guard (invented)"
    assert index_problems(desk) == []
    assert rebuild_index(desk) and index_problems(desk) == []


def test_art_9_disclosure_out_of_step_index_is_reported_by_verify(desk, ledger):
    # A bulk statement bypasses the flush listener: the check must see the stale disclosure row.
    with desk.unit_of_work("test.bulk", "authority") as (s, _note):
        s.execute(update(Authority).where(Authority.name == CUSTOMS).values(name="Renamed (invented)"))
    assert index_problems(desk)
    rebuild_index(desk)
    assert index_problems(desk) == []
    assert _disclosures(search(desk, "Renamed"))


def test_search_kind_filter_accepts_disclosure(desk, ledger):
    hits = search(desk, "invented", kinds=["disclosure"], limit=100)
    assert hits and {h.kind for h in hits} == {"disclosure"}
