"""The statistics, computed a second, independent way: plain Python over the store's export.

``app.services.stats.queries`` aggregates in SQL; the reference below reads the rows of the
exported JSON (``export_store``: every table, as stored) one by one and counts them by the
definitions in ``app.services.stats.figures``. The two must agree on every figure, for a
generated store (ten years of synthetic requests, outcomes, observations) and for the demo desk
(disclosures, overrides, oral requests), over the whole desk and per agreement and partner.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from app.interchange import export_store
from app.services.admin import settings
from app.services.stats import queries
from app.services.stats.figures import StatsFilter
from app.services.validation import ServiceError
from tools.generate import GenerateParams, generate

SMALL = GenerateParams(requests=1_500, subjects=300, audit=500, seed=11)
ANSWERS = {"executed", "partially-executed", "answered", "refused"}


def _d(text):
    return date.fromisoformat(text) if text else None


def _t(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def _pct(values, p):
    """percentile_cont over a sorted list: linear interpolation between the closest ranks."""
    if not values:
        return None
    values = sorted(values)
    pos = (len(values) - 1) * p
    lo = int(pos)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (pos - lo) * (values[hi] - values[lo])


def reference(doc: dict, flt: StatsFilter, today: date, now: datetime, cold_days: int) -> dict:
    """Every figure from the raw rows, in the shape of ``Figures.to_dict()``."""
    scope = {a["id"] for a in doc["agreements"]
             if (flt.agreement is None or a["key"] == flt.agreement)
             and (flt.partner is None or a["partner_country"].upper() == flt.partner.upper())}
    everything = flt.agreement is None and flt.partner is None

    def in_scope(agreement_id):
        return everything or agreement_id in scope

    t0 = datetime(flt.start.year, flt.start.month, flt.start.day, tzinfo=UTC)
    t1 = datetime(flt.end.year, flt.end.month, flt.end.day, tzinfo=UTC) + timedelta(days=1)
    reqs = [r for r in doc["requests"] if r["agreement_id"] in scope]
    by_id = {r["id"]: r for r in doc["requests"]}

    def start_of(r):
        return _d(r["received_on"]) if r["direction"] == "incoming" else _d(r["sent_on"])

    months = []
    y, m = flt.start.year, flt.start.month
    while (y, m) <= (flt.end.year, flt.end.month):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    out: dict = {"requests_by_month": [], "requests_by_basis": [], "turnaround": [], "on_time": []}
    counted = [r for r in reqs if r["direction"] in ("incoming", "outgoing") and start_of(r)
               and flt.start <= start_of(r) <= flt.end]
    per_month = Counter((r["direction"], start_of(r).isoformat()[:7]) for r in counted)
    per_basis = Counter((r["direction"], r["primary_basis"] or "") for r in counted)
    for direction in ("incoming", "outgoing"):
        out["requests_by_month"] += [{"direction": direction, "month": m, "count": per_month[direction, m]}
                                     for m in months]
    out["requests_by_basis"] = sorted(({"direction": d, "basis": b, "count": n} for (d, b), n in per_basis.items()),
                                      key=lambda r: (r["direction"], -r["count"], r["basis"]))

    first: dict[int, datetime] = {}
    for sc in doc["status_changes"]:
        if sc["to_status"] in ANSWERS:
            at = _t(sc["at"])
            if sc["request_id"] not in first or at < first[sc["request_id"]]:
                first[sc["request_id"]] = at
    for direction in ("incoming", "outgoing"):
        days, with_due, on_time = [], 0, 0
        for r in reqs:
            at = first.get(r["id"])
            if r["direction"] != direction or at is None or not start_of(r) or not (t0 <= at < t1):
                continue
            days.append((at.date() - start_of(r)).days)
            if r["due_on"]:
                with_due += 1
                on_time += at.date() <= _d(r["due_on"])
        out["turnaround"].append({"direction": direction, "answered": len(days),
                                  "median_days": _pct(days, 0.5), "p90_days": _pct(days, 0.9)})
        out["on_time"].append({"direction": direction, "answered": len(days), "with_due": with_due,
                               "on_time": on_time, "rate": on_time / with_due if with_due else None})

    open_reqs = [r for r in reqs if r["direction"] in ("incoming", "outgoing")
                 and r["status"] not in ("closed", "withdrawn")]
    ages = Counter()
    for r in open_reqs:
        since = _d(r["received_on"]) or _d(r["sent_on"]) or _t(r["created_at"]).date()
        age = (today - since).days
        ages["0-30" if age <= 30 else "31-90" if age <= 90 else "91-180" if age <= 180
             else "181-365" if age <= 365 else "over-365"] += 1
    out["open_by_age"] = [{"bucket": b, "count": ages[b]} for b in ("0-30", "31-90", "91-180", "181-365", "over-365")]
    out["cold"] = {"days": cold_days, "count": sum(_t(r["updated_at"]) < now - timedelta(days=cold_days)
                                                  for r in open_reqs)}

    grounds = Counter()
    for o in doc["outcomes"]:
        r = by_id[o["request_id"]]
        if (o["decision"] in ("refused", "postponed", "withheld") and r["agreement_id"] in scope
                and r["direction"] in ("incoming", "outgoing") and t0 <= _t(o["decided_at"]) < t1):
            for code in set(json.loads(o["grounds"])):
                grounds[r["direction"], o["decision"], code] += 1
    out["grounds"] = [{"direction": d, "decision": dec, "ground": g, "count": n}
                      for (d, dec, g), n in sorted(grounds.items())]

    oral = Counter()
    for r in reqs:
        if r["form"] != "oral" or not (t0 <= _t(r["oral_at"]) < t1):
            continue
        oral["made"] += 1
        due, confirmed = _d(r["confirmation_due_on"]), _d(r["confirmed_on"])
        if confirmed:
            oral["confirmed-late" if due and confirmed > due else "confirmed-on-time"] += 1
        else:
            oral["unconfirmed-overdue" if due and due < today else "unconfirmed-pending"] += 1
    out["oral"] = {s: oral[s] for s in ("made", "confirmed-on-time", "confirmed-late", "unconfirmed-overdue",
                                         "unconfirmed-pending")}

    subjects = {s["id"]: s for s in doc["subjects"]}
    active = Counter(s["kind"] for s in subjects.values() if in_scope(s["agreement_id"])
                     and (not s["period_start"] or _d(s["period_start"]) <= flt.end)
                     and (not s["period_end"] or _d(s["period_end"]) >= flt.start)
                     and (not s["lifted_on"] or _d(s["lifted_on"]) >= flt.start))
    out["subjects_active"] = [{"kind": k, "count": n} for k, n in sorted(active.items())]
    seen = Counter(_t(o["observed_at"]).isoformat()[:7] for o in doc["observations"]
                   if in_scope(subjects[o["subject_id"]]["agreement_id"]) and t0 <= _t(o["observed_at"]) < t1)
    out["observations_by_month"] = [{"month": m, "count": seen[m]} for m in months]

    authorities = {a["id"]: a["name"] for a in doc["authorities"]}
    items = {i["id"]: i for i in doc["information_items"]}
    items_of = {}
    for di in doc["disclosure_items"]:
        items_of.setdefault(di["disclosure_id"], []).append(items[di["item_id"]])

    def item_agreement(item):
        if item["agreement_id"] is not None:
            return item["agreement_id"]
        return by_id[item["request_id"]]["agreement_id"] if item["request_id"] else None

    disclosed = Counter()
    for d in doc["disclosures"]:
        if not flt.start <= _d(d["disclosed_on"]) <= flt.end:
            continue
        if flt.agreement is not None or flt.partner is not None:
            if not any(item_agreement(i) in scope for i in items_of.get(d["id"], [])):
                continue
        disclosed[authorities[d["authority_id"]], d["decision"]] += 1
    out["disclosures"] = [{"authority": a, "decision": dec, "count": n} for (a, dec), n in sorted(disclosed.items())]
    return out


def _rounded(value):
    """Floats to 9 places (a rate or an interpolated percentile), everything else as it is."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def _compare(desk, flt: StatsFilter) -> dict:
    doc = json.loads(export_store(desk))
    got = queries.figures(desk, flt).to_dict()
    with desk.query() as conn:
        cold = settings.get_int(conn, "stats.cold_days")
    want = reference(doc, flt, desk.today(), desk.now(), cold)
    for key, value in want.items():
        assert _rounded(got[key]) == _rounded(value), key
    return got


def _filters(doc_agreements, start, end):
    yield StatsFilter(start, end)
    for a in doc_agreements:
        yield StatsFilter(start, end, agreement=a["key"])
    for country in sorted({a["partner_country"] for a in doc_agreements}):
        yield StatsFilter(start, end, partner=country)


def test_every_figure_equals_an_independent_count_of_the_raw_rows_of_a_generated_store(desk):
    generate(desk.db, SMALL)
    doc = json.loads(export_store(desk))
    for start, end in ((date(2026, 1, 1), date(2026, 12, 31)), (date(2017, 1, 1), date(2026, 12, 31)),
                       (date(2024, 3, 15), date(2024, 9, 2))):
        for flt in _filters(doc["agreements"], start, end):
            got = _compare(desk, flt)
        assert sum(r["count"] for r in got["requests_by_month"]) > 0


@pytest.mark.demo_data
def test_every_figure_equals_an_independent_count_on_the_demo_desk_art_9_disclosures_and_art_7_1_oral(desk):
    doc = json.loads(export_store(desk))
    for flt in _filters(doc["agreements"], date(2020, 1, 1), date(2026, 12, 31)):
        _compare(desk, flt)
    whole = _compare(desk, StatsFilter(date(2020, 1, 1), date(2026, 12, 31)))
    assert whole["disclosures"] and whole["oral"]["made"] and whole["grounds"]


def test_cold_threshold_follows_the_setting_stats_cold_days(desk):
    generate(desk.db, SMALL)
    flt = StatsFilter(date(2026, 1, 1), date(2026, 12, 31))
    before = queries.figures(desk, flt).cold
    settings.save_settings(desk, {"stats.cold_days": 5})
    after = queries.figures(desk, flt).cold
    assert (before["days"], after["days"]) == (60, 5)
    assert after["count"] >= before["count"]
    _compare(desk, flt)
    with pytest.raises(ServiceError, match="stats.cold_days"):
        settings.save_settings(desk, {"stats.cold_days": 0})


def test_click_through_lists_exactly_the_requests_a_figure_counts(desk):
    generate(desk.db, SMALL)
    flt = StatsFilter(date(2017, 1, 1), date(2026, 12, 31))
    fig = queries.figures(desk, flt)
    for row in fig.requests_by_month:
        if row["count"]:
            assert len(queries.behind(desk, flt, "requests_by_month", (row["direction"], row["month"]))) == row["count"]
    for row in fig.open_by_age:
        assert len(queries.behind(desk, flt, "open_by_age", (row["bucket"],))) == row["count"]
    assert len(queries.behind(desk, flt, "cold", ())) == min(fig.cold["count"], queries.BEHIND_LIMIT)
    for row in fig.grounds:
        refs = queries.behind(desk, flt, "grounds", (row["direction"], row["decision"], row["ground"]))
        assert len(refs) == row["count"]  # one outcome per request in the generated store
    for row in fig.turnaround:
        assert len(queries.behind(desk, flt, "turnaround", (row["direction"],))) == min(row["answered"], 1000)
    for row in fig.on_time:
        on_time = queries.behind(desk, flt, "on_time", (row["direction"], "on-time"))
        assert len(on_time) == min(row["on_time"], 1000)


def test_a_period_ending_before_it_starts_or_an_unknown_agreement_names_the_field(desk):
    with pytest.raises(ServiceError, match="^to:"):
        queries.figures(desk, StatsFilter(date(2026, 2, 1), date(2026, 1, 1)))
    with pytest.raises(ServiceError, match="^agreement:"):
        queries.figures(desk, StatsFilter(date(2026, 1, 1), date(2026, 2, 1), agreement="nowhere"))
    with pytest.raises(ServiceError, match="^figure:"):
        queries.behind(desk, StatsFilter(date(2026, 1, 1), date(2026, 2, 1)), "nothing", ())
