"""Information items: restrictions recorded, corrections append, confidential views and output audited."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.services.admin.audit_log import AuditFilter, audit_page
from app.services.ledger import information as inf
from app.services.validation import NotFound, ServiceError
from app.store.models import InformationItem


def test_art_10_1_received_information_is_not_as_evidence_by_default(ledger):
    v = inf.add_information_item(ledger, direction="received", provider="CBP (invented)",
                                 title="Invented demo item")
    assert v.not_as_evidence and v.received_on == ledger.today()
    assert v.markings == ("not_as_evidence", "customs_only")


def test_art_9_2_notice_date_without_the_notice_is_refused(ledger):
    with pytest.raises(ServiceError, match=r"^no_law_enforcement_notice_on: .*\(Art. 9.2\)"):
        inf.add_information_item(ledger, direction="received", provider="CBP (invented)",
                                 title="Invented", no_law_enforcement_notice_on="2026-11-01")


def test_art_9_3_viewing_a_confidential_item_is_audited(ledger, item):
    before = len(audit_page(ledger, AuditFilter(action="information.view_confidential")))
    v = inf.get_information(ledger, item.code)
    assert v.summary.startswith("Invented demo text")
    rows = audit_page(ledger, AuditFilter(action="information.view_confidential"))
    assert len(rows) == before + 1 and rows[0].entity_id == item.code


def test_viewing_an_ordinary_item_is_not_an_audit_event(ledger):
    plain = inf.add_information_item(ledger, direction="provided", provider="Japan Customs",
                                     title="Invented reply", recipient="CBP (invented)")
    inf.get_information(ledger, plain.code)
    assert audit_page(ledger, AuditFilter(action="information.view_confidential")) == []


def test_export_and_print_are_audit_events(ledger, item):
    inf.record_output(ledger, "print", "disclosure_notice letter", [item.code])
    inf.record_output(ledger, "export", "ledger.json", [item.code])
    actions = [r.action for r in audit_page(ledger, AuditFilter(action="information."))][:2]
    assert actions == ["information.export", "information.print"]
    with pytest.raises(ServiceError, match="^action: 'email'"):
        inf.record_output(ledger, "email", "x")


def test_correction_adds_an_entry_and_hides_the_old_one_from_lists(ledger, item):
    fixed = inf.correct_information_item(ledger, item.code, "provider asked for 9.2 notice",
                                         no_law_enforcement=True,
                                         no_law_enforcement_notice_on="2026-11-15")
    assert fixed.corrects == item.code and fixed.no_law_enforcement
    assert [v.code for v in inf.list_information(ledger)] == [fixed.code]
    assert {v.code for v in inf.list_information(ledger, include_corrected=True)} == {item.code, fixed.code}
    assert inf.get_information(ledger, item.code, record_view=False).corrected_by == fixed.code
    with ledger.read() as s:
        assert s.execute(select(func.count(InformationItem.id))).scalar() == 2
    with pytest.raises(ServiceError, match="^corrects: .* already corrected"):
        inf.correct_information_item(ledger, item.code, "again", title="x")
    with pytest.raises(ServiceError, match="^correction_reason: is required"):
        inf.correct_information_item(ledger, fixed.code, "  ", title="x")
    with pytest.raises(ServiceError, match="^colour: is not a field"):
        inf.correct_information_item(ledger, fixed.code, "r", colour="red")


def test_documents_are_versioned_never_overwritten(ledger, item):
    first = inf.attach_document(ledger, item.code, "manifest.csv", b"a,b\n")
    second = inf.attach_document(ledger, item.code, "manifest.csv", b"a,b,c\n")
    v = inf.get_information(ledger, item.code, record_view=False)
    assert v.documents == ((first, "manifest.csv"), (second, "manifest.csv"))
    with pytest.raises(ServiceError, match="^content: the document is empty"):
        inf.attach_document(ledger, item.code, "empty.txt", b"")


def test_unknown_item_and_request_are_refused_naming_the_field(ledger):
    with pytest.raises(NotFound, match="^item: no information item 'I-99999'"):
        inf.get_information(ledger, "I-99999")
    with pytest.raises(NotFound, match="^request_ref:"):
        inf.add_information_item(ledger, direction="received", provider="x", title="y",
                                 request_ref="NOPE-1")
    with pytest.raises(ServiceError, match="^direction:"):
        inf.add_information_item(ledger, direction="sideways", provider="x", title="y")


def test_art_9_1_approvals_are_for_information_received(ledger):
    mine = inf.add_information_item(ledger, direction="provided", provider="Japan Customs",
                                    title="Invented")
    with pytest.raises(ServiceError, match=r"^item: .*\(Art. 9.1\)"):
        inf.add_approval(ledger, mine.code, authority="Ministry of Example Affairs (invented)",
                         purposes=["customs"], document=("a.pdf", b"x"))


def test_art_9_markings_for_stored_items_feed_the_letters(ledger, item):
    from app.documents.markings import ordered_restrictions

    barred = inf.add_information_item(ledger, direction="received", provider="CBP (invented)",
                                      title="Invented", no_law_enforcement=True)
    codes = inf.markings_for(ledger, [item.code, barred.code])
    assert codes == ("confidential", "not_as_evidence", "no_law_enforcement", "customs_only")
    assert ordered_restrictions(codes) == list(codes)  # the letters accept them as they are
