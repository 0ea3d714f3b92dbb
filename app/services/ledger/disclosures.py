"""Authorities and disclosures: passing information on, checked against Art. 9 and 10 first.

``check_disclosure`` only asks the rules; ``disclose`` records a disclosure as done. A disclosure
the rules forbid, or one that lacks a written approval, is not recorded unless the officer gives
a written justification: it is then recorded as an *override*, with its own audit action
(``disclosure.override``) and the ``override`` decision shown wherever disclosures are listed.
Nothing is deleted: ``correct_disclosure`` adds an entry that refers to the one it corrects.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.services.context import Desk
from app.services.ledger.information import authority_by_name, item_by_code, item_facts
from app.services.validation import NotFound, ServiceError, choice, clean_text, parse_date
from app.store.models import Approval, Authority, Disclosure, DisclosureItem, InformationItem
from app.treaty.restrictions import (
    AUTHORITY_KINDS,
    PURPOSES,
    ApprovalFacts,
    DisclosureDecision,
    Recipient,
    assess_disclosure,
    is_law_enforcement_kind,
)


class DisclosureRefused(ServiceError):
    """The rules do not allow the disclosure and no override was given (CLI exit 3)."""

    def __init__(self, decision: DisclosureDecision) -> None:
        first = decision.blocking()[0]
        super().__init__("disclosure", f"{decision.verdict.replace('_', ' ')}: {first.item}: "
                         f"{first.message}", first.article)
        self.decision = decision


@dataclass(frozen=True)
class AuthorityView:
    """An authority on the maintained list."""

    id: int
    name: str
    kind: str
    country: str | None
    is_law_enforcement: bool
    active: bool
    #: The name in each letter language kept besides ``name`` (``{"ja": "警視庁"}``).
    names: dict[str, str] = field(default_factory=dict)
    #: The record's edit count as read: the editor saves on it (``edit_authority``'s
    #: ``expected_version``), so a save after another officer's is refused.
    version: int = 1

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class DisclosureView:
    """A recorded disclosure."""

    id: int
    authority: str
    purpose: str
    disclosed_on: date
    means: str | None
    decision: str  # allowed | obligation | override
    items: tuple[str, ...]
    obligations: tuple[dict, ...]
    approval_id: int | None
    override_reason: str | None
    corrects: int | None
    actor: str

    @property
    def is_override(self) -> bool:
        """Recorded against the rules, with a written justification."""
        return self.decision == "override"

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        d = dict(self.__dict__)
        d["disclosed_on"] = self.disclosed_on.isoformat()
        d["items"] = list(self.items)
        d["obligations"] = list(self.obligations)
        return d


# ---- authorities -------------------------------------------------------------------------------

def _auth_view(a: Authority) -> AuthorityView:
    from app.services.agreements.directory import read_names

    return AuthorityView(a.id, a.name, a.kind, a.country, a.is_law_enforcement, a.active,
                         read_names(a.names), a.version)


def add_authority(desk: Desk, name: str, kind: str, *, country: str | None = None,
                  is_law_enforcement: bool | None = None,
                  names: dict[str, str] | None = None) -> AuthorityView:
    """Add an authority. Police and prosecutors count as law enforcement (Art. 9.2) by default.
    ``names``: its name in other letter languages (``{"ja": "..."}``)."""
    from app.services.agreements.directory import check_names

    nm = clean_text("name", name, required=True)
    per_lang = check_names("names", names)
    choice("kind", kind, AUTHORITY_KINDS)
    ctry = clean_text("country", country, max_len=2)
    if ctry is not None and not re.fullmatch(r"[A-Za-z]{2}", ctry):
        raise ServiceError("country", QT_TRANSLATE_NOOP(
                "Refusal", "{ctry} is not a two-letter country code").format(
                    ctry=repr(ctry)))
    le = is_law_enforcement_kind(kind) if is_law_enforcement is None else bool(is_law_enforcement)
    with desk.unit_of_work("authority.add", "authority") as (s, note):
        if s.execute(select(Authority.id).where(Authority.name == nm)).scalar() is not None:
            raise ServiceError("name", QT_TRANSLATE_NOOP(
                    "Refusal", "an authority named {nm} is already on the list").format(
                        nm=repr(nm)))
        row = Authority(name=nm, kind=kind, country=ctry.upper() if ctry else None,
                        is_law_enforcement=le, active=True,
                        names=json.dumps(per_lang, ensure_ascii=False, sort_keys=True) if per_lang else None)
        s.add(row)
        s.flush()
        note.entity_id = row.id
        note.change = {"name": nm, "kind": kind, "country": row.country, "is_law_enforcement": le}
        return _auth_view(row)


def list_authorities(desk: Desk, *, include_inactive: bool = False) -> list[AuthorityView]:
    """The maintained list, by name."""
    with desk.read() as s:
        stmt = select(Authority).order_by(Authority.name)
        if not include_inactive:
            stmt = stmt.where(Authority.active.is_(True))
        return [_auth_view(a) for a in s.execute(stmt).scalars()]


# ---- checking and recording ---------------------------------------------------------------------

def _parse_doc_id(value: object) -> int:
    m = re.fullmatch(r"(?:D-?)?(\d+)", str(value).strip(), re.IGNORECASE)
    if not m:
        raise ServiceError("approval", QT_TRANSLATE_NOOP(
                "Refusal", "{value} is not a document number (e.g. 12 or D-12)").format(
                    value=repr(value)), "9.1")
    return int(m.group(1))


def _explicit_approval(s: Session, doc_ref: object, auth: Authority,
                       items: list[InformationItem]) -> ApprovalFacts:
    doc_id = _parse_doc_id(doc_ref)
    rows = s.execute(select(Approval).where(Approval.document_id == doc_id)).scalars().all()
    if not rows:
        raise ServiceError("approval", QT_TRANSLATE_NOOP(
                "Refusal", "document {doc_id} is not a recorded written approval").format(
                    doc_id=doc_id), "9.1")
    named = [a for a in rows if a.authority_id == auth.id]
    if not named:
        other = s.get_one(Authority, rows[0].authority_id)
        raise ServiceError("approval", QT_TRANSLATE_NOOP(
                "Refusal", "document {doc_id} approves use by {name}, not by {name2}").format(
                    doc_id=doc_id, name=other.name, name2=auth.name), "9.1")
    ids = {it.id for it in items}
    covering = [a for a in named if a.item_id in ids]
    if not covering:
        raise ServiceError("approval", QT_TRANSLATE_NOOP(
                "Refusal", "document {doc_id} does not cover {join_it_code_for_it_in_i}").format(
                    doc_id=doc_id, join_it_code_for_it_in_i=', '.join(it.code for it in items)), "9.1")
    a = covering[0]
    return ApprovalFacts(a.id, auth.name, tuple(json.loads(a.scope or "[]")), a.granted_on, True)


def _prepare(s: Session, item_codes: list[str] | tuple[str, ...], authority: str, purpose: str,
             approval: object) -> tuple[Authority, list[InformationItem], DisclosureDecision]:
    choice("purpose", purpose, PURPOSES)
    codes = [c.strip() for c in item_codes if isinstance(c, str) and c.strip()]
    if not codes:
        raise ServiceError("items", QT_TRANSLATE_NOOP("Refusal", "name at least one information item"))
    if len(set(codes)) != len(codes):
        raise ServiceError("items", QT_TRANSLATE_NOOP("Refusal", "an item is named twice"))
    auth = authority_by_name(s, authority)
    items = [item_by_code(s, c) for c in codes]
    chosen = _explicit_approval(s, approval, auth, items) if approval not in (None, "") else None
    recipient = Recipient(auth.name, auth.kind, auth.is_law_enforcement)
    decision = assess_disclosure([item_facts(s, it) for it in items], recipient, purpose,
                                 approval=chosen)
    return auth, items, decision


def check_disclosure(desk: Desk, item_codes: list[str] | tuple[str, ...], authority: str,
                     purpose: str, *, approval: object = None) -> DisclosureDecision:
    """What the rules say about a planned disclosure (nothing is recorded)."""
    with desk.read() as s:
        return _prepare(s, item_codes, authority, purpose, approval)[2]


def disclose(desk: Desk, item_codes: list[str] | tuple[str, ...], authority: str, purpose: str, *,
             disclosed_on: object = None, means: str | None = None, approval: object = None,
             override_reason: str | None = None, legal_basis: str | None = None,
             corrects: int | None = None, correction_reason: str | None = None) -> DisclosureView:
    """Record that items were passed to an authority, after checking Art. 9 and 10.

    Raises ``DisclosureRefused`` when the rules forbid it or an approval is missing and no
    ``override_reason`` is given; with one, it is recorded as an override."""
    means_t = clean_text("means", means, max_len=200)
    basis = clean_text("legal_basis", legal_basis, max_len=2000)
    if purpose == "required_by_law" and basis is None:
        raise ServiceError("legal_basis", QT_TRANSLATE_NOOP(
            "Refusal", "name the law that requires the disclosure"), "9.4")
    when = parse_date("disclosed_on", disclosed_on) or desk.today()
    if when > desk.today():
        raise ServiceError("disclosed_on", QT_TRANSLATE_NOOP(
                "Refusal", "{when} is in the future; record a disclosure once it is made").format(
                    when=when.isoformat()))
    reason = None
    if override_reason is not None:
        reason = clean_text("override_reason", override_reason, max_len=4000)
        if reason is None:
            raise ServiceError("override_reason", QT_TRANSLATE_NOOP(
                "Refusal", "an override needs a written justification"))
    fix_reason = clean_text("correction_reason", correction_reason, max_len=2000,
                            required=corrects is not None)
    # A reason is only accepted for a disclosure the rules stop, so it decides the audit action:
    # overrides get their own action and stand out in the log.
    action = "disclosure.override" if reason else "disclosure.record"
    with desk.unit_of_work(action, "disclosure") as (s, note):
        auth, items, decision = _prepare(s, item_codes, authority, purpose, approval)
        old = _corrected_target(s, corrects) if corrects is not None else None
        if decision.allowed and reason is not None:
            raise ServiceError("override_reason", QT_TRANSLATE_NOOP(
                    "Refusal", "no override is needed: the disclosure is {decision_verdict_replace}").format(
                        decision_verdict_replace=decision.verdict.replace('_', ' ')))
        if not decision.allowed and reason is None:
            raise DisclosureRefused(decision)
        kind = "override" if reason else decision.verdict
        obligations = [{"item": f.item, "verdict": f.verdict, "article": f.article,
                        "text": f.message, "letter": f.letter} for f in decision.findings]
        if basis:
            obligations.append({"article": "9.4", "verdict": "legal_basis", "text": basis})
        if decision.conditions:
            obligations.append({"verdict": "conditions", "article": "9",
                                "text": ", ".join(decision.conditions)})
        approval_id = next(iter(decision.approvals_used.values()), None)
        row = Disclosure(authority_id=auth.id, purpose=purpose, disclosed_on=when, means=means_t,
                         decision=kind, obligations=json.dumps(obligations, ensure_ascii=False),
                         approval_id=approval_id, override_reason=reason,
                         corrects_id=old.id if old else None, actor=desk.actor,
                         created_at=desk.now())
        s.add(row)
        s.flush()
        for it in items:
            s.add(DisclosureItem(disclosure_id=row.id, item_id=it.id))
        s.flush()
        note.entity_id = row.id
        note.change.update({
            "authority": auth.name, "purpose": purpose, "items": [it.code for it in items],
            "decision": kind, "verdict": decision.verdict, "override_reason": reason,
            "findings": [str(f) for f in decision.findings], "conditions": list(decision.conditions),
            "approvals_used": decision.approvals_used, "disclosed_on": when,
        })
        if old is not None:
            note.change.update({"corrects": old.id, "correction_reason": fix_reason})
        return _disclosure_view(s, row)


def _corrected_target(s: Session, disclosure_id: int) -> Disclosure:
    old = s.get(Disclosure, int(disclosure_id))
    if old is None:
        raise NotFound("corrects", QT_TRANSLATE_NOOP(
                "Refusal", "no disclosure {disclosure_id}").format(
                    disclosure_id=disclosure_id))
    later = s.execute(select(Disclosure.id).where(Disclosure.corrects_id == old.id)).scalar()
    if later is not None:
        raise ServiceError("corrects", QT_TRANSLATE_NOOP(
                "Refusal", "disclosure {id} was already corrected by {later}").format(
                    id=old.id, later=later))
    return old


def correct_disclosure(desk: Desk, disclosure_id: int, reason: str, **changes: object) -> DisclosureView:
    """A new entry replacing a recorded disclosure (checked again); the old one is kept."""
    allowed = {"item_codes", "authority", "purpose", "disclosed_on", "means", "approval",
               "override_reason", "legal_basis"}
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ServiceError(unknown[0], QT_TRANSLATE_NOOP("Refusal", "cannot be corrected on a disclosure"))
    old = get_disclosure(desk, disclosure_id)
    basis = next((o["text"] for o in old.obligations if o.get("verdict") == "legal_basis"), None)
    args: dict = {"item_codes": list(old.items), "authority": old.authority, "purpose": old.purpose,
                  "disclosed_on": old.disclosed_on, "means": old.means,
                  "override_reason": old.override_reason, "legal_basis": basis}
    args.update(changes)
    codes = args.pop("item_codes")
    if "override_reason" not in changes and args["override_reason"]:
        # The old override may no longer be needed (e.g. the approval is now on file).
        if check_disclosure(desk, codes, args["authority"], args["purpose"],
                            approval=args.get("approval")).allowed:
            args["override_reason"] = None
    return disclose(desk, codes, args.pop("authority"), args.pop("purpose"), corrects=old.id,
                    correction_reason=reason, **args)


def _disclosure_view(s: Session, d: Disclosure) -> DisclosureView:
    codes = tuple(s.execute(select(InformationItem.code).join(
        DisclosureItem, DisclosureItem.item_id == InformationItem.id)
        .where(DisclosureItem.disclosure_id == d.id).order_by(InformationItem.code)).scalars())
    auth = s.get(Authority, d.authority_id)
    return DisclosureView(d.id, auth.name if auth else "?", d.purpose, d.disclosed_on, d.means,
                          d.decision, codes, tuple(json.loads(d.obligations or "[]")),
                          d.approval_id, d.override_reason, d.corrects_id, d.actor)


def get_disclosure(desk: Desk, disclosure_id: int) -> DisclosureView:
    """One recorded disclosure."""
    with desk.read() as s:
        d = s.get(Disclosure, int(disclosure_id))
        if d is None:
            raise NotFound("disclosure", QT_TRANSLATE_NOOP(
                    "Refusal", "no disclosure {disclosure_id}").format(
                        disclosure_id=disclosure_id))
        return _disclosure_view(s, d)


def list_disclosures(desk: Desk, *, item: str | None = None, limit: int | None = None,
                     offset: int = 0) -> list[DisclosureView]:
    """Recorded disclosures, newest first; ``item`` narrows to those that passed on that item."""
    with desk.read() as s:
        stmt = select(Disclosure).order_by(Disclosure.id.desc())
        if item:
            it = item_by_code(s, item)
            stmt = stmt.join(DisclosureItem, DisclosureItem.disclosure_id == Disclosure.id) \
                .where(DisclosureItem.item_id == it.id)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        return [_disclosure_view(s, d) for d in s.execute(stmt).scalars()]
