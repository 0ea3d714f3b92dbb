"""A FINAL letter prints the audit chain's head (entries, newest hash) in its footer, so the
letter sent is an anchor of the chain outside the store; drafts print none."""

from __future__ import annotations

import re

from app.security import audit
from app.services.letters import commands as letters
from app.services.letters import registry as docs

from ._pdf import has, text


def test_final_letter_prints_audit_head(desk, refs):
    with desk.query() as conn:
        count, digest = audit.head(conn)
    view = letters.generate_letter(desk, refs["refused"], "statement_of_reasons", "en")
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, f"Audit {count:,} · {digest[:12]}…")
    assert f"liaison-desk-audit-head {count} {digest}".encode() in pdf  # whole, for verify


def test_draft_letter_prints_no_audit_head(desk, refs):
    preview = letters.preview_letter(desk, refs["refused"], "statement_of_reasons", "en", final=False)
    assert not re.search(r"Audit[\d,]+·", text(preview.pdf))
    assert b"liaison-desk-audit-head" not in preview.pdf
