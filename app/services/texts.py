"""Free texts in each letter language: the Art. 7.2 elements and the Art. 11.4 outcome texts.

Storage (migration 0007): each free-text column of ``request`` and ``outcome`` keeps the text in
the row's ``text_lang`` (null for rows from before: English), so every reader of the column and
the search keep working; the row's ``texts`` column holds the versions in the other languages as
JSON ``{field: {lang: text}}``. One row, one write: a version changes with its record in the same
unit of work, is audited with it, travels with it in an export, and goes when the record goes.

Input: wherever a service takes one of these texts it takes either a plain string (the text in the
desk's default language, the ``text_language`` setting) or a mapping ``{"en": ..., "ja": ...,
"es": ...}`` (each given language set; ``None`` or ``""`` clears that version, languages not given
are left as they are). :func:`request_fields_from_json` maps a JSON document (the keys
``show REF --json`` prints) to the fields the request services take.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.services.validation import LONG, ServiceError, clean_text

#: Languages a free text is kept in (the letter languages; bilingual letters combine them).
TEXT_LANGUAGES: tuple[str, ...] = ("en", "ja", "es")

#: The language of a row's columns when it has none recorded (rows older than migration 0007).
LEGACY_LANGUAGE = "en"

#: Free-text fields of a request that letters print, with their article.
REQUEST_TEXT_FIELDS: dict[str, str] = {
    "requesting_administration": "7.2(a)",
    "nature_of_proceedings": "7.2(b)",
    "object_and_reason": "7.2(c)",
    "parties_concerned": "7.2(d)",
    "description_and_legal_elements": "7.2(e)",
}

#: Free-text fields of an outcome that the statement of reasons prints, with their article.
OUTCOME_TEXT_FIELDS: dict[str, str] = {
    "statement": "11.4",
    "conditions": "11.1",
    "accompanying_info": "11.4",
}

#: In a ``{lang: text}`` mapping, the key for "the desk's default language".
DEFAULT_KEY = "default"

LANGUAGE_NAMES = {"en": "English", "ja": "Japanese", "es": "Spanish"}


def default_language(conn: Any) -> str:
    """The desk's default text language (the ``text_language`` setting): the language a plain
    string is taken to be in. ``conn``: a read connection or a write session."""
    from app.services.admin import settings

    lang = settings.get(conn, "text_language")
    return lang if lang in TEXT_LANGUAGES else LEGACY_LANGUAGE


def parse_versions(name: str, value: Any, default_lang: str, *, article: str | None = None,
                   max_len: int = LONG) -> dict[str, str | None]:
    """Officer input for one text as ``{lang: text or None}``, each version checked.

    A plain string (or None) is the version in ``default_lang``; a mapping gives versions by
    language code (``"default"``: the desk's default language). Refused with one line naming the
    field (``name.lang`` for a version)."""
    if value is None or isinstance(value, str):
        return {default_lang: clean_text(name, value, max_len=max_len, article=article)}
    if not isinstance(value, Mapping):
        raise ServiceError(name, QT_TRANSLATE_NOOP(
            "Refusal", "must be text, or a mapping of language codes (en, ja, es) to text"),
                           article)
    out: dict[str, str | None] = {}
    for key, text in value.items():
        lang = default_lang if key == DEFAULT_KEY else key
        if lang not in TEXT_LANGUAGES:
            raise ServiceError(name, QT_TRANSLATE_NOOP(
                    "Refusal", "{lang} is not a text language (one of {join_text_languages})").format(
                        lang=repr(lang), join_text_languages=', '.join(TEXT_LANGUAGES)), article)
        if text is not None and not isinstance(text, str):
            raise ServiceError(f"{name}.{lang}", QT_TRANSLATE_NOOP("Refusal", "must be text"), article)
        out[lang] = clean_text(f"{name}.{lang}", text, max_len=max_len, article=article)
    return out


def _others(row: Any) -> dict[str, dict[str, str]]:
    try:
        raw = json.loads(getattr(row, "texts", None) or "{}")
    except (TypeError, ValueError):
        return {}
    return {f: {lang: t for lang, t in v.items() if isinstance(t, str) and t.strip()}
            for f, v in raw.items() if isinstance(v, dict)} if isinstance(raw, dict) else {}


def row_language(row: Any) -> str:
    """The language the row's text columns are in."""
    return getattr(row, "text_lang", None) or LEGACY_LANGUAGE


def versions_of(row: Any, name: str) -> dict[str, str]:
    """Every non-blank version of text ``name`` of a row (ORM object or Core row), by language."""
    out = {}
    main = getattr(row, name, None)
    if main and main.strip():
        out[row_language(row)] = main
    for lang, text in _others(row).get(name, {}).items():
        out.setdefault(lang, text)
    return {lang: out[lang] for lang in TEXT_LANGUAGES if lang in out}


def all_versions(row: Any, names: Iterable[str]) -> dict[str, dict[str, str]]:
    """:func:`versions_of` for each of ``names`` (fields without any text left out)."""
    return {n: v for n in names if (v := versions_of(row, n))}


def display_text(row: Any, name: str) -> str | None:
    """The text to show where one version is shown: the column, else the first other version."""
    main = getattr(row, name, None)
    if main and main.strip():
        return main
    others = _others(row).get(name, {})
    return next((others[lang] for lang in TEXT_LANGUAGES if lang in others), main)


def text_in(row: Any, name: str, lang: str) -> str | None:
    """The version of text ``name`` in ``lang``, None when there is none."""
    return versions_of(row, name).get(lang)


def set_versions(row: Any, name: str, versions: Mapping[str, str | None],
                 default_lang: str) -> dict[str, str | None]:
    """Set the given versions of text ``name`` on an ORM row; returns them for the audit entry.

    A row's columns hold its ``text_lang`` version, fixed when its first text is stored (the
    desk's default language ``default_lang``; English for a row that already held text before
    languages were kept); the versions in other languages go to ``texts``."""
    if getattr(row, "text_lang", None) is None:
        has_text = any(getattr(row, n, None) for n in (*REQUEST_TEXT_FIELDS, *OUTCOME_TEXT_FIELDS)
                       if hasattr(type(row), n))
        row.text_lang = LEGACY_LANGUAGE if has_text else default_lang
    base = row.text_lang
    others = _others(row)
    field_others = dict(others.get(name, {}))
    for lang, text in versions.items():
        if lang == base:
            setattr(row, name, text)
        elif text:
            field_others[lang] = text
        else:
            field_others.pop(lang, None)
    if field_others:
        others[name] = field_others
    else:
        others.pop(name, None)
    row.texts = json.dumps(others, ensure_ascii=False, sort_keys=True)
    return dict(versions)


def missing_versions(versions: Mapping[str, Mapping[str, str]], langs: Iterable[str]) -> list[tuple[str, str]]:
    """``(field, lang)`` for each text that is written in some language but not in ``lang``.

    A text blank in every language is not "missing a version" (whether it may be blank is the
    completeness rule's business, e.g. Art. 7.2)."""
    wanted = [lang for lang in dict.fromkeys(langs) if lang in TEXT_LANGUAGES]
    return [(name, lang) for name, by_lang in versions.items() if by_lang
            for lang in wanted if not (by_lang.get(lang) or "").strip()]


def missing_line(name: str, lang: str, article: str | None = None) -> str:
    """The one-line problem for a missing version: ``field: the Japanese version is missing``."""
    where = f" (Art. {article})" if article else ""
    return f"{name}: the {LANGUAGE_NAMES.get(lang, lang)} version is missing{where}"


def request_fields_from_json(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The request fields a JSON document gives, as the request services take them.

    Accepts the five Art. 7.2 texts at the top level or under ``elements`` (as ``show REF --json``
    prints them), each a plain string (the desk's default language) or ``{lang: text}``; with
    ``text_versions`` (as ``show --json`` prints them) the versions in other languages join. Keys
    that are not request fields are left for the caller (e.g. ``direction``, ``agreement_key``)."""
    if not isinstance(doc, Mapping):
        raise ServiceError("request", QT_TRANSLATE_NOOP("Refusal", "must be a JSON object"))
    fields = dict(doc)
    elements = fields.pop("elements", None)
    if elements is not None:
        if not isinstance(elements, Mapping):
            raise ServiceError("elements", QT_TRANSLATE_NOOP(
                "Refusal", "must be an object with the five Art. 7.2 fields"), "7.2")
        unknown = sorted(set(elements) - set(REQUEST_TEXT_FIELDS))
        if unknown:
            raise ServiceError(f"elements.{unknown[0]}", QT_TRANSLATE_NOOP(
                "Refusal", "is not an Art. 7.2 element"), "7.2")
        fields.update(elements)
    versions = fields.pop("text_versions", None)
    if versions is not None:
        if not isinstance(versions, Mapping):
            raise ServiceError("text_versions", QT_TRANSLATE_NOOP(
                "Refusal", "must be an object of {field: {lang: text}}"))
        for name, by_lang in versions.items():
            if name not in REQUEST_TEXT_FIELDS:
                raise ServiceError(f"text_versions.{name}", QT_TRANSLATE_NOOP("Refusal", "is not a text of a request"))
            if not isinstance(by_lang, Mapping):
                raise ServiceError(f"text_versions.{name}", QT_TRANSLATE_NOOP(
                    "Refusal", "must be an object of {lang: text}"))
            current = fields.get(name)
            merged: dict[str, Any] = dict(by_lang)
            if isinstance(current, Mapping):
                merged.update(current)
            elif isinstance(current, str) and current not in by_lang.values():
                # Changed from what ``show --json`` printed (a copy of one of the versions): the
                # service reads it as the desk's default language.
                merged[DEFAULT_KEY] = current
            fields[name] = merged
    return fields


__all__ = [
    "LANGUAGE_NAMES", "OUTCOME_TEXT_FIELDS", "REQUEST_TEXT_FIELDS", "TEXT_LANGUAGES",
    "all_versions", "default_language", "display_text", "missing_line", "missing_versions", "parse_versions",
    "request_fields_from_json", "row_language", "set_versions", "text_in", "versions_of",
]
