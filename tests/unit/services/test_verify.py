"""``verify`` finds each kind of damage and names it."""

from __future__ import annotations

import pytest

from app.services.admin.verify import verify_store
from app.services.requests import commands as rq


def test_verify_is_clean_on_a_fresh_store_with_requests(desk, complete_fields):
    rq.register_incoming(desk, "jp-us-1997", complete_fields)
    assert verify_store(desk) == []


@pytest.mark.sqlite_only  # the FTS5 index itself: a server desk searches its tables
def test_verify_reports_a_search_index_out_of_step(desk, complete_fields):
    rq.register_incoming(desk, "jp-us-1997", complete_fields)
    with desk.db.write() as s:
        s.connection().exec_driver_sql("DELETE FROM search_fts")
    problems = verify_store(desk)
    assert any(p.startswith("search index:") for p in problems)


def test_verify_names_a_document_whose_bytes_changed(desk, complete_fields):
    import hashlib

    from app.store.models import Document

    with desk.db.write() as s:
        s.add(Document(series="t/1", version=1, kind="attachment", filename="scan.txt",
                       mime="text/plain", size=5, sha256=hashlib.sha256(b"hello").hexdigest(),
                       content=b"hellO", actor="test"))
    problems = verify_store(desk)
    assert any("scan.txt" in p and "SHA-256" in p for p in problems)
