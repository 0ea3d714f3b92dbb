"""The request list as pages of plain tuples, sorted and filtered in SQL.

The desktop list shows tens of thousands of requests; it must never load them all. ``count`` and
``page`` turn a ``ListFilter`` into a WHERE clause and a sort key into an ORDER BY that walks one
of the ``(direction, column)`` indexes of ``request`` (migration 0003), so the first page of
100,000 rows costs a short index walk, not a sort.

Sorting by partner is the exception: the partner is a property of the agreement, so we walk the
agreements in partner order and page through each one's ``(direction, agreement_id)`` index range.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.i18n import QT_TRANSLATE_NOOP
from app.services.admin import settings
from app.services.validation import ServiceError
from app.store import tables
from app.treaty import catalogue, clocks
from app.treaty.lifecycle import CLOCK_STOPPED_STATUSES, TERMINAL_STATUSES

if TYPE_CHECKING:
    from app.services.context import Desk

# Read through Core on ``app.store.tables`` (``Desk.query``), never the ORM: the GUI's list and
# the CLI read the same code, and the CLI whole-process budget (docs/benchmarks.md) cannot pay
# for loading the ORM. The two tables' columns, named as the ORM classes they replace here:
Request = tables.request.c
Agreement = tables.agreement.c

__all__ = ["FLAGS", "GROUPS", "SORT_KEYS", "ListFilter", "ListRow", "count", "page", "position",
           "related", "stream"]

#: Navigation groups of the list: which directions each one shows.
GROUPS: dict[str, tuple[str, ...]] = {
    "incoming": ("incoming",),
    "outgoing": ("outgoing",),
    "spontaneous": ("spontaneous-in", "spontaneous-out"),
    "all": ("incoming", "outgoing", "spontaneous-in", "spontaneous-out"),
}

CLOSED = tuple(s.value for s in TERMINAL_STATUSES)
STOPPED = tuple(s.value for s in CLOCK_STOPPED_STATUSES)  # answered: the due clock stops


@dataclass(frozen=True)
class ListFilter:
    """What the list shows: a navigation group plus optional chips.

    ``statuses`` any of these statuses; ``agreement`` the key of the agreement (hence partner);
    ``basis`` the main (first-listed) legal basis; ``flags`` any of the clock flags (all must
    hold)."""

    group: str = "all"
    statuses: tuple[str, ...] = ()
    agreement: str | None = None
    basis: str | None = None
    flags: tuple[str, ...] = ()
    today: date | None = None  # None: the desk's today

    def narrows(self) -> bool:
        """True when a chip is set (the list is more than its navigation group)."""
        return bool(self.statuses or self.agreement or self.basis or self.flags)


class ListRow(NamedTuple):
    """One row of the request list, plain data only."""

    ref: str
    their_ref: str | None
    partner: str
    basis: str | None
    title: str
    status: str
    due_on: date | None
    officer: str | None
    due_state: str | None  # "overdue" | "due-soon" | "ok" | None (no clock or closed)
    oral_state: str | None  # Art. 7.1: "pending" | "late" | None
    direction: str
    urgency: str
    agreement_key: str


#: agreement id -> (key, partner name, termination date or None).
AgreementEntries = dict[int, tuple[str, str, date | None]]

#: Catalogues of the agreements last read by ``agreement_entries``, by key: the list names a
#: basis from them (``basis_caption``) without a query per row.
_SPECS: dict[str, tuple[str, catalogue.AgreementSpec]] = {}  # key -> (catalogue text, spec)
_CAPTIONS: dict[tuple[str, str], tuple[str, str]] = {}


def agreement_entries(rows: Iterable[Sequence]) -> AgreementEntries:
    """Partner names and termination dates (Art. 14.2) from rows of ``_AGREEMENT_COLUMNS``.

    The catalogue is read as trusted, as the services read stored catalogues."""
    out: AgreementEntries = {}
    for aid, key, country, notice_on, text in rows:
        # Parsed once per agreement and catalogue text, not once per page.
        if key not in _SPECS or _SPECS[key][0] != text:  # a changed catalogue: new captions
            _SPECS[key] = (text, catalogue.agreement_from_dict(json.loads(text), trusted=True))
            for cached in [k for k in _CAPTIONS if k[0] == key]:
                del _CAPTIONS[cached]
        spec = _SPECS[key][1]
        # The country first: a narrow Partner column still says who it is ("US — U.S. Cus…").
        name = spec.partner_administration.name_in("en")
        partner = f"{country} \u2014 {name}" if name else country
        # The agreement's own notice period (Japan–US: three months, Art. 14.2).
        term = (clocks.termination_date(notice_on, months=spec.termination_months,
                                        article=spec.termination_article).value
                if notice_on else None)
        out[aid] = (key, partner, term)
    return out


def make_row(r: Sequence, ags: AgreementEntries, today: date, soon: int) -> ListRow:
    """A ``ListRow`` from a raw row of ``_COLUMNS`` (dates as ``date``)."""
    (_id, ref, their, aid, basis, title, status, due_on, officer, form, conf_due, confirmed,
     direction, urgency) = r[:14]
    key, partner, term = ags[aid]
    state = None
    if status not in STOPPED:
        eff = clocks.effective_due(due_on, term)
        if eff is not None:
            state = clocks.due_state(eff.value, today, soon)
    oral = None
    if form == "oral" and conf_due and status not in CLOSED:
        st = clocks.confirmation_state(conf_due, confirmed, today)
        oral = st if st in ("pending", "late") else None
    return ListRow(ref, their, partner, basis, title or "", status, due_on, officer, state, oral,
                   direction, urgency, key)


def basis_caption(agreement_key: str, code: str | None) -> tuple[str, str]:
    """How the list names a legal basis, and its hover text, from the agreement's catalogue.

    A code that is an article reference ("4.1(a)(i)", "3.1") is shown as it is; a desk code that
    is not ("4.3-spontaneous") shows its article and label ("4.3 — Spontaneous information
    on serious offences"). The hover text gives the label and the article's text, as the detail
    pane does. An unknown code (or an agreement not read yet) shows as it is.
    """
    if not code:
        return "", ""
    cached = _CAPTIONS.get((agreement_key, code))
    if cached is not None:
        return cached
    spec = _SPECS[agreement_key][1] if agreement_key in _SPECS else None
    if spec is None or not spec.has_basis(code):
        return code, code
    basis = spec.basis(code)
    is_reference = code == basis.article or code.startswith(basis.article + "(")
    text = code if is_reference else f"{basis.article} \u2014 {basis.label}"
    try:
        article = spec.article_text(basis.article) or ""
    except KeyError:
        article = ""
    tip = f"Art. {basis.article} \u2014 {basis.label}" + (f"\n\n{article}" if article else "")
    _CAPTIONS[(agreement_key, code)] = (text, tip)
    return text, tip


#: Sortable columns: key -> the request columns it orders by, before the insertion-order
#: tie-break (id). "partner" is a property of the agreement and is paged apart (None). "due" adds
#: the status so that the order matches the ``ix_request_list_due`` index (no sort step).
SORT_KEYS: dict[str, tuple | None] = {
    "ref": (Request.our_ref,),
    "their_ref": (Request.their_ref,),
    "partner": None,
    "basis": (Request.primary_basis,),
    "title": (Request.title,),
    "status": (Request.status,),
    "due": (Request.due_on, Request.status),
    "officer": (Request.assigned_to,),
}
#: The request columns a list row is built from, in the order ``make_row`` reads them.
_COLUMNS = (
    Request.id, Request.our_ref, Request.their_ref, Request.agreement_id, Request.primary_basis,
    Request.title, Request.status, Request.due_on, Request.assigned_to, Request.form,
    Request.confirmation_due_on, Request.confirmed_on, Request.direction, Request.urgency,
)
#: Agreement columns read for the list (partner name and termination, Art. 14.2).
_AGREEMENT_COLUMNS = (Agreement.id, Agreement.key, Agreement.partner_country,
                      Agreement.termination_notice_on, Agreement.catalogue)

#: Clock flags a filter can ask for.
FLAGS = ("overdue", "due-week", "oral-unconfirmed")

_CLOSED = CLOSED
_STOPPED = STOPPED


@dataclass
class _Agreements:
    """What every list call reads once: the few agreements (partner names, termination dates,
    Art. 14.2) and the due-soon window (setting ``due_soon_days``)."""

    by_id: dict[int, tuple[str, str, date | None]] = field(default_factory=dict)
    soon_days: int = 0

    @classmethod
    def load(cls, session: Connection) -> _Agreements:
        # One statement for both, not two: on a shared server each statement is a round trip to
        # the server, and the first page's budget (issue "Shared office desk on PostgreSQL":
        # first page, sort and filter within 2x the file desk's) is mostly round trips.
        key = "due_soon_days"
        rows = session.execute(select(*_AGREEMENT_COLUMNS, settings.stored_column(key))).all()
        soon = (int(settings.stored_value(key, rows[0][-1])) if rows
                else settings.get_int(session, key))
        return cls(agreement_entries(r[:-1] for r in rows), soon)

    def id_of(self, key: str) -> int:
        for aid, (k, _, _) in self.by_id.items():
            if k == key:
                return aid
        raise ServiceError("agreement", QT_TRANSLATE_NOOP(
                "Refusal", "no agreement with key {key}").format(
                    key=repr(key)))

    def terminating_by(self, day: date) -> list[int]:
        """Agreements whose termination takes effect on or before ``day``."""
        return [aid for aid, (_, _, t) in self.by_id.items() if t is not None and t <= day]

    def partner_order(self) -> list[int]:
        return sorted(self.by_id, key=lambda aid: (self.by_id[aid][1].casefold(), aid))


def _plain(col):  # SQLAlchemy column in, expression out
    return col


def _hidden(col):
    """The same value, but no index can serve it: steers the planner to the sort index."""
    return func.coalesce(col, col)


def _where(session: Connection, flt: ListFilter, ags: _Agreements, today: date,
           c=_plain) -> list[ColumnElement]:  # noqa: ANN001 - column wrapper
    """WHERE terms of a filter, the navigation group first; ``c`` wraps every filter column."""
    if flt.group not in GROUPS:
        raise ServiceError("group", QT_TRANSLATE_NOOP(
                "Refusal", "must be one of {join_groups}").format(
                    join_groups=', '.join(GROUPS)))
    conds: list[ColumnElement] = [Request.direction.in_(GROUPS[flt.group])]
    if flt.statuses:
        conds.append(c(Request.status).in_(flt.statuses))
    if flt.agreement:
        conds.append(c(Request.agreement_id) == ags.id_of(flt.agreement))
    if flt.basis:
        conds.append(c(Request.primary_basis) == flt.basis)
    unknown = set(flt.flags) - set(FLAGS)
    if unknown:
        raise ServiceError("flags", QT_TRANSLATE_NOOP(
                "Refusal", "unknown flag {sorted_unknown_0}; use {join_flags}").format(
                    sorted_unknown_0=repr(sorted(unknown)[0]), join_flags=', '.join(FLAGS)))
    open_ = c(Request.status).not_in(_CLOSED)
    running = c(Request.status).not_in(_STOPPED)
    due = c(Request.due_on)
    # The effective due date is the due date capped by a termination date (Art. 14.2).
    ended = ags.terminating_by(today - timedelta(days=1))
    if "overdue" in flt.flags:
        late = [due < today]
        if ended:
            late.append(c(Request.agreement_id).in_(ended))
        # An oral request whose written confirmation is past due (Art. 7.1) is overdue too: the
        # list marks it late (make_row's oral state), so the chip must not leave it out.
        unconfirmed = and_(open_, c(Request.form) == "oral", c(Request.confirmed_on).is_(None),
                           c(Request.confirmation_due_on) < today)
        conds.append(or_(and_(running, or_(*late)), unconfirmed))
    if "due-week" in flt.flags:
        horizon = today + timedelta(days=ags.soon_days)
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




def _row(r: Sequence, ags: _Agreements, today: date, soon: int) -> ListRow:
    return make_row(r, ags.by_id, today, soon)


def count(desk: Desk, flt: ListFilter) -> int:
    """How many requests the filter selects (one indexed COUNT)."""
    today = flt.today or desk.today()
    with desk.query() as s:
        ags = _Agreements.load(s)
        stmt = select(func.count()).select_from(tables.request).where(*_where(s, flt, ags, today))
        return int(s.execute(stmt).scalar() or 0)


#: Below this share of its group a filter is "sparse": read its matches by the filter's index and
#: sort them; above it, walk the sort index and skip non-matches. Without planner statistics
#: SQLite cannot tell the two apart, and the wrong plan costs a full scan (seconds at 100k rows).
#: PostgreSQL has the statistics: there the filter is left to its planner.
SPARSE_SHARE = 0.05


def page(desk: Desk, flt: ListFilter, sort_key: str = "ref", descending: bool = False,
         offset: int = 0, limit: int = 100) -> list[ListRow]:
    """Rows ``offset .. offset+limit`` of the filtered list in ``sort_key`` order.

    Ties are broken by insertion order, so pages never overlap or skip rows."""
    if sort_key not in SORT_KEYS:
        raise ServiceError("sort", QT_TRANSLATE_NOOP(
                "Refusal", "cannot sort by {sort_key}; use one of {join_sort_keys}").format(
                    sort_key=repr(sort_key), join_sort_keys=', '.join(SORT_KEYS)))
    if offset < 0 or limit < 0:
        raise ServiceError("offset", QT_TRANSLATE_NOOP("Refusal", "offset and limit must be 0 or more"))
    today = flt.today or desk.today()
    with desk.query() as s:
        ags = _Agreements.load(s)
        soon = ags.soon_days
        sparse = False
        # A server's planner keeps statistics and chooses between the filter's index and the
        # sort index itself: plain columns, and no counting to steer it.
        steer = s.dialect.name == "sqlite"
        if steer and _narrows(flt):
            # Both counts in one statement.
            n, group = s.execute(select(
                select(func.count()).select_from(tables.request)
                .where(*_where(s, flt, ags, today)).scalar_subquery(),
                select(func.count()).select_from(tables.request)
                .where(Request.direction.in_(GROUPS[flt.group])).scalar_subquery())).one()
            sparse = (n or 0) <= SPARSE_SHARE * (group or 0)
        # Dense: hide the filter columns from the planner so it walks the sort index.
        conds = _where(s, flt, ags, today, _plain if sparse or not steer else _hidden)
        raw: Sequence[Any]  # result rows of either page
        if sort_key == "partner":
            counting = _where(s, flt, ags, today)  # counts are index-only with plain columns
            raw = _partner_page(s, conds, counting, ags, descending, offset, limit, sparse)
        else:
            raw = _sorted_page(s, flt, conds, sort_key, descending, sparse, offset, limit)
        return [_row(r, ags, today, soon) for r in raw]


def _order(cols, descending: bool) -> list:
    return [c.desc() if descending else c.asc() for c in cols]


def _sorted_page(s: Connection, flt: ListFilter, conds: list, sort_key: str, descending: bool,
                 sparse: bool, offset: int, limit: int) -> Sequence[Any]:
    sort_columns = SORT_KEYS[sort_key]
    assert sort_columns is not None, "the partner sort has its own page (_partner_page)"
    keys = list(sort_columns)  # "due" adds the status: matches ix_request_list_due
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
    merged = cu.order_by(*_order(order, descending)).offset(offset).limit(limit)
    return s.execute(merged).all()


def _partner_page(s: Connection, conds: list, counting: list, ags: _Agreements, descending: bool,
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
            n = s.execute(select(func.count()).select_from(tables.request)
                          .where(*counting, Request.agreement_id == aid)).scalar() or 0
            if offset >= n:
                offset -= n
                continue
        by_id = Request.id.desc() if descending else Request.id.asc()
        stmt = select(*_COLUMNS).where(*where).order_by(by_id).offset(offset).limit(limit - len(rows))
        rows += s.execute(stmt).all()
        offset = 0
    return rows


#: Rows fetched from the database cursor at a time by ``stream``: the memory it holds at once.
STREAM_BATCH = 500


def stream(desk: Desk, flt: ListFilter, *, directions: Sequence[str] | None = None,
           limit: int | None = None) -> Generator[ListRow, None, None]:
    """The filtered list, newest first (insertion order, descending), one row at a time.

    One Core select read from the cursor ``STREAM_BATCH`` rows at a time: the rows are never all
    in memory, so ``requests --json`` prints 100,000 of them in the memory of one batch.
    ``directions`` narrows the navigation group to these directions (the CLI's ``--direction
    in`` is incoming and spontaneous-in). The read connection stays open until the caller has
    read the last row or closes the generator."""
    today = flt.today or desk.today()
    with desk.query() as s:
        ags = _Agreements.load(s)
        soon = ags.soon_days
        conds = _where(s, flt, ags, today)
        if directions is not None:
            conds[0] = Request.direction.in_(tuple(directions))
        stmt = select(*_COLUMNS).where(*conds).order_by(Request.id.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        result = s.execute(stmt.execution_options(yield_per=STREAM_BATCH))
        for raw in result:
            yield _row(raw, ags, today, soon)


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

    InformationItem, Document = tables.information_item, tables.document.c
    with desk.query() as s:
        rid = s.execute(select(Request.id).where(Request.our_ref == ref)).scalar_one_or_none()
        if rid is None:
            raise NotFound("ref", QT_TRANSLATE_NOOP(
                    "Refusal", "no request with reference {ref}").format(
                        ref=repr(ref)))
        items = []
        for it in s.execute(select(InformationItem).where(InformationItem.c.request_id == rid)
                            .order_by(InformationItem.c.id)):
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
