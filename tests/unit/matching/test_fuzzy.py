"""Token edit limits that keep near-miss names of different people apart (Art. 4.2(a))."""

import pytest

from app.matching.fuzzy import score_tokens, tokens_close


@pytest.mark.parametrize("a,b", [("sato", "saito"), ("yumi", "yuki"), ("ono", "ona"),
                                 ("maria", "mario"), ("gabriel", "gabriela"),
                                 ("alejandro", "alejandra"), ("kato", "goto")])
def test_art_4_2_near_miss_tokens_are_different_names(a, b):
    assert not tokens_close(a, b)


@pytest.mark.parametrize("a,b", [("jonh", "john"), ("gonzalez", "gonzales"),
                                 ("yamamoto", "yamamato"), ("katherine", "katharine"),
                                 ("christopher", "cristopher")])
def test_art_4_2_typing_errors_are_the_same_name(a, b):
    assert tokens_close(a, b)


def test_every_token_of_the_shorter_name_must_align():
    assert score_tokens(("sho", "tanaka"), ("sato", "tanaka")) is None


def test_single_token_never_matches_a_full_name():
    assert score_tokens(("tanaka",), ("sho", "tanaka")) is None


def test_missing_part_is_penalised_but_scored():
    result = score_tokens(("gabriel", "garcia"), ("gabriel", "garcia", "marquez"))
    assert result is not None and result.unmatched == 1 and 85 <= result.score < 95
