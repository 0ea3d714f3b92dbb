"""What a letter says, as plain text, before layout.

Each kind module turns a :class:`LetterContext` into a :class:`LetterBody` in one language; the
layout module (:mod:`app.documents.layout`) turns that into page flowables. Keeping the two apart
lets the wording be tested without a PDF and the page furniture be shared by every kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.documents.context import ELEMENT_FIELDS, LetterContext
from app.documents.i18n import Wording
from app.documents.markings import ordered_restrictions

#: Art. 7.2 sub-paragraph of each element.
ELEMENT_ARTICLES: dict[str, str] = dict(
    zip(ELEMENT_FIELDS, ("7.2(a)", "7.2(b)", "7.2(c)", "7.2(d)", "7.2(e)"), strict=True))


@dataclass
class Section:
    """One numbered section: a heading, paragraphs of text and an optional list of items.

    ``missing`` marks a placeholder printed in place of a value the officer has not given.
    """

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    missing: bool = False


@dataclass
class LetterBody:
    """The text of one letter in one language, ready for layout."""

    subject: str
    intro: list[str]
    sections: list[Section]
    closing: list[str] = field(default_factory=list)
    urgency: str = ""


def agreement_name(ctx: LetterContext, w: Wording) -> str:
    """The agreement's title in the letter's language when given, else its one title."""
    return (ctx.agreement_titles.get(w.lang) or ctx.agreement_title or ctx.agreement_short).strip()


def subject(ctx: LetterContext, w: Wording, **values: str) -> str:
    """The subject line: the officer's own when set, else the kind's standard subject."""
    if ctx.subject_line and ctx.subject_line.strip():
        return ctx.subject_line.strip()
    return w(f"kinds.{ctx.kind}.subject", agreement=agreement_name(ctx, w), **values)


def text_section(heading: str, text: str | None, w: Wording, *, placeholder: str = "labels.not_stated") -> Section:
    """A section holding free text; blank text prints a placeholder so a gap is visible."""
    text = (text or "").strip()
    if text:
        return Section(heading, paragraphs=split_paragraphs(text))
    return Section(heading, paragraphs=[w(placeholder)], missing=placeholder == "labels.not_stated")


def free_text_section(ctx: LetterContext, name: str, heading: str, default: str | None, w: Wording, *,
                      placeholder: str = "labels.not_stated", optional: bool = False) -> Section | None:
    """Free text ``name`` in the letter's language ``w.lang`` (``LetterContext.text``): a missing
    version prints a placeholder naming the language; an ``optional`` text that is blank in
    every language leaves the section out."""
    if ctx.version_missing(name, w.lang):
        return Section(heading, paragraphs=[w("labels.version_missing",
                                              language=w(f"language_name.{w.lang}"))], missing=True)
    text = ctx.text(name, w.lang, default)
    if optional and not (text or "").strip():
        return None
    return text_section(heading, text, w, placeholder=placeholder)


def split_paragraphs(text: str) -> list[str]:
    """Free text split at blank lines; single newlines stay as line breaks inside a paragraph."""
    parts = [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p.strip()] or [text]


def element_sections(ctx: LetterContext, w: Wording) -> list[Section]:
    """The five Art. 7.2 items (a)-(e), each headed with its sub-paragraph."""
    out = []
    for name in ELEMENT_FIELDS:
        heading = w(f"elements.{name}") + w("paren", text=w.article(ELEMENT_ARTICLES[name]))
        # (d) applies only "if known": a blank is an answer, not a gap.
        placeholder = "labels.not_known" if name == "parties_concerned" else "labels.not_stated"
        sec = free_text_section(ctx, name, heading, ctx.elements.get(name), w, placeholder=placeholder)
        if sec is not None:
            out.append(sec)
    return out


def bases_section(ctx: LetterContext, w: Wording) -> Section | None:
    """The articles the request relies on, each with its label."""
    if not ctx.bases:
        return None
    items = []
    for code, label in ctx.bases:
        label = ctx.basis_label(code, label, w.lang)
        items.append(f"{w.article(code)} — {label}" if label else w.article(code))
    return Section(w("common.bases_heading"), items=items)


def grounds_section(ctx: LetterContext, w: Wording) -> Section:
    """Each ground of a refusal, postponement, condition or withholding with its article."""
    items = [g.label_in(w.lang) + w("paren", text=w.article(g.article)) if g.article else g.label_in(w.lang)
             for g in ctx.grounds]
    if not items:
        return Section(w("common.grounds_heading"), paragraphs=[w("labels.not_stated")], missing=True)
    return Section(w("common.grounds_heading"), items=items)


def restrictions_section(ctx: LetterContext, w: Wording, *, always: bool = False) -> Section | None:
    """The Art. 9/10 conditions on the information this letter supplies.

    ``always`` prints the general Art. 9/10 sentence even when no restriction was chosen (requests
    always carry it: whatever they contain is information under the Agreement).
    """
    codes = ordered_restrictions(ctx.restrictions)
    if not codes and not always:
        return None
    return Section(
        w("restrictions.heading"),
        paragraphs=[w("restrictions.general")],
        items=[w(f"restrictions.{code}") for code in codes],
    )


def information_section(ctx: LetterContext, w: Wording) -> Section:
    """The information a 9.1 / 9.4 / 10.2 letter is about, with where it came from."""
    sec = text_section(w("common.information_heading"), ctx.information_summary, w)
    if ctx.their_ref.strip() and ctx.request_date:
        sec.paragraphs.append(w("common.received_under", ref=ctx.their_ref.strip(), date=w.date(ctx.request_date)))
    return sec


def conditions_section(text: str | None, w: Wording, heading_key: str = "common.conditions_heading") -> Section | None:
    """Optional free-text conditions; omitted when blank."""
    if not (text or "").strip():
        return None
    return text_section(w(heading_key), text, w)


def compact(*sections: Section | None) -> list[Section]:
    """The sections that apply, in order."""
    return [s for s in sections if s is not None]
