"""Full-text search: the index finds what the officer typed and follows every write."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.services.requests.commands import edit_request, register_incoming
from app.services.search.queries import index_problems, rebuild_index, search
from app.services.validation import ServiceError
from app.store.models import Observation, Subject, SubjectIdentifier, SubjectName


def _keys(hits, kind="request"):
    return [h.key for h in hits if h.kind == kind]


@pytest.fixture
def incoming(desk, complete_fields):
    fields = dict(complete_fields)
    fields["object_and_reason"] = "腕時計の輸出について確認する; agent García Logística"
    return register_incoming(desk, "jp-us-1997", fields)


def _add_subject(desk, code="S-TEST-1"):
    with desk.unit_of_work("test.subject", "subject") as (s, note):
        subj = Subject(code=code, kind="person", subkind="natural",
                       display_name="TANAKA Ichiro (invented)", details='{"nationality": "JP"}')
        s.add(subj)
        s.flush()
        s.add_all([
            SubjectName(subject_id=subj.id, name="田中一郎", script="kanji"),
            SubjectName(subject_id=subj.id, name="Tanaka Ichiro", script="latin"),
            SubjectIdentifier(subject_id=subj.id, id_type="passport", value="TZ 123 4567",
                              normalized="TZ1234567"),
        ])
        note.entity_id = code
    return code


def test_search_finds_request_by_our_ref(desk, incoming):
    assert _keys(search(desk, incoming.our_ref)) == [incoming.our_ref]


def test_search_finds_request_by_word_of_art_7_2_object_and_reason(desk, incoming):
    assert incoming.our_ref in _keys(search(desk, "Logística"))
    assert incoming.our_ref in _keys(search(desk, "wrist watches"))  # title words


def test_search_finds_japanese_text_without_spaces(desk, incoming):
    assert _keys(search(desk, "時計")) == [incoming.our_ref]  # two characters: LIKE fallback
    assert _keys(search(desk, "時計の輸")) == [incoming.our_ref]  # trigram index


def test_search_folds_diacritics(desk, incoming):
    assert _keys(search(desk, "Garcia")) == [incoming.our_ref]
    assert _keys(search(desk, "logistica")) == [incoming.our_ref]


def test_search_every_term_must_match(desk, incoming):
    assert _keys(search(desk, "García nowhere-to-be-found")) == []


def test_search_finds_subject_by_name_and_identifier(desk):
    code = _add_subject(desk)
    assert _keys(search(desk, "田中"), "subject") == [code]
    assert _keys(search(desk, "田中一郎"), "subject") == [code]
    assert _keys(search(desk, "tanaka"), "subject") == [code]
    assert _keys(search(desk, "TZ1234567"), "subject") == [code]
    assert _keys(search(desk, "123 4567"), "subject") == [code]


def test_search_finds_observation_with_its_subject_as_parent(desk):
    code = _add_subject(desk)
    with desk.unit_of_work("test.observe", "observation") as (s, note):
        subj = s.execute(select(Subject).where(Subject.code == code)).scalar_one()
        s.add(Observation(subject_id=subj.id, observed_at=desk.now(), place="Port of Yokohama",
                          event="arrival", text="Container seen at berth 4 (invented)",
                          actor=desk.actor))
    hits = [h for h in search(desk, "berth") if h.kind == "observation"]
    assert len(hits) == 1 and hits[0].parent_key == code


def test_search_index_follows_edits(desk, incoming):
    edit_request(desk, incoming.our_ref, {"object_and_reason": "Shipment of bicycles"})
    assert _keys(search(desk, "Garcia")) == []
    assert _keys(search(desk, "bicycles")) == [incoming.our_ref]
    assert index_problems(desk) == []


def test_search_index_follows_deletes(desk):
    code = _add_subject(desk)
    with desk.unit_of_work("test.delete", "subject") as (s, note):
        subj = s.execute(select(Subject).where(Subject.code == code)).scalar_one()
        for child in (*subj.names, *subj.identifiers):
            s.delete(child)
        s.flush()
        s.delete(subj)
    assert search(desk, "tanaka") == []
    assert search(desk, "田中") == []
    assert index_problems(desk) == []


def test_search_index_drops_a_removed_alias(desk):
    code = _add_subject(desk)
    with desk.unit_of_work("test.alias", "subject") as (s, note):
        name = s.execute(select(SubjectName).where(SubjectName.name == "田中一郎")).scalar_one()
        s.delete(name)
    assert search(desk, "田中") == []
    assert _keys(search(desk, "tanaka"), "subject") == [code]


def test_search_index_rolls_back_with_the_transaction(desk, incoming):
    with pytest.raises(RuntimeError):
        with desk.unit_of_work("test.fail", "request") as (s, note):
            from app.store.models import Request

            req = s.execute(select(Request)).scalar_one()
            req.object_and_reason = "Smuggling of orchids"
            s.flush()
            assert search_in_session(s, "orchids")  # visible inside the transaction
            raise RuntimeError("abort")
    assert search(desk, "orchids") == []
    assert _keys(search(desk, "Garcia")) == [incoming.our_ref]
    assert index_problems(desk) == []


def search_in_session(session, word):
    """The index rows holding ``word``, read inside the session's own transaction."""
    from app.services.search.queries import fts_query, server_query

    conn = session.connection()
    query = server_query if conn.dialect.name == "postgresql" else fts_query
    sql, params = query([word], 10)
    return conn.exec_driver_sql(sql, params).all()


@pytest.mark.parametrize("hostile", [
    '"', '""', "AND", "OR NOT", "*", "a*", "NEAR(a b)", "title:x", "^", "(", ")", "'", "%", "_",
    "\\", "-", "+", "{x}", "col : x", "'; DROP TABLE request; --", "%%%", "__", "AND OR NOT",
    "  ", "",
])
def test_search_hostile_queries_do_not_raise(desk, incoming, hostile):
    assert isinstance(search(desk, hostile), list)


def test_search_like_fallback_treats_percent_literally(desk, incoming):
    assert search(desk, "%") == []
    assert search(desk, "_") == []


def test_search_bad_arguments_name_the_field(desk):
    with pytest.raises(ServiceError, match="text"):
        search(desk, None)  # type: ignore[arg-type]
    with pytest.raises(ServiceError, match="limit"):
        search(desk, "x", limit=0)
    with pytest.raises(ServiceError, match="kinds"):
        search(desk, "x", kinds=["martian"])


def test_search_kinds_filter(desk, incoming):
    _add_subject(desk)
    assert search(desk, "Tanaka", kinds=["request"]) == []
    assert _keys(search(desk, "Tanaka", kinds=["subject"]), "subject") == ["S-TEST-1"]


@pytest.mark.sqlite_only  # SQLite's FTS5 tables themselves (the server's: test_server_search)
def test_search_rebuild_restores_a_damaged_index(desk, incoming):
    with desk.db.write() as s:
        s.connection().exec_driver_sql("DELETE FROM search_fts")
    assert index_problems(desk) != []
    assert search(desk, "Garcia") == []
    rebuild_index(desk)
    assert index_problems(desk) == []
    assert _keys(search(desk, "Garcia")) == [incoming.our_ref]


def test_search_finds_kanji_refs_identifiers_and_literal_wildcards_on_either_store(
        desk, complete_fields):
    # The same rule per term on SQLite's FTS5 index and on the server's (pg_trgm, CJK grams).
    fields = dict(complete_fields, object_and_reason="腕時計の輸出 50% off_season")
    view = register_incoming(desk, "jp-us-1997", fields)
    code = _add_subject(desk)
    assert _keys(search(desk, "時計")) == [view.our_ref]
    assert _keys(search(desk, view.our_ref)) == [view.our_ref]
    assert _keys(search(desk, "tz1234567"), "subject") == [code]
    assert _keys(search(desk, "田中"), "subject") == [code]
    assert [h.key for h in search(desk, "%")] == [view.our_ref]  # a literal percent sign
    assert _keys(search(desk, "50%")) == [view.our_ref]
    assert search(desk, "5_%") == []
