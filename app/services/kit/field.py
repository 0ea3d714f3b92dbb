"""The field desk: a kit opened on a laptop, and the return it writes.

``open_kit`` turns a kit file into a field desk: a new encrypted store of its own holding only
the kit's records (same identities as at the desk), marked as a field desk by its ``field_kit``
row (``role`` "field"). The officer works in it as at the desk; new subjects get provisional
codes (``FS-0001``), new requests provisional references (``FIELD-…``), which the desk replaces
with its own when the return is merged.

``write_return`` writes what changed since the kit was made (rows new or different from the
kit's, rows of names, identifiers and links removed) with the field desk's whole audit chain,
encrypted under the kit passphrase and signed by the field desk's own key. Returns are
numbered; each one carries everything since the kit, so a later return supersedes an earlier.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, true

from app.security import signing
from app.services.context import Desk
from app.services.kit import fileformat
from app.services.kit.prepare import FORMAT_KIT, desk_identity
from app.services.kit.records import (
    DELETABLE,
    DIRECTORY,
    RECORDS,
    TABLES,
    Identities,
    decode,
    identity,
    refs_of,
    select_rows,
    travelling,
)
from app.services.validation import ServiceError
from app.store import tables

FORMAT_RETURN = "liaison-desk-field-return"
#: The counter of provisional subject codes on a field desk (``app.services.surveillance``).
FIELD_SUBJECT_COUNTER = ("FS", 0)


@dataclass(frozen=True)
class FieldKitInfo:
    """What a field desk says about itself (the window's banner, ``kit list``)."""

    code: str
    uuid: str
    label: str | None
    made_at: Any
    made_by: str
    desk_key: str
    last_return: int

    def to_dict(self) -> dict[str, Any]:
        return {"kit": self.code, "uuid": self.uuid, "label": self.label,
                "made_at": self.made_at.isoformat(), "made_by": self.made_by,
                "desk_key": self.desk_key, "last_return": self.last_return}


def field_kit(conn: Any) -> FieldKitInfo | None:
    """The kit this store was opened from, when it is a field desk; None at a desk."""
    t = tables.field_kit
    row = conn.execute(select(t).where(t.c.role == "field")).first()
    if row is None:
        return None
    return FieldKitInfo(row.code, row.uuid, row.label, row.created_at, row.created_by,
                        row.desk_key, row.last_return)


def is_field_desk(desk: Desk) -> FieldKitInfo | None:
    """The field kit of ``desk`` when it is a field desk (see ``field_kit``)."""
    with desk.query() as conn:
        return field_kit(conn)


def models() -> dict[str, Any]:
    """Table name -> ORM class."""
    from app.store.models import Base

    return {str(getattr(m.local_table, "name", "")): m.class_ for m in Base.registry.mappers}


class MissingTarget(LookupError):
    """A travelling row points at a record the store does not have."""


def store_values(kind: str, row: dict[str, Any], ids: Identities) -> dict[str, Any]:
    """A travelling row as column values of this store (identities turned into keys).
    ServiceError for a column the store does not know; MissingTarget for a dangling link."""
    fks = {r.column: r.target for r in refs_of(kind)}
    cols = TABLES[kind].c
    out: dict[str, Any] = {}
    for col, value in row.items():
        if col not in cols or col in ("id", "content"):
            raise ServiceError("file", f"the kit file names an unknown field {kind}.{col}; refused")
        if col in fks:
            if value is None:
                out[col] = None
                continue
            target = ids.row_id(fks[col], value)
            if target is None:
                raise MissingTarget(f"{kind}.{col} -> {fks[col]} {value}")
            out[col] = target
        else:
            try:
                out[col] = decode(kind, col, value)
            except (TypeError, ValueError):
                raise ServiceError("file", f"the kit file has a bad value in {kind}.{col}; "
                                   "refused") from None
    return out


@dataclass(frozen=True)
class OpenedKit:
    """A field desk just made from a kit."""

    desk: Desk
    code: str
    counts: dict[str, int]
    desk_key: str


def open_kit(path: Path | str, data_dir: Path | str, passphrase: str | None, *,
             actor: str | None = None, store_passphrase: str | None = None) -> OpenedKit:
    """Verify the kit file and make a field desk of it in ``data_dir`` (a new store; refused
    when the folder holds one). All or nothing: a refusal leaves no store behind."""
    from app.services import default_actor, discard_new_store
    from app.store.db import Database, StoreError

    opened = fileformat.open_file(path, passphrase, kind="kit")
    manifest = opened.manifest
    kit = manifest.get("kit")
    if manifest.get("format") != FORMAT_KIT or not isinstance(kit, dict) \
            or kit.get("desk_key") != opened.fingerprint:
        raise ServiceError("file", "not a field kit of a Liaison Desk, or signed by another key; refused")
    try:
        db = Database.create(Path(data_dir), passphrase=store_passphrase)
    except StoreError as exc:
        raise ServiceError("data_dir", str(exc)) from None
    desk = Desk(db, actor or default_actor())
    try:
        counts = _fill(desk, opened, manifest)
        signing.desk_key(desk)  # the field desk's own key, which signs its returns
    except BaseException:
        discard_new_store(desk)
        raise
    return OpenedKit(desk, str(kit["code"]), counts, opened.fingerprint)


def _fill(desk: Desk, opened: fileformat.Opened, manifest: dict[str, Any]) -> dict[str, int]:
    from app.store.models import Document, FieldKit, RefCounter

    kit = manifest["kit"]
    directory = manifest.get("directory") or {}
    records = manifest.get("records") or {}
    cls = models()
    counts: dict[str, int] = {}
    with desk.unit_of_work("kit.open", "field_kit") as (s, note):
        conn = s.connection()
        ids = Identities(conn)
        for kind in (*DIRECTORY, *[k for k in RECORDS if k != "document"]):
            rows = (directory if kind in DIRECTORY else records).get(kind) or []
            for row in rows:
                try:
                    obj = cls[kind](**store_values(kind, row, ids))
                except MissingTarget as exc:
                    raise ServiceError("file", f"the kit is incomplete ({exc}); refused") from None
                s.add(obj)
                s.flush()
                if kind != "request_subject":
                    ids.learn(kind, obj.id, identity(kind, row))
            if kind in RECORDS and rows:
                counts[kind] = len(rows)
        docs = {row["uuid"]: row for row in records.get("document") or []}
        seen: set[str] = set()

        def store_document(uuid: str, pieces: Iterator[bytes]) -> None:
            meta = docs.get(uuid)
            if meta is None or uuid in seen:
                raise ServiceError("file", "the kit file holds a document it does not list; refused")
            seen.add(uuid)
            try:
                values = store_values("document", meta, ids)
            except MissingTarget as exc:
                raise ServiceError("file", f"the kit is incomplete ({exc}); refused") from None
            s.add(Document(**values, content=b"".join(pieces)))
            s.flush()

        fileformat.read_documents(opened, store_document)
        if set(docs) - seen:
            raise ServiceError("file", "the kit file lacks the content of a document it lists; refused")
        if docs:
            counts["document"] = len(docs)
        base = {kind: {identity(kind, row): row for row in rows} for kind, rows in records.items()}
        from datetime import datetime

        s.add(FieldKit(uuid=kit["uuid"], code=kit["code"], role="field", label=kit.get("label"),
                       status="open", desk_uuid=kit["desk"], desk_key=kit["desk_key"],
                       base=json.dumps(base, separators=(",", ":")), last_return=0,
                       audit_count=0, code_map="{}",
                       created_at=datetime.fromisoformat(kit["made_at"]),
                       created_by=str(kit.get("made_by") or "")))
        desk_identity(s, make=True)
        pattern = kit.get("ref_pattern") or "{prefix}-{year}-{seq:04d}"
        # Provisional references and codes: the desk hands out the real ones at the merge.
        conn.execute(insert(tables.setting).values(key="ref_pattern",
                                                   value=json.dumps("FIELD-" + pattern)))
        s.add(RefCounter(prefix=FIELD_SUBJECT_COUNTER[0], year=FIELD_SUBJECT_COUNTER[1], last=0))
        note.entity_id = kit["code"]
        note.change = {"kit": kit["code"], "desk_key": kit["desk_key"], "digest": opened.digest,
                       "records": counts}
    return counts


@dataclass(frozen=True)
class ReturnSummary:
    """A return just written."""

    kit: str
    sequence: int
    path: Path
    counts: dict[str, int]
    audit_entries: int
    fingerprint: str

    def to_dict(self) -> dict[str, Any]:
        return {"kit": self.kit, "return": self.sequence, "file": str(self.path),
                "records": self.counts, "audit_entries": self.audit_entries,
                "signed_by": self.fingerprint}


def _stamp(at: Any) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def write_return(desk: Desk, out: Path | str, passphrase: str | None) -> ReturnSummary:
    """Write the field desk's return to ``out`` (see the module docstring)."""
    from app.store.models import FieldKit

    fileformat.check_passphrase(passphrase)
    assert passphrase is not None
    out = Path(out)
    if not out.parent.is_dir():
        raise ServiceError("out", f"{out.parent}: no such folder")
    if is_field_desk(desk) is None:
        raise ServiceError("kit", "this desk is not a field desk; a return is written on the "
                           "laptop the kit was opened on")
    public = signing.public_bytes(signing.desk_key(desk))
    with desk.unit_of_work("kit.return", "field_kit") as (s, note):
        kit = s.execute(select(FieldKit).where(FieldKit.role == "field")).scalar_one()
        conn = s.connection()
        ids = Identities(conn)
        base = json.loads(kit.base)
        changed: dict[str, list[dict]] = {}
        deleted: dict[str, list[str]] = {}
        for kind in RECORDS:
            was = base.get(kind) or {}
            now: set[str] = set()
            rows = []
            for raw in select_rows(conn, kind, true()):
                row = travelling(kind, raw, ids)
                ident = identity(kind, row)
                now.add(ident)
                if was.get(ident) != row:
                    rows.append(row)
            changed[kind] = rows
            if kind in DELETABLE:
                deleted[kind] = sorted(set(was) - now)
        a = tables.audit_entry
        audit_rows = [{"at": _stamp(r.at), "actor": r.actor, "action": r.action,
                       "entity_type": r.entity_type, "entity_id": r.entity_id, "detail": r.detail,
                       "digest": r.digest, "prev_hash": r.prev_hash, "hash": r.hash,
                       "state": r.state}
                      for r in conn.execute(select(a).order_by(a.c.id))]
        sequence = kit.last_return + 1
        manifest = {"format": FORMAT_RETURN, "version": 1, "kit": kit.uuid, "kit_code": kit.code,
                    "desk": kit.desk_uuid, "field_desk": desk_identity(conn),
                    "sequence": sequence, "made_at": desk.now().isoformat(), "made_by": desk.actor,
                    "records": changed, "deleted": deleted, "audit": audit_rows}
        writer = fileformat.KitWriter(out, "return", passphrase)
        try:
            writer.manifest(manifest)
            doc = tables.document
            old_docs = base.get("document") or {}
            for row in changed["document"]:
                if row["uuid"] not in old_docs:  # documents are never overwritten: new ones only
                    content = conn.execute(select(doc.c.content).where(doc.c.uuid == row["uuid"])).scalar()
                    writer.document(row["uuid"], content or b"")
            digest = writer.finish(lambda data: signing.sign(desk, data))
        except BaseException:
            writer.abandon()
            raise
        kit.last_return = sequence
        kit.last_return_digest = digest
        counts = {kind: len(rows) for kind, rows in changed.items() if rows}
        note.entity_id = kit.code
        note.change = {"kit": kit.code, "return": sequence, "records": counts,
                       "audit_entries": len(audit_rows), "digest": digest}
    return ReturnSummary(kit.code, sequence, out, counts, len(audit_rows), signing.fingerprint(public))
