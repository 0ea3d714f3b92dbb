"""Desk settings kept inside the encrypted store (so they travel with backups and exports).

Defaults live here, in one table; ``get``/``set_setting`` read and write JSON values.

The officer's profile (setting ``profile``) holds the Latin-letter name, the English title and
signature block at its top level, and a section per other letter language (``ja``: the name in
kanji and the Japanese title; ``es``) with the same fields. A profile stored in the old flat shape
(no sections) is the same thing without sections: ``normalize_profile`` fills them in on read.
Letters sign with ``signer(profile, lang)``, which falls back to the top level when a language
section is empty and says so (``Signer.fallbacks``).

Everything the officer can change (Settings dialog, ``liaison-desk settings set``) is named by a
dotted key in ``KEYS``: ``profile.ja.name``, ``idle_lock_minutes``, ``own.address``, ...;
``save_settings`` checks every value first and writes them in one unit of work.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP
from app.services.validation import ServiceError
from app.store import tables

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from app.services.context import Desk

DEFAULTS: dict[str, Any] = {
    "ref_pattern": "{prefix}-{year}-{seq:04d}",
    "oral_confirmation_days": 2,  # Art. 7.1 "promptly": desk policy, business days
    "incoming_due_business_days": 20,  # desk policy for answering incoming requests
    "due_soon_days": 7,
    "idle_lock_minutes": 10,
    "backup_keep": 10,
    "profile": {"name": "", "title": "", "signature": "", "administration_id": None},
    # The language a free text given as plain text is in (app.services.texts): en, ja or es.
    "text_language": "en",
    #: The letter language the Letters dialog and ``print`` start from, in order of preference;
    #: empty: the agreement's first language.
    "letter_languages": [],
    #: Statistics: an open request with no activity for this many days is "cold"
    #: (app.services.stats).
    "stats.cold_days": 60,
}

#: Letter languages with a section of their own in the profile; English is the top level.
PROFILE_LANGUAGES = ("ja", "es")
#: Fields of the profile kept per language, and the ones kept once.
PROFILE_TEXT_FIELDS = ("name", "title", "signature")
PROFILE_SHARED_FIELDS = ("email", "phone")
LANGUAGE_NAMES = {"en": "English", "ja": "Japanese", "es": "Spanish"}
#: Letter languages a ``letter_languages`` entry may name (app.documents.LANGUAGES, kept here so
#: reading settings never imports the renderer).
LETTER_LANGUAGES = ("en", "ja", "es", "en+ja", "en+es", "ja+en")


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def normalize_profile(raw: object) -> dict[str, Any]:
    """The profile in its current shape, whatever shape it was stored in: the top level
    (``name`` in Latin letters, English ``title`` and ``signature``, ``email``, ``phone``,
    ``administration_id``) and one section per language of ``PROFILE_LANGUAGES``. A flat profile
    (stored before the sections existed) reads as the top level with empty sections; an ``en``
    section, if a caller passes one, fills the top level."""
    src = raw if isinstance(raw, dict) else {}
    out: dict[str, Any] = {f: _text(src.get(f)) for f in PROFILE_TEXT_FIELDS + PROFILE_SHARED_FIELDS}
    en_raw = src.get("en")
    en: dict[str, Any] = en_raw if isinstance(en_raw, dict) else {}
    for f in PROFILE_TEXT_FIELDS:
        out[f] = out[f] or _text(en.get(f))
    adm = src.get("administration_id")
    out["administration_id"] = adm if isinstance(adm, int) and not isinstance(adm, bool) else None
    for lang in PROFILE_LANGUAGES:
        raw_section = src.get(lang)
        section: dict[str, Any] = raw_section if isinstance(raw_section, dict) else {}
        out[lang] = {f: _text(section.get(f)) for f in PROFILE_TEXT_FIELDS}
    return out


def read_profile(conn: Connection | Session) -> dict[str, Any]:
    """The stored profile, normalised (``normalize_profile``)."""
    return normalize_profile(get(conn, "profile"))


@dataclass(frozen=True)
class Signer:
    """Who signs a letter in one language: the name and title printed, the signature block,
    and a line per field that fell back to another language's version (empty when none did)."""

    name: str
    title: str
    signature: str
    fallbacks: tuple[str, ...] = ()


#: What a letter in another language borrows from the English profile, in words.
_BORROWED = {
    ("ja", "name"): QT_TRANSLATE_NOOP("Profile", "the Japanese profile has no name: the English name is used"),
    ("ja", "title"): QT_TRANSLATE_NOOP("Profile", "the Japanese profile has no title: the English title is used"),
    ("ja", "signature"): QT_TRANSLATE_NOOP(
        "Profile", "the Japanese profile has no signature: the English signature is used"),
    ("es", "name"): QT_TRANSLATE_NOOP("Profile", "the Spanish profile has no name: the English name is used"),
    ("es", "title"): QT_TRANSLATE_NOOP("Profile", "the Spanish profile has no title: the English title is used"),
    ("es", "signature"): QT_TRANSLATE_NOOP(
        "Profile", "the Spanish profile has no signature: the English signature is used"),
}
_WHERE = QT_TRANSLATE_NOOP("Profile", "{gap} (Settings ▸ Profile)")


def _fallback(lang: str, field: str) -> str:
    """One line of ``Signer.fallbacks``: ``the Japanese profile has no title: the English title
    is used (Settings ▸ Profile)`` (``gap`` is the line without where to fix it)."""
    gap = _BORROWED.get((lang, field)) or (f"the {LANGUAGE_NAMES.get(lang, lang)} profile has no "
                                           f"{field}: the English {field} is used")
    return _WHERE.format(gap=gap)


def signer(profile: dict[str, Any], lang: str) -> Signer:
    """The officer as a letter in ``lang`` signs: the ``lang`` section of the profile, each
    empty field taken from the top level (Latin name, English title) and named in
    ``fallbacks``. A bilingual layout (``ja+en``) signs in its first language."""
    prof = normalize_profile(profile)
    first = lang.split("+")[0]
    section = prof.get(first) if first in PROFILE_LANGUAGES else None
    values: dict[str, str] = {}
    fallbacks: list[str] = []
    for f in PROFILE_TEXT_FIELDS:
        own = section.get(f, "") if section else prof[f]
        if f == "signature" and section is not None and section.get("name"):
            # A language with a name of its own signs with it, not with another language's block.
            values[f] = own
            continue
        if not own and section is not None and prof[f]:
            fallbacks.append(_fallback(first, f))
            own = prof[f]
        values[f] = own
    return Signer(values["name"], values["title"], values["signature"], tuple(fallbacks))


def profile_gaps(profile: dict[str, Any], langs: tuple[str, ...] | list[str] = PROFILE_LANGUAGES) -> list[str]:
    """What letters in ``langs`` would borrow from another language's profile, one line each."""
    out: list[str] = []
    for lang in langs:
        out += [line for line in signer(profile, lang).fallbacks if line not in out]
    return out


def check_profile_dict(value: object) -> dict[str, Any]:
    """A whole profile as given (any shape), checked field by field (one line naming the field,
    ``profile.ja.title``) and normalised."""
    if not isinstance(value, dict):
        raise ServiceError("profile", QT_TRANSLATE_NOOP("Refusal", "must be a mapping of profile fields"))
    from app.services.validation import clean_text

    known = set(PROFILE_TEXT_FIELDS + PROFILE_SHARED_FIELDS) | {"administration_id", "en", *PROFILE_LANGUAGES}
    for key in value:
        if key not in known:
            raise ServiceError(f"profile.{key}", QT_TRANSLATE_NOOP("Refusal", "is not a field of the profile"))
    for f in PROFILE_TEXT_FIELDS + PROFILE_SHARED_FIELDS:
        clean_text(f"profile.{f}", value.get(f), max_len=2000 if f == "signature" else 300)
    for lang in ("en", *PROFILE_LANGUAGES):
        section = value.get(lang)
        if section is None:
            continue
        if not isinstance(section, dict):
            raise ServiceError(f"profile.{lang}", QT_TRANSLATE_NOOP(
                "Refusal", "must be a mapping of name, title and signature"))
        for key, text in section.items():
            if key not in PROFILE_TEXT_FIELDS:
                raise ServiceError(f"profile.{lang}.{key}", QT_TRANSLATE_NOOP(
                        "Refusal", "is not a field of the profile (one of {join_profile_text_fields})").format(
                            join_profile_text_fields=', '.join(PROFILE_TEXT_FIELDS)))
            clean_text(f"profile.{lang}.{key}", text, max_len=2000 if key == "signature" else 300)
    adm = value.get("administration_id")
    if adm is not None and (not isinstance(adm, int) or isinstance(adm, bool)):
        raise ServiceError("profile.administration_id", QT_TRANSLATE_NOOP(
            "Refusal", "must be an administration's number"))
    import unicodedata

    prof = normalize_profile(value)
    for f in PROFILE_TEXT_FIELDS + PROFILE_SHARED_FIELDS:
        prof[f] = unicodedata.normalize("NFC", prof[f])
    for lang in PROFILE_LANGUAGES:
        prof[lang] = {f: unicodedata.normalize("NFC", t) for f, t in prof[lang].items()}
    return prof


def check_letter_languages(value: object) -> list[str]:
    """A list of letter languages (a comma-separated text is split), each one the renderer knows."""
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ServiceError("letter_languages", QT_TRANSLATE_NOOP(
            "Refusal", "must be a list of letter languages, e.g. ja+en,en"))
    for code in value:
        if code not in LETTER_LANGUAGES:
            raise ServiceError("letter_languages", QT_TRANSLATE_NOOP(
                    "Refusal", "{code} is not a letter language (one of {join_letter_languages})").format(
                        code=repr(code), join_letter_languages=', '.join(LETTER_LANGUAGES)))
    return list(dict.fromkeys(value))


def get(conn: Connection | Session, key: str) -> Any:
    """A setting's value, or its default: one Core select, on a read connection
    (``Desk.query``) or inside a write's session (which flushes first, so it sees its own
    changes)."""
    t = tables.setting
    return stored_value(key, conn.execute(select(t.c.value).where(t.c.key == key)).scalar_one_or_none())


def stored_column(key: str) -> Any:
    """A scalar subquery reading setting ``key`` as stored (None when it was never set), for a
    read that takes a setting along with its rows in one statement; ``stored_value`` reads it."""
    t = tables.setting
    return select(t.c.value).where(t.c.key == key).scalar_subquery()


def stored_value(key: str, value: str | None) -> Any:
    """Setting ``key`` from its stored text, or its default when ``value`` is None."""
    if value is None:
        if key not in DEFAULTS:
            raise ServiceError("setting", QT_TRANSLATE_NOOP(
                    "Refusal", "unknown setting {key}").format(
                        key=repr(key)))
        return DEFAULTS[key]
    return json.loads(value)


def get_int(conn: Connection | Session, key: str) -> int:
    """An integer setting."""
    return int(get(conn, key))


def get_str(conn: Connection | Session, key: str) -> str:
    """A text setting."""
    return str(get(conn, key))


def read_setting(desk: Desk, key: str) -> Any:
    """Read one setting through the desk."""
    with desk.query() as conn:
        return get(conn, key)


def name_the_officer(desk: Desk) -> str:
    """Set ``desk.actor`` to the name in the officer's profile, when there is one, so the audit
    log names the officer who acts (the GUI and the command line alike); returns the actor.
    Without a profile the actor stays as opened (the OS account name)."""
    name = (read_setting(desk, "profile") or {}).get("name")
    if isinstance(name, str) and name.strip():
        desk.actor = name.strip()
    return desk.actor


def set_setting(desk: Desk, key: str, value: Any) -> None:
    """Change a whole setting (audited); ``check_value`` first."""
    value = check_value(key, value)
    with desk.unit_of_work("setting.set", "setting") as (s, note):
        _store(s, key, value)
        note.entity_id = key
        note.change = {"value": value}


def check_value(key: str, value: Any) -> Any:
    """``value`` for the whole setting ``key``, checked (one line naming the field) and cleaned."""
    if key not in DEFAULTS:
        raise ServiceError("setting", QT_TRANSLATE_NOOP(
                "Refusal", "unknown setting {key}").format(
                    key=repr(key)))
    default = DEFAULTS[key]
    if isinstance(default, int) and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ServiceError(key, QT_TRANSLATE_NOOP("Refusal", "must be a whole number, 0 or more"))
    if key == "text_language":
        from app.documents.i18n import BASE_LANGUAGES  # the text languages (app.services.texts)

        if value not in BASE_LANGUAGES:
            raise ServiceError(key, QT_TRANSLATE_NOOP(
                    "Refusal", "must be one of {join_base_languages}").format(
                        join_base_languages=', '.join(BASE_LANGUAGES)))
    if key == "ref_pattern":
        from app.services.requests.refs import check_pattern

        check_pattern(value)
    if key == "profile":
        value = check_profile_dict(value)
    if key == "letter_languages":
        value = check_letter_languages(value)
    return value


def _store(s: Session, key: str, value: Any) -> None:
    from app.store.models import Setting  # the write side's ORM class

    row = s.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        s.add(Setting(key=key, value=text))
    else:
        row.value = text


# ---- dotted keys: what the Settings dialog and ``settings set`` change ---------------------------

#: Kinds of value a dotted key holds: how ``parse_value`` reads a command-line text.
TEXT, NUMBER, LANGUAGES, LINES, AGREEMENTS = "text", "number", "languages", "lines", "agreements"

#: Every key the officer can change, with its kind. ``profile.*`` are fields of the profile
#: (``profile.en.*`` is the same as the top level); ``own.*`` the own administration's name per
#: language, address and letterhead lines (per language) on its directory row; the rest whole
#: settings. The business-day policy is ``oral_confirmation_days`` (Art. 7.1 "promptly"),
#: ``incoming_due_business_days`` and ``due_soon_days``, counted in the calendar of the side that
#: must act (app.treaty.clocks).
KEYS: dict[str, str] = {
    **{f"profile.{f}": TEXT for f in PROFILE_TEXT_FIELDS + PROFILE_SHARED_FIELDS},
    **{f"profile.{lang}.{f}": TEXT for lang in ("en", *PROFILE_LANGUAGES) for f in PROFILE_TEXT_FIELDS},
    "profile.administration_id": NUMBER,
    **{f"own.{lang}.name": TEXT for lang in ("en", *PROFILE_LANGUAGES)},
    "own.address": LINES,
    **{f"own.{lang}.letterhead": LINES for lang in ("en", *PROFILE_LANGUAGES)},
    "idle_lock_minutes": NUMBER,
    "letter_languages": LANGUAGES,
    "ref_pattern": TEXT,
    "oral_confirmation_days": NUMBER,
    "incoming_due_business_days": NUMBER,
    "due_soon_days": NUMBER,
    "backup_keep": NUMBER,
    "stats.cold_days": NUMBER,
    "agreements_in_use": AGREEMENTS,
}


def unknown_key(key: str) -> ServiceError:
    """The refusal of a key that is not in ``KEYS``, listing the valid ones on one line."""
    return ServiceError("key", QT_TRANSLATE_NOOP(
            "Refusal", "unknown setting {key}; valid keys: {join_keys}").format(
                key=repr(key), join_keys=', '.join(KEYS)))


def parse_value(key: str, text: str) -> Any:
    """A command-line text as the value of ``key``: whole numbers for numbers, a comma-separated
    list for letter languages, lines split at ``\\n`` or real newlines for line lists."""
    kind = KEYS.get(key)
    if kind is None:
        raise unknown_key(key)
    if kind == NUMBER:
        try:
            return int(text.strip())
        except ValueError:
            raise ServiceError(key, QT_TRANSLATE_NOOP(
                    "Refusal", "must be a whole number, not {text}").format(
                        text=repr(text))) from None
    if kind == LANGUAGES:
        return check_letter_languages(text)
    if kind == LINES:
        return [line for line in text.replace("\\n", "\n").splitlines()]
    if kind == AGREEMENTS:
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def _own_row(s: Session, profile: dict[str, Any]) -> Any:
    """The own administration's row: the profile's, else the first own one (None if none)."""
    from app.store.models import Administration

    if profile.get("administration_id"):
        row = s.get(Administration, profile["administration_id"])
        if row is not None:
            return row
    return s.execute(select(Administration).where(Administration.is_own.is_(True))
                     .order_by(Administration.id).limit(1)).scalar_one_or_none()


def _json_map(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def snapshot(desk: Desk) -> dict[str, Any]:
    """Every dotted key of ``KEYS`` with its current value, plus ``profile_gaps`` (what letters
    would borrow from another language's profile) and ``own_administration`` (its name)."""
    with desk.read() as s:
        return _snapshot_in(s)


def _snapshot_in(s: Session) -> dict[str, Any]:
    """``snapshot`` read in the session ``s`` (a save compares it with what its form loaded)."""
    from app.store.models import Administration

    prof = read_profile(s)
    out: dict[str, Any] = {}
    for f in PROFILE_TEXT_FIELDS + PROFILE_SHARED_FIELDS:
        out[f"profile.{f}"] = prof[f]
    for lang in PROFILE_LANGUAGES:
        for f in PROFILE_TEXT_FIELDS:
            out[f"profile.{lang}.{f}"] = prof[lang][f]
    out["profile.administration_id"] = prof["administration_id"]
    own: Administration | None = _own_row(s, prof)
    from app.services.agreements.directory import admin_view

    names = admin_view(own).names if own is not None else {}
    heads = _json_map(own.letterhead) if own is not None else {}
    for lang in ("en", *PROFILE_LANGUAGES):
        out[f"own.{lang}.name"] = names.get(lang, "")
        lines = heads.get(lang)
        out[f"own.{lang}.letterhead"] = [str(x) for x in lines] if isinstance(lines, list) else []
    out["own.address"] = (own.address or "").splitlines() if own is not None else []
    for key in ("idle_lock_minutes", "letter_languages", "ref_pattern", "oral_confirmation_days",
                "incoming_due_business_days", "due_soon_days", "backup_keep", "stats.cold_days"):
        out[key] = get(s, key)
    out["agreements_in_use"] = list(s.execute(select(tables.agreement.c.key).where(
        tables.agreement.c.in_use.is_(True)).order_by(tables.agreement.c.key)).scalars())
    out["profile_gaps"] = profile_gaps(prof)
    out["own_administration"] = own.name if own is not None else ""
    return out


def save_settings(desk: Desk, changes: dict[str, Any], *,
                  loaded: Mapping[str, Any] | None = None) -> list[str]:
    """Change the dotted ``KEYS`` in ``changes`` in one unit of work (audited as
    ``settings.save``); returns the keys whose value changed. Every value is checked before
    anything is written: a refusal names the key (``profile.ja.title: ...``) and writes nothing.

    ``loaded``: the ``snapshot`` the form was filled from. A key being changed whose stored
    value is no longer the one loaded (another officer saved it on a shared desk) refuses the
    whole save naming that key (StaleEdit): the settings carry no version of their own, so the
    values themselves are compared. Keys another officer changed that this save leaves alone
    are kept as they are."""
    from app.services.validation import clean_text

    if not changes:
        return []
    for key in changes:
        if key not in KEYS:
            raise unknown_key(key)
    checked: dict[str, Any] = {}
    for key, value in changes.items():
        kind = KEYS[key]
        if kind == NUMBER:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ServiceError(key, QT_TRANSLATE_NOOP("Refusal", "must be a whole number, 0 or more"))
            if key == "profile.administration_id" and value == 0:
                value = None
            if key == "stats.cold_days" and value < 1:
                raise ServiceError(key, "must be a whole number of days, 1 or more")
        elif kind == LANGUAGES:
            value = check_letter_languages(value)
        elif kind == AGREEMENTS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ServiceError(key, QT_TRANSLATE_NOOP("Refusal", "must be a list of agreement keys"))
            if not value:
                raise ServiceError(key, QT_TRANSLATE_NOOP("Refusal", "choose at least one agreement in use"))
            value = sorted(set(value))
        elif kind == LINES:
            if isinstance(value, str):
                value = value.splitlines()
            if not isinstance(value, list):
                raise ServiceError(key, QT_TRANSLATE_NOOP("Refusal", "must be lines of text"))
            value = [clean_text(key, line, max_len=300) or "" for line in value]
            while value and not value[-1]:
                value.pop()
        else:
            if value is not None and not isinstance(value, str):
                raise ServiceError(key, QT_TRANSLATE_NOOP(
                        "Refusal", "must be text, not {name__}").format(
                            name__=type(value).__name__))
            big = key.endswith("signature")
            value = clean_text(key, value, max_len=2000 if big else 300) or ""
            if key == "ref_pattern":
                from app.services.requests.refs import check_pattern

                if not value:
                    raise ServiceError(key, QT_TRANSLATE_NOOP("Refusal", "is required, e.g. {prefix}-{year}-{seq:04d}"))
                check_pattern(value)
        checked[key] = value

    with desk.unit_of_work("settings.save", "setting") as (s, note):
        if loaded is not None:
            from app.services.validation import STALE, StaleEdit

            now = _snapshot_in(s)
            for key in checked:
                if key in loaded and now.get(key) != loaded[key]:
                    raise StaleEdit(key, STALE)  # named by its key: shown under its input
        prof = read_profile(s)
        new_prof = json.loads(json.dumps(prof))
        whole: dict[str, Any] = {}
        own_changes: dict[str, Any] = {}
        for key, value in checked.items():
            parts = key.split(".")
            if parts[0] == "profile":
                if len(parts) == 3 and parts[1] != "en":
                    new_prof[parts[1]][parts[2]] = value
                else:
                    new_prof[parts[-1]] = value
            elif parts[0] == "own":
                own_changes[key] = value
            else:
                whole[key] = value
        if new_prof.get("administration_id") is not None:
            from app.store.models import Administration

            adm = s.get(Administration, new_prof["administration_id"])
            if adm is None or not adm.is_own:
                raise ServiceError("profile.administration_id",
                                   QT_TRANSLATE_NOOP(
                                       "Refusal", "no own administration numbered {number}").format(
                                       number=new_prof['administration_id']))
        changed: list[str] = []
        if new_prof != prof:
            if "name" in checked or "profile.en.name" in checked:
                if not new_prof["name"]:
                    raise ServiceError("profile.name", QT_TRANSLATE_NOOP("Refusal", "is required (it signs letters)"))
            _store(s, "profile", new_prof)
            changed += [k for k in checked if k.startswith("profile.")]
        if "agreements_in_use" in whole:
            from app.store.models import Agreement

            wanted = whole.pop("agreements_in_use")
            rows = {row.key: row for row in s.execute(select(Agreement)).scalars()}
            for k in wanted:
                if k not in rows:
                    raise ServiceError("agreements_in_use", QT_TRANSLATE_NOOP(
                            "Refusal", "no agreement {k} (one of {join_sorted_rows})").format(
                                k=repr(k), join_sorted_rows=', '.join(sorted(rows))))
            if sorted(k for k, row in rows.items() if row.in_use) != wanted:
                for k, row in rows.items():
                    row.in_use = k in wanted
                changed.append("agreements_in_use")
        for key, value in whole.items():
            if get(s, key) != value:
                _store(s, key, value)
                changed.append(key)
        if own_changes:
            own = _own_row(s, new_prof)
            if own is None:
                raise ServiceError("own", QT_TRANSLATE_NOOP("Refusal", "the desk has no own administration to change"))
            names, heads = _json_map(own.names), _json_map(own.letterhead)
            for key, value in own_changes.items():
                parts = key.split(".")
                if key == "own.address":
                    text = "\n".join(value).strip() or None
                    if text != own.address:
                        own.address = text
                        changed.append(key)
                elif parts[2] == "name":
                    if parts[1] == "en":
                        if not value:
                            raise ServiceError(key, QT_TRANSLATE_NOOP("Refusal", "is required (letters head with it)"))
                        if value != own.name:
                            own.name = value
                            changed.append(key)
                    if (names.get(parts[1]) or "") != value:
                        names[parts[1]] = value
                        if key not in changed:
                            changed.append(key)
                else:
                    if heads.get(parts[1], []) != value:
                        heads[parts[1]] = value
                        changed.append(key)
            own.names = json.dumps({k: v for k, v in names.items() if v}, ensure_ascii=False, sort_keys=True)
            own.letterhead = json.dumps({k: v for k, v in heads.items() if v}, ensure_ascii=False,
                                        sort_keys=True)
            note.touch("administration", own.id)
        note.entity_id = changed[0] if len(changed) == 1 else "settings"
        note.change = {key: checked[key] for key in changed}
        return changed
