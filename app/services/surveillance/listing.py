"""The surveillance subject list (Art. 4.2) as pages of plain rows, one SQL query per page.

``list_subjects`` builds a full view per subject (several queries each); the desktop list must
stay quick with 100,000 subjects, so it reads them here a page at a time: the subject columns,
its identifiers folded with ``group_concat`` and its last observation from the
``observation(subject_id)`` index, all in one statement. The shown status (active, expiring,
lapsed, lifted) is still decided by ``surveillance_rules.subject_status``, never re-implemented.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Select, func, or_, select

from app.i18n import QT_TRANSLATE_NOOP
from app.services.admin import settings
from app.services.context import Desk
from app.services.surveillance.rules import (
    ART,
    ID_LABELS,
    KINDS,
    check_identifier,
    subject_status,
)
from app.services.validation import ServiceError, choice
from app.store.models import Observation, Subject, SubjectIdentifier
from app.store.portable import char, joined

_FIELD, _ITEM = chr(31), chr(30)  # unit and record separators: no identifier contains them


@dataclass(frozen=True)
class SubjectFilter:
    """What the list shows: one kind (or all) and, optionally, only subjects watched now."""

    kind: str | None = None
    active: bool = False

    def __post_init__(self) -> None:
        if self.kind is not None:
            choice("kind", self.kind, KINDS, article=ART)


@dataclass(frozen=True)
class SubjectRow:
    """One line of the subject list."""

    code: str
    kind: str
    subkind: str | None
    display_name: str
    identifier_summary: str
    identifier_warnings: tuple[str, ...]
    status: str
    status_explanation: str
    period_start: date | None
    period_end: date | None
    last_observation_at: datetime | None


def _where(stmt: Select, f: SubjectFilter, today: date) -> Select:
    if f.kind:
        stmt = stmt.where(Subject.kind == f.kind)
    if f.active:
        # "Under surveillance now" = not lifted and the period has not ended (active or expiring).
        stmt = stmt.where(Subject.status != "lifted",
                          or_(Subject.period_end.is_(None), Subject.period_end >= today))
    return stmt


def count_subjects(desk: Desk, f: SubjectFilter = SubjectFilter()) -> int:
    """How many subjects the filter shows."""
    with desk.read() as s:
        return int(s.execute(_where(select(func.count(Subject.id)), f, desk.today())).scalar_one())


def _identifiers(folded: str | None) -> tuple[str, tuple[str, ...]]:
    labels, warnings = [], []
    for item in filter(None, (folded or "").split(_ITEM)):
        id_type, value, normalized = (item.split(_FIELD) + ["", ""])[:3]
        labels.append(f"{ID_LABELS.get(id_type, id_type)} {normalized}")
        try:
            warning = check_identifier(id_type, value)
        except ServiceError as exc:
            warning = str(exc)
        if warning:
            warnings.append(warning)
    return ", ".join(labels), tuple(warnings)


def subject_page(desk: Desk, f: SubjectFilter = SubjectFilter(), *,
                 offset: int = 0, limit: int = 200) -> list[SubjectRow]:
    """Subjects ``offset``..``offset+limit`` of the filter, newest first, in one query."""
    if offset < 0 or limit < 1:
        raise ServiceError("limit", QT_TRANSLATE_NOOP("Refusal", "offset must be 0 or more and limit 1 or more"))
    today = desk.today()
    ident = SubjectIdentifier.__table__.alias("ident")
    folded = (
        select(joined(
            ident.c.id_type + char(31) + ident.c.value
            + char(31) + ident.c.normalized, char(30)))
        .where(ident.c.subject_id == Subject.id).scalar_subquery()
    )
    last = (select(func.max(Observation.observed_at)).where(Observation.subject_id == Subject.id)
            .scalar_subquery())
    stmt = _where(select(Subject.code, Subject.kind, Subject.subkind, Subject.display_name,
                         Subject.status, Subject.period_start, Subject.period_end, folded, last),
                  f, today).order_by(Subject.id.desc()).offset(offset).limit(limit)
    with desk.read() as s:
        soon = settings.get_int(s, "due_soon_days")
        rows = s.execute(stmt).all()
    out = []
    for code, kind, subkind, name, stored, start, end, ids, seen in rows:
        status, why = subject_status(stored, end, today, soon)
        summary, warnings = _identifiers(ids)
        if isinstance(seen, str):  # an aggregate bypasses the UTC column type
            seen = datetime.fromisoformat(seen)
        if seen is not None and seen.tzinfo is None:
            seen = seen.replace(tzinfo=UTC)
        out.append(SubjectRow(code, kind, subkind, name, summary, warnings, status, why,
                              start, end, seen))
    return out


#: At most this many subjects are offered when linking one to a request: the officer types to narrow.
LINK_CHOICES = 50


def link_candidates(desk: Desk, agreement_key: str, text: str = "", *, exclude: Iterable[str] = (),
                    limit: int = LINK_CHOICES) -> list[tuple[str, str, str]]:
    """(code, display name, kind) of subjects under the agreement ``agreement_key`` that may be
    linked to a request (Art. 4.2): those the full-text search finds for ``text`` (code, names,
    identifiers; best first), or the newest when ``text`` is blank. At most ``limit``; none in
    ``exclude`` (those already linked). Reads at most a few hundred rows however large the store."""
    from app.services.search.queries import search
    from app.store.models import Agreement

    excluded = set(exclude)
    stmt = (select(Subject.code, Subject.display_name, Subject.kind)
            .join(Agreement, Agreement.id == Subject.agreement_id)
            .where(Agreement.key == agreement_key))
    if text.strip():
        # Search first (indexed), then keep the hits under this agreement, in the search's order.
        codes = [h.key for h in search(desk, text, limit=10 * limit, kinds=("subject",))]
        if not codes:
            return []
        with desk.read() as s:
            found = {code: (code, name, kind)
                     for code, name, kind in s.execute(stmt.where(Subject.code.in_(codes)))}
        ordered = [found[c] for c in codes if c in found and c not in excluded]
        return ordered[:limit]
    with desk.read() as s:
        rows = s.execute(stmt.order_by(Subject.id.desc()).limit(limit + len(excluded))).all()
    return [(code, name, kind) for code, name, kind in rows if code not in excluded][:limit]


__all__ = ["LINK_CHOICES", "SubjectFilter", "SubjectRow", "count_subjects", "link_candidates",
           "subject_page"]
