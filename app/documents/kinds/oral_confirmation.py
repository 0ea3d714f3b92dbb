"""Written confirmation of an urgent oral request (Art. 7.1): the request, in writing, citing when
the oral request was made."""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.kinds import request
from app.documents.problems import problem
from app.i18n import QT_TRANSLATE_NOOP

CODE = "oral_confirmation"
DIRECTIONS = ("outgoing",)
# Real request statuses (app.treaty.lifecycle.Status values) in which the letter is offered.
STATUSES = ("draft", "sent", "acknowledged")


def problems(ctx: LetterContext) -> list[str]:
    """Why this confirmation cannot be final: a request's problems plus the oral request's time."""
    out = request.problems(ctx)
    if ctx.oral_request_at is None:
        out.append(problem("oral_request_at", QT_TRANSLATE_NOOP(
            "LetterProblem", "the date and time of the oral request are missing (Art. 7.1)")))
    return out


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The confirmation's text in one language."""
    when = w.datetime(ctx.oral_request_at) or w("labels.not_stated")
    day = w.date(ctx.oral_request_at.date()) if ctx.oral_request_at else w("labels.not_stated")
    oral = b.Section(
        w("kinds.oral_confirmation.oral_heading"),
        paragraphs=[w("kinds.oral_confirmation.oral_detail", when=when, ref=ctx.our_ref or w("labels.not_stated"))],
    )
    return b.LetterBody(
        subject=b.subject(ctx, w, date=day),
        intro=[w("kinds.oral_confirmation.intro", when=when, sender=ctx.sender.administration_in(w.lang),
                 agreement=b.agreement_name(ctx, w))],
        sections=[oral, *request.request_sections(ctx, w)],
        closing=[w("common.reply_designated")],
        urgency=w(f"urgency.{ctx.urgency}"),
    )
