"""Recording disclosures through the service: the rules decide, nothing half-written, all audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.services.admin.audit_log import AuditFilter, audit_page
from app.services.ledger import disclosures as dis
from app.services.ledger import information as inf
from app.services.requests import commands as rq
from app.services.validation import NotFound, ServiceError
from app.store.models import AuditEntry, Disclosure, DisclosureItem

from .conftest import CUSTOMS, MINISTRY, OTHER_MINISTRY, POLICE, PROSECUTOR


def counts(desk) -> tuple[int, int, int]:
    with desk.read() as s:
        return (s.execute(select(func.count(Disclosure.id))).scalar(),
                s.execute(select(func.count()).select_from(DisclosureItem)).scalar(),
                s.execute(select(func.count(AuditEntry.id))).scalar())


def test_art_9_1_customs_disclosure_recorded_with_conditions(ledger, item):
    v = dis.disclose(ledger, [item.code], CUSTOMS, "customs", means="internal memo")
    assert v.decision == "allowed" and v.items == (item.code,)
    assert any(o["verdict"] == "conditions" and "confidential" in o["text"] for o in v.obligations)
    assert dis.list_disclosures(ledger, item=item.code)[0].id == v.id


def test_art_9_2_onward_to_police_after_notice_is_refused_and_not_recorded(ledger):
    barred = inf.add_information_item(ledger, direction="received", provider="CBP (invented)",
                                      title="Tip-off (invented)", no_law_enforcement=True,
                                      no_law_enforcement_notice_on="2026-11-02")
    before = counts(ledger)
    with pytest.raises(dis.DisclosureRefused) as err:
        dis.disclose(ledger, [barred.code], POLICE, "intelligence")
    assert err.value.article == "9.2" and err.value.decision.verdict == "forbidden"
    assert counts(ledger) == before


def test_override_recorded_with_reason_and_in_audit(ledger, item):
    reason = "Imminent danger to life; provider informed by telephone (invented example)"
    v = dis.disclose(ledger, [item.code], MINISTRY, "intelligence", override_reason=reason)
    assert v.is_override and v.decision == "override" and v.override_reason == reason
    rows = audit_page(ledger, AuditFilter(action="disclosure.override"))
    assert len(rows) == 1 and rows[0].is_override
    assert rows[0].detail["override_reason"] == reason
    assert rows[0].detail["verdict"] == "needs_approval"


def test_override_with_empty_reason_is_refused(ledger, item):
    before = counts(ledger)
    with pytest.raises(ServiceError, match="^override_reason: an override needs a written justification"):
        dis.disclose(ledger, [item.code], MINISTRY, "intelligence", override_reason="   ")
    assert counts(ledger) == before


def test_override_reason_on_an_allowed_disclosure_is_refused(ledger, item):
    with pytest.raises(ServiceError, match="^override_reason: no override is needed"):
        dis.disclose(ledger, [item.code], CUSTOMS, "customs", override_reason="just in case")


def test_art_9_1_approval_unlocks_named_authority_through_the_store(ledger, item):
    appr = inf.add_approval(ledger, item.code, authority=MINISTRY, purposes=["intelligence"],
                            granted_on="2026-11-10", document=("approval-letter.pdf", b"%PDF-1.4 invented"))
    v = dis.disclose(ledger, [item.code], MINISTRY, "intelligence", approval=f"D-{appr.document_id}")
    assert v.decision == "allowed" and v.approval_id == appr.id
    with pytest.raises(dis.DisclosureRefused):
        dis.disclose(ledger, [item.code], OTHER_MINISTRY, "intelligence")


def test_art_9_1_approval_document_naming_another_authority_is_refused(ledger, item):
    appr = inf.add_approval(ledger, item.code, authority=MINISTRY, purposes=["customs"],
                            document=("approval.pdf", b"%PDF invented"))
    with pytest.raises(ServiceError) as err:
        dis.disclose(ledger, [item.code], OTHER_MINISTRY, "customs", approval=appr.document_id)
    assert str(err.value) == (f"approval: document {appr.document_id} approves use by {MINISTRY}, "
                              f"not by {OTHER_MINISTRY} (Art. 9.1)")


def test_art_9_1_approval_needs_its_written_document_and_a_valid_scope(ledger, item):
    with pytest.raises(ServiceError, match="^document: .*9.1"):
        inf.add_approval(ledger, item.code, authority=MINISTRY, purposes=["customs"])
    with pytest.raises(ServiceError, match=r"^scope: evidence use .*\(Art. 10.2\)"):
        inf.add_approval(ledger, item.code, authority=MINISTRY, purposes=["evidence"],
                         document=("a.pdf", b"x"))


def test_unknown_authority_and_purpose_are_refused_naming_the_field(ledger, item):
    with pytest.raises(NotFound, match="^authority: 'Nobody' is not on the list"):
        dis.disclose(ledger, [item.code], "Nobody", "customs")
    with pytest.raises(ServiceError, match="^purpose: 'gossip' is not one of"):
        dis.disclose(ledger, [item.code], CUSTOMS, "gossip")


def test_art_9_4_required_by_law_needs_the_law_and_records_the_obligation(ledger, item):
    with pytest.raises(ServiceError, match=r"^legal_basis: .*\(Art. 9.4\)"):
        dis.disclose(ledger, [item.code], PROSECUTOR, "required_by_law")
    v = dis.disclose(ledger, [item.code], PROSECUTOR, "required_by_law",
                     legal_basis="Example Act art. 1 (invented)")
    assert v.decision == "obligation"
    assert any(o.get("letter") == "disclosure_notice" for o in v.obligations)


def _evidence_request(desk, complete_fields, code: str) -> str:
    fields = dict(complete_fields, bases=["10.2"], title="Evidence request (invented)",
                  extra={"information_items": [code], "proceedings_reference": "Case 1 (invented)"})
    ref = rq.draft_outgoing(desk, "jp-us-1997", fields).our_ref
    rq.send_request(desk, ref)
    return ref


def test_art_10_2_evidence_allowed_only_once_the_diplomatic_request_is_answered(ledger, item,
                                                                                complete_fields):
    ref = _evidence_request(ledger, complete_fields, item.code)
    assert dis.check_disclosure(ledger, [item.code], PROSECUTOR, "evidence").verdict == "forbidden"
    rq.transition(ledger, ref, "answered")
    assert dis.check_disclosure(ledger, [item.code], PROSECUTOR, "evidence").verdict == "allowed"
    rq.transition(ledger, ref, "closed")  # closing after the answer keeps it answered
    assert dis.check_disclosure(ledger, [item.code], PROSECUTOR, "evidence").verdict == "allowed"


def test_art_10_1_evidence_use_without_10_2_request_is_refused_by_the_service(ledger, item):
    with pytest.raises(dis.DisclosureRefused) as err:
        dis.disclose(ledger, [item.code], PROSECUTOR, "evidence")
    assert err.value.article == "10.1"
    assert err.value.decision.letters == ("evidence_cover",)


def test_correction_is_a_new_entry_pointing_at_the_old_one(ledger, item):
    first = dis.disclose(ledger, [item.code], CUSTOMS, "customs", means="fax")
    fixed = dis.correct_disclosure(ledger, first.id, "means was secure e-mail", means="secure e-mail")
    assert fixed.corrects == first.id and fixed.means == "secure e-mail"
    assert dis.get_disclosure(ledger, first.id).means == "fax"  # the original stays
    with pytest.raises(ServiceError, match="^corrects: disclosure .* already corrected"):
        dis.correct_disclosure(ledger, first.id, "again", means="letter")
    rows = audit_page(ledger, AuditFilter(entity=f"disclosure:{fixed.id}"))
    assert rows[0].detail["corrects"] == first.id


def test_future_disclosure_date_is_refused(ledger, item):
    with pytest.raises(ServiceError, match="^disclosed_on: 2099-01-01 is in the future"):
        dis.disclose(ledger, [item.code], CUSTOMS, "customs", disclosed_on="2099-01-01")


def test_authority_list_kinds_and_duplicates(ledger):
    names = {a.name: a for a in dis.list_authorities(ledger)}
    assert names[POLICE].is_law_enforcement and names[PROSECUTOR].is_law_enforcement
    assert not names[MINISTRY].is_law_enforcement
    with pytest.raises(ServiceError, match="^name: an authority named"):
        dis.add_authority(ledger, POLICE, "police")
    with pytest.raises(ServiceError, match="^kind: 'army' is not one of"):
        dis.add_authority(ledger, "X (invented)", "army")
    with pytest.raises(ServiceError, match="^country:"):
        dis.add_authority(ledger, "Y (invented)", "court", country="J1")


def test_disclosure_obligations_are_stored_as_json(ledger, item):
    v = dis.disclose(ledger, [item.code], CUSTOMS, "customs")
    with ledger.read() as s:
        stored = json.loads(s.get(Disclosure, v.id).obligations)
    assert stored == list(v.obligations)
