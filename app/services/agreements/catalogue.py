"""Agreements (their catalogues, in use, termination under Art. 14.2); the directory of
administrations and designated officials (Art. 7.3) is ``app.services.agreements.directory``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP
from app.services.validation import NotFound, ServiceError, check_version, parse_date
from app.treaty import builtin, catalogue, clocks
from app.treaty.catalogue import AgreementSpec
from app.treaty.errors import CatalogueError

if TYPE_CHECKING:
    from sqlalchemy.engine import Row
    from sqlalchemy.orm import Session

    from app.services.context import Desk
    from app.store.models import Agreement

# The ORM classes are imported by the functions that use them: the read path needs only
# ``spec_of`` and ``termination_of``, which work on a Core row of ``agreement`` as well, and must
# not load the ORM (CLI whole-process budget, docs/benchmarks.md).


@lru_cache(maxsize=64)
def _spec_from_json(text: str) -> AgreementSpec:
    # Trusted: every stored catalogue went through the full validation in save_agreement or
    # install_builtin_agreements before it was written, so reading it skips the schema pass.
    return catalogue.agreement_from_dict(json.loads(text), trusted=True)


def spec_of(agreement: Agreement | Row[Any]) -> AgreementSpec:
    """The parsed catalogue of a stored agreement (cached by content)."""
    return _spec_from_json(agreement.catalogue)


def agreement_by_key(session: Session, key: str) -> Agreement:
    """The stored agreement with this key, or NotFound naming the field."""
    from app.store.models import Agreement

    row = session.execute(select(Agreement).where(Agreement.key == key)).scalar_one_or_none()
    if row is None:
        raise NotFound("agreement", QT_TRANSLATE_NOOP(
                "Refusal", "no agreement with key {key}").format(
                    key=repr(key)))
    return row


def _row_from_spec(row: Agreement, spec: AgreementSpec, raw: dict) -> None:
    row.key = spec.key
    row.title = spec.title
    row.short_title = spec.short_title
    row.our_country = spec.our_country
    row.partner_country = spec.partner_country
    row.signed_on = spec.signed_on
    row.in_force_on = spec.in_force_on
    row.languages = ",".join(spec.languages)
    row.ref_prefix = spec.ref_prefix
    row.catalogue = json.dumps(raw, ensure_ascii=False, sort_keys=True)
    # A new catalogue may state another notice period: the stored date follows the clause.
    store_termination(row)


def store_termination(row: Agreement) -> None:
    """Keep ``row.terminates_on`` equal to the treaty rule's date for the recorded notice (None
    without one), so "Due & overdue" reads it from SQL (Art. 14.2)."""
    term = termination_of(row)
    row.terminates_on = term.value if term else None


def _ensure_administrations(session: Session, spec: AgreementSpec) -> None:
    """Create the agreement's two administrations if the directory lacks them."""
    from app.store.models import Administration

    for adm, own in ((spec.our_administration, True), (spec.partner_administration, False)):
        name = adm.name.get("en") or next(iter(adm.name.values()))
        exists = session.execute(
            select(Administration).where(Administration.name == name)
        ).scalar_one_or_none()
        if exists is None:
            local = next((v for k, v in adm.name.items() if k != "en"), None)
            session.add(Administration(
                name=name, name_local=local, country=adm.country, is_own=own,
                languages=",".join(spec.languages),
            ))


def install_builtin_agreements(session: Session) -> list[str]:
    """Add the shipped agreements that the store does not have yet; returns the keys added."""
    from app.store.models import Agreement

    added = []
    have = set(session.execute(select(Agreement.key)).scalars())
    for raw in builtin.builtin_agreement_dicts():
        spec = catalogue.agreement_from_dict(raw)
        if spec.key in have:
            continue
        row = Agreement(builtin=True, in_use=True)
        _row_from_spec(row, spec, raw)
        session.add(row)
        _ensure_administrations(session, spec)
        added.append(spec.key)
    session.flush()
    return added


@dataclass(frozen=True)
class AgreementView:
    """An agreement as shown in lists and the CLI."""

    key: str
    short_title: str
    title: str
    partner_country: str
    languages: tuple[str, ...]
    signed_on: date | None
    in_force_on: date | None
    builtin: bool
    in_use: bool
    termination_notice_on: date | None
    termination_on: date | None
    termination_explanation: str | None
    review_on: date | None
    #: The agreement's own clauses (its catalogue, else the Japan–US model's 3 months, Art. 14.2).
    termination_months: int = clocks.DEFAULT_TERMINATION_MONTHS
    termination_article: str = clocks.DEFAULT_TERMINATION_ARTICLE
    review_explanation: str | None = None
    review_article: str | None = clocks.DEFAULT_REVIEW_ARTICLE  # None: no review clause
    #: The record's edit count as read: the agreement editor saves on it (``save_agreement``'s
    #: ``expected_version``), so a save after another officer's is refused.
    version: int = 1

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        d = dict(self.__dict__)
        for k, v in d.items():
            if isinstance(v, date):
                d[k] = v.isoformat()
        d["languages"] = list(self.languages)
        return d


def termination_of(row: Agreement | Row[Any], notice_on: date | None = None) -> clocks.ComputedDate | None:
    """When the agreement ends after notice given ``notice_on`` (default: the recorded notice),
    under its own clause (its catalogue's months and article, Japan–US: 3 months, Art. 14.2)."""
    day = notice_on or row.termination_notice_on
    if day is None:
        return None
    spec = spec_of(row)
    return clocks.termination_date(day, months=spec.termination_months,
                                   article=spec.termination_article)


def _view(row: Agreement | Row[Any]) -> AgreementView:
    spec = spec_of(row)
    term = termination_of(row)
    review = None
    if row.in_force_on and spec.review is not None:
        review = clocks.review_date(row.in_force_on, years=spec.review.after_years,
                                    article=spec.review.article)
    return AgreementView(
        key=row.key, short_title=row.short_title, title=row.title,
        partner_country=row.partner_country, languages=tuple(row.languages.split(",")),
        signed_on=row.signed_on, in_force_on=row.in_force_on, builtin=row.builtin,
        in_use=row.in_use, termination_notice_on=row.termination_notice_on,
        termination_on=term.value if term else None,
        termination_explanation=term.explanation if term else None,
        review_on=review.value if review else None,
        termination_months=spec.termination_months, termination_article=spec.termination_article,
        review_explanation=review.explanation if review else None,
        review_article=spec.review_article, version=row.version,
    )


def list_agreements(desk: Desk) -> list[AgreementView]:
    """Every agreement in the store (read through Core: the filter chips list them at start-up;
    main window budget, docs/benchmarks.md)."""
    from app.store.tables import agreement

    with desk.query() as conn:
        return [_view(r) for r in conn.execute(select(agreement).order_by(agreement.c.id))]


def get_spec(desk: Desk, key: str) -> AgreementSpec:
    """The catalogue (articles, bases, grounds) of one agreement (read through Core: the filter
    chips and the editor ask for it; main window budget, docs/benchmarks.md)."""
    from app.store.tables import agreement

    with desk.query() as conn:
        row = conn.execute(select(agreement).where(agreement.c.key == key)).first()
    if row is None:
        raise NotFound("agreement", QT_TRANSLATE_NOOP(
                "Refusal", "no agreement with key {key}").format(
                    key=repr(key)))
    return spec_of(row)


def save_agreement(desk: Desk, raw: dict, *, expected_version: int | None = None) -> AgreementView:
    """Add an agreement from a catalogue dict, or replace the catalogue of one with that key.

    ``expected_version``: the ``version`` of the agreement the edits were made on (the window's
    editor); if it was saved since (another officer on a shared desk), the save is refused
    naming the agreement and nothing is written."""
    from app.store.models import Agreement

    try:
        spec = catalogue.agreement_from_dict(raw)
    except CatalogueError as exc:
        raise ServiceError("catalogue", str(exc)) from exc
    canonical = catalogue.agreement_to_dict(spec)
    with desk.unit_of_work("agreement.save", "agreement") as (s, note):
        row = s.execute(select(Agreement).where(Agreement.key == spec.key)).scalar_one_or_none()
        created = row is None
        if row is not None:
            check_version(f"agreement {spec.key}", row.version, expected_version)
        if row is None:
            row = Agreement(builtin=False, in_use=True)
            s.add(row)
        _row_from_spec(row, spec, canonical)
        row.updated_at = desk.now()
        _ensure_administrations(s, spec)
        s.flush()
        note.entity_id = spec.key
        note.change = {"created": created, "key": spec.key, "title": spec.title}
        return _view(row)


class NoticeAlreadyGiven(ServiceError):
    """A notice of termination is on record (``given_on``, ending the agreement on ``ends_on``)
    and the new one was not asked to replace it."""

    def __init__(self, given_on: date, ends_on: date | None, article: str | None, *,
                 how: str = "it is replaced only when asked",
                 field: str = "termination_notice_on") -> None:
        ends = ends_on.isoformat() if ends_on else "?"
        super().__init__(field, f"notice of termination was already given on "
                         f"{given_on.isoformat()} (the agreement ends on {ends}); {how}", article)
        self.given_on, self.ends_on = given_on, ends_on


def give_termination_notice(desk: Desk, key: str, notice_on: object, *,
                            replace: bool = False) -> AgreementView:
    """Record written notice of termination (Japan–US Art. 14.2): the agreement ends after its
    notice period (its catalogue's, else three months), and that date becomes a hard deadline on
    every open request under it.

    A notice already on record is replaced only with ``replace=True``; otherwise
    :class:`NoticeAlreadyGiven` (the end date moves every open request's deadline)."""
    day = parse_date("termination_notice_on", notice_on, required=True)
    with desk.unit_of_work("agreement.termination_notice", "agreement") as (s, note):
        row = agreement_by_key(s, key)
        earlier = row.termination_notice_on
        if earlier is not None and not replace:
            ends = termination_of(row, earlier)
            raise NoticeAlreadyGiven(earlier, ends.value if ends else None,
                                     spec_of(row).termination_article)
        if row.signed_on is not None and day < row.signed_on:  # a slip of the date picker
            raise ServiceError("termination_notice_on", QT_TRANSLATE_NOOP(
                    "Refusal", "{day} is before the agreement was signed ({signed_on})").format(
                        day=day.isoformat(), signed_on=row.signed_on.isoformat()),
                               spec_of(row).termination_article)
        row.termination_notice_on = day
        store_termination(row)
        row.updated_at = desk.now()
        ends = termination_of(row, day)
        assert ends is not None, "notice was given (day), so the agreement ends"
        note.entity_id = key
        note.change = {"termination_notice_on": day.isoformat(),
                       "termination_on": ends.value.isoformat()}
        if earlier is not None:
            note.change["replaces_notice_of"] = earlier.isoformat()
        return _view(row)


# -- directory of administrations and designated officials (Art. 7.3) ------------------------

# The directory's commands moved to ``app.services.agreements.directory``; these names stay
# importable from here for the callers written before the move.
from app.services.agreements.directory import (  # noqa: E402
    OfficialView,
    add_administration,
    add_official,
    list_administrations,
    list_officials,
)

__all__ = ["OfficialView", "add_administration", "add_official", "list_administrations", "list_officials"]
