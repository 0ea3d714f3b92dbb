"""The request list as pages of plain tuples, sorted and filtered in SQL.

The desktop list shows tens of thousands of requests; it must never load them all. ``count`` and
``page`` turn a ``ListFilter`` into a WHERE clause and a sort key into an ORDER BY that walks one
of the ``(direction, column)`` indexes of ``request`` (migration 0003), so the first page of
100,000 rows costs a short index walk, not a sort.

Sorting by partner is the exception: the partner is a property of the agreement, so we walk the
agreements in partner order and page through each one's ``(direction, agreement_id)`` index range.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.services.admin import settings
from app.services.context import Desk
from app.services.requests.list_rows import (
    AGREEMENT_COLUMNS, CLOSED, GROUPS, LIST_COLUMNS, SORT_COLUMNS, STOPPED, ListFilter, ListRow,
    agreement_entries, make_row,
)
from app.services.validation import ServiceError
from app.store.models import Agreement, Request

__all__ = ["FLAGS", "GROUPS", "SORT_KEYS", "ListFilter", "ListRow", "count", "page", "position",
           "related"]

#: Sortable columns: key -> the request columns it orders by ("partner" is handled apart). The
#: names come from ``list_rows.SORT_COLUMNS``, which the first-paint path reads too.
SORT_KEYS: dict[str, tuple | None] = {
    key: None if cols is None else tuple(getattr(Request, c) for c in cols)
    for key, cols in SORT_COLUMNS.items()
}

#: Clock flags a filter can ask for.
FLAGS = ("overdue", "due-week", "oral-unconfirmed")

_CLOSED = CLOSED
_STOPPED = STOPPED


@dataclass
class _Agreements:
    """The few agreements, read once per call: partner names and termination dates (Art. 14.2)."""

    by_id: dict[int, tuple[str, str, date | None]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> _Agreements:
        cols = [getattr(Agreement, c) for c in AGREEMENT_COLUMNS]
        return cls(agreement_entries(session.execute(select(*cols)).all()))

    def id_of(self, key: str) -> int:
        for aid, (k, _, _) in self.by_id.items():
            if k == key:
                return aid
        raise ServiceError("agreement", f"no agreement with key {key!r}")

    def terminating_by(self, day: date) -> list[int]:
        """Agreements whose termination takes effect on or before ``day``."""
        return [aid for aid, (_, _, t) in self.by_id.items() if t is not None and t <= day]

    def partner_order(self) -> list[int]:
        return sorted(self.by_id, key=lambda aid: (self.by_id[aid][1].casefold(), aid))


def _soon_days(session: Session) -> int:
    return settings.get_int(session, "due_soon_days")


def _plain(col):  # noqa: ANN001, ANN202 - SQLAlchemy column in, expression out
    return col


def _hidden(col):  # noqa: ANN001, ANN202
    """The same value, but no index can serve it: steers the planner to the sort index."""
    return func.coalesce(col, col)


def _where(session: Session, flt: ListFilter, ags: _Agreements, today: date,
           c=_plain) -> list[ColumnElement]:  # noqa: ANN001 - column wrapper
    """WHERE terms of a filter, the navigation group first; ``c`` wraps every filter column."""
    if flt.group not in GROUPS:
        raise ServiceError("group", f"must be one of {', '.join(GROUPS)}")
    conds: list[ColumnElement] = [Request.direction.in_(GROUPS[flt.group])]
    if flt.statuses:
        conds.append(c(Request.status).in_(flt.statuses))
    if flt.agreement:
        conds.append(c(Request.agreement_id) == ags.id_of(flt.agreement))
    if flt.basis:
        conds.append(c(Request.primary_basis) == flt.basis)
    unknown = set(flt.flags) - set(FLAGS)
    if unknown:
        raise ServiceError("flags", f"unknown flag {sorted(unknown)[0]!r}; use {', '.join(FLAGS)}")
    open_ = c(Request.status).not_in(_CLOSED)
    running = c(Request.status).not_in(_STOPPED)
    due = c(Request.due_on)
    # The effective due date is the due date capped by a termination date (Art. 14.2).
    ended = ags.terminating_by(today - timedelta(days=1))
    if "overdue" in flt.flags:
        late = [due < today]
        if ended:
            late.append(c(Request.agreement_id).in_(ended))
        conds += [running, or_(*late)]
    if "due-week" in flt.flags:
        horizon = today + timedelta(days=_soon_days(session))
        soon = [and_(due >= today, due <= horizon)]
        ending = [a for a in ags.terminating_by(horizon) if a not in ended]
        if ending:
            soon.append(c(Request.agreement_id).in_(ending))
        conds += [running, or_(*soon)]
    if "oral-unconfirmed" in flt.flags:
        conds += [open_, c(Request.form) == "oral", c(Request.confirmed_on).is_(None)]
    return conds


def _narrows(flt: ListFilter) -> bool:
    return flt.narrows()


_COLUMNS = tuple(getattr(Request, c) for c in LIST_COLUMNS)


def _row(r: Sequence, ags: _Agreements, today: date, soon: int) -> ListRow:
    return make_row(r, ags.by_id, today, soon)


def count(desk: Desk, flt: ListFilter) -> int:
    """How many requests the filter selects (one indexed COUNT)."""
    today = flt.today or desk.today()
    with desk.read() as s:
        ags = _Agreements.load(s)
        stmt = select(func.count()).select_from(Request).where(*_where(s, flt, ags, today))
        return int(s.execute(stmt).scalar() or 0)


#: Below this share of its group a filter is "sparse": read its matches by the filter's index and
#: sort them; above it, walk the sort index and skip non-matches. Without planner statistics
#: SQLite cannot tell the two apart, and the wrong plan costs a full scan (seconds at 100k rows).
SPARSE_SHARE = 0.05


def page(desk: Desk, flt: ListFilter, sort_key: str = "ref", descending: bool = False,
         offset: int = 0, limit: int = 100) -> list[ListRow]:
    """Rows ``offset .. offset+limit`` of the filtered list in ``sort_key`` order.

    Ties are broken by insertion order, so pages never overlap or skip rows."""
    if sort_key not in SORT_KEYS:
        raise ServiceError("sort", f"cannot sort by {sort_key!r}; use one of {', '.join(SORT_KEYS)}")
    if offset < 0 or limit < 0:
        raise ServiceError("offset", "offset and limit must be 0 or more")
    today = flt.today or desk.today()
    with desk.read() as s:
        ags = _Agreements.load(s)
        soon = _soon_days(s)
        sparse = False
        if _narrows(flt):
            n = s.execute(select(func.count()).select_from(Request)
                          .where(*_where(s, flt, ags, today))).scalar() or 0
            group = s.execute(select(func.count()).select_from(Request)
                              .where(Request.direction.in_(GROUPS[flt.group]))).scalar() or 0
            sparse = n <= SPARSE_SHARE * group
        # Dense: hide the filter columns from the planner so it walks the sort index.
        conds = _where(s, flt, ags, today, _plain if sparse else _hidden)
        if sort_key == "partner":
            counting = _where(s, flt, ags, today)  # counts are index-only with plain columns
            raw = _partner_page(s, conds, counting, ags, descending, offset, limit, sparse)
        else:
            raw = _sorted_page(s, flt, conds, sort_key, descending, sparse, offset, limit)
        return [_row(r, ags, today, soon) for r in raw]


def _order(cols, descending: bool) -> list:  # noqa: ANN001
    return [c.desc() if descending else c.asc() for c in cols]


def _sorted_page(s: Session, flt: ListFilter, conds: list, sort_key: str, descending: bool,
                 sparse: bool, offset: int, limit: int) -> list:
    keys = list(SORT_KEYS[sort_key])  # "due" adds the status: matches ix_request_list_due
    dirs = GROUPS[flt.group]
    if sparse or len(dirs) == 1:
        # Sparse: a sort over few rows is cheap, and the filter's own index finds them.
        order = [_hidden(k) for k in keys] if sparse else keys
        stmt = (select(*_COLUMNS).where(*conds)
                .order_by(*_order([*order, Request.id], descending)).offset(offset).limit(limit))
        return s.execute(stmt).all()
    # Several directions: one sorted index range each, merged by SQLite (compound ORDER BY).
    arms = [select(*_COLUMNS, *[k.label(f"k{i}") for i, k in enumerate(keys)])
            .where(Request.direction == d, *conds[1:]) for d in dirs]
    cu = union_all(*arms)
    sel = cu.selected_columns
    order = [sel[f"k{i}"] for i in range(len(keys))] + [sel.id]
    stmt = cu.order_by(*_order(order, descending)).offset(offset).limit(limit)
    return s.execute(stmt).all()


def _partner_page(s: Session, conds: list, counting: list, ags: _Agreements, descending: bool,
                  offset: int, limit: int, sparse: bool) -> list:
    """Page through agreements in partner-name order, each by its own index range."""
    order = ags.partner_order()
    if descending:
        order.reverse()
    rows: list = []
    for aid in order:
        if len(rows) >= limit:
            break
        # Sparse filter: let its own index find the rows, not the partner index.
        where = [*conds, (_hidden if sparse else _plain)(Request.agreement_id) == aid]
        if offset:  # the first page needs no counts (a count may have to read every row)
            n = s.execute(select(func.count()).select_from(Request)
                          .where(*counting, Request.agreement_id == aid)).scalar() or 0
            if offset >= n:
                offset -= n
                continue
        by_id = Request.id.desc() if descending else Request.id.asc()
        stmt = select(*_COLUMNS).where(*where).order_by(by_id).offset(offset).limit(limit - len(rows))
        rows += s.execute(stmt).all()
        offset = 0
    return rows


def position(desk: Desk, flt: ListFilter, sort_key: str, descending: bool, ref: str,
             window: int = 2000) -> int | None:
    """Row index of ``ref`` within the first ``window`` rows of the list, or None."""
    for i, row in enumerate(page(desk, flt, sort_key, descending, 0, window)):
        if row.ref == ref:
            return i
    return None


class RelatedItem(NamedTuple):
    """An information item attached to a request, with its restrictions (Art. 9, 10)."""

    code: str
    title: str
    direction: str
    restrictions: tuple[str, ...]


class RelatedDocument(NamedTuple):
    """A document kept with a request (letters, attachments), newest version last."""

    id: int
    filename: str
    kind: str
    version: int
    final: bool
    created_at: object


def related(desk: Desk, ref: str) -> tuple[list[RelatedItem], list[RelatedDocument]]:
    """Information items and documents of one request, for the detail pane."""
    from app.services.validation import NotFound
    from app.store.models import Document, InformationItem

    with desk.read() as s:
        rid = s.execute(select(Request.id).where(Request.our_ref == ref)).scalar_one_or_none()
        if rid is None:
            raise NotFound("ref", f"no request with reference {ref!r}")
        items = []
        for it in s.execute(select(InformationItem).where(InformationItem.request_id == rid)
                            .order_by(InformationItem.id)).scalars():
            marks = []
            if it.confidential:
                marks.append("confidential (9.3)")
            if it.no_law_enforcement:
                marks.append("no law enforcement (9.2)")
            if it.not_as_evidence:
                marks.append("not as evidence (10.1)")
            items.append(RelatedItem(it.code, it.title, it.direction, tuple(marks)))
        docs = [RelatedDocument(*r) for r in s.execute(
            select(Document.id, Document.filename, Document.kind, Document.version, Document.final,
                   Document.created_at)
            .where(Document.request_id == rid).order_by(Document.series, Document.version))]
        return items, docs
