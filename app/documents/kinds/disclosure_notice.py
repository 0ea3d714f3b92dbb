"""Advance notice of a disclosure required by law (Art. 9.4)."""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.problems import INFORMATION_HELD_STATUSES, common_problems, require
from app.i18n import QT_TRANSLATE_NOOP

CODE = "disclosure_notice"
DIRECTIONS = ("incoming", "outgoing", "spontaneous-in")
STATUSES = INFORMATION_HELD_STATUSES


def problems(ctx: LetterContext) -> list[str]:
    """Why this notice cannot be final."""
    return common_problems(ctx) + require(
        ctx,
        ("information_summary", QT_TRANSLATE_NOOP(
            "LetterProblem", "the information to be disclosed is not described (Art. 9.4)")),
        ("authority", QT_TRANSLATE_NOOP("LetterProblem", "the recipient of the disclosure is not named (Art. 9.4)")),
        ("legal_basis_for_disclosure", QT_TRANSLATE_NOOP(
            "LetterProblem", "the legal obligation to disclose is blank (Art. 9.4)")),
    )


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The notice's text in one language."""
    k = "kinds.disclosure_notice"
    when = w.date(ctx.disclosure_date) or w(f"{k}.date_unknown")
    return b.LetterBody(
        subject=b.subject(ctx, w),
        intro=[w(f"{k}.intro", agreement=b.agreement_name(ctx, w))],
        sections=b.compact(
            b.information_section(ctx, w),
            b.text_section(w(f"{k}.authority_heading"), ctx.authority, w),
            b.text_section(w(f"{k}.legal_basis_heading"), ctx.legal_basis_for_disclosure, w),
            b.Section(w(f"{k}.date_heading"), paragraphs=[when]),
            b.free_text_section(ctx, "conditions", w("common.conditions_heading"), ctx.conditions, w, optional=True),
            b.restrictions_section(ctx, w),
        ),
        closing=[w(f"{k}.closing")],
    )
