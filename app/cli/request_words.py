"""``show REF`` in words: every fact of a request as an officer reads it, never a code or a repr.

Pure functions from a ``RequestView`` (and its agreement's catalogue) to lines of text; the
command prints them through ``echo``. Grounds read as their catalogue's words ("Art. 11.1 —
substantial interest"), findings as "(d) parties concerned: message (Art. 7.2(d))", states as
words ("in progress", "confirmed late").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from app.cli.common import counted

#: The Art. 7.2 elements by letter, in the words the printed request uses.
ELEMENT_LABELS = {
    "a": "(a) requesting administration",
    "b": "(b) nature of the proceedings",
    "c": "(c) object of and reason for the request",
    "d": "(d) parties concerned",
    "e": "(e) description and legal elements",
}
ELEMENT_KEYS = ("requesting_administration", "nature_of_proceedings", "object_and_reason",
                "parties_concerned", "description_and_legal_elements")

DIRECTION_WORDS = {
    "incoming": "incoming request (we are the requested administration)",
    "outgoing": "outgoing request (we are the requesting administration)",
    "spontaneous-in": "spontaneous information received (Art. 3.1, 4.3)",
    "spontaneous-out": "spontaneous information given (Art. 3.1, 4.3)",
}
CONFIRMATION_WORDS = {
    "confirmed": "confirmed in writing",
    "confirmed-late": "confirmed in writing, late",
    "pending": "not yet confirmed in writing",
    "late": "not confirmed in writing and past due",
}


def status_words(status: str) -> str:
    """A status as words: ``in-progress`` reads "in progress"."""
    return status.replace("-", " ")


def day(value: date | datetime | None) -> str:
    """A date (or the day and minute of a datetime) as ISO text, "—" for none."""
    if value is None:
        return "\u2014"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def ground_words(code: str, spec: Any) -> str:
    """A ground of Art. 11 as its catalogue words: "Art. 11.1 — substantial interest"; a code the
    catalogue does not know (an older catalogue) is shown as stored."""
    if spec is None or not spec.has_ground(code):
        return code
    g = spec.ground(code)
    return f"Art. {g.article} \u2014 {g.label}" if g.article else g.label


def basis_words(code: str, spec: Any) -> str:
    """A legal basis as "4.2(c) — surveillance of …" from the catalogue (the code when unknown)."""
    if spec is None or not spec.has_basis(code):
        return code
    b = spec.basis(code)
    return f"{code} \u2014 {b.label}"


def finding_words(f: Any) -> str:
    """A completeness finding as one line: "warning: (d) parties concerned: message (Art. 7.2(d))"."""
    what = ELEMENT_LABELS.get(f.element) or (f"basis {f.element}" if f.element != "bases"
                                             else "legal bases")
    return f"{f.severity}: {what}: {f.message} (Art. {f.article})"


def outcome_lines(o: Any, spec: Any) -> list[str]:
    """One decision (Art. 11) with its grounds in words, statement, conditions and consultation."""
    lines = [f"{status_words(o.decision)} on {day(o.decided_at)} by {o.actor}"]
    if o.grounds:
        lines.append("  grounds: " + "; ".join(ground_words(g, spec) for g in o.grounds))
    if o.statement:
        lines.append(f"  statement of reasons (Art. 11.4): {o.statement}")
    if o.conditions:
        lines.append(f"  conditions (Art. 11.1): {o.conditions}")
    if o.postponed_until:
        lines.append(f"  postponed until {day(o.postponed_until)}")
    if o.accompanying_info:
        lines.append(f"  information given with it (Art. 11.4): {o.accompanying_info}")
    if o.consultation_opened_on:
        lines.append(f"  consultation (Art. 11.3) opened on {day(o.consultation_opened_on)}"
                     + (f"; outcome: {o.consultation_outcome}" if o.consultation_outcome
                        else "; no outcome recorded yet"))
    return lines


def describe(view: Any, spec: Any, subjects: Iterable[tuple[str, str]] = (),
             hits: Iterable[Any] | None = None, unchecked: int = 0) -> list[str]:
    """Every fact of ``view`` (a ``RequestView``) as lines of text.

    ``subjects``: (code, name) of the linked subjects; ``hits``: watch-list hits (Art. 4.2),
    None when the watch list was not consulted; ``unchecked``: how many subjects under
    surveillance were left unchecked (said, with how to check them)."""
    v = view
    out = [f"{v.our_ref}  {v.title or '(no title)'}",
           f"  {DIRECTION_WORDS.get(v.direction, v.direction)}; status: {status_words(v.status)}",
           f"  agreement: {v.agreement_short} ({v.agreement_key}); partner: {v.partner or v.partner_country}",
           f"  their reference: {v.their_ref or '—'}"]
    if v.official:
        out.append(f"  partner's designated official (Art. 7.3): {v.official}")
    out.append("  legal bases: " + ("; ".join(basis_words(b, spec) for b in v.bases) or "—"))
    if v.form == "oral":
        out.append(f"  form: oral, made {day(v.oral_at)} (Art. 7.1)")
        if v.confirmation_due_on:
            state = CONFIRMATION_WORDS.get(v.confirmation_state or "", v.confirmation_state or "")
            when = f" on {day(v.confirmed_on)}" if v.confirmed_on else ""
            out.append(f"  written confirmation due {day(v.confirmation_due_on)}: {state}{when}")
            if v.confirmation_due_explanation:
                out.append(f"    ({v.confirmation_due_explanation})")
    else:
        out.append("  form: written")
    out.append(f"  urgency: {v.urgency}")
    if v.received_on:
        out.append(f"  received on {day(v.received_on)}")
    if v.sent_on:
        out.append(f"  sent on {day(v.sent_on)}")
    if v.effective_due_on:
        out.append(f"  due {day(v.effective_due_on)}: {v.effective_due_explanation}")
    elif v.due_on:
        out.append(f"  due date {day(v.due_on)} (no longer running: {status_words(v.status)})")
    if v.closed_on:
        out.append(f"  closed on {day(v.closed_on)}")
    out.append(f"  assigned to: {v.assigned_to or '—'}")
    out.append("Art. 7.2 elements:")
    for key, letter in zip(ELEMENT_KEYS, "abcde", strict=True):
        out.append(f"  {ELEMENT_LABELS[letter]}: {v.elements.get(key) or '—'}")
    if v.completeness:
        out.append("Completeness:")
        out += [f"  {finding_words(f)}" for f in v.completeness]
    else:
        out.append("Completeness: complete under Art. 7.2")
    if v.reciprocity:
        out.append(f"Reciprocity (Art. 11.2): {v.reciprocity_explanation or 'noted'}"
                   + (f"; {v.reciprocity_note}" if v.reciprocity_note else ""))
    if v.extra:
        out.append("Other details:")
        for key, value in sorted(v.extra.items()):
            out.append(f"  {key.replace('_', ' ')}: {value}")
    if v.outcomes:
        out.append("Outcome:")
        for o in v.outcomes:
            out += [f"  {line}" for line in outcome_lines(o, spec)]
    linked = list(subjects)
    out.append("Linked subjects (Art. 4.2): " + ("; ".join(f"{c} {n}" for c, n in linked)
                                                  if linked else "none"))
    if unchecked:
        out.append(f"Watch list (Art. 4.2): not checked ({counted(unchecked, 'subject')} under "
                   "surveillance); add --watch to check them all")
    if hits is not None:
        found = list(hits)
        if found:
            out.append("Watch list (Art. 4.2): possible matches to read:")
            out += [f"  {h.message}" for h in found]
        else:
            out.append("Watch list (Art. 4.2): no possible match")
    if v.notes:
        out.append(f"Notes: {v.notes}")
    if v.allowed_transitions:
        out.append("Next steps allowed: " + ", ".join(status_words(s) for s in v.allowed_transitions))
    out.append("History:")
    for h in v.history:
        move = (f"{status_words(h.from_status)} \u2192 {status_words(h.to_status)}" if h.from_status
                else f"created as {status_words(h.to_status)}")
        out.append(f"  {day(h.at)} {h.actor}: {move}" + (f" ({h.reason})" if h.reason else ""))
    return out
