"""Codes as the officer reads them (statuses, directions): tables of words, translated where shown.

The store, the treaty rules, sorting, filtering and the CLI keep the codes (``in-progress``,
``partially-executed``); every screen of ``ui/`` shows ``status_label(code)`` instead
("In progress", "Partially executed", "Withheld (Art. 11.3)"). The words are marked with
``QT_TRANSLATE_NOOP`` under the context ``Status`` so ``pyside6-lupdate`` extracts them, and
translated at each call (the language can be chosen after this module is imported).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
