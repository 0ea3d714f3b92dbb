"""Who acted, and what each may do, on a shared PostgreSQL desk: each officer connects as their
own database role, the audit names that role, and the desk roles (officer, supervisor, auditor)
are enforced by the services and by the server's grants."""

from __future__ import annotations

import itertools
import time

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.cli import main
from app.paths import DATABASE_URL_ENV
from app.services.requests.commands import assign, register_incoming
from app.services.validation import ServiceError

pytestmark = pytest.mark.postgresql

_n = itertools.count()


@pytest.fixture
def office(pg_server, pg_database, monkeypatch, capsys):
    """A new desk on the test server and a function ``sign_in(kind)``: a new login role of that
    desk role (granted with the CLI, as docs/administration.md does it), and its open desk."""
    from app.services import open_desk

    url = pg_database("base")
    from sqlalchemy import make_url

    database = make_url(url).database
    opened = []

    def sign_in(kind: str):
        name = f"{kind}_{next(_n)}"
        monkeypatch.setenv(DATABASE_URL_ENV, url)
        assert main(["server", "grant", name, "--as", kind]) == 0
        assert capsys.readouterr().out.strip() == f"{name}: {kind} on this desk (liaison_{kind})"
        monkeypatch.setenv(DATABASE_URL_ENV, pg_server.url(database, user=name))
        desk = open_desk()
        opened.append(desk)
        return desk

    yield sign_in
    for desk in opened:
        desk.db.close()


def _last_actor(desk) -> str:
    from app.store.models import AuditEntry

    with desk.read() as s:
        return s.execute(select(AuditEntry.actor).order_by(AuditEntry.id.desc()).limit(1)).scalar()


def test_the_audit_names_the_database_role_the_officer_signed_in_as(office, complete_fields):
    tanaka = office("officer")
    assert tanaka.actor.startswith("officer_")
    register_incoming(tanaka, "jp-us-1997", complete_fields)
    assert _last_actor(tanaka) == tanaka.actor


def test_an_auditor_reads_but_the_services_and_the_server_refuse_every_write(office, complete_fields):
    officer = office("officer")
    ref = register_incoming(officer, "jp-us-1997", complete_fields).our_ref
    auditor = office("auditor")
    from app.services.requests.commands import get_request

    assert get_request(auditor, ref).our_ref == ref
    with pytest.raises(ServiceError, match=r"^role: .* is an auditor on this desk"):
        register_incoming(auditor, "jp-us-1997", complete_fields)
    # A hand-made statement on the auditor's own connection: refused by the server itself.
    with pytest.raises(DBAPIError, match="read-only transaction|permission denied"), \
            auditor.db.engine.begin() as conn:
        conn.execute(text("UPDATE request SET title = 'changed by hand'"))
    with pytest.raises(DBAPIError, match="permission denied"), auditor.db.engine.begin() as conn:
        conn.execute(text("SET TRANSACTION READ WRITE"))
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('x', 'y')"))


def test_an_auditor_searches_and_checks_the_search_index_but_cannot_write_it(office,
                                                                            complete_fields):
    from app.services.search.queries import index_problems, search

    officer = office("officer")  # an officer's save writes the index rows (granted to the group)
    ref = register_incoming(officer, "jp-us-1997",
                            dict(complete_fields, parties_concerned="田中一郎（架空）")).our_ref
    auditor = office("auditor")
    assert [h.key for h in search(auditor, "田中")] == [ref]
    assert index_problems(auditor) == []  # verify's check reads only: a read-only session runs it
    with pytest.raises(DBAPIError, match="read-only transaction|permission denied"), \
            auditor.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_doc"))


def test_no_officer_can_change_or_remove_an_audit_entry_even_by_hand(office, complete_fields):
    officer = office("officer")
    register_incoming(officer, "jp-us-1997", complete_fields)
    for stmt in ("UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="permission denied"), officer.db.engine.begin() as conn:
            conn.execute(text(stmt))


def test_only_a_supervisor_reassigns_a_request_another_officer_holds(office, complete_fields):
    officer, supervisor = office("officer"), office("supervisor")
    ref = register_incoming(officer, "jp-us-1997", complete_fields).our_ref
    assign(officer, ref, officer.actor)  # taking an unassigned request is every officer's
    with pytest.raises(ServiceError, match=f"^officer: request {ref} is assigned to .*only a supervisor"):
        assign(officer, ref, "someone_else")
    assert assign(supervisor, ref, "someone_else").assigned_to == "someone_else"


def test_grant_on_a_file_desk_is_one_line_naming_the_server(tmp_path, fresh_store, capsys):
    d = fresh_store(tmp_path / "data")
    assert main(["server", "grant", "tanaka", "--as", "officer", "--data-dir", str(d)]) == 2
    assert capsys.readouterr().err.startswith("liaison-desk: server: roles exist on a shared PostgreSQL desk only")


def test_officers_signed_in_as_their_own_roles_see_who_else_has_a_record_open(office):
    """Who else is editing (``app.store.presence``) needs no right beyond signing in: pg_locks
    and the pid, role and application name in pg_stat_activity are readable by every role,
    an auditor's read-only session included. A closed editor is no longer listed."""
    from app.store.presence import open_presence

    tanaka, suzuki, auditor = office("officer"), office("officer"), office("auditor")
    since = tanaka.now()
    marks = [open_presence(d.db.engine, "request", 7, d.actor, since)
             for d in (tanaka, suzuki, auditor)]
    assert all(m is not None for m in marks)
    try:
        seen = marks[0].others()
        assert sorted(e.officer for e in seen) == sorted([suzuki.actor, auditor.actor])
        assert {e.since for e in seen} == {since.replace(microsecond=0)}
        elsewhere = open_presence(tanaka.db.engine, "subject", 7, tanaka.actor, since)
        assert elsewhere is not None and elsewhere.others() == []  # another kind of record
        elsewhere.close()
        marks[1].close()  # the server ends the session a moment after the desk hangs up
        deadline = time.monotonic() + 2.0
        while len(marks[0].others()) > 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [e.officer for e in marks[0].others()] == [auditor.actor]
    finally:
        for m in marks:
            m.close()
