"""Declarative base, naming convention and the UTC datetime type shared by every model."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Stable constraint names so batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Tables made by raw SQL outside the ORM (the FTS5 search index and its shadow tables): Alembic's
# autogenerate and the models-vs-migrations test leave them alone.
UNMANAGED_TABLE_PREFIXES = ("search_fts",)


def include_name(name, type_, parent_names) -> bool:  # Alembic hook signature
    """Alembic ``include_name`` hook: skip the unmanaged tables."""
    return not (type_ == "table" and name and name.startswith(UNMANAGED_TABLE_PREFIXES))


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware (all stored times are UTC)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores naive UTC (portable across SQLite and PostgreSQL), returns aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):  # SQLAlchemy hook
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):  # SQLAlchemy hook
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base with a fixed naming convention."""

    metadata = MetaData(naming_convention=NAMING)
