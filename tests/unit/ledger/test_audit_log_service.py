"""Reading the audit log: SQL paging, filters, verification."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from app.services.admin.audit_log import (
    AuditFilter,
    audit_page,
    count_entries,
    distinct_values,
    verify_audit_chain,
)
from app.services.validation import ServiceError
from app.store.models import AuditEntry


def test_pages_come_from_sql_newest_first(ledger):
    total = count_entries(ledger)
    first = audit_page(ledger, limit=2)
    second = audit_page(ledger, offset=2, limit=2)
    assert total >= 7 and len(first) == 2
    assert first[0].id > first[1].id > second[0].id


def test_filters_by_actor_action_entity_and_date(ledger, item):
    assert {r.actor for r in audit_page(ledger, AuditFilter(actor="Officer Test"))} == {"Officer Test"}
    assert count_entries(ledger, AuditFilter(action="authority.")) == 6
    assert [r.entity_id for r in audit_page(ledger, AuditFilter(entity=f"information_item:{item.code}"))] \
        == [item.code]
    # Audit entries carry the real time of the write, not the desk's (fixed) clock.
    today = datetime.now(UTC).date()
    same_day = audit_page(ledger, AuditFilter(since=today, until=today))
    assert same_day and all(r.at.date() == today for r in same_day)
    assert count_entries(ledger, AuditFilter(until=today.replace(year=2000))) == 0
    assert "authority.add" in distinct_values(ledger, "action")


def test_bad_filter_input_is_refused_naming_the_field():
    with pytest.raises(ServiceError, match="^since: '2026-02-30' is not a date"):
        AuditFilter.parse(since="2026-02-30")
    with pytest.raises(ServiceError, match="^until: 2026-01-01 is before since"):
        AuditFilter.parse(since="2026-02-01", until="2026-01-01")


def test_pretty_detail_shows_the_change(ledger, item):
    row = audit_page(ledger, AuditFilter(action="information.add"))[0]
    assert '"confidential": true' in row.pretty_detail


def test_verify_names_the_altered_entry(ledger):
    assert verify_audit_chain(ledger) == []
    with ledger.db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(actor="Someone Else"))
    problems = verify_audit_chain(ledger)
    assert problems and problems[0].startswith("audit entry 2:")


def test_page_limits_are_checked(ledger):
    with pytest.raises(ServiceError, match="^limit:"):
        audit_page(ledger, limit=0)
    with pytest.raises(ServiceError, match="^offset:"):
        audit_page(ledger, offset=-1)
