"""Invented requests in every state a letter kind is written in, for tests, screenshots and demos.

Every name, reference and company here is invented (``Example Trading Co.``, ``Officer Example``);
no real person or case appears. ``letter_scenarios(desk)`` fills a fresh store and returns the
reference of one request per scenario.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from app.services.admin.settings import set_setting
from app.services.agreements.catalogue import add_official
from app.services.context import Desk
from app.services.ledger import information
from app.services.requests import commands as rq
from app.store.models import Administration

AGREEMENT = "jp-us-1997"

#: The five Art. 7.2 elements of an invented, complete request, in English and Japanese (the
#: Japan–US agreement's two languages; app.services.texts).
COMPLETE_ELEMENTS: dict[str, Any] = {
    "title": "Export of wrist watches, Example Trading Co. (invented example)",
    "bases": ["4.1(a)(i)"],
    "requesting_administration": {"en": "Japan Customs (invented example)",
                                  "ja": "日本税関（架空の例）"},
    "nature_of_proceedings": {"en": "Administrative inquiry into undervaluation (invented example)",
                              "ja": "課税価格の過少申告に係る行政調査（架空の例）"},
    "object_and_reason": {"en": "Confirm lawful export of 400 wrist watches declared at Yokohama",
                          "ja": "横浜で輸入申告された腕時計400個が適法に輸出されたものであることの確認"},
    "parties_concerned": {"en": "Example Trading Co., 1-2-3 Minato, Yokohama (invented)",
                          "ja": "エグザンプル貿易株式会社（横浜市みなと1-2-3、架空）"},
    "description_and_legal_elements": {"en": "Suspected undervaluation; Customs Law of Japan (example)",
                                       "ja": "課税価格の過少申告の疑い。関税法（例）"},
    "extra": {"goods_description": "wrist watches", "declaration_number": "EX-123"},
}


def setup_desk_identity(desk: Desk) -> None:
    """The officer's profile and the partner's designated official (Art. 7.3), both invented."""
    set_setting(desk, "profile", {"name": "Officer Example", "title": "Liaison Officer (invented)",
                                  "signature": "Officer Example", "administration_id": None})
    with desk.read() as s:
        partner = s.execute(select(Administration.id).where(
            Administration.country == "US", Administration.is_own.is_(False))).scalars().first()
    assert partner is not None, "the built-in Japan–US agreement brings the US administration"
    add_official(desk, administration_id=partner, name="Jordan Sample (invented)",
                 title="Designated Official, Office of International Affairs",
                 address="1300 Example Avenue NW\nWashington, DC 20000", email="intl@example.gov")


def _incoming(desk: Desk, their_ref: str, **more: Any) -> str:
    fields = {**COMPLETE_ELEMENTS, "their_ref": their_ref,
              "requesting_administration": {"en": "U.S. Customs and Border Protection (invented example)",
                                            "ja": "米国税関・国境取締局（架空の例）"},
              "extra": {**COMPLETE_ELEMENTS["extra"], "request_date": "2026-11-10"}, **more}
    return rq.register_incoming(desk, AGREEMENT, fields).our_ref


def letter_scenarios(desk: Desk) -> dict[str, str]:
    """Fill the store with one invented request per scenario; returns scenario -> our_ref.

    Scenarios: ``received`` (incoming, to acknowledge), ``in_progress`` (incoming, with a
    confidential information item received), ``refused`` (Art. 11.1 public policy), ``postponed``
    (Art. 2.2 resources), ``withheld`` (11.3), ``outgoing_complete``, ``outgoing_incomplete``
    (7.2(c) and (e) blank), ``oral_sent`` (made orally, Art. 7.1), ``spontaneous_in``.
    """
    setup_desk_identity(desk)
    refs: dict[str, str] = {}
    refs["received"] = _incoming(desk, "CBP-OI-2026-0101")
    ref = refs["in_progress"] = _incoming(desk, "CBP-OI-2026-0102")
    rq.acknowledge(desk, ref)
    rq.transition(desk, ref, "in-progress")
    information.add_information_item(
        desk, direction="received", provider="U.S. Customs and Border Protection (invented)",
        title="Export declarations of Example Trading Co. (invented)", request_ref=ref,
        confidential=True)
    outcomes: tuple[tuple[str, str, dict[str, Any]], ...] = (
        ("refused", "refused", dict(grounds=["11.1-public-policy"], statement={
            "en": "The matter was closed by a final court decision (invented).",
            "ja": "本件は、確定判決により既に終結しているため（架空の例）。"})),
        ("postponed", "postponed", dict(grounds=["2.2-resources"], postponed_until="2027-02-26", statement={
            "en": "The officers concerned are engaged until February (invented).",
            "ja": "担当職員が2月まで他の調査に従事しているため（架空の例）。"})),
        ("withheld", "withheld", dict(grounds=["11.3-ongoing-proceedings"], statement={
            "en": "An investigation of the same consignments is under way (invented).",
            "ja": "同一貨物に係る調査が現在進行中であるため（架空の例）。"})),
    )
    for name, target, kw in outcomes:
        ref = refs[name] = _incoming(desk, f"CBP-OI-2026-02{len(refs):02d}")
        rq.acknowledge(desk, ref)
        rq.transition(desk, ref, "in-progress")
        rq.transition(desk, ref, target, **kw)
    refs["outgoing_complete"] = rq.draft_outgoing(desk, AGREEMENT, COMPLETE_ELEMENTS).our_ref
    incomplete = {**COMPLETE_ELEMENTS, "object_and_reason": None, "description_and_legal_elements": None}
    refs["outgoing_incomplete"] = rq.draft_outgoing(desk, AGREEMENT, incomplete).our_ref
    oral = {**COMPLETE_ELEMENTS, "form": "oral", "urgency": "urgent",
            "oral_at": datetime(2026, 11, 19, 7, 45, tzinfo=UTC)}
    ref = refs["oral_sent"] = rq.draft_outgoing(desk, AGREEMENT, oral).our_ref
    rq.send_request(desk, ref)
    refs["spontaneous_in"] = rq.record_spontaneous(desk, AGREEMENT, "spontaneous-in", {
        "title": "Suspicious consignments of watches (invented example)", "bases": [],
        "their_ref": "CBP-SP-2026-0007"}).our_ref
    return refs
