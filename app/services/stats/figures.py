"""The figures of the Statistics page, ``stats --json`` and the annual report: plain data.

Every figure is a list of flat rows (or a small mapping), so the same object becomes JSON, CSV
and the report's tables without reshaping. Definitions (docs/statistics.md says them to officers):

- *requests by month / by legal basis*: incoming requests by their date of receipt, outgoing
  requests by the date they were sent, in the period; the basis is the request's primary basis.
- *turnaround*: days from receipt (incoming) or sending (outgoing) to the request's FIRST answer —
  its first move to executed, partially executed, answered or refused — for requests answered in
  the period; median and 90th percentile by linear interpolation between the closest ranks (what
  PostgreSQL's ``percentile_cont`` gives), computed from the histogram of days SQL returns.
- *on time*: of those answered requests that had a due date, how many were answered on or
  before it.
- *open by age*: requests not closed or withdrawn today, by days since receipt, sending or (for
  a draft) creation; *cold*: open requests not written to for ``cold_days`` days (setting
  ``stats.cold_days``).
- *grounds*: outcomes decided in the period (refusal, postponement, withholding) by each Art. 11
  ground they name (an outcome with two grounds counts under each), by direction (incoming: our
  decisions; outgoing: the partner's).
- *oral requests* (Art. 7.1): requests made orally in the period and the state of their written
  confirmation.
- *surveillance* (Art. 4.2): subjects whose surveillance period overlaps the period (and not
  lifted before it), by kind; observations by month.
- *disclosures* (Art. 9, 10): disclosures recorded in the period by authority and verdict
  (``allowed``, ``obligation``, ``override``: an override passed a restriction on the officer's
  own reasons, and is marked wherever it is shown).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date

#: Age buckets of open requests: (key, last day of the bucket; None: no upper bound).
AGE_BUCKETS: tuple[tuple[str, int | None], ...] = (
    ("0-30", 30), ("31-90", 90), ("91-180", 180), ("181-365", 365), ("over-365", None))
#: States of an oral request's written confirmation (Art. 7.1).
ORAL_STATES = ("made", "confirmed-on-time", "confirmed-late", "unconfirmed-overdue", "unconfirmed-pending")
#: Directions counted as requests (spontaneous information has no answer to wait for).
REQUEST_DIRECTIONS = ("incoming", "outgoing")
#: Outcomes counted by ground.
GROUND_DECISIONS = ("refused", "postponed", "withheld")
#: Disclosure verdicts (``disclosure.decision``).
VERDICTS = ("allowed", "obligation", "override")


@dataclass(frozen=True)
class StatsFilter:
    """What the figures cover: the dates ``start`` to ``end`` (both included), and optionally one
    agreement (its key) and one partner (the partner country of the agreements, ISO code)."""

    start: date
    end: date
    agreement: str | None = None
    partner: str | None = None


def percentile(histogram: Iterable[tuple[int, int]], p: float) -> float | None:
    """The ``p`` quantile (0..1) of the values a histogram ``(value, count)`` describes, by linear
    interpolation between the closest ranks (``percentile_cont``); None when it is empty."""
    bins = sorted((v, n) for v, n in histogram if n > 0)
    total = sum(n for _, n in bins)
    if not total:
        return None
    pos = (total - 1) * p
    lo = int(pos)
    frac = pos - lo

    def nth(k: int) -> int:
        seen = 0
        for value, n in bins:
            seen += n
            if k < seen:
                return value
        return bins[-1][0]

    low = nth(lo)
    if frac == 0:
        return float(low)
    return low + frac * (nth(lo + 1) - low)


def months(start: date, end: date) -> list[str]:
    """Every ``YYYY-MM`` from ``start``'s month to ``end``'s, in order (empty if end < start)."""
    out: list[str] = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass
class Figures:
    """Every figure for one ``StatsFilter`` (see the module docstring for what each counts).

    Row lists: ``requests_by_month`` {direction, month, count} (every month of the period, zeros
    included); ``requests_by_basis`` {direction, basis, count}; ``turnaround`` {direction,
    answered, median_days, p90_days}; ``on_time`` {direction, answered, with_due, on_time,
    rate}; ``open_by_age`` {bucket, count}; ``grounds`` {direction, decision, ground, count};
    ``subjects_active`` {kind, count}; ``observations_by_month`` {month, count};
    ``disclosures`` {authority, decision, count}. Mappings: ``cold`` {days, count}; ``oral``
    {state: count} over ``ORAL_STATES``."""

    start: date
    end: date
    agreement: str | None
    partner: str | None
    today: date
    requests_by_month: list[dict] = field(default_factory=list)
    requests_by_basis: list[dict] = field(default_factory=list)
    turnaround: list[dict] = field(default_factory=list)
    on_time: list[dict] = field(default_factory=list)
    open_by_age: list[dict] = field(default_factory=list)
    cold: dict = field(default_factory=dict)
    grounds: list[dict] = field(default_factory=list)
    oral: dict = field(default_factory=dict)
    subjects_active: list[dict] = field(default_factory=list)
    observations_by_month: list[dict] = field(default_factory=list)
    disclosures: list[dict] = field(default_factory=list)

    def total(self, direction: str) -> int:
        """Requests of ``direction`` received (incoming) or sent (outgoing) in the period."""
        return sum(r["count"] for r in self.requests_by_month if r["direction"] == direction)

    def ground_counts(self) -> dict[str, int]:
        """Ground code -> outcomes naming it, every direction and decision together."""
        out: dict[str, int] = {}
        for r in self.grounds:
            out[r["ground"]] = out.get(r["ground"], 0) + r["count"]
        return out

    def to_dict(self) -> dict:
        """JSON-ready: dates as ISO text."""
        out = asdict(self)
        for key in ("start", "end", "today"):
            out[key] = out[key].isoformat()
        return out

    def csv_rows(self) -> Iterator[list[str]]:
        """The figures as one table: ``figure, direction, key, detail, value`` rows under a header
        (the CSV export; every figure of ``to_dict``, one value a row)."""
        yield ["figure", "direction", "key", "detail", "value"]
        yield ["period", "", self.start.isoformat(), self.end.isoformat(), ""]
        yield ["agreement", "", self.agreement or "", self.partner or "", ""]
        for r in self.requests_by_month:
            yield ["requests_by_month", r["direction"], r["month"], "", str(r["count"])]
        for r in self.requests_by_basis:
            yield ["requests_by_basis", r["direction"], r["basis"], "", str(r["count"])]
        for r in self.turnaround:
            for what in ("answered", "median_days", "p90_days"):
                yield ["turnaround", r["direction"], what, "", _num(r[what])]
        for r in self.on_time:
            for what in ("answered", "with_due", "on_time", "rate"):
                yield ["on_time", r["direction"], what, "", _num(r[what])]
        for r in self.open_by_age:
            yield ["open_by_age", "", r["bucket"], "", str(r["count"])]
        yield ["cold", "", str(self.cold.get("days", "")), "", str(self.cold.get("count", 0))]
        for r in self.grounds:
            yield ["grounds", r["direction"], r["ground"], r["decision"], str(r["count"])]
        for state in ORAL_STATES:
            yield ["oral", "", state, "", str(self.oral.get(state, 0))]
        for r in self.subjects_active:
            yield ["subjects_active", "", r["kind"], "", str(r["count"])]
        for r in self.observations_by_month:
            yield ["observations_by_month", "", r["month"], "", str(r["count"])]
        for r in self.disclosures:
            yield ["disclosures", "", r["authority"], r["decision"], str(r["count"])]


def _num(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if not value.is_integer() else str(int(value))
    return str(value)
