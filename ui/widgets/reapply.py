"""Reload and reapply: an officer's own edits put back on top of another officer's save.

When a save is refused as stale (``app.services.validation.StaleEdit``: another officer saved
the record after this editor read it), the editor re-reads the record and calls
:func:`reapply` with three dicts of the same service fields (the editor's ``fields()``):

- ``base``: what the editor read when it was opened (or last loaded),
- ``mine``: what the officer has in the editor now,
- ``theirs``: the record as stored now (the other officer's save).

Only the fields the officer changed are put back; every other field takes the other officer's
value. A field both officers changed to different values keeps the officer's text and is
reported as a conflict with the other value, so the editor can mark it for comparison. Nothing
is lost and nothing is silently overwritten: the officer decides by saving again.

A field whose value is a mapping (a text in each language, the basis details) is compared one
entry at a time, so a Japanese version typed by one officer and an English one by the other
both survive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: A field (``"title"``) or one entry of a mapping field (``("object_and_reason", "ja")``).
Key = tuple[str, ...]


@dataclass(frozen=True)
class Reapplied:
    """The outcome of :func:`reapply`."""

    #: The fields to show: the record as stored, with the officer's own changes on top.
    fields: dict[str, Any]
    #: The top-level fields the officer had changed (put back over the stored values).
    mine: tuple[str, ...] = ()
    #: Fields both officers changed differently: key -> the other officer's value (the
    #: officer's own value is the one in ``fields``).
    conflicts: dict[Key, Any] = field(default_factory=dict)

    def conflict_fields(self) -> dict[str, dict[Key, Any]]:
        """The conflicts grouped by top-level field."""
        out: dict[str, dict[Key, Any]] = {}
        for key, value in self.conflicts.items():
            out.setdefault(key[0], {})[key] = value
        return out


def _flat(fields: Mapping[str, Any]) -> dict[Key, Any]:
    out: dict[Key, Any] = {}
    for name, value in fields.items():
        if isinstance(value, Mapping):
            for sub, item in value.items():
                out[(name, str(sub))] = item
            out.setdefault((name,), {})  # the mapping itself exists, even when empty
        else:
            out[(name,)] = value
    return out


def _same(a: Any, b: Any) -> bool:
    """Equal as the officer sees them: a missing text, None and blanks are all "empty"."""
    def norm(v: Any) -> Any:
        if v is None or (isinstance(v, str) and not v.strip()) or v == {}:
            return None
        return v.strip() if isinstance(v, str) else v
    return bool(norm(a) == norm(b))


def reapply(base: Mapping[str, Any], mine: Mapping[str, Any],
            theirs: Mapping[str, Any]) -> Reapplied:
    """The officer's changes (``mine`` against ``base``) applied on ``theirs``; see the module."""
    b, m, t = _flat(base), _flat(mine), _flat(theirs)
    merged = dict(t)
    changed: set[str] = set()
    conflicts: dict[Key, Any] = {}
    for key in sorted(set(b) | set(m) | set(t)):
        if len(key) == 1 and isinstance(m.get(key), dict):
            continue  # a mapping field: compared entry by entry
        if _same(m.get(key), b.get(key)):
            continue  # the officer did not change it: the stored value stands
        merged[key] = m.get(key)
        changed.add(key[0])
        if not _same(t.get(key), b.get(key)) and not _same(t.get(key), m.get(key)):
            conflicts[key] = t.get(key)
    out: dict[str, Any] = {}
    for key, value in merged.items():
        if len(key) == 1:
            if isinstance(value, dict):
                out.setdefault(key[0], {})
            else:
                out[key[0]] = value
    for key, value in merged.items():
        if len(key) == 2:  # None kept: a blanked entry clears the stored one
            out.setdefault(key[0], {})[key[1]] = value
    return Reapplied(out, tuple(sorted(changed)), conflicts)
