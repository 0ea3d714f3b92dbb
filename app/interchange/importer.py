"""Import: check a whole interchange file and write it in one transaction, or nothing.

Only an empty store is accepted (a new one, holding just the built-in agreements it was created
with, which the import replaces): merging two desks' gapless references and audit chains has no
honest answer. The imported audit log is inserted verbatim, so its chain still verifies, and
the import itself is recorded by ONE ``store.import`` entry appended after it.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.interchange import checks, crypto, loader, signature
from app.interchange.errors import InterchangeError
from app.interchange.tables import table_codecs
from app.security import state
from app.services.context import Desk
from app.store.models import Agreement, AuditEntry

# Tables a freshly created store already fills (built-in agreements and their administrations).
_SEEDED = {"agreement", "administration", "audit_entry"}


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote, and which desk signed the file (its key's fingerprint)."""

    counts: dict[str, int]
    source_sha256: str
    audit_head: str
    signer: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return dict(self.__dict__)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in an interchange file")


def parse(data: bytes, passphrase: str | None = None) -> tuple[Any, bytes]:
    """Decrypt if needed and parse; returns (document, the plain bytes).

    ``orjson`` parses (several times faster than ``json`` on a 650 MiB file, and no text copy of
    the file is made). Anything it refuses is parsed again by ``json``, whose verdict counts:
    its messages give line and column, and it reads what the checks then refuse with a better
    message (a lone surrogate names its field; a number beyond 64 bits, its path)."""
    if crypto.is_encrypted(data):
        data = crypto.decrypt(data, passphrase)
    try:
        return orjson.loads(data), data
    except orjson.JSONDecodeError:
        pass
    try:
        body = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterchangeError("file", f"not UTF-8 text (bad byte at offset {exc.start}); "
                               "not an interchange file, or damaged") from None
    try:
        doc = json.loads(body, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InterchangeError("file", f"not valid JSON ({exc.msg} at line {exc.lineno} column "
                               f"{exc.colno}); truncated or damaged") from None
    except (ValueError, RecursionError) as exc:
        raise InterchangeError("file", f"not valid JSON ({exc})") from None
    return doc, data


def check_document(doc: Any, plain: bytes) -> tuple[checks.Decoded, str, dict[str, Any]]:
    """Run every check (see ``checks``); returns the decoded rows, the audit head hash and the
    rows' binding per table (``app.security.state.document_sums``) for the import's entry."""
    codecs = table_codecs()
    checks.check_schema(doc)
    checks.check_duplicate_keys(doc, plain, codecs)
    checks.check_text(plain, doc, codecs)
    checks.check_field_text(doc, codecs)
    sums = state.document_sums(doc, codecs)  # before decode_rows turns the rows into stored forms
    decoded = checks.decode_rows(doc, codecs)
    checks.check_keys(decoded, codecs)
    checks.check_documents(decoded)
    checks.check_settings(decoded)
    checks.check_catalogues(decoded)
    head = checks.check_audit_chain(decoded)
    return decoded, head, sums


def _refuse_occupied(session: Session) -> None:
    """Refuse the import when the store is not empty (``_occupied``)."""
    busy = _occupied(session)
    if busy:
        raise InterchangeError(
            "store", "import needs an empty store (a new one, with only the built-in "
            f"agreements); this one holds {', '.join(busy)}; nothing was changed")


def _occupied(session: Session) -> list[str]:
    """What makes this store not empty, as short phrases (empty list = importable)."""
    found = []
    for codec in table_codecs():
        if codec.name in _SEEDED:
            continue
        n = session.execute(select(func.count()).select_from(codec.table)).scalar() or 0
        if n:
            found.append(f"{n} {codec.collection}")
    own = session.execute(select(func.count()).where(Agreement.builtin.is_(False))).scalar() or 0
    if own:
        found.append(f"{own} agreements of its own")
    actions = set(session.execute(select(AuditEntry.action).distinct()).scalars()) - {"store.init"}
    if actions:
        found.append(f"recorded work ({', '.join(sorted(actions)[:3])})")
    return found


def import_store(desk: Desk, data: bytes, *, passphrase: str | None = None,
                 signer: str | None = None) -> ImportReport:
    """Check ``data`` completely, then replace the (empty) store's contents with it.

    The file must be signed by a desk and its signature must check (``signature.check``);
    with ``signer`` (a fingerprint), by that desk. Raises InterchangeError (one line, JSON path
    first) and writes nothing when any check fails or the store is not empty."""
    loader.last_timings.clear()
    started = time.perf_counter()
    if crypto.is_encrypted(data):
        data = crypto.decrypt(data, passphrase)
    header = signature.check(data, signer)
    doc, plain = parse(data, passphrase)
    loader.last_timings["parse"] = time.perf_counter() - started
    try:
        return _write(desk, doc, plain, _digest_in_background(plain), header)
    except IntegrityError as exc:  # a constraint the checks do not know of; all rolled back
        # The first line: PostgreSQL adds a DETAIL line the one-line refusal leaves out.
        said = str(exc.orig).strip().splitlines()[0]
        raise InterchangeError("file", f"refused by the store ({said}); nothing was changed") from None


def _digest_in_background(plain: bytes) -> Callable[[], str]:
    """SHA-256 of the file, computed by a thread while the import goes on (hashlib lets the
    GIL go while it hashes); the returned function waits for it."""
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(hashlib.sha256(plain).hexdigest()),
                              name="interchange-sha256", daemon=True)
    worker.start()

    def wait() -> str:
        worker.join()
        return result[0]

    return wait


def _write(desk: Desk, doc: Any, plain: bytes, source_digest: Callable[[], str],
           header: dict[str, Any]) -> ImportReport:
    """Check and write in one transaction: on SQLite the checks overlap the index builds
    (``loader``); elsewhere they run first. Any failure rolls the whole transaction back."""
    codecs = table_codecs()
    sqlite = desk.db.engine.dialect.name == "sqlite"
    if not sqlite:
        # A store with work in it is refused before the file is checked, as on SQLite (there
        # the loader checks while it writes); checked again below, inside the transaction.
        with desk.read() as first:
            _refuse_occupied(first)
        decoded, head, sums = check_document(doc, plain)
    with desk.unit_of_work("store.import", "store", bulk=True) as (s, note):
        _refuse_occupied(s)
        replaced = s.execute(select(func.count(AuditEntry.id))).scalar() or 0
        if sqlite:
            # A hand-made file may list a correction before the row it corrects; the links
            # were checked already and SQLite checks them again at commit.
            s.execute(text("PRAGMA defer_foreign_keys = ON"))
        for codec in reversed(codecs):
            s.execute(delete(codec.table))
        if sqlite:
            # The loader also rebuilds the full-text index (bulk inserts bypass the flush
            # listener that keeps it in step).
            driver = s.connection().connection.driver_connection
            assert driver is not None, "a session's open connection has its DBAPI connection"
            cur = driver.cursor()
            try:
                _decoded, head, sums = loader.load_and_check(
                    cur, driver, codecs, doc, lambda: check_document(doc, plain))
            finally:
                cur.close()
        else:
            _insert_portable(s, codecs, decoded)
            from app.store import search_index

            search_index.rebuild(s)
            from app.store.portable import advance_sequences

            advance_sequences(s.connection())  # the rows kept their ids: new ones follow them
        signed = header["audit_head"]
        if (int(signed["count"]), str(signed["hash"])) != (len(doc["audit"]), head):
            raise InterchangeError("_header.audit_head", "does not name the file's own audit "
                                   "head; refused, nothing was changed")
        _derive_terminations(s)
        counts = {codec.collection: len(doc[codec.collection]) for codec in codecs}
        source_sha = source_digest()
        committing = time.perf_counter()
        note.tables = sums
        who = signature.signer_of(header)
        note.change = {"source_sha256": source_sha, "counts": counts, "signer": who,
                       "imported_audit_head": head, "replaced_audit_entries": replaced}
    loader.last_timings["commit"] = time.perf_counter() - committing
    return ImportReport(counts=counts, source_sha256=source_sha, audit_head=head, signer=who)


def _derive_terminations(s: Session) -> None:
    """A file written before the termination date was stored (store revision 0005 or older)
    carries the notice only: the date follows from it under the agreement's clause (Art. 14.2)."""
    from app.services.agreements.catalogue import store_termination
    from app.store.models import Agreement

    rows = s.execute(select(Agreement).where(Agreement.termination_notice_on.is_not(None),
                                             Agreement.terminates_on.is_(None))).scalars()
    for row in rows:
        store_termination(row)
    s.flush()


def _insert_portable(s: Session, codecs: list, decoded: checks.Decoded) -> None:
    """Through SQLAlchemy, with Python objects: any database."""
    for codec in codecs:
        convert = [c for c in codec.columns if c.kind in ("date", "datetime")]
        rows = decoded[codec.name]
        for row in rows:
            for col in convert:
                row[col.name] = col.to_python(row[col.name])
        for start in range(0, len(rows), 20_000):
            s.execute(insert(codec.table), rows[start:start + 20_000])


#: The largest interchange file read (bytes): several times the export of a 100,000-request
#: desk (about 660 MiB), refused before a byte is read rather than filling the memory.
MAX_FILE = 4 * 1024**3


def import_file(desk: Desk, path: Path, *, passphrase: str | None = None,
                signer: str | None = None) -> ImportReport:
    """Read ``path`` and import it (see ``import_store``): a regular file (never a device or a
    pipe) of at most ``MAX_FILE`` bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InterchangeError("file", f"cannot read {path} ({exc.strerror})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise InterchangeError("file", f"{path} is not a regular file (a device, pipe or folder)")
    with os.fdopen(fd, "rb") as fh:
        if info.st_size > MAX_FILE:
            raise InterchangeError("file", f"{path} is {info.st_size:,} bytes; an interchange file "
                                   f"is at most {MAX_FILE:,}")
        os.set_blocking(fh.fileno(), True)
        data = fh.read(MAX_FILE + 1)
    return import_store(desk, data, passphrase=passphrase, signer=signer)
