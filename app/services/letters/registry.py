"""The document registry: stored letters and files, and the audited ways they leave the store.

Documents live as BLOBs inside the encrypted database, each with its SHA-256; they are never
overwritten (a regenerated letter is a new version of its ``series``). Every export to a file
and every print is written to the audit log (who, when, where), in the same transaction as the
file is written, so a failed write leaves no entry claiming an export.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.security import files
from app.services.context import Desk
from app.services.validation import NotFound, ServiceError, clean_text
from app.store.models import Document, Request


@dataclass(frozen=True)
class DocumentView:
    """One stored document (without its content)."""

    id: int
    series: str
    version: int
    kind: str
    language: str | None
    final: bool
    filename: str
    mime: str
    size: int
    sha256: str
    request_ref: str | None
    actor: str
    created_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (the time as an ISO string)."""
        d = asdict(self)
        d["created_at"] = self.created_at.isoformat()
        return d


def view_of(doc: Document, request_ref: str | None) -> DocumentView:
    """A :class:`DocumentView` of a row."""
    return DocumentView(doc.id, doc.series, doc.version, doc.kind, doc.language, bool(doc.final),
                        doc.filename, doc.mime, doc.size, doc.sha256, request_ref, doc.actor,
                        doc.created_at)


def next_version(s: Session, series: str) -> int:
    """The version number the next document of ``series`` gets (1 for a new series)."""
    from sqlalchemy import func

    return (s.execute(select(func.max(Document.version)).where(Document.series == series)).scalar() or 0) + 1


def _row(s: Session, doc_id: int) -> Document:
    if not isinstance(doc_id, int) or isinstance(doc_id, bool):
        raise ServiceError("document", QT_TRANSLATE_NOOP(
                "Refusal", "a document number is a whole number, not {doc_id}").format(
                    doc_id=repr(doc_id)))
    doc = s.get(Document, doc_id)
    if doc is None:
        raise NotFound("document", QT_TRANSLATE_NOOP(
                "Refusal", "no document {doc_id}").format(
                    doc_id=doc_id))
    return doc


def _ref_of(s: Session, doc: Document) -> str | None:
    if doc.request_id is None:
        return None
    return s.execute(select(Request.our_ref).where(Request.id == doc.request_id)).scalar()


def list_documents(desk: Desk, ref: str) -> list[DocumentView]:
    """Documents stored with request ``ref``, series by series, oldest version first."""
    with desk.read() as s:
        req_id = s.execute(select(Request.id).where(Request.our_ref == ref)).scalar()
        if req_id is None:
            raise NotFound("ref", QT_TRANSLATE_NOOP(
                    "Refusal", "no request with reference {ref}").format(
                        ref=repr(ref)))
        # Select the columns, not the rows: listing must not load every BLOB.
        rows = s.execute(
            select(Document.id, Document.series, Document.version, Document.kind, Document.language,
                   Document.final, Document.filename, Document.mime, Document.size, Document.sha256,
                   Document.actor, Document.created_at)
            .where(Document.request_id == req_id).order_by(Document.series, Document.version))
        return [DocumentView(r.id, r.series, r.version, r.kind, r.language, bool(r.final), r.filename,
                             r.mime, r.size, r.sha256, ref, r.actor, r.created_at) for r in rows]


def get_document(desk: Desk, doc_id: int) -> DocumentView:
    """One document's registry entry."""
    with desk.read() as s:
        doc = _row(s, doc_id)
        return view_of(doc, _ref_of(s, doc))


def document_content(desk: Desk, doc_id: int) -> bytes:
    """The stored bytes, checked against their SHA-256 (a mismatch is refused, not returned)."""
    with desk.read() as s:
        doc = _row(s, doc_id)
        data = bytes(doc.content or b"")
        if hashlib.sha256(data).hexdigest() != doc.sha256:
            raise ServiceError("document", QT_TRANSLATE_NOOP(
                    "Refusal", "document {doc_id} does not match its SHA-256; run verify").format(
                        doc_id=doc_id))
        return data


def check_out_path(path: str | os.PathLike[str] | None, data_dir: Path | None = None) -> Path:
    """Refuse an output path that cannot or must not be written (``app.security.files.
    check_output``: inside ``data_dir``, not a regular file, no such folder), before anything
    is stored or rendered."""
    if path is None or not str(path).strip():
        raise ServiceError("out", QT_TRANSLATE_NOOP("Refusal", "no output file given"))
    return files.check_output(path, data_dir=data_dir)


def write_file(path: str | os.PathLike[str], data: bytes, data_dir: Path | None = None) -> Path:
    """Write ``data`` to an output file all or nothing, mode 0600; a path that cannot be
    written is one ``out`` line naming it."""
    out = check_out_path(path, data_dir)
    files.write_private(out, data)
    return out


def export_document(desk: Desk, doc_id: int, path: str | os.PathLike[str]) -> Path:
    """Write a stored document to ``path``; audited as ``document.export`` with the path."""
    out = check_out_path(path, desk.db.data_dir)
    with desk.unit_of_work("document.export", "document") as (s, note):
        doc = _row(s, doc_id)
        data = bytes(doc.content or b"")
        if hashlib.sha256(data).hexdigest() != doc.sha256:
            raise ServiceError("document", QT_TRANSLATE_NOOP(
                    "Refusal", "document {doc_id} does not match its SHA-256; run verify").format(
                        doc_id=doc_id))
        files.write_private(out, data)
        note.entity_id = doc.id
        note.change = {"path": str(out.resolve()), "series": doc.series, "version": doc.version,
                       "sha256": doc.sha256, "request": _ref_of(s, doc)}
    return out


def export_unstored(desk: Desk, ref: str, data: bytes, path: str | os.PathLike[str], *,
                    what: str) -> Path:
    """Write a letter that is not stored (a draft) to ``path``; audited on the request."""
    out = check_out_path(path, desk.db.data_dir)
    label = clean_text("what", what, required=True)
    with desk.unit_of_work("document.export", "request") as (_s, note):
        files.write_private(out, data)
        note.entity_id = ref
        note.change = {"path": str(out.resolve()), "what": label, "final": False,
                       "sha256": hashlib.sha256(data).hexdigest()}
    return out


def record_print(desk: Desk, printer: str, *, doc_id: int | None = None, ref: str | None = None,
                 what: str = "", pages: int | None = None) -> None:
    """Audit one print (``document.print``): which document or draft, on which printer."""
    name = clean_text("printer", printer, required=True)
    with desk.unit_of_work("document.print", "document" if doc_id is not None else "request") as (s, note):
        change: dict[str, Any] = {"printer": name}
        if doc_id is not None:
            doc = _row(s, doc_id)
            note.entity_id = doc.id
            change.update(series=doc.series, version=doc.version, sha256=doc.sha256)
        else:
            note.entity_id = clean_text("ref", ref, required=True)
            change.update(what=clean_text("what", what) or "draft", final=False)
        if pages is not None:
            change["pages"] = pages
        note.change = change
