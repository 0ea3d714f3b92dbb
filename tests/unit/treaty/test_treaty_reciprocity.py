"""Art. 11.2 reciprocity: what the "could not do this in return" flag means."""

from __future__ import annotations

import pytest

from app.treaty.lifecycle import Direction
from app.treaty.reciprocity import explain_reciprocity, reciprocity_effect


def test_art_11_2_outgoing_flagged_must_state_it_in_the_request():
    assert reciprocity_effect(Direction.OUTGOING, True) == "must_state_in_request"
    assert "must draw attention" in explain_reciprocity("outgoing", True)


def test_art_11_2_incoming_flagged_is_discretionary():
    assert reciprocity_effect("incoming", True) == "discretionary"
    assert "discretion" in explain_reciprocity(Direction.INCOMING, True)


@pytest.mark.parametrize("direction", list(Direction))
def test_art_11_2_unflagged_has_no_effect(direction):
    assert reciprocity_effect(direction, False) is None
    assert "Art. 11.2" in explain_reciprocity(direction, False)


def test_art_11_2_does_not_apply_to_spontaneous_information():
    assert reciprocity_effect(Direction.SPONTANEOUS_OUT, True) is None
    assert "spontaneous" in explain_reciprocity(Direction.SPONTANEOUS_IN, True)
