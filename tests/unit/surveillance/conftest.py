"""Fixtures for the surveillance tests: an incoming request asking for surveillance (invented)."""

from __future__ import annotations

import pytest

from app.services.requests.commands import register_incoming


@pytest.fixture
def surveillance_request(desk) -> str:
    """An incoming Art. 4.2(a) request (invented example); returns its reference."""
    view = register_incoming(desk, "jp-us-1997", {
        "title": "Special surveillance of a traveller (invented example)",
        "bases": ["4.2(a)"],
        "requesting_administration": "U.S. Customs and Border Protection (invented example)",
        "nature_of_proceedings": "Investigation of suspected smuggling (example)",
        "object_and_reason": "Report movements through Japanese ports",
        "description_and_legal_elements": "Suspected smuggling of watches (example)",
    })
    return view.our_ref


@pytest.fixture
def person(desk, surveillance_request):
    """A natural person under surveillance, recorded in kanji with a Latin alias (invented)."""
    from app.services.surveillance.commands import add_subject

    return add_subject(desk, {
        "kind": "person", "subkind": "natural",
        "names": ["田中 翔", {"name": "TANAKA Sho", "alias": True}],
        "identifiers": [{"type": "passport", "value": "TK0000001", "issuer": "JP"}],
        "details": {"date_of_birth": "1980-04-01", "nationality": "JP"},
        "requests": [surveillance_request], "requested_by": "U.S. CBP (invented)",
        "period_end": "2027-03-01", "review_on": "2027-01-15",
    })
