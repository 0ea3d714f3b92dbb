"""Cover note for a request for evidence through the diplomatic channel (Art. 10.2)."""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.problems import INFORMATION_HELD_STATUSES, common_problems, require
from app.i18n import QT_TRANSLATE_NOOP

CODE = "evidence_cover"
DIRECTIONS = ("incoming", "outgoing", "spontaneous-in")
STATUSES = INFORMATION_HELD_STATUSES


def problems(ctx: LetterContext) -> list[str]:
    """Why this cover note cannot be final."""
    return common_problems(ctx) + require(
        ctx,
        ("information_summary", QT_TRANSLATE_NOOP(
            "LetterProblem", "the information needed as evidence is not described (Art. 10.2)")),
        ("purpose", QT_TRANSLATE_NOOP(
            "LetterProblem", "the proceedings in which the evidence is needed are blank (Art. "
                "10.2)")),
    )


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The cover note's text in one language."""
    k = "kinds.evidence_cover"
    return b.LetterBody(
        subject=b.subject(ctx, w),
        intro=[w(f"{k}.intro", agreement=b.agreement_name(ctx, w))],
        sections=b.compact(
            b.information_section(ctx, w),
            b.text_section(w(f"{k}.purpose_heading"), ctx.purpose, w),
            b.conditions_section(ctx.authority, w, f"{k}.authority_heading"),
            b.free_text_section(ctx, "statement", w("common.remarks_heading"), ctx.statement, w, optional=True),
            b.restrictions_section(ctx, w),
        ),
        closing=[w(f"{k}.closing")],
    )
