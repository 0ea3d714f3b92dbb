"""One- and two-character Japanese words are found through the CJK gram index, by the same rule
as longer terms (a substring of the record's text), and that index follows every write."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.interchange import export_store, import_store
from app.services.requests.commands import edit_request, register_incoming
from app.services.search.queries import fts_query, index_problems, rebuild_index, search, split_terms
from app.store.models import Subject, SubjectName
from app.store.search_grams import CJK_RANGES, cjk_grams, is_cjk


def _keys(hits, kind="request"):
    return [h.key for h in hits if h.kind == kind]


@pytest.fixture
def japanese(desk, complete_fields):
    """An incoming request naming 田中 and 鈴木商事 (invented)."""
    fields = dict(complete_fields)
    fields["title"] = "腕時計の輸出確認（鈴木商事）"
    fields["parties_concerned"] = "田中一郎（架空）、横浜市"
    fields["object_and_reason"] = "Confirm the export of 400 wrist watches at Yokohama"
    return register_incoming(desk, "jp-us-1997", fields)


def _add_subject(desk, code, name):
    with desk.unit_of_work("test.subject", "subject") as (s, note):
        subj = Subject(code=code, kind="person", subkind="natural", display_name=name,
                       details="{}")
        s.add(subj)
        s.flush()
        s.add(SubjectName(subject_id=subj.id, name=name, script="kanji"))
        note.entity_id = code
    return code


# -- the grams ----------------------------------------------------------------------------------
def test_cjk_grams_are_the_pairs_of_each_run_and_its_last_character():
    assert cjk_grams("鈴木商事の件") == "鈴木 木商 商事 事の の件 件"
    assert cjk_grams("田中") == "田中 中"
    assert cjk_grams("銃") == "銃"


def test_cjk_grams_break_at_punctuation_spaces_and_latin_letters():
    # No pair across 「・」, a space or Latin text: 中田 is not in "田中・田 a中".
    assert cjk_grams("ジョン・スミス") == "ジョ ョン ン スミ ミス ス"
    assert "中田" not in cjk_grams("田中・田 a中").split()
    assert cjk_grams("Tanaka Ichiro, 1-2-3") == ""
    assert cjk_grams(None) == ""


def test_cjk_characters_are_letters_of_their_scripts():
    """Only letters (and letter-like numerals and marks) make grams: punctuation of the same
    blocks (「」、。・) must separate words, as it does for the officer reading them."""
    for first, last in CJK_RANGES:
        for cp in range(first, last + 1):
            category = unicodedata.category(chr(cp))
            assert category in {"Lo", "Lm", "Nl", "Cn"}, (hex(cp), category)
        for ch in (chr(first), chr(last)):  # every one of them makes grams
            assert cjk_grams(f"x{ch}{ch}") == f"{ch}{ch} {ch}", hex(ord(ch))
    assert not any(is_cjk(ch) for ch in "「」、。・ 　")
    assert cjk_grams("García — “Ltd” • 1 200 €") == ""
    assert is_cjk("田中") and is_cjk("ー") and not is_cjk("田a") and not is_cjk("")


# -- the search ---------------------------------------------------------------------------------
def test_search_finds_two_character_japanese_word(desk, japanese):
    hits = search(desk, "田中")
    assert _keys(hits) == [japanese.our_ref]  # in the parties concerned (Art. 7.2)
    (hit,) = hits
    assert hit.snippet[hit.match_start:hit.match_end] == "田中"
    assert _keys(search(desk, "時計")) == [japanese.our_ref]  # in the title


def test_search_finds_two_character_word_inside_a_longer_word(desk, japanese):
    assert _keys(search(desk, "鈴木")) == [japanese.our_ref]  # 鈴木商事
    assert _keys(search(desk, "商事")) == [japanese.our_ref]
    assert _keys(search(desk, "木商")) == [japanese.our_ref]  # a substring, as for longer terms


def test_search_two_character_word_needs_those_two_characters_together(desk, japanese):
    # Both characters are in the text, never next to each other in this order.
    assert search(desk, "中田") == []
    assert search(desk, "木鈴") == []
    assert search(desk, "佐藤") == []
    # 輸出確認 holds the pair 出確; in 確認（鈴木 the bracket parts 認 from 鈴: no pair 認鈴.
    assert _keys(search(desk, "出確")) == [japanese.our_ref]
    assert search(desk, "認鈴") == []


def test_search_two_character_word_never_pairs_characters_of_two_fields(desk, complete_fields):
    fields = dict(complete_fields, title="輸出の田", parties_concerned="中村（架空）")
    view = register_incoming(desk, "jp-us-1997", fields)
    assert _keys(search(desk, "中村")) == [view.our_ref]
    assert search(desk, "田中") == []  # the title ends in 田, the parties begin with 中


def test_search_mixes_japanese_words_and_latin_terms(desk, japanese):
    assert _keys(search(desk, "田中 Yokohama")) == [japanese.our_ref]
    assert _keys(search(desk, "Yokohama 鈴木 時計")) == [japanese.our_ref]
    assert search(desk, "田中 Osaka") == []
    assert search(desk, "佐藤 Yokohama") == []
    assert _keys(search(desk, "田中 wrist watches")) == [japanese.our_ref]


def test_search_finds_a_single_kanji_as_a_word(desk, japanese):
    """One kanji is a word an officer may look for (銃, 金): searched as it is, anywhere in a
    run of Japanese text, at its end too (市 ends 横浜市)."""
    assert _keys(search(desk, "輸")) == [japanese.our_ref]
    assert _keys(search(desk, "市")) == [japanese.our_ref]
    assert _keys(search(desk, "事")) == [japanese.our_ref]  # before the closing bracket
    assert search(desk, "銃") == []


def test_search_short_japanese_terms_use_the_gram_index_not_a_scan():
    sql, params = fts_query(split_terms("田中"), 50)
    assert "search_fts_cjk MATCH ?" in sql and "LIKE" not in sql
    assert params[0] == '"田中"'
    sql, params = fts_query(split_terms("銃"), 50)
    assert params[0] == '"銃"*'  # any gram starting with it
    sql, params = fts_query(split_terms("田中 Yokohama"), 50)
    assert "search_fts_cjk MATCH ?" in sql and "LIKE" not in sql
    assert params[:2] == ('"Yokohama"', '"田中"')
    sql, _params = fts_query(split_terms("JP"), 50)  # Latin: no gram index, as before
    assert "LIKE" in sql and "search_fts_cjk" not in sql


def test_search_finds_a_subject_by_a_two_character_japanese_name(desk):
    code = _add_subject(desk, "S-CJK-1", "鈴木花子")
    assert _keys(search(desk, "鈴木"), "subject") == [code]
    assert _keys(search(desk, "花子"), "subject") == [code]
    assert _keys(search(desk, "花"), "subject") == [code]


# -- the index follows every write ---------------------------------------------------------------
def test_cjk_index_follows_edits(desk, japanese):
    edit_request(desk, japanese.our_ref, {"parties_concerned": "佐藤次郎（架空）"})
    assert search(desk, "田中") == []
    assert _keys(search(desk, "佐藤")) == [japanese.our_ref]
    assert _keys(search(desk, "鈴木")) == [japanese.our_ref]  # the title is unchanged
    assert index_problems(desk) == []


@pytest.mark.sqlite_only  # SQLite's FTS5 tables themselves (the server's: test_server_search)
def test_cjk_index_follows_deletes(desk):
    code = _add_subject(desk, "S-CJK-1", "田中一郎")
    with desk.unit_of_work("test.delete", "subject") as (s, note):
        subj = s.execute(select(Subject).where(Subject.code == code)).scalar_one()
        for child in subj.names:
            s.delete(child)
        s.flush()
        s.delete(subj)
    assert search(desk, "田中") == []
    assert search(desk, "田") == []
    with desk.query() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_fts_cjk").scalar() == 0
    assert index_problems(desk) == []


def test_cjk_index_rolls_back_with_the_transaction(desk, japanese):
    with pytest.raises(RuntimeError):
        with desk.unit_of_work("test.fail", "request") as (s, note):
            from app.store.models import Request

            req = s.execute(select(Request)).scalar_one()
            req.parties_concerned = "佐藤次郎"
            s.flush()
            raise RuntimeError("abort")
    assert search(desk, "佐藤") == []
    assert _keys(search(desk, "田中")) == [japanese.our_ref]
    assert index_problems(desk) == []


@pytest.mark.sqlite_only  # SQLite's FTS5 tables themselves (the server's: test_server_search)
def test_verify_finds_a_damaged_cjk_index_and_rebuild_repairs_it(desk, japanese):
    with desk.db.write() as s:
        s.connection().exec_driver_sql("DELETE FROM search_fts_cjk")
    assert index_problems(desk) != []
    assert search(desk, "田中") == []
    rebuild_index(desk)
    assert index_problems(desk) == []
    assert _keys(search(desk, "田中")) == [japanese.our_ref]


@pytest.mark.sqlite_only  # SQLite's FTS5 tables themselves (the server's: test_server_search)
def test_verify_finds_a_wrong_cjk_row(desk, japanese):
    with desk.db.write() as s:
        s.connection().exec_driver_sql("UPDATE search_fts_cjk SET body = '佐藤 藤'")
    assert index_problems(desk) != []


def test_cjk_index_is_rebuilt_by_the_import(desk, japanese, tmp_path, fresh_store):
    from app.services import open_desk

    other = open_desk(fresh_store(tmp_path / "other"), actor="Officer Import", local=True)
    try:
        import_store(other, export_store(desk))
        assert _keys(search(other, "田中")) == [japanese.our_ref]
        assert _keys(search(other, "鈴木 Yokohama")) == [japanese.our_ref]
        assert index_problems(other) == []
    finally:
        other.db.close()


# -- the rule, for any text ----------------------------------------------------------------------
# Few characters, so that random queries often hit and often miss; kana, kanji, the long vowel
# mark, a separator (・), a space and two Latin letters (the subjects' codes hold none of them).
ALPHABET = "田中村鈴木のーア・ ax"


def test_search_finds_any_japanese_substring_and_nothing_else(desk):
    """For random texts and queries: a subject is found exactly when every term of the query is
    a substring of its code or name (the SQL-free reference), whichever index or fallback
    each term goes to; edits keep the index in step."""
    names: dict[str, str] = {}

    @settings(max_examples=60, deadline=None)
    @given(st.data())
    def check(data):
        text = data.draw(st.text(ALPHABET, min_size=1, max_size=12).filter(str.strip))
        # Drawn whatever the store holds (hypothesis replays draws, not the store's state).
        rename, pick = data.draw(st.booleans()), data.draw(st.integers(0, 1000))
        if names and rename:
            code = sorted(names)[pick % len(names)]
            with desk.unit_of_work("test.rename", "subject") as (s, note):
                s.execute(select(Subject).where(Subject.code == code)).scalar_one().display_name = text
                note.entity_id = code
            names[code] = text
        else:
            code = f"S-P-{len(names) + 1}"
            with desk.unit_of_work("test.subject", "subject") as (s, note):
                s.add(Subject(code=code, kind="person", subkind="natural", display_name=text,
                              details="{}"))
                note.entity_id = code
            names[code] = text
        if data.draw(st.booleans()):  # a substring of the new text, 2 to 4 characters
            start = data.draw(st.integers(0, max(0, len(text) - 2)))
            query = text[start:start + data.draw(st.integers(2, 4))]
        else:
            query = data.draw(st.text(ALPHABET, min_size=1, max_size=4))
        terms = split_terms(query)
        if not terms:
            return
        expected = {c for c, name in names.items()
                    if all(t.casefold() in f"{c} {name}".casefold() for t in terms)}
        assert set(_keys(search(desk, query, limit=1000), "subject")) == expected, query
        if query.strip() == query and len(terms) == 1 and query in text:
            assert code in expected

    check()
    assert index_problems(desk) == []
