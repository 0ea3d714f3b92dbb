"""WatchIndex: finding Art. 4.2 surveillance subjects by name or identifier."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.matching.engine import SubjectRecord, WatchIndex

TANAKA = SubjectRecord(1, "TANAKA Sho (invented)", "person", ("田中 翔",), (("passport", "TK1234567"),))
VESSEL = SubjectRecord(2, "MV Example Star (invented)", "transport", ("Example Star",),
                       (("imo", "IMO 9074729"), ("mmsi", "431234567"), ("plate", "品川 300 あ 12-34")))
BOX = SubjectRecord(3, "Shipment (invented)", "goods", (), (("container", "MSCU1234566"),
                                                             ("awb", "176-12345675")))
GARCIA = SubjectRecord(4, "Gabriel García Márquez (invented)", "person",
                       ("Gabriel García Márquez", "Gabo García"))


@pytest.fixture
def index():
    watch = WatchIndex()
    watch.bulk_load([TANAKA, VESSEL, BOX, GARCIA])
    return watch


def _ids(hits):
    return [hit.subject_id for hit in hits]


@pytest.mark.parametrize("query", ["TANAKA SHO", "Tanaka Shou", "Syo Tanaka", "Tanaka Shoh",
                                   "たなか しょう", "田中翔"])
def test_art_4_2_tanaka_sho_matches_kanji_record(index, query):
    hits = index.match(query)
    assert _ids(hits) == [1]
    assert 95 <= hits[0].score <= 99
    assert "romanisation variant of '田中 翔'" in hits[0].reason


def test_art_4_2_tanaka_sato_does_not_match_tanaka_sho(index):
    assert index.match("Tanaka Sato") == []


def test_art_4_2_exact_normalised_name_scores_100_in_any_order(index):
    hits = index.match("MARQUEZ, Gabriel Garcia")
    assert _ids(hits) == [4] and hits[0].score == 100
    assert hits[0].reason.startswith("name: exact")


def test_art_4_2_typo_matches_by_fuzzy_score_below_key_band(index):
    hits = index.match("Gabriel Garsia Marquez")
    assert _ids(hits) == [4]
    assert 85 <= hits[0].score < 95 and hits[0].reason.startswith("name: fuzzy")


def test_art_4_2_missing_second_surname_still_matches(index):
    hits = index.match("Gabriel García")
    assert _ids(hits) == [4] and "one side only" in hits[0].reason


def test_art_4_2_alias_is_searched(index):
    assert _ids(index.match("Gabo Garcia")) == [4]


def test_art_4_2_c_imo_number_matches_exactly(index):
    hits = index.match("IMO 9074729")
    assert _ids(hits) == [2] and hits[0].score == 100
    assert hits[0].reason == "identifier: IMO 9074729 exact"


def test_art_4_2_c_mmsi_and_plate_match(index):
    assert _ids(index.match("431 234 567")) == [2]
    assert _ids(index.match("品川300あ1234")) == [2]


def test_art_4_2_b_container_with_wrong_check_digit_is_flagged_and_found(index):
    hits = index.match("MSCU 123456 5")
    assert _ids(hits) == [3] and hits[0].score == 90
    assert "check digit should be 6 (ISO 6346)" in hits[0].reason


def test_art_4_2_b_awb_and_passport_match(index):
    assert _ids(index.match("AWB 176 1234 5675")) == [3]
    assert _ids(index.match("tk-1234567")) == [1]


def test_identifier_query_does_not_match_names(index):
    assert index.match("TK 999") == []


def test_remove_forgets_names_and_identifiers(index):
    index.remove(1)
    assert index.match("Tanaka Sho") == [] and index.match("TK1234567") == []
    assert 1 not in index and len(index) == 3


def test_remove_unknown_subject_names_the_field(index):
    with pytest.raises(KeyError, match="subject_id"):
        index.remove(99)


def test_add_replaces_subject_with_same_id(index):
    index.add(SubjectRecord(1, "renamed (invented)", "person", ("Suzuki Ichiro",)))
    assert index.match("Tanaka Sho") == []
    assert _ids(index.match("鈴木 一郎")) == [1]


def test_bad_identifier_type_leaves_index_unchanged(index):
    bad = SubjectRecord(1, "x", "person", ("Someone Else",), (("fingerprint", "123"),))
    with pytest.raises(ValueError, match="identifiers: unknown type 'fingerprint'"):
        index.add(bad)
    assert _ids(index.match("Tanaka Sho")) == [1]
    assert index.match("Someone Else") == []


def test_art_4_2_subject_kind_is_checked():
    with pytest.raises(ValueError, match="kind: 'vessel'"):
        SubjectRecord(9, "x", "vessel")


def test_match_arguments_are_checked(index):
    with pytest.raises(ValueError, match="limit"):
        index.match("Tanaka", limit=0)
    with pytest.raises(ValueError, match="min_score"):
        index.match("Tanaka", min_score=101)


def test_limit_caps_hits_best_first():
    watch = WatchIndex()
    watch.bulk_load(SubjectRecord(i, f"n{i}", "person", ("Tanaka Sho",)) for i in range(5))
    hits = watch.match("Tanaka Sho", limit=3)
    assert len(hits) == 3 and all(h.score == 100 for h in hits)


def test_match_record_finds_existing_subject_but_not_itself(index):
    newcomer = SubjectRecord(10, "new party (invented)", "person", ("Sho Tanaka",),
                             (("passport", "ZZ0000001"),))
    assert _ids(index.match_record(newcomer)) == [1]
    assert index.match_record(TANAKA) == []


_TOKEN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@settings(max_examples=50)
@given(st.lists(_TOKEN, min_size=2, max_size=3, unique=True))
def test_art_4_2_indexed_name_is_found_in_any_word_order(words):
    watch = WatchIndex()
    watch.add(SubjectRecord("s", "s", "person", (" ".join(words),)))
    hits = watch.match(" ".join(reversed(words)).upper())
    assert _ids(hits) == ["s"] and hits[0].score == 100
