"""Preparing a field kit at the desk: the chosen requests and subjects, and what goes with them.

A kit carries the chosen requests and surveillance subjects, the subjects of the chosen requests
and the requests of the chosen subjects (one step, so every carried row's links stay whole),
with their status history, outcomes, names, identifiers, links, observations, information items
and, if asked, documents; and the directory rows they point at (agreements, administrations,
designated officials). The desk records the kit (``field_kit``), which records it carries
(``field_kit_record``: "in the field: kit K since DATE") and the carried rows as they were
(``base``): the common ancestor a merge compares both sides with.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from app.security import signing
from app.services.context import Desk
from app.services.kit import fileformat
from app.services.kit.records import DIRECTORY, RECORDS, TABLES, Identities, select_rows, travelling
from app.services.validation import NotFound, ServiceError
from app.store import tables

FORMAT_KIT = "liaison-desk-field-kit"
DESK_IDENTITY = "desk.identity"
_KIT_COUNTER = ("K", 0)


@dataclass(frozen=True)
class KitSummary:
    """A kit just made: its code, file and what it carries (counts per kind)."""

    code: str
    uuid: str
    path: Path
    counts: dict[str, int]
    fingerprint: str
    digest: str

    def to_dict(self) -> dict[str, Any]:
        return {"kit": self.code, "uuid": self.uuid, "file": str(self.path),
                "records": self.counts, "signed_by": self.fingerprint, "digest": self.digest}


def desk_identity(conn: Any, *, make: bool = False) -> str | None:
    """This store's identity (a uuid in the settings); made on first use when ``make`` (then
    ``conn`` must be the write's ORM session)."""
    t = tables.setting
    value = conn.execute(select(t.c.value).where(t.c.key == DESK_IDENTITY)).scalar_one_or_none()
    if value is not None:
        return str(json.loads(value))
    if not make:
        return None
    from app.store.models import Setting

    # ``conn`` is the write's ORM session here: added through the ORM, so the unit of work's
    # audit entry binds the new row (app.security.state).
    ident = str(uuidlib.uuid4())
    conn.add(Setting(key=DESK_IDENTITY, value=json.dumps(ident)))
    conn.flush()
    return ident


def next_kit_code(session: Any) -> str:
    """The next kit code (``K-0001``), gapless like every other series of the desk."""
    from app.store.models import RefCounter

    counter = session.get(RefCounter, _KIT_COUNTER)
    if counter is None:
        counter = RefCounter(prefix=_KIT_COUNTER[0], year=_KIT_COUNTER[1], last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return f"K-{counter.last:04d}"


def _ids_of(conn: Any, column: Any, values: Iterable[Any]) -> set[int]:
    wanted = list(set(values))
    found: set[int] = set()
    for start in range(0, len(wanted), 500):
        found.update(conn.execute(select(column.table.c.id).where(column.in_(wanted[start:start + 500])))
                     .scalars())
    return found


def _in(column: Any, ids: set[int]) -> Any:
    # Chunked IN lists: SQLite's default limit on bound values is far above a kit, but a
    # thousand-request kit should not depend on it.
    items = sorted(ids)
    if not items:
        return column.in_([])
    return or_(*(column.in_(items[i:i + 500]) for i in range(0, len(items), 500)))


def collect(conn: Any, refs: list[str], codes: list[str], *,
            documents: bool = True) -> tuple[dict[str, list[dict]], dict[str, list[dict]], dict[str, set[int]]]:
    """The kit's records and directory rows as they travel, and the numeric keys of the carried
    requests and subjects. NotFound for a reference or code the desk does not have."""
    t = tables
    req_ids: set[int] = set()
    for ref in refs:
        rid = conn.execute(select(t.request.c.id).where(t.request.c.our_ref == ref)).scalar()
        if rid is None:
            raise NotFound("request", f"no request with reference {ref!r}")
        req_ids.add(rid)
    subj_ids: set[int] = set()
    for code in codes:
        sid = conn.execute(select(t.subject.c.id).where(t.subject.c.code == code)).scalar()
        if sid is None:
            raise NotFound("subject", f"no surveillance subject {code!r}")
        subj_ids.add(sid)
    if not req_ids and not subj_ids:
        raise ServiceError("records", "choose at least one request or subject for the kit")
    rs = t.request_subject
    subj_ids |= set(conn.execute(select(rs.c.subject_id).where(_in(rs.c.request_id, req_ids))).scalars())
    req_ids |= set(conn.execute(select(rs.c.request_id).where(_in(rs.c.subject_id, subj_ids))).scalars())
    obs = t.observation
    req_ids |= {r for r in conn.execute(select(obs.c.request_id).where(_in(obs.c.subject_id, subj_ids)))
                .scalars() if r is not None}
    ii = t.information_item
    item_ids = set(conn.execute(select(ii.c.id).where(_in(ii.c.request_id, req_ids))).scalars())
    while True:  # the entries a carried item corrects travel with it
        more = {c for c in conn.execute(select(ii.c.corrects_id).where(_in(ii.c.id, item_ids)))
                .scalars() if c is not None} - item_ids
        if not more:
            break
        item_ids |= more
    for r in conn.execute(select(ii.c.request_id).where(_in(ii.c.id, item_ids))).scalars():
        if r is not None and r not in req_ids:
            raise ServiceError("records", "an information item of the kit corrects one of a "
                               "request that is not in the kit; add that request")
    obs_ids = set(conn.execute(select(obs.c.id).where(_in(obs.c.subject_id, subj_ids))).scalars())
    doc = t.document
    where = {
        "request": _in(t.request.c.id, req_ids),
        "subject": _in(t.subject.c.id, subj_ids),
        "request_subject": _in(rs.c.request_id, req_ids) & _in(rs.c.subject_id, subj_ids),
        "status_change": _in(t.status_change.c.request_id, req_ids),
        "outcome": _in(t.outcome.c.request_id, req_ids),
        "subject_name": _in(t.subject_name.c.subject_id, subj_ids),
        "subject_identifier": _in(t.subject_identifier.c.subject_id, subj_ids),
        "information_item": _in(ii.c.id, item_ids),
        "observation": _in(obs.c.id, obs_ids),
        "document": (_in(doc.c.request_id, req_ids) | _in(doc.c.subject_id, subj_ids)
                     | _in(doc.c.observation_id, obs_ids) | _in(doc.c.item_id, item_ids)),
    }
    ids = Identities(conn)
    ids.prefetch("request", req_ids)
    ids.prefetch("subject", subj_ids)
    ids.prefetch("observation", obs_ids)
    ids.prefetch("information_item", item_ids)
    records: dict[str, list[dict]] = {}
    raw: dict[str, list[Any]] = {}
    for kind in RECORDS:
        if kind == "document" and not documents:
            records[kind] = []
            continue
        raw[kind] = list(select_rows(conn, kind, where[kind]))
        records[kind] = [travelling(kind, row, ids) for row in raw[kind]]
    # The directory rows the records point at.
    agreements = {r.agreement_id for r in raw["request"]} | {
        r.agreement_id for r in raw["subject"] if r.agreement_id} | {
        r.agreement_id for r in raw["information_item"] if r.agreement_id}
    officials = {r.official_id for r in raw["request"] if r.official_id}
    admins = {r.partner_administration_id for r in raw["request"] if r.partner_administration_id}
    admins |= set(conn.execute(select(t.designated_official.c.administration_id)
                               .where(_in(t.designated_official.c.id, officials))).scalars())
    agreements |= {a for a in conn.execute(select(t.designated_official.c.agreement_id)
                                           .where(_in(t.designated_official.c.id, officials)))
                   .scalars() if a}
    chosen = {"agreement": agreements, "administration": admins, "designated_official": officials,
              "authority": set()}
    directory = {kind: [travelling(kind, row, ids) for row in
                        select_rows(conn, kind, _in(TABLES[kind].c.id, chosen[kind]))]
                 for kind in DIRECTORY}
    return records, directory, {"request": req_ids, "subject": subj_ids}


def prepare_kit(desk: Desk, out: Path | str, passphrase: str | None, *,
                requests: Iterable[str] = (), subjects: Iterable[str] = (),
                label: str | None = None, documents: bool = True) -> KitSummary:
    """Write a field kit of these requests and subjects to ``out``, encrypted under
    ``passphrase`` and signed by the desk; the desk records the kit and marks its records
    "in the field". All or nothing: a refusal or failure leaves no file and no kit."""
    from app.services.validation import clean_text

    fileformat.check_passphrase(passphrase)
    assert passphrase is not None
    out = Path(out)
    if not out.parent.is_dir():
        raise ServiceError("out", f"{out.parent}: no such folder")
    label = clean_text("label", label)
    refs, codes = list(dict.fromkeys(requests)), list(dict.fromkeys(subjects))
    t = tables.field_kit
    with desk.query() as conn:
        if conn.execute(select(t.c.code).where(t.c.role == "field")).first() is not None:
            raise ServiceError("kit", "this is a field desk: it writes a return for the desk "
                               "(kit return), not kits of its own")
    key = signing.desk_key(desk)  # made (its own write) before the kit's transaction begins
    public = signing.public_bytes(key)
    try:
        return _prepare(desk, out, passphrase, refs, codes, label, documents, public)
    except BaseException:
        if _made_here(out):
            out.unlink(missing_ok=True)
        raise


_MADE: set[Path] = set()


def _made_here(out: Path) -> bool:
    """True when ``out`` was put in place by a ``_prepare`` whose transaction then failed."""
    if out in _MADE:
        _MADE.discard(out)
        return True
    return False


def _prepare(desk: Desk, out: Path, passphrase: str, refs: list[str], codes: list[str],
             label: str | None, documents: bool, public: bytes) -> KitSummary:
    from app.store.models import FieldKit, FieldKitRecord

    with desk.unit_of_work("kit.prepare", "field_kit") as (s, note):
        conn = s.connection()
        records, directory, carried = collect(conn, refs, codes, documents=documents)
        desk_uuid = desk_identity(s, make=True)
        assert desk_uuid is not None
        code = next_kit_code(s)
        kit_uuid = str(uuidlib.uuid4())
        now = desk.now()
        ref_pattern = conn.execute(select(tables.setting.c.value)
                                   .where(tables.setting.c.key == "ref_pattern")).scalar()
        manifest = {
            "format": FORMAT_KIT, "version": 1,
            "kit": {"uuid": kit_uuid, "code": code, "label": label, "desk": desk_uuid,
                    "desk_key": signing.fingerprint(public), "made_at": now.isoformat(),
                    "made_by": desk.actor,
                    "ref_pattern": json.loads(ref_pattern) if ref_pattern else None},
            "directory": directory,
            "records": records,
        }
        kit = FieldKit(uuid=kit_uuid, code=code, role="desk", label=label, status="out",
                       desk_uuid=desk_uuid, desk_key=signing.fingerprint(public),
                       base=json.dumps(_base_of(records), separators=(",", ":")),
                       last_return=0, audit_count=0, code_map="{}", created_at=now,
                       created_by=desk.actor)
        s.add(kit)
        s.flush()
        # Through the ORM, so the unit of work's audit entry binds each mark (app.security.state).
        s.add_all(FieldKitRecord(kit_id=kit.id, kind=kind, record_id=rid)
                  for kind, rids in carried.items() for rid in sorted(rids))
        writer = fileformat.KitWriter(out, "kit", passphrase)
        try:
            writer.manifest(manifest)
            doc = tables.document
            for row in records["document"]:  # one document in memory at a time
                content = conn.execute(select(doc.c.content).where(doc.c.uuid == row["uuid"])).scalar()
                writer.document(row["uuid"], content or b"")
            digest = writer.finish(lambda data: signing.sign(desk, data))
        except BaseException:
            writer.abandon()
            raise
        _MADE.add(out)  # removed again if the commit fails
        counts = {kind: len(rows) for kind, rows in records.items() if rows}
        note.entity_id = code
        note.change = {"kit": code, "label": label, "requests": sorted(
            r["our_ref"] for r in records["request"]), "subjects": sorted(
            r["code"] for r in records["subject"]), "records": counts, "digest": digest,
            "signed_by": signing.fingerprint(public)}
    _MADE.discard(out)
    return KitSummary(code, kit_uuid, out, counts, signing.fingerprint(public), digest)


def _base_of(records: dict[str, list[dict]]) -> dict[str, dict[str, dict]]:
    from app.services.kit.records import identity

    return {kind: {identity(kind, row): row for row in rows} for kind, rows in records.items()}
