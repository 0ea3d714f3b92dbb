"""Request lifecycle: transitions and the Art. 11 conditions on refusal, postponement, etc."""

from __future__ import annotations

from datetime import date

import pytest

from app.treaty.builtin import builtin_agreement
from app.treaty.errors import RuleViolation
from app.treaty.lifecycle import (
    OUTCOME_STATUSES,
    TERMINAL_STATUSES,
    TRANSITIONS,
    Direction,
    Status,
    allowed_transitions,
    check_transition,
    initial_status,
    is_open,
)

IN, OUT = Direction.INCOMING, Direction.OUTGOING
US = builtin_agreement("jp-us-1997")


def fields(violations: list[RuleViolation]) -> list[tuple[str, str | None]]:
    return [(v.field, v.article) for v in violations]


def test_initial_status_per_direction():
    assert [initial_status(d) for d in Direction] == [
        Status.DRAFT, Status.RECEIVED, Status.DRAFT, Status.RECORDED]
    assert initial_status("spontaneous-in") is Status.RECORDED


def test_status_values_are_lower_case_with_hyphens():
    assert Status.PARTIALLY_EXECUTED == "partially-executed"
    assert Status.IN_PROGRESS.value == "in-progress"
    assert set(OUTCOME_STATUSES) == {Status.EXECUTED, Status.PARTIALLY_EXECUTED,
                                     Status.CONDITIONAL, Status.POSTPONED, Status.REFUSED,
                                     Status.WITHHELD}


def test_every_status_in_the_table_can_still_reach_an_end():
    for direction, table in TRANSITIONS.items():
        for start in table:
            seen, todo = set(), [start]
            while todo:
                s = todo.pop()
                if s not in seen:
                    seen.add(s)
                    todo.extend(table.get(s, ()))
            assert seen & TERMINAL_STATUSES, (direction, start)


def test_brief_transitions_are_allowed():
    assert allowed_transitions(OUT, "draft") == (Status.SENT, Status.WITHDRAWN)
    assert Status.ANSWERED in allowed_transitions(OUT, Status.SENT)
    assert allowed_transitions(IN, Status.RECEIVED) == (
        Status.ACKNOWLEDGED, Status.REFUSED, Status.WITHDRAWN)
    assert allowed_transitions(IN, Status.EXECUTED) == (Status.CLOSED,)
    assert allowed_transitions("spontaneous-in", "recorded") == (Status.CLOSED,)
    assert allowed_transitions(IN, Status.CLOSED) == ()


def test_transition_not_in_the_table_is_a_status_violation():
    violations = check_transition(IN, Status.RECEIVED, Status.EXECUTED)
    assert fields(violations) == [("status", None)]
    assert str(violations[0]) == ("status: cannot go from received to executed (incoming); "
                                  "allowed: acknowledged, refused, withdrawn")
    assert check_transition(IN, Status.CLOSED, Status.RECEIVED)[0].field == "status"


def test_plain_transition_is_allowed():
    assert check_transition(OUT, "draft", "sent") == []
    assert check_transition(IN, "in-progress", "executed") == []


def test_art_11_4_refusal_needs_ground_and_statement():
    assert fields(check_transition(IN, "in-progress", "refused")) == [
        ("grounds", "11.4"), ("statement", "11.4")]
    assert fields(check_transition(IN, "in-progress", "refused", grounds=["11.1-security"],
                                   statement="  ")) == [("statement", "11.4")]
    assert check_transition(IN, "in-progress", "refused", grounds=["11.1-security"],
                            statement="Assistance would infringe security.", spec=US) == []


def test_art_11_4_postponement_needs_ground_and_statement():
    assert fields(check_transition(IN, "acknowledged", "postponed", statement="later")) == [
        ("grounds", "11.4")]
    assert check_transition(IN, "acknowledged", "postponed", grounds=["2.2-resources"],
                            statement="No staff until next month.") == []


def test_art_11_4_postponement_may_not_end_in_the_past():
    kwargs = dict(grounds=["4.2-resources"], statement="resources", today=date(2026, 11, 20))
    assert fields(check_transition(IN, "in-progress", "postponed",
                                   postponed_until=date(2026, 11, 19), **kwargs)) == [
        ("postponed_until", "11.4")]
    assert check_transition(IN, "in-progress", "postponed", postponed_until=date(2026, 11, 20),
                            **kwargs) == []


def test_art_11_1_conditional_execution_needs_conditions():
    assert fields(check_transition(IN, "in-progress", "conditional")) == [("conditions", "11.1")]
    assert check_transition(IN, "in-progress", "conditional",
                            conditions="Use for customs purposes only.") == []


def test_art_11_3_withholding_needs_ongoing_proceedings_ground():
    assert fields(check_transition(IN, "in-progress", "withheld",
                                   grounds=["11.1-security"])) == [("grounds", "11.3")]
    assert check_transition(IN, "in-progress", "withheld",
                            grounds=["11.3-ongoing-proceedings"]) == []


def test_art_11_3_leaving_withheld_needs_consultation_outcome():
    assert fields(check_transition(IN, "withheld", "in-progress")) == [
        ("consultation_outcome", "11.3")]
    assert check_transition(IN, "withheld", "in-progress",
                            consultation_outcome="Partner accepts delay until trial ends.") == []
    assert fields(check_transition(OUT, "withheld", "answered")) == [
        ("consultation_outcome", "11.3")]


def test_art_11_ground_must_justify_the_outcome():
    violations = check_transition(IN, "in-progress", "refused", grounds=["7.2-incomplete",
                                                                         "outside-scope"],
                                  statement="x")
    assert violations == []
    violations = check_transition(IN, "in-progress", "conditional", conditions="c",
                                  grounds=["outside-scope"], spec=US)
    assert fields(violations) == [("grounds", "2.1")]
    assert "does not justify conditional" in violations[0].message


def test_unknown_ground_is_a_violation_when_the_agreement_is_given():
    violations = check_transition(IN, "in-progress", "refused", grounds=["whim"], statement="x",
                                  spec=US)
    assert fields(violations) == [("grounds", None)]
    assert "'whim' is not a ground in jp-us-1997" in str(violations[0])


def test_is_open_until_closed_or_withdrawn():
    assert is_open("refused") and is_open(Status.DRAFT) and is_open("recorded")
    assert not is_open("closed") and not is_open(Status.WITHDRAWN)


def test_bad_direction_or_status_is_a_named_rule_violation():
    with pytest.raises(RuleViolation, match="^direction: unknown direction 'sideways'"):
        allowed_transitions("sideways", "draft")
    with pytest.raises(ValueError, match="^status: unknown status 'lost'"):
        is_open("lost")


def test_rule_violation_renders_one_line_with_article():
    v = RuleViolation("object_and_reason", "the object and reason of the request are required",
                      "7.2(c)")
    assert str(v) == ("object_and_reason: the object and reason of the request are required "
                      "(Art. 7.2(c))")
    assert str(RuleViolation("status", "bad move")) == "status: bad move"
    assert isinstance(v, ValueError)


def test_due_clock_stops_once_the_request_is_answered():
    from app.treaty.lifecycle import Status, clock_running

    for status in ("received", "acknowledged", "in-progress", "postponed", "withheld",
                   "conditional", "sent", "draft"):
        assert clock_running(status), status
    for status in ("executed", "partially-executed", "refused", "answered", "closed", "withdrawn"):
        assert not clock_running(Status(status)), status
