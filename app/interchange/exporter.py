"""Export: the whole store as one canonical JSON document.

Canonical means the same store always gives the same bytes: keys sorted, one row per line,
rows ordered by primary key, ids as stored, times in one UTC format, no insignificant spaces.
That is what makes ``export -> import -> export`` comparable byte for byte (docs/interchange.md).
"""

from __future__ import annotations

import json
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.interchange import crypto, signature
from app.interchange.errors import InterchangeError
from app.interchange.tables import FORMAT, FORMAT_VERSION, TableCodec, table_codecs
from app.security import audit, files, signing
from app.services.context import Desk


def _dump(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)


def canonical_bytes(doc: dict[str, Any]) -> bytes:
    """Serialise an interchange document canonically: sorted keys, one array element a line."""
    keys = sorted(doc)
    parts = ["{\n"]
    for i, key in enumerate(keys):
        value = doc[key]
        sep = "," if i < len(keys) - 1 else ""
        if isinstance(value, list) and value:
            parts.append(f"{_dump(key)}:[\n")
            parts.append(",\n".join(_dump(row) for row in value))
            parts.append(f"\n]{sep}\n")
        else:
            parts.append(f"{_dump(key)}:{_dump(value)}{sep}\n")
    parts.append("}\n")
    try:
        return "".join(parts).encode("utf-8")
    except UnicodeEncodeError as exc:  # only a store written around the services could hold this
        raise InterchangeError("store", f"holds text that is not valid Unicode ({exc.reason})") from None


def sign_document(desk: Desk, doc: dict[str, Any]) -> bytes:
    """An interchange document (a dict, any signed header it holds dropped) signed by ``desk``;
    its head is the document's own audit log (for tests and tools that build a file by hand)."""
    return signature.sign_file(desk, canonical_bytes({k: v for k, v in doc.items()
                                                      if k != signature.KEY}))


def _rows(session: Session, codec: TableCodec) -> list[dict[str, Any]]:
    table = codec.table
    names = [c.name for c in codec.columns]
    # Text and integers pass through; only dates, times, bytes and booleans need encoding.
    encoders = [(i, c.encode) for i, c in enumerate(codec.columns)
                if c.kind not in ("text", "integer")]
    stmt = select(*[table.c[n] for n in names]).order_by(*[table.c[k] for k in codec.primary_key])
    out = []
    for row in session.execute(stmt.execution_options(yield_per=5000)):
        values = list(row)
        for i, enc in encoders:
            values[i] = enc(values[i])
        out.append(dict(zip(names, values, strict=True)))
    return out


def build_document(session: Session) -> dict[str, Any]:
    """Every table of the store as an interchange document (a plain dict)."""
    from app.store.db import head_revision

    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "store_revision": head_revision(),
    }
    for codec in table_codecs():
        doc[codec.collection] = _rows(session, codec)
    return doc


def export_store(desk: Desk, *, out: Path | None = None, passphrase: str | None = None) -> bytes:
    """Export everything; returns the bytes written (and writes them to ``out`` if given).

    The export is itself recorded first (``store.export``, naming the signer), so the file
    carries the record of its own making. The file is signed by the desk's key and names the
    audit chain's head (``signature``). With ``passphrase`` the bytes are encrypted
    (``crypto``)."""
    if passphrase is not None:
        from app.security.strength import check_passphrase

        try:
            check_passphrase("passphrase", passphrase)
        except ValueError as exc:
            raise InterchangeError("passphrase", str(exc).split(": ", 1)[1]) from None
    key = signing.desk_key(desk)  # made before the export's entry, which names it
    with desk.unit_of_work("store.export", "store") as (_s, note):
        note.change = {"encrypted": passphrase is not None,
                       "file": Path(out).name if out is not None else None,
                       "signer": signing.fingerprint(signing.public_bytes(key))}
    with desk.read() as session:
        doc = build_document(session)
        head = audit.head(session)
    data = signature.sign_content(desk, canonical_bytes(doc), head)
    del doc
    if passphrase is not None:
        data = crypto.encrypt(data, passphrase)
    if out is not None:
        out = Path(out)
        try:
            files.write_private(out, data)
        except files.OutputRefused as exc:
            # The log is append-only, so the export's entry above stays; this one says it failed.
            # A full disk refuses this entry too: the officer is told of the file, not the log.
            with suppress(SQLAlchemyError):
                with desk.unit_of_work("store.export_failed", "store") as (_s, note):
                    note.change = {"file": out.name, "reason": exc.message}
            raise InterchangeError("out", exc.message) from None
    return data
