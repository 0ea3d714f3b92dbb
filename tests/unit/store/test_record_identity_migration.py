"""Migration 0011: every record a field kit carries gets an identity two stores can share (a
UUID beside its key); rows stored before are back-filled, new rows get one on insert."""

from __future__ import annotations

import re

from alembic import command
from sqlalchemy import insert, inspect, select, text

from app.store import db as dbmod
from app.store import tables
from app.store.db import head_revision

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
CARRIED = ("administration", "designated_official", "authority", "request", "status_change",
           "outcome", "subject", "subject_name", "subject_identifier", "observation",
           "information_item", "document")


def _to(desk, revision: str) -> None:
    cfg = dbmod._alembic_config()
    with desk.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(liaison_write=True)
        command.downgrade(cfg, revision)


def _uuids(desk, table: str) -> list[str]:
    with desk.db.engine.connect() as conn:
        return list(conn.execute(text(f"SELECT uuid FROM {table}")).scalars())


def test_records_stored_before_0011_get_distinct_identities_and_new_rows_get_one(desk, complete_fields):
    from app.services.requests.commands import register_incoming, transition

    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    transition(desk, ref, "acknowledged")
    register_incoming(desk, "jp-us-1997", complete_fields)
    _to(desk, "0010")
    with desk.db.engine.connect() as conn:
        cols = {c["name"] for c in inspect(conn).get_columns("request")}
    assert "uuid" not in cols
    desk.db.migrate()
    assert desk.db.current_revision() == head_revision()
    for table in ("request", "status_change", "administration"):
        found = _uuids(desk, table)
        assert found and all(UUID4.match(u) for u in found), table
        assert len(set(found)) == len(found), table
    # A row inserted afterwards, by the ORM or by a Core statement, gets its own.
    register_incoming(desk, "jp-us-1997", complete_fields)
    with desk.db.engine.begin() as conn:
        conn.execute(insert(tables.authority).values(name="Invented Port Police", kind="police"))
        got = conn.execute(select(tables.authority.c.uuid)).scalars().all()
    assert all(UUID4.match(u) for u in got)
    requests = _uuids(desk, "request")
    assert len(requests) == 3 == len(set(requests))


def test_every_table_a_kit_carries_has_a_unique_identity_column():
    for name in CARRIED:
        column = tables.metadata.tables[name].c.uuid
        assert column.unique and column.default is not None, name
