"""Cover letter for information given on our own initiative (spontaneous-out), Art. 3.1 and 4.3.

There is no ask, so Art. 7.2 does not apply: the letter states the article relied on (3.1, or
4.3 where the information may concern a serious offence and must be passed on, 4.3(b)), the
information itself (kept in the record's ``object_and_reason`` field, the record's title being
its subject), what is known of the parties and, for 4.3, the offence and the harm it threatens,
then the Art. 9/10 restrictions on the information, as the request letter states them.
"""

from __future__ import annotations

from app.documents import body as b
from app.documents.context import LetterContext
from app.documents.i18n import Wording
from app.documents.problems import blank, common_problems, problem
from app.i18n import QT_TRANSLATE_NOOP

CODE = "spontaneous_information"
DIRECTIONS = ("spontaneous-out",)
# Real statuses (app.treaty.lifecycle.Status values) of spontaneous-out information in which a
# cover letter makes sense: before sending (draft) and once sent (a copy, a re-issue).
STATUSES = ("draft", "sent")

#: The articles spontaneous information may rest on (Art. 3.1, 4.3). Catalogue codes may carry a
#: variant after a hyphen ("4.3-spontaneous" is Art. 4.3 on own initiative), so the article is
#: the part before it.
SPONTANEOUS_ARTICLES = ("3.1", "4.3")

#: What the record must carry before the letter can be final (Art. 3.1); the treaty layer's own
#: check (app.treaty.completeness, SPONTANEOUS_ELEMENTS) is added by the caller.
REQUIRED = (
    ("requesting_administration", QT_TRANSLATE_NOOP(
        "LetterProblem", "the administration giving the information is missing (Art. 3.1)")),
    ("object_and_reason", QT_TRANSLATE_NOOP("LetterProblem", "the information provided is missing (Art. 3.1)")),
)


def article_of(code: str) -> str:
    """The article of a basis code: ``"4.3-spontaneous"`` -> ``"4.3"``, ``"3.1"`` -> ``"3.1"``."""
    return code.split("-", 1)[0].strip()


def spontaneous_articles(ctx: LetterContext) -> list[str]:
    """The articles relied on that allow information without a request, each once, in order."""
    found = [article_of(code) for code, _ in ctx.bases]
    return [a for a in dict.fromkeys(found) if a in SPONTANEOUS_ARTICLES]


def problems(ctx: LetterContext) -> list[str]:
    """Why this letter cannot be final (the spontaneous rules, not Art. 7.2)."""
    out = common_problems(ctx)
    out += [problem(f"elements.{name}", msg) for name, msg in REQUIRED if not ctx.element(name)]
    if blank(ctx.title):
        out.append(problem("elements.title", QT_TRANSLATE_NOOP(
            "LetterProblem", "the subject of the information is missing (Art. 3.1)")))
    if not spontaneous_articles(ctx):
        out.append(problem("bases", QT_TRANSLATE_NOOP(
            "LetterProblem", "no article allowing information without a request is relied on "
                "(Art. 3.1 or 4.3)")))
    return out


def body(ctx: LetterContext, w: Wording) -> b.LetterBody:
    """The letter's text in one language."""
    k = f"kinds.{CODE}"
    cited = spontaneous_articles(ctx)
    articles = w.articles(cited) or w("labels.not_stated")
    agreement = b.agreement_name(ctx, w)
    serious = "4.3" in cited
    intro = [w(f"{k}.intro", agreement=agreement, sender=ctx.sender.administration_in(w.lang), articles=articles)]
    if serious:
        intro.append(w(f"{k}.intro_serious"))
    offence_key = f"{k}.offence_heading" if serious else f"{k}.matter_heading"
    return b.LetterBody(
        subject=b.subject(ctx, w, articles=articles, title=(ctx.title or "").strip() or w("labels.not_stated")),
        intro=intro,
        sections=b.compact(
            _element(ctx, "object_and_reason", w(f"{k}.information_heading"), w, optional=False),
            _element(ctx, "nature_of_proceedings", w(f"{k}.nature_heading"), w),
            _element(ctx, "description_and_legal_elements", w(offence_key), w),
            _element(ctx, "parties_concerned", w(f"{k}.parties_heading"), w),
            _bases_section(ctx, w),
            b.free_text_section(ctx, "statement", w("common.remarks_heading"), ctx.statement, w, optional=True),
            b.restrictions_section(ctx, w, always=True),
        ),
        closing=[w(f"{k}.closing")],
    )


def _bases_section(ctx: LetterContext, w: Wording) -> b.Section | None:
    """The bases relied on, each cited by its article (a catalogue code's variant suffix is not an
    article: "4.3-spontaneous" prints as Article 4(3)) with its label in the letter's language."""
    if not ctx.bases:
        return None
    items = []
    for code, label in ctx.bases:
        label = ctx.basis_label(code, label, w.lang)
        ref = w.article(article_of(code))
        items.append(f"{ref} — {label}" if label else ref)
    return b.Section(w("common.bases_heading"), items=items)


def _element(ctx: LetterContext, name: str, heading: str, w: Wording, *,
             optional: bool = True) -> b.Section | None:
    """An element in the letter's language; an ``optional`` one (these items are 'if any') is
    printed only when the officer gave its text."""
    return b.free_text_section(ctx, name, heading, ctx.elements.get(name), w, optional=optional)
