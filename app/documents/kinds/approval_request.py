"""Request for the provider's express written approval of use by another authority (Art. 9.1)."""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.problems import INFORMATION_HELD_STATUSES, common_problems, require
from app.i18n import QT_TRANSLATE_NOOP

CODE = "approval_request"
DIRECTIONS = ("incoming", "outgoing", "spontaneous-in")
STATUSES = INFORMATION_HELD_STATUSES


def problems(ctx: LetterContext) -> list[str]:
    """Why this approval request cannot be final."""
    return common_problems(ctx) + require(
        ctx,
        ("information_summary", QT_TRANSLATE_NOOP(
            "LetterProblem", "the information concerned is not described (Art. 9.1)")),
        ("authority", QT_TRANSLATE_NOOP(
            "LetterProblem", "the authority that would use the information is not named (Art. "
                "9.1)")),
        ("purpose", QT_TRANSLATE_NOOP("LetterProblem", "the purpose of the use is blank (Art. 9.1)")),
    )


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The approval request's text in one language."""
    k = "kinds.approval_request"
    return b.LetterBody(
        subject=b.subject(ctx, w),
        intro=[w(f"{k}.intro", agreement=b.agreement_name(ctx, w))],
        sections=b.compact(
            b.information_section(ctx, w),
            b.text_section(w(f"{k}.authority_heading"), ctx.authority, w),
            b.text_section(w(f"{k}.purpose_heading"), ctx.purpose, w),
            b.free_text_section(ctx, "conditions", w("common.conditions_heading"), ctx.conditions, w, optional=True),
            b.restrictions_section(ctx, w),
        ),
        closing=[w(f"{k}.closing")],
    )
