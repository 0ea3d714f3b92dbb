"""The JSON Schema of interchange format version 1, generated from the store's models.

``resources/schema/interchange-v1.json`` is this module's output, committed so that other tools
can validate files without Python; a test checks it is current. After a schema change run::

    python -m tools.write_schema

Draft 7 is used because both ``jsonschema`` (reference checks, tests) and ``fastjsonschema``
(the importer's fast path: a 100k-request file is validated in about a second) implement it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.interchange.tables import ENUMS, FORMAT, FORMAT_VERSION, TableCodec, table_codecs

SCHEMA_ID = "https://liaison-desk.invalid/schema/interchange-v1.json"
DATE_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$"
BASE64_RE = r"^[A-Za-z0-9+/]*={0,2}$"
HEX64_RE = r"^[0-9a-f]{64}$"

_KIND_SCHEMA: dict[str, dict[str, Any]] = {
    # SQLite (and PostgreSQL BIGINT) hold 64-bit signed integers.
    "integer": {"type": "integer", "minimum": -(2**63), "maximum": 2**63 - 1},
    "boolean": {"type": "boolean"},
    "text": {"type": "string"},
    "date": {"type": "string", "pattern": DATE_RE},
    "datetime": {"type": "string", "pattern": DATETIME_RE},
    "bytes": {"type": "string", "pattern": BASE64_RE},
}

# Columns whose text has a fixed shape worth checking before anything is written.
SHAPED: dict[tuple[str, str], dict[str, Any]] = {
    ("document", "sha256"): {"type": "string", "pattern": HEX64_RE},
    ("audit_entry", "digest"): {"type": "string", "pattern": HEX64_RE},
    ("audit_entry", "prev_hash"): {"type": "string", "pattern": HEX64_RE},
    ("audit_entry", "hash"): {"type": "string", "pattern": HEX64_RE},
}


def _row_schema(codec: TableCodec) -> dict[str, Any]:
    props: dict[str, Any] = {}
    required = []
    for col in codec.columns:
        enum = ENUMS.get((codec.name, col.name))
        base = {"enum": list(enum)} if enum else dict(
            SHAPED.get((codec.name, col.name), _KIND_SCHEMA[col.kind]))
        if col.nullable:
            base = {"enum": [*enum, None]} if enum else {**base, "type": [base["type"], "null"]}
        props[col.name] = base
        if not col.nullable and col.default is None:
            required.append(col.name)
    return {
        "type": "object",
        "description": f"one row of the table '{codec.name}'",
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def build_schema() -> dict[str, Any]:
    """The whole schema as a dict."""
    codecs = table_codecs()
    props: dict[str, Any] = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "store_revision": {"type": "string",
                           "description": "the store's migration revision when exported"},
        "_header": {"type": "object",
                    "description": "the signed header: the desk's Ed25519 signature and the "
                    "audit chain's head (docs/interchange.md)"},
    }
    for codec in codecs:
        props[codec.collection] = {"type": "array", "items": _row_schema(codec)}
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "Liaison Desk interchange file, format version 1",
        "description": "Everything in a Liaison Desk store: one array per table, one object per "
        "row, ids preserved. See docs/interchange.md.",
        "type": "object",
        "properties": props,
        "required": ["format", "format_version", "store_revision", *[c.collection for c in codecs]],
        "additionalProperties": False,
    }


def schema_text() -> str:
    """The schema as the committed file holds it."""
    return json.dumps(build_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def schema_path() -> Path:
    """Where the schema file ships."""
    from app.paths import resource

    return resource("schema", "interchange-v1.json")


def write_schema(target: Path | None = None) -> Path:
    """Regenerate the committed schema file; returns its path."""
    target = Path(target) if target else schema_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")
    return target


@lru_cache(maxsize=1)
def compiled_validator():  # a fastjsonschema callable
    """The compiled validator (built once per process from the generated schema)."""
    import fastjsonschema

    return fastjsonschema.compile(build_schema())
