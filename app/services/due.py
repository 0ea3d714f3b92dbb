"""Everything on the desk that runs against a clock (the "Due & overdue" list), as ONE SQL query.

The clocks are a ``UNION ALL`` of stored dates, one branch per kind:

- ``request``: the due date of a request whose clock runs (not answered, not closed), capped by
  the termination date of its agreement (Art. 14.2, stored on the agreement as
  ``terminates_on`` when notice is recorded);
- ``oral-confirmation``: the written confirmation of an oral request not yet confirmed (Art. 7.1);
- ``termination``: an agreement under notice, until 30 days after its termination date;
- ``surveillance-end`` / ``surveillance-review``: a subject's surveillance period ending (or
  lapsed) and its review date (Art. 4.2), until the subject is lifted.

Requests, confirmations and subjects are listed when overdue or due within the "due soon"
window (setting ``due_soon_days``); a termination is listed from the notice on. The list is
paged in SQL (``count``, ``page``: ORDER BY a key per column with a stable tie-break, LIMIT and
OFFSET), filtered in SQL (``DueFilter``: overdue / due soon, kinds, typed text), and counted in
SQL for reminders (``counts``). Only the rows of one page become ``DueItem``s, each with the
sentence saying how its date was computed (worded in Python from the stored dates, so it reads
exactly as the treaty rules word it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import UnaryExpression

from app.i18n import QT_TRANSLATE_NOOP, Code, Day
from app.services.admin import settings
from app.services.agreements.catalogue import spec_of, termination_of
from app.services.context import Desk
from app.store import tables
from app.treaty import clocks
from app.treaty.lifecycle import CLOCK_STOPPED_STATUSES, TERMINAL_STATUSES, Status

# Core tables, not the ORM: the page reads, counts and words clocks without loading the write side
# (main window budget: the status bar counts at start-up; docs/benchmarks.md).
_R, _S, _A = tables.request, tables.subject, tables.agreement

_CLOSED = tuple(s.value for s in TERMINAL_STATUSES)
#: Statuses whose due clock runs, named (IN, not NOT IN): most stored requests are closed, and
#: the status index then finds the few open ones without reading the rest.
_RUNNING = tuple(s.value for s in Status if s not in CLOCK_STOPPED_STATUSES)

#: Every kind of clock, in the order of their officer's words (see ``_WHAT_RANK``).
KINDS = ("request", "oral-confirmation", "termination", "surveillance-end", "surveillance-review")
STATES = ("overdue", "due-soon", "ok")
#: Sort keys, one per column of the list: Due, State, What, Record, How.
SORT_KEYS = ("due", "state", "what", "record", "how")
#: A terminated agreement stays on the list this long after its termination date.
TERMINATION_AFTERMATH_DAYS = 30
#: The "What" column reads "<kind's words>: <label>"; these ranks sort the kinds as their
#: English words do (Agreement terminating, Request due, Surveillance period ends, Surveillance
#: review, Written confirmation), then the record's title.
_WHAT_RANK = {"termination": 0, "request": 1, "surveillance-end": 2, "surveillance-review": 3,
              "oral-confirmation": 4}


@dataclass(frozen=True)
class DueItem:
    """One clock: what, which record, its date, how that date was computed, and its state.

    ``kind``: one of ``KINDS``. ``key``: the record to open (a request ref, an agreement key, a
    subject code). ``state``: "overdue" | "due-soon" | "ok". ``partner``: for a termination,
    the partner country (the officer knows an agreement by its partner, not its store key)."""

    kind: str
    key: str
    label: str
    due_on: date
    explanation: str
    state: str
    partner: str | None = None

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {**self.__dict__, "due_on": self.due_on.isoformat()}


@dataclass(frozen=True)
class DueFilter:
    """What the list shows: ``states`` (empty: every state listed), ``kinds`` (empty: every
    kind), and ``text`` typed by the officer (found in the record's reference or its title,
    case-blind)."""

    states: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    text: str = ""


def _effective_due(due_col: Any, term_col: Any) -> Any:
    """The request's binding date in SQL: its due date, unless the termination comes first."""
    return case((and_(term_col.is_not(None), or_(due_col.is_(None), term_col < due_col)), term_col),
                else_=due_col)


def _branches(today: date, horizon: int, flt: DueFilter, *, top: int | None = None,
              descending: bool = False) -> list:
    """One SELECT per kind of clock, each with the same labelled columns and its own WHERE.

    ``top``: only the first ``top`` rows of the list in date order (``descending``: latest
    first) are wanted; branches may then leave out rows that cannot be among them."""
    limit = today + timedelta(days=horizon)
    text = flt.text.strip()

    def found(*cols: Any) -> list:
        return [or_(*(c.icontains(text, autoescape=True) for c in cols))] if text else []

    def dated(col: Any, *, listed_until: date | None = limit) -> list:
        """The WHERE terms of a branch's date: listed at all, and the state filter."""
        terms = [col.is_not(None)]
        if listed_until is not None:
            terms.append(col <= listed_until)
        if flt.states and set(flt.states) != set(STATES):
            parts = []
            if "overdue" in flt.states:
                parts.append(col < today)
            if "due-soon" in flt.states:
                parts.append(and_(col >= today, col <= limit))
            if "ok" in flt.states:
                parts.append(col > limit)
            terms.append(or_(*parts) if parts else literal(False))
        return terms

    def columns(kind: str, key: Any, due_on: Any, title: Any, extra: Any, how: Any, base_on: Any,
                term_on: Any, agreement_id: Any, record: Any, how_key: Any) -> list:
        return [literal(kind, String).label("kind"), key.label("key"), due_on.label("due_on"),
                title.label("title"), extra.label("extra"), how.label("how"),
                base_on.label("base_on"), term_on.label("term_on"),
                agreement_id.label("agreement_id"),
                literal(_WHAT_RANK[kind], Integer).label("what_rank"),
                func.lower(title).label("what_key"), record.label("record"),
                func.lower(record).label("record_key"), func.lower(how_key).label("how_key")]

    wanted = set(flt.kinds) if flt.kinds else set(KINDS)
    out = []
    if "request" in wanted:
        eff = _effective_due(_R.c.due_on, _A.c.terminates_on)
        terms = [_R.c.status.in_(_RUNNING), *dated(eff), *found(_R.c.our_ref, _R.c.title)]
        branch = (
            select(*columns("request", _R.c.our_ref, eff, _R.c.title, _R.c.direction,
                            _R.c.due_explanation, _R.c.due_on, _A.c.terminates_on,
                            _R.c.agreement_id, _R.c.our_ref,
                            func.coalesce(_R.c.due_explanation, "due")))
            .join(_A, _A.c.id == _R.c.agreement_id).where(*terms))
        if top:
            # The budget "Due & overdue opens ≤ 50 ms on the 100k store": a request's date is
            # computed (capped by its agreement's termination), so this branch is sorted whole,
            # reading every open request's row (~900 there, most of the first page's time when
            # they are not cached). Its ``top``-th date, found from the status index alone,
            # bounds the rows it reads to about ``top``; ties on that date are all kept.
            nth = (select(eff).select_from(_R)
                   .join(_A, _A.c.id == _R.c.agreement_id).where(*terms)
                   .order_by(eff.desc() if descending else eff.asc())
                   .offset(top - 1).limit(1).scalar_subquery())
            branch = branch.where(or_(nth.is_(None), eff >= nth if descending else eff <= nth))
        out.append(branch)
    if "oral-confirmation" in wanted:
        due = _R.c.confirmation_due_on
        out.append(
            select(*columns("oral-confirmation", _R.c.our_ref, due, _R.c.title, null(),
                            _R.c.confirmation_due_explanation, null(), null(), null(),
                            _R.c.our_ref,
                            func.coalesce(_R.c.confirmation_due_explanation, "due")))
            .where(_R.c.form == "oral", _R.c.confirmed_on.is_(None),
                   _R.c.status.not_in(_CLOSED), *dated(due),
                   *found(_R.c.our_ref, _R.c.title)))
    if "termination" in wanted:
        term = _A.c.terminates_on
        out.append(
            select(*columns("termination", _A.c.key, term, _A.c.short_title,
                            _A.c.partner_country, null(), _A.c.termination_notice_on,
                            term, _A.c.id, literal("agreement with ") + _A.c.partner_country,
                            literal("notice of termination given")))
            .where(term >= today - timedelta(days=TERMINATION_AFTERMATH_DAYS),
                   *dated(term, listed_until=None),
                   *found(_A.c.key, _A.c.short_title, _A.c.partner_country)))
    if "surveillance-end" in wanted:
        end = _S.c.period_end
        out.append(
            select(*columns("surveillance-end", _S.c.code, end, _S.c.display_name, null(),
                            null(), _S.c.period_start, null(), null(), _S.c.code,
                            literal("end of the surveillance period set for ") + _S.c.code))
            .where(_S.c.status != "lifted", *dated(end),
                   *found(_S.c.code, _S.c.display_name)))
    if "surveillance-review" in wanted:
        review = _S.c.review_on
        out.append(
            select(*columns("surveillance-review", _S.c.code, review, _S.c.display_name,
                            null(), null(), null(), null(), null(), _S.c.code,
                            literal("review date set for ") + _S.c.code))
            .where(_S.c.status != "lifted", *dated(review),
                   or_(_S.c.period_end.is_(None), review < _S.c.period_end),
                   *found(_S.c.code, _S.c.display_name)))
    return out


def _clocks(today: date, horizon: int, flt: DueFilter) -> Any:
    """The clocks as one subquery (``UNION ALL`` of the kinds the filter keeps), or None."""
    branches = _branches(today, horizon, flt)
    if not branches:
        return None
    return union_all(*branches).subquery("clocks")


#: ORDER BY per column, as result columns of the union: then every page is one compound SELECT
#: whose branches are merged in order (each branch sorted on its own, by an index where there is
#: one) and LIMIT stops the merge early, instead of sorting every clock. The State column sorts as
#: Due does: overdue, due soon and later are bands of the date itself.
_LEADS = {"due": (), "state": (), "what": ("what_rank", "what_key"), "record": ("record_key",),
          "how": ("how_key",)}


def _order_names(sort_key: str) -> list[str]:
    if sort_key not in _LEADS:
        raise ValueError(f"sort: must be one of {', '.join(SORT_KEYS)} (got {sort_key!r})")
    # ``(kind, key)`` is unique, so the order is total and descending its exact reverse.
    return [*_LEADS[sort_key], "due_on", "kind", "key"]


def _order(u: Any, sort_key: str, descending: bool) -> list:
    """The list's order over the union as a subquery (for ROW_NUMBER)."""
    terms = [u.c[name] for name in _order_names(sort_key)]
    return [t.desc() for t in terms] if descending else [t.asc() for t in terms]


def _horizon(s: Connection) -> int:
    return settings.get_int(s, "due_soon_days")


def _branch_counts(s: Connection, branches: list, *measures: Any) -> list[int]:
    """Each measure summed over the branches, in one statement of per-branch aggregates (each
    branch counted through its own index rather than the union materialised)."""
    if not branches:
        return [0] * len(measures)
    cols = []
    for b in branches:
        sub = b.subquery()
        cols += [select(func.coalesce(m(sub), 0)).select_from(sub).scalar_subquery()
                 for m in measures]
    row = s.execute(select(*cols)).one()
    return [sum(int(row[i + j * len(measures)]) for j in range(len(branches)))
            for i in range(len(measures))]


def count(desk: Desk, flt: DueFilter = DueFilter(), today: date | None = None) -> int:  # noqa: B008
    """How many clocks the filter shows (SQL COUNT)."""
    return tally(desk, flt, today)[0]


def counts(desk: Desk, today: date | None = None) -> tuple[int, int]:
    """(overdue, due soon) over every clock, counted in SQL: for the reminders and the CLI."""
    return tally(desk, DueFilter(), today)[1:]


def tally(desk: Desk, flt: DueFilter = DueFilter(), today: date | None = None,  # noqa: B008
          ) -> tuple[int, int, int]:
    """(shown by the filter, overdue, due soon on the whole desk), in SQL: one pass over the
    clocks when the filter is the whole list (the page opening), two otherwise."""
    day = today or desk.today()
    with desk.query() as s:
        horizon = _horizon(s)
        soon = day + timedelta(days=horizon)
        overdue_m = lambda u: func.sum(case((u.c.due_on < day, 1), else_=0))  # noqa: E731
        soon_m = lambda u: func.sum(case((and_(u.c.due_on >= day, u.c.due_on <= soon), 1),  # noqa: E731
                                         else_=0))
        everything = _branches(day, horizon, DueFilter())
        if flt == DueFilter():
            shown, overdue, due_soon = _branch_counts(s, everything, lambda u: func.count(),
                                                      overdue_m, soon_m)
            return shown, overdue, due_soon
        overdue, due_soon = _branch_counts(s, everything, overdue_m, soon_m)
        shown = _branch_counts(s, _branches(day, horizon, flt), lambda u: func.count())[0]
        return shown, overdue, due_soon


def page(desk: Desk, flt: DueFilter = DueFilter(), sort_key: str = "due",  # noqa: B008
         descending: bool = False, offset: int = 0, limit: int = 100,
         today: date | None = None) -> list[DueItem]:
    """One page of clocks in the order of ``sort_key`` (one of ``SORT_KEYS``), worded."""
    day = today or desk.today()
    with desk.query() as s:
        horizon = _horizon(s)
        dated = sort_key in ("due", "state")  # the list's order leads with the date
        branches = _branches(day, horizon, flt, top=max(0, offset) + max(0, limit) if dated
                             else None, descending=descending)
        if not branches:
            return []
        names = _order_names(sort_key)
        order: list[UnaryExpression[Any]] = [
            literal_column(n).desc() if descending else literal_column(n).asc() for n in names]
        stmt = union_all(*branches).order_by(*order).offset(max(0, offset)).limit(max(0, limit))
        rows = s.execute(stmt).all()
        return _worded(s, rows, day, horizon)


def position(desk: Desk, flt: DueFilter, sort_key: str, descending: bool, kind: str, key: str,
             today: date | None = None) -> int | None:
    """The row (0-based) of the clock (``kind``, ``key``) in that order, None if not shown."""
    day = today or desk.today()
    with desk.query() as s:
        horizon = _horizon(s)
        u = _clocks(day, horizon, flt)
        if u is None:
            return None
        numbered = select(u.c.kind, u.c.key, func.row_number().over(
            order_by=_order(u, sort_key, descending)).label("n")).subquery()
        n = s.execute(select(numbered.c.n).where(numbered.c.kind == kind,
                                                 numbered.c.key == key)).scalar_one_or_none()
        return None if n is None else int(n) - 1


def due_items(desk: Desk, today: date | None = None, flt: DueFilter = DueFilter(),  # noqa: B008
              ) -> list[DueItem]:
    """Every clock the filter shows, soonest first: the whole list at once, for scripts, the CLI
    and tests (the page reads it a page at a time)."""
    return page(desk, flt, "due", False, 0, 1_000_000_000, today)


# -- wording of a page's rows ------------------------------------------------------------------

def _worded(s: Connection, rows: Sequence[Any], today: date, horizon: int) -> list[DueItem]:
    ids = {r.agreement_id for r in rows if r.agreement_id is not None}
    agreements = ({a.id: a for a in s.execute(select(_A).where(_A.c.id.in_(ids)))}
                  if ids else {})
    return [_item(r, agreements, today, horizon) for r in rows]


def _item(r: Any, agreements: dict[int, Any], today: date, horizon: int) -> DueItem:
    state = clocks.due_state(r.due_on, today, horizon)
    if r.kind == "request":
        article = clocks.DEFAULT_TERMINATION_ARTICLE
        if r.term_on is not None and r.agreement_id in agreements:
            article = spec_of(agreements[r.agreement_id]).termination_article
        eff = clocks.effective_due(r.base_on, r.term_on, article=article)
        # How the due date was set, then (where a termination caps it) why it binds.
        parts: list[str] = [clocks.explain_again(r.how) or r.how] if r.how else []
        if eff is not None and (r.term_on is not None or not r.how):
            parts.append(eff.explanation)
        label = f"{r.key} — {r.title}" if r.title else r.key
        how = parts[0] if len(parts) == 1 else _THEN.format(first=parts[0], then=parts[1]) if parts else ""
        return DueItem("request", r.key, _DIRECTED.format(label=label, direction=Code(r.extra, "direction")),
                       r.due_on, how, state)
    if r.kind == "oral-confirmation":
        what = (_ORAL_TITLED.format(key=r.key, title=r.title) if r.title
                else _ORAL.format(key=r.key))
        return DueItem("oral-confirmation", r.key, what, r.due_on,
                       (clocks.explain_again(r.how) if r.how else None) or clocks.due_on(r.due_on), state)
    if r.kind == "termination":
        a = agreements.get(r.agreement_id)
        article = spec_of(a).termination_article if a else clocks.DEFAULT_TERMINATION_ARTICLE
        term = termination_of(a) if a else None
        how = term.explanation if term else _TERMINATION_ON.format(day=Day.of(r.due_on))
        return DueItem("termination", r.key, _TERMINATES.format(
            agreement=r.title, article=Code(article, "article")), r.due_on, how, state,
            partner=r.extra)
    if r.kind == "surveillance-end":
        label = (_LAPSED if r.due_on < today else _ENDS).format(key=r.key, subject=r.title)
        end = Day.of(r.due_on)
        how = (_PERIOD_END_SINCE.format(key=r.key, end=end, start=Day.of(r.base_on)) if r.base_on
               else _PERIOD_END.format(key=r.key, end=end))
        return DueItem("surveillance-end", r.key, label, r.due_on, how, state)
    return DueItem("surveillance-review", r.key, _REVIEW.format(key=r.key, subject=r.title),
                   r.due_on, _REVIEW_DATE.format(key=r.key, day=Day.of(r.due_on)), state)


_THEN = QT_TRANSLATE_NOOP("Due", "{first}; {then}")
_DIRECTED = QT_TRANSLATE_NOOP("Due", "{label} ({direction})")
_ORAL = QT_TRANSLATE_NOOP("Due", "{key} — written confirmation of an oral request (Art. 7.1)")
_ORAL_TITLED = QT_TRANSLATE_NOOP("Due", "{key} — written confirmation of an oral request (Art. 7.1): {title}")
_TERMINATION_ON = QT_TRANSLATE_NOOP("Due", "termination on {day}")
_TERMINATES = QT_TRANSLATE_NOOP("Due", "{agreement} terminates; open requests under it must be completed "
                                       "by then (Art. {article})")
_LAPSED = QT_TRANSLATE_NOOP("Due", "{key} — surveillance of {subject} lapsed: lift it, or extend it with "
                                   "a new request (Art. 4.2)")
_ENDS = QT_TRANSLATE_NOOP("Due", "{key} — surveillance of {subject} ends (Art. 4.2)")
_PERIOD_END = QT_TRANSLATE_NOOP("Due", "end of the surveillance period set for {key}: {end}")
_PERIOD_END_SINCE = QT_TRANSLATE_NOOP("Due", "end of the surveillance period set for {key}: {end} "
                                             "(period began {start})")
_REVIEW = QT_TRANSLATE_NOOP("Due", "{key} — review surveillance of {subject} (Art. 4.2)")
_REVIEW_DATE = QT_TRANSLATE_NOOP("Due", "review date set for {key}: {day}")


__all__ = ["KINDS", "SORT_KEYS", "STATES", "DueFilter", "DueItem", "count", "counts", "due_items",
           "page", "position", "tally"]
