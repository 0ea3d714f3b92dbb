"""A desk shared by several officers: on a real PostgreSQL server the test run started, writers
at the same moment never share or skip a reference, never fork the audit chain, and never
silently overwrite each other's edits (which holds on SQLite as well)."""

from __future__ import annotations

import pytest

from app.services.requests.commands import edit_request, get_request, register_incoming, transition
from app.services.validation import StaleEdit


@pytest.mark.postgresql
def test_ten_writers_at_once_get_unique_gapless_references_and_one_intact_audit_chain(pg_database):
    from bench.shared_writers import run_writers

    out = run_writers(pg_database("base"), writers=10, each=20)
    assert out.errors == []
    assert out.written == out.stored == 200, "0 lost writes"
    assert out.duplicate_refs == 0
    assert out.gaps == []
    assert out.chain_problems == []


def test_a_save_on_a_stale_read_is_refused_naming_the_request_and_nothing_is_written(
        desk, complete_fields):
    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    opened = get_request(desk, ref)  # officer B opens the editor
    edit_request(desk, ref, {"notes": "officer A's note"})  # officer A saves first
    with pytest.raises(StaleEdit, match=rf"^request {ref}: was changed by another officer"):
        edit_request(desk, ref, {"notes": "officer B's note"}, expected_version=opened.version)
    assert get_request(desk, ref).notes == "officer A's note"
    saved = edit_request(desk, ref, {"notes": "officer B's note"},
                         expected_version=get_request(desk, ref).version)  # reload and reapply
    assert saved.notes == "officer B's note"


def test_every_save_and_step_moves_the_version_on(desk, complete_fields):
    view = register_incoming(desk, "jp-us-1997", complete_fields)
    edited = edit_request(desk, view.our_ref, {"notes": "n"})
    assert edited.version > view.version
    transition(desk, view.our_ref, "acknowledged")
    assert get_request(desk, view.our_ref).version > edited.version


@pytest.mark.postgresql
def test_two_desks_writing_the_same_request_at_once_the_later_write_is_refused(
        pg_database, complete_fields):
    """The race itself: both read the same version; the first write wins, the second's UPDATE
    finds the row moved on and is refused, whole. (On SQLite the second writer cannot even
    begin while the first holds the write lock.)"""
    from app.services.context import Desk
    from app.store.db import Database
    from app.store.models import Request

    url = pg_database("base")
    desk, other = Desk(Database.open_url(url), "Officer A"), Desk(Database.open_url(url), "Officer B")
    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    try:
        with pytest.raises(StaleEdit, match=f"^request {ref}: "):
            with desk.unit_of_work("request.edit", "request") as (s, note):
                note.entity_id = ref
                mine = s.query(Request).filter_by(our_ref=ref).one()  # read at version 1
                edit_request(other, ref, {"notes": "the other officer's"})  # commits version 2
                mine.notes = "mine"
        assert get_request(desk, ref).notes == "the other officer's"
    finally:
        other.db.close()
        desk.db.close()


@pytest.mark.postgresql
def test_several_desks_starting_at_once_on_a_new_server_migrate_it_once(pg_server):
    """The first desk migrates under an advisory lock; the others wait, find the schema at head
    and run nothing (no duplicate tables, no error)."""
    from concurrent.futures import ThreadPoolExecutor

    from app.store.db import Database, head_revision

    with pg_server.admin() as conn:
        conn.execute('DROP DATABASE IF EXISTS "startup_race" WITH (FORCE)')
        conn.execute('CREATE DATABASE "startup_race"')
    url = pg_server.url("startup_race")
    with ThreadPoolExecutor(4) as pool:
        dbs = list(pool.map(lambda _i: Database.open_url(url), range(4)))
    try:
        assert {db.current_revision() for db in dbs} == {head_revision()}
    finally:
        for db in dbs:
            db.close()
