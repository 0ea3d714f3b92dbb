"""A store with at least one row in every table (invented data), for export/import tests."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.store.models import (
    Approval,
    Authority,
    DesignatedOfficial,
    Disclosure,
    DisclosureItem,
    Document,
    FieldKit,
    FieldKitRecord,
    InformationItem,
    KitConflict,
    Observation,
    Outcome,
    Request,
    RequestSubject,
    Subject,
    SubjectIdentifier,
    SubjectName,
)


def fill_every_table(desk, complete_fields: dict) -> None:
    """Requests and their history through the services; the tables whose services are still
    being written get rows directly (inside one audited unit of work, like a service)."""
    from app.services.admin.settings import set_setting
    from app.services.ledger.information import add_information_item
    from app.services.requests.commands import register_incoming, transition

    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    transition(desk, ref, "acknowledged")
    transition(desk, ref, "refused", grounds=["11.1-public-policy"],
               statement="Invented statement of reasons — 漢字, emoji 😀, RTL \u200f مرحبا")
    add_information_item(desk, direction="received", provider="U.S. CBP (invented)",
                         title="Shipping records <b>markup</b> & \"quotes\"", request_ref=ref,
                         confidential=True)
    set_setting(desk, "due_soon_days", 5)
    content = b"%PDF-1.4 invented\x00\xff binary"
    with desk.unit_of_work("test.fill", "test") as (s, note):
        req = s.execute(select(Request)).scalars().first()
        item = s.execute(select(InformationItem)).scalars().first()
        s.add(DesignatedOfficial(administration_id=1, name="Officer Example (invented)"))
        subj = Subject(code="S-00001", kind="person", subkind="natural",
                       display_name="YAMADA Taro (invented)", details='{"dob": "1970-01-01"}')
        s.add(subj)
        s.flush()
        s.add_all([
            SubjectName(subject_id=subj.id, name="山田太郎", script="kanji"),
            SubjectIdentifier(subject_id=subj.id, id_type="passport", value="TZ 000001",
                              normalized="TZ000001"),
            RequestSubject(request_id=req.id, subject_id=subj.id, role="subject"),
            Observation(subject_id=subj.id, request_id=req.id, event="arrival",
                        observed_at=datetime(2026, 11, 1, 8, 0, 0, 123456, tzinfo=UTC),
                        place="Narita", actor=desk.actor),
        ])
        auth = Authority(name="Invented Prosecutor's Office", kind="prosecutor", country="JP",
                         is_law_enforcement=True)
        s.add(auth)
        s.flush()
        doc = Document(series="approval-1", kind="approval", filename="approval.pdf",
                       mime="application/pdf", size=len(content),
                       sha256=hashlib.sha256(content).hexdigest(), content=content,
                       item_id=item.id, actor=desk.actor)
        s.add(doc)
        s.flush()
        appr = Approval(item_id=item.id, authority_id=auth.id, scope='["prosecution"]',
                        document_id=doc.id, granted_on=date(2026, 11, 2))
        s.add(appr)
        s.flush()
        disc = Disclosure(authority_id=auth.id, purpose="prosecution", disclosed_on=date(2026, 11, 3),
                          decision="allowed", approval_id=appr.id, actor=desk.actor)
        s.add(disc)
        s.flush()
        s.add(DisclosureItem(disclosure_id=disc.id, item_id=item.id))
        kit = FieldKit(uuid="00000000-0000-4000-8000-000000000001", code="K-0001", role="desk",
                       status="returned", desk_uuid="00000000-0000-4000-8000-000000000002",
                       desk_key="0000:0000", base="{}", last_return=1, audit_count=0,
                       code_map='{"FS-0001": "S-00002"}', created_by=desk.actor)
        s.add(kit)
        s.flush()
        s.add_all([
            FieldKitRecord(kit_id=kit.id, kind="request", record_id=req.id),
            KitConflict(kit_id=kit.id, entity_type="request", record_uuid=req.uuid,
                        record_label=req.our_ref, field="object_and_reason",
                        base_value='"base"', desk_value='"desk"', field_value='"field"',
                        status="open"),
        ])
        note.change = {"filled": True}
    with desk.read() as s:
        assert s.execute(select(func.count(Outcome.id))).scalar() == 1


@pytest.fixture
def rich_desk(desk, complete_fields):
    """The ``desk`` fixture with a row in every table."""
    fill_every_table(desk, complete_fields)
    return desk


@pytest.fixture
def empty_desk(request, tmp_path, fresh_store, store_kind):
    """A second, new store (only the built-in agreements) to import into: of the same kind as
    ``desk`` (a new database on the test server for a desk on PostgreSQL)."""
    from app.services import open_desk

    if store_kind == "postgresql":
        from app.services.context import Desk
        from app.store.db import Database

        d = Desk(Database.open_url(request.getfixturevalue("pg_database")("base")), "Officer Import")
    else:
        d = open_desk(fresh_store(tmp_path / "empty"), actor="Officer Import", local=True)
    yield d
    d.db.close()
