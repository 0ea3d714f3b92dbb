"""The reason a letter kind does not apply is shown to the officer as it is: words, no keys."""

from __future__ import annotations

from app.services.letters import commands as letters


def test_letter_kind_refusal_reads_as_words_without_internal_keys(desk, refs):
    reasons = {k.code: k.reason for k in letters.letter_options(desk, refs["in_progress"]).kinds if not k.applies}
    assert reasons["statement_of_reasons"] == (
        "a statement of reasons letter does not apply while the request is in progress "
        "(only when refused, postponed, conditional, withheld)")
    assert reasons["oral_confirmation"] == (
        "an oral confirmation letter is not written for incoming requests (only outgoing)")
    assert not any("_" in r or "in-progress" in r for r in reasons.values())
