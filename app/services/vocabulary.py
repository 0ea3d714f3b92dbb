"""Stored codes as an officer reads them, shared by search results, letter refusals and dialogs.

Codes (``in-progress``, ``spontaneous-in``, ``statement_of_reasons``) are what the store and the
treaty rules use; these are the words shown for them.
"""

from __future__ import annotations

#: Request and information directions in words.
DIRECTION_LABELS = {
    "incoming": "incoming", "outgoing": "outgoing",
    "spontaneous-in": "spontaneous information received",
    "spontaneous-out": "spontaneous information sent",
    "received": "received", "provided": "provided",
}


def words(code: str | None) -> str:
    """A stored code as words: ``in-progress`` -> ``in progress``."""
    return (code or "").replace("_", " ").replace("-", " ").strip()
