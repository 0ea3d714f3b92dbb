"""Is a request complete enough to send or print as final? (Art. 7.2)

Art. 7.2 lists what a request must include: (a) the administration making it, (b) the nature of
the proceedings, (c) the object and the reason, (d) names and addresses of the parties concerned
*if known*, (e) a brief description of the matter and the legal elements. A missing (a), (b), (c)
or (e) is an error; a missing (d) only a warning, because the treaty asks for it only if known.
The desk also wants at least one legal basis, and warns when a basis lacks the details it
depends on (a 4.2(c) request with no vessel or vehicle identifier).

Spontaneous information (Art. 3.1, 4.3) is tracked like a request with no "ask", so Art. 7.2 does
not apply to it: there is no object or reason of a request (7.2(c)) and no oral-request rule
(7.1). How the desk reads what it must carry before it is sent (decided here, once):

* the administration giving it (Art. 3.1: "the Customs Administrations shall provide each
  other"; Art. 9 restrictions are set by "the Customs Administration providing the
  information", so the giver must be known) -- error;
* a subject (the title): what the information is about, so the other side can file it -- error;
* the information itself (Art. 3.1, 4.3(a)), kept in the ``object_and_reason`` field -- error;
* at least one legal basis, and only spontaneous ones (3.1 or 4.3 on own initiative): a basis
  that needs a request (4.1, 5 ...) cannot carry information nobody asked for -- error;
* for 4.3(b) (serious offences) the offence and the harm it threatens (economy, public health,
  public security, another vital interest), in the description -- warning;
* the administration it goes to is the agreement's partner, always known; the restrictions on
  use (Art. 9, 10) ride on the information items, not on this record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from app.i18n import QT_TRANSLATE_NOOP, Localized
from app.treaty.builtin import model_agreement
from app.treaty.catalogue import AgreementSpec, Basis

__all__ = [
    "ELEMENTS", "EXTRA_FIELD_LABELS", "SPONTANEOUS_DIRECTIONS", "SPONTANEOUS_ELEMENTS", "Element",
    "Finding", "check_completeness", "is_complete", "is_blank", "is_spontaneous", "rule_article",
]


@dataclass(frozen=True)
class Element:
    """One element Art. 7.2 requires in a request."""

    letter: str
    field: str
    article: str
    label: str
    required: bool


ELEMENTS: tuple[Element, ...] = (
    Element("a", "requesting_administration", "7.2(a)",
            QT_TRANSLATE_NOOP("Completeness", "the administration making the request"), True),
    Element("b", "nature_of_proceedings", "7.2(b)",
            QT_TRANSLATE_NOOP("Completeness", "the nature of the proceedings"), True),
    Element("c", "object_and_reason", "7.2(c)",
            QT_TRANSLATE_NOOP("Completeness", "the object and reason of the request"), True),
    Element("d", "parties_concerned", "7.2(d)",
            QT_TRANSLATE_NOOP("Completeness", "the names and addresses of the parties concerned"), False),
    Element("e", "description_and_legal_elements", "7.2(e)",
            QT_TRANSLATE_NOOP("Completeness", "a brief description of the matter and the legal elements"), True),
)

#: Directions that carry spontaneous information (Art. 3.1): no ask, so no Art. 7.2.
SPONTANEOUS_DIRECTIONS: frozenset[str] = frozenset({"spontaneous-in", "spontaneous-out"})

#: What spontaneous information must carry (Art. 3.1, 4.3), in the same store fields as a
#: request's elements (plus the title). ``letter`` names the element for the UI, not Art. 7.2.
SPONTANEOUS_ELEMENTS: tuple[Element, ...] = (
    Element("giver", "requesting_administration", "3.1",
            QT_TRANSLATE_NOOP("Completeness", "the administration giving the information"), True),
    Element("subject", "title", "3.1",
            QT_TRANSLATE_NOOP("Completeness", "a subject saying what the information is about"), True),
    Element("information", "object_and_reason", "3.1",
            QT_TRANSLATE_NOOP("Completeness", "the information provided"), True),
)

#: Human names of the ``extra_fields`` a basis can call for (catalogue JSON ``bases[].extra_fields``).
EXTRA_FIELD_LABELS: dict[str, str] = {
    "goods_description": QT_TRANSLATE_NOOP("Completeness", "a description of the goods"),
    "declaration_number": QT_TRANSLATE_NOOP("Completeness", "the customs declaration number"),
    "person_identity": QT_TRANSLATE_NOOP("Completeness", "the identity of the person (name, date of birth, documents)"),
    "transport_identifier": QT_TRANSLATE_NOOP("Completeness", "a vessel, aircraft or vehicle identifier"),
    "documents_requested": QT_TRANSLATE_NOOP("Completeness", "the documents requested"),
    "electronic_form_ok": QT_TRANSLATE_NOOP("Completeness", "whether computer-based form is acceptable (Art. 5.2)"),
    "designated_officials": QT_TRANSLATE_NOOP("Completeness", "the designated officials concerned"),
    "records_to_consult": QT_TRANSLATE_NOOP("Completeness", "the books, registers or data media to consult"),
    "information_items": QT_TRANSLATE_NOOP("Completeness", "the information wanted as evidence"),
    "proceedings_reference": QT_TRANSLATE_NOOP("Completeness", "the criminal proceedings concerned"),
}


_IS_REQUIRED = QT_TRANSLATE_NOOP("Completeness", "{what} is required")
_ARE_REQUIRED = QT_TRANSLATE_NOOP("Completeness", "{what} are required")


def _words(basis: Basis) -> Localized:
    """A basis's label, in the catalogue's other languages too (the window picks its own)."""
    return Localized(basis.label, basis.labels)


@dataclass(frozen=True)
class Finding:
    """Something missing from a request.

    ``element`` is the 7.2 letter ("c"), ``"bases"``, or the code of the basis whose detail is
    missing ("4.2(c)"); ``field`` is the input to fill in; ``severity`` is "error" (blocks sending)
    or "warning" (shown, does not block).
    """

    element: str
    field: str
    article: str
    severity: Literal["error", "warning"]
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message} (Art. {self.article})"


def is_blank(value: object) -> bool:
    """None, a whitespace-only string, or an empty collection counts as not given.

    ``False`` and ``0`` are answers (e.g. "electronic form not acceptable"), so they are not blank.
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return len(value) == 0
    return False


def is_spontaneous(direction: object) -> bool:
    """Whether records of this direction are spontaneous information (Art. 3.1), not requests."""
    return str(direction) in SPONTANEOUS_DIRECTIONS


def rule_article(direction: object = None) -> str:
    """The article(s) whose completeness rules apply to a record of this direction."""
    return "3.1, 4.3" if is_spontaneous(direction) else "7.2"


def check_completeness(
    values: Mapping[str, str | None],
    bases: Sequence[str] = (),
    extra: Mapping[str, object] | None = None,
    spec: AgreementSpec | None = None,
    *,
    direction: str | None = None,
) -> list[Finding]:
    """Every gap in a request (Art. 7.2) or in spontaneous information (Art. 3.1, 4.3), errors
    first in element order, then warnings.

    ``values`` maps the five element fields (and, for spontaneous information, ``title``) to
    text; ``bases`` are basis codes; ``extra`` holds the basis-specific details
    (``transport_identifier`` ...). With ``spec`` the bases are checked against that agreement
    (unknown codes are errors); without it the built-in Japan–US catalogue is used only to look
    up which details each basis needs. ``direction`` "spontaneous-in"/"spontaneous-out" applies
    the rules of spontaneous information instead of Art. 7.2; anything else (or None) is a request.
    """
    if is_spontaneous(direction):
        return _check_spontaneous(values, bases, spec)
    findings: list[Finding] = []
    for el in ELEMENTS:
        if not is_blank(values.get(el.field)):
            continue
        if el.required:
            required = (_ARE_REQUIRED if el.letter == "c" else _IS_REQUIRED).format(what=el.label)
            findings.append(Finding(el.letter, el.field, el.article, "error", required))
        else:
            findings.append(Finding(el.letter, el.field, el.article, "warning", QT_TRANSLATE_NOOP(
                "Completeness", "{what} should be given if known").format(what=el.label)))

    codes = [c.strip() for c in bases if c and c.strip()]
    if not codes:
        findings.append(Finding("bases", "bases", "7.2(e)", "error",
                                QT_TRANSLATE_NOOP("Completeness", "at least one legal basis "
                                                  "(article of the agreement) is required")))
    extra = extra or {}
    for code, basis in _known_bases(dict.fromkeys(codes), spec, "7.2(e)", findings):
        for name in basis.extra_fields:
            if is_blank(extra.get(name)):
                what = EXTRA_FIELD_LABELS.get(name, name.replace("_", " "))
                findings.append(Finding(code, name, basis.article, "warning", QT_TRANSLATE_NOOP(
                    "Completeness", "{code} ({basis}) without {what}").format(
                    code=code, basis=_words(basis), what=what)))
    findings.sort(key=lambda f: f.severity != "error")
    return findings


def _known_bases(codes: Iterable[str], spec: AgreementSpec | None, article: str,
                 findings: list[Finding]) -> Iterator[tuple[str, Basis]]:
    """Each code with its basis from the agreement's catalogue (the model agreement's when no
    agreement is given); a code the agreement does not have becomes an error citing ``article``."""
    catalogue = spec if spec is not None else model_agreement()
    for code in codes:
        if catalogue is None or not catalogue.has_basis(code):
            if spec is not None:
                findings.append(Finding("bases", "bases", article, "error", QT_TRANSLATE_NOOP(
                    "Completeness", "{code} is not a legal basis of {agreement}").format(
                    code=repr(code), agreement=spec.key)))
            continue
        yield code, catalogue.basis(code)


def _check_spontaneous(values: Mapping[str, str | None], bases: Sequence[str],
                       spec: AgreementSpec | None) -> list[Finding]:
    """The rules of spontaneous information (see the module docstring)."""
    findings = [Finding(el.letter, el.field, el.article, "error", _IS_REQUIRED.format(what=el.label))
                for el in SPONTANEOUS_ELEMENTS if is_blank(values.get(el.field))]
    codes = list(dict.fromkeys(c.strip() for c in bases if c and c.strip()))
    if not codes:
        findings.append(Finding("bases", "bases", "3.1", "error",
                                QT_TRANSLATE_NOOP("Completeness", "a legal basis is required: "
                                                  "spontaneous information (3.1 or 4.3)")))
    for code, basis in _known_bases(codes, spec, "3.1", findings):
        if not basis.spontaneous:
            findings.append(Finding("bases", "bases", "3.1", "error", QT_TRANSLATE_NOOP(
                "Completeness", "{code} ({basis}) is a basis for requests; spontaneous information "
                "rests on 3.1 or 4.3").format(code=code, basis=_words(basis))))
        elif basis.article == "4.3" and is_blank(values.get("description_and_legal_elements")):
            findings.append(Finding(code, "description_and_legal_elements", "4.3", "warning",
                                    QT_TRANSLATE_NOOP(
                                        "Completeness", "the serious offence and the harm it could "
                                        "do (economy, public health, public security, another "
                                        "vital interest) should be described")))
    findings.sort(key=lambda f: f.severity != "error")
    return findings


def is_complete(findings: Sequence[Finding]) -> bool:
    """True when no finding is an error (warnings do not block sending)."""
    return not any(f.severity == "error" for f in findings)
