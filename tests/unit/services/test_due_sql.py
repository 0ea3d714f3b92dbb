"""Due & overdue as one SQL query (app.services.due) against a small generated store, compared
with an independent plain-Python reading of the same rows under the same rules: a request's clock
stops when it is answered or closed and is capped by its agreement's termination (Art. 14.2); an
oral request's written confirmation is due until confirmed (Art. 7.1); an agreement under notice
is listed until 30 days after it terminates; a subject's period end and review date until it is
lifted (Art. 4.2). Listed: overdue, or due within the "due soon" window."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from app.services import due
from app.services.agreements.catalogue import give_termination_notice
from app.store.models import Agreement, Request, Subject
from app.treaty.lifecycle import CLOCK_STOPPED_STATUSES, TERMINAL_STATUSES

STOPPED = {s.value for s in CLOCK_STOPPED_STATUSES}
CLOSED = {s.value for s in TERMINAL_STATUSES}
STATUSES = sorted({"received", "acknowledged", "in-progress", "executed", "refused", "closed",
                   "draft", "sent", "answered", "withdrawn"} | STOPPED)
WHAT_RANK = {"termination": 0, "request": 1, "surveillance-end": 2, "surveillance-review": 3,
             "oral-confirmation": 4}


@pytest.fixture
def store(desk):
    """200 invented requests and 80 invented subjects around the desk's today; one agreement
    under notice (its termination caps some due dates)."""
    rng = random.Random(14)
    today = desk.today()
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    with desk.read() as s:
        agreements = list(s.execute(select(Agreement.id)).scalars())

    def day():
        return today + timedelta(days=rng.randrange(-60, 120)) if rng.random() < 0.9 else None

    requests = [{
        "our_ref": f"GEN-{i:04d}", "direction": rng.choice(("incoming", "outgoing")),
        "agreement_id": rng.choice(agreements),
        "title": rng.choice(["", f"{rng.choice(['Watches', 'tyres', 'Éclair'])} lot {i} (invented)"]),
        "form": (form := rng.choice(("written", "oral"))), "status": rng.choice(STATUSES),
        "due_on": day(), "due_explanation": rng.choice([None, f"set by Officer {i % 3} (invented)"]),
        "confirmation_due_on": day() if form == "oral" else None,
        "confirmation_due_explanation": rng.choice([None, "received … +2 business days"]),
        "confirmed_on": today if form == "oral" and rng.random() < 0.3 else None,
        "extra": "{}", "reciprocity": False, "created_at": stamp, "updated_at": stamp,
    } for i in range(200)]
    subjects = [{
        "code": f"S-{i:04d}", "kind": "person", "display_name": f"Person {i} (invented)",
        "details": "{}", "period_start": rng.choice([None, today - timedelta(days=90)]),
        "period_end": day(), "review_on": day() if rng.random() < 0.5 else None,
        "status": rng.choice(("active", "active", "lifted")), "created_at": stamp,
        "updated_at": stamp,
    } for i in range(80)]
    with desk.db.write() as s:
        s.execute(insert(Request.__table__), requests)
        s.execute(insert(Subject.__table__), subjects)
    give_termination_notice(desk, "jp-us-1997", today - timedelta(days=85))  # ends within the week
    return desk


def _expected(desk) -> list[tuple]:
    """(kind, key, due_on, what_rank, title, record, how_key) per the rules, read row by row."""
    today, soon = desk.today(), 7
    limit = today + timedelta(days=soon)
    with desk.read() as s:
        ags = {a.id: a for a in s.execute(select(Agreement)).scalars()}
        reqs = s.execute(select(Request)).scalars().all()
        subs = s.execute(select(Subject)).scalars().all()
        out = []
        for r in reqs:
            term = ags[r.agreement_id].terminates_on
            eff = min(d for d in (r.due_on, term) if d is not None) if (r.due_on or term) else None
            if r.status not in STOPPED and eff is not None and eff <= limit:
                out.append(("request", r.our_ref, eff, r.title, r.our_ref,
                            r.due_explanation or "due"))
            c = r.confirmation_due_on
            if (r.form == "oral" and r.confirmed_on is None and c is not None and c <= limit
                    and r.status not in CLOSED):
                out.append(("oral-confirmation", r.our_ref, c, r.title, r.our_ref,
                            r.confirmation_due_explanation or "due"))
        for a in ags.values():
            if a.terminates_on is not None and a.terminates_on >= today - timedelta(days=30):
                out.append(("termination", a.key, a.terminates_on, a.short_title,
                            f"agreement with {a.partner_country}", "notice of termination given"))
        for sub in subs:
            if sub.status == "lifted":
                continue
            if sub.period_end is not None and sub.period_end <= limit:
                out.append(("surveillance-end", sub.code, sub.period_end, sub.display_name,
                            sub.code, f"end of the surveillance period set for {sub.code}"))
            if (sub.review_on is not None and sub.review_on <= limit
                    and (sub.period_end is None or sub.review_on < sub.period_end)):
                out.append(("surveillance-review", sub.code, sub.review_on, sub.display_name,
                            sub.code, f"review date set for {sub.code}"))
    return out


def _state(day: date, today: date) -> str:
    return "overdue" if day < today else "due-soon" if (day - today).days <= 7 else "ok"


def _python_order(rows: list[tuple], sort_key: str, today: date) -> list[tuple[str, str]]:
    rank = {"overdue": 0, "due-soon": 1, "ok": 2}
    lead = {"due": lambda r: (),
            "state": lambda r: (rank[_state(r[2], today)],),
            "what": lambda r: (WHAT_RANK[r[0]], r[3].lower()),
            "record": lambda r: (r[4].lower(),),
            "how": lambda r: (r[5].lower(),)}[sort_key]
    return [(r[0], r[1]) for r in sorted(rows, key=lambda r: (*lead(r), r[2], r[0], r[1]))]


def test_due_list_from_sql_is_the_plain_reading_of_the_rules_in_every_column_order(store):
    today = store.today()
    expected = _expected(store)
    assert {r[0] for r in expected} == set(due.KINDS)  # every kind is exercised
    assert due.count(store) == len(expected)
    for key in due.SORT_KEYS:
        want = _python_order(expected, key, today)
        got = [(i.kind, i.key) for i in due.page(store, sort_key=key, limit=10_000)]
        assert got == want, key
        # Descending is exactly the reverse (the tie-break makes the order total).
        down = [(i.kind, i.key) for i in due.page(store, sort_key=key, descending=True,
                                                  limit=10_000)]
        assert down == want[::-1], key


def test_due_pages_are_slices_of_the_whole_list_and_position_finds_a_clock(store):
    whole = [(i.kind, i.key) for i in due.page(store, sort_key="what", limit=10_000)]
    pages = []
    for offset in range(0, len(whole), 17):
        pages += [(i.kind, i.key) for i in due.page(store, sort_key="what", offset=offset,
                                                    limit=17)]
    assert pages == whole
    for n in (0, len(whole) // 2, len(whole) - 1):
        assert due.position(store, due.DueFilter(), "what", False, *whole[n]) == n
    assert due.position(store, due.DueFilter(), "what", False, "request", "NOT-LISTED") is None


def test_due_pages_in_date_order_are_slices_of_the_whole_list_ties_on_a_date_included(store):
    # A page in date order reads only the requests that can be on it (up to the page's last
    # date): a date shared across a page's edge must still land on both sides as in the whole.
    for key in ("due", "state"):
        for descending in (False, True):
            whole = [(i.kind, i.key, i.due_on) for i in due.page(
                store, sort_key=key, descending=descending, limit=10_000)]
            dates = [d for kind, _key, d in whole if kind == "request"]
            assert len(dates) > len(set(dates))  # requests share dates: ties are exercised
            pages = []
            for offset in range(0, len(whole), 7):
                pages += [(i.kind, i.key, i.due_on) for i in due.page(
                    store, sort_key=key, descending=descending, offset=offset, limit=7)]
            assert pages == whole, (key, descending)


def test_due_filters_and_counts_are_the_plain_reading(store):
    today = store.today()
    expected = _expected(store)
    states = [_state(r[2], today) for r in expected]
    assert due.counts(store) == (states.count("overdue"), states.count("due-soon"))
    for state in ("overdue", "due-soon"):
        flt = due.DueFilter(states=(state,))
        assert due.count(store, flt) == states.count(state)
        assert {i.state for i in due.page(store, flt, limit=10_000)} == {state}
    flt = due.DueFilter(kinds=("oral-confirmation", "surveillance-review"))
    assert due.count(store, flt) == sum(r[0] in flt.kinds for r in expected)
    flt = due.DueFilter(text="WATCHES lot 1")  # case-blind (ASCII on SQLite), in a title
    want = {(r[0], r[1]) for r in expected if "watches lot 1" in r[3].lower()}
    assert want
    assert {(i.kind, i.key) for i in due.page(store, flt, limit=10_000)} == want
    assert due.count(store, due.DueFilter(text="gen-001")) == sum(
        "gen-001" in r[1].lower() for r in expected)
    assert due.count(store, due.DueFilter(text="100%_")) == 0  # LIKE wildcards are text


def test_art_14_2_capped_request_says_why_and_the_termination_names_its_clause(store):
    items = due.due_items(store)
    term = next(i for i in items if i.kind == "termination")
    assert term.partner == "US" and "(Art. 14.2)" in term.label and "+3 calendar months" in term.explanation
    capped = [i for i in items if i.kind == "request" and i.due_on == term.due_on
              and "capped by termination" in i.explanation]
    assert capped and all(i.explanation.endswith("(Art. 14.2)") for i in capped)
