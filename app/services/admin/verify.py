"""``verify``: SQLite integrity, the audit hash chain, every stored document's SHA-256, and
whether the full-text index is in step with the tables."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from app.security import audit
from app.services.context import Desk
from app.store.models import Document


def verify_store(desk: Desk) -> list[str]:
    """Every problem found, one readable line each; empty when the store is sound."""
    problems = list(desk.db.integrity_problems())
    with desk.read() as s:
        problems.extend(audit.iter_problems(s))
        rows = s.execute(
            select(Document.id, Document.filename, Document.sha256, Document.content, Document.size)
            .execution_options(yield_per=50)
        )
        for did, name, sha, content, size in rows:
            data = content or b""
            if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
                problems.append(f"document {did} ({name}): content does not match its SHA-256")
    from app.services.search.queries import index_problems  # the index is a derived copy: report, repairable

    problems.extend(index_problems(desk))
    return problems
