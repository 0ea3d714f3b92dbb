"""Statement of reasons for refusal, postponement or conditional execution (Art. 11.4).

Cites the request answered (both references and its date), the decision, each ground with its
article, the reasons, any conditions (11.1) and information useful for pursuing the matter.
"""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.problems import blank, common_problems, incoming_ref_problems, problem
from app.i18n import QT_TRANSLATE_NOOP

CODE = "statement_of_reasons"
DIRECTIONS = ("incoming",)
# Real request statuses (app.treaty.lifecycle.Status values) in which the letter is offered.
STATUSES = ("refused", "postponed", "conditional", "withheld")


def problems(ctx: LetterContext) -> list[str]:
    """Why this statement cannot be final."""
    out = common_problems(ctx) + incoming_ref_problems(ctx)
    if ctx.decision not in ("refused", "postponed", "conditional", "withheld"):
        out.append(problem("decision", QT_TRANSLATE_NOOP(
            "LetterProblem", "the decision (refused, postponed, conditional) is missing (Art. "
                "11.4)")))
    if ctx.decision == "postponed" and ctx.postponed_until is None:
        out.append(problem("postponed_until", QT_TRANSLATE_NOOP(
            "LetterProblem", "the date execution is postponed until is missing (Art. 11.4)")))
    if ctx.decision == "conditional" and blank(ctx.conditions):
        out.append(problem("conditions", QT_TRANSLATE_NOOP(
            "LetterProblem", "the conditions of execution are missing (Art. 11.1)")))
    if not ctx.grounds:
        out.append(problem("grounds", QT_TRANSLATE_NOOP("LetterProblem", "no ground is given (Art. 11)")))
    if blank(ctx.statement):
        out.append(problem("statement", QT_TRANSLATE_NOOP(
            "LetterProblem", "the statement of reasons is blank (Art. 11.4)")))
    return out


def decision_text(ctx: LetterContext, w: Wording) -> str:
    """The decision sentence; blank decision prints the placeholder."""
    key = "kinds.statement_of_reasons.decision"
    if ctx.decision == "postponed":
        if ctx.postponed_until is None:
            return w(f"{key}.postponed_open")
        return w(f"{key}.postponed", date=w.date(ctx.postponed_until))
    if ctx.decision in ("refused", "conditional", "withheld"):
        return w(f"{key}.{ctx.decision}")
    return w("labels.not_stated")


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The statement's text in one language."""
    k = "kinds.statement_of_reasons"
    ref = ctx.their_ref.strip() or w("labels.not_stated")
    day = w.date(ctx.request_date) or w("labels.not_stated")
    decision = b.Section(w(f"{k}.decision_heading"), paragraphs=[decision_text(ctx, w)], missing=ctx.decision is None)
    conditions = b.free_text_section(ctx, "conditions", w("common.conditions_heading"), ctx.conditions, w,
                                     optional=ctx.decision != "conditional")
    return b.LetterBody(
        subject=b.subject(ctx, w, ref=ref, date=day),
        intro=[w(f"{k}.intro", ref=ref, date=day, our_ref=ctx.our_ref or w("labels.not_stated"),
                 agreement=b.agreement_name(ctx, w))],
        sections=b.compact(
            decision,
            b.grounds_section(ctx, w),
            b.free_text_section(ctx, "statement", w(f"{k}.statement_heading"), ctx.statement, w),
            conditions,
            b.free_text_section(ctx, "accompanying_info", w(f"{k}.accompanying_heading"),
                                ctx.accompanying_info, w, optional=True),
            b.restrictions_section(ctx, w),
        ),
        closing=[w(f"{k}.closing")],
    )
