"""Shared page furniture and the layout of a :class:`LetterBody` into flowables.

The shape follows administrative correspondence: letterhead centred over a rule; document number,
references and date right-aligned; the addressee (the partner's designated official, Art. 7.3) on
the left; a bold subject line; numbered sections; the signature block. Japanese letters follow the
公文 layout instead: addressee with 殿, the sender right-aligned under it, the subject centred, 記
before the numbered items and 以上 after them, no salutation or closing formula.

References are right-aligned paragraphs rather than a table so that an absurdly long reference
still flows over pages instead of failing to fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from app.documents.body import LetterBody
from app.documents.context import LetterContext
from app.documents.fonts import markup, register_fonts
from app.documents.i18n import Wording

PAGE_W, PAGE_H = A4
MARGIN_X = 22 * mm
#: Width of the text column (the body frame has no padding).
TEXT_WIDTH = PAGE_W - 2 * MARGIN_X

MARK_COLOR = colors.HexColor("#8b0000")
GREY = colors.HexColor("#555555")


@dataclass(frozen=True)
class Fonts:
    """The fonts one language prints in: body text, headings, markings."""

    body: str
    bold: str
    mark: str


#: Japanese letters are set entirely in IPAex (Mincho body, Gothic headings) so kana and kanji
#: never fall back; Latin letters use DejaVu and fall back per run (see fonts.markup).
LANG_FONTS: dict[str, Fonts] = {
    "ja": Fonts("IPAexMincho", "IPAexGothic", "IPAexGothic"),
    "en": Fonts("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans-Bold"),
    "es": Fonts("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans-Bold"),
}


@cache
def styles(lang: str) -> dict[str, ParagraphStyle]:
    """Paragraph styles for one language (cached: styles are immutable once built)."""
    register_fonts()
    f = LANG_FONTS[lang]
    # Japanese breaks between any two characters, and reportlab's CJK wrapping keeps closing
    # punctuation (。、」）) off the start of a line by hanging it in the margin (行頭禁則).
    wrap = "CJK" if lang == "ja" else None
    base = ParagraphStyle("body", fontName=f.body, bulletFontName=f.body, fontSize=10.5, leading=14.5,
                          wordWrap=wrap, spaceAfter=4)

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "head_org": derive("head_org", fontName=f.bold, fontSize=14, leading=18, alignment=TA_CENTER, spaceAfter=2),
        "head_line": derive("head_line", fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=GREY, spaceAfter=0),
        "right": derive("right", alignment=TA_RIGHT, spaceAfter=0, leading=14),
        "left": derive("left", alignment=TA_LEFT, spaceAfter=0, leading=14),
        "left_bold": derive("left_bold", fontName=f.bold, spaceAfter=0, leading=14),
        "urgency": derive("urgency", fontName=f.bold, textColor=MARK_COLOR, spaceBefore=6),
        "urgency_normal": derive("urgency_normal", spaceBefore=6),
        "subject": derive("subject", fontName=f.bold, fontSize=11.5, leading=16, spaceBefore=10, spaceAfter=10,
                          alignment=TA_CENTER if lang == "ja" else TA_LEFT),
        "center": derive("center", alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
        # Its space before is the break's before it (see SECTION_SPACE_BEFORE).
        "section": derive("section", fontName=f.bold, spaceBefore=0, spaceAfter=3),
        "section_text": derive("section_text", leftIndent=7 * mm),
        "missing": derive("missing", leftIndent=7 * mm, textColor=GREY),
        "item": derive("item", leftIndent=12 * mm, bulletIndent=7 * mm, spaceAfter=2),
        "version": derive("version", fontName=f.bold, textColor=GREY, alignment=TA_RIGHT, fontSize=9),
        "mark": derive("mark", fontName=f.mark, fontSize=8, leading=10, alignment=TA_CENTER,
                       textColor=MARK_COLOR, spaceAfter=0),
        "foot": derive("foot", fontName=f.body, fontSize=8, leading=10, textColor=GREY, spaceAfter=0),
    }


#: Space above a section heading, in points (less the space after what precedes it, as reportlab
#: overlaps the two). It belongs to the break before the heading (:class:`HeadingBreak`): a break
#: between them would otherwise stop the overlap and widen every gap above a heading.
SECTION_SPACE_BEFORE = 8


class HeadingBreak(CondPageBreak):
    """Reportlab's conditional page break, carrying the space above the heading it precedes."""

    def __init__(self, height: float, space_before: float) -> None:
        super().__init__(height)
        self.space_before = space_before

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab API)
        return self.space_before


def section_heading(text: str, st: dict[str, ParagraphStyle], first: Paragraph | None) -> list[Flowable]:
    """A section heading, preceded by a page break taken only when less room is left than the
    heading and the first lines of ``first`` (the paragraph under it: two lines, or its one) need,
    as wrapped to their widths. A paragraph's own orphan rule keeps at least two lines together,
    so the heading never stands alone at the foot of a page. With more room it stays, and a long
    section flows over from under it (reportlab's keepWithNext would move the heading and all of
    a page-long paragraph on, leaving most of a page blank)."""
    head = para(text, st["section"])
    _, need = head.wrap(TEXT_WIDTH, PAGE_H)
    need += head.style.spaceAfter
    if first is not None:
        style = first.style
        _, height = first.wrap(TEXT_WIDTH, PAGE_H)
        need += style.spaceBefore + min(height, 2 * style.leading)
    return [HeadingBreak(need, SECTION_SPACE_BEFORE), head]


def para(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of plain (untrusted) text: cleaned, escaped, per-run font fallback
    (:func:`app.documents.fonts.markup`), then reportlab's own Paragraph."""
    return Paragraph(markup(text, style.fontName), style, bulletText=bullet)


def letterhead(ctx: LetterContext, w: Wording, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Sending administration, its address and contact line, over a rule."""
    s = ctx.sender
    out: list[Flowable] = [para(s.administration_in(w.lang), st["head_org"])]
    if s.address_lines:
        out.append(para(" · ".join(line for line in s.address_lines if line), st["head_line"]))
    contact = [f"{w('labels.tel')} {s.phone}" if s.phone else "", f"{w('labels.email')} {s.email}" if s.email else ""]
    if any(contact):
        out.append(para("   ".join(c for c in contact if c), st["head_line"]))
    out.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=4, spaceAfter=8))
    return out


def refs_block(ctx: LetterContext, w: Wording, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Document number, references and date, right-aligned."""
    rows = [("labels.document_number", ctx.document_number), ("labels.our_ref", ctx.our_ref),
            ("labels.their_ref", ctx.their_ref), ("labels.date", w.date(ctx.issued_on))]
    sep = "：" if w.lang == "ja" else ": "
    return [para(f"{w(key)}{sep}{value}", st["right"]) for key, value in rows if value and value.strip()]


def addressee_block(ctx: LetterContext, w: Wording, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The partner's designated official (Art. 7.3) and administration."""
    a = ctx.addressee
    name, title = a.official_name_in(w.lang), a.official_title_in(w.lang)
    who = " ".join(p for p in (title, name) if p)
    suffix = w("addressee.suffix")
    out: list[Flowable] = [Spacer(1, 4)]
    out.append(para(a.administration_in(w.lang), st["left"]))
    if w.lang == "ja" and who:
        # 公文: title, name and 殿 on one line.
        out.append(para(f"{who}{'　' + suffix if suffix else ''}", st["left_bold"]))
    elif who:
        out.append(para(name or title, st["left_bold"]))
        if name and title:
            out.append(para(title, st["left"]))
    for line in a.address_lines:
        out.append(para(line, st["left"]))
    return out


def signature_lines(ctx: LetterContext, w: Wording, st: dict[str, ParagraphStyle], style: str) -> list[Flowable]:
    """Signatory name, title and administration (the sender's, in ``w``'s language, unless the
    signatory belongs to another one)."""
    s = ctx.signatory
    own = not s.administration or s.administration == ctx.sender.administration
    admin = ctx.sender.administration_in(w.lang) if own else s.administration
    name, title = s.name_in(w.lang), s.title_in(w.lang)
    lines = [p for p in (title, name) if p]
    if style == "right":
        # 公文: sender block under the addressee, right-aligned, administration first.
        return [para(admin, st["right"]), para("　".join(lines), st["right"])]
    return [para(name, st["left_bold"]), para(title, st["left"]), para(admin, st["left"])]


def section_flowables(body: LetterBody, w: Wording, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Numbered sections with their paragraphs and bulleted items."""
    out: list[Flowable] = []
    bullet = "・" if w.lang == "ja" else "•"
    for n, sec in enumerate(body.sections, 1):
        texts = [para(text, st["missing" if sec.missing else "section_text"]) for text in sec.paragraphs]
        items = [para(item, st["item"], bullet) for item in sec.items]
        first = (texts + items)[0] if texts or items else None
        out += [*section_heading(f"{w('section_number', n=n)} {sec.heading}", st, first), *texts, *items]
    return out


def attachments_block(ctx: LetterContext, w: Wording, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Numbered list of attachments (omitted when there are none)."""
    if not ctx.attachments:
        return []
    items = [para(item, st["item"], f"{n}.") for n, item in enumerate(ctx.attachments, 1)]
    return [Spacer(1, 8), *section_heading(w("labels.attachments"), st, items[0]), *items]


def version_flowables(ctx: LetterContext, body: LetterBody, w: Wording, *, bilingual: str = "") -> list[Flowable]:
    """The whole letter in one language. ``bilingual`` is the equal-authenticity note, if any."""
    st = styles(w.lang)
    japanese = bool(w.get("signature_first"))
    out: list[Flowable] = []
    if ctx.lang != w.lang:
        out.append(para(w("labels.version", language=w(f"language_name.{w.lang}")), st["version"]))
    out += letterhead(ctx, w, st)
    out += refs_block(ctx, w, st)
    out += addressee_block(ctx, w, st)
    if japanese:
        out += [Spacer(1, 4), *signature_lines(ctx, w, st, "right")]
    if body.urgency:
        out.append(para(body.urgency, st["urgency" if ctx.urgency == "urgent" else "urgency_normal"]))
    out.append(para(f"{w('labels.subject')}{'' if japanese else ' '}{body.subject}", st["subject"]))
    if w("salutation"):
        out.append(para(w("salutation"), st["body"]))
    out += [para(text, st["body"]) for text in body.intro]
    if w("record"):
        out.append(para(w("record"), st["center"]))
    out += section_flowables(body, w, st)
    closing = [para(text, st["body"]) for text in body.closing]
    if bilingual:
        closing.append(para(bilingual, st["body"]))
    if japanese:
        # 公文: attachments are listed inside the 記 part, and 以上 closes it.
        out += [Spacer(1, 6), *closing, *attachments_block(ctx, w, st), para(w("end"), st["right"])]
    else:
        # The signature never stands alone on a page: keep it with the last closing paragraph.
        out += [Spacer(1, 6), *closing[:-1]]
        out.append(KeepTogether([*closing[-1:], Spacer(1, 8), para(w("closing"), st["body"]), Spacer(1, 26),
                                 *signature_lines(ctx, w, st, "left")]))
        out += attachments_block(ctx, w, st)
    return out
