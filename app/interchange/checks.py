"""Everything an interchange file must pass before one row is written.

1. the JSON Schema (``schema.py``; errors name the JSON path: ``requests[12].status: ...``),
2. values that the schema only shapes (real calendar dates, base64),
3. unique keys and every reference between rows (an id that points nowhere is refused),
4. document contents against their SHA-256 and size,
5. the audit hash chain, so a file altered after export is refused, not imported.
"""

from __future__ import annotations

import hashlib
import re
from itertools import repeat
from operator import itemgetter
from typing import Any

import fastjsonschema
from sqlalchemy import ForeignKeyConstraint, UniqueConstraint

from app.interchange.errors import InterchangeError
from app.interchange.schema import SHAPED, compiled_validator
from app.interchange.tables import TEXT_LIMIT, TableCodec
from app.security import audit
from app.services.validation import _BAD_CHARS

Decoded = dict[str, list[dict[str, Any]]]  # table name -> rows ready for insert


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _path(parts: list[str]) -> str:
    out = ""
    for part in parts[1:]:  # parts[0] is fastjsonschema's "data"
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out or "$"


def _schema_message(exc: fastjsonschema.JsonSchemaValueException) -> str:
    rule, value, definition = exc.rule, exc.value, exc.definition or {}
    if rule == "enum":
        allowed = ", ".join("null" if v is None else repr(v) for v in definition.get("enum", []))
        return f"{_short(value)} is not one of: {allowed}"
    if rule == "const":
        return f"{_short(value)} is not {definition.get('const')!r}"
    if rule == "required" and isinstance(value, dict):
        missing = [k for k in definition.get("required", []) if k not in value]
        return f"missing: {', '.join(missing)}"
    if rule == "additionalProperties" and isinstance(value, dict):
        extra = sorted(set(value) - set(definition.get("properties", {})))
        return f"unknown field(s): {', '.join(extra)}"
    if rule == "type":
        wanted = definition.get("type")
        wanted = " or ".join(wanted) if isinstance(wanted, list) else wanted
        return f"{_short(value)} is not of type {wanted}"
    if rule in ("minimum", "maximum"):
        return f"{_short(value)} is out of range (64-bit whole numbers only)"
    if rule == "pattern":
        pattern = definition.get("pattern", "")
        hint = {"T": "YYYY-MM-DDTHH:MM:SS.ffffffZ (UTC)", "-": "YYYY-MM-DD"}
        shape = hint["T"] if "T" in pattern else hint["-"] if "}-" in pattern else (
            "64 lower-case hex digits" if "0-9a-f" in pattern and "{64}" in pattern else "base64")
        return f"{_short(value)} does not have the form {shape}"
    return re.sub(r"^data\S*\s+", "", exc.message)


def check_schema(doc: Any) -> None:
    """Validate against the interchange JSON Schema; InterchangeError names the JSON path."""
    try:
        compiled_validator()(doc)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise InterchangeError(_path(list(exc.path)), _schema_message(exc)) from None


def decode_rows(doc: dict[str, Any], codecs: list[TableCodec]) -> Decoded:
    """Schema-checked JSON rows -> rows of Python values, every column present."""
    decoded: Decoded = {}
    for codec in codecs:
        full = len(codec.columns)
        special = [(c.name, c.decode) for c in codec.columns if c.kind in ("date", "datetime", "bytes")]
        defaults = {c.name: c.default for c in codec.columns}
        rows = []
        for i, raw in enumerate(doc[codec.collection]):
            row = raw if len(raw) == full else {**defaults, **raw}
            for name, dec in special:
                try:
                    row[name] = dec(row[name])
                except ValueError as exc:
                    raise InterchangeError(f"{codec.collection}[{i}].{name}",
                                           f"{_short(raw.get(name))}: {exc}") from None
            rows.append(row)
        decoded[codec.name] = rows
    return decoded


def _unique_sets(codec: TableCodec) -> list[tuple[str, ...]]:
    sets = [codec.primary_key]
    for cons in codec.table.constraints:
        if isinstance(cons, UniqueConstraint):
            sets.append(tuple(c.name for c in cons.columns))
    sets.extend((c.name,) for c in codec.table.columns if c.unique)
    sets.extend(tuple(c.name for c in ix.columns) for ix in codec.table.indexes if ix.unique)
    return list(dict.fromkeys(sets))


def check_keys(decoded: Decoded, codecs: list[TableCodec]) -> None:
    """Unique keys are unique and every foreign key points at a row of the file."""
    by_name = {c.name: c for c in codecs}
    for codec in codecs:
        rows = decoded[codec.name]
        for cols in _unique_sets(codec):
            # Fast path: a set of the keys, and the row-by-row search only when it is short.
            getter = itemgetter(*cols)
            keys = [k for k in map(getter, rows) if k is not None and
                    (len(cols) == 1 or None not in k)]
            if len(set(keys)) == len(keys):
                continue
            seen: dict[tuple, int] = {}
            for i, row in enumerate(rows):
                key = tuple(row[c] for c in cols)
                if None in key:
                    continue
                if key in seen:
                    raise InterchangeError(
                        f"{codec.collection}[{i}].{'+'.join(cols)}",
                        f"{_short(key[0] if len(key) == 1 else key)} repeats "
                        f"{codec.collection}[{seen[key]}]; it must be unique")
                seen[key] = i
        for cons in codec.table.constraints:
            if not isinstance(cons, ForeignKeyConstraint) or len(cons.elements) != 1:
                continue
            elem = cons.elements[0]
            col, target = elem.parent.name, elem.column
            parent = by_name[target.table.name]
            present = set(map(itemgetter(target.name), decoded[parent.name]))
            if set(map(itemgetter(col), rows)) - present <= {None}:
                continue
            for i, row in enumerate(rows):
                value = row[col]
                if value is not None and value not in present:
                    raise InterchangeError(
                        f"{codec.collection}[{i}].{col}",
                        f"{_short(value)} refers to no row of {parent.collection}")


def check_settings(decoded: Decoded) -> None:
    """Each known setting passes the check ``settings.set_setting`` applies (a reference pattern
    without ``{seq}`` would make every second new request fail; a negative idle time; ...)."""
    import json

    from app.services.admin import settings

    for i, row in enumerate(decoded.get("setting", [])):
        key = row.get("key")
        if key not in settings.DEFAULTS:
            continue
        try:
            settings.check_value(key, json.loads(row.get("value") or "null"))
        except ValueError as exc:  # ServiceError, json's own
            message = getattr(exc, "message", None) or str(exc)
            raise InterchangeError(f"settings[{i}].value", f"{key}: {message}") from None


def check_documents(decoded: Decoded) -> None:
    """Each document's content matches its recorded SHA-256 and size."""
    for i, row in enumerate(decoded.get("document", [])):
        content = row["content"] or b""
        if hashlib.sha256(content).hexdigest() != row["sha256"]:
            raise InterchangeError(f"documents[{i}].content", "does not match its sha256 (altered or damaged)")
        if len(content) != row["size"]:
            raise InterchangeError(f"documents[{i}].size", f"is {row['size']} but the content has {len(content)} bytes")


def check_catalogues(decoded: Decoded) -> None:
    """Each agreement's catalogue passes the full catalogue validation (schema 1 and its
    cross-references): the store reads its own catalogues as trusted, so none may enter unchecked."""
    import json

    from app.treaty.catalogue import agreement_from_dict
    from app.treaty.errors import CatalogueError

    for i, row in enumerate(decoded.get("agreement", [])):
        try:
            agreement_from_dict(json.loads(row["catalogue"]))
        except (CatalogueError, ValueError, TypeError) as exc:
            raise InterchangeError(f"agreements[{i}].catalogue", f"not a valid agreement catalogue ({exc})") from None


def check_audit_chain(decoded: Decoded, collection: str = "audit") -> str:
    """The imported audit log is an unbroken hash chain; returns its head hash."""
    expected = audit.GENESIS
    indexed = sorted(enumerate(decoded.get("audit_entry", [])), key=lambda p: p[1]["id"])
    for i, row in indexed:
        where = f"{collection}[{i}]"
        if hashlib.sha256(row["detail"].encode("utf-8")).hexdigest() != row["digest"]:
            raise InterchangeError(f"{where}.detail", "does not match its digest: the entry was altered")
        if row["prev_hash"] != expected:
            raise InterchangeError(f"{where}.prev_hash", "breaks the audit chain: an entry before it "
                                   "was altered, removed or inserted")
        stamp = f"{row['at'][:10]}T{row['at'][11:]}Z"  # back to the UTC stamp that was hashed
        got = audit.entry_hash(row["prev_hash"], stamp, row["actor"], row["action"],
                               row["entity_type"], row["entity_id"], row["digest"],
                               row.get("state"))
        if got != row["hash"]:
            raise InterchangeError(f"{where}.hash", "does not match the entry: the entry was altered")
        expected = row["hash"]
    return expected


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_ESCAPED_SURROGATE_BYTES = re.compile(_ESCAPED_SURROGATE.pattern.encode("ascii"))


def _keys_in(node: Any) -> int:
    """How many object keys ``node`` holds, nested ones included."""
    if isinstance(node, dict):
        return len(node) + sum(_keys_in(v) for v in node.values() if isinstance(v, (dict, list)))
    if isinstance(node, list):
        return sum(_keys_in(v) for v in node if isinstance(v, (dict, list)))
    return 0


def _escaped_colons(plain: bytes) -> int:
    """How many ``":`` in ``plain`` close an escaped quote inside a string (odd backslashes
    before the quote), not a key."""
    if plain.find(b'\\\\":') == -1:  # no run of two or more backslashes: each one escapes
        return plain.count(b'\\":')
    n, at = 0, plain.find(b'\\":')
    while at != -1:
        slashes, i = 0, at
        while i >= 0 and plain[i] == 0x5C:
            slashes, i = slashes + 1, i - 1
        n += slashes % 2
        at = plain.find(b'\\":', at + 1)
    return n


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise InterchangeError("file", f"the key {key!r} appears twice in one object; an "
                                   "export never does that (edited or forged file)")
        seen[key] = value
    return seen


def check_duplicate_keys(doc: dict[str, Any], plain: bytes, codecs: list[TableCodec]) -> None:
    """Refuse a file in which one object names a key twice (JSON parsers keep the last one
    silently, so an edit could hide behind an earlier value).

    An export is compact JSON: every key is followed by ``":``, so the parsed document's key
    count must equal the number of ``":`` in the file that are not escaped quotes. Only when
    they differ (a duplicate, or a file laid out by hand) is the file parsed again, slowly,
    by a parser that sees every key."""
    collections = {c.collection for c in codecs}
    rows = [doc[c] for c in collections if isinstance(doc.get(c), list)]
    keys = len(doc) + sum(sum(map(len, r)) for r in rows)  # the collections' names are keys too
    keys += _keys_in([v for k, v in doc.items() if k not in collections])
    if plain.count(b'":') - _escaped_colons(plain) == keys:
        return
    import json

    json.loads(plain.decode("utf-8"), object_pairs_hook=_no_duplicates)


def check_field_text(doc: dict[str, Any], codecs: list[TableCodec]) -> None:
    """Each text value passes the services' own text rules (``app.services.validation``): no
    control character other than tab and line breaks, no longer than its column takes.

    Column by column, with C-speed scans (the longest value, one search over the joined
    values); a row is looked for only when a column fails."""
    for codec in codecs:
        rows = doc[codec.collection]
        for col in codec.columns:
            if col.kind != "text" or (codec.name, col.name) in SHAPED:
                continue  # a hash's shape is checked by the schema already
            name = col.name
            # The schema has made every value text or null: the non-empty ones, gathered by
            # C-level map/filter (an export of 100,000 requests has some 15 million).
            values = list(filter(None, map(dict.get, rows, repeat(name))))
            if not values:
                continue
            limit = col.max_length or TEXT_LIMIT
            if max(map(len, values)) > limit:
                i, v = next((i, r[name]) for i, r in enumerate(rows)
                            if isinstance(r.get(name), str) and len(r[name]) > limit)
                raise InterchangeError(f"{codec.collection}[{i}].{name}",
                                       f"is {len(v):,} characters long; at most {limit:,} are allowed")
            if _BAD_CHARS.search("\n".join(values)):
                i, bad = next((i, m) for i, r in enumerate(rows)
                              if isinstance(r.get(name), str) and (m := _BAD_CHARS.search(r[name])))
                raise InterchangeError(f"{codec.collection}[{i}].{name}",
                                       f"contains the control character U+{ord(bad.group()):04X}, "
                                       "which cannot be stored or printed")


def check_text(text: str | bytes, doc: dict[str, Any], codecs: list[TableCodec]) -> None:
    """Refuse lone surrogates (escaped in the JSON, not valid Unicode, cannot be stored).

    The raw text (or its UTF-8 bytes) is scanned first so the row-by-row walk only runs on
    files that need it."""
    if isinstance(text, bytes):
        escaped = _ESCAPED_SURROGATE_BYTES.search(text) is not None
    else:
        escaped = _ESCAPED_SURROGATE.search(text) is not None
    if not escaped:
        return
    for codec in codecs:
        for i, row in enumerate(doc[codec.collection]):
            for name, value in row.items():
                if isinstance(value, str):
                    try:
                        value.encode("utf-8")
                    except UnicodeEncodeError:
                        raise InterchangeError(f"{codec.collection}[{i}].{name}",
                                               "contains a lone surrogate (not valid Unicode)") from None
