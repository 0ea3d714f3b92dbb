"""Is a request complete enough to send or print as final? (Art. 7.2)

Art. 7.2 lists what a request must include: (a) the administration making it, (b) the nature of
the proceedings, (c) the object and the reason, (d) names and addresses of the parties concerned
*if known*, (e) a brief description of the matter and the legal elements. A missing (a), (b), (c)
or (e) is an error; a missing (d) only a warning, because the treaty asks for it only if known.
The desk also wants at least one legal basis, and warns when a basis lacks the details it
depends on (a 4.2(c) request with no vessel or vehicle identifier).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from app.treaty.catalogue import AgreementSpec, model_agreement

__all__ = [
    "ELEMENTS", "EXTRA_FIELD_LABELS", "Element", "Finding", "check_completeness", "is_complete",
    "is_blank",
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
    Element("a", "requesting_administration", "7.2(a)", "the administration making the request", True),
    Element("b", "nature_of_proceedings", "7.2(b)", "the nature of the proceedings", True),
    Element("c", "object_and_reason", "7.2(c)", "the object and reason of the request", True),
    Element("d", "parties_concerned", "7.2(d)", "the names and addresses of the parties concerned", False),
    Element("e", "description_and_legal_elements", "7.2(e)",
            "a brief description of the matter and the legal elements", True),
)

#: Human names of the ``extra_fields`` a basis can call for (catalogue JSON ``bases[].extra_fields``).
EXTRA_FIELD_LABELS: dict[str, str] = {
    "goods_description": "a description of the goods",
    "declaration_number": "the customs declaration number",
    "person_identity": "the identity of the person (name, date of birth, documents)",
    "transport_identifier": "a vessel, aircraft or vehicle identifier",
    "documents_requested": "the documents requested",
    "electronic_form_ok": "whether computer-based form is acceptable (Art. 5.2)",
    "designated_officials": "the designated officials concerned",
    "records_to_consult": "the books, registers or data media to consult",
    "information_items": "the information wanted as evidence",
    "proceedings_reference": "the criminal proceedings concerned",
}


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


def check_completeness(
    values: Mapping[str, str | None],
    bases: Sequence[str] = (),
    extra: Mapping[str, object] | None = None,
    spec: AgreementSpec | None = None,
) -> list[Finding]:
    """Every Art. 7.2 gap in a request, errors first in element order, then warnings.

    ``values`` maps the five element fields to text; ``bases`` are basis codes; ``extra`` holds
    the basis-specific details (``transport_identifier`` ...). With ``spec`` the bases are checked
    against that agreement (unknown codes are errors); without it the built-in Japan–US catalogue
    is used only to look up which details each basis needs.
    """
    findings: list[Finding] = []
    for el in ELEMENTS:
        if not is_blank(values.get(el.field)):
            continue
        if el.required:
            findings.append(Finding(el.letter, el.field, el.article, "error",
                                    f"{el.label} {'are' if el.letter == 'c' else 'is'} required"))
        else:
            findings.append(Finding(el.letter, el.field, el.article, "warning",
                                    f"{el.label} should be given if known"))

    codes = [c.strip() for c in bases if c and c.strip()]
    if not codes:
        findings.append(Finding("bases", "bases", "7.2(e)", "error",
                                "at least one legal basis (article of the agreement) is required"))
    catalogue = spec if spec is not None else model_agreement()
    extra = extra or {}
    for code in dict.fromkeys(codes):
        if catalogue is None or not catalogue.has_basis(code):
            if spec is not None:
                findings.append(Finding("bases", "bases", "7.2(e)", "error",
                                        f"{code!r} is not a legal basis of {spec.key}"))
            continue
        basis = catalogue.basis(code)
        for name in basis.extra_fields:
            if is_blank(extra.get(name)):
                what = EXTRA_FIELD_LABELS.get(name, name.replace("_", " "))
                findings.append(Finding(code, name, basis.article, "warning",
                                        f"{code} ({basis.label}) without {what}"))
    findings.sort(key=lambda f: f.severity != "error")
    return findings


def is_complete(findings: Sequence[Finding]) -> bool:
    """True when no finding is an error (warnings do not block sending)."""
    return not any(f.severity == "error" for f in findings)
