"""Checking and applying the editable fields of a request (used by create and edit).

Each field is validated on its own and refused with a one-line error naming it (and the article
of Art. 7.2 / 7.1 / 7.3 / 11.2 it belongs to); nothing is written unless all fields pass, because
the caller's transaction rolls back on the first error.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.services import texts
from app.services.admin import settings
from app.services.agreements.catalogue import spec_of
from app.services.context import Desk
from app.services.requests.views import ELEMENT_FIELDS
from app.services.validation import (
    LONG,
    MAX_RECORD_ID,
    NOTES,
    REF,
    NotFound,
    ServiceError,
    choice,
    clean_text,
    parse_date,
    parse_datetime,
)
from app.store.models import Administration, DesignatedOfficial, Request
from app.treaty import clocks
from app.treaty.lifecycle import Direction

EDITABLE = frozenset({
    "their_ref", "title", "bases", "form", "oral_at", "urgency", "extra", "reciprocity",
    "reciprocity_note", "received_on", "due_on", "assigned_to", "notes",
    "partner_administration_id", "official_id", "confirmed_on", *ELEMENT_FIELDS,
})
ELEMENT_ARTICLES = {f: f"7.2({c})" for f, c in zip(ELEMENT_FIELDS, "abcde", strict=True)}


def find_request(session: Session, ref: str) -> Request:
    row = session.execute(select(Request).where(Request.our_ref == ref)).scalar_one_or_none()
    if row is None:
        raise NotFound("ref", QT_TRANSLATE_NOOP(
                "Refusal", "no request with reference {ref}").format(
                    ref=repr(ref)))
    return row


def acting_country(req: Request, *, confirming: bool = False) -> str:
    """Whose business days count: the side that must act.

    For execution that is the requested side; for confirming an oral request (Art. 7.1) it is
    the side that made the request."""
    incoming = req.direction in (Direction.INCOMING, Direction.SPONTANEOUS_IN)
    we_act = (not incoming) if confirming else incoming
    return req.agreement.our_country if we_act else req.agreement.partner_country


def apply_fields(session: Session, desk: Desk, req: Request, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and set editable fields; returns the change for the audit entry."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ServiceError(sorted(unknown)[0], QT_TRANSLATE_NOOP("Refusal", "is not a field of a request"))
    spec = spec_of(req.agreement)
    change: dict[str, Any] = {}

    def put(name: str, value: Any) -> None:
        setattr(req, name, value)
        change[name] = value.isoformat() if hasattr(value, "isoformat") else value

    default_lang = texts.default_language(session)
    for name in ELEMENT_FIELDS:
        if name in fields:
            # A plain string is the desk's default language; {lang: text} sets each version.
            versions = texts.parse_versions(name, fields[name], default_lang,
                                            article=ELEMENT_ARTICLES[name])
            texts.set_versions(req, name, versions, default_lang)
            given = fields[name]
            change[name] = versions.get(default_lang) if given is None or isinstance(given, str) else versions
    if "their_ref" in fields:
        put("their_ref", clean_text("their_ref", fields["their_ref"], max_len=REF))
    if "title" in fields:
        put("title", clean_text("title", fields["title"]) or "")
    if "notes" in fields:
        put("notes", clean_text("notes", fields["notes"], max_len=NOTES))
    if "reciprocity_note" in fields:
        put("reciprocity_note", clean_text("reciprocity_note", fields["reciprocity_note"],
                                           max_len=LONG, article="11.2"))
    if "assigned_to" in fields:
        put("assigned_to", clean_text("assigned_to", fields["assigned_to"]))
    if "bases" in fields:
        codes = fields["bases"]
        if isinstance(codes, str):
            codes = [c.strip() for c in codes.split(",") if c.strip()]
        if not isinstance(codes, (list, tuple)) or not all(isinstance(c, str) for c in codes):
            raise ServiceError("bases", QT_TRANSLATE_NOOP("Refusal", "must be a list of legal basis codes"))
        for code in codes:
            try:
                spec.basis(code)
            except KeyError:
                raise ServiceError("bases", QT_TRANSLATE_NOOP(
                        "Refusal", "{code} is not a legal basis in {short_title}").format(
                            code=repr(code), short_title=spec.short_title)) from None
        put("bases", ",".join(dict.fromkeys(codes)))
        req.primary_basis = codes[0] if codes else None
    if "urgency" in fields:
        put("urgency", choice("urgency", fields["urgency"], ("normal", "urgent")))
    if "reciprocity" in fields:
        if not isinstance(fields["reciprocity"], bool):
            raise ServiceError("reciprocity", QT_TRANSLATE_NOOP("Refusal", "must be true or false"), "11.2")
        put("reciprocity", fields["reciprocity"])
    if "extra" in fields:
        extra = fields["extra"] or {}
        if not isinstance(extra, dict):
            raise ServiceError("extra", QT_TRANSLATE_NOOP("Refusal", "must be a mapping of field names to values"))
        cleaned = {}
        for k, v in extra.items():
            cleaned[str(k)] = clean_text(f"extra.{k}", v, max_len=LONG) if isinstance(v, str) else v
        req.extra = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
        change["extra"] = cleaned
    if "received_on" in fields:
        put("received_on", parse_date("received_on", fields["received_on"]))
    if "confirmed_on" in fields:
        put("confirmed_on", parse_date("confirmed_on", fields["confirmed_on"]))
    if "partner_administration_id" in fields:
        pid = fields["partner_administration_id"]
        if pid is not None and (not isinstance(pid, int) or isinstance(pid, bool)):
            raise ServiceError("partner_administration_id", QT_TRANSLATE_NOOP("Refusal", "must be a record number"))
        if pid is not None and (not 0 < pid <= MAX_RECORD_ID or session.get(Administration, pid) is None):
            raise NotFound("partner_administration_id", QT_TRANSLATE_NOOP(
                    "Refusal", "no administration {pid}").format(
                        pid=pid))
        put("partner_administration_id", pid)
    if "official_id" in fields:
        oid = fields["official_id"]
        if oid is not None and (not isinstance(oid, int) or isinstance(oid, bool)):
            raise ServiceError("official_id", QT_TRANSLATE_NOOP("Refusal", "must be a record number"))
        if oid is not None and (not 0 < oid <= MAX_RECORD_ID
                                or session.get(DesignatedOfficial, oid) is None):
            raise NotFound("official_id", QT_TRANSLATE_NOOP(
                    "Refusal", "no designated official {oid}").format(
                        oid=oid), "7.3")
        put("official_id", oid)
    if "form" in fields or "oral_at" in fields:
        form = choice("form", fields.get("form", req.form), ("written", "oral"), article="7.1")
        put("form", form)
        if form == "oral":
            oral_at = parse_datetime("oral_at", fields.get("oral_at", req.oral_at), required=True)
            put("oral_at", oral_at)
            due = clocks.oral_confirmation_due(
                clocks.local_date(oral_at), acting_country(req, confirming=True),
                settings.get_int(session, "oral_confirmation_days"),
            )
            put("confirmation_due_on", due.value)
            req.confirmation_due_explanation = due.explanation
        else:
            req.oral_at = req.confirmation_due_on = req.confirmation_due_explanation = None
    if "due_on" in fields:
        due_on = parse_date("due_on", fields["due_on"])
        put("due_on", due_on)
        req.due_explanation = (
            f"set by {desk.actor} on {desk.today().isoformat()}" if due_on else None
        )
    if req.received_on and req.confirmed_on and req.oral_at and req.confirmed_on < clocks.local_date(req.oral_at):
        raise ServiceError("confirmed_on", QT_TRANSLATE_NOOP("Refusal", "is before the oral request was made"), "7.1")
    return change


