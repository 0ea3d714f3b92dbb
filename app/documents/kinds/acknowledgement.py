"""Acknowledgement of receipt of an incoming request."""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.problems import common_problems, incoming_ref_problems

CODE = "acknowledgement"
DIRECTIONS = ("incoming",)
# Real request statuses (app.treaty.lifecycle.Status values) in which the letter is offered.
STATUSES = ("received", "acknowledged")


def problems(ctx: LetterContext) -> list[str]:
    """Why this acknowledgement cannot be final."""
    return common_problems(ctx) + incoming_ref_problems(ctx)


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The acknowledgement's text in one language."""
    k = "kinds.acknowledgement"
    ref = ctx.their_ref.strip() or w("labels.not_stated")
    day = w.date(ctx.request_date) or w("labels.not_stated")
    received = w.date(ctx.received_on or ctx.issued_on)
    our_ref = ctx.our_ref.strip() or w("labels.not_stated")
    return b.LetterBody(
        subject=b.subject(ctx, w, ref=ref, date=day),
        intro=[w(f"{k}.intro", ref=ref, date=day, received=received, agreement=b.agreement_name(ctx, w))],
        sections=b.compact(
            b.Section(w(f"{k}.registration_heading"), paragraphs=[w(f"{k}.registration", our_ref=our_ref)]),
            b.Section(w(f"{k}.handling_heading"), paragraphs=[w(f"{k}.handling")]),
            b.free_text_section(ctx, "statement", w("common.remarks_heading"), ctx.statement, w, optional=True),
            b.restrictions_section(ctx, w),
        ),
    )
