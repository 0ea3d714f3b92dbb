"""Information items (Art. 1(c)) and their use restrictions (Art. 9, 10)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.services.context import Desk
from app.services.validation import LONG, NotFound, choice, clean_text, parse_date
from app.store.models import InformationItem, Request


@dataclass(frozen=True)
class InformationView:
    """An information item with its restriction flags."""

    code: str
    direction: str
    provider: str
    title: str
    request_ref: str | None
    received_on: date | None
    confidential: bool
    no_law_enforcement: bool
    not_as_evidence: bool

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        d = dict(self.__dict__)
        d["received_on"] = self.received_on.isoformat() if self.received_on else None
        return d


def add_information_item(desk: Desk, *, direction: str, provider: str, title: str,
                         summary: str | None = None, request_ref: str | None = None,
                         received_on: object = None, confidential: bool = False,
                         no_law_enforcement: bool = False, no_law_enforcement_notice_on: object = None,
                         not_as_evidence: bool = True, provider_markings: str | None = None,
                         conditions_attached: str | None = None,
                         recipient: str | None = None) -> InformationView:
    """Record information received or provided, with its restrictions.

    Everything received under the agreement is "not as evidence" (Art. 10.1) unless stated."""
    choice("direction", direction, ("received", "provided"))
    prov = clean_text("provider", provider, required=True)
    ttl = clean_text("title", title, required=True, max_len=500)
    with desk.unit_of_work("information.add", "information_item") as (s, note):
        req = None
        if request_ref:
            req = s.execute(select(Request).where(Request.our_ref == request_ref)).scalar_one_or_none()
            if req is None:
                raise NotFound("request_ref", f"no request with reference {request_ref!r}")
        n = (s.execute(select(func.count(InformationItem.id))).scalar() or 0) + 1
        item = InformationItem(
            code=f"I-{n:05d}", direction=direction, provider=prov, title=ttl,
            summary=clean_text("summary", summary, max_len=LONG),
            request_id=req.id if req else None,
            agreement_id=req.agreement_id if req else None,
            recipient=clean_text("recipient", recipient),
            received_on=parse_date("received_on", received_on) or desk.today(),
            confidential=bool(confidential), no_law_enforcement=bool(no_law_enforcement),
            no_law_enforcement_notice_on=parse_date("no_law_enforcement_notice_on",
                                                    no_law_enforcement_notice_on),
            not_as_evidence=bool(not_as_evidence),
            provider_markings=clean_text("provider_markings", provider_markings, max_len=2000),
            conditions_attached=clean_text("conditions_attached", conditions_attached, max_len=LONG),
            actor=desk.actor, created_at=desk.now(),
        )
        s.add(item)
        s.flush()
        note.entity_id = item.code
        note.change = {"direction": direction, "provider": prov, "title": ttl,
                       "request": request_ref, "confidential": item.confidential,
                       "no_law_enforcement": item.no_law_enforcement,
                       "not_as_evidence": item.not_as_evidence}
        return InformationView(item.code, direction, prov, ttl, request_ref, item.received_on,
                               item.confidential, item.no_law_enforcement, item.not_as_evidence)
