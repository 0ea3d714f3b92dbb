"""Termination and review clauses of an agreement, and the hard deadline termination puts on
open requests (Japan–US Art. 14.2 / 14.3 and their equivalents in other agreements).

A catalogue may state its clauses as optional fields::

    "termination": {"notice_months": 3, "article": "14.2"},
    "review": {"after_years": 5, "article": "14.3"}      # or null: no review clause

A catalogue silent on them gets the model agreement's clauses (three months, Art. 14.2; five
years, Art. 14.3), so agreements stored before these fields existed keep their dates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.treaty.clocks import (
    DEFAULT_REVIEW_ARTICLE,
    DEFAULT_REVIEW_YEARS,
    DEFAULT_TERMINATION_ARTICLE,
    DEFAULT_TERMINATION_MONTHS,
    ComputedDate,
    termination_date,
)
from app.treaty.errors import CatalogueError

__all__ = [
    "DEFAULT_REVIEW", "DEFAULT_TERMINATION", "MAX_NOTICE_MONTHS", "MAX_REVIEW_YEARS",
    "ClauseTerms", "ReviewClause", "TerminationClause", "check_clause_articles", "clauses_from_dict",
    "clauses_to_dict", "open_request_deadline",
]

MAX_NOTICE_MONTHS = 60
MAX_REVIEW_YEARS = 50


@dataclass(frozen=True)
class TerminationClause:
    """Termination takes effect ``notice_months`` after written notice (Art. ``article``).

    ``stated`` is False when the catalogue is silent and the model agreement's clause is assumed.
    """

    notice_months: int
    article: str
    stated: bool = True


@dataclass(frozen=True)
class ReviewClause:
    """The parties review the agreement ``after_years`` after entry into force (Art. ``article``).

    ``stated`` is False when the catalogue is silent and the model agreement's clause is assumed.
    """

    after_years: int
    article: str
    stated: bool = True


DEFAULT_TERMINATION = TerminationClause(DEFAULT_TERMINATION_MONTHS, DEFAULT_TERMINATION_ARTICLE,
                                        stated=False)
DEFAULT_REVIEW = ReviewClause(DEFAULT_REVIEW_YEARS, DEFAULT_REVIEW_ARTICLE, stated=False)

# field -> (count key, unit, largest value): the two clauses differ only in these.
_SHAPE = {"termination": ("notice_months", "months", MAX_NOTICE_MONTHS),
          "review": ("after_years", "years", MAX_REVIEW_YEARS)}


def _clause_values(d: Mapping[str, Any], name: str) -> tuple[int, str] | None:
    """(count, article) of clause ``name`` after checking it; None when it is null."""
    clause = d[name]
    if clause is None:
        if name == "termination":  # every agreement can be terminated: null would hide the clock
            raise CatalogueError(name, "must be an object with notice_months and article, not "
                                       "null (leave it out to use three months, Art. 14.2)")
        return None
    count_key, unit, top = _SHAPE[name]
    if not isinstance(clause, Mapping):
        raise CatalogueError(name, f"must be an object with {count_key} and article")
    extra = sorted(set(clause) - {count_key, "article"})
    if extra:
        raise CatalogueError(name, f"unknown field {', '.join(repr(e) for e in extra)}")
    count = clause.get(count_key)
    # bool is an int in Python; true is not a number of months.
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= top:
        raise CatalogueError(f"{name}.{count_key}",
                             f"must be a whole number of {unit} from 1 to {top} (got {count!r})")
    article = clause.get("article")
    if not isinstance(article, str) or not article.strip():
        raise CatalogueError(f"{name}.article", f"must name the article, e.g. \"14.2\" "
                                                f"(got {article!r})")
    return count, article.strip()


def clauses_from_dict(d: Mapping[str, Any]) -> tuple[TerminationClause, ReviewClause | None]:
    """The termination and review clauses of a catalogue dict, checked.

    An absent field gives the model clause (``stated=False``); ``"review": null`` gives None (the
    agreement has no review clause). Raises ``CatalogueError`` naming the field
    (``termination.notice_months: must be a whole number of months from 1 to 60 (got 0)``).
    """
    term = DEFAULT_TERMINATION
    if "termination" in d:
        values = _clause_values(d, "termination")
        assert values is not None, "_clause_values refuses a null termination clause"
        term = TerminationClause(*values)
    review: ReviewClause | None = DEFAULT_REVIEW
    if "review" in d:
        values = _clause_values(d, "review")
        review = None if values is None else ReviewClause(*values)
    return term, review


def check_clause_articles(d: Mapping[str, Any], resolves: Callable[[str], bool]) -> None:
    """Refuse a stated clause whose article ``resolves`` does not find in the catalogue.

    Only checked when the catalogue lists articles: a catalogue without them cannot be checked.
    """
    if not d.get("articles"):
        return
    for name in ("termination", "review"):
        clause = d.get(name)
        if (isinstance(clause, Mapping) and isinstance(clause.get("article"), str)
                and not resolves(clause["article"].strip())):
            raise CatalogueError(f"{name}.article", f"{clause['article']!r} names no article "
                                                    "or paragraph of this agreement")


def clauses_to_dict(term: TerminationClause, review: ReviewClause | None) -> dict[str, Any]:
    """The catalogue fields for the clauses: only those the catalogue stated (round trip)."""
    out: dict[str, Any] = {}
    if term.stated:
        out["termination"] = {"notice_months": term.notice_months, "article": term.article}
    if review is None:
        out["review"] = None
    elif review.stated:
        out["review"] = {"after_years": review.after_years, "article": review.article}
    return out


class ClauseTerms:
    """Mixed into ``AgreementSpec``: its clock terms as plain values callers pass to the clocks.

    ``spec.termination_months`` / ``termination_article`` for ``clocks.termination_date``;
    ``spec.review_years`` / ``review_article`` for ``clocks.review_date`` (None: no review clause).
    """

    termination: TerminationClause
    review: ReviewClause | None

    @property
    def termination_months(self) -> int:
        """Months from written notice to termination (Japan–US: 3, Art. 14.2)."""
        return self.termination.notice_months

    @property
    def termination_article(self) -> str:
        """The article that sets the notice period and ends ongoing assistance ("14.2")."""
        return self.termination.article

    @property
    def review_years(self) -> int | None:
        """Years from entry into force to the review (Japan–US: 5, Art. 14.3); None if no clause."""
        return None if self.review is None else self.review.after_years

    @property
    def review_article(self) -> str | None:
        """The article of the review clause ("14.3"); None if the agreement has none."""
        return None if self.review is None else self.review.article


def open_request_deadline(notice_on: date | None, clause: TerminationClause = DEFAULT_TERMINATION,
                          ) -> ComputedDate | None:
    """The date by which every open request under the agreement must be completed, or None.

    Japan–US Art. 14.2: "Any ongoing assistance at the time of notification of termination shall
    be completed by the date of termination", which is three months after the written notice;
    ``clause`` gives another agreement's period and article.
    """
    if notice_on is None:
        return None
    return termination_date(notice_on, months=clause.notice_months, article=clause.article)
