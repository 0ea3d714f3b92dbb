"""Migration 0007: free texts in each language. A store from before keeps every text, now read
as its English version; the new columns go again on a downgrade."""

from __future__ import annotations

import pytest

from app.services.requests import commands as rq
from app.store.db import head_revision
from tests.unit.store.test_terminates_on_migration import _to

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


def _columns(desk, table: str) -> set[str]:
    with desk.db.engine.connect() as conn:
        return {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}


def test_art_7_2_texts_of_a_store_from_before_are_kept_as_their_english_version(desk, complete_fields):
    _to(desk, "0006")
    assert "texts" not in _columns(desk, "request") and "text_lang" not in _columns(desk, "outcome")
    with desk.db.engine.begin() as conn:  # a request as the 0006 schema stores it
        conn.exec_driver_sql(
            "INSERT INTO request (our_ref, direction, agreement_id, title, bases, form, urgency, extra, "
            "reciprocity, status, object_and_reason, created_at, updated_at) "
            "SELECT 'JC-US-2020-0001', 'outgoing', id, 'Old (invented)', '', 'written', 'normal', '{}', 0, "
            "'draft', 'Old text (invented)', '2020-01-01 00:00:00', '2020-01-01 00:00:00' "
            "FROM agreement WHERE key = 'jp-us-1997'")
    desk.db.migrate()
    assert desk.db.current_revision() == head_revision()
    view = rq.get_request(desk, "JC-US-2020-0001")
    assert view.text_lang == "en" and view.text_versions["object_and_reason"] == {"en": "Old text (invented)"}
    view = rq.edit_request(desk, view.our_ref, {"object_and_reason": {"ja": "古い記載（架空）"}})
    assert view.text_versions["object_and_reason"] == {"en": "Old text (invented)", "ja": "古い記載（架空）"}


def test_downgrade_from_0007_drops_the_language_columns(desk):
    _to(desk, "0006")
    for table in ("request", "outcome"):
        assert not {"texts", "text_lang"} & _columns(desk, table)
    desk.db.migrate()
    assert {"texts", "text_lang"} <= _columns(desk, "request")
