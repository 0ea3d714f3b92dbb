"""Statuses of a request and the moves between them, with the Art. 11 conditions on each move.

The table follows the brief's first cut, with these additions the treaty suggests:

* Outgoing requests can be ``withheld`` by the partner (Art. 11.3): they then consult us, so the
  desk tracks that state on our side too (sent/acknowledged → withheld → answered | refused |
  withdrawn).
* An incoming ``conditional`` request can be ``withdrawn``: the requester may decline the
  conditions set under Art. 11.1.
* A spontaneous-out draft can be ``withdrawn`` (abandoned before sending).

Outcome rules (``check_transition``): refusal and postponement need at least one ground and a
statement of reasons (Art. 11.4); conditional execution needs the conditions (Art. 11.1);
withholding needs the ongoing-proceedings ground, and leaving it needs the outcome of the
consultation (Art. 11.3). Each ground must be one the agreement lists for that outcome.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP, Code, Localized
from app.treaty.builtin import model_agreement
from app.treaty.catalogue import AgreementSpec
from app.treaty.completeness import is_blank
from app.treaty.errors import RuleViolation

__all__ = [
    "CLOCK_STOPPED_STATUSES", "Direction", "OUTCOME_STATUSES", "Status", "TERMINAL_STATUSES", "TRANSITIONS",
    "allowed_transitions", "check_transition", "clock_running", "initial_status", "is_open",
]


class Direction(StrEnum):
    """Who asks whom: we request (outgoing), we are requested (incoming), or information flows
    without a request (spontaneous, Art. 3.1 / 4.3)."""

    OUTGOING = "outgoing"
    INCOMING = "incoming"
    SPONTANEOUS_OUT = "spontaneous-out"
    SPONTANEOUS_IN = "spontaneous-in"


#: Directions whose records are checked against the watch list (Art. 4.2): we received something.
WATCHED_DIRECTIONS: tuple[str, ...] = (Direction.INCOMING.value, Direction.SPONTANEOUS_IN.value)


class Status(StrEnum):
    """Status of a request or of spontaneous information."""

    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    RECEIVED = "received"
    IN_PROGRESS = "in-progress"
    EXECUTED = "executed"
    PARTIALLY_EXECUTED = "partially-executed"
    CONDITIONAL = "conditional"
    POSTPONED = "postponed"
    WITHHELD = "withheld"
    REFUSED = "refused"
    ANSWERED = "answered"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    RECORDED = "recorded"


S = Status
OUTCOME_STATUSES: tuple[Status, ...] = (
    S.EXECUTED, S.PARTIALLY_EXECUTED, S.CONDITIONAL, S.POSTPONED, S.REFUSED, S.WITHHELD)
TERMINAL_STATUSES: frozenset[Status] = frozenset({S.CLOSED, S.WITHDRAWN})
#: Statuses in which the request has been answered: the due-date clock stops (nothing is owed any
#: more but closing the file), though the request stays open until closed.
CLOCK_STOPPED_STATUSES: frozenset[Status] = TERMINAL_STATUSES | frozenset(
    {S.EXECUTED, S.PARTIALLY_EXECUTED, S.REFUSED, S.ANSWERED, S.RECORDED})

TRANSITIONS: Mapping[Direction, Mapping[Status, tuple[Status, ...]]] = {
    Direction.OUTGOING: {
        S.DRAFT: (S.SENT, S.WITHDRAWN),
        S.SENT: (S.ACKNOWLEDGED, S.ANSWERED, S.REFUSED, S.POSTPONED, S.WITHHELD, S.WITHDRAWN),
        S.ACKNOWLEDGED: (S.ANSWERED, S.REFUSED, S.POSTPONED, S.WITHHELD, S.WITHDRAWN),
        S.POSTPONED: (S.ANSWERED, S.REFUSED, S.WITHDRAWN),
        S.WITHHELD: (S.ANSWERED, S.REFUSED, S.WITHDRAWN),
        S.ANSWERED: (S.CLOSED,),
        S.REFUSED: (S.CLOSED,),
    },
    Direction.INCOMING: {
        S.RECEIVED: (S.ACKNOWLEDGED, S.REFUSED, S.WITHDRAWN),
        S.ACKNOWLEDGED: (S.IN_PROGRESS, S.REFUSED, S.POSTPONED, S.WITHHELD, S.WITHDRAWN),
        S.IN_PROGRESS: (S.EXECUTED, S.PARTIALLY_EXECUTED, S.CONDITIONAL, S.POSTPONED, S.REFUSED,
                        S.WITHHELD, S.WITHDRAWN),
        S.POSTPONED: (S.IN_PROGRESS, S.REFUSED, S.WITHDRAWN),
        S.WITHHELD: (S.IN_PROGRESS, S.CONDITIONAL, S.REFUSED, S.WITHDRAWN),
        S.CONDITIONAL: (S.EXECUTED, S.PARTIALLY_EXECUTED, S.REFUSED, S.WITHDRAWN),
        S.EXECUTED: (S.CLOSED,),
        S.PARTIALLY_EXECUTED: (S.CLOSED,),
        S.REFUSED: (S.CLOSED,),
    },
    Direction.SPONTANEOUS_OUT: {
        S.DRAFT: (S.SENT, S.WITHDRAWN),
        S.SENT: (S.CLOSED,),
    },
    Direction.SPONTANEOUS_IN: {
        S.RECORDED: (S.CLOSED,),
    },
}

_INITIAL = {
    Direction.OUTGOING: S.DRAFT,
    Direction.INCOMING: S.RECEIVED,
    Direction.SPONTANEOUS_OUT: S.DRAFT,
    Direction.SPONTANEOUS_IN: S.RECORDED,
}

ONGOING_PROCEEDINGS_GROUND = "11.3-ongoing-proceedings"


def _direction(value: Direction | str) -> Direction:
    try:
        return Direction(value)
    except ValueError:
        known = ", ".join(d.value for d in Direction)
        raise RuleViolation("direction", QT_TRANSLATE_NOOP(
            "Refusal", "unknown direction {value} (one of {known})").format(
            value=repr(value), known=known)) from None


def _status(value: Status | str, field: str = "status") -> Status:
    try:
        return Status(value)
    except ValueError:
        known = ", ".join(s.value for s in Status)
        raise RuleViolation(field, QT_TRANSLATE_NOOP(
            "Refusal", "unknown status {value} (one of {known})").format(
            value=repr(value), known=known)) from None


def initial_status(direction: Direction | str) -> Status:
    """Status a new item starts in: draft (outgoing, spontaneous-out), received, or recorded."""
    return _INITIAL[_direction(direction)]


def allowed_transitions(direction: Direction | str, status: Status | str) -> tuple[Status, ...]:
    """Statuses reachable in one move; empty for a terminal status or one foreign to the direction."""
    return tuple(TRANSITIONS[_direction(direction)].get(_status(status), ()))


def is_open(status: Status | str) -> bool:
    """Whether work on the item is not finished (anything but closed or withdrawn).

    A refused or executed request is still open until it is closed: the reply or the statement of
    reasons may not have gone out yet, and Art. 14.2 deadlines still apply to it.
    """
    return _status(status) not in TERMINAL_STATUSES


def clock_running(status: Status | str) -> bool:
    """Whether a due date still binds: the answer (execution, refusal, the partner's reply) has not
    been given and the request is not closed. Art. 14.2 caps only clocks that still run."""
    return _status(status) not in CLOCK_STOPPED_STATUSES


def _check_grounds(target: Status, grounds: Sequence[str], spec: AgreementSpec | None) -> list[RuleViolation]:
    catalogue = spec if spec is not None else model_agreement()
    out: list[RuleViolation] = []
    for code in grounds:
        if catalogue is None or not catalogue.has_ground(code):
            if spec is not None:
                out.append(RuleViolation("grounds", QT_TRANSLATE_NOOP(
                    "Refusal", "{code} is not a ground in {agreement}").format(
                    code=repr(code), agreement=spec.key)))
            continue
        ground = catalogue.ground(code)
        if target.value not in ground.outcomes:
            out.append(RuleViolation("grounds", QT_TRANSLATE_NOOP(
                "Refusal", "{code} ({ground}) does not justify {target}; it allows {allowed}").format(
                code=code, ground=Localized(ground.label, ground.labels),
                target=Code(target.value, "status"),
                allowed=tuple(Code(o, "status") for o in ground.outcomes)), ground.article))
    return out


def check_transition(
    direction: Direction | str,
    current: Status | str,
    target: Status | str,
    *,
    grounds: Sequence[str] = (),
    statement: str | None = None,
    conditions: str | None = None,
    postponed_until: date | None = None,
    consultation_outcome: str | None = None,
    spec: AgreementSpec | None = None,
    today: date | None = None,
) -> list[RuleViolation]:
    """Every rule a proposed status change breaks; an empty list means it is allowed.

    With ``spec`` each ground must exist in that agreement; without it the built-in Japan–US
    catalogue is used to check the grounds it knows. ``today`` enables the check that a
    postponement does not end in the past.
    """
    d, cur, tgt = _direction(direction), _status(current), _status(target)
    allowed = allowed_transitions(d, cur)
    if tgt not in allowed:
        options = (tuple(Code(s.value, "status") for s in allowed) if allowed
                   else QT_TRANSLATE_NOOP("Refusal", "none (final status)"))
        return [RuleViolation("status", QT_TRANSLATE_NOOP(
            "Refusal", "cannot go from {current} to {target} ({direction}); allowed: {allowed}").format(
            current=Code(cur.value, "status"), target=Code(tgt.value, "status"),
            direction=Code(d.value, "direction"), allowed=options))]
    codes = [g.strip() for g in grounds if g and g.strip()]
    out: list[RuleViolation] = []
    if tgt in (S.REFUSED, S.POSTPONED):
        refusal = tgt is S.REFUSED
        if not codes:
            out.append(RuleViolation("grounds", QT_TRANSLATE_NOOP(
                "Refusal", "a refusal needs at least one ground") if refusal else QT_TRANSLATE_NOOP(
                "Refusal", "a postponement needs at least one ground"), "11.4"))
        if is_blank(statement):
            out.append(RuleViolation("statement", QT_TRANSLATE_NOOP(
                "Refusal", "a refusal needs a statement of reasons") if refusal else QT_TRANSLATE_NOOP(
                "Refusal", "a postponement needs a statement of reasons"), "11.4"))
    if tgt is S.POSTPONED and postponed_until is not None and today is not None \
            and postponed_until < today:
        out.append(RuleViolation("postponed_until", QT_TRANSLATE_NOOP(
            "Refusal", "{day} is in the past").format(day=postponed_until), "11.4"))
    if tgt is S.CONDITIONAL and is_blank(conditions):
        out.append(RuleViolation("conditions", QT_TRANSLATE_NOOP(
            "Refusal", "conditional assistance needs the conditions or requirements to be stated"),
            "11.1"))
    if tgt is S.WITHHELD and ONGOING_PROCEEDINGS_GROUND not in codes:
        out.append(RuleViolation("grounds", QT_TRANSLATE_NOOP(
            "Refusal", "withholding needs the ground {ground}").format(
            ground=ONGOING_PROCEEDINGS_GROUND), "11.3"))
    if cur is S.WITHHELD and is_blank(consultation_outcome):
        out.append(RuleViolation("consultation_outcome", QT_TRANSLATE_NOOP(
            "Refusal", "leaving withheld needs the outcome of the consultation with the requesting "
            "administration"), "11.3"))
    if tgt in OUTCOME_STATUSES:
        out.extend(_check_grounds(tgt, codes, spec))
    return out
