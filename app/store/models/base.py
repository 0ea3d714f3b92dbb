"""Declarative base of the ORM classes (the write side), on the Core schema's ``MetaData``.

The schema itself, the naming convention and the UTC datetime type are in ``app.store.tables``;
they are re-exported here for the code that has always found them here.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from app.store import tables
from app.store.tables import (  # noqa: F401 - re-exported
    NAMING,
    UNMANAGED_TABLE_PREFIXES,
    UTCDateTime,
    include_name,
    utcnow,
)


class Base(DeclarativeBase):
    """Declarative base: every class maps onto a table of ``app.store.tables`` (``__table__``)."""

    metadata = tables.metadata
