"""Japanese line breaking that never leaves an opening bracket at the end of a line.

Japanese typesetting (JIS X 4051, 行頭・行末禁則) forbids two things at a line break: closing
punctuation (」 。 、 ） …) at the start of a line, and an opening bracket (「 『 （ ［ 【 〔 〈 《
｛ “ ‘ and ASCII ( [ {) at the end of one; the bracket belongs on the next line with the character
it opens. Reportlab's CJK wrapping (``Paragraph.breakLinesCJK``: ``textsplit.wordSplit`` for a
one-font paragraph, ``cjkFragSplit`` otherwise) applies only the first rule. It defines a "cannot
end a line" list (``reportlab.lib.textsplit.CANNOT_END_LINE``) but never uses it, and neither the
style nor ``rl_config`` offers a hook to switch it on (reportlab 5.1).

So :class:`KinsokuParagraph` wraps the split instead of replacing it: it lets reportlab break the
lines, and where a line ends with opening brackets it breaks the paragraph again with that one line
narrowed to just before the first of them. Reportlab's own loop then moves the brackets to the next
line and reflows everything after it by its own rules (closing punctuation still hangs, Latin
words still break at spaces); the narrowed line's spare space is put back afterwards so centred and
right-aligned lines sit where they would have. Only lines broken for width are touched: a line the
writer ended (a newline in the text) keeps what it ends with. Right-to-left runs reach reportlab in
visual order with their brackets mirrored (:mod:`app.documents.rtl`), so a "(" there also faces the
text to its right and keeping it with that text is right too.

The cost falls only on Japanese paragraphs (Latin letters do not use CJK wrapping) and is one scan
of the line ends, plus one more split for each line that needed the fix.
"""

from __future__ import annotations

from reportlab.lib.textsplit import CANNOT_END_LINE
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

#: Characters that must not end a line: reportlab's strongly prohibited "cannot end" list, plus the
#: opening brackets of JIS X 4051 class cl-01 it lacks (ASCII "(", 〘 〖 ｟ ⦅ « 〝). Its weaker list
#: (currency signs, 〒, §) is a different rule (a prefix stays with its number) and is not applied.
OPENING_BRACKETS: frozenset[str] = frozenset(CANNOT_END_LINE[0] + "(〘〖｟⦅«〝")


def _line_chars(line, kind: int, frag) -> list[tuple[str, str, float]] | None:
    """(character, font, size) of each character a line prints, or None for a line the writer
    ended with a newline. ``frag`` is the paragraph's one fragment for simple (kind 0) lines."""
    if kind == 0:
        _, words = line
        return [(ch, frag.fontName, frag.fontSize) for ch in "".join(words)]
    if getattr(line, "lineBreak", False):
        return None
    return [(ch, w.fontName, w.fontSize) for w in line.words for ch in getattr(w, "text", "") or ""]


def _ends_with_opener(line, kind: int) -> bool:
    """Quick test on the line's last printed character (most lines fail it at once)."""
    if kind == 0:
        text = "".join(line[1]).rstrip()
        return bool(text) and text[-1] in OPENING_BRACKETS
    for word in reversed(line.words):  # the last fragment holding more than spaces
        text = (getattr(word, "text", "") or "").rstrip()
        if text:
            return text[-1] in OPENING_BRACKETS
    return False


def stranded_opener_width(line, kind: int, frag) -> float | None:
    """For a line ending with opening brackets after some other text, the width to narrow it to
    so that the first of those brackets no longer fits; None when the line needs no fix (or only
    holds brackets, which must stay so that every line makes progress)."""
    if not _ends_with_opener(line, kind):
        return None
    chars = _line_chars(line, kind, frag)
    if chars is None:
        return None
    end = len(chars)
    while end and chars[end - 1][0].isspace():
        end -= 1
    first = end
    while first and chars[first - 1][0] in OPENING_BRACKETS:
        first -= 1
    if not any(not ch.isspace() for ch, _, _ in chars[:first]):
        return None
    # Summed per character, as reportlab measures while it breaks; half the bracket's width is
    # a margin far above rounding, so the text before it fits and the bracket does not.
    before = 0.0
    for ch, font, size in chars[:first]:
        before += stringWidth(ch, font, size)
    ch, font, size = chars[first]
    return before + stringWidth(ch, font, size) / 2


class KinsokuParagraph(Paragraph):
    """A Paragraph whose CJK line breaking also keeps opening brackets off line ends."""

    def breakLinesCJK(self, maxWidths):  # reportlab API name
        """Reportlab's CJK split, redone with a narrower line wherever one ends with an opener."""
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        asked = list(maxWidths)
        result = super().breakLinesCJK(maxWidths)
        if getattr(self, "_splitpara", 0) or not result.lines:
            return result  # a split-off part reuses lines already fixed for the whole paragraph
        # Reportlab takes the bullet's width off the first line in place; do it once only.
        bullet_cut = asked[0] - maxWidths[0]
        widths = list(maxWidths)
        generic = widths[-1]  # reportlab's width for every line past the list
        original: dict[int, float] = {}
        k = 0
        while k < len(result.lines) - 1:
            narrow = stranded_opener_width(result.lines[k], result.kind, self.frags[0])
            if narrow is None:
                k += 1
                continue
            while len(widths) < k + 2:
                widths.append(generic)
            original.setdefault(k, widths[k])
            widths[k] = narrow
            again = [widths[0] + bullet_cut, *widths[1:]]
            before = len(_line_chars(result.lines[k], result.kind, self.frags[0]) or ())
            result = super().breakLinesCJK(again)
            after = _line_chars(result.lines[k], result.kind, self.frags[0])
            if after is not None and len(after) >= before:
                break  # no progress (cannot happen by the arithmetic above; never loop on it)
        for k, width in original.items():
            _restore_width(result, k, width - widths[k])
        return result


def _restore_width(result, k: int, delta: float) -> None:
    """Give back to line ``k`` the width it was narrowed by, as unused space (for alignment)."""
    line = result.lines[k]
    if result.kind == 0:
        result.lines[k] = (line[0] + delta, line[1])
    else:
        line.extraSpace += delta
        line.maxWidth += delta
