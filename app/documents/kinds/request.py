"""Formal request for assistance (outgoing), Art. 7.

Prints the Art. 7.2 items (a)-(e) as numbered sections, the articles relied on, the Art. 11.2
reciprocity statement where it applies and the Art. 9/10 restrictions on what the request supplies.
"""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.problems import common_problems, problem
from app.i18n import QT_TRANSLATE_NOOP

CODE = "request"
DIRECTIONS = ("outgoing",)
# Real request statuses (app.treaty.lifecycle.Status values) in which the letter is offered.
STATUSES = ("draft", "sent", "acknowledged")

#: The 7.2 items whose absence makes a request incomplete ((d) applies only "if known").
REQUIRED_ELEMENTS = (
    ("requesting_administration", QT_TRANSLATE_NOOP(
        "LetterProblem", "Art. 7.2(a): the administration making the request is missing")),
    ("nature_of_proceedings", QT_TRANSLATE_NOOP(
        "LetterProblem", "Art. 7.2(b): the nature of the proceedings is missing")),
    ("object_and_reason", QT_TRANSLATE_NOOP(
        "LetterProblem", "Art. 7.2(c): the object and the reason for the request are "
            "missing")),
    ("description_and_legal_elements", QT_TRANSLATE_NOOP(
        "LetterProblem", "Art. 7.2(e): the description of the matter and the legal "
            "elements are missing")),
)


def element_problems(ctx: LetterContext) -> list[str]:
    """Art. 7.2: a request missing (a), (b), (c) or (e) is incomplete."""
    return [problem(f"elements.{name}", msg) for name, msg in REQUIRED_ELEMENTS if not ctx.element(name)]


def problems(ctx: LetterContext) -> list[str]:
    """Why this request cannot be final."""
    out = common_problems(ctx) + element_problems(ctx)
    if not ctx.bases:
        out.append(problem("bases", QT_TRANSLATE_NOOP(
            "LetterProblem", "no article of the agreement is relied on (Art. 7.1)")))
    return out


def request_sections(ctx: LetterContext, w: Wording) -> list[b.Section]:
    """The sections a request and its written confirmation share."""
    reciprocity = None
    if ctx.reciprocity:
        reciprocity = b.Section(w("common.reciprocity_heading"), paragraphs=[w("common.reciprocity")])
    return b.compact(
        *b.element_sections(ctx, w),
        b.bases_section(ctx, w),
        reciprocity,
        b.restrictions_section(ctx, w, always=True),
    )


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The request's text in one language."""
    articles = w.articles([code for code, _ in ctx.bases]) or w("labels.not_stated")
    agreement = b.agreement_name(ctx, w)
    return b.LetterBody(
        subject=b.subject(ctx, w, articles=articles),
        intro=[w("kinds.request.intro", agreement=agreement,
                 sender=ctx.sender.administration_in(w.lang), articles=articles)],
        sections=request_sections(ctx, w),
        closing=[w("common.reply_designated")],
        urgency=w(f"urgency.{ctx.urgency}"),
    )
