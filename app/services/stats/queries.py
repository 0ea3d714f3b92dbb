"""The statistics of the desk, each figure one aggregate query (Core, SQLite and PostgreSQL).

``figures(desk, flt)`` runs one GROUP BY per figure (eleven short queries on one read connection)
and builds ``Figures`` from the aggregated rows: no request row is loaded into Python. The median
and 90th percentile of the turnaround come from the histogram of whole days (``GROUP BY days``),
which SQL returns already counted; SQLite has no ``percentile_cont``, and the histogram is as
exact as the days it counts (``figures.percentile``). What differs between the two databases
(months, dates of datetimes, days between dates) is in ``app.services.stats.sql``.

``behind(desk, flt, figure, key)`` lists the requests behind one figure (the page's
click-through). It is built from the same WHERE clauses as the count, so what a figure counts and
the list it opens cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, and_, bindparam, case, distinct, false, func, literal, literal_column, or_, select, true
from sqlalchemy.engine import Connection

from app.services.admin import settings
from app.services.context import Desk
from app.services.stats import sql
from app.services.stats.figures import (
    AGE_BUCKETS,
    GROUND_DECISIONS,
    ORAL_STATES,
    REQUEST_DIRECTIONS,
    Figures,
    StatsFilter,
    months,
    percentile,
)
from app.services.validation import ServiceError
from app.store import tables
from app.treaty.lifecycle import TERMINAL_STATUSES, Status

_R, _SC, _O, _A = tables.request, tables.status_change, tables.outcome, tables.agreement
_SUB, _OBS, _RS = tables.subject, tables.observation, tables.request_subject
_D, _DI, _II, _AUTH = tables.disclosure, tables.disclosure_item, tables.information_item, tables.authority

#: The moves that answer a request: its turnaround ends at the first of them.
ANSWER_STATUSES = (Status.EXECUTED.value, Status.PARTIALLY_EXECUTED.value, Status.ANSWERED.value,
                   Status.REFUSED.value)
#: Open statuses, named (IN, not NOT IN): most stored requests are closed, and the (direction,
#: status) index then finds the open ones without reading the rest (as app.services.due does).
_OPEN = tuple(s.value for s in Status if s not in TERMINAL_STATUSES)
#: Figures ``behind`` knows, with what their key names.
FIGURES = {
    "requests_by_month": ("direction", "month"),
    "requests_by_basis": ("direction", "basis"),
    "turnaround": ("direction",),
    "on_time": ("direction", "on-time | late | no-due"),
    "open_by_age": ("bucket",),
    "cold": (),
    "grounds": ("direction", "decision", "ground"),
    "oral": ("state",),
    "subjects_active": ("kind",),
    "observations_by_month": ("month",),
    "disclosures": ("authority", "decision"),
}
#: The click-through lists at most this many requests (newest first).
BEHIND_LIMIT = 1000


@dataclass(frozen=True)
class BehindRow:
    """A request behind a figure: its reference, title, direction and status."""

    ref: str
    title: str
    direction: str
    status: str


class _Scope:
    """One filter made SQL: the period's bounds, the agreements in scope, the dialect."""

    def __init__(self, conn: Connection, flt: StatsFilter, today: date, now: datetime) -> None:
        if flt.end < flt.start:
            raise ServiceError("to", f"{flt.end.isoformat()} is before the start "
                                     f"{flt.start.isoformat()}")
        self.flt, self.today, self.now = flt, today, now
        self.dialect = conn.dialect.name
        # Datetimes in the period: from the start's midnight (UTC) to the end's next midnight.
        self.t0 = datetime.combine(flt.start, time(), UTC)
        self.t1 = datetime.combine(flt.end + timedelta(days=1), time(), UTC)
        self.ids: list[int] | None = None
        if flt.agreement is not None or flt.partner is not None:
            stmt = select(_A.c.id)
            if flt.agreement is not None:
                stmt = stmt.where(_A.c.key == flt.agreement)
            if flt.partner is not None:
                stmt = stmt.where(func.upper(_A.c.partner_country) == flt.partner.upper())
            self.ids = list(conn.execute(stmt).scalars())
            if flt.agreement is not None and not self.ids and not conn.execute(
                    select(_A.c.id).where(_A.c.key == flt.agreement)).first():
                raise ServiceError("agreement", f"no agreement {flt.agreement!r} on this desk")

    def agreements(self, col: Any) -> Any:
        """``col`` (an agreement id) is in scope."""
        if self.ids is None:
            return true()
        return col.in_(self.ids) if self.ids else false()

    # -- requests received and sent --------------------------------------------------------
    def day_of_request(self) -> Any:
        """The date a request counts from: received (incoming) or sent (outgoing)."""
        return case((_R.c.direction == "incoming", _R.c.received_on), else_=_R.c.sent_on)

    @staticmethod
    def day_column(direction: str) -> Any:
        """The column a request of ``direction`` counts from (received_on, or sent_on)."""
        return _R.c.received_on if direction == "incoming" else _R.c.sent_on

    def requests_in_period(self, direction: str) -> list[Any]:
        """Requests of ``direction`` received or sent in the period: one direction at a time, so
        that a date column stands alone in the WHERE (an index on it can serve the range)."""
        day = self.day_column(direction)
        return [_R.c.direction == direction, day >= self.flt.start, day <= self.flt.end,
                self.agreements(_R.c.agreement_id)]

    # -- answers -----------------------------------------------------------------------------
    def first_answer(self) -> Any:
        """(request_id, at): each request's first answering move."""
        return (select(_SC.c.request_id, func.min(_SC.c.at).label("at"))
                .where(_SC.c.to_status.in_(ANSWER_STATUSES))
                .group_by(_SC.c.request_id).subquery("first_answer"))

    def answered(self, ans: Any) -> tuple[Any, list[Any]]:
        """(answer date, conditions) of requests answered in the period."""
        answered_on = sql.date_of(self.dialect, ans.c.at)
        start = self.day_of_request()
        return answered_on, [_R.c.direction.in_(REQUEST_DIRECTIONS), start.is_not(None),
                             ans.c.at >= self.t0, ans.c.at < self.t1,
                             self.agreements(_R.c.agreement_id)]

    # -- open requests -------------------------------------------------------------------------
    def age(self) -> Any:
        since = func.coalesce(_R.c.received_on, _R.c.sent_on, sql.date_of(self.dialect, _R.c.created_at))
        return sql.days_between(self.dialect, bindparam("today", self.today, type_=Date), since)

    def age_bucket(self) -> Any:
        age = self.age()
        whens = [(age <= last, literal(key)) for key, last in AGE_BUCKETS if last is not None]
        return case(*whens, else_=literal(AGE_BUCKETS[-1][0]))

    def open_requests(self) -> list[Any]:
        return [_R.c.direction.in_(REQUEST_DIRECTIONS), _R.c.status.in_(_OPEN),
                self.agreements(_R.c.agreement_id)]

    def cold_since(self, days: int) -> datetime:
        return self.now - timedelta(days=days)

    # -- outcomes by ground -----------------------------------------------------------------
    def outcomes_in_period(self) -> list[Any]:
        return [_O.c.decision.in_(GROUND_DECISIONS), _O.c.decided_at >= self.t0, _O.c.decided_at < self.t1,
                _R.c.direction.in_(REQUEST_DIRECTIONS), self.agreements(_R.c.agreement_id)]

    # -- oral requests (Art. 7.1) ----------------------------------------------------------
    def oral_in_period(self) -> list[Any]:
        return [_R.c.form == "oral", _R.c.oral_at >= self.t0, _R.c.oral_at < self.t1,
                self.agreements(_R.c.agreement_id)]

    def oral_state(self) -> Any:
        confirmed, due_on = _R.c.confirmed_on, _R.c.confirmation_due_on
        return case(
            (and_(confirmed.is_not(None), due_on.is_not(None), confirmed > due_on), literal("confirmed-late")),
            (confirmed.is_not(None), literal("confirmed-on-time")),
            (and_(due_on.is_not(None), due_on < bindparam("oral_today", self.today, type_=Date)),
             literal("unconfirmed-overdue")),
            else_=literal("unconfirmed-pending"))

    # -- surveillance (Art. 4.2) ---------------------------------------------------------------
    def subjects_active(self) -> list[Any]:
        return [or_(_SUB.c.period_start.is_(None), _SUB.c.period_start <= self.flt.end),
                or_(_SUB.c.period_end.is_(None), _SUB.c.period_end >= self.flt.start),
                or_(_SUB.c.lifted_on.is_(None), _SUB.c.lifted_on >= self.flt.start),
                self.agreements(_SUB.c.agreement_id)]

    def observations_in_period(self) -> list[Any]:
        out = [_OBS.c.observed_at >= self.t0, _OBS.c.observed_at < self.t1]
        if self.ids is not None:  # the subject's agreement; no join when every agreement counts
            out.append(_OBS.c.subject_id.in_(select(_SUB.c.id).where(self.agreements(_SUB.c.agreement_id))))
        return out

    # -- disclosures (Art. 9, 10) --------------------------------------------------------------
    def disclosures_in_period(self) -> list[Any]:
        out = [_D.c.disclosed_on >= self.flt.start, _D.c.disclosed_on <= self.flt.end]
        if self.ids is not None:
            item_req = select(_R.c.agreement_id).where(_R.c.id == _II.c.request_id).scalar_subquery()
            in_scope = (select(_DI.c.disclosure_id).join(_II, _II.c.id == _DI.c.item_id)
                        .where(self.agreements(func.coalesce(_II.c.agreement_id, item_req))))
            out.append(_D.c.id.in_(in_scope))
        return out


def _scope(desk: Desk, conn: Connection, flt: StatsFilter) -> _Scope:
    return _Scope(conn, flt, desk.today(), desk.now())


def cold_days(conn: Connection) -> int:
    """The "cold" threshold in days (setting ``stats.cold_days``)."""
    return max(1, settings.get_int(conn, "stats.cold_days"))


def figures(desk: Desk, flt: StatsFilter) -> Figures:
    """Every figure for ``flt`` (see ``app.services.stats.figures``), one aggregate query each.

    A period ending before it starts, or an unknown agreement, is a ``ServiceError``."""
    with desk.query() as conn:
        return figures_on(conn, _scope(desk, conn, flt))


def figures_on(conn: Connection, sc: _Scope) -> Figures:
    """``figures`` on an open connection and scope."""
    flt = sc.flt
    out = Figures(start=flt.start, end=flt.end, agreement=flt.agreement, partner=flt.partner, today=sc.today)

    # Received and sent, by month and by basis: one GROUP BY over (direction, month, basis).
    basis = func.coalesce(_R.c.primary_basis, "")
    by_month: dict[tuple[str, str], int] = {}
    by_basis: dict[tuple[str, str], int] = {}
    for direction in REQUEST_DIRECTIONS:
        month = sql.month_of(sc.dialect, sc.day_column(direction))
        for m, b, n in _count_by(conn, (month, basis), sc.requests_in_period(direction)):
            by_month[direction, m] = by_month.get((direction, m), 0) + n
            by_basis[direction, b] = by_basis.get((direction, b), 0) + n
    for direction in REQUEST_DIRECTIONS:
        out.requests_by_month += [{"direction": direction, "month": m, "count": by_month.get((direction, m), 0)}
                                  for m in months(flt.start, flt.end)]
    out.requests_by_basis = [{"direction": d, "basis": b, "count": n}
                             for (d, b), n in sorted(by_basis.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))]

    # Turnaround and on time, in one pass: the histogram of days from start to first answer per
    # direction, split by whether the request had a due date and met it.
    ans = sc.first_answer()
    answered_on, answered = sc.answered(ans)
    days = sql.days_between(sc.dialect, answered_on, sc.day_of_request())
    met = case((_R.c.due_on.is_(None), literal_column("'no-due'")),
               (answered_on <= _R.c.due_on, literal_column("'on-time'")), else_=literal_column("'late'"))
    hist: dict[str, list[tuple[int, int]]] = {d: [] for d in REQUEST_DIRECTIONS}
    kept: dict[tuple[str, str], int] = {}
    for direction, d, how, n in _count_by(conn, (_R.c.direction, days, met), answered,
                                          _R.join(ans, ans.c.request_id == _R.c.id)):
        hist[direction].append((int(d), n))
        kept[direction, how] = kept.get((direction, how), 0) + n
    out.turnaround = [{"direction": d, "answered": sum(n for _, n in hist[d]),
                       "median_days": percentile(hist[d], 0.5), "p90_days": percentile(hist[d], 0.9)}
                      for d in REQUEST_DIRECTIONS]
    for d in REQUEST_DIRECTIONS:
        on_time, late = kept.get((d, "on-time"), 0), kept.get((d, "late"), 0)
        out.on_time.append({"direction": d, "answered": on_time + late + kept.get((d, "no-due"), 0),
                            "with_due": on_time + late, "on_time": on_time,
                            "rate": on_time / (on_time + late) if on_time + late else None})

    # Open requests by age, and the cold ones.
    ages = {k: n for k, n in _count_by(conn, (sc.age_bucket(),), sc.open_requests())}
    out.open_by_age = [{"bucket": key, "count": ages.get(key, 0)} for key, _ in AGE_BUCKETS]
    cold = cold_days(conn)
    out.cold = {"days": cold, "count": conn.execute(
        select(func.count()).where(*sc.open_requests(), _R.c.updated_at < sc.cold_since(cold))).scalar_one()}

    # Grounds: GROUP BY the stored JSON list (few distinct lists), split here.
    grounds: dict[tuple[str, str, str], int] = {}
    for direction, decision, codes, n in _count_by(
            conn, (_R.c.direction, _O.c.decision, _O.c.grounds), sc.outcomes_in_period(),
            _O.join(_R, _R.c.id == _O.c.request_id)):
        for code in sorted(set(_codes(codes))):
            grounds[direction, decision, code] = grounds.get((direction, decision, code), 0) + n
    out.grounds = [{"direction": d, "decision": dec, "ground": g, "count": n}
                   for (d, dec, g), n in sorted(grounds.items())]

    # Oral requests and their confirmations (Art. 7.1).
    oral = {k: n for k, n in _count_by(conn, (sc.oral_state(),), sc.oral_in_period())}
    out.oral = {s: oral.get(s, 0) for s in ORAL_STATES}
    out.oral["made"] = sum(oral.values())

    # Surveillance: active subjects by kind, observations by month.
    out.subjects_active = [{"kind": k, "count": n}
                           for k, n in sorted(_count_by(conn, (_SUB.c.kind,), sc.subjects_active()))]
    seen = {m: n for m, n in _count_by(conn, (sql.month_of(sc.dialect, _OBS.c.observed_at),),
                                       sc.observations_in_period())}
    out.observations_by_month = [{"month": m, "count": seen.get(m, 0)} for m in months(flt.start, flt.end)]

    # Disclosures by authority and verdict.
    out.disclosures = [{"authority": a, "decision": dec, "count": n} for a, dec, n in conn.execute(
        select(_AUTH.c.name, _D.c.decision, func.count(distinct(_D.c.id)))
        .select_from(_D.join(_AUTH, _AUTH.c.id == _D.c.authority_id)).where(*sc.disclosures_in_period())
        .group_by(_AUTH.c.name, _D.c.decision).order_by(_AUTH.c.name, _D.c.decision))]
    return out


def _count_by(conn: Connection, exprs: tuple[Any, ...], where: list[Any], frm: Any = None) -> list[tuple]:
    """``(*values, count)`` rows: the rows ``where`` selects counted by ``exprs``.

    The expressions are computed in a subquery and grouped by its columns outside: an
    expression holding a bound value (a date, a month format) then appears once, and PostgreSQL
    does not refuse a GROUP BY whose parameters it cannot match to the SELECT's."""
    inner = select(*[e.label(f"k{i}") for i, e in enumerate(exprs)])
    if frm is not None:
        inner = inner.select_from(frm)
    sub = inner.where(*where).subquery("counted")
    cols = [sub.c[f"k{i}"] for i in range(len(exprs))]
    return [tuple(row) for row in conn.execute(select(*cols, func.count()).group_by(*cols))]


def _codes(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(c) for c in value if c] if isinstance(value, list) else []


def _like_json_string(col: Any, code: str) -> Any:
    """``col`` (a JSON list of strings) holds the string ``code`` (LIKE on its quoted form)."""
    quoted = json.dumps(code).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return col.like(f"%{quoted}%", escape="\\")


def _key(figure: str, key: tuple[str, ...]) -> tuple[str, ...]:
    if figure not in FIGURES:
        raise ServiceError("figure", f"unknown figure {figure!r} (one of {', '.join(FIGURES)})")
    if len(key) != len(FIGURES[figure]):
        names = ", ".join(FIGURES[figure]) or "nothing"
        raise ServiceError("key", f"{figure} is keyed by {names}")
    return key


def behind(desk: Desk, flt: StatsFilter, figure: str, key: tuple[str, ...] = (),
           limit: int = BEHIND_LIMIT) -> list[BehindRow]:
    """The requests behind one figure (newest first, at most ``limit``): ``figure`` one of
    ``FIGURES``, ``key`` the values its row names (``("incoming", "2026-03")`` for
    requests_by_month). A disclosure's requests are its items' requests; a surveillance
    figure's are the requests linked to the subjects it counts."""
    key = _key(figure, tuple(key))
    with desk.query() as conn:
        sc = _scope(desk, conn, flt)
        ids = _behind_ids(conn, sc, figure, key)
        stmt = (select(_R.c.our_ref, _R.c.title, _R.c.direction, _R.c.status).where(_R.c.id.in_(ids))
                .order_by(_R.c.created_at.desc(), _R.c.id.desc()).limit(limit))
        return [BehindRow(*row) for row in conn.execute(stmt)]


def _behind_ids(conn: Connection, sc: _Scope, figure: str, key: tuple[str, ...]) -> Any:
    """A SELECT of the ids of the requests behind ``figure``/``key`` (the count's WHERE, plus
    the key)."""
    if figure in ("requests_by_month", "requests_by_basis"):
        direction, value = key
        if direction not in REQUEST_DIRECTIONS:
            raise ServiceError("key", f"direction is one of {', '.join(REQUEST_DIRECTIONS)}")
        match = (sql.month_of(sc.dialect, sc.day_column(direction)) == value if figure == "requests_by_month"
                 else func.coalesce(_R.c.primary_basis, "") == value)
        return select(_R.c.id).where(*sc.requests_in_period(direction), match)
    if figure in ("turnaround", "on_time"):
        ans = sc.first_answer()
        answered_on, answered = sc.answered(ans)
        stmt = select(_R.c.id).select_from(_R.join(ans, ans.c.request_id == _R.c.id)).where(
            *answered, _R.c.direction == key[0])
        if figure == "on_time":
            which = {"on-time": and_(_R.c.due_on.is_not(None), answered_on <= _R.c.due_on),
                     "late": and_(_R.c.due_on.is_not(None), answered_on > _R.c.due_on),
                     "no-due": _R.c.due_on.is_(None)}.get(key[1])
            if which is None:
                raise ServiceError("key", "on_time is keyed by a direction and on-time, late or no-due")
            stmt = stmt.where(which)
        return stmt
    if figure == "open_by_age":
        return select(_R.c.id).where(*sc.open_requests(), sc.age_bucket() == key[0])
    if figure == "cold":
        return select(_R.c.id).where(*sc.open_requests(),
                                     _R.c.updated_at < sc.cold_since(cold_days(conn)))
    if figure == "grounds":
        direction, decision, code = key
        return (select(_O.c.request_id).select_from(_O.join(_R, _R.c.id == _O.c.request_id))
                .where(*sc.outcomes_in_period(), _R.c.direction == direction, _O.c.decision == decision,
                       _like_json_string(_O.c.grounds, code)))
    if figure == "oral":
        stmt = select(_R.c.id).where(*sc.oral_in_period())
        return stmt if key[0] == "made" else stmt.where(sc.oral_state() == key[0])
    if figure == "subjects_active":
        subjects = select(_SUB.c.id).where(*sc.subjects_active(), _SUB.c.kind == key[0])
        return select(_RS.c.request_id).where(_RS.c.subject_id.in_(subjects))
    if figure == "observations_by_month":
        obs = (select(_OBS.c.subject_id, _OBS.c.request_id)
               .where(*sc.observations_in_period(), sql.month_of(sc.dialect, _OBS.c.observed_at) == key[0]))
        subjects = select(obs.subquery().c.subject_id)
        direct = select(obs.subquery().c.request_id).where(obs.subquery().c.request_id.is_not(None))
        return select(_RS.c.request_id).where(_RS.c.subject_id.in_(subjects)).union(direct)
    authority, decision = key
    disclosures = (select(_D.c.id).select_from(_D.join(_AUTH, _AUTH.c.id == _D.c.authority_id))
                   .where(*sc.disclosures_in_period(), _AUTH.c.name == authority, _D.c.decision == decision))
    return (select(_II.c.request_id).select_from(_DI.join(_II, _II.c.id == _DI.c.item_id))
            .where(_DI.c.disclosure_id.in_(disclosures), _II.c.request_id.is_not(None)))


def year_filter(year: int, agreement: str | None = None) -> StatsFilter:
    """The calendar year ``year`` (1 January to 31 December)."""
    if not 1900 <= year <= 9999:
        raise ServiceError("year", f"{year} is not a year")
    return StatsFilter(date(year, 1, 1), date(year, 12, 31), agreement)
