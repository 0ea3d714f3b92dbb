"""The audit log and grounds in words for the command line (``audit``, and ``show`` may use
``grounds_in_words``): "Request created", "Status changed", "grounds: Art. 11.1 — …", never an
action code or raw JSON. The desktop has the same words, translated, in ``ui.widgets.labels``
(a test keeps the two tables in step, and fails on an action without words).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.admin.audit_log import AuditRow, Change
    from app.services.context import Desk
    from app.treaty.catalogue import Ground

#: Every audit action, in words. ``request.<status>`` is a status change to that status.
ACTION_WORDS: dict[str, str] = {
    "store.init": "Store created",
    "store.backup": "Backup made",
    "store.restore": "Store restored from a backup",
    "store.recovery_key": "Recovery key made",
    "store.export": "Store exported",
    "store.export_failed": "Export failed",
    "store.import": "Store imported",
    "store.seal": "Store state sealed",
    "demo.load": "Demo data loaded (invented)",
    "security.signing_key": "Desk signing key made",
    "kit.prepare": "Field kit prepared",
    "kit.open": "Field desk opened from a kit",
    "kit.return": "Field return written",
    "kit.merge": "Field return merged",
    "kit.field_entry": "Entry of a field desk (carried in)",
    "conflict.resolve": "Field conflict resolved",
    "setting.set": "Setting changed",
    "search.rebuild": "Search index rebuilt",
    "administration.letterhead": "Letterhead changed",
    "administration.add": "Administration added",
    "official.add": "Designated official added",
    "official.edit": "Designated official changed",
    "administration.edit": "Administration changed",
    "authority.edit": "Authority changed",
    "settings.save": "Settings saved",
    "store.passphrase_change": "Passphrase changed",
    "store.key_storage": "Where the key is kept changed",
    "authority.add": "Authority added",
    "agreement.save": "Agreement saved",
    "agreement.termination_notice": "Notice of termination recorded",
    "request.register_incoming": "Request registered (incoming)",
    "request.draft_outgoing": "Request created (outgoing draft)",
    "request.record_spontaneous": "Spontaneous information recorded",
    "request.edit": "Request edited",
    "request.send": "Request sent",
    "request.assign": "Request assigned",
    "request.confirm_oral": "Written confirmation recorded (Art. 7.1)",
    "request.link_subject": "Subject linked to the request",
    "request.draft": "Status changed: draft",
    "request.sent": "Status changed: sent",
    "request.acknowledged": "Status changed: acknowledged",
    "request.received": "Status changed: received",
    "request.in-progress": "Status changed: in progress",
    "request.executed": "Status changed: executed",
    "request.partially-executed": "Status changed: partially executed",
    "request.conditional": "Status changed: conditional",
    "request.postponed": "Status changed: postponed",
    "request.withheld": "Status changed: withheld (Art. 11.3)",
    "request.refused": "Status changed: refused",
    "request.answered": "Status changed: answered",
    "request.closed": "Status changed: closed",
    "request.withdrawn": "Status changed: withdrawn",
    "request.recorded": "Status changed: recorded",
    "surveillance.add_subject": "Subject added (Art. 4.2)",
    "surveillance.edit_subject": "Subject edited",
    "surveillance.lift": "Surveillance lifted",
    "surveillance.extend": "Surveillance period extended",
    "surveillance.link_request": "Request linked to the subject",
    "surveillance.delete_subject": "Subject deleted",
    "surveillance.observe": "Observation recorded",
    "surveillance.attach": "File attached to an observation",
    "information.add": "Information recorded",
    "information.correct": "Information corrected",
    "information.view_confidential": "Confidential information opened (Art. 9.3)",
    "information.attach": "File attached to information",
    "information.approval": "Approval recorded (Art. 9.1)",
    "information.export": "Information exported",
    "information.print": "Information printed",
    "disclosure.record": "Disclosure recorded",
    "disclosure.override": "Disclosure recorded against the rules",
    "document.generate": "Letter stored",
    "document.add": "Document stored",
    "document.export": "Document saved to a file",
    "document.print": "Document printed",
}

#: Field names of audit details in words; others are worded from their name.
FIELD_WORDS: dict[str, str] = {
    "status": "Status",
    "direction": "Direction",
    "agreement": "Agreement",
    "their_ref": "Their reference",
    "title": "Title",
    "bases": "Legal bases",
    "requesting_administration": "(a) Requesting administration (Art. 7.2)",
    "nature_of_proceedings": "(b) Nature of the proceedings (Art. 7.2)",
    "object_and_reason": "(c) Object of and reason for the request (Art. 7.2)",
    "parties_concerned": "(d) Persons concerned (Art. 7.2)",
    "description_and_legal_elements": "(e) Description of the matter and legal elements (Art. 7.2)",
    "notes": "Notes",
    "reciprocity": "Reciprocity (Art. 11.2)",
    "reciprocity_note": "Reciprocity note (Art. 11.2)",
    "assigned_to": "Assigned officer",
    "urgency": "Urgency",
    "extra": "Details",
    "received_on": "Received on",
    "sent_on": "Sent on",
    "form": "Form",
    "oral_at": "Made orally at",
    "reason": "Reason",
    "grounds": "Grounds",
    "statement": "Statement of reasons",
    "conditions": "Conditions",
    "postponed_until": "Postponed until",
    "accompanying_info": "Information given with the decision",
    "consultation_outcome": "Outcome of the consultation (Art. 11.3)",
    "confirmed_on": "Written confirmation on (Art. 7.1)",
    "late": "Confirmation late",
    "subject": "Subject",
    "role": "Role",
    "request": "Request",
    "requests": "Requests",
    "period_end": "End of surveillance",
    "period_start": "Start of surveillance",
    "lifted_on": "Lifted on",
    "display_name": "Name",
    "names": "Names",
    "identifiers": "Identifiers",
    "kind": "Kind",
    "language": "Language",
    "series": "Series",
    "version": "Version",
    "final": "Final",
    "filename": "File name",
    "file": "File",
    "path": "Saved to",
    "sha256": "SHA-256",
    "address": "Postal address",
    "letterhead": "Letterhead lines",
    "agreements_in_use": "Agreements in use",
    "agreements": "Agreements",
    "key_method": "Key kept in",
    "trial_desk": "Trial desk",
    "label": "Label",
    "name": "Name",
    "country": "Country",
    "is_own": "Own administration",
    "is_law_enforcement": "Law enforcement",
    "administration_id": "Administration",
    "provider": "Provider",
    "recipient": "Recipient",
    "items": "Information items",
    "what": "What",
    "authority": "Authority",
    "purpose": "Purpose",
    "purposes": "Purposes",
    "decision": "Decision",
    "override_reason": "Reason for the override",
    "profile": "Profile",
    "profile.name": "Profile: name",
    "profile.title": "Profile: title",
    "profile.signature": "Profile: signature block",
    "profile.email": "Profile: e-mail",
    "profile.phone": "Profile: telephone",
    "profile.administration_id": "Profile: own administration",
    "idle_lock_minutes": "Lock after idle minutes",
    "ref_pattern": "Reference pattern",
    "termination_notice_on": "Notice of termination given on",
    "replaces_notice_of": "Replaces the notice of",
}


def _humanise(code: str) -> str:
    text = code.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:]


def action_words(action: str) -> str:
    """An audit action in words (an unknown one from its name: never blank)."""
    return ACTION_WORDS.get(action) or _humanise(action.replace(".", ": "))


def field_words(field: str) -> str:
    """A field of an audit detail in words; ``extra.goods_description`` -> "Details: Goods
    description"."""
    if field in FIELD_WORDS:
        return FIELD_WORDS[field]
    head, _, rest = field.partition(".")
    if rest:
        return f"{field_words(head)}: {field_words(rest)}"
    return _humanise(field)


def grounds_in_words(codes: Iterable[str], grounds: dict[str, Ground]) -> str:
    """Grounds as "Art. 11.1 — Infringes another substantial interest; …" ("—" for none);
    ``grounds`` from ``app.services.agreements.grounds.grounds_by_code``. For ``show`` too."""
    from app.services.agreements.grounds import ground_text

    return "; ".join(ground_text(c, grounds.get(c)) for c in codes) or "—"


def value_words(field: str, value: object, grounds: dict[str, Ground]) -> str:
    """A value of an audit detail as plain text ("—" for empty, yes/no, lists joined)."""
    if field == "grounds" and isinstance(value, list):
        return grounds_in_words([str(v) for v in value], grounds)
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field == "status" and isinstance(value, str):
        return _humanise(value).lower()
    if isinstance(value, list):
        return ", ".join(value_words("", v, grounds) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_words('', v, grounds)}" for k, v in value.items())
    return str(value)


def change_line(change: Change, grounds: dict[str, Ground]) -> str:
    """``Status: received → acknowledged``; a fact ``Grounds: Art. 11.1 — …``; an old value
    the log does not hold: ``Title: (before: not in the log) → New title``."""
    name = field_words(change.field)
    after = value_words(change.field, change.after, grounds)
    if change.fact:
        return f"{name}: {after}"
    before = (value_words(change.field, change.before, grounds) if change.before_known
              else "(before: not in the log)")
    return f"{name}: {before} → {after}"


def what_changed_lines(desk: Desk, row: AuditRow, grounds: dict[str, Ground]) -> list[str]:
    """The entry's "what changed" lines (``app.services.admin.audit_log.what_changed``)."""
    from app.services.admin.audit_log import what_changed

    return [change_line(c, grounds) for c in what_changed(desk, row)]


#: Kinds of audited record, in words.
ENTITY_WORDS: dict[str, str] = {
    "store": "Store", "setting": "Setting", "search_index": "Search index",
    "administration": "Administration", "designated_official": "Designated official",
    "authority": "Authority", "agreement": "Agreement", "request": "Request",
    "subject": "Subject", "observation": "Observation", "information_item": "Information",
    "disclosure": "Disclosure", "document": "Document",
}


def entity_words(entity_type: str, entity_id: str | None) -> str:
    """``Request JC-US-2026-0012``, ``Setting profile``, ``Store``."""
    kind = ENTITY_WORDS.get(entity_type) or _humanise(entity_type)
    return f"{kind} {entity_id}" if entity_id else kind
