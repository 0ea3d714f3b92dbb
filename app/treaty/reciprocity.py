"""Reciprocity (Art. 11.2): what a "we could not do this in return" flag means for a request.

The wording of the statement printed in a request belongs to the letters (``app.documents``);
this module only says what the flag obliges or allows.
"""

from __future__ import annotations

from typing import Literal

from app.i18n import QT_TRANSLATE_NOOP

__all__ = ["explain_reciprocity", "reciprocity_effect"]

ReciprocityEffect = Literal["must_state_in_request", "discretionary"]


def _direction(direction: object) -> str:
    # Accepts the lifecycle ``Direction`` enum or its plain string value without importing it,
    # so this module stays independent of the lifecycle table.
    return str(getattr(direction, "value", direction))


def reciprocity_effect(direction: object, flagged: bool) -> ReciprocityEffect | None:
    """Effect of the reciprocity flag on a request in ``direction``.

    Outgoing and flagged: we could not comply with a similar request, so our request must say so
    ("must_state_in_request"). Incoming and flagged: the partner said so, so execution is at our
    discretion ("discretionary"). Otherwise (not flagged, or spontaneous information): None.
    """
    if not flagged:
        return None
    value = _direction(direction)
    if value == "outgoing":
        return "must_state_in_request"
    if value == "incoming":
        return "discretionary"
    return None


def explain_reciprocity(direction: object, flagged: bool) -> str:
    """One line for the officer on what reciprocity means for this request (Art. 11.2)."""
    effect = reciprocity_effect(direction, flagged)
    if effect == "must_state_in_request":
        return QT_TRANSLATE_NOOP("Reciprocity", "We could not comply with a similar request, so the "
                                 "request must draw attention to that fact (Art. 11.2).")
    if effect == "discretionary":
        return QT_TRANSLATE_NOOP("Reciprocity", "The requesting administration could not comply "
                                 "with a similar request; executing it is at our discretion "
                                 "(Art. 11.2).")
    if flagged:
        return QT_TRANSLATE_NOOP("Reciprocity", "Reciprocity does not apply to spontaneous "
                                 "information (Art. 11.2 covers requests).")
    return QT_TRANSLATE_NOOP("Reciprocity", "No reciprocity limitation noted (Art. 11.2).")
