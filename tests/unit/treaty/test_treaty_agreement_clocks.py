"""Termination and review clocks follow the agreement's own clauses (Japan–US Art. 14.2 / 14.3)."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from app.treaty.builtin import builtin_agreement, builtin_agreement_dicts
from app.treaty.catalogue import CatalogueError, agreement_from_dict, agreement_to_dict
from app.treaty.clocks import effective_due, review_date, termination_date
from app.treaty.termination import ReviewClause, TerminationClause, open_request_deadline


@pytest.fixture(scope="module")
def model() -> dict:
    """The Japan–US catalogue without its clauses, renamed: an agreement silent on Art. 14."""
    d = copy.deepcopy(next(d for d in builtin_agreement_dicts() if d["key"] == "jp-us-1997"))
    del d["termination"], d["review"]
    d["key"] = "jp-zz-invented"
    return d


def with_clauses(base: dict, **clauses: object) -> dict:
    """``base`` plus an (invented) article 16 and the given clause fields."""
    d = copy.deepcopy(base)
    d["articles"].append({"number": "16", "heading": "Final provisions (invented)",
                          "heading_is_editorial": True, "text_known": False,
                          "paragraphs": [{"number": "16.1", "text": None},
                                         {"number": "16.2", "text": None}]})
    d.update(clauses)
    return d


def test_art_14_2_termination_uses_agreement_notice_period():
    end = termination_date(date(2026, 6, 1), months=6, article="16.2")
    assert end.value == date(2026, 12, 1)
    assert "+6 calendar months (Art. 16.2)" in end.explanation and "14.2" not in end.explanation
    assert termination_date(date(2026, 6, 1), months=1, article="9").explanation.count(
        "+1 calendar month (Art. 9)") == 1


def test_art_14_2_six_month_clause_from_the_catalogue_reaches_the_spec_and_the_deadline(model):
    spec = agreement_from_dict(with_clauses(
        model, termination={"notice_months": 6, "article": "16.2"}))
    assert (spec.termination_months, spec.termination_article) == (6, "16.2")
    deadline = open_request_deadline(date(2026, 8, 31), spec.termination)
    assert deadline.value == date(2027, 2, 28)  # clamped to the month end
    assert "(Art. 16.2)" in deadline.explanation


def test_art_14_2_builtin_jp_us_states_three_months_and_cites_14_2():
    us = builtin_agreement("jp-us-1997")
    assert us.termination == TerminationClause(3, "14.2")
    assert (us.review_years, us.review_article) == (5, "14.3")
    assert "three months written notice" in us.article_text("14.2")
    assert "five years" in us.article_text("14.3")
    end = termination_date(date(2026, 3, 15), months=us.termination_months,
                           article=us.termination_article)
    assert end.value == date(2026, 6, 15) and "+3 calendar months (Art. 14.2)" in end.explanation


def test_art_14_catalogue_silent_on_its_clauses_gets_the_model_clauses_and_round_trips(model):
    spec = agreement_from_dict(model)
    assert (spec.termination_months, spec.termination_article) == (3, "14.2")
    assert (spec.review_years, spec.review_article) == (5, "14.3")
    assert not spec.termination.stated and not spec.review.stated
    again = agreement_to_dict(spec)
    assert again == model and "termination" not in again and "review" not in again


def test_art_14_jp_mx_states_no_clause_it_has_no_source_for():
    mx = builtin_agreement("jp-mx-2017")
    assert not mx.termination.stated and not mx.review.stated
    assert (mx.termination_months, mx.termination_article) == (3, "14.2")
    assert "notice period for termination" in mx.note


def test_art_14_3_review_follows_the_agreement_and_null_means_no_review_clause(model):
    spec = agreement_from_dict(with_clauses(model, review={"after_years": 10, "article": "16.1"}))
    assert spec.review == ReviewClause(10, "16.1")
    review = review_date(date(2020, 2, 29), years=spec.review_years, article=spec.review_article)
    assert review.value == date(2030, 2, 28) and "+10 years (Art. 16.1)" in review.explanation
    none = with_clauses(model, review=None)
    spec = agreement_from_dict(none)
    assert spec.review is None and spec.review_years is None and spec.review_article is None
    assert agreement_to_dict(spec) == none  # "no review clause" survives the round trip


@pytest.mark.parametrize("trusted", [False, True])
@pytest.mark.parametrize("field,clause,expected", [
    ("termination", {"notice_months": 0, "article": "14.2"},
     "termination.notice_months: must be at least 1 (got 0)"),
    ("termination", {"notice_months": 61, "article": "14.2"},
     "termination.notice_months: must be at most 60 (got 61)"),
    ("termination", {"notice_months": "3", "article": "14.2"},
     "termination.notice_months: must be integer, not str"),
    ("termination", {"notice_months": True, "article": "14.2"},
     "termination.notice_months: must be integer, not bool"),
    ("termination", {"notice_months": 2.5, "article": "14.2"},
     "termination.notice_months: must be integer, not float"),
    ("termination", {"notice_months": 3}, "termination.article: missing"),
    ("termination", None, "termination: must be object, not NoneType"),
    ("termination", {"notice_months": 3, "article": "14.2", "days": 1},
     "termination: unknown field 'days'"),
    ("review", {"after_years": 51, "article": "14.3"},
     "review.after_years: must be at most 50 (got 51)"),
    ("review", {"after_years": 0, "article": "14.3"},
     "review.after_years: must be at least 1 (got 0)"),
])
def test_art_14_2_bad_clause_values_are_refused_naming_the_field(model, trusted, field, clause,
                                                                  expected):
    # trusted=True is how stored catalogues are read: the values are still checked.
    with pytest.raises(CatalogueError) as err:
        agreement_from_dict(dict(copy.deepcopy(model), **{field: clause}), trusted=trusted)
    assert str(err.value) == expected


@pytest.mark.parametrize("field,clause", [
    ("termination", {"notice_months": 6, "article": "16.2"}),
    ("review", {"after_years": 5, "article": "14.4"}),
])
def test_art_14_2_clause_article_must_be_in_the_agreements_articles(model, field, clause):
    with pytest.raises(CatalogueError,
                       match=rf"^{field}\.article: '{clause['article']}' names no article"):
        agreement_from_dict(dict(copy.deepcopy(model), **{field: clause}))


def test_art_14_2_clause_article_is_not_checked_when_no_articles_are_listed(model):
    bare = dict(copy.deepcopy(model), articles=[], bases=[], grounds=[],
                termination={"notice_months": 6, "article": "16.2"})
    assert agreement_from_dict(bare).termination_article == "16.2"


def test_art_14_2_clause_article_may_name_an_article_or_a_sub_paragraph(model):
    spec = agreement_from_dict(with_clauses(
        model, termination={"notice_months": 6, "article": "16"},
        review={"after_years": 5, "article": "16.1(a)"}))
    assert (spec.termination_article, spec.review_article) == ("16", "16.1(a)")


def test_art_14_2_effective_due_cites_the_agreements_article():
    capped = effective_due(date(2027, 6, 1), date(2026, 12, 1), article="16.2")
    assert capped.value == date(2026, 12, 1)
    assert capped.explanation.endswith("(Art. 16.2)") and "14.2" not in capped.explanation
    only = effective_due(None, date(2026, 12, 1), article="16.2")
    assert only.explanation.endswith("is the deadline (Art. 16.2)")
    assert effective_due(None, date(2026, 12, 1)).explanation.endswith("(Art. 14.2)")
