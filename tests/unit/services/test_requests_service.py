"""Request use cases: each one transaction, one audit entry, treaty rules applied."""

from __future__ import annotations

from datetime import UTC

import pytest
from sqlalchemy import func, select

from app.security import audit
from app.services.admin.settings import set_setting
from app.services.requests import commands as rq
from app.store.models import AuditEntry, Request, StatusChange
from app.treaty.errors import RuleViolation


def audit_count(desk) -> int:
    with desk.read() as s:
        return s.execute(select(func.count(AuditEntry.id))).scalar()


def test_art_7_2_outgoing_request_cannot_be_sent_while_object_missing(desk, complete_fields):
    view = rq.draft_outgoing(desk, "jp-us-1997", dict(complete_fields, object_and_reason=""))
    with pytest.raises(RuleViolation) as err:
        rq.send_request(desk, view.our_ref)
    assert err.value.field == "object_and_reason"
    assert "7.2(c)" in str(err.value)
    assert rq.get_request(desk, view.our_ref).status == "draft"


def test_art_7_2_complete_outgoing_request_is_sent(desk, complete_fields):
    view = rq.draft_outgoing(desk, "jp-us-1997", complete_fields)
    sent = rq.send_request(desk, view.our_ref)
    assert sent.status == "sent" and sent.sent_on == desk.today()
    assert [h.to_status for h in sent.history] == ["draft", "sent"]


def test_art_7_2_d_missing_parties_only_warns(desk, complete_fields):
    view = rq.draft_outgoing(desk, "jp-us-1997", dict(complete_fields, parties_concerned=None))
    assert view.complete
    assert any(f.field == "parties_concerned" and f.severity == "warning" for f in view.completeness)


def test_every_service_call_writes_exactly_one_chained_audit_entry(desk, complete_fields):
    n0 = audit_count(desk)
    view = rq.register_incoming(desk, "jp-us-1997", complete_fields)
    rq.acknowledge(desk, view.our_ref)
    rq.assign(desk, view.our_ref, "Officer B")
    assert audit_count(desk) == n0 + 3
    with desk.read() as s:
        assert audit.verify_chain(s) == []
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
        assert last.action == "request.assign" and last.entity_id == view.our_ref


def test_refused_input_writes_nothing_not_even_audit(desk, complete_fields):
    n0 = audit_count(desk)
    with pytest.raises(RuleViolation) as err:
        rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, title="x" * 10_000))
    assert err.value.field == "title"
    with pytest.raises(RuleViolation):
        rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, received_on="2026-13-45"))
    with pytest.raises(RuleViolation):
        rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, bases=["99.9"]))
    with desk.read() as s:
        assert s.execute(select(func.count(Request.id))).scalar() == 0
    assert audit_count(desk) == n0


def test_control_characters_are_refused_naming_the_field(desk, complete_fields):
    with pytest.raises(RuleViolation) as err:
        rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, object_and_reason="a\x00b"))
    assert err.value.field == "object_and_reason" and "U+0000" in str(err.value)


def test_markup_japanese_spanish_and_emoji_are_stored_faithfully(desk, complete_fields):
    text = "<b>AT&T</b> 田中 翔 — García Márquez 🚢 \u202eRTL"
    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, object_and_reason=text))
    assert rq.get_request(desk, view.our_ref).elements["object_and_reason"] == text


def test_our_ref_is_gapless_per_year_and_rolled_back_numbers_are_reused(desk, complete_fields):
    a = rq.register_incoming(desk, "jp-us-1997", complete_fields)
    with pytest.raises(RuleViolation):
        rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, urgency="whenever"))
    b = rq.draft_outgoing(desk, "jp-us-1997", complete_fields)
    c = rq.draft_outgoing(desk, "jp-mx-2017", {"title": "x"})
    assert (a.our_ref, b.our_ref) == ("JC-US-2026-0001", "JC-US-2026-0002")
    assert c.our_ref == "JC-MX-2026-0001"


def test_ref_pattern_is_configurable(desk, complete_fields):
    set_setting(desk, "ref_pattern", "{year}/{prefix}/{seq:05d}")
    assert rq.draft_outgoing(desk, "jp-us-1997", complete_fields).our_ref == "2026/JC-US/00001"
    with pytest.raises(RuleViolation, match="seq"):
        set_setting(desk, "ref_pattern", "{prefix}-{year}")


def test_art_7_1_oral_request_gets_confirmation_due_in_requesters_business_days(desk, complete_fields):
    # Incoming oral request: the US (requester) must confirm; Fri 2026-11-20 + 2 US business days
    # skips the weekend and lands on Tue 2026-11-24.
    view = rq.register_incoming(desk, "jp-us-1997", dict(
        complete_fields, form="oral", oral_at="2026-11-20T08:00:00+00:00"))
    assert str(view.confirmation_due_on) == "2026-11-24"
    assert "US" in view.confirmation_due_explanation
    assert view.confirmation_state == "pending"
    out = rq.draft_outgoing(desk, "jp-us-1997", dict(
        complete_fields, form="oral", oral_at="2026-11-20T08:00:00+00:00"))
    # Outgoing: Japan confirms; Mon 2026-11-23 is Labour Thanksgiving Day in JP.
    assert str(out.confirmation_due_on) == "2026-11-25"
    assert "Labour Thanksgiving Day" in out.confirmation_due_explanation


def test_art_7_1_oral_request_without_time_is_refused(desk, complete_fields):
    with pytest.raises(RuleViolation) as err:
        rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, form="oral"))
    assert err.value.field == "oral_at"


def test_art_7_1_confirmation_recorded_late_is_flagged(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(
        complete_fields, form="oral", oral_at="2026-11-01T08:00:00+00:00"))
    assert view.confirmation_state == "late"
    confirmed = rq.confirm_oral(desk, view.our_ref, "2026-11-19")
    assert confirmed.confirmation_state == "confirmed-late"


def test_art_11_4_refusal_needs_ground_and_statement_and_is_recorded(desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.acknowledge(desk, ref)
    rq.transition(desk, ref, "in-progress")
    with pytest.raises(RuleViolation, match="11.4"):
        rq.transition(desk, ref, "refused", grounds=["11.1-sovereignty"])
    view = rq.transition(desk, ref, "refused", grounds=["11.1-sovereignty"],
                         statement="Execution would infringe sovereignty.",
                         accompanying_info="Contact the Osaka office.")
    assert view.status == "refused"
    assert view.outcomes[-1].grounds == ("11.1-sovereignty",)
    assert view.outcomes[-1].accompanying_info == "Contact the Osaka office."


def test_art_11_3_withholding_opens_consultation_and_leaving_needs_outcome(desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.acknowledge(desk, ref)
    view = rq.transition(desk, ref, "withheld", grounds=["11.3-ongoing-proceedings"],
                         statement="A domestic prosecution is under way.")
    assert view.outcomes[-1].consultation_opened_on == desk.today()
    with pytest.raises(RuleViolation, match="11.3"):
        rq.transition(desk, ref, "conditional", conditions="Not before trial ends")
    view = rq.transition(desk, ref, "conditional", conditions="Not before trial ends",
                         consultation_outcome="Requester accepts conditions")
    assert view.status == "conditional"
    assert view.outcomes[0].consultation_outcome == "Requester accepts conditions"


def test_lifecycle_transition_not_allowed_is_refused_with_status_field(desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    with pytest.raises(RuleViolation) as err:
        rq.transition(desk, ref, "executed")
    assert err.value.field == "status"
    with desk.read() as s:
        assert s.execute(select(func.count(StatusChange.id))).scalar() == 1


def test_art_11_2_reciprocity_flag_on_incoming_makes_it_discretionary(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, reciprocity=True))
    assert view.reciprocity_effect == "discretionary"
    out = rq.draft_outgoing(desk, "jp-us-1997", dict(complete_fields, reciprocity=True))
    assert out.reciprocity_effect == "must_state_in_request"


def test_art_14_2_termination_caps_the_due_date_of_open_requests(desk, complete_fields):
    from app.services.agreements.catalogue import give_termination_notice

    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2027-06-30"))
    give_termination_notice(desk, "jp-us-1997", "2026-12-01")
    capped = rq.get_request(desk, view.our_ref)
    assert str(capped.effective_due_on) == "2027-03-01"
    assert "14.2" in capped.effective_due_explanation


def test_incoming_request_gets_a_due_date_with_its_explanation(desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", complete_fields)
    assert view.due_on is not None
    assert "business days in JP" in view.due_explanation


def test_editing_a_closed_request_is_refused(desk, complete_fields):
    ref = rq.draft_outgoing(desk, "jp-us-1997", complete_fields).our_ref
    rq.transition(desk, ref, "withdrawn", reason="no longer needed")
    with pytest.raises(RuleViolation, match="closed"):
        rq.edit_request(desk, ref, {"title": "new"})


def test_link_subject_unknown_is_not_found(desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    with pytest.raises(RuleViolation) as err:
        rq.link_subject(desk, ref, "S-9999")
    assert err.value.field == "subject"


def test_refused_request_is_no_longer_overdue_but_stays_open(desk, complete_fields):
    from app.services.requests import listing as request_list

    ref = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-01")).our_ref
    flt = request_list.ListFilter(group="incoming", flags=("overdue",))
    assert request_list.count(desk, flt) == 1
    rq.acknowledge(desk, ref)
    view = rq.transition(desk, ref, "refused", grounds=["11.1-security"], statement="Security.")
    assert view.effective_due_on is None and view.status == "refused"
    assert request_list.count(desk, flt) == 0


def test_audit_entries_carry_the_real_time_of_the_write_not_the_desk_clock(desk, complete_fields):
    from datetime import datetime, timedelta

    rq.register_incoming(desk, "jp-us-1997", complete_fields)  # desk clock is fixed in the past
    with desk.read() as s:
        at = s.execute(select(AuditEntry.at).order_by(AuditEntry.id.desc())).scalar()
    assert abs(datetime.now(UTC) - at) < timedelta(minutes=5)
