"""Codes as the officer reads them (statuses, directions): tables of words, translated where shown.

The store, the treaty rules, sorting, filtering and the CLI keep the codes (``in-progress``,
``partially-executed``); every screen of ``ui/`` shows ``status_label(code)`` instead
("In progress", "Partially executed", "Withheld (Art. 11.3)"). The words are marked with
``QT_TRANSLATE_NOOP`` under the context ``Status`` so ``pyside6-lupdate`` extracts them, and
translated at each call (the language can be chosen after this module is imported).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

#: Request and spontaneous-information statuses (``app.treaty.lifecycle.Status``), in words.
#: The article is given where it tells the officer what the state means.
STATUS_LABELS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Status", "Sent"),
    "received": QT_TRANSLATE_NOOP("Status", "Received"),
    "acknowledged": QT_TRANSLATE_NOOP("Status", "Acknowledged"),
    "in-progress": QT_TRANSLATE_NOOP("Status", "In progress"),
    "executed": QT_TRANSLATE_NOOP("Status", "Executed"),
    "partially-executed": QT_TRANSLATE_NOOP("Status", "Partially executed"),
    # Conditions may follow Art. 11.1 or an 11.3 consultation: no one article names it.
    "conditional": QT_TRANSLATE_NOOP("Status", "Conditional"),
    "postponed": QT_TRANSLATE_NOOP("Status", "Postponed"),
    "withheld": QT_TRANSLATE_NOOP("Status", "Withheld (Art. 11.3)"),
    "refused": QT_TRANSLATE_NOOP("Status", "Refused"),
    "answered": QT_TRANSLATE_NOOP("Status", "Answered"),
    "closed": QT_TRANSLATE_NOOP("Status", "Closed"),
    "withdrawn": QT_TRANSLATE_NOOP("Status", "Withdrawn"),
    # Spontaneous information received (Art. 3.1, 4.3) is recorded, not executed.
    "recorded": QT_TRANSLATE_NOOP("Status", "Recorded"),
}

#: Request and information directions (``app.treaty.lifecycle.Direction``), in words.
DIRECTION_LABELS: dict[str, str] = {
    "incoming": QT_TRANSLATE_NOOP("Direction", "Incoming"),
    "outgoing": QT_TRANSLATE_NOOP("Direction", "Outgoing"),
    "spontaneous-in": QT_TRANSLATE_NOOP("Direction", "Spontaneous information received"),
    "spontaneous-out": QT_TRANSLATE_NOOP("Direction", "Spontaneous information sent"),
}

#: Surveillance statuses of a subject (Art. 4.2), as decided by ``surveillance_rules``.
SUBJECT_STATUS_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("SubjectStatus", "Active"),
    "expiring": QT_TRANSLATE_NOOP("SubjectStatus", "Expiring"),
    "lapsed": QT_TRANSLATE_NOOP("SubjectStatus", "Lapsed"),
    "lifted": QT_TRANSLATE_NOOP("SubjectStatus", "Lifted"),
}


def _fallback(code: str) -> str:
    # A code this table does not know yet (a newer store) still reads as words, never as a
    # blank cell: "under-review" -> "Under review".
    text = code.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:]


def status_label(code: str | None) -> str:
    """The words for a request/spontaneous-information status code (``""`` for none)."""
    if not code:
        return ""
    text = STATUS_LABELS.get(code)
    return QCoreApplication.translate("Status", text) if text else _fallback(code)


def direction_label(code: str | None) -> str:
    """The words for a direction code (``""`` for none)."""
    if not code:
        return ""
    text = DIRECTION_LABELS.get(code)
    return QCoreApplication.translate("Direction", text) if text else _fallback(code)


def subject_status_label(code: str | None) -> str:
    """The words for a subject's surveillance status code (``""`` for none)."""
    if not code:
        return ""
    text = SUBJECT_STATUS_LABELS.get(code)
    return QCoreApplication.translate("SubjectStatus", text) if text else _fallback(code)


# -- the audit log ------------------------------------------------------------------------------
# The same words as the command line's (``app.cli.audit_words``; a test keeps them in step).

#: Every audit action, in words. ``request.<status>`` is a status change to that status.
AUDIT_ACTION_LABELS: dict[str, str] = {
    "store.init": QT_TRANSLATE_NOOP("AuditAction", "Store created"),
    "store.backup": QT_TRANSLATE_NOOP("AuditAction", "Backup made"),
    "store.restore": QT_TRANSLATE_NOOP("AuditAction", "Store restored from a backup"),
    "store.recovery_key": QT_TRANSLATE_NOOP("AuditAction", "Recovery key made"),
    "store.export": QT_TRANSLATE_NOOP("AuditAction", "Store exported"),
    "store.export_failed": QT_TRANSLATE_NOOP("AuditAction", "Export failed"),
    "store.import": QT_TRANSLATE_NOOP("AuditAction", "Store imported"),
    "store.seal": QT_TRANSLATE_NOOP("AuditAction", "Store state sealed"),
    "demo.load": QT_TRANSLATE_NOOP("AuditAction", "Demo data loaded (invented)"),
    "security.signing_key": QT_TRANSLATE_NOOP("AuditAction", "Desk signing key made"),
    "kit.prepare": QT_TRANSLATE_NOOP("AuditAction", "Field kit prepared"),
    "kit.open": QT_TRANSLATE_NOOP("AuditAction", "Field desk opened from a kit"),
    "kit.return": QT_TRANSLATE_NOOP("AuditAction", "Field return written"),
    "kit.merge": QT_TRANSLATE_NOOP("AuditAction", "Field return merged"),
    "kit.field_entry": QT_TRANSLATE_NOOP("AuditAction", "Entry of a field desk (carried in)"),
    "conflict.resolve": QT_TRANSLATE_NOOP("AuditAction", "Field conflict resolved"),
    "setting.set": QT_TRANSLATE_NOOP("AuditAction", "Setting changed"),
    "search.rebuild": QT_TRANSLATE_NOOP("AuditAction", "Search index rebuilt"),
    "administration.letterhead": QT_TRANSLATE_NOOP("AuditAction", "Letterhead changed"),
    "administration.add": QT_TRANSLATE_NOOP("AuditAction", "Administration added"),
    "official.add": QT_TRANSLATE_NOOP("AuditAction", "Designated official added"),
    "official.edit": QT_TRANSLATE_NOOP("AuditAction", "Designated official changed"),
    "administration.edit": QT_TRANSLATE_NOOP("AuditAction", "Administration changed"),
    "authority.edit": QT_TRANSLATE_NOOP("AuditAction", "Authority changed"),
    "settings.save": QT_TRANSLATE_NOOP("AuditAction", "Settings saved"),
    "store.passphrase_change": QT_TRANSLATE_NOOP("AuditAction", "Passphrase changed"),
    "store.key_storage": QT_TRANSLATE_NOOP("AuditAction", "Where the key is kept changed"),
    "authority.add": QT_TRANSLATE_NOOP("AuditAction", "Authority added"),
    "agreement.save": QT_TRANSLATE_NOOP("AuditAction", "Agreement saved"),
    "agreement.termination_notice": QT_TRANSLATE_NOOP("AuditAction", "Notice of termination recorded"),
    "request.register_incoming": QT_TRANSLATE_NOOP("AuditAction", "Request registered (incoming)"),
    "request.draft_outgoing": QT_TRANSLATE_NOOP("AuditAction", "Request created (outgoing draft)"),
    "request.record_spontaneous": QT_TRANSLATE_NOOP("AuditAction", "Spontaneous information recorded"),
    "request.edit": QT_TRANSLATE_NOOP("AuditAction", "Request edited"),
    "request.send": QT_TRANSLATE_NOOP("AuditAction", "Request sent"),
    "request.assign": QT_TRANSLATE_NOOP("AuditAction", "Request assigned"),
    "request.confirm_oral": QT_TRANSLATE_NOOP("AuditAction", "Written confirmation recorded (Art. 7.1)"),
    "request.link_subject": QT_TRANSLATE_NOOP("AuditAction", "Subject linked to the request"),
    "request.draft": QT_TRANSLATE_NOOP("AuditAction", "Status changed: draft"),
    "request.sent": QT_TRANSLATE_NOOP("AuditAction", "Status changed: sent"),
    "request.acknowledged": QT_TRANSLATE_NOOP("AuditAction", "Status changed: acknowledged"),
    "request.received": QT_TRANSLATE_NOOP("AuditAction", "Status changed: received"),
    "request.in-progress": QT_TRANSLATE_NOOP("AuditAction", "Status changed: in progress"),
    "request.executed": QT_TRANSLATE_NOOP("AuditAction", "Status changed: executed"),
    "request.partially-executed": QT_TRANSLATE_NOOP("AuditAction", "Status changed: partially executed"),
    "request.conditional": QT_TRANSLATE_NOOP("AuditAction", "Status changed: conditional"),
    "request.postponed": QT_TRANSLATE_NOOP("AuditAction", "Status changed: postponed"),
    "request.withheld": QT_TRANSLATE_NOOP("AuditAction", "Status changed: withheld (Art. 11.3)"),
    "request.refused": QT_TRANSLATE_NOOP("AuditAction", "Status changed: refused"),
    "request.answered": QT_TRANSLATE_NOOP("AuditAction", "Status changed: answered"),
    "request.closed": QT_TRANSLATE_NOOP("AuditAction", "Status changed: closed"),
    "request.withdrawn": QT_TRANSLATE_NOOP("AuditAction", "Status changed: withdrawn"),
    "request.recorded": QT_TRANSLATE_NOOP("AuditAction", "Status changed: recorded"),
    "surveillance.add_subject": QT_TRANSLATE_NOOP("AuditAction", "Subject added (Art. 4.2)"),
    "surveillance.edit_subject": QT_TRANSLATE_NOOP("AuditAction", "Subject edited"),
    "surveillance.lift": QT_TRANSLATE_NOOP("AuditAction", "Surveillance lifted"),
    "surveillance.extend": QT_TRANSLATE_NOOP("AuditAction", "Surveillance period extended"),
    "surveillance.link_request": QT_TRANSLATE_NOOP("AuditAction", "Request linked to the subject"),
    "surveillance.delete_subject": QT_TRANSLATE_NOOP("AuditAction", "Subject deleted"),
    "surveillance.observe": QT_TRANSLATE_NOOP("AuditAction", "Observation recorded"),
    "surveillance.attach": QT_TRANSLATE_NOOP("AuditAction", "File attached to an observation"),
    "information.add": QT_TRANSLATE_NOOP("AuditAction", "Information recorded"),
    "information.correct": QT_TRANSLATE_NOOP("AuditAction", "Information corrected"),
    "information.view_confidential": QT_TRANSLATE_NOOP("AuditAction", "Confidential information opened (Art. 9.3)"),
    "information.attach": QT_TRANSLATE_NOOP("AuditAction", "File attached to information"),
    "information.approval": QT_TRANSLATE_NOOP("AuditAction", "Approval recorded (Art. 9.1)"),
    "information.export": QT_TRANSLATE_NOOP("AuditAction", "Information exported"),
    "information.print": QT_TRANSLATE_NOOP("AuditAction", "Information printed"),
    "disclosure.record": QT_TRANSLATE_NOOP("AuditAction", "Disclosure recorded"),
    "disclosure.override": QT_TRANSLATE_NOOP("AuditAction", "Disclosure recorded against the rules"),
    "document.generate": QT_TRANSLATE_NOOP("AuditAction", "Letter stored"),
    "document.add": QT_TRANSLATE_NOOP("AuditAction", "Document stored"),
    "document.export": QT_TRANSLATE_NOOP("AuditAction", "Document saved to a file"),
    "document.print": QT_TRANSLATE_NOOP("AuditAction", "Document printed"),
}

#: Fields of audit details, in words; others are worded from their name.
AUDIT_FIELD_LABELS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("AuditField", "Status"),
    "direction": QT_TRANSLATE_NOOP("AuditField", "Direction"),
    "agreement": QT_TRANSLATE_NOOP("AuditField", "Agreement"),
    "their_ref": QT_TRANSLATE_NOOP("AuditField", "Their reference"),
    "title": QT_TRANSLATE_NOOP("AuditField", "Title"),
    "bases": QT_TRANSLATE_NOOP("AuditField", "Legal bases"),
    "requesting_administration": QT_TRANSLATE_NOOP("AuditField", "(a) Requesting administration (Art. 7.2)"),
    "nature_of_proceedings": QT_TRANSLATE_NOOP("AuditField", "(b) Nature of the proceedings (Art. 7.2)"),
    "object_and_reason": QT_TRANSLATE_NOOP("AuditField", "(c) Object of and reason for the request (Art. 7.2)"),
    "parties_concerned": QT_TRANSLATE_NOOP("AuditField", "(d) Persons concerned (Art. 7.2)"),
    "description_and_legal_elements": QT_TRANSLATE_NOOP(
        "AuditField", "(e) Description of the matter and legal elements (Art. 7.2)"),
    "notes": QT_TRANSLATE_NOOP("AuditField", "Notes"),
    "reciprocity": QT_TRANSLATE_NOOP("AuditField", "Reciprocity (Art. 11.2)"),
    "reciprocity_note": QT_TRANSLATE_NOOP("AuditField", "Reciprocity note (Art. 11.2)"),
    "assigned_to": QT_TRANSLATE_NOOP("AuditField", "Assigned officer"),
    "urgency": QT_TRANSLATE_NOOP("AuditField", "Urgency"),
    "extra": QT_TRANSLATE_NOOP("AuditField", "Details"),
    "received_on": QT_TRANSLATE_NOOP("AuditField", "Received on"),
    "sent_on": QT_TRANSLATE_NOOP("AuditField", "Sent on"),
    "form": QT_TRANSLATE_NOOP("AuditField", "Form"),
    "oral_at": QT_TRANSLATE_NOOP("AuditField", "Made orally at"),
    "reason": QT_TRANSLATE_NOOP("AuditField", "Reason"),
    "grounds": QT_TRANSLATE_NOOP("AuditField", "Grounds"),
    "statement": QT_TRANSLATE_NOOP("AuditField", "Statement of reasons"),
    "conditions": QT_TRANSLATE_NOOP("AuditField", "Conditions"),
    "postponed_until": QT_TRANSLATE_NOOP("AuditField", "Postponed until"),
    "accompanying_info": QT_TRANSLATE_NOOP("AuditField", "Information given with the decision"),
    "consultation_outcome": QT_TRANSLATE_NOOP("AuditField", "Outcome of the consultation (Art. 11.3)"),
    "confirmed_on": QT_TRANSLATE_NOOP("AuditField", "Written confirmation on (Art. 7.1)"),
    "late": QT_TRANSLATE_NOOP("AuditField", "Confirmation late"),
    "subject": QT_TRANSLATE_NOOP("AuditField", "Subject"),
    "role": QT_TRANSLATE_NOOP("AuditField", "Role"),
    "request": QT_TRANSLATE_NOOP("AuditField", "Request"),
    "requests": QT_TRANSLATE_NOOP("AuditField", "Requests"),
    "period_end": QT_TRANSLATE_NOOP("AuditField", "End of surveillance"),
    "period_start": QT_TRANSLATE_NOOP("AuditField", "Start of surveillance"),
    "lifted_on": QT_TRANSLATE_NOOP("AuditField", "Lifted on"),
    "display_name": QT_TRANSLATE_NOOP("AuditField", "Name"),
    "names": QT_TRANSLATE_NOOP("AuditField", "Names"),
    "identifiers": QT_TRANSLATE_NOOP("AuditField", "Identifiers"),
    "kind": QT_TRANSLATE_NOOP("AuditField", "Kind"),
    "language": QT_TRANSLATE_NOOP("AuditField", "Language"),
    "series": QT_TRANSLATE_NOOP("AuditField", "Series"),
    "version": QT_TRANSLATE_NOOP("AuditField", "Version"),
    "final": QT_TRANSLATE_NOOP("AuditField", "Final"),
    "filename": QT_TRANSLATE_NOOP("AuditField", "File name"),
    "file": QT_TRANSLATE_NOOP("AuditField", "File"),
    "path": QT_TRANSLATE_NOOP("AuditField", "Saved to"),
    "sha256": QT_TRANSLATE_NOOP("AuditField", "SHA-256"),
    "address": QT_TRANSLATE_NOOP("AuditField", "Postal address"),
    "letterhead": QT_TRANSLATE_NOOP("AuditField", "Letterhead lines"),
    "agreements_in_use": QT_TRANSLATE_NOOP("AuditField", "Agreements in use"),
    "agreements": QT_TRANSLATE_NOOP("AuditField", "Agreements"),
    "key_method": QT_TRANSLATE_NOOP("AuditField", "Key kept in"),
    "trial_desk": QT_TRANSLATE_NOOP("AuditField", "Trial desk"),
    "label": QT_TRANSLATE_NOOP("AuditField", "Label"),
    "name": QT_TRANSLATE_NOOP("AuditField", "Name"),
    "country": QT_TRANSLATE_NOOP("AuditField", "Country"),
    "is_own": QT_TRANSLATE_NOOP("AuditField", "Own administration"),
    "is_law_enforcement": QT_TRANSLATE_NOOP("AuditField", "Law enforcement"),
    "administration_id": QT_TRANSLATE_NOOP("AuditField", "Administration"),
    "provider": QT_TRANSLATE_NOOP("AuditField", "Provider"),
    "recipient": QT_TRANSLATE_NOOP("AuditField", "Recipient"),
    "items": QT_TRANSLATE_NOOP("AuditField", "Information items"),
    "what": QT_TRANSLATE_NOOP("AuditField", "What"),
    "authority": QT_TRANSLATE_NOOP("AuditField", "Authority"),
    "purpose": QT_TRANSLATE_NOOP("AuditField", "Purpose"),
    "purposes": QT_TRANSLATE_NOOP("AuditField", "Purposes"),
    "decision": QT_TRANSLATE_NOOP("AuditField", "Decision"),
    "override_reason": QT_TRANSLATE_NOOP("AuditField", "Reason for the override"),
    "profile": QT_TRANSLATE_NOOP("AuditField", "Profile"),
    "profile.name": QT_TRANSLATE_NOOP("AuditField", "Profile: name"),
    "profile.title": QT_TRANSLATE_NOOP("AuditField", "Profile: title"),
    "profile.signature": QT_TRANSLATE_NOOP("AuditField", "Profile: signature block"),
    "profile.email": QT_TRANSLATE_NOOP("AuditField", "Profile: e-mail"),
    "profile.phone": QT_TRANSLATE_NOOP("AuditField", "Profile: telephone"),
    "profile.administration_id": QT_TRANSLATE_NOOP("AuditField", "Profile: own administration"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditField", "Lock after idle minutes"),
    "ref_pattern": QT_TRANSLATE_NOOP("AuditField", "Reference pattern"),
    "termination_notice_on": QT_TRANSLATE_NOOP("AuditField", "Notice of termination given on"),
    "replaces_notice_of": QT_TRANSLATE_NOOP("AuditField", "Replaces the notice of"),
}

#: Kinds of audited record, in words.
AUDIT_ENTITY_LABELS: dict[str, str] = {
    "store": QT_TRANSLATE_NOOP("AuditEntity", "Store"),
    "setting": QT_TRANSLATE_NOOP("AuditEntity", "Setting"),
    "search_index": QT_TRANSLATE_NOOP("AuditEntity", "Search index"),
    "administration": QT_TRANSLATE_NOOP("AuditEntity", "Administration"),
    "designated_official": QT_TRANSLATE_NOOP("AuditEntity", "Designated official"),
    "authority": QT_TRANSLATE_NOOP("AuditEntity", "Authority"),
    "agreement": QT_TRANSLATE_NOOP("AuditEntity", "Agreement"),
    "request": QT_TRANSLATE_NOOP("AuditEntity", "Request"),
    "subject": QT_TRANSLATE_NOOP("AuditEntity", "Subject"),
    "observation": QT_TRANSLATE_NOOP("AuditEntity", "Observation"),
    "information_item": QT_TRANSLATE_NOOP("AuditEntity", "Information"),
    "disclosure": QT_TRANSLATE_NOOP("AuditEntity", "Disclosure"),
    "document": QT_TRANSLATE_NOOP("AuditEntity", "Document"),
}


def audit_action_label(action: str) -> str:
    """An audit action in words ("Status changed: refused"); an unknown one from its name."""
    text = AUDIT_ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditAction", text) if text else _fallback(
        action.replace(".", ": "))


def audit_field_label(field: str) -> str:
    """A field of an audit entry in words; ``extra.goods_description`` -> "Details: Goods
    description"."""
    text = AUDIT_FIELD_LABELS.get(field)
    if text:
        return QCoreApplication.translate("AuditField", text)
    head, _, rest = field.partition(".")
    if rest:
        return f"{audit_field_label(head)}: {audit_field_label(rest)}"
    return _fallback(field)


#: Inputs a refusal may name that no audit entry does (the audit's own words are above).
FIELD_LABELS: dict[str, str] = {
    "document": QT_TRANSLATE_NOOP("Field", "Document"),
    "approval": QT_TRANSLATE_NOOP("Field", "Written approval (Art. 9.1)"),
    "text": QT_TRANSLATE_NOOP("Field", "Text"),
    "text_versions": QT_TRANSLATE_NOOP("Field", "Text in each language"),
    "letter": QT_TRANSLATE_NOOP("Field", "Letter"),
    "review_on": QT_TRANSLATE_NOOP("Field", "Review on (Art. 4.2)"),
    "request_ref": QT_TRANSLATE_NOOP("Field", "Request"),
    "observed_at": QT_TRANSLATE_NOOP("Field", "Observed at"),
    "no_law_enforcement_notice_on": QT_TRANSLATE_NOOP("Field", "Notice: not to law enforcement (Art. 9.2)"),
    "new_end": QT_TRANSLATE_NOOP("Field", "New end of surveillance"),
    "letter_languages": QT_TRANSLATE_NOOP("Field", "Default letter languages"),
    "corrects": QT_TRANSLATE_NOOP("Field", "Corrected entry"),
    "until": QT_TRANSLATE_NOOP("Field", "Until"),
    "subkind": QT_TRANSLATE_NOOP("Field", "Kind of subject"),
    "place": QT_TRANSLATE_NOOP("Field", "Place"),
    "locode": QT_TRANSLATE_NOOP("Field", "Place code (UN/LOCODE)"),
    "official_id": QT_TRANSLATE_NOOP("Field", "Designated official (Art. 7.3)"),
    "legal_basis": QT_TRANSLATE_NOOP("Field", "Legal basis"),
    "item": QT_TRANSLATE_NOOP("Field", "Information item"),
    "ground": QT_TRANSLATE_NOOP("Field", "Ground"),
    "granted_on": QT_TRANSLATE_NOOP("Field", "Approval given on"),
    "disclosed_on": QT_TRANSLATE_NOOP("Field", "Disclosed on"),
    "details": QT_TRANSLATE_NOOP("Field", "Details"),
    "administration": QT_TRANSLATE_NOOP("Field", "Administration"),
    "partner_administration_id": QT_TRANSLATE_NOOP("Field", "Partner administration"),
    "remarks": QT_TRANSLATE_NOOP("Field", "Remarks"),
    "backup_keep": QT_TRANSLATE_NOOP("Field", "Backups kept"),
    "records": QT_TRANSLATE_NOOP("Field", "Records"),
    "year": QT_TRANSLATE_NOOP("Field", "Year"),
    "ref": QT_TRANSLATE_NOOP("Field", "Reference"),
}


#: How ``app.services.validation.check_version`` names a record: its kind, then its name.
_STALE_RECORD = re.compile(r"^(designated official|administration|authority|agreement|request|subject) (.+)$",
                           re.S)


def field_name(key: str) -> str:
    """The input a refusal (``ServiceError.field``) names, as the forms caption it, in the
    window's language: ``object_and_reason`` -> "(c) Object of and reason for the request (Art.
    7.2)"; an item of a list (``names[1]``) as the list; a key no table knows as words, never
    the raw key."""
    record = _STALE_RECORD.match(key)
    if record:  # a record a stale save names ("designated official Pat Example")
        return audit_entity_label(record.group(1).replace(" ", "_"), record.group(2))
    plain = re.sub(r"\[\d+\]", "", key)
    text = FIELD_LABELS.get(plain)
    if text:
        return QCoreApplication.translate("Field", text)
    return audit_field_label(plain) if plain else ""


def audit_entity_label(entity_type: str, entity_id: str | None) -> str:
    """``Request JC-US-2026-0012``, ``Setting profile``, ``Store``."""
    text = AUDIT_ENTITY_LABELS.get(entity_type)
    kind = QCoreApplication.translate("AuditEntity", text) if text else _fallback(entity_type)
    return f"{kind} {entity_id}" if entity_id else kind


def ground_label(code: str, ground) -> str:  # ground: app.treaty.catalogue.Ground or None
    """A ground as "Art. 11.1 — Infringes another substantial interest" (the catalogue's words;
    a code no catalogue knows stays as it is, never dropped)."""
    if ground is None:
        return code
    from ui.i18n import article_text, catalogue_label

    if not ground.article:
        return catalogue_label(ground)
    return f"{article_text(ground.article)} — {catalogue_label(ground)}"


def grounds_label(codes, grounds: dict) -> str:
    """Grounds in words, one after another ("—" for none); ``grounds`` from
    ``app.services.agreements.grounds.grounds_by_code``."""
    return "; ".join(ground_label(c, grounds.get(c)) for c in codes) or "—"


def audit_value_label(field: str, value: object, grounds: dict) -> str:
    """A value of an audit entry in words ("—" for empty, yes/no, statuses and grounds in
    words, lists joined)."""
    qt = QCoreApplication
    if field == "grounds" and isinstance(value, list):
        return grounds_label([str(v) for v in value], grounds)
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return qt.translate("AuditValue", "yes") if value else qt.translate("AuditValue", "no")
    if field == "status" and isinstance(value, str):
        return status_label(value)
    if field == "direction" and isinstance(value, str):
        return direction_label(value)
    if isinstance(value, list):
        return ", ".join(audit_value_label("", v, grounds) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {audit_value_label('', v, grounds)}" for k, v in value.items())
    return str(value)


def audit_change_text(change, grounds: dict) -> str:  # change: app.services.admin.audit_log.Change
    """One "what changed" line: ``Status: Received → Acknowledged``; a fact of the entry
    ``Grounds: Art. 11.1 — …``; a value before that the log does not hold says so."""
    qt = QCoreApplication
    name = audit_field_label(change.field)
    after = audit_value_label(change.field, change.after, grounds)
    if change.fact:
        return f"{name}: {after}"
    before = (audit_value_label(change.field, change.before, grounds) if change.before_known
              else qt.translate("AuditValue", "(before: not in the log)"))
    return f"{name}: {before} → {after}"


# -- information, disclosures, letters, surveillance ------------------------------------------

#: Which way an information item went (``information_items.direction``), in words.
ITEM_DIRECTION_LABELS: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("ItemDirection", "Received"),
    "provided": QT_TRANSLATE_NOOP("ItemDirection", "Provided"),
}

#: The decision a disclosure was recorded under (``disclosures.decision``), in words.
DISCLOSURE_DECISION_LABELS: dict[str, str] = {
    "allowed": QT_TRANSLATE_NOOP("DisclosureDecision", "Allowed"),
    "obligation": QT_TRANSLATE_NOOP("DisclosureDecision", "Allowed with an obligation"),
    "override": QT_TRANSLATE_NOOP("DisclosureDecision", "Recorded against the rules"),
}

#: Letter kinds (``app.documents.registry.LETTER_KINDS``) as the screens name them: the same
#: words as each letter's own title in that language (``resources/letters/*.json``).
LETTER_KIND_LABELS: dict[str, str] = {
    "request": QT_TRANSLATE_NOOP("LetterKind", "Request for assistance"),
    "oral_confirmation": QT_TRANSLATE_NOOP("LetterKind", "Written confirmation of an oral request"),
    "statement_of_reasons": QT_TRANSLATE_NOOP("LetterKind",
                                              "Statement of reasons for refusal or postponement"),
    "consultation": QT_TRANSLATE_NOOP("LetterKind", "Consultation on assistance withheld"),
    "approval_request": QT_TRANSLATE_NOOP(
        "LetterKind", "Request for written approval of use by another authority"),
    "disclosure_notice": QT_TRANSLATE_NOOP("LetterKind", "Advance notice of disclosure required by law"),
    "evidence_cover": QT_TRANSLATE_NOOP(
        "LetterKind", "Cover note: request for evidence through the diplomatic channel"),
    "acknowledgement": QT_TRANSLATE_NOOP("LetterKind", "Acknowledgement of receipt"),
    "spontaneous_information": QT_TRANSLATE_NOOP("LetterKind", "Spontaneous information"),
}


def item_direction_label(code: str | None) -> str:
    """The words for an information item's direction (``""`` for none)."""
    if not code:
        return ""
    text = ITEM_DIRECTION_LABELS.get(code)
    return QCoreApplication.translate("ItemDirection", text) if text else _fallback(code)


def disclosure_decision_label(code: str | None) -> str:
    """The words for the decision a disclosure was recorded under (``""`` for none)."""
    if not code:
        return ""
    text = DISCLOSURE_DECISION_LABELS.get(code)
    return QCoreApplication.translate("DisclosureDecision", text) if text else _fallback(code)


def letter_kind_label(code: str, title: str | None = None) -> str:
    """A letter kind in words; a kind this table does not know keeps the registry's ``title``."""
    text = LETTER_KIND_LABELS.get(code)
    return QCoreApplication.translate("LetterKind", text) if text else (title or _fallback(code))


class SubjectStatusWords(QObject):
    """The words of ``subject_status_explanation``: a class so that they are ``self.tr`` calls,
    the one form ``pyside6-lupdate`` extracts a count (``%n``) from when it is a variable."""

    def explain(self, status: str, period_end, today) -> str:  # dates or None
        if status == "lifted":
            return self.tr("surveillance lifted")
        if period_end is None:
            return self.tr("no end date recorded")
        end = period_end.isoformat()
        if status == "lapsed":
            return self.tr("period ended {0}; not extended").format(end)
        if status == "expiring":
            left = (period_end - today).days
            return self.tr("period ends {0} (%n day(s) left)", "", left).format(end)
        return self.tr("until {0}").format(end)


def subject_status_explanation(status: str, period_end, today) -> str:  # dates or None
    """Why a subject has its surveillance status, in words: what
    ``app.services.surveillance.rules.subject_status`` decides, worded here so it is translated."""
    return SubjectStatusWords().explain(status, period_end, today)
