"""The agreement catalogue: articles, legal bases and refusal grounds of each agreement.

An agreement is described by one JSON file (schema version 1, see ``app.treaty.schema``) under
``resources/agreements/``. This module turns such a dict into frozen dataclasses and back; the
round trip is exact for canonical dicts (every field present, as ``agreement_to_dict`` writes
them), which is the form the shipped files are kept in. ``labels`` of a basis or ground is the
one optional field: a dict without it loads, and is written back with ``"labels": {}``.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from app.treaty.errors import CatalogueError
from app.treaty.schema import SCHEMA_VERSION, json_path, validate_agreement_dict
from app.treaty.termination import (
    DEFAULT_REVIEW,
    DEFAULT_TERMINATION,
    ClauseTerms,
    ReviewClause,
    TerminationClause,
    check_clause_articles,
    clauses_from_dict,
    clauses_to_dict,
)

__all__ = [
    "Administration", "AgreementSpec", "Article", "Basis", "CatalogueError", "Ground", "Paragraph",
    "agreement_from_dict", "agreement_to_dict",
]


def _frozen_map(m: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(m))


@dataclass(frozen=True)
class Paragraph:
    """One numbered paragraph ("7.2"); ``text`` is None where the authentic text is not known."""

    number: str
    text: str | None


@dataclass(frozen=True)
class Article:
    """An article with its paragraphs. Headings are ours (the treaty has none) when editorial."""

    number: str
    heading: str
    paragraphs: tuple[Paragraph, ...]
    heading_is_editorial: bool = True
    text_known: bool = True

    @property
    def text(self) -> str | None:
        """The whole article as one string, paragraphs numbered; None if any text is unknown."""
        if any(p.text is None for p in self.paragraphs):
            return None
        if len(self.paragraphs) == 1 and self.paragraphs[0].number == self.number:
            return self.paragraphs[0].text
        return "\n\n".join(f"{p.number.split('.', 1)[-1]}. {p.text}" for p in self.paragraphs)


class _Labelled:
    """Shared by bases and grounds: ``label`` in English, ``labels`` in other letter languages."""

    label: str
    labels: Mapping[str, str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", _frozen_map(self.labels))

    def label_in(self, lang: str) -> str:
        """The label in ``lang`` when the catalogue gives one, else the English ``label``."""
        return self.labels.get(lang) or self.label


@dataclass(frozen=True)
class Basis(_Labelled):
    """A legal basis a request (or spontaneous information) can rest on, e.g. ``4.2(c)``."""

    code: str
    article: str
    label: str
    description: str
    kind: str
    subject_kinds: tuple[str, ...] = ()
    extra_fields: tuple[str, ...] = ()
    spontaneous: bool = False
    article_numbering_assumed: bool = False
    note: str | None = None
    #: ``label`` in other letter languages, keyed by language code ("ja", "es").
    labels: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Ground(_Labelled):
    """A ground for refusing, postponing, withholding or conditioning assistance."""

    code: str
    article: str | None
    label: str
    description: str
    outcomes: tuple[str, ...]
    article_numbering_assumed: bool = False
    note: str | None = None
    #: ``label`` in other letter languages, keyed by language code ("ja", "es").
    labels: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Administration:
    """A Customs Administration party to an agreement; ``name`` is keyed by language code."""

    name: Mapping[str, str]
    country: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _frozen_map(self.name))

    def __hash__(self) -> int:
        return hash((self.country, tuple(sorted(self.name.items()))))

    def name_in(self, lang: str) -> str:
        """The name in ``lang``, falling back to English, then to any name we have."""
        return self.name.get(lang) or self.name.get("en") or next(iter(self.name.values()), "")


@dataclass(frozen=True)
class AgreementSpec(ClauseTerms):
    """One agreement as the desk knows it. Build with ``agreement_from_dict``.

    ``termination`` / ``review`` are its clock clauses (see ``app.treaty.termination``); callers
    read ``termination_months``, ``termination_article``, ``review_years``, ``review_article``.
    """

    key: str
    title: str
    short_title: str
    titles: Mapping[str, str]
    place_signed: str | None
    signed_on: date | None
    in_force_on: date | None
    languages: tuple[str, ...]
    our_country: str
    partner_country: str
    our_administration: Administration
    partner_administration: Administration
    ref_prefix: str
    articles: tuple[Article, ...]
    bases: tuple[Basis, ...]
    grounds: tuple[Ground, ...]
    source: str | None = None
    facts_source: str | None = None
    note: str | None = None
    schema: int = SCHEMA_VERSION
    termination: TerminationClause = DEFAULT_TERMINATION
    review: ReviewClause | None = DEFAULT_REVIEW
    _index: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "titles", _frozen_map(self.titles))
        self._index.update(
            bases={b.code: b for b in self.bases},
            grounds={g.code: g for g in self.grounds},
            articles={a.number: a for a in self.articles},
            paragraphs={p.number: p for a in self.articles for p in a.paragraphs},
        )

    def __hash__(self) -> int:
        return hash((self.key, self.title, self.bases, self.grounds, self.articles))

    def basis(self, code: str) -> Basis:
        """The basis with this code; ``KeyError`` naming the agreement if there is none."""
        try:
            return self._index["bases"][code]
        except KeyError:
            known = ", ".join(self._index["bases"]) or "none"
            raise KeyError(f"bases: no legal basis {code!r} in agreement {self.key} "
                           f"(known: {known})") from None

    def ground(self, code: str) -> Ground:
        """The ground with this code; ``KeyError`` naming the agreement if there is none."""
        try:
            return self._index["grounds"][code]
        except KeyError:
            known = ", ".join(self._index["grounds"]) or "none"
            raise KeyError(f"grounds: no ground {code!r} in agreement {self.key} "
                           f"(known: {known})") from None

    def has_basis(self, code: str) -> bool:
        """Whether ``code`` is a basis of this agreement."""
        return code in self._index["bases"]

    def has_ground(self, code: str) -> bool:
        """Whether ``code`` is a ground of this agreement."""
        return code in self._index["grounds"]

    def article(self, number: str) -> Article:
        """The article numbered ``number`` ("7"); ``KeyError`` if there is none."""
        try:
            return self._index["articles"][number]
        except KeyError:
            raise KeyError(f"article: no article {number!r} in agreement {self.key}") from None

    def article_text(self, number: str) -> str | None:
        """Text of an article ("7"), a paragraph ("7.2") or a sub-paragraph reference.

        A reference like ``4.1(a)(i)`` resolves to its paragraph (4.1): sub-paragraphs live inside
        the paragraph text. Returns None where the authentic text is not known (``text_known``
        false); raises ``KeyError`` for a reference that names no article of this agreement.
        """
        ref = _resolve_ref(number, self._index["paragraphs"], self._index["articles"])
        if ref is None:
            raise KeyError(f"article: no article or paragraph {number!r} in agreement {self.key}")
        if ref in self._index["paragraphs"]:
            return self._index["paragraphs"][ref].text
        return self._index["articles"][ref].text

    def title_in(self, lang: str) -> str:
        """The full title in ``lang`` if we have it, else the English ``title``."""
        return self.titles.get(lang) or self.title

    def request_bases(self) -> tuple[Basis, ...]:
        """Bases usable for a request (not spontaneous)."""
        return tuple(b for b in self.bases if not b.spontaneous)

    def spontaneous_bases(self) -> tuple[Basis, ...]:
        """Bases for information given on one's own initiative (Art. 3.1, 4.3)."""
        return tuple(b for b in self.bases if b.spontaneous)

    def grounds_for(self, outcome: str) -> tuple[Ground, ...]:
        """Grounds that may justify ``outcome`` ("refused", "postponed", ...)."""
        return tuple(g for g in self.grounds if outcome in g.outcomes)


def _parse_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _check_references(d: dict[str, Any]) -> None:
    """Cross-field rules the schema cannot express: unique codes, articles that exist."""
    articles = {a["number"] for a in d["articles"]}
    for i, art in enumerate(d["articles"]):
        for j, par in enumerate(art["paragraphs"]):
            if par["number"] != art["number"] and not par["number"].startswith(art["number"] + "."):
                raise CatalogueError(json_path(["articles", i, "paragraphs", j, "number"]),
                                     f"{par['number']!r} is not a paragraph of article {art['number']}")
            if art["text_known"] and par["text"] is None:
                raise CatalogueError(json_path(["articles", i, "paragraphs", j, "text"]),
                                     "missing although the article says text_known is true")
    for collection, key in (("articles", "number"), ("bases", "code"), ("grounds", "code")):
        seen: set[str] = set()
        for i, item in enumerate(d[collection]):
            if item[key] in seen:
                raise CatalogueError(json_path([collection, i, key]), f"duplicate {item[key]!r}")
            seen.add(item[key])
    paragraphs = {p["number"] for a in d["articles"] for p in a["paragraphs"]}
    for collection in ("bases", "grounds"):
        for i, item in enumerate(d[collection]):
            ref = item["article"]
            if ref is not None and _resolve_ref(ref, paragraphs, articles) is None:
                raise CatalogueError(json_path([collection, i, "article"]),
                                     f"{ref!r} names no article or paragraph of this agreement")
    clauses_from_dict(d)  # termination / review values, before their articles
    check_clause_articles(d, lambda ref: _resolve_ref(ref, paragraphs, articles) is not None)


def _resolve_ref(ref: str, paragraphs: Container[str], articles: Container[str]) -> str | None:
    """The paragraph or article number a reference like ``4.1(a)(i)`` falls under, or None.

    Sub-paragraph letters and numerals live inside the paragraph text, so they are dropped one
    parenthesised level at a time until a paragraph ("4.1") or an article ("6") matches.
    """
    ref = ref.strip()
    while True:
        if ref in paragraphs or ref in articles:
            return ref
        shorter = re.sub(r"\([^()]*\)$", "", ref).strip()
        if shorter == ref:
            return None
        ref = shorter


def agreement_from_dict(d: dict[str, Any], *, trusted: bool = False) -> AgreementSpec:
    """Validate a schema-1 dict and build an ``AgreementSpec``.

    Raises ``CatalogueError`` whose message starts with the JSON path (``bases[3].code: missing``).
    ``trusted=True`` is for catalogues that were validated before they were stored (the store's
    own agreements): the JSON Schema pass (and the jsonschema import, a tenth of a second at
    start-up) is skipped, the cross-references are still checked, and should the dict not fit
    after all, the full validation runs then to name the faulty field.
    """
    if not trusted:
        validate_agreement_dict(d)
        _check_references(d)
        return _build(d)
    try:
        _check_references(d)
        return _build(d)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        validate_agreement_dict(d)  # raises the readable CatalogueError
        raise


def _build(d: dict[str, Any]) -> AgreementSpec:

    def admin(a: dict[str, Any]) -> Administration:
        return Administration(name=a["name"], country=a["country"])

    termination, review = clauses_from_dict(d)
    return AgreementSpec(
        termination=termination, review=review, schema=d["schema"], key=d["key"], title=d["title"],
        short_title=d["short_title"],
        titles=d["titles"], place_signed=d["place_signed"],
        signed_on=_parse_date(d["signed_on"]), in_force_on=_parse_date(d["in_force_on"]),
        languages=tuple(d["languages"]), our_country=d["our_country"],
        partner_country=d["partner_country"],
        our_administration=admin(d["our_administration"]),
        partner_administration=admin(d["partner_administration"]),
        ref_prefix=d["ref_prefix"], source=d["source"], facts_source=d["facts_source"],
        note=d["note"],
        articles=tuple(
            Article(number=a["number"], heading=a["heading"],
                    heading_is_editorial=a["heading_is_editorial"], text_known=a["text_known"],
                    paragraphs=tuple(Paragraph(p["number"], p["text"]) for p in a["paragraphs"]))
            for a in d["articles"]),
        bases=tuple(
            Basis(code=b["code"], article=b["article"], label=b["label"],
                  description=b["description"], kind=b["kind"],
                  subject_kinds=tuple(b["subject_kinds"]), extra_fields=tuple(b["extra_fields"]),
                  spontaneous=b["spontaneous"],
                  article_numbering_assumed=b["article_numbering_assumed"], note=b["note"],
                  labels=b.get("labels", {}))
            for b in d["bases"]),
        grounds=tuple(
            Ground(code=g["code"], article=g["article"], label=g["label"],
                   description=g["description"], outcomes=tuple(g["outcomes"]),
                   article_numbering_assumed=g["article_numbering_assumed"], note=g["note"],
                   labels=g.get("labels", {}))
            for g in d["grounds"]),
    )


def agreement_to_dict(spec: AgreementSpec) -> dict[str, Any]:
    """The canonical schema-1 dict of ``spec`` (inverse of ``agreement_from_dict``)."""

    def admin(a: Administration) -> dict[str, Any]:
        return {"name": dict(a.name), "country": a.country}

    return {
        "schema": spec.schema, "key": spec.key, "title": spec.title,
        "short_title": spec.short_title, "titles": dict(spec.titles),
        "place_signed": spec.place_signed,
        "signed_on": spec.signed_on.isoformat() if spec.signed_on else None,
        "in_force_on": spec.in_force_on.isoformat() if spec.in_force_on else None,
        "languages": list(spec.languages), "our_country": spec.our_country,
        "partner_country": spec.partner_country,
        "our_administration": admin(spec.our_administration),
        "partner_administration": admin(spec.partner_administration),
        "ref_prefix": spec.ref_prefix, "source": spec.source, "facts_source": spec.facts_source,
        "note": spec.note,
        "articles": [
            {"number": a.number, "heading": a.heading, "heading_is_editorial": a.heading_is_editorial,
             "text_known": a.text_known,
             "paragraphs": [{"number": p.number, "text": p.text} for p in a.paragraphs]}
            for a in spec.articles],
        "bases": [
            {"code": b.code, "article": b.article, "label": b.label, "description": b.description,
             "kind": b.kind, "subject_kinds": list(b.subject_kinds),
             "extra_fields": list(b.extra_fields), "spontaneous": b.spontaneous,
             "article_numbering_assumed": b.article_numbering_assumed, "note": b.note,
             "labels": dict(b.labels)}
            for b in spec.bases],
        "grounds": [
            {"code": g.code, "article": g.article, "label": g.label, "description": g.description,
             "outcomes": list(g.outcomes),
             "article_numbering_assumed": g.article_numbering_assumed, "note": g.note,
             "labels": dict(g.labels)}
            for g in spec.grounds],
        **clauses_to_dict(spec.termination, spec.review),
    }
