"""Merging a field return at the desk: nothing lost, nothing doubled, every conflict kept.

The return is verified whole before anything is written (passphrase, every frame, the field
desk's signature, the kit it belongs to, its number, its audit chain). Then, in one transaction:

- records the desk does not have (by identity) are added; a new subject, information item or
  request gets the desk's next code or reference, and the mapping from the field's provisional
  one is reported and kept (``field_kit.code_map``);
- for a record both have, each field is compared three ways with the kit's ``base``: changed in
  the field only -> applied; changed at the desk only, or to the same value -> kept; changed on
  both sides to different values -> the desk's value stays and a ``kit_conflict`` keeps both;
- names, identifiers and links removed in the field are removed at the desk when the desk has
  not changed them;
- the field desk's audit entries not carried before are checked as a chain and appended to the
  desk's chain as ``kit.field_entry`` entries naming the field desk, its key fingerprint and
  the original actor, time and hash;
- the kit's ``base`` moves on to the field's values, so a later (cumulative) return applies only
  what is newer.

The same return again changes nothing ("already merged"); an older one, one of a kit this desk
did not make, one signed by another field desk, an altered file or a wrong passphrase is refused
with one line and nothing written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from app.security import audit
from app.services.context import Desk
from app.services.kit import fileformat
from app.services.kit.field import FORMAT_RETURN, MissingTarget, models, store_values
from app.services.kit.prepare import desk_identity
from app.services.kit.records import (
    DELETABLE,
    FIXED,
    RECORDS,
    TABLES,
    Identities,
    identity,
    label_of,
    travelling,
)
from app.services.validation import ServiceError
from app.store import tables
from app.store.changes import TOUCHED


class AlreadyMerged(Exception):
    """This very return was merged before; nothing was changed."""

    def __init__(self, kit: str, sequence: int) -> None:
        super().__init__(f"return {sequence} of kit {kit} was already merged; nothing changed")
        self.kit, self.sequence = kit, sequence


@dataclass
class MergeReport:
    """What a merge did."""

    kit: str
    sequence: int
    added: dict[str, int] = field(default_factory=dict)
    applied: list[str] = field(default_factory=list)  # "S-0003 display_name"
    conflicts: list[int] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)  # removals not carried (desk changed the row)
    code_map: dict[str, str] = field(default_factory=dict)
    audit_entries: int = 0
    field_key: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kit": self.kit, "return": self.sequence, "added": self.added,
                "applied": self.applied, "conflicts": self.conflicts, "removed": self.removed,
                "kept": self.kept, "codes": self.code_map, "audit_entries": self.audit_entries,
                "field_key": self.field_key}


def _verify_chain(entries: list[Any]) -> None:
    """The field desk's audit entries must form an intact chain from its start."""
    prev = audit.GENESIS
    for n, e in enumerate(entries, 1):
        try:
            detail, digest = str(e["detail"]), str(e["digest"])
            ok = (hashlib.sha256(detail.encode("utf-8")).hexdigest() == digest
                  and e["prev_hash"] == prev
                  and audit.entry_hash(prev, str(e["at"]), str(e["actor"]), str(e["action"]),
                                       str(e["entity_type"]), e["entity_id"], digest,
                                       e.get("state")) == e["hash"])
        except (KeyError, TypeError):
            ok = False
        if not ok:
            raise ServiceError("file", f"the field desk's audit entry {n} does not fit its chain; refused")
        prev = e["hash"]


def _check(desk: Desk, opened: fileformat.Opened) -> tuple[Any, dict[str, Any]]:
    """The kit row this return belongs to; ServiceError or AlreadyMerged when it must not be merged."""
    m = opened.manifest
    if m.get("format") != FORMAT_RETURN or not isinstance(m.get("records"), dict) \
            or not isinstance(m.get("audit"), list) or not isinstance(m.get("sequence"), int):
        raise ServiceError("file", "not a field return of a Liaison Desk; refused")
    t = tables.field_kit
    with desk.query() as conn:
        kit = conn.execute(select(t).where(t.c.uuid == str(m.get("kit")), t.c.role == "desk")).first()
        mine = desk_identity(conn)
    if kit is None or m.get("desk") != mine:
        raise ServiceError("kit", "this return belongs to a kit this desk did not make; refused")
    if kit.field_key and kit.field_key != opened.fingerprint:
        raise ServiceError("kit", f"this return of kit {kit.code} is signed by another field desk "
                           f"({opened.fingerprint}, not {kit.field_key}); refused")
    seq = m["sequence"]
    if seq == kit.last_return and opened.digest == kit.last_return_digest:
        raise AlreadyMerged(kit.code, seq)
    if seq <= kit.last_return:
        raise ServiceError("kit", f"return {seq} of kit {kit.code} is older than return "
                           f"{kit.last_return}, already merged; refused")
    entries = m["audit"]
    _verify_chain(entries)
    if kit.audit_count and (len(entries) < kit.audit_count
                            or entries[kit.audit_count - 1]["hash"] != kit.audit_head):
        raise ServiceError("file", f"the field desk's audit log does not continue the one merged "
                           f"from kit {kit.code} before; refused")
    for kind in m["records"]:
        if kind not in RECORDS:
            raise ServiceError("file", f"the return holds records of an unknown kind {kind!r}; refused")
    return kit, m


def merge_return(desk: Desk, path: Path | str, passphrase: str | None) -> MergeReport:
    """Merge a field return (see the module docstring). AlreadyMerged when this return was
    merged before; ServiceError (one line, nothing written) when it is refused."""
    opened = fileformat.open_file(path, passphrase, kind="return")
    kit_row, manifest = _check(desk, opened)
    report = MergeReport(kit_row.code, manifest["sequence"], field_key=opened.fingerprint)
    touched_subjects: set[str] = set()
    with desk.unit_of_work("kit.merge", "field_kit") as (s, note):
        from app.store.models import FieldKit

        kit = s.get(FieldKit, kit_row.id)
        assert kit is not None
        if kit.last_return != kit_row.last_return:  # another merge got in first
            raise ServiceError("kit", f"kit {kit.code} was merged meanwhile; try again")
        _Merger(desk, s, kit, manifest, opened, report, touched_subjects).run()
        note.entity_id = kit.code
        note.change = {**report.to_dict(), "digest": opened.digest, "field_desk": manifest.get("field_desk")}
    if touched_subjects:
        from app.services.surveillance import watchlist

        watchlist.refresh_subjects(desk, sorted(touched_subjects))
    return report


_UNKNOWN = object()


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class _Merger:
    """One merge's work inside its transaction."""

    def __init__(self, desk: Desk, s: Any, kit: Any, manifest: dict[str, Any],
                 opened: fileformat.Opened, report: MergeReport, subjects: set[str]) -> None:
        self.desk, self.s, self.kit, self.m, self.opened = desk, s, kit, manifest, opened
        self.report, self.subjects = report, subjects
        self.conn = s.connection()
        self.ids = Identities(self.conn)
        self.base: dict[str, dict[str, dict]] = json.loads(kit.base)
        self.code_map: dict[str, str] = json.loads(kit.code_map or "{}")
        self.cls = models()
        self.now = desk.now()
        self._added: list[tuple[str, Any, dict[str, Any]]] = []  # inserted, not yet flushed

    def run(self) -> None:
        records = self.m["records"]
        docs: dict[str, dict] = {}
        for kind in RECORDS:
            rows = records.get(kind) or []
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                raise ServiceError("file", f"the return has a malformed {kind} row; refused")
            if kind == "document":
                docs.update((str(row.get("uuid")), row) for row in rows)
                continue
            if kind != "request_subject":  # one look-up for the kind, not one per row
                self.ids.prefetch_idents(kind, [str(r.get("uuid")) for r in rows])
            for row in rows:
                self._one(kind, row)
            self._flush_added()
        self._documents(docs)
        self._removals(self.m.get("deleted") or {})
        self._audit(self.m["audit"])
        kit = self.kit
        kit.base = json.dumps(self.base, separators=(",", ":"))
        kit.code_map = json.dumps({**self.code_map, **self.report.code_map}, sort_keys=True)
        kit.last_return = self.m["sequence"]
        kit.last_return_digest = self.opened.digest
        kit.field_key = self.opened.fingerprint
        kit.status = "returned"
        kit.returned_at = self.now

    # -- one record ------------------------------------------------------------------------
    def _existing(self, kind: str, row: dict[str, Any]) -> int | tuple[int, int] | None:
        if kind == "request_subject":
            r = self.ids.row_id("request", row.get("request_id"))
            sub = self.ids.row_id("subject", row.get("subject_id"))
            if r is None or sub is None:
                return None
            rs = tables.request_subject
            hit = self.conn.execute(select(rs.c.request_id).where(
                rs.c.request_id == r, rs.c.subject_id == sub)).first()
            return (r, sub) if hit else None
        return self.ids.row_id(kind, row.get("uuid"))

    def _one(self, kind: str, row: dict[str, Any]) -> None:
        ident = identity(kind, row)
        existing = self._existing(kind, row)
        if existing is None:
            self._add(kind, row)
        else:
            self._edit(kind, existing, row)
        self.base.setdefault(kind, {})[ident] = row

    def _add(self, kind: str, row: dict[str, Any]) -> None:
        try:
            values = store_values(kind, row, self.ids)
        except MissingTarget as exc:
            raise ServiceError("file", f"the return points at a record the desk does not have "
                               f"({exc}); refused") from None
        values.pop("id", None)
        if kind == "subject":
            from app.services.surveillance.commands import _next_code

            code = _next_code(self.s)
            self.report.code_map[str(values["code"])] = code
            values["code"] = code
        elif kind == "information_item":
            code = _next_item_code(self.s)
            self.report.code_map[str(values["code"])] = code
            values["code"] = code
        elif kind == "request":
            from app.services.admin import settings
            from app.services.requests.refs import next_ref

            agreement = self.conn.execute(select(tables.agreement.c.ref_prefix).where(
                tables.agreement.c.id == values["agreement_id"])).scalar_one()
            ref = next_ref(self.s, settings.get_str(self.s, "ref_pattern"), agreement,
                           (values.get("created_at") or self.now).year)
            self.report.code_map[str(values["our_ref"])] = ref
            values["our_ref"] = ref
        obj = self.cls[kind](**values)
        self.s.add(obj)
        self._added.append((kind, obj, row))
        self.report.added[kind] = self.report.added.get(kind, 0) + 1
        if kind in ("request", "subject", "information_item"):
            # Rows of the same kind may point at it (a correction at the item it corrects),
            # and the next code is counted from the rows stored.
            self._flush_added()

    def _flush_added(self) -> None:
        """Write the rows added so far in one flush and learn their keys."""
        if not self._added:
            return
        self.s.flush()
        for kind, obj, row in self._added:
            if kind != "request_subject":
                self.ids.learn(kind, obj.id, row["uuid"])
            self._note_subject(kind, obj)
        self._added.clear()

    def _note_subject(self, kind: str, obj: Any) -> None:
        sid = obj.id if kind == "subject" else getattr(obj, "subject_id", None)
        if sid is not None and kind in ("subject", "subject_name", "subject_identifier"):
            code = self.conn.execute(select(tables.subject.c.code).where(tables.subject.c.id == sid)).scalar()
            if code:
                self.subjects.add(code)

    def _desk_row(self, kind: str, existing: Any) -> tuple[Any, dict[str, Any]]:
        t = TABLES[kind]
        if kind == "request_subject":
            r, sub = existing
            key: Any = {"request_id": r, "subject_id": sub}
            where = (t.c.request_id == r) & (t.c.subject_id == sub)
        else:
            key = existing
            where = t.c.id == existing
        cols = [c for c in t.c if c.name != "content"]
        row = self.conn.execute(select(*cols).where(where)).one()
        return key, travelling(kind, row, self.ids)

    def _edit(self, kind: str, existing: Any, row: dict[str, Any]) -> None:
        ident = identity(kind, row)
        base = (self.base.get(kind) or {}).get(ident)
        key, mine = self._desk_row(kind, existing)
        label = self._label(kind, mine)
        changes: dict[str, Any] = {}
        for col, theirs in row.items():
            if col in FIXED or col not in mine:
                continue
            # Without a base (a row the kit did not carry), neither side can be said to be
            # unchanged: every difference is a conflict.
            was = base.get(col) if base is not None else _UNKNOWN
            here = mine[col]
            if theirs == was or theirs == here:
                continue
            if here == was:
                changes[col] = theirs
                self.report.applied.append(f"{label} {col}")
            else:
                from app.store.models import KitConflict

                conflict = KitConflict(kit_id=self.kit.id, entity_type=kind, record_uuid=ident,
                                       record_label=label, field=col,
                                       base_value=None if was is _UNKNOWN else _j(was),
                                       desk_value=_j(here), field_value=_j(theirs), status="open",
                                       created_at=self.now)
                self.s.add(conflict)
                self.s.flush()
                self.report.conflicts.append(conflict.id)
        if not changes:
            return
        try:
            values = store_values(kind, changes, self.ids)
        except MissingTarget as exc:
            raise ServiceError("file", f"the return points at a record the desk does not have "
                               f"({exc}); refused") from None
        obj = self.s.get(self.cls[kind], key if not isinstance(key, dict) else
                         (key["request_id"], key["subject_id"]))
        for col, value in values.items():
            setattr(obj, col, value)
        if "updated_at" in TABLES[kind].c:
            obj.updated_at = self.now
        self.s.flush()
        self._note_subject(kind, obj)

    def _label(self, kind: str, row: dict[str, Any]) -> str:
        if kind in ("request", "subject", "information_item"):
            return label_of(kind, row)
        owner = row.get("request_id") and ("request", row["request_id"]) or \
            row.get("subject_id") and ("subject", row["subject_id"])
        if owner:
            okind, ouuid = owner
            col = "our_ref" if okind == "request" else "code"
            t = TABLES[okind]
            name = self.conn.execute(select(t.c[col]).where(t.c.uuid == ouuid)).scalar()
            return f"{name} {kind.replace('_', ' ')}"
        return label_of(kind, row)

    # -- documents, removals, audit --------------------------------------------------------
    def _documents(self, docs: dict[str, dict]) -> None:
        """New documents, their content read from the file one at a time."""
        new = {u: row for u, row in docs.items() if self.ids.row_id("document", u) is None}
        from app.store.models import Document

        def store(uuid: str, pieces: Iterator[bytes]) -> None:
            row = new.pop(uuid, None)
            if row is None:
                return  # known already (an earlier return): never stored twice
            try:
                values = store_values("document", row, self.ids)
            except MissingTarget as exc:
                raise ServiceError("file", f"the return points at a record the desk does not "
                                   f"have ({exc}); refused") from None
            content = b"".join(pieces)
            if hashlib.sha256(content).hexdigest() != values.get("sha256"):
                raise ServiceError("file", f"document {values.get('filename')} does not match "
                                   "its SHA-256; refused")
            doc = Document(**values, content=content)
            self.s.add(doc)
            self.s.flush()
            self.s.expunge(doc)  # written: its content leaves memory (flat for 200 MB of photos)
            self.report.added["document"] = self.report.added.get("document", 0) + 1

        fileformat.read_documents(self.opened, store)
        if new:
            raise ServiceError("file", "the return lacks the content of a document it lists; refused")
        for u, row in docs.items():
            self.base.setdefault("document", {})[u] = row

    def _removals(self, deleted: dict[str, Any]) -> None:
        for kind, idents in deleted.items():
            if kind not in DELETABLE or not isinstance(idents, list):
                continue
            known = self.base.get(kind) or {}
            t = TABLES[kind]
            for ident in idents:
                was = known.pop(ident, None)
                if kind == "request_subject":
                    r_uuid, _, s_uuid = str(ident).partition("+")
                    existing: Any = self._existing(kind, {"request_id": r_uuid, "subject_id": s_uuid})
                else:
                    existing = self.ids.row_id(kind, ident)
                if existing is None:
                    continue
                _, mine = self._desk_row(kind, existing)
                if was is None or any(mine.get(c) != v for c, v in was.items() if c not in FIXED):
                    self.report.kept.append(f"{self._label(kind, mine)} (changed at the desk)")
                    continue
                if kind == "request_subject":
                    r, sub = existing
                    self.s.execute(delete(t).where(t.c.request_id == r, t.c.subject_id == sub))
                    self.s.info.get(TOUCHED, set()).add(("request", r))
                else:
                    obj = self.s.get(self.cls[kind], existing)
                    self._note_subject(kind, obj)
                    self.s.delete(obj)
                self.s.flush()
                self.report.removed[kind] = self.report.removed.get(kind, 0) + 1

    def _audit(self, entries: list[dict[str, Any]]) -> None:
        """The field desk's entries not carried before, appended to the desk's chain."""
        kit = self.kit
        fresh = entries[kit.audit_count:]
        for e in fresh:
            try:
                detail = json.loads(e["detail"])
            except ValueError:
                detail = e["detail"]
            audit.append(self.s, actor=str(e["actor"]), action="kit.field_entry",
                         entity_type=str(e["entity_type"]), entity_id=e["entity_id"],
                         change={"field_desk": self.m.get("field_desk"),
                                 "field_key": self.opened.fingerprint, "kit": kit.code,
                                 "original_action": e["action"], "original_at": e["at"],
                                 "original_actor": e["actor"], "original_hash": e["hash"],
                                 "original_digest": e["digest"], "detail": detail})
        if entries:
            kit.audit_head = entries[-1]["hash"]
        kit.audit_count = len(entries)
        self.report.audit_entries = len(fresh)


def _next_item_code(s: Any) -> str:
    """The desk's next information item code (``I-00042``), as ``add_information_item`` makes it."""
    from sqlalchemy import func

    t = tables.information_item
    n = (s.execute(select(func.count(t.c.id))).scalar() or 0) + 1
    while s.execute(select(t.c.id).where(t.c.code == f"I-{n:05d}")).first() is not None:
        n += 1
    return f"I-{n:05d}"
