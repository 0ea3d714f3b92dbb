"""SQL that reads the same on SQLite and PostgreSQL, where the two spell it differently.

``group_concat(expr, sep)`` is SQLite's aggregate and ``string_agg`` PostgreSQL's; ``char(n)`` is
``chr(n)`` there. The functions here compile to each dialect's own spelling, so a query is
written once (``app.services``) and runs on either store.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class joined(GenericFunction):  # noqa: N801 - SQL function names are lower case
    """``joined(expr, sep)``: the group's values joined by ``sep`` (NULLs skipped)."""

    type = String()
    inherit_cache = True
    name = "joined"


@compiles(joined)
def _joined_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.clauses, **kw)})"


@compiles(joined, "postgresql")
def _joined_pg(element: Any, compiler: Any, **kw: Any) -> str:
    return f"string_agg({compiler.process(element.clauses, **kw)})"


class char(GenericFunction):  # noqa: N801
    """``char(n)``: the character of code point ``n``."""

    type = String()
    inherit_cache = True
    name = "char"


@compiles(char, "postgresql")
def _char_pg(element: Any, compiler: Any, **kw: Any) -> str:
    return f"chr({compiler.process(element.clauses, **kw)})"


def advance_sequences(conn: Connection) -> None:
    """After rows were written with their ids given (an import, the synthetic data), move each
    table's id sequence past the largest id, so that the next row the desk adds gets a new one.
    SQLite needs nothing (its rowids follow the largest); a no-op there."""
    if conn.dialect.name != "postgresql":
        return
    rows = conn.execute(text(
        "SELECT c.table_name, c.column_name, pg_get_serial_sequence(c.table_name, c.column_name) "
        "FROM information_schema.columns c WHERE c.table_schema = current_schema() "
        "AND c.column_default LIKE 'nextval(%'")).all()
    for table, column, sequence in rows:
        if sequence is None:
            continue
        conn.execute(text(
            f'SELECT setval(:seq, coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false)'),
            {"seq": sequence})


#: The advisory lock (``pg_advisory_xact_lock``) that serialises audit appends on PostgreSQL.
AUDIT_LOCK = 0x4C44_4155  # "LDAU"
#: The advisory lock held around schema migrations on PostgreSQL (several desks starting at once).
MIGRATION_LOCK = 0x4C44_4D47  # "LDMG"


def serialise(conn: Connection, key: int) -> None:
    """Hold the transaction-scoped advisory lock ``key`` until ``conn``'s transaction ends
    (PostgreSQL); on SQLite every write transaction already holds the one write lock
    (``BEGIN IMMEDIATE``), so nothing is needed."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def locked_counter(session: Any, model: Any, **key: Any) -> Any:
    """The counter row ``key`` of ``model`` (``ref_counter``), made if missing, locked for the
    rest of the transaction (``SELECT ... FOR UPDATE`` on PostgreSQL): two officers taking the
    next reference at once get consecutive numbers, never the same one and never a gap. On
    SQLite the transaction's write lock (``BEGIN IMMEDIATE``) does the same."""
    from sqlalchemy import select

    conn = session.connection()
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert

        session.flush()
        conn.execute(insert(model.__table__).values(**key, last=0).on_conflict_do_nothing())
    stmt: Any = select(model).filter_by(**key).with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None:
        row = model(**key, last=0)
        session.add(row)
    return row
