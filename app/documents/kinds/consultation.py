"""Consultation letter for assistance withheld because of an ongoing investigation (Art. 11.3)."""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.problems import common_problems, incoming_ref_problems, problem, require
from app.i18n import QT_TRANSLATE_NOOP

CODE = "consultation"
DIRECTIONS = ("incoming",)
# Real request statuses (app.treaty.lifecycle.Status values) in which the letter is offered.
STATUSES = ("withheld",)


def problems(ctx: LetterContext) -> list[str]:
    """Why this consultation letter cannot be final."""
    out = common_problems(ctx) + incoming_ref_problems(ctx)
    out += require(ctx, ("statement", QT_TRANSLATE_NOOP(
        "LetterProblem", "the explanation of why assistance is withheld is blank (Art. "
            "11.3)")))
    if not ctx.grounds:
        out.append(problem("grounds", QT_TRANSLATE_NOOP("LetterProblem", "no ground is given (Art. 11.3)")))
    return out


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The consultation letter's text in one language."""
    k = "kinds.consultation"
    ref = ctx.their_ref.strip() or w("labels.not_stated")
    day = w.date(ctx.request_date) or w("labels.not_stated")
    return b.LetterBody(
        subject=b.subject(ctx, w, ref=ref, date=day),
        intro=[w(f"{k}.intro", ref=ref, date=day, our_ref=ctx.our_ref or w("labels.not_stated"),
                 agreement=b.agreement_name(ctx, w))],
        sections=b.compact(
            b.grounds_section(ctx, w),
            b.free_text_section(ctx, "statement", w(f"{k}.statement_heading"), ctx.statement, w),
            b.free_text_section(ctx, "conditions", w(f"{k}.proposal_heading"), ctx.conditions, w,
                                optional=True),
            b.restrictions_section(ctx, w),
        ),
        closing=[w(f"{k}.closing")],
    )
