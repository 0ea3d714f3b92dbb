"""Information items (Art. 1(c)) and their use restrictions (Art. 9, 10).

The ledger is append-only: an item is never edited or deleted; a correction is a new item whose
``corrects_id`` points at the entry it replaces, and lists show the latest entry of each chain.
Written approvals (Art. 9.1) and attached documents hang off an item. Opening a confidential
item (Art. 9.3) and every export or print are audit events.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.services.context import Desk
from app.services.validation import LONG, NotFound, ServiceError, choice, clean_text, parse_date
from app.store.models import Approval, Authority, Document, InformationItem, Request, StatusChange
from app.treaty.restrictions import (
    ApprovalFacts,
    ItemFacts,
    check_approval_scope,
    restriction_codes_for_items,
)

MAX_ATTACHMENT = 50 * 1024 * 1024


@dataclass(frozen=True)
class ApprovalView:
    """A written approval (Art. 9.1): which authority may use the item, for which purposes."""

    id: int
    item_code: str
    authority: str
    purposes: tuple[str, ...]
    granted_on: date
    document_id: int | None

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {"id": self.id, "item": self.item_code, "authority": self.authority,
                "purposes": list(self.purposes), "granted_on": self.granted_on.isoformat(),
                "document_id": self.document_id}


@dataclass(frozen=True)
class ItemView:
    """An information item with its restriction flags (the first nine fields are the original API)."""

    code: str
    direction: str
    provider: str
    title: str
    request_ref: str | None
    received_on: date | None
    confidential: bool
    no_law_enforcement: bool
    not_as_evidence: bool
    no_law_enforcement_notice_on: date | None = None
    summary: str | None = None
    recipient: str | None = None
    provider_markings: str | None = None
    conditions_attached: str | None = None
    corrects: str | None = None
    corrected_by: str | None = None
    actor: str = ""
    approvals: tuple[ApprovalView, ...] = ()
    documents: tuple[tuple[int, str], ...] = field(default=())  # (document id, filename)
    markings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        d = dict(self.__dict__)
        d["received_on"] = self.received_on.isoformat() if self.received_on else None
        d["no_law_enforcement_notice_on"] = (self.no_law_enforcement_notice_on.isoformat()
                                             if self.no_law_enforcement_notice_on else None)
        d["approvals"] = [a.to_dict() for a in self.approvals]
        d["documents"] = [{"id": i, "filename": n} for i, n in self.documents]
        d["markings"] = list(self.markings)
        return d


def item_by_code(s: Session, code: str) -> InformationItem:
    """The item with this code, or NotFound naming the field."""
    item = s.execute(select(InformationItem).where(InformationItem.code == code)).scalar_one_or_none()
    if item is None:
        raise NotFound("item", QT_TRANSLATE_NOOP(
                "Refusal", "no information item {code}").format(
                    code=repr(code)))
    return item


def _corrected_by(s: Session, item_id: int) -> str | None:
    return s.execute(select(InformationItem.code).where(InformationItem.corrects_id == item_id)
                     .order_by(InformationItem.id.desc()).limit(1)).scalar()


def _approvals(s: Session, item: InformationItem) -> tuple[ApprovalView, ...]:
    rows = s.execute(select(Approval, Authority.name).join(Authority, Approval.authority_id == Authority.id)
                     .where(Approval.item_id == item.id).order_by(Approval.id)).all()
    return tuple(ApprovalView(a.id, item.code, name, tuple(json.loads(a.scope or "[]")), a.granted_on,
                              a.document_id) for a, name in rows)


#: Ids per ``IN (...)`` list: SQLite caps the parameters of one statement.
_CHUNK = 500


def _lookup(s: Session, key, value, where, ids: set[int] | list[int]) -> dict:  # columns
    """``{key: value}`` for the rows whose ``where`` column is in ``ids``, one query per
    ``_CHUNK`` ids, in ascending row id (for several rows per key the last one wins)."""
    out: dict = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), _CHUNK):
        out.update(s.execute(select(key, value).where(where.in_(ordered[i:i + _CHUNK]))
                             .order_by(value.class_.id)).all())
    return out


def _views(s: Session, items: list[InformationItem], *, full: bool = False) -> list[ItemView]:
    """Views of ``items`` in their order. The request references, the entries they correct and
    the corrections replacing them are read in one query each for a page (a page of 200 items
    ran a query per item and held the Information page ~200 ms on the bench store)."""
    refs = _lookup(s, Request.id, Request.our_ref, Request.id,
                   {it.request_id for it in items if it.request_id})
    codes = _lookup(s, InformationItem.id, InformationItem.code, InformationItem.id,
                    {it.corrects_id for it in items if it.corrects_id})
    # The latest correction of an entry (the highest id) replaces it, as ``_corrected_by`` says.
    replaced_by = _lookup(s, InformationItem.corrects_id, InformationItem.code,
                          InformationItem.corrects_id, [it.id for it in items])
    out = []
    for item in items:
        docs: tuple[tuple[int, str], ...] = ()
        approvals: tuple[ApprovalView, ...] = ()
        if full:
            docs = _documents_of(s, item.code)
            approvals = _approvals(s, item)
        out.append(ItemView(
            item.code, item.direction, item.provider, item.title, refs.get(item.request_id),
            item.received_on, item.confidential, item.no_law_enforcement, item.not_as_evidence,
            item.no_law_enforcement_notice_on, item.summary, item.recipient, item.provider_markings,
            item.conditions_attached, codes.get(item.corrects_id), replaced_by.get(item.id),
            item.actor or "", approvals, docs, restriction_codes_for_items([item])))
    return out


def _documents_of(s: Session, code: str) -> tuple[tuple[int, str], ...]:
    """(id, filename) of the documents kept with item ``code``, oldest first.

    Found through the index on ``Document.series`` ("<code>/<filename>", set by
    ``_new_document``, the one writer of an item's documents), not ``Document.item_id``: that
    column has no index and comes after the file's bytes in each row, so filtering on it read
    every stored file (each 50 MB attachment added ~0.14 s to every click in the list).
    "/" sorts just before "0", so the range holds "I-10000/..." and not "I-100000/..."."""
    return tuple((i, n) for i, n in s.execute(
        select(Document.id, Document.filename)
        .where(Document.series >= f"{code}/", Document.series < f"{code}0")
        .order_by(Document.id)))


def _view(s: Session, item: InformationItem) -> ItemView:
    """One item with its approvals and documents."""
    return _views(s, [item], full=True)[0]


def _check_notice(no_law_enforcement: bool, notice_on: date | None) -> None:
    if notice_on is not None and not no_law_enforcement:
        raise ServiceError("no_law_enforcement_notice_on", QT_TRANSLATE_NOOP(
                "Refusal", "a notice date is given but the item is not marked 'no onward passing "
                "to law enforcement'"), "9.2")


def add_information_item(desk: Desk, *, direction: str, provider: str, title: str,
                         summary: str | None = None, request_ref: str | None = None,
                         received_on: object = None, confidential: bool = False,
                         no_law_enforcement: bool = False, no_law_enforcement_notice_on: object = None,
                         not_as_evidence: bool = True, provider_markings: str | None = None,
                         conditions_attached: str | None = None,
                         recipient: str | None = None, corrects: str | None = None,
                         correction_reason: str | None = None) -> ItemView:
    """Record information received or provided, with its restrictions.

    Everything received under the agreement is "not as evidence" (Art. 10.1) unless stated.
    ``corrects`` names an earlier item this entry replaces (with ``correction_reason``); the
    earlier entry stays in the ledger."""
    choice("direction", direction, ("received", "provided"))
    prov = clean_text("provider", provider, required=True)
    ttl = clean_text("title", title, required=True, max_len=500)
    notice = parse_date("no_law_enforcement_notice_on", no_law_enforcement_notice_on)
    _check_notice(bool(no_law_enforcement), notice)
    day = parse_date("received_on", received_on) or desk.today()
    # The ledger records what happened: a date to come was a typo the list then sorted first.
    if day > desk.today():
        raise ServiceError("received_on", QT_TRANSLATE_NOOP(
                "Refusal", "{day} is in the future; record information once it has been received "
                "or provided").format(
                    day=day.isoformat()))
    if notice is not None and notice > desk.today():
        raise ServiceError("no_law_enforcement_notice_on", QT_TRANSLATE_NOOP(
                "Refusal", "{notice} is in the future; record the provider's notice once it is "
                "given").format(
                    notice=notice.isoformat()), "9.2")
    reason = clean_text("correction_reason", correction_reason, max_len=2000, required=bool(corrects))
    action = "information.correct" if corrects else "information.add"
    with desk.unit_of_work(action, "information_item") as (s, note):
        req = None
        if request_ref:
            req = s.execute(select(Request).where(Request.our_ref == request_ref)).scalar_one_or_none()
            if req is None:
                raise NotFound("request_ref", QT_TRANSLATE_NOOP(
                        "Refusal", "no request with reference {request_ref}").format(
                            request_ref=repr(request_ref)))
        old = item_by_code(s, corrects) if corrects else None
        if old is not None and _corrected_by(s, old.id):
            raise ServiceError("corrects", QT_TRANSLATE_NOOP(
                    "Refusal", "{corrects} was already corrected by {corrected_by_s_old_id}; correct "
                    "the latest entry").format(
                        corrects=corrects, corrected_by_s_old_id=_corrected_by(s, old.id)))
        n = (s.execute(select(func.count(InformationItem.id))).scalar() or 0) + 1
        # A store holding codes not numbered from 1 (a field desk holds a kit's items) would
        # otherwise hand out a code that is taken.
        while s.execute(select(InformationItem.id).where(InformationItem.code == f"I-{n:05d}")).first():
            n += 1
        item = InformationItem(
            code=f"I-{n:05d}", direction=direction, provider=prov, title=ttl,
            summary=clean_text("summary", summary, max_len=LONG),
            request_id=req.id if req else None,
            agreement_id=req.agreement_id if req else None,
            recipient=clean_text("recipient", recipient),
            received_on=day,
            confidential=bool(confidential), no_law_enforcement=bool(no_law_enforcement),
            no_law_enforcement_notice_on=notice,
            not_as_evidence=bool(not_as_evidence),
            provider_markings=clean_text("provider_markings", provider_markings, max_len=2000),
            conditions_attached=clean_text("conditions_attached", conditions_attached, max_len=LONG),
            corrects_id=old.id if old else None,
            actor=desk.actor, created_at=desk.now(),
        )
        s.add(item)
        s.flush()
        note.entity_id = item.code
        note.change = {"direction": direction, "provider": prov, "title": ttl,
                       "request": request_ref, "confidential": item.confidential,
                       "no_law_enforcement": item.no_law_enforcement,
                       "no_law_enforcement_notice_on": notice,
                       "not_as_evidence": item.not_as_evidence}
        if old is not None:
            note.change.update({"corrects": old.code, "reason": reason})
        return _view(s, item)


def correct_information_item(desk: Desk, code: str, reason: str, **changes: object) -> ItemView:
    """A new entry replacing ``code`` with ``changes`` applied (the old entry is kept)."""
    keys = ("direction", "provider", "title", "summary", "received_on", "confidential",
            "no_law_enforcement", "no_law_enforcement_notice_on", "not_as_evidence",
            "provider_markings", "conditions_attached", "recipient")
    unknown = sorted(set(changes) - set(keys) - {"request_ref"})
    if unknown:
        raise ServiceError(unknown[0], QT_TRANSLATE_NOOP("Refusal", "is not a field of an information item"))
    with desk.read() as s:
        old = item_by_code(s, code)
        base = {k: getattr(old, k) for k in keys}
        base["request_ref"] = s.get_one(Request, old.request_id).our_ref if old.request_id else None
    base.update(changes)
    return add_information_item(desk, corrects=code, correction_reason=reason, **base)


def list_information(desk: Desk, *, direction: str | None = None, include_corrected: bool = False,
                     limit: int | None = None, offset: int = 0) -> list[ItemView]:
    """Items, newest first; entries replaced by a correction are left out unless asked for."""
    with desk.read() as s:
        stmt = select(InformationItem).order_by(InformationItem.id.desc())
        if direction:
            stmt = stmt.where(InformationItem.direction == choice("direction", direction,
                                                                  ("received", "provided")))
        if not include_corrected:
            replaced = select(InformationItem.corrects_id).where(InformationItem.corrects_id.is_not(None))
            stmt = stmt.where(InformationItem.id.not_in(replaced))
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        return _views(s, list(s.execute(stmt).scalars()))


def get_information(desk: Desk, code: str, *, record_view: bool = True) -> ItemView:
    """One item with approvals and documents. Opening a confidential item (Art. 9.3) is audited."""
    with desk.read() as s:
        view = _view(s, item_by_code(s, code))
    if view.confidential and record_view:
        with desk.unit_of_work("information.view_confidential", "information_item") as (_s, note):
            note.entity_id = code
            note.change = {"title": view.title}
    return view


def record_output(desk: Desk, action: str, what: str, codes: list[str] | tuple[str, ...] = (),
                  detail: dict | None = None) -> None:
    """Audit an export or print (``action`` is "export" or "print") of ``what`` (a file name or kind)."""
    choice("action", action, ("export", "print"))
    label = clean_text("what", what, required=True)
    with desk.unit_of_work(f"information.{action}", "information_item") as (_s, note):
        note.entity_id = ",".join(codes)[:60] or None
        note.change = {"what": label, "items": list(codes), **(detail or {})}


def _new_document(s: Session, desk: Desk, item: InformationItem, filename: str, content: bytes,
                  kind: str) -> Document:
    name = clean_text("filename", filename, required=True)
    if not isinstance(content, (bytes, bytearray)) or not content:
        raise ServiceError("content", QT_TRANSLATE_NOOP("Refusal", "the document is empty"))
    if len(content) > MAX_ATTACHMENT:
        raise ServiceError("content", QT_TRANSLATE_NOOP(
                "Refusal", "the document is larger than {max_attachment_2_20} MB").format(
                    max_attachment_2_20=MAX_ATTACHMENT // 2 ** 20))
    series = f"{item.code}/{name}"
    last = s.execute(select(func.max(Document.version)).where(Document.series == series)).scalar() or 0
    doc = Document(series=series, version=last + 1, kind=kind, filename=name, final=True,
                   mime=mimetypes.guess_type(name)[0] or "application/octet-stream",
                   size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                   content=bytes(content), item_id=item.id, request_id=item.request_id,
                   actor=desk.actor, created_at=desk.now())
    s.add(doc)
    s.flush()
    return doc


def attach_document(desk: Desk, code: str, filename: str, content: bytes,
                    kind: str = "attachment") -> int:
    """Store a file with an item (inside the encrypted store); returns the document id."""
    with desk.unit_of_work("information.attach", "information_item") as (s, note):
        doc = _new_document(s, desk, item_by_code(s, code), filename, content, kind)
        note.entity_id = code
        note.change = {"document": doc.id, "filename": doc.filename, "sha256": doc.sha256}
        return doc.id


def authority_by_name(s: Session, name: str) -> Authority:
    """An active authority by exact name (or numeric id), or NotFound naming the field."""
    text = (name or "").strip() if isinstance(name, str) else str(name)
    row = s.execute(select(Authority).where(Authority.name == text)).scalar_one_or_none()
    if row is None and text.isdigit():
        row = s.get(Authority, int(text))
    if row is None or not row.active:
        raise NotFound("authority", QT_TRANSLATE_NOOP(
                "Refusal", "{text} is not on the list of authorities (add it with 'liaison-desk "
                "authorities add')").format(
                    text=repr(text)))
    return row


def add_approval(desk: Desk, code: str, *, authority: str, purposes: list[str] | tuple[str, ...],
                 granted_on: object = None, document: tuple[str, bytes] | None = None,
                 document_id: int | None = None) -> ApprovalView:
    """Record the provider's written approval (Art. 9.1) for use by one named authority.

    The approval itself must be on file: give the letter as ``document=(filename, bytes)`` or
    the id of a document already attached to the item."""
    scope = [p.strip() for p in purposes if isinstance(p, str) and p.strip()]
    problems = check_approval_scope(scope)
    if problems:
        raise ServiceError(*problems[0].split(": ", 1))
    if document is None and document_id is None:
        raise ServiceError("document", QT_TRANSLATE_NOOP(
            "Refusal", "the written approval must be on file (attach the letter)"), "9.1")
    granted = parse_date("granted_on", granted_on) or desk.today()
    if granted > desk.today():
        raise ServiceError("granted_on", QT_TRANSLATE_NOOP(
                "Refusal", "{granted} is in the future; record an approval once it is given").format(
                    granted=granted.isoformat()), "9.1")
    with desk.unit_of_work("information.approval", "information_item") as (s, note):
        item = item_by_code(s, code)
        if item.direction != "received":
            raise ServiceError("item", QT_TRANSLATE_NOOP(
                    "Refusal", "{code} is information we provided; approvals are for information "
                    "received").format(
                        code=code), "9.1")
        auth = authority_by_name(s, authority)
        if document is not None:
            doc = _new_document(s, desk, item, document[0], document[1], "approval")
        else:
            found = s.get(Document, document_id)
            if found is None or found.item_id != item.id:
                raise NotFound("document", QT_TRANSLATE_NOOP(
                        "Refusal", "no document {document_id} attached to {code}").format(
                            document_id=document_id, code=code))
            doc = found
        row = Approval(item_id=item.id, authority_id=auth.id, scope=json.dumps(scope),
                       document_id=doc.id, granted_on=granted, created_at=desk.now())
        s.add(row)
        s.flush()
        note.entity_id = code
        note.change = {"approval": row.id, "authority": auth.name, "purposes": scope,
                       "granted_on": granted, "document": doc.id}
        return ApprovalView(row.id, code, auth.name, tuple(scope), granted, doc.id)


def evidence_answered(s: Session, code: str) -> bool:
    """Whether an outgoing 10.2 request naming this item was answered (Art. 10.2)."""
    rows = s.execute(select(Request).where(Request.direction == "outgoing",
                                           Request.bases.like("%10.2%"))).scalars()
    for req in rows:
        if "10.2" not in [b.strip() for b in (req.bases or "").split(",")]:
            continue
        extra = json.loads(req.extra or "{}")
        named = extra.get("information_items") or []
        if isinstance(named, str):
            named = named.replace(",", " ").split()
        if code not in named:
            continue
        if req.status == "answered":
            return True
        was_answered = s.execute(select(StatusChange.id).where(
            StatusChange.request_id == req.id, StatusChange.to_status == "answered").limit(1)).scalar()
        if was_answered is not None:
            return True
    return False


def item_facts(s: Session, item: InformationItem) -> ItemFacts:
    """Plain facts about an item for ``app.treaty.restrictions``."""
    approvals = tuple(ApprovalFacts(a.id, a.authority, a.purposes, a.granted_on, a.document_id is not None)
                      for a in _approvals(s, item))
    return ItemFacts(
        code=item.code, direction=item.direction, confidential=item.confidential,
        no_law_enforcement=item.no_law_enforcement,
        no_law_enforcement_notice_on=item.no_law_enforcement_notice_on,
        not_as_evidence=item.not_as_evidence, approvals=approvals,
        evidence_request_answered=evidence_answered(s, item.code) if item.not_as_evidence else False,
        superseded=_corrected_by(s, item.id) is not None)


def markings_for(desk: Desk, codes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Letter marking codes for the items ``codes`` (for ``LetterContext`` restrictions)."""
    with desk.read() as s:
        return restriction_codes_for_items([item_by_code(s, c) for c in codes])
