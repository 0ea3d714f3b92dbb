"""JSON Schema (version 1) of an agreement catalogue, and a validator with one-line errors.

The schema is the contract for ``resources/agreements/*.json`` and for agreements an officer adds.
``jsonschema`` does the structural checking; this module only turns its first error into a
``CatalogueError`` whose message starts with a readable JSON path (``bases[3].code: missing``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from app.treaty.errors import CatalogueError

SCHEMA_VERSION = 1

BASIS_KINDS = ("verification", "surveillance", "information", "documents", "presence", "evidence")
SUBJECT_KINDS = ("person", "goods", "transport")
OUTCOMES = ("executed", "partially-executed", "conditional", "postponed", "refused", "withheld")

_TEXT = {"type": "string", "minLength": 1}
_OPT_TEXT = {"type": ["string", "null"], "minLength": 1}
_DATE = {"type": ["string", "null"], "format": "date"}
_COUNTRY = {"type": "string", "pattern": "^[A-Z]{2}$"}
_LANG = {"type": "string", "pattern": "^[a-z]{2,3}$"}
_BY_LANG = {"type": "object", "propertyNames": {"pattern": "^[a-z]{2,3}$"},
            "additionalProperties": _TEXT}


def _closed(properties: dict[str, Any], required: Iterable[str] | None = None) -> dict[str, Any]:
    """An object schema that requires every listed property and forbids unknown ones.

    Unknown fields are refused so that a round trip through the dataclasses never drops data.
    """
    return {"type": "object", "properties": properties,
            "required": list(properties if required is None else required),
            "additionalProperties": False}


# ``labels`` (the label per letter language, e.g. {"ja": ..., "es": ...}) is optional so that
# catalogues written before it existed, or by an officer who skips it, stay valid in schema 1.
_REQUIRED_BASIS = ("code", "article", "label", "description", "kind", "subject_kinds",
                   "extra_fields", "spontaneous", "article_numbering_assumed", "note")
_REQUIRED_GROUND = ("code", "article", "label", "description", "outcomes",
                    "article_numbering_assumed", "note")

# ``termination`` and ``review`` (the clauses the clocks follow, Japan–US Art. 14.2 / 14.3) are
# optional: a catalogue without them gets the model agreement's clauses. ``review`` may be null
# (no review clause). Ranges are checked here and, for stored catalogues, in app.treaty.termination.
_OPTIONAL_AGREEMENT = ("termination", "review")

AGREEMENT_SCHEMA: dict[str, Any] = _closed({
    "schema": {"const": SCHEMA_VERSION},
    "key": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
    "title": _TEXT,
    "short_title": _TEXT,
    "titles": _BY_LANG,
    "place_signed": _OPT_TEXT,
    "signed_on": _DATE,
    "in_force_on": _DATE,
    "languages": {"type": "array", "items": _LANG, "minItems": 1, "uniqueItems": True},
    "our_country": _COUNTRY,
    "partner_country": _COUNTRY,
    "our_administration": _closed({"name": _BY_LANG, "country": _COUNTRY}),
    "partner_administration": _closed({"name": _BY_LANG, "country": _COUNTRY}),
    "ref_prefix": {"type": "string", "pattern": "^[A-Z0-9][A-Z0-9-]*$"},
    "source": _OPT_TEXT,
    "facts_source": _OPT_TEXT,
    "note": _OPT_TEXT,
    "articles": {"type": "array", "items": _closed({
        "number": {"type": "string", "pattern": "^[0-9]+$"},
        "heading": _TEXT,
        "heading_is_editorial": {"type": "boolean"},
        "text_known": {"type": "boolean"},
        "paragraphs": {"type": "array", "minItems": 1, "items": _closed({
            "number": {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$"},
            "text": _OPT_TEXT,
        })},
    })},
    "bases": {"type": "array", "items": _closed({
        "code": _TEXT,
        "article": _TEXT,
        "label": _TEXT,
        "description": _TEXT,
        "kind": {"enum": list(BASIS_KINDS)},
        "subject_kinds": {"type": "array", "items": {"enum": list(SUBJECT_KINDS)},
                          "uniqueItems": True},
        "extra_fields": {"type": "array", "items": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                         "uniqueItems": True},
        "spontaneous": {"type": "boolean"},
        "article_numbering_assumed": {"type": "boolean"},
        "note": _OPT_TEXT,
        "labels": _BY_LANG,
    }, required=_REQUIRED_BASIS)},
    "grounds": {"type": "array", "items": _closed({
        "code": _TEXT,
        "article": _OPT_TEXT,
        "label": _TEXT,
        "description": _TEXT,
        "outcomes": {"type": "array", "items": {"enum": list(OUTCOMES)}, "minItems": 1,
                     "uniqueItems": True},
        "article_numbering_assumed": {"type": "boolean"},
        "note": _OPT_TEXT,
        "labels": _BY_LANG,
    }, required=_REQUIRED_GROUND)},
    "termination": _closed({"notice_months": {"type": "integer", "minimum": 1, "maximum": 60},
                            "article": _TEXT}),
    # Object keywords do not apply to null, so this is "null, or exactly this object".
    "review": {**_closed({"after_years": {"type": "integer", "minimum": 1, "maximum": 50},
                          "article": _TEXT}), "type": ["object", "null"]},
})
AGREEMENT_SCHEMA["required"] = [p for p in AGREEMENT_SCHEMA["required"]
                                if p not in _OPTIONAL_AGREEMENT]

@lru_cache(maxsize=1)
def _validator() -> Any:
    # jsonschema is imported on the first validation only: stored catalogues are trusted at
    # start-up (see catalogue.agreement_from_dict), so most starts never need it.
    from jsonschema import Draft202012Validator, FormatChecker

    return Draft202012Validator(AGREEMENT_SCHEMA, format_checker=FormatChecker())


def json_path(parts: Iterable[str | int]) -> str:
    """Render ``["bases", 3, "code"]`` as ``bases[3].code`` (the form used in every message)."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _describe(error: Any) -> tuple[list[str | int], str]:
    """Turn one jsonschema error into (path parts, short message)."""
    path = list(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = next((p for p in error.validator_value if p not in error.instance), "?")
        return path + [missing], "missing"
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return path, f"unknown field {', '.join(repr(e) for e in extra)}"
    if kind == "type":
        wanted = error.validator_value
        wanted = " or ".join(wanted) if isinstance(wanted, list) else wanted
        return path, f"must be {wanted}, not {type(error.instance).__name__}"
    if kind == "enum":
        return path, f"must be one of {', '.join(map(str, error.validator_value))} (got {error.instance!r})"
    if kind == "const":
        return path, f"must be {error.validator_value!r} (got {error.instance!r})"
    if kind == "format":
        return path, f"must be an ISO date YYYY-MM-DD (got {error.instance!r})"
    if kind == "pattern":
        return path, f"{error.instance!r} does not match {error.validator_value}"
    if kind == "minLength":
        return path, "must not be empty"
    if kind in ("minimum", "maximum"):
        bound = "at least" if kind == "minimum" else "at most"
        return path, f"must be {bound} {error.validator_value} (got {error.instance!r})"
    if kind == "minItems":
        return path, f"needs at least {error.validator_value} item(s)"
    if kind == "uniqueItems":
        return path, "items must not repeat"
    return path, error.message


def validate_agreement_dict(d: Any) -> None:
    """Raise ``CatalogueError`` naming the JSON path of the first schema fault in ``d``.

    Errors are ordered by their position in the document so the message is deterministic.
    """
    if not isinstance(d, dict):
        raise CatalogueError("", f"an agreement must be a JSON object, not {type(d).__name__}")
    errors = list(_validator().iter_errors(d))
    if not errors:
        return
    first = min(errors, key=lambda e: [str(p).zfill(6) for p in e.absolute_path])
    parts, message = _describe(first)
    raise CatalogueError(json_path(parts) or "(agreement)", message)
