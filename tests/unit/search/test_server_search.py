"""A shared PostgreSQL desk finds exactly what a file desk finds: the same records for the
benchmark's queries, Japanese one- and two-character words, accented Spanish names,
identifiers and short terms, on one generated data set loaded into both stores
(``app.store.search_server`` beside SQLite's FTS5 index). Ranking may differ; the hits may not."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.paths import DATABASE_URL_ENV
from app.services.search.queries import index_problems, search
from app.store import search_server
from app.store.models import Request
from bench.store import QUERIES_JAPANESE, QUERIES_LATIN
from tools.generate import GenerateParams, generate

# Every record fits under the limit: the sets compared are whole, not a ranked first page.
ALL = 1000
SMALL = GenerateParams(requests=300, subjects=300, audit=200, seed=3)

JAPANESE_SHORT = ("田中", "鈴木", "時計", "輸出", "銃", "田", "花", "の", "ー", "確認", "疑い")
SPANISH = ("García", "garcia", "GARCÍA", "Martínez", "martinez", "Núñez", "nunez", "Lázaro",
           "Cárdenas", "José", "María", "Jesús", "Ciudad de México", "relojes de pulsera")
SHORT = ("JP", "mx", "7", "%", "_", "9102", "S-", "&", "a")
MIXED = ("田中 Yokohama", "腕時計 9102", "García 輸出", "wrist 腕時計", "Pacific 田")


@pytest.fixture
def both(tmp_path, fresh_store, pg_database, monkeypatch):
    """(file desk, server desk), each holding the same generated data set."""
    from app.services import open_desk

    file_desk = open_desk(fresh_store(tmp_path / "file"), actor="Officer Test", local=True)
    monkeypatch.setenv(DATABASE_URL_ENV, pg_database("base"))
    server_desk = open_desk(actor="Officer Test")
    monkeypatch.delenv(DATABASE_URL_ENV)
    for d in (file_desk, server_desk):
        generate(d.db, SMALL)
    yield file_desk, server_desk
    file_desk.db.close()
    server_desk.db.close()


def _found(desk, query: str, kinds=None) -> set[tuple[str, str]]:
    return {(h.kind, h.key) for h in search(desk, query, limit=ALL, kinds=kinds)}


def _sample_values(desk) -> list[str]:
    """A request's reference, container and passport numbers, as the benchmark picks them."""
    with desk.query() as conn:
        ref = conn.exec_driver_sql("SELECT our_ref FROM request WHERE id = "
                                   "(SELECT max(id) / 2 FROM request)").scalar()
        idents = conn.exec_driver_sql("SELECT min(value) FROM subject_identifier "
                                      "GROUP BY id_type ORDER BY id_type").scalars().all()
    return [ref, *idents, ref.lower(), ref[-4:]]


def test_server_index_finds_the_same_records_as_the_file_index(both):
    file_desk, server_desk = both
    assert index_problems(server_desk) == [] and index_problems(file_desk) == []
    queries = (*_sample_values(file_desk), *QUERIES_LATIN, *QUERIES_JAPANESE, *JAPANESE_SHORT,
               *SPANISH, *SHORT, *MIXED)
    found_any = 0
    for query in queries:
        expected = _found(file_desk, query)
        assert _found(server_desk, query) == expected, query
        found_any += bool(expected)
    # The queries exercise the index (most find something), not only agree on nothing.
    assert found_any >= len(queries) * 3 // 4
    for kinds in (["request"], ["subject"], ["observation", "information"]):
        for query in ("García", "田中", "銃", "JP"):
            assert _found(server_desk, query, kinds) == _found(file_desk, query, kinds)


def test_server_search_ranks_a_reference_in_its_key_first(both):
    file_desk, server_desk = both
    ref = _sample_values(file_desk)[0]
    for d in both:
        assert search(d, ref, limit=5)[0].key == ref


def test_server_index_follows_writes_and_verify_sees_a_stale_row(both):
    _, server_desk = both
    with server_desk.unit_of_work("test.edit", "request") as (s, _note):
        req = s.execute(select(Request).order_by(Request.id)).scalars().first()
        req.notes = "銃の密輸（架空）Peña"
    assert {h.key for h in search(server_desk, "銃 pena", kinds=["request"])} == {req.our_ref}
    assert index_problems(server_desk) == []
    # A bulk statement bypasses the flush listener: verify names the stale row.
    with server_desk.unit_of_work("test.bulk", "request") as (s, _note):
        s.execute(update(Request).where(Request.id == req.id).values(notes="nothing"))
    assert index_problems(server_desk)


def test_fold_keeps_one_character_for_each_and_leaves_kana_and_hangul_whole():
    for text in ("García Núñez", "ÀÉÎÕÜ ß ø Æ", "が ガ 한국 田中", "İstanbul", "ǅ"):
        assert len(search_server.fold(text)) == len(text)
    assert search_server.fold("GARCÍA Ñ") == "garcia n"
    assert search_server.fold("がガ한") == "がガ한"


def test_fold_agrees_with_the_fts5_trigram_tokenizer_on_every_letter_and_digit():
    # Each letter and number of the Basic Multilingual Plane in a row of its own, between two
    # marks: the rows FTS5 finds for a letter must be those whose letter folds alike here.
    import unicodedata

    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram remove_diacritics 1')")
    codes = [cp for cp in range(0x41, 0x10000) if unicodedata.category(chr(cp))[0] in "LN"]
    conn.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", [(cp, f"#{chr(cp)}#") for cp in codes])
    alike: dict[str, set[int]] = {}
    for cp in codes:
        alike.setdefault(search_server.fold(chr(cp)), set()).add(cp)
    differ = [chr(cp) for cp in codes
              if {r for (r,) in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (f'"#{chr(cp)}#"',))}
              != alike[search_server.fold(chr(cp))]]
    assert differ == []


# -- the rule, for any text: random texts and terms give the same hits on both stores ------------
_ALPHABET = "aáAÁeéEnñÑİißsÅå田中鈴木銃のーガ・ 7-%_"


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(texts=st.lists(st.text(_ALPHABET, max_size=12), min_size=3, max_size=3),
       query=st.text(_ALPHABET, min_size=1, max_size=6))
def test_any_text_and_term_give_the_same_hits_on_both_stores(both, texts, query):
    for d in both:
        with d.unit_of_work("test.notes", "request") as (s, _note):
            reqs = s.execute(select(Request).order_by(Request.id).limit(3)).scalars().all()
            for req, text in zip(reqs, texts, strict=True):
                req.notes = text
    file_desk, server_desk = both
    assert _found(server_desk, query, ["request"]) == _found(file_desk, query, ["request"])
