"""The paged subject list (Art. 4.2) agrees with the full subject views, one page at a time."""

from __future__ import annotations

import pytest

from app.services.surveillance import commands as svc
from app.services.surveillance.listing import SubjectFilter, count_subjects, subject_page
from app.services.validation import ServiceError


def _goods(desk, i, end="2027-03-01", ids=()):
    return svc.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997",
                                  "details": {"description": f"Lot {i} (invented)"},
                                  "identifiers": list(ids), "period_start": "2026-10-01",
                                  "period_end": end})


def test_art_4_2_page_matches_the_full_views_status_and_identifiers(desk):
    _goods(desk, 1, ids=[["container", "MSCU1234560"], ["bl", "BL-INVENTED-1"]])
    _goods(desk, 2, end="2026-11-01")  # ended before the fixed clock (2026-11-20): lapsed
    rows = subject_page(desk)
    full = {v.code: v for v in svc.list_subjects(desk)}
    assert [r.code for r in rows] == ["S-0002", "S-0001"]  # newest first
    for r in rows:
        v = full[r.code]
        assert (r.status, r.identifier_summary) == (v.status, v.identifier_summary)
    assert rows[1].identifier_warnings == ("container MSCU1234560: check digit should be 6 (ISO 6346)",)


def test_art_4_2_active_filter_leaves_out_lapsed_subjects(desk):
    _goods(desk, 1)
    _goods(desk, 2, end="2026-11-01")
    f = SubjectFilter(active=True)
    assert count_subjects(desk, f) == 1 and [r.code for r in subject_page(desk, f)] == ["S-0001"]


def test_art_4_2_pages_walk_every_subject_once(desk):
    for i in range(5):
        _goods(desk, i)
    seen = [r.code for off in (0, 2, 4) for r in subject_page(desk, offset=off, limit=2)]
    assert seen == [f"S-000{n}" for n in range(5, 0, -1)]


def test_art_4_2_unknown_kind_filter_is_refused_naming_the_field():
    with pytest.raises(ServiceError, match="kind"):
        SubjectFilter(kind="spaceship")
