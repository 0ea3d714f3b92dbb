"""Exact identifier lookup for the watch list (documents, containers, vessels, vehicles, waybills).

Stored identifiers are normalised by type at add time; a query is normalised every way it could
be read (an 11-digit string may be an AWB, "IMO 9074729" a ship) and looked up directly.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.matching.identifiers import (
    IdCheck,
    compact_identifier,
    normalize_bl,
    normalize_document_number,
    normalize_plate,
    validate_awb,
    validate_container,
    validate_imo,
    validate_mmsi,
)

__all__ = ["IDENTIFIER_TYPES", "normalize_identifier", "describe_identifier", "IdIndex", "IdHit"]

IDENTIFIER_TYPES = frozenset(
    {"passport", "container", "imo", "mmsi", "plate", "bl", "awb", "registration", "call_sign",
     "doc"}
)
_LABELS = {"passport": QT_TRANSLATE_NOOP("IdentifierType", "passport"),
           "container": QT_TRANSLATE_NOOP("IdentifierType", "container"),
           "imo": "IMO", "mmsi": "MMSI",
           "plate": QT_TRANSLATE_NOOP("IdentifierType", "plate"), "bl": "B/L", "awb": "AWB",
           "registration": QT_TRANSLATE_NOOP("IdentifierType", "registration"),
           "call_sign": QT_TRANSLATE_NOOP("IdentifierType", "call sign"),
           "doc": QT_TRANSLATE_NOOP("IdentifierType", "document")}

#: Why an identifier matched (``IdHit.reason``): English for the CLI, the window's language there.
_EXACT = QT_TRANSLATE_NOOP("MatchReason", "identifier: {kind} {stored} exact")
_EXACT_NOTED = QT_TRANSLATE_NOOP("MatchReason", "identifier: {kind} {stored} exact; {note}")
_STEM = QT_TRANSLATE_NOOP("MatchReason", "identifier: container {stored} matches on owner code and serial; {note}")


def normalize_identifier(id_type: str, value: str) -> str:
    """Canonical spelling of ``value`` as an identifier of ``id_type``.

    Raises ValueError naming the field for an unknown type or an empty value.
    """
    if id_type not in IDENTIFIER_TYPES:
        raise ValueError(
            f"identifiers: unknown type {id_type!r} (one of {', '.join(sorted(IDENTIFIER_TYPES))})"
        )
    if id_type == "container":
        code = validate_container(value).normalized
    elif id_type == "imo":
        code = validate_imo(value).normalized
    elif id_type == "mmsi":
        code = validate_mmsi(value).normalized
    elif id_type in ("bl", "awb"):
        code = normalize_bl(value)
    elif id_type == "plate":
        code = normalize_plate(value)
    else:
        code = normalize_document_number(value)
    if not code:
        raise ValueError(f"identifiers: empty {_LABELS[id_type]} value")
    return code


def describe_identifier(text: str) -> IdCheck | None:
    """The check that applies to ``text`` if it has the shape of a checkable identifier.

    Containers (4 letters + 6-7 digits), IMO numbers ("IMO" + 7 digits, or 7 bare digits),
    MMSI (9 digits) and AWB (11 digits); None for anything else (plates, passports, names).
    """
    code = compact_identifier(text)
    if re.fullmatch(r"[A-Z]{3}[UJZR]\d{6,7}", code):
        return validate_container(code)
    if re.fullmatch(r"(IMO)?\d{7}", code):
        return validate_imo(code)
    if re.fullmatch(r"(MMSI)?\d{9}", code):
        return validate_mmsi(code)
    if re.fullmatch(r"(AWB)?\d{11}", code):
        return validate_awb(code)
    return None


#: A subject's key as the caller gives it (the engine's ``SubjectRecord.subject_id``).
SubjectId = int | str


@dataclass(frozen=True)
class IdHit:
    """One subject found by identifier: score 100 when exact, lower when only partly."""

    subject_id: SubjectId
    score: float
    reason: str


class IdIndex:
    """Normalised identifier -> subjects, plus containers by owner code and serial alone."""

    def __init__(self) -> None:
        self._exact: dict[str, set[tuple[SubjectId, str, str]]] = defaultdict(set)
        self._container_stem: dict[str, set[tuple[SubjectId, str]]] = defaultdict(set)

    @staticmethod
    def prepare(identifiers: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str]]:
        """Validate and normalise a record's identifiers before anything is stored."""
        return [(t, v, normalize_identifier(t, v)) for t, v in identifiers]

    def add(self, subject_id: SubjectId, prepared: list[tuple[str, str, str]]) -> None:
        """Store the prepared identifiers of one subject."""
        for id_type, _raw, code in prepared:
            self._exact[code].add((subject_id, id_type, code))
            if id_type == "container" and len(code) >= 10:
                self._container_stem[code[:10]].add((subject_id, code))

    def discard(self, subject_id: SubjectId, prepared: list[tuple[str, str, str]]) -> None:
        """Forget the identifiers of one subject."""
        for id_type, _raw, code in prepared:
            self._exact[code].discard((subject_id, id_type, code))
            if id_type == "container":
                self._container_stem[code[:10]].discard((subject_id, code))

    def lookup(self, text: str) -> list[IdHit]:
        """Subjects whose identifier equals ``text`` read any plausible way."""
        code = compact_identifier(text)
        if not code:
            return []
        check = describe_identifier(text)
        forms = {code, normalize_bl(code)}
        for prefix in ("IMO", "MMSI", "AWB"):
            if code.startswith(prefix) and code[len(prefix):].isdigit():
                forms.add(code[len(prefix):])
        faulty = check is not None and not check.ok
        hits: list[IdHit] = []
        for form in forms:
            for subject_id, id_type, stored in self._exact.get(form, ()):
                reason = (_EXACT_NOTED.format(kind=_LABELS[id_type], stored=stored, note=check.message)
                          if faulty and check is not None else
                          _EXACT.format(kind=_LABELS[id_type], stored=stored))
                hits.append(IdHit(subject_id, 100.0, reason))
        if check is not None and check.message.startswith("container") and not check.ok:
            # Wrong or missing check digit: the owner code and serial still identify the box.
            for subject_id, stored in self._container_stem.get(code[:10], ()):
                if stored != code:
                    hits.append(IdHit(subject_id, 90.0, _STEM.format(stored=stored, note=check.message)))
        return hits
