"""The directory: partner (and own) Customs Administrations, their designated officials (Art. 7.3)
per agreement, and the names of each in every letter language.

Names per language are JSON ``{"en": ..., "ja": ..., "es": ...}`` in a ``names`` column (titles of
officials in ``titles``); the row's ``name`` stays the name lists sort and search by and is the
English one. An official belongs to one administration and may be designated under one agreement
(``agreement_id``); without one, the official serves every agreement with that administration.
``designated_official`` picks, for a request, the official a letter is addressed to.

Domestic authorities (police, prosecutors, coast guard, other ministries) are kept by
``app.services.ledger.disclosures`` (Art. 9, 10 decide what may be passed to them); their names
per language are edited here (``edit_authority``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from app.i18n import QT_TRANSLATE_NOOP
from app.services.validation import NotFound, ServiceError, check_version, clean_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.context import Desk
    from app.store.models import Administration, Agreement, DesignatedOfficial

#: The letter languages a name may be kept in.
NAME_LANGUAGES = ("en", "ja", "es")
_UNSET: Any = object()


def check_names(field_name: str, value: object, *, max_len: int = 300) -> dict[str, str]:
    """A ``{lang: text}`` mapping, each language one of ``NAME_LANGUAGES``, each text checked
    (the refusal names ``field.lang``); empty texts are dropped."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ServiceError(field_name, QT_TRANSLATE_NOOP(
            "Refusal", "must map a letter language (en, ja, es) to a text"))
    out: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in NAME_LANGUAGES:
            raise ServiceError(f"{field_name}.{lang}", QT_TRANSLATE_NOOP(
                    "Refusal", "is not a letter language (one of {join_name_languages})").format(
                        join_name_languages=', '.join(NAME_LANGUAGES)))
        cleaned = clean_text(f"{field_name}.{lang}", text, max_len=max_len)
        if cleaned:
            out[str(lang)] = cleaned
    return out


def read_names(text: str | None) -> dict[str, str]:
    """A stored ``names``/``titles`` column as a mapping (empty for NULL or damaged JSON)."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items() if v} if isinstance(value, dict) else {}


def _dump(names: dict[str, str]) -> str | None:
    return json.dumps(names, ensure_ascii=False, sort_keys=True) if names else None


def _country(value: object) -> str:
    country = clean_text("country", value, required=True, max_len=2)
    if len(country) != 2 or not country.isalpha():
        raise ServiceError("country", QT_TRANSLATE_NOOP("Refusal", "must be a two-letter ISO 3166 code, e.g. JP"))
    return country.upper()


# ---- administrations ----------------------------------------------------------------------------

@dataclass(frozen=True)
class AdministrationView:
    """An administration as the directory lists it."""

    id: int
    name: str
    country: str
    is_own: bool
    names: dict[str, str] = field(default_factory=dict)
    address: str | None = None
    officials: int = 0
    #: The record's edit count as read: an editor saves on it (``expected_version``), so a save
    #: after another officer's is refused naming the record.
    version: int = 1

    def name_in(self, lang: str) -> str:
        """The name in ``lang`` when one is kept, else ``name``."""
        return self.names.get(lang) or self.name

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return dict(self.__dict__)


def add_administration(desk: Desk, *, name: str, country: str, is_own: bool = False,
                       name_local: str | None = None, address: str | None = None,
                       languages: str = "en", letterhead: dict | None = None,
                       names: dict[str, str] | None = None) -> int:
    """Add an administration to the directory; returns its id. ``names`` holds its name in
    other letter languages (``{"ja": "..."}``); ``name`` is the English one."""
    from app.store.models import Administration

    name_c = clean_text("name", name, required=True)
    country_c = _country(country)
    per_lang = check_names("names", names)
    per_lang.setdefault("en", name_c)
    with desk.unit_of_work("administration.add", "administration") as (s, note):
        row = Administration(
            name=name_c, country=country_c, is_own=is_own,
            name_local=clean_text("name_local", name_local),
            address=clean_text("address", address, max_len=2000),
            languages=languages, letterhead=json.dumps(letterhead or {}, ensure_ascii=False),
            names=_dump(per_lang),
        )
        s.add(row)
        s.flush()
        note.entity_id = row.id
        note.change = {"name": name_c, "country": row.country, "is_own": is_own, "names": per_lang}
        return row.id


def edit_administration(desk: Desk, administration_id: int, *, name: str | None = None,
                        country: str | None = None, address: Any = _UNSET,
                        names: dict[str, str] | None = None,
                        expected_version: int | None = None) -> AdministrationView:
    """Change an administration's English name, country, address or names per language (only
    what is given; a language given as an empty text is removed).
    ``expected_version``: the ``version`` of the view the edits were made on; if the record was
    saved since (another officer on a shared desk), the save is refused naming it (StaleEdit)
    and nothing is written."""
    from app.store.models import Administration

    name_c = clean_text("name", name, required=True) if name is not None else None
    country_c = _country(country) if country is not None else None
    addr = clean_text("address", address, max_len=2000) if address is not _UNSET else _UNSET
    given = {} if names is None else {lang: text for lang, text in names.items()}
    per_lang = check_names("names", given)
    with desk.unit_of_work("administration.edit", "administration") as (s, note):
        row = s.get(Administration, administration_id)
        if row is None:
            raise NotFound("administration", QT_TRANSLATE_NOOP(
                    "Refusal", "no administration {administration_id}").format(
                        administration_id=administration_id))
        check_version(f"administration {row.name}", row.version, expected_version)
        before = {"name": row.name, "country": row.country, "address": row.address, "names": read_names(row.names)}
        stored = read_names(row.names)
        for lang in given:
            stored.pop(lang, None)
        stored.update(per_lang)
        if name_c is not None:
            row.name = name_c
            stored["en"] = name_c
        elif "en" in per_lang:
            row.name = per_lang["en"]
        if country_c is not None:
            row.country = country_c
        if addr is not _UNSET:
            row.address = addr
        row.names = _dump(stored)
        note.entity_id = row.id
        after = {"name": row.name, "country": row.country, "address": row.address, "names": stored}
        note.change = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        s.flush()  # the view carries the version this save made
        return admin_view(row, len(row.officials))


def admin_view(a: Administration, officials: int = 0) -> AdministrationView:
    names = read_names(a.names)
    if a.name_local and a.name_local not in names.values():
        japanese = any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in a.name_local)
        names.setdefault("ja" if japanese else "es", a.name_local)
    names.setdefault("en", a.name)
    return AdministrationView(a.id, a.name, a.country, a.is_own, names, a.address, officials,
                              a.version)


def administrations(desk: Desk) -> list[AdministrationView]:
    """Every administration, own ones first, then by country and name."""
    from app.store.models import Administration

    with desk.read() as s:
        rows = s.execute(select(Administration).order_by(
            Administration.is_own.desc(), Administration.country, Administration.name)).scalars()
        return [admin_view(a, len(a.officials)) for a in rows]


def list_administrations(desk: Desk) -> list[tuple[int, str, str, bool]]:
    """(id, name, country, is_own) of every administration."""
    from app.store.models import Administration

    with desk.read() as s:
        rows = s.execute(select(Administration).order_by(Administration.name)).scalars()
        return [(a.id, a.name, a.country, a.is_own) for a in rows]


# ---- designated officials (Art. 7.3) ------------------------------------------------------------

@dataclass(frozen=True)
class OfficialView:
    """A designated official with the administration it belongs to and, when designated under
    one agreement only, that agreement's key."""

    id: int
    name: str
    title: str | None
    email: str | None
    administration: str
    administration_id: int
    country: str
    agreement_key: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    phone: str | None = None
    active: bool = True
    #: The record's edit count as read: an editor saves on it (``expected_version``), so a save
    #: after another officer's is refused naming the record.
    version: int = 1

    def name_in(self, lang: str) -> str:
        """The name in ``lang`` when one is kept, else ``name``."""
        return self.names.get(lang) or self.name

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` when one is kept, else ``title``."""
        return self.titles.get(lang) or self.title or ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return dict(self.__dict__)


def _agreement(s: Session, key: str) -> Agreement:
    from app.store.models import Agreement

    row = s.execute(select(Agreement).where(Agreement.key == key)).scalar_one_or_none()
    if row is None:
        known = ", ".join(s.execute(select(Agreement.key).order_by(Agreement.key)).scalars())
        raise NotFound("agreement", QT_TRANSLATE_NOOP(
                "Refusal", "no agreement {key} (one of {known})").format(
                    key=repr(key), known=known))
    return row


def _partner_administration(s: Session, agreement: Agreement) -> Administration:
    from app.store.models import Administration

    row = s.execute(select(Administration).where(
        Administration.is_own.is_(False), Administration.country == agreement.partner_country)
        .order_by(Administration.id).limit(1)).scalar_one_or_none()
    if row is None:
        raise ServiceError("administration", QT_TRANSLATE_NOOP(
                "Refusal", "the directory has no administration of {partner_country}, the partner "
                "under {key}: add it first").format(
                    partner_country=agreement.partner_country, key=agreement.key))
    return row


def add_official(desk: Desk, *, name: str, administration_id: int | None = None,
                 agreement: str | None = None, title: str | None = None, email: str | None = None,
                 phone: str | None = None, address: str | None = None, languages: str = "en",
                 names: dict[str, str] | None = None, titles: dict[str, str] | None = None) -> int:
    """Add a designated official (Art. 7.3); returns the id. Under ``agreement`` (a key) the
    official is designated for that agreement and, without ``administration_id``, belongs to
    the agreement's partner administration. ``names``/``titles``: the other letter languages."""
    from app.store.models import Administration, DesignatedOfficial

    if administration_id is None and agreement is None:
        raise ServiceError("agreement", QT_TRANSLATE_NOOP(
                "Refusal", "name the agreement (or the administration) the official is designated "
                "under"), "7.3")
    name_c = clean_text("name", name, required=True, article="7.3")
    per_lang = check_names("names", names)
    per_title = check_names("titles", titles)
    title_c = clean_text("title", title)
    with desk.unit_of_work("official.add", "designated_official") as (s, note):
        agr = _agreement(s, agreement) if agreement is not None else None
        if administration_id is None:
            assert agr is not None
            adm = _partner_administration(s, agr)
        else:
            found = s.get(Administration, administration_id)
            if found is None:
                raise NotFound("administration_id", QT_TRANSLATE_NOOP(
                        "Refusal", "no administration {administration_id}").format(
                            administration_id=administration_id))
            adm = found
        if agr is not None and adm.country != agr.partner_country:
            raise ServiceError("administration_id", QT_TRANSLATE_NOOP(
                    "Refusal", "{name} ({country}) is not the partner under {key} ({partner_country})").format(
                        name=adm.name, country=adm.country, key=agr.key, partner_country=agr.partner_country), "7.3")
        row = DesignatedOfficial(
            administration_id=adm.id, name=name_c,
            title=title_c, email=clean_text("email", email),
            phone=clean_text("phone", phone, max_len=100),
            address=clean_text("address", address, max_len=2000), languages=languages,
            agreement_id=agr.id if agr is not None else None,
            names=_dump(per_lang), titles=_dump(per_title),
        )
        s.add(row)
        s.flush()
        note.entity_id = row.id
        note.change = {"administration_id": adm.id, "agreement": agreement, "name": name_c,
                       "title": row.title, "names": per_lang, "titles": per_title}
        return row.id


def edit_official(desk: Desk, official_id: int, *, name: str | None = None, title: Any = _UNSET,
                  email: Any = _UNSET, phone: Any = _UNSET, agreement: Any = _UNSET,
                  active: bool | None = None, names: dict[str, str] | None = None,
                  titles: dict[str, str] | None = None,
                  expected_version: int | None = None) -> OfficialView:
    """Change what is given of a designated official: English name and title, contact, the
    agreement designated under (``""``/None: every agreement), active, and names or titles per
    language (a language given as an empty text is removed).
    ``expected_version``: the ``version`` of the view the edits were made on; if the record was
    saved since (another officer on a shared desk), the save is refused naming it (StaleEdit)
    and nothing is written."""
    from app.store.models import DesignatedOfficial

    name_c = clean_text("name", name, required=True, article="7.3") if name is not None else None
    new_names = check_names("names", names)
    new_titles = check_names("titles", titles)
    with desk.unit_of_work("official.edit", "designated_official") as (s, note):
        row = s.get(DesignatedOfficial, official_id)
        if row is None:
            raise NotFound("official", QT_TRANSLATE_NOOP(
                    "Refusal", "no designated official {official_id}").format(
                        official_id=official_id))
        check_version(f"designated official {row.name}", row.version, expected_version)
        before = _official_dict(row)
        if name_c is not None:
            row.name = name_c
        if title is not _UNSET:
            row.title = clean_text("title", title)
        if email is not _UNSET:
            row.email = clean_text("email", email)
        if phone is not _UNSET:
            row.phone = clean_text("phone", phone, max_len=100)
        if agreement is not _UNSET:
            if agreement:
                agr = _agreement(s, agreement)
                if row.administration.country != agr.partner_country:
                    raise ServiceError("agreement", QT_TRANSLATE_NOOP(
                            "Refusal", "{name} is not the partner under {key} ({partner_country})").format(
                                name=row.administration.name, key=agr.key, partner_country=agr.partner_country), "7.3")
                row.agreement_id = agr.id
            else:
                row.agreement_id = None
        if active is not None:
            row.active = bool(active)
        for col, given, cleaned in (("names", names, new_names), ("titles", titles, new_titles)):
            if given is None:
                continue
            stored = read_names(getattr(row, col))
            for lang in given:
                stored.pop(lang, None)
            stored.update(cleaned)
            setattr(row, col, _dump(stored))
        s.flush()
        after = _official_dict(row)
        note.entity_id = row.id
        note.change = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        return _official_view(s, row)


def _official_dict(row: DesignatedOfficial) -> dict[str, Any]:
    return {"name": row.name, "title": row.title, "email": row.email, "phone": row.phone,
            "agreement_id": row.agreement_id, "active": row.active,
            "names": read_names(row.names), "titles": read_names(row.titles)}


def _official_view(s: Session, o: DesignatedOfficial) -> OfficialView:
    from app.store.models import Agreement

    key = s.get(Agreement, o.agreement_id).key if o.agreement_id else None  # type: ignore[union-attr]
    a = o.administration
    return OfficialView(o.id, o.name, o.title, o.email, a.name, a.id, a.country, key,
                        read_names(o.names), read_names(o.titles), o.phone, o.active, o.version)


def list_officials(desk: Desk, country: str | None = None, *, agreement: str | None = None,
                   include_inactive: bool = True) -> list[OfficialView]:
    """The directory of designated officials, optionally for one country, or those who serve
    one ``agreement`` (designated under it, or under no agreement in particular, and belonging
    to its partner's administration; those designated under it first)."""
    from app.store.models import Administration, Agreement, DesignatedOfficial

    with desk.read() as s:
        stmt = select(DesignatedOfficial).join(Administration)
        order: list[Any] = [Administration.name, DesignatedOfficial.name]
        if country:
            stmt = stmt.where(Administration.country == country)
        if agreement:
            agr = _agreement(s, agreement)
            stmt = stmt.where(or_(DesignatedOfficial.agreement_id == agr.id,
                                  DesignatedOfficial.agreement_id.is_(None)),
                              Administration.country == agr.partner_country)
            order.insert(0, DesignatedOfficial.agreement_id.is_(None))
        if not include_inactive:
            stmt = stmt.where(DesignatedOfficial.active.is_(True))
        del Agreement
        return [_official_view(s, o) for o in s.execute(stmt.order_by(*order)).scalars()]


def designated_official(s: Session, agreement_id: int, administration_id: int | None) -> DesignatedOfficial | None:
    """The official a letter under the agreement goes to when the request names none (Art.
    7.3): an active one designated under this agreement, else an active one of the
    administration designated under no agreement in particular."""
    from app.store.models import DesignatedOfficial

    if administration_id is None:
        return None
    base = select(DesignatedOfficial).where(DesignatedOfficial.administration_id == administration_id,
                                            DesignatedOfficial.active.is_(True))
    for cond in (DesignatedOfficial.agreement_id == agreement_id, DesignatedOfficial.agreement_id.is_(None)):
        row = s.execute(base.where(cond).order_by(DesignatedOfficial.id).limit(1)).scalar_one_or_none()
        if row is not None:
            return row
    return None


# ---- domestic authorities (names per language) --------------------------------------------------

def edit_authority(desk: Desk, authority_id: int, *, name: str | None = None, kind: str | None = None,
                   active: bool | None = None, names: dict[str, str] | None = None,
                   expected_version: int | None = None) -> dict[str, Any]:
    """Change a domestic authority's English name, kind, active flag or names per language.
    ``expected_version``: the ``version`` of the view the edits were made on; if the record was
    saved since (another officer on a shared desk), the save is refused naming it (StaleEdit)
    and nothing is written."""
    from app.services.validation import choice
    from app.store.models import Authority
    from app.treaty.restrictions import AUTHORITY_KINDS, is_law_enforcement_kind

    name_c = clean_text("name", name, required=True) if name is not None else None
    if kind is not None:
        choice("kind", kind, AUTHORITY_KINDS)
    cleaned = check_names("names", names)
    with desk.unit_of_work("authority.edit", "authority") as (s, note):
        row = s.get(Authority, authority_id)
        if row is None:
            raise NotFound("authority", QT_TRANSLATE_NOOP(
                    "Refusal", "no authority {authority_id}").format(
                        authority_id=authority_id))
        check_version(f"authority {row.name}", row.version, expected_version)
        before = {"name": row.name, "kind": row.kind, "active": row.active, "names": read_names(row.names)}
        if name_c is not None and name_c != row.name:
            if s.execute(select(Authority.id).where(Authority.name == name_c)).scalar() is not None:
                raise ServiceError("name", QT_TRANSLATE_NOOP(
                        "Refusal", "an authority named {name_c} is already on the list").format(
                            name_c=repr(name_c)))
            row.name = name_c
        if kind is not None and kind != row.kind:
            row.kind = kind
            row.is_law_enforcement = is_law_enforcement_kind(kind)
        if active is not None:
            row.active = bool(active)
        if names is not None:
            stored = read_names(row.names)
            for lang in names:
                stored.pop(lang, None)
            stored.update(cleaned)
            row.names = _dump(stored)
        after = {"name": row.name, "kind": row.kind, "active": row.active, "names": read_names(row.names)}
        note.entity_id = row.id
        note.change = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        s.flush()  # the version this save made
        return {"id": row.id, **after, "version": row.version}
