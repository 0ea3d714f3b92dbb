"""Search hits name things as an officer would: a document by its kind, language, version and
request; an observation by its date, place and the surveillance it belongs to. No database id
shows in a label, and a whole result page is labelled in one query."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, select

from app.services.requests.commands import register_incoming
from app.services.search.labels import document_kind_label, label_hits
from app.services.search.queries import search
from app.store.models import (
    Document,
    InformationItem,
    Observation,
    Request,
    RequestSubject,
    Subject,
)

# Entity ids far from anything else in the fixtures: if one shows in a label, it is the id.
DOC_ID, OBS_ID, ITEM_ID, SUBJECT_ID = 7301, 7302, 7303, 7304
#: How an internal id used to read ("document 17", "observation 42", "#17", "id 17").
BARE_ID = re.compile(r"\b(?:document|observation|item|subject|request|id)\s*#?\s*\d+\b|#\d+",
                     re.IGNORECASE)


def assert_no_id(label: str, entity_id: int) -> None:
    assert str(entity_id) not in label, label
    assert not BARE_ID.search(label), label


@pytest.fixture
def world(desk, complete_fields):
    """A request with a subject under surveillance, an observation, an item and documents."""
    fields = dict(complete_fields, title="Wrist watches via Kobe <b>urgent</b> (invented)")
    view = register_incoming(desk, "jp-us-1997", fields)
    with desk.unit_of_work("test.world", "subject") as (s, note):
        req = s.execute(select(Request).where(Request.our_ref == view.our_ref)).scalar_one()
        subj = Subject(id=SUBJECT_ID, code="S-LAB-1", kind="transport", subkind="vessel",
                       display_name="MV ORIGAMI STAR (invented)", details="{}")
        s.add(subj)
        s.flush()
        s.add(RequestSubject(request_id=req.id, subject_id=subj.id, role="surveillance"))
        # The request asking for the surveillance, recorded on the observation as
        # add_observation records it when one request asked for it.
        s.add(Observation(id=OBS_ID, subject_id=subj.id, request_id=req.id,
                          observed_at=datetime(2026, 11, 18, 6, 45, tzinfo=UTC),
                          place="Port of Kobe", event="arrived",
                          text="Berthed at the container terminal (invented)", actor="t"))
        s.add(InformationItem(id=ITEM_ID, code="I-LAB-1", direction="received",
                              request_id=req.id, provider="U.S. CBP (invented)",
                              title="Bills of lading for the watches (invented)"))
        s.flush()  # the documents below point at the observation and the item
        common = {"mime": "application/pdf", "size": 3, "sha256": "0" * 64, "content": b"pdf",
                  "actor": "t"}
        s.add(Document(id=DOC_ID, series=f"{view.our_ref}/statement_of_reasons/en", version=2,
                       kind="statement_of_reasons", language="en", final=True,
                       filename=f"{view.our_ref}_statement_of_reasons_en_v2.pdf",
                       request_id=req.id, **common))
        s.add(Document(id=DOC_ID + 10, series="I-LAB-1/manifest.pdf", version=1,
                       kind="attachment", filename="manifest-origami.pdf", item_id=ITEM_ID,
                       request_id=req.id, **common))
        s.add(Document(id=DOC_ID + 20, series="subject/S-LAB-1/hull.jpg", version=1,
                       kind="attachment", filename="hull-photo.jpg", subject_id=subj.id,
                       observation_id=OBS_ID,
                       **{**common, "mime": "image/jpeg"}))
        note.entity_id = "S-LAB-1"
    return view.our_ref


def _labels(desk, kind: str, entity_id: int):
    with desk.read() as s:
        return label_hits(s, [(kind, entity_id)])[(kind, entity_id)]


def test_document_label_names_letter_kind_article_language_version_and_request(desk, world):
    got = _labels(desk, "document", DOC_ID)
    assert got.label == f"Statement of reasons (11.4), en, v2 — {world}"
    assert got.reference == world and got.parent_key == world  # Enter opens the request
    assert got.parent_kind == "request" and got.observation_id is None
    assert_no_id(got.label, DOC_ID)


def test_document_attached_to_an_information_item_names_file_item_and_request(desk, world):
    got = _labels(desk, "document", DOC_ID + 10)
    assert got.label == f"Attachment “manifest-origami.pdf”, v1 — item I-LAB-1, {world}"
    assert_no_id(got.label, DOC_ID + 10)


def test_art_9_item_attachment_opens_the_item_not_the_items_request(desk, world):
    # The document also carries the item's request; the item is where it was attached.
    got = _labels(desk, "document", DOC_ID + 10)
    assert (got.parent_kind, got.parent_key, got.observation_id) == ("information", "I-LAB-1", None)
    assert got.reference == world  # the short reference still names the request


def test_document_of_an_observation_names_the_surveillance_and_opens_the_subject(desk, world):
    got = _labels(desk, "document", DOC_ID + 20)
    assert "hull-photo.jpg" in got.label
    assert "surveillance of MV ORIGAMI STAR (invented) (S-LAB-1)" in got.label and world in got.label
    assert got.parent_key == "S-LAB-1"  # as before: a subject's file opens its subject
    assert got.parent_kind == "subject" and got.observation_id == OBS_ID  # ... at the observation
    assert_no_id(got.label, DOC_ID + 20)


def test_art_4_2_observation_label_names_date_place_summary_subject_and_request(desk, world):
    got = _labels(desk, "observation", OBS_ID)
    for part in ("Wed 2026-11-18", "Port of Kobe", "arrived", "Berthed at the container",
                 "MV ORIGAMI STAR (invented)", "S-LAB-1", world):
        assert part in got.label, (part, got.label)
    assert got.parent_key == "S-LAB-1"  # Enter opens the surveillance
    assert got.parent_kind == "subject" and got.observation_id == OBS_ID  # with it selected
    assert_no_id(got.label, OBS_ID)


def test_art_4_2_observation_without_a_recorded_request_names_its_surveillance(desk, world):
    with desk.unit_of_work("test.obs", "observation") as (s, _note):
        s.get(Observation, OBS_ID).request_id = None  # asked for by several requests, say
    got = _labels(desk, "observation", OBS_ID)
    assert got.label.endswith(" — surveillance of MV ORIGAMI STAR (invented) (S-LAB-1)"), got.label
    assert got.reference == "S-LAB-1" and got.parent_key == "S-LAB-1"


def test_art_4_2_subject_label_names_kind_status_and_code(desk, world):
    got = _labels(desk, "subject", SUBJECT_ID)
    assert got.label == "MV ORIGAMI STAR (invented) (means of transport, surveillance active) — S-LAB-1"
    assert_no_id(got.label, SUBJECT_ID)


def test_art_9_information_item_label_names_code_title_request_and_direction(desk, world):
    got = _labels(desk, "information", ITEM_ID)
    assert got.label == f"Bills of lading for the watches (invented) (received) — I-LAB-1, {world}"
    assert got.parent_key == world
    assert_no_id(got.label, ITEM_ID)


def test_request_label_keeps_user_markup_as_typed_text(desk, world):
    with desk.read() as s:
        rid = s.execute(select(Request.id).where(Request.our_ref == world)).scalar_one()
    got = _labels(desk, "request", rid)
    assert got.label == f"Wrist watches via Kobe <b>urgent</b> (invented) (incoming, received) — {world}"
    assert got.reference == world and got.parent_key is None


def test_search_hits_of_every_kind_carry_labels_without_ids(desk, world):
    hits = search(desk, "invented") + search(desk, "pdf")  # documents: indexed by file and kind
    assert {h.kind for h in hits} == {"request", "subject", "observation", "information", "document"}
    for hit in hits:
        assert hit.label and hit.reference, hit
        if hit.kind in ("document", "observation"):  # the kinds whose index key is an id
            assert_no_id(f"{hit.label} {hit.reference} {hit.snippet}", hit.entity_id)


def test_search_snippet_of_a_document_does_not_excerpt_its_id(desk, world):
    hits = [h for h in search(desk, "manifest") if h.kind == "document"]
    assert len(hits) == 1 and str(DOC_ID + 10) not in hits[0].snippet


def test_labels_of_a_whole_page_are_read_in_one_query(desk, world, complete_fields):
    for n in range(15):
        register_incoming(desk, "jp-us-1997", dict(complete_fields, their_ref=f"CBP-LAB-{n}"))
    with desk.read() as s:
        keys = [("request", i) for i in s.execute(select(Request.id)).scalars()]
        keys += [("document", DOC_ID), ("document", DOC_ID + 10), ("document", DOC_ID + 20),
                 ("observation", OBS_ID), ("information", ITEM_ID), ("subject", SUBJECT_ID)]
        statements: list[str] = []
        conn = s.connection()
        event.listen(conn, "before_cursor_execute",
                     lambda *args: statements.append(args[2]))
        labels = label_hits(s, keys)
    assert len(labels) == len(keys) == 22
    assert len(statements) == 1, statements


def test_unknown_document_kinds_read_as_words_never_as_codes():
    assert document_kind_label("letter.request") == "Request letter (7.1)"
    assert document_kind_label("approval") == "Written approval (9.1)"
    assert document_kind_label("customs_declaration") == "Customs declaration"
    assert document_kind_label(None) == "Document"


def test_every_letter_kind_the_desk_prints_has_a_label_in_search_results():
    """A stored letter reads by what it is in search hits, never by its internal kind code."""
    from app.documents.registry import LETTER_KINDS
    from app.services.search.labels import LETTER_LABELS

    assert set(LETTER_KINDS) <= set(LETTER_LABELS)
    assert document_kind_label("spontaneous_information") == "Spontaneous information letter (3.1, 4.3)"
