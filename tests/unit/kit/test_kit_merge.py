"""Field kits through the services: what a merge carries back, and what it refuses.
All data is invented (the demo data set, and a few records made here)."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import func, select

from app.services.kit import conflicts, field, merge, prepare
from app.services.ledger.information import add_information_item, get_information
from app.services.requests import commands as rq
from app.services.surveillance import commands as sv
from app.services.surveillance import observations as ob
from app.services.validation import ServiceError
from app.store import tables

PASS = "kit passphrase for tests (invented)"
REF = "JC-US-2026-0004"  # demo: special surveillance of a vessel (subject S-0002)

pytestmark = pytest.mark.demo_data


def _field(desk, tmp_path, name: str = "field", kit: str = "k.kit", make: bool = True):
    if make:
        prepare.prepare_kit(desk, tmp_path / kit, PASS, requests=[REF])
    return field.open_kit(tmp_path / kit, tmp_path / name, PASS, actor="Field Officer (invented)").desk


def _object(desk, ref: str = REF) -> str:
    return rq.get_request(desk, ref).to_dict()["elements"]["object_and_reason"]


def test_a_merged_text_resolves_a_conflict_and_the_audit_keeps_both_versions(desk, tmp_path):
    fd = _field(desk, tmp_path)
    rq.edit_request(fd, REF, {"object_and_reason": "Field: vessel sighted at Honmoku (invented)"})
    rq.edit_request(desk, REF, {"object_and_reason": "Desk: vessel expected on 9 Dec (invented)"})
    field.write_return(fd, tmp_path / "r.ret", PASS)
    report = merge.merge_return(desk, tmp_path / "r.ret", PASS)
    [c] = conflicts.list_conflicts(desk)
    assert report.conflicts == [c.id] and c.is_text
    merged = "Vessel expected on 9 Dec, sighted at Honmoku (invented)"
    done = conflicts.resolve_conflict(desk, c.id, "merged", merged)
    assert done.status == "resolved" and done.resolution == "merged" and _object(desk) == merged
    from app.services.admin.audit_log import audit_page

    entry = next(e for e in audit_page(desk) if e.action == "conflict.resolve")
    detail = json.dumps(entry.detail, ensure_ascii=False)
    assert "Field: vessel sighted at Honmoku (invented)" in detail
    assert "Desk: vessel expected on 9 Dec (invented)" in detail


def test_photos_taken_in_the_field_arrive_once_with_their_hashes(desk, tmp_path):
    fd = _field(desk, tmp_path)
    photo = b"\xff\xd8invented photo" * 5000
    ob.attach_file(fd, "S-0002", "pier.jpg", photo, mime="image/jpeg")
    field.write_return(fd, tmp_path / "r1.ret", PASS)
    ob.add_observation(fd, "S-0002", {"observed_at": "2026-12-07T05:00:00Z", "place": "Yokohama",
                                      "text": "Later sighting (invented)"})
    field.write_return(fd, tmp_path / "r2.ret", PASS)
    merge.merge_return(desk, tmp_path / "r1.ret", PASS)
    report = merge.merge_return(desk, tmp_path / "r2.ret", PASS)  # cumulative: the photo again
    assert report.added == {"observation": 1}
    d = tables.document
    with desk.query() as conn:
        rows = conn.execute(select(d.c.sha256, d.c.content).where(d.c.filename == "pier.jpg")).all()
    assert len(rows) == 1 and rows[0].sha256 == hashlib.sha256(photo).hexdigest() == \
        hashlib.sha256(rows[0].content).hexdigest()


def test_information_received_in_the_field_gets_the_desks_next_code(desk, tmp_path):
    fd = _field(desk, tmp_path)
    provisional = add_information_item(fd, direction="received", provider="CBP (invented)",
                                       title="Crew list (invented)", request_ref=REF).code
    desk_next = add_information_item(desk, direction="received", provider="CBP (invented)",
                                     title="Manifest (invented)", request_ref=REF).code
    field.write_return(fd, tmp_path / "r.ret", PASS)
    report = merge.merge_return(desk, tmp_path / "r.ret", PASS)
    code = report.code_map[provisional]
    assert code != desk_next and get_information(desk, code).title == "Crew list (invented)"
    assert get_information(desk, desk_next).title == "Manifest (invented)"


def test_a_name_removed_in_the_field_goes_at_the_desk_and_a_new_one_arrives(desk, tmp_path):
    fd = _field(desk, tmp_path)
    before = sv.get_subject(desk, "S-0002").to_dict()["names"]
    sv.edit_subject(fd, "S-0002", {"names": ["EXAMPLE STAR (invented)"]})
    field.write_return(fd, tmp_path / "r.ret", PASS)
    report = merge.merge_return(desk, tmp_path / "r.ret", PASS)
    after = sv.get_subject(desk, "S-0002").to_dict()["names"]
    assert report.removed.get("subject_name") == len(before)
    assert [n["name"] if isinstance(n, dict) else n for n in after] == ["EXAMPLE STAR (invented)"]


def test_a_return_signed_by_another_field_desk_than_the_first_is_refused(desk, tmp_path):
    first = _field(desk, tmp_path, "field-1")
    second = _field(desk, tmp_path, "field-2", make=False)  # the same kit opened twice
    field.write_return(first, tmp_path / "a.ret", PASS)
    field.write_return(second, tmp_path / "b.ret", PASS)
    field.write_return(second, tmp_path / "b2.ret", PASS)
    merge.merge_return(desk, tmp_path / "a.ret", PASS)
    with pytest.raises(ServiceError, match="signed by another field desk"):
        merge.merge_return(desk, tmp_path / "b2.ret", PASS)


def test_kit_records_are_marked_in_the_field_until_the_return_is_merged(desk, tmp_path):
    fd = _field(desk, tmp_path)
    assert conflicts.field_mark(desk, "request", REF).startswith("in the field: kit K-0001 since")
    assert conflicts.field_mark(desk, "subject", "S-0002") is not None
    assert conflicts.field_mark(desk, "subject", "S-0001") is None
    assert field.is_field_desk(fd).code == "K-0001" and field.is_field_desk(desk) is None
    with pytest.raises(ServiceError, match="this is a field desk"):
        prepare.prepare_kit(fd, tmp_path / "again.kit", PASS, requests=[REF])
    with pytest.raises(ServiceError, match="not a field desk"):
        field.write_return(desk, tmp_path / "nope.ret", PASS)
    field.write_return(fd, tmp_path / "r.ret", PASS)
    merge.merge_return(desk, tmp_path / "r.ret", PASS)
    assert conflicts.field_mark(desk, "request", REF) is None
    with desk.query() as conn:
        assert conn.execute(select(func.count()).select_from(tables.field_kit)).scalar() == 1


def test_a_request_registered_in_the_field_gets_the_desks_next_reference(desk, tmp_path):
    fd = _field(desk, tmp_path)
    fields = {"title": "Walk-in tip at the pier (invented)", "bases": ["4.2(c)"],
              "object_and_reason": "Check container DEMU7654321 (invented)"}
    provisional = rq.register_incoming(fd, "jp-us-1997", fields).our_ref
    assert provisional.startswith("FIELD-")
    field.write_return(fd, tmp_path / "r.ret", PASS)
    report = merge.merge_return(desk, tmp_path / "r.ret", PASS)
    ref = report.code_map[provisional]
    assert not ref.startswith("FIELD-")
    view = rq.get_request(desk, ref)
    assert view.title == "Walk-in tip at the pier (invented)" and view.status == "received"
