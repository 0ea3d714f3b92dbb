"""The few SQL expressions that differ between SQLite and PostgreSQL, chosen by dialect name.

Statistics group by month and count days between dates. SQLite keeps dates and UTC datetimes as
ISO text (``YYYY-MM-DD``, ``YYYY-MM-DD HH:MM:SS.ffffff``) and has ``date()`` and ``julianday()``;
PostgreSQL has real ``date`` and ``timestamp`` types, ``to_char`` and date subtraction. Every other
expression of ``app.services.stats.queries`` is plain Core and the same on both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, String, cast, func, type_coerce

POSTGRESQL = "postgresql"


def month_of(dialect: str, col: Any) -> Any:
    """``YYYY-MM`` of a date or datetime column."""
    if dialect == POSTGRESQL:
        return func.to_char(col, "YYYY-MM", type_=String)
    return func.substr(col, 1, 7, type_=String)  # ISO text: the first seven characters


def date_of(dialect: str, col: Any) -> Any:
    """The (UTC) calendar date of a datetime column."""
    if dialect == POSTGRESQL:
        return cast(col, Date)
    return func.date(col, type_=Date)


def days_between(dialect: str, later: Any, earlier: Any) -> Any:
    """Whole days from date ``earlier`` to date ``later`` (negative when ``later`` is earlier)."""
    if dialect == POSTGRESQL:
        return type_coerce(later - earlier, Integer)  # date - date is an integer of days
    return cast(func.julianday(later) - func.julianday(earlier), Integer)
