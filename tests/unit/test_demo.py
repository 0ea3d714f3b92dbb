"""The demo data set: invented, labelled, loads cleanly and shows every feature."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.services import init_store
from app.services.admin.demo import load_demo
from app.services.admin.verify import verify_store
from app.services.requests.commands import list_requests
from app.services.search.queries import index_problems, search
from app.services.validation import ServiceError
from app.store.models import Disclosure, Document, Observation, Subject


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo store for the module (loading takes a few seconds)."""
    desk = init_store(tmp_path_factory.mktemp("demo") / "data", method="passphrase",
                      passphrase="demo passphrase (test)", actor="Officer Test")
    summary = load_demo(desk)
    yield desk, summary
    desk.db.close()


def test_demo_store_verifies_clean_and_index_in_step(demo):
    desk, _ = demo
    assert verify_store(desk) == []
    assert index_problems(desk) == []


def test_demo_every_request_is_labelled_invented(demo):
    desk, _ = demo
    for r in list_requests(desk):
        assert r.title.startswith("DEMO — ")
        assert "DEMO — invented data" in (r.to_dict().get("notes") or "")


def test_demo_covers_both_directions_both_agreements_and_spontaneous(demo):
    desk, _ = demo
    rows = list_requests(desk)
    assert {r.direction for r in rows} == {"incoming", "outgoing", "spontaneous-in", "spontaneous-out"}
    assert {r.our_ref.split("-")[1] for r in rows} == {"US", "MX"}


def test_art_11_demo_shows_refused_postponed_conditional_and_withheld(demo):
    desk, _ = demo
    statuses = {r.status for r in list_requests(desk)}
    assert {"refused", "postponed", "conditional", "withheld", "executed", "partially-executed",
            "closed", "withdrawn", "draft", "sent", "acknowledged", "received", "recorded",
            "in-progress", "answered"} <= statuses


def test_art_7_1_demo_has_oral_requests_confirmed_and_late(demo):
    desk, _ = demo
    states = {r.confirmation_state for r in list_requests(desk) if r.form == "oral"}
    assert {"confirmed", "late"} <= states


def test_art_4_2_demo_has_subjects_of_every_kind_with_observations(demo):
    desk, _ = demo
    with desk.read() as s:
        kinds = set(s.execute(select(Subject.kind)).scalars())
        observed = set(s.execute(select(Subject.kind).join(Observation)).scalars())
    assert kinds == observed == {"person", "goods", "transport"}


def test_art_9_demo_has_disclosures_with_an_override_and_documents(demo):
    desk, _ = demo
    with desk.read() as s:
        decisions = set(s.execute(select(Disclosure.decision)).scalars())
        docs = s.execute(select(Document.mime, func.substr(Document.content, 1, 4))).all()
    assert "override" in decisions and "allowed" in decisions
    assert ("application/pdf", b"%PDF") in [(m, bytes(c)) for m, c in docs]


def test_demo_text_in_japanese_and_spanish_is_searchable(demo):
    desk, _ = demo
    assert any(h.kind == "request" for h in search(desk, "時計"))
    assert any(h.kind == "request" for h in search(desk, "Garcia Logistica"))
    assert any(h.kind == "subject" for h in search(desk, "見本"))


def test_demo_refuses_a_store_that_already_has_requests(demo):
    desk, summary = demo
    with pytest.raises(ServiceError, match=r"^store: already holds the invented demo data"):
        load_demo(desk)
    assert len(list_requests(desk)) == len(summary.requests)
