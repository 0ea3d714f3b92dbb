"""Render a :class:`LetterContext` to PDF bytes.

Bilingual letters (``en+ja``, ``en+es``, ``ja+en``) print one complete language version after the
other, each starting on a new page, rather than side by side. Reasons: the free-text fields can be
pages long and must flow over pages, which two-column tables do badly (a table row cannot break
across a page); Japanese text is far more compact than English, so parallel columns drift apart
within a paragraph anyway; and each version then reads, signs and files on its own, as the
agreement's own two texts do ("both texts being equally authentic"). Markings in the header and
footer carry both languages on every page; the page label is in the first language.

Output is deterministic: reportlab's ``invariant`` mode fixes dates and IDs, so the same context
gives the same bytes (the Document registry relies on that for SHA-256).
"""

from __future__ import annotations

import io
import threading
from functools import partial

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

from app.documents.context import LetterContext
from app.documents.fonts import register_fonts
from app.documents.i18n import Wording
from app.documents.layout import LANG_FONTS, MARGIN_X, PAGE_H, PAGE_W, TEXT_WIDTH, para, styles, version_flowables
from app.documents.markings import marking_lines
from app.documents.registry import LETTER_KINDS

EDGE = 10 * mm  # distance of header/footer furniture from the paper edge

# Reportlab keeps each font's subset assignments per document inside the shared TTFont, and cuts
# a subset out of the TTF through the font file's one read position (composite glyphs are found
# by seek-and-read): two letters rendered at once on two threads (a preview and a batch) could
# embed a corrupt font program. Letters take turns; one takes a few tens of milliseconds.
_RENDER_LOCK = threading.Lock()


class LetterIncomplete(ValueError):
    """A FINAL letter was asked for while letter_problems() still lists problems."""


def letter_problems(ctx: LetterContext, extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Why ``ctx`` cannot be rendered FINAL (empty when it can). ``extra`` adds the caller's own
    findings, e.g. the treaty layer's Art. 7.2 completeness check."""
    return list(LETTER_KINDS[ctx.kind].module.problems(ctx)) + list(extra)


def _form_name(page: int) -> str:
    return f"LiaisonDeskPageLabel{page}"


class _LabelledCanvas(rl_canvas.Canvas):
    """A canvas that prints "page x of y" in one pass, through reportlab's public form XObjects.

    Each page shows the form named for its number (:meth:`stamp_page_label`, called at the end of
    each page by the page template); ``Canvas.doForm`` accepts a form that is only defined later, and :meth:`save`
    defines one form per page, once the page count is known, before reportlab writes the file.
    """

    def __init__(self, *args, label_font: str, page_label: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.label_font = label_font
        self.page_label = page_label
        self.labelled_pages: list[int] = []

    def stamp_page_label(self) -> None:
        """Show this page's label form (drawn at the page's own coordinates)."""
        page = self.getPageNumber()
        self.doForm(_form_name(page))
        self.labelled_pages.append(page)

    def save(self) -> None:
        total = len(self.labelled_pages)
        for page in self.labelled_pages:
            self.beginForm(_form_name(page))
            self.setFont(self.label_font, 8)
            self.setFillGray(0.33)
            self.drawRightString(PAGE_W - MARGIN_X, EDGE, self.page_label.format(page=page, pages=total))
            self.endForm()
        super().save()


class _Furniture:
    """Draws the per-page furniture that does not need the page count."""

    def __init__(self, ctx: LetterContext) -> None:
        first = ctx.languages[0]
        self.ctx = ctx
        self.st = styles(first)
        self.width = TEXT_WIDTH
        # Wrapped once here and drawn on every page: the lines do not change from page to page.
        marks = [para(line, self.st["mark"]) for line in marking_lines(ctx.restrictions, ctx.lang)]
        self.marks = [(p, p.wrap(self.width, PAGE_H)[1]) for p in marks]
        self.mark_h = sum(h for _, h in self.marks)
        number = f"{Wording(first)('labels.document_number')} {ctx.document_number}" if ctx.document_number else ""
        self.number = para(number, self.st["foot"]) if number else None
        if self.number is not None:
            self.number.wrap(self.width * 0.7, 20)
        self.drafts = [(Wording(lang)("labels.draft"), LANG_FONTS[lang].mark) for lang in ctx.languages]
        self.head = audit_line(ctx)
        self.head_font = LANG_FONTS[first].body

    def __call__(self, canv: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        if not self.ctx.final:
            self._watermark(canv)
        # Header: markings from the top edge down; footer: markings above the number line.
        y = PAGE_H - EDGE
        for p, h in self.marks:
            y -= h
            p.drawOn(canv, MARGIN_X, y)
        y = EDGE + 12
        for p, h in reversed(self.marks):
            p.drawOn(canv, MARGIN_X, y)
            y += h
        if self.number is not None:
            self.number.drawOn(canv, MARGIN_X, EDGE)
        if self.head:
            canv.setFont(self.head_font, 6.5)
            canv.setFillGray(0.45)
            canv.drawCentredString(PAGE_W / 2, EDGE, self.head)
        canv.restoreState()

    def _watermark(self, canv: rl_canvas.Canvas) -> None:
        canv.saveState()
        canv.translate(PAGE_W / 2, PAGE_H / 2)
        canv.rotate(45)
        canv.setFillColor(Color(0.6, 0.6, 0.6, alpha=0.25))
        size = 110 if len(self.drafts) == 1 else 80
        offset = (len(self.drafts) - 1) * size * 0.55
        for i, (word, font) in enumerate(self.drafts):
            canv.setFont(font, size)
            canv.drawCentredString(0, offset - i * size * 1.1 - size * 0.35, word)
        canv.restoreState()


def audit_line(ctx: LetterContext) -> str:
    """The audit head line of a FINAL letter's footer (``Audit 1,234 · 9f3a2c4b1d0e…``), or ''."""
    if not ctx.final or ctx.audit_head is None:
        return ""
    count, digest = ctx.audit_head
    return f"Audit {count:,} · {digest[:12]}…"


def audit_keywords(ctx: LetterContext) -> str:
    """The PDF Keywords naming the whole head, which ``verify`` reads back from a letter
    (``app.services.admin.verify.LETTER_HEAD``); '' for a draft."""
    if not ctx.final or ctx.audit_head is None:
        return ""
    return f"liaison-desk-audit-head {ctx.audit_head[0]} {ctx.audit_head[1]}"


def render_letter(ctx: LetterContext, extra_problems: list[str] | tuple[str, ...] = ()) -> bytes:
    """PDF bytes of the letter ``ctx`` describes (deterministic for a given ``ctx``).

    A FINAL letter (``ctx.final``) is refused with :class:`LetterIncomplete`, naming the first
    problem, while :func:`letter_problems` lists any; a draft always renders, watermarked.
    """
    register_fonts()
    problems = letter_problems(ctx, extra_problems)
    if ctx.final and problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise LetterIncomplete(f"cannot print a final letter: {problems[0]}{more}")
    kind = LETTER_KINDS[ctx.kind]
    langs = ctx.languages
    flowables = []
    note = ""
    for i, lang in enumerate(langs):
        w = Wording(lang)
        if len(langs) > 1:
            names = [w(f"language_name.{code}") for code in langs]
            note = w("bilingual_note", first=names[0], second=names[1])
            if i:
                flowables.append(PageBreak())
        flowables += version_flowables(ctx, kind.module.body(ctx, w), w, bilingual=note)

    furniture = _Furniture(ctx)
    top = EDGE + furniture.mark_h + 6 * mm
    bottom = EDGE + 12 + furniture.mark_h + 6 * mm
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=top,
        bottomMargin=bottom,
        invariant=1,
        initialFontName=LANG_FONTS[langs[0]].body,  # else every page references unembedded Helvetica
        title=f"{kind.title(ctx.lang)} {ctx.document_number}".strip(),
        author=ctx.sender.administration,
        subject=kind.title(ctx.lang),
        creator="Liaison Desk",
        producer="Liaison Desk (reportlab)",
        keywords=audit_keywords(ctx),
        lang=langs[0],
    )
    frame = Frame(MARGIN_X, bottom, TEXT_WIDTH, PAGE_H - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # The page label is shown at the end of each page, after its text (where a reader extracting
    # the text expects it).
    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPage=furniture,
                                       onPageEnd=lambda canv, _doc: canv.stamp_page_label())])
    first = Wording(langs[0])
    with _RENDER_LOCK:
        doc.build(flowables, canvasmaker=partial(_LabelledCanvas, label_font=LANG_FONTS[langs[0]].body,
                                                 page_label=first("labels.page")))
    return buf.getvalue()


__all__ = ["LetterIncomplete", "letter_problems", "render_letter"]
