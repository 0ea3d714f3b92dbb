"""``verify``: SQLite integrity, the audit hash chain, every stored document's SHA-256, and
whether the full-text index is in step with the tables."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from app.security import audit
from app.services.context import Desk
from app.store.models import Document


def verify_store(desk: Desk) -> list[str]:
    """Every problem found, one readable line each; empty when the store is sound.

    A damaged file stops some checks part-way: each check that cannot finish says so in its
    line, the others still run, and the last line names the newest rolling backup that is
    whole (``newest_good_backup``)."""
    problems = list(desk.db.integrity_problems())
    damaged = bool(problems) and any(p.startswith("integrity_check") for p in problems)
    for name, check in (("audit chain", _audit_problems), ("documents", _document_problems),
                        ("search index", _index_problems)):
        try:
            problems.extend(check(desk))
        except DatabaseError as exc:
            damaged = True
            problems.append(f"{name}: cannot be read to the end "
                            f"({str(getattr(exc, 'orig', None) or exc).splitlines()[0]})")
    if damaged:
        problems.append(_backup_advice(desk))
    return problems


def _audit_problems(desk: Desk) -> list[str]:
    with desk.read() as s:
        return list(audit.iter_problems(s))


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
