"""Plain data a letter is rendered from.

The renderer never sees ORM objects or sessions: whoever wires it to the store copies what a
letter needs into these frozen dataclasses. Enumerated values are checked on construction, so a
bad value fails at once with a one-line error naming the field, before any PDF byte is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

#: Letter languages, including the bilingual layouts (first language, then second).
#: Every letter kind's code, in the order they are listed to the officer (``registry`` builds
#: the kinds from ``app.documents.kinds`` and checks they are these).
KIND_CODES = ("request", "oral_confirmation", "statement_of_reasons", "consultation",
              "approval_request", "disclosure_notice", "evidence_cover", "acknowledgement",
              "spontaneous_information")
LANGUAGES: tuple[str, ...] = ("en", "ja", "es", "en+ja", "en+es", "ja+en")

#: Keys of ``LetterContext.elements``: the five items Art. 7.2 (a)-(e) asks a request to state.
ELEMENT_FIELDS: tuple[str, ...] = (
    "requesting_administration",  # 7.2(a)
    "nature_of_proceedings",  # 7.2(b)
    "object_and_reason",  # 7.2(c)
    "parties_concerned",  # 7.2(d), only "if known"
    "description_and_legal_elements",  # 7.2(e)
)

#: Free texts of a letter other than the Art. 7.2 elements that may be kept in each language
#: (``LetterContext.versions``), with the article each belongs to.
TEXT_FIELDS: dict[str, str] = {"statement": "11.4", "conditions": "11.1", "accompanying_info": "11.4"}

#: Restriction codes, most restrictive first (the order markings are printed in).
RESTRICTIONS: tuple[str, ...] = ("confidential", "not_as_evidence", "no_law_enforcement", "customs_only")

URGENCIES: tuple[str, ...] = ("normal", "urgent")
DECISIONS: tuple[str, ...] = ("refused", "postponed", "conditional", "withheld")


@dataclass(frozen=True)
class Party:
    """An administration and its designated official (Art. 7.3), as printed on a letter."""

    administration: str
    official_name: str = ""
    official_title: str = ""
    address_lines: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    #: The administration's name per letter language (``{"ja": "財務省関税局"}``): each half of
    #: a bilingual letter, and a Spanish letter, heads and signs in its own language.
    names: Mapping[str, str] = field(default_factory=dict, hash=False)
    #: The official's name and title per letter language (``{"ja": "佐藤 健二"}``); a language
    #: without one prints ``official_name`` / ``official_title``.
    official_names: Mapping[str, str] = field(default_factory=dict, hash=False)
    official_titles: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        for name in ("names", "official_names", "official_titles"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def administration_in(self, lang: str) -> str:
        """The administration's name in ``lang`` when one is given, else ``administration``."""
        return self.names.get(lang) or self.administration

    def official_name_in(self, lang: str) -> str:
        """The official's name in ``lang`` when one is given, else ``official_name``."""
        return self.official_names.get(lang) or self.official_name

    def official_title_in(self, lang: str) -> str:
        """The official's title in ``lang`` when one is given, else ``official_title``."""
        return self.official_titles.get(lang) or self.official_title


@dataclass(frozen=True)
class Signatory:
    """The officer who signs the letter; ``names``/``titles`` per letter language (the profile's
    section for that language: a Japanese letter signs with the name in kanji and the Japanese
    title), ``name``/``title`` for a language without one."""

    name: str
    title: str = ""
    administration: str = ""
    names: Mapping[str, str] = field(default_factory=dict, hash=False)
    titles: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        for name in ("names", "titles"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def name_in(self, lang: str) -> str:
        """The name signed in ``lang``."""
        return self.names.get(lang) or self.name

    def title_in(self, lang: str) -> str:
        """The title signed in ``lang``."""
        return self.titles.get(lang) or self.title


@dataclass(frozen=True)
class GroundLine:
    """One ground of a refusal, postponement or condition: its code, article and printed label.

    ``label`` is the default (the catalogue's English label); ``labels`` holds it per letter
    language, so each half of a bilingual letter prints the ground in its own language.
    """

    code: str
    article: str
    label: str
    labels: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", MappingProxyType(dict(self.labels)))

    def label_in(self, lang: str) -> str:
        """The label in ``lang`` when one is given, else ``label``."""
        return self.labels.get(lang) or self.label


@dataclass(frozen=True)
class LetterContext:
    """Everything one letter prints. Only ``kind``, ``lang`` and the parties are mandatory.

    ``bases`` holds ``(article_code, label)`` pairs, e.g. ``("4.2(a)", "Special surveillance of
    persons")``. ``elements`` maps the names in :data:`ELEMENT_FIELDS` to text. Dates are calendar
    dates; ``oral_request_at`` is printed as given (with its UTC offset when it is aware).
    """

    kind: str
    lang: str
    sender: Party
    addressee: Party
    signatory: Signatory
    final: bool = False
    document_number: str = ""
    issued_on: date = field(default_factory=date.today)
    our_ref: str = ""
    their_ref: str = ""
    request_date: date | None = None
    agreement_title: str = ""
    agreement_short: str = ""
    #: The agreement's title per letter language (e.g. the Japanese title for ``ja``); falls
    #: back to ``agreement_title``.
    agreement_titles: Mapping[str, str] = field(default_factory=dict)
    bases: tuple[tuple[str, str], ...] = ()
    #: Labels of ``bases`` per letter language: ``{"4.1(a)(i)": {"ja": "適法な輸出の確認"}}``;
    #: a basis or language missing here prints the label in ``bases``.
    basis_labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    elements: Mapping[str, str] = field(default_factory=dict)
    reciprocity: bool = False
    urgency: str = "normal"
    attachments: tuple[str, ...] = ()
    restrictions: tuple[str, ...] = ()
    oral_request_at: datetime | None = None
    decision: str | None = None
    postponed_until: date | None = None
    grounds: tuple[GroundLine, ...] = ()
    statement: str | None = None
    conditions: str | None = None
    accompanying_info: str | None = None
    authority: str | None = None
    purpose: str | None = None
    disclosure_date: date | None = None
    legal_basis_for_disclosure: str | None = None
    information_summary: str | None = None
    subject_line: str | None = None
    #: The audit chain's head when a FINAL letter is stored (entries, newest hash;
    #: ``app.security.audit.head``): printed small in its footer, so the letter sent is an
    #: anchor of the chain outside the store. Drafts print none.
    audit_head: tuple[int, str] | None = None
    #: Acknowledgements: the day the incoming request reached us (defaults to ``issued_on``).
    received_on: date | None = None
    #: The record's title; for spontaneous information it is the subject of what is given (Art. 3.1).
    title: str = ""
    #: Free texts kept in each language, ``{field: {lang: text}}``: an Art. 7.2 element (by its
    #: name in ELEMENT_FIELDS) or one of TEXT_FIELDS. A field given here prints, in each
    #: language of the letter, its version in that language; a missing version prints a
    #: placeholder and keeps the letter a draft. A field not given here prints ``elements`` /
    #: the attribute of the same name in every language.
    versions: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KIND_CODES:
            raise ValueError(f"kind: unknown letter kind {self.kind!r} (one of {', '.join(KIND_CODES)})")
        if self.lang not in LANGUAGES:
            raise ValueError(f"lang: unknown letter language {self.lang!r} (one of {', '.join(LANGUAGES)})")
        if self.urgency not in URGENCIES:
            raise ValueError(f"urgency: must be 'normal' or 'urgent', not {self.urgency!r}")
        if self.decision is not None and self.decision not in DECISIONS:
            raise ValueError(f"decision: must be one of {', '.join(DECISIONS)}, not {self.decision!r}")
        bad = [r for r in self.restrictions if r not in RESTRICTIONS]
        if bad:
            raise ValueError(f"restrictions: unknown restriction code {bad[0]!r} "
                             f"(Art. 9/10; one of {', '.join(RESTRICTIONS)})")
        unknown = [k for k in self.elements if k not in ELEMENT_FIELDS]
        if unknown:
            raise ValueError(f"elements: unknown Art. 7.2 element {unknown[0]!r}")
        for name in ("bases", "attachments", "restrictions", "grounds"):
            # Accept lists from callers but keep the context immutable (and hashable-ish).
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "bases", tuple(tuple(b) for b in self.bases))
        object.__setattr__(self, "elements", MappingProxyType(dict(self.elements)))
        object.__setattr__(self, "agreement_titles", MappingProxyType(dict(self.agreement_titles)))
        unknown = [k for k in self.versions if k not in ELEMENT_FIELDS and k not in TEXT_FIELDS]
        if unknown:
            raise ValueError(f"versions: {unknown[0]!r} is not a free text of a letter")
        object.__setattr__(self, "versions", MappingProxyType(
            {name: MappingProxyType({lang: t for lang, t in by_lang.items() if t and t.strip()})
             for name, by_lang in self.versions.items()}))
        object.__setattr__(self, "basis_labels", MappingProxyType(
            {code: MappingProxyType(dict(by_lang)) for code, by_lang in self.basis_labels.items()}))

    @property
    def languages(self) -> tuple[str, ...]:
        """The letter's languages in print order (one for a monolingual letter)."""
        return tuple(self.lang.split("+"))

    def basis_label(self, code: str, label: str, lang: str) -> str:
        """The label of basis ``code`` in ``lang``, else ``label`` (its entry in ``bases``)."""
        return self.basis_labels.get(code, {}).get(lang) or label

    def element(self, name: str, lang: str | None = None) -> str:
        """The text of one Art. 7.2 element, '' when absent; with ``lang``, its version in that
        language where versions are given (see :meth:`text`)."""
        return (self.text(name, lang, self.elements.get(name)) or "").strip()

    def text(self, name: str, lang: str | None, default: str | None) -> str | None:
        """Free text ``name`` in ``lang``: its version there when ``versions`` holds the field
        (None when that version is missing), else ``default`` (the one text for every language)."""
        by_lang = self.versions.get(name)
        if lang is None or not by_lang:
            return default
        return by_lang.get(lang)

    def version_missing(self, name: str, lang: str) -> bool:
        """True when text ``name`` is written in some language but not in ``lang``."""
        by_lang = self.versions.get(name)
        if not by_lang:
            return False
        return not (by_lang.get(lang) or "").strip()

    def missing_versions(self) -> list[tuple[str, str]]:
        """``(field, lang)`` for each language of the letter a written text lacks."""
        return [(name, lang) for name in self.versions for lang in self.languages
                if self.version_missing(name, lang)]
