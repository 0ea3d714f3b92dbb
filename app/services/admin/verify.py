"""``verify``: SQLite integrity, the audit hash chain, every business row against the state its
newest audit entry bound, the chain against the heads kept outside the store (the last-seen
head, the heads printed on final letters, exports given with ``--against``), every stored
document's SHA-256, and whether the full-text index is in step with the tables."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from app.security import audit
from app.services.context import Desk
from app.store.models import Document


@dataclass
class VerifyReport:
    """What ``verify`` found (``problems``, one line each) and which heads kept outside the
    store it compared the chain with (``compared``, one line each, whatever the outcome)."""

    problems: list[str] = field(default_factory=list)
    compared: list[str] = field(default_factory=list)


def verify_store(desk: Desk, against: Sequence[Path] = ()) -> list[str]:
    """Every problem found, one readable line each; empty when the store is sound
    (``verify_report`` also says what the chain was compared with)."""
    return verify_report(desk, against).problems


def verify_report(desk: Desk, against: Sequence[Path] = (), *,
                  export_passphrase: str | None = None) -> VerifyReport:
    """Run every check. ``against``: files holding a head of this store's chain (an export, a
    final letter's PDF, a backup file) to compare it with, beside the last-seen head and the stored letters.

    A damaged file stops some checks part-way: each check that cannot finish says so in its
    line, the others still run, and the last line names the newest rolling backup that is
    whole (``newest_good_backup``)."""
    report = VerifyReport(problems=list(desk.db.integrity_problems()))
    problems = report.problems
    damaged = bool(problems) and any(p.startswith("integrity_check") for p in problems)
    checks = (
        ("audit chain", _audit_problems),
        ("audit state", _state_problems),
        ("audit heads", lambda d: _head_problems(d, report, against, export_passphrase)),
        ("documents", _document_problems),
        ("search index", _index_problems),
    )
    for name, check in checks:
        try:
            problems.extend(check(desk))
        except DatabaseError as exc:
            damaged = True
            problems.append(f"{name}: cannot be read to the end "
                            f"({str(getattr(exc, 'orig', None) or exc).splitlines()[0]})")
    if damaged:
        problems.append(_backup_advice(desk))
    return report


def _audit_problems(desk: Desk) -> list[str]:
    with desk.read() as s:
        return list(audit.iter_problems(s))


def _state_problems(desk: Desk) -> list[str]:
    """Every business row against its newest audit binding (``app.security.state``)."""
    from app.security import state

    with desk.query() as conn:
        return list(state.problems(conn))


# -- the chain against heads kept outside the store ------------------------------------------

#: How a final letter's PDF names the head it printed (its Keywords; ``app.documents.render``).
LETTER_HEAD = re.compile(rb"liaison-desk-audit-head (\d+) ([0-9a-f]{64})")

#: Actions that replace the chain on purpose: the head seen before them is gone, honestly.
_REPLACING = {"store.import": "an import", "store.restore": "a restore"}


def _entries(n: int) -> str:
    return f"{n:,} {'entry' if n == 1 else 'entries'}"


@dataclass
class _Head:
    count: int
    hash: str
    source: str  # "the last-seen head of 2026-12-07 13:02 UTC"
    group: str = ""  # heads of one kind summed up in one "compared" line (letters)


def _head_problems(desk: Desk, report: VerifyReport, against: Sequence[Path],
                   export_passphrase: str | None) -> list[str]:
    from app.security import anchor

    problems: list[str] = []
    heads: list[_Head] = []
    recorded = anchor.read(desk.db)
    if anchor.anchor_path(desk.db) is None:
        report.compared.append("no last-seen head is kept for a store on a database server")
    elif recorded is None:
        report.compared.append("no last-seen head is recorded for this store on this computer "
                               "account (its first use here, or the record was removed)")
    else:
        head = recorded["head"]
        heads.append(_Head(int(head["count"]), str(head["hash"]),
                           f"the last-seen head of {anchor.shown_time(str(head.get('at', '')))}"))
        for old in recorded.get("superseded") or []:
            seen = anchor.shown_time(str(old.get("at", "")))
            by = str(old.get("by", ""))
            if by in _REPLACING:
                report.compared.append(
                    f"the head last seen on {seen} ({_entries(int(old['count']))}) was replaced "
                    f"by {_REPLACING[by]} (audit entry {old.get('by_entry')})")
                continue
            problems.append(
                f"the chain no longer held the head last seen on {seen} "
                f"({_entries(int(old['count']))}) when audit entry {old.get('by_entry')} ({by}) was written on "
                f"{anchor.shown_time(str(old.get('noticed', '')))}: entries were removed or "
                "rewritten outside the desk before it")
    heads.extend(_letter_heads(desk))
    for path in against:
        found = _file_head(Path(path), export_passphrase)
        if isinstance(found, str):
            problems.append(found)
        else:
            heads.append(found)
    problems.extend(_compare_heads(desk, heads, report))
    return problems


def _letter_heads(desk: Desk) -> Iterable[_Head]:
    with desk.query() as conn:
        from app.store import tables

        d = tables.document
        rows = conn.execute(select(d.c.id, d.c.filename, d.c.content)
                            .where(d.c.final.is_(True), d.c.mime == "application/pdf")
                            .order_by(d.c.id).execution_options(yield_per=50))
        for did, name, content in rows:
            found = LETTER_HEAD.search(content or b"")
            if found:
                yield _Head(int(found[1]), found[2].decode("ascii"),
                            f"the head printed on final letter {name} (document {did})", "letters")


def _file_head(path: Path, passphrase: str | None) -> _Head | str:
    """The head a file holds (an export's header, a letter's PDF, a backup's manifest), or a
    problem line."""
    from app.interchange import InterchangeError, signing_header
    from app.services.admin.backup import is_backup_file, read_manifest
    from app.store.db import StoreError

    if is_backup_file(path):  # a backup's manifest records the head it was made at
        try:
            head = read_manifest(path).get("audit_head") or {}
            return _Head(int(head["count"]), str(head["hash"]), f"the head in backup {path.name}")
        except (StoreError, KeyError, TypeError, ValueError):
            return f"against: {path}: a backup file whose manifest holds no audit head"
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return f"against: cannot read {path} ({exc.strerror})"
    if data.startswith(b"%PDF"):
        found = LETTER_HEAD.search(data)
        if not found:
            return f"against: {path} is a PDF without an audit head (a draft, or not a final letter)"
        return _Head(int(found[1]), found[2].decode("ascii"), f"the head printed on {path.name}")
    try:
        header = signing_header(data, passphrase)
    except InterchangeError as exc:
        return f"against: {path}: {exc}"
    if header is None or "audit_head" not in header:
        return f"against: {path} holds no audit head (not an export of this version)"
    head = header["audit_head"]
    return _Head(int(head["count"]), str(head["hash"]), f"the head in {path.name}")


def _compare_heads(desk: Desk, heads: list[_Head], report: VerifyReport) -> list[str]:
    """Walk the chain once and compare each head with the entry at its position."""
    from app.store import tables

    problems: list[str] = []
    wanted: dict[int, list[_Head]] = {}
    for h in heads:
        wanted.setdefault(h.count, []).append(h)
    matched: dict[str, int] = {}
    total = 0
    t = tables.audit_entry
    with desk.query() as conn:
        rows = conn.execute(select(t.c.id, t.c.hash).order_by(t.c.id).execution_options(yield_per=5000))
        for eid, hsh in rows:
            total += 1
            for h in wanted.get(total, ()):
                if h.hash == hsh:
                    if h.group:
                        matched[h.group] = matched.get(h.group, 0) + 1
                    else:
                        report.compared.append(f"compared with {h.source} ({_entries(h.count)}): matches")
                else:
                    problems.append(
                        f"the chain's entry {eid} (number {h.count:,}) differs from {h.source}: "
                        "the chain was rewritten (entries altered or recomputed) since")
    for h in heads:
        if h.count > total:
            problems.append(f"the chain is {_entries(h.count - total)} shorter than {h.source} "
                            f"({_entries(h.count)}): entries were removed")
    if matched.get("letters"):
        report.compared.append(f"compared with the heads printed on {matched['letters']:,} final "
                               "letters: they match")
    return problems


def _document_problems(desk: Desk) -> list[str]:
    problems = []
    with desk.read() as s:
        rows = s.execute(
            select(Document.id, Document.filename, Document.sha256, Document.content, Document.size)
            .execution_options(yield_per=50)
        )
        for did, name, sha, content, size in rows:
            data = content or b""
            if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
                problems.append(f"document {did} ({name}): content does not match its SHA-256")
    return problems


def _index_problems(desk: Desk) -> list[str]:
    from app.services.search.queries import index_problems  # the index is a derived copy: report, repairable

    return list(index_problems(desk))


def newest_good_backup(desk: Desk) -> Path | None:
    """The newest rolling backup that opens with the store's key, passes SQLite's integrity
    check and has an intact audit chain; None when there is none."""
    from app.services.admin.backup import _check_candidate, list_backups

    key = desk.db._key
    if key is None:
        return None
    for candidate in reversed(list_backups(desk)):
        try:
            _check_candidate(candidate, key)
        except Exception:  # damaged, truncated, another key: try the one before
            continue
        return candidate
    return None


def _backup_advice(desk: Desk) -> str:
    if desk.db.data_dir is None:
        return "the store is damaged; the database server's own backups hold the last good copy"
    good = newest_good_backup(desk)
    if good is None:
        return ("the store is damaged and no rolling backup is whole; restore from a copy kept "
                "elsewhere (liaison-desk restore FILE)")
    return f"the store is damaged; newest good backup: {good} (liaison-desk restore {good})"
