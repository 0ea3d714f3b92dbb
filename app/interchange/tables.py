"""How each table of the store appears in an interchange file, and how values are encoded.

The format is derived from the models (``app.store.models``): one top-level array per table,
one JSON object per row, every column under its own name. Deriving it keeps the exporter,
the importer and the JSON Schema from drifting apart when a column is added; the schema file in
``resources/schema`` is regenerated from here and a test checks that it is current.

Encodings (the same everywhere): dates ``YYYY-MM-DD``; times UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ``;
bytes base64 (standard alphabet, padded); JSON-in-text columns stay text, verbatim.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, ColumnDefault, Date, DateTime, Integer, LargeBinary, String, Table

from app.store.models import Base, UTCDateTime

FORMAT = "liaison-desk-interchange"
FORMAT_VERSION = 1

# Friendlier collection names than the table names; a table added later without an entry here
# still travels, under its table name.
COLLECTIONS: dict[str, str] = {
    "agreement": "agreements",
    "administration": "administrations",
    "designated_official": "officials",
    "ref_counter": "ref_counters",
    "request": "requests",
    "status_change": "status_changes",
    "outcome": "outcomes",
    "subject": "subjects",
    "subject_name": "subject_names",
    "subject_identifier": "subject_identifiers",
    "request_subject": "request_subjects",
    "observation": "observations",
    "authority": "authorities",
    "information_item": "information_items",
    "approval": "approvals",
    "disclosure": "disclosures",
    "disclosure_item": "disclosure_items",
    "document": "documents",
    "setting": "settings",
    "audit_entry": "audit",
}

# Closed value lists the importer enforces through the schema (the same lists the services use).
# Kept here rather than imported from app.treaty per column so the schema file reads plainly.
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {}


def _load_enums() -> None:
    from app.treaty.lifecycle import Direction, Status

    statuses = tuple(s.value for s in Status)
    ENUMS.update({
        ("request", "direction"): tuple(d.value for d in Direction),
        ("request", "status"): statuses,
        ("request", "form"): ("written", "oral"),
        ("request", "urgency"): ("normal", "urgent"),
        ("status_change", "to_status"): statuses,
        ("status_change", "from_status"): statuses,
        ("information_item", "direction"): ("received", "provided"),
    })


_load_enums()


@dataclass(frozen=True)
class ColumnCodec:
    """One column: its JSON kind and whether null / absence is allowed."""

    name: str
    kind: str  # integer | boolean | text | date | datetime | bytes
    nullable: bool
    default: Any  # value used when an (older) file lacks the key; only scalar defaults
    #: The longest text the column takes (characters): its declared length, else TEXT_LIMIT.
    max_length: int | None = None

    def encode(self, value: Any) -> Any:
        """Python value from the store -> JSON value."""
        if value is None:
            return None
        if self.kind == "datetime":
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if self.kind == "date":
            return value.isoformat()
        if self.kind == "bytes":
            return base64.b64encode(bytes(value)).decode("ascii")
        if self.kind == "boolean":
            return bool(value)
        return value

    def decode(self, value: Any) -> Any:
        """JSON value (already schema-checked) -> the value as the store keeps it; ValueError
        if bad. Dates stay ``YYYY-MM-DD`` and times become ``YYYY-MM-DD HH:MM:SS.ffffff`` (naive
        UTC): exactly SQLAlchemy's SQLite storage forms, so the importer can hand rows to the
        driver without per-value conversion (``to_python`` gives objects for other databases)."""
        if value is None:
            return None
        if self.kind == "datetime":
            datetime.fromisoformat(value[:-1])  # raises on an impossible date or time
            return f"{value[:10]} {value[11:26]}"
        if self.kind == "date":
            date.fromisoformat(value)
            return value
        if self.kind == "bytes":
            try:
                return base64.b64decode(value, validate=True)
            except binascii.Error as exc:
                raise ValueError(f"not valid base64 ({exc})") from None
        return value


    def to_python(self, stored: Any) -> Any:
        """A decoded value as a Python object (for databases other than SQLite)."""
        if stored is None:
            return None
        if self.kind == "datetime":
            return datetime.fromisoformat(stored)
        if self.kind == "date":
            return date.fromisoformat(stored)
        return stored


@dataclass(frozen=True)
class TableCodec:
    """One table: its collection name, primary key and columns in declaration order."""

    table: Table
    collection: str
    columns: tuple[ColumnCodec, ...]
    primary_key: tuple[str, ...]

    @property
    def name(self) -> str:
        """The SQL table name."""
        return self.table.name


def _kind(coltype: Any) -> str:
    # Order matters: UTCDateTime wraps DateTime; Text is a String; Boolean before Integer.
    if isinstance(coltype, (UTCDateTime, DateTime)):
        return "datetime"
    if isinstance(coltype, Date):
        return "date"
    if isinstance(coltype, Boolean):
        return "boolean"
    if isinstance(coltype, Integer):
        return "integer"
    if isinstance(coltype, LargeBinary):
        return "bytes"
    if isinstance(coltype, String):
        return "text"
    raise TypeError(f"interchange: no encoding for column type {coltype!r}")


#: The longest value an undeclared-length text column takes from an interchange file: above
#: anything the services store (free texts at most 100,000 characters; an agreement's catalogue
#: or an audit entry's detail some tens of thousands), far below a field that fills memory.
TEXT_LIMIT = 2_000_000


def _codec(table: Table) -> TableCodec:
    cols = []
    for col in table.columns:
        default = None
        if isinstance(col.default, ColumnDefault) and col.default.is_scalar:
            default = col.default.arg
        nullable = bool(col.nullable) and not col.primary_key
        kind = _kind(col.type)
        longest = (getattr(col.type, "length", None) or TEXT_LIMIT) if kind == "text" else None
        cols.append(ColumnCodec(col.name, kind, nullable, default, longest))
    return TableCodec(
        table=table,
        collection=COLLECTIONS.get(table.name, table.name),
        columns=tuple(cols),
        primary_key=tuple(c.name for c in table.primary_key.columns),
    )


#: Tables that never travel: the desk's private signing key stays in its store (an export
#: carries the public key in its signature only, ``app.security.signing``).
NOT_INTERCHANGED = frozenset({"desk_key"})


def table_codecs() -> list[TableCodec]:
    """Every table of the store that travels, parents before children (the order rows are
    inserted in)."""
    return [_codec(t) for t in Base.metadata.sorted_tables if t.name not in NOT_INTERCHANGED]
