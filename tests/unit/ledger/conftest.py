"""Ledger fixtures: a desk with invented authorities and one item received in confidence."""

from __future__ import annotations

import pytest

from app.services.ledger import disclosures as dis
from app.services.ledger import information as inf

POLICE = "Prefectural Police HQ (invented)"
MINISTRY = "Ministry of Example Affairs (invented)"
OTHER_MINISTRY = "Ministry of Other Affairs (invented)"
CUSTOMS = "Yokohama Customs Investigation Division (invented)"
PROSECUTOR = "District Public Prosecutors Office (invented)"
COURT = "District Court (invented)"


@pytest.fixture
def ledger(desk):
    """The desk with the authority list filled in."""
    dis.add_authority(desk, POLICE, "police", country="JP")
    dis.add_authority(desk, MINISTRY, "ministry", country="JP")
    dis.add_authority(desk, OTHER_MINISTRY, "ministry", country="JP")
    dis.add_authority(desk, CUSTOMS, "customs", country="JP")
    dis.add_authority(desk, PROSECUTOR, "prosecutor", country="JP")
    dis.add_authority(desk, COURT, "court", country="JP")
    return desk


@pytest.fixture
def item(ledger):
    """Invented information received from the partner, confidential (Art. 9.3)."""
    return inf.add_information_item(
        ledger, direction="received", provider="U.S. CBP (invented example)",
        title="Shipping manifest, vessel EXAMPLE STAR (invented)", confidential=True,
        summary="Invented demo text: container list and consignee names.")
