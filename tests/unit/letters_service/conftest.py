"""Fixtures: a store filled with one invented request per letter scenario."""

from __future__ import annotations

import pytest


@pytest.fixture
def refs(desk, letter_refs) -> dict[str, str]:
    """Scenario name -> our_ref (see ``app.services.letters.demo.letter_scenarios``)."""
    refs = dict(letter_refs)
    refs["spontaneous_out"] = spontaneous_out(desk)
    return refs


def spontaneous_out(desk, **changes) -> str:
    """An invented, complete spontaneous-out record (Art. 4.3(b)) with a confidential item
    provided under it; ``changes`` override its fields (e.g. ``object_and_reason=None``)."""
    from app.services.ledger import information
    from app.services.requests import commands as rq

    fields = {
        "title": "Suspected counterfeit medicines bound for Long Beach (invented)",
        "bases": ["4.3-spontaneous"],
        # Both languages of the Japan–US agreement: a final letter in either prints its own.
        "requesting_administration": {"en": "Japan Customs (invented example)", "ja": "日本税関（架空の例）"},
        "object_and_reason": {
            "en": "Container EXMU 000000-0 declared as vitamins left Example Port (invented).",
            "ja": "ビタミン剤として申告されたコンテナ EXMU 000000-0 が例港を出港した（架空）。"},
        "description_and_legal_elements": {
            "en": "Counterfeit medicines, a danger to public health (invented).",
            "ja": "偽造医薬品であり、公衆衛生上の危険がある（架空）。"},
        **changes,
    }
    ref = rq.record_spontaneous(desk, "jp-us-1997", "spontaneous-out", fields).our_ref
    information.add_information_item(
        desk, direction="provided", provider="Japan Customs (invented example)",
        title="Examination report of a sister consignment (invented)", request_ref=ref, confidential=True)
    return ref
