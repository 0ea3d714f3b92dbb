"""How an editor's connection announces who opened a record and when (``app.store.presence``):
the officer's name and the time survive the server's 63-byte limit on an application name, or
the database role names the officer instead of a cut name."""

from __future__ import annotations

from datetime import UTC, datetime

from app.store.presence import application_name, read_application_name

SINCE = datetime(2026, 12, 7, 10, 42, 5, tzinfo=UTC)


def test_the_officer_and_the_time_come_back_as_announced():
    name = application_name("tanaka", SINCE)
    assert len(name.encode("utf-8")) <= 63
    seen = read_application_name(name, "tanaka_role")
    assert (seen.officer, seen.since) == ("tanaka", SINCE)


def test_a_name_the_server_would_cut_is_replaced_by_the_database_role():
    name = application_name("田中" * 30, SINCE)  # 180 bytes of name
    assert len(name.encode("utf-8")) <= 63
    assert read_application_name(name, "tanaka").officer == "tanaka"


def test_a_connection_that_says_nothing_is_named_by_its_role_with_no_time():
    seen = read_application_name("", "suzuki")
    assert (seen.officer, seen.since) == ("suzuki", None)


def test_a_name_in_another_script_is_left_to_the_role_the_server_would_mangle_it():
    name = application_name("田中", SINCE)
    assert name.isascii()
    seen = read_application_name(name, "tanaka")
    assert (seen.officer, seen.since) == ("tanaka", SINCE)
