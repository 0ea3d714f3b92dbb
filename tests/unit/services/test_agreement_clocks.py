"""An agreement's own termination/review clauses drive every date the desk shows (Art. 14.2 / 14.3
of the Japan–US model; another agreement may give six months under another article)."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.services import due
from app.services.agreements.catalogue import (
    agreement_by_key,
    give_termination_notice,
    list_agreements,
    save_agreement,
)
from app.services.requests import commands as rq
from app.services.requests import listing as rl
from app.services.requests.listing import ListFilter
from app.services.validation import ServiceError
from app.store.models import Agreement

TODAY = date(2026, 11, 20)  # the desk fixture's clock
KEY = "jp-zz-invented"


def six_month_catalogue(**overrides: object) -> dict:
    """An invented agreement (the Japan–US catalogue renamed) that gives six months' notice under
    its Art. 16.2 and has no review clause. Not a real treaty."""
    from app.treaty.builtin import builtin_agreement_dicts

    d = copy.deepcopy(next(d for d in builtin_agreement_dicts() if d["key"] == "jp-us-1997"))
    d.update(key=KEY, ref_prefix="JC-ZZ", short_title="Invented six-month agreement (test)",
             title="Invented agreement giving six months' notice (test data)")
    d["articles"].append({"number": "16", "heading": "Final provisions (invented)",
                          "heading_is_editorial": True, "text_known": False,
                          "paragraphs": [{"number": "16.1", "text": None},
                                         {"number": "16.2", "text": None}]})
    d.update(termination={"notice_months": 6, "article": "16.2"}, review=None)
    d.update(overrides)
    return d


@pytest.fixture
def six(desk):
    save_agreement(desk, six_month_catalogue())
    return desk


def test_art_14_2_six_month_agreement_caps_open_request_at_notice_plus_six_months(six,
                                                                                  complete_fields):
    view = rq.register_incoming(six, KEY, dict(complete_fields, due_on="2027-06-30"))
    agreement = give_termination_notice(six, KEY, "2026-05-25")
    assert agreement.termination_on == date(2026, 11, 25)  # three months: 2026-08-25
    assert "+6 calendar months (Art. 16.2)" in agreement.termination_explanation
    capped = rq.get_request(six, view.our_ref)
    assert capped.effective_due_on == date(2026, 11, 25)
    assert capped.effective_due_explanation.endswith("(Art. 16.2)")
    assert "14.2" not in capped.effective_due_explanation
    # The list: due soon, not overdue since 08-25.
    row = next(r for r in rl.page(six, ListFilter(group="incoming", today=TODAY), "ref", False)
               if r.ref == view.our_ref)
    assert row.due_state == "due-soon"


def test_art_14_2_due_and_overdue_explanation_cites_the_agreements_article(six, complete_fields):
    view = rq.register_incoming(six, KEY, dict(complete_fields, due_on="2027-06-30"))
    give_termination_notice(six, KEY, "2026-05-25")
    items = due.due_items(six)
    req = next(i for i in items if i.kind == "request" and i.key == view.our_ref)
    assert req.due_on == date(2026, 11, 25)
    assert "capped by termination" in req.explanation and req.explanation.endswith("(Art. 16.2)")
    term = next(i for i in items if i.kind == "termination" and i.key == KEY)
    assert term.due_on == date(2026, 11, 25) and "(Art. 16.2)" in term.label
    assert "+6 calendar months (Art. 16.2)" in term.explanation


def test_art_14_3_agreement_without_review_clause_has_no_review_date(desk):
    save_agreement(desk, six_month_catalogue(in_force_on="2020-01-01"))
    view = next(a for a in list_agreements(desk) if a.key == KEY)
    assert view.in_force_on == date(2020, 1, 1)
    assert view.review_on is None and view.review_explanation is None
    assert view.review_article is None and view.termination_months == 6


def test_art_14_2_bad_notice_months_is_refused_naming_the_field_and_stores_nothing(desk):
    with pytest.raises(ServiceError, match=r"termination\.notice_months: must be at most 60"):
        save_agreement(desk, six_month_catalogue(termination={"notice_months": 72,
                                                              "article": "16.2"}))
    with desk.read() as s:
        assert s.execute(select(func.count()).where(Agreement.key == KEY)).scalar() == 0


def test_art_14_2_builtin_jp_us_still_gives_three_months_and_cites_14_2(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2027-06-30"))
    agreement = give_termination_notice(desk, "jp-us-1997", "2026-06-01")
    assert agreement.termination_on == date(2026, 9, 1)
    assert (agreement.termination_months, agreement.termination_article) == (3, "14.2")
    assert "+3 calendar months (Art. 14.2)" in agreement.termination_explanation
    assert agreement.review_on == date(2002, 6, 17) and "(Art. 14.3)" in agreement.review_explanation
    capped = rq.get_request(desk, view.our_ref)
    assert capped.effective_due_on == date(2026, 9, 1)
    assert capped.effective_due_explanation.endswith("(Art. 14.2)")


def test_art_14_2_stored_catalogue_from_before_the_clauses_keeps_three_months(desk):
    # A store written before 'termination'/'review' existed: its JSON lacks both fields.
    with desk.unit_of_work("test.old_catalogue", "agreement") as (s, _note):
        row = agreement_by_key(s, "jp-us-1997")
        old = json.loads(row.catalogue)
        del old["termination"], old["review"]
        row.catalogue = json.dumps(old, ensure_ascii=False, sort_keys=True)
    agreement = give_termination_notice(desk, "jp-us-1997", "2026-06-01")
    assert agreement.termination_on == date(2026, 9, 1)
    assert "+3 calendar months (Art. 14.2)" in agreement.termination_explanation
    assert agreement.review_on == date(2002, 6, 17)
