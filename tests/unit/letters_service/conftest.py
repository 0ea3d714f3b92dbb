"""Fixtures: a store filled with one invented request per letter scenario."""

from __future__ import annotations

import pytest


@pytest.fixture
def refs(desk) -> dict[str, str]:
    """Scenario name -> our_ref (see ``app.services.letter_demo.letter_scenarios``)."""
    from app.services.letter_demo import letter_scenarios

    return letter_scenarios(desk)
