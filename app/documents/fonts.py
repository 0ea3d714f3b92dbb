"""Embedded TrueType fonts and safe paragraph markup.

Every font is a TrueType file under ``resources/fonts`` (licences beside them; found through
``app.paths.resource``), registered as a plain reportlab ``TTFont`` once per process and embedded
by reportlab itself as subsets of the glyphs each PDF uses (tests/unit/documents/
test_letters_pdf_readback.py reads the embedded subsets back, so a reportlab upgrade that embedded
differently would fail a test).

How user text reaches a Paragraph (:func:`markup`):

1. C0 control characters other than newline and tab, and DEL, are **stripped**: a NUL or a bell
   cannot be printed and PDF text extraction would not return them anyway. Tabs become spaces,
   newlines become line breaks. Lone surrogates (broken UTF-16) are shown as ``[U+D800]``.
2. The text is XML-escaped, so ``<``, ``&`` and ``Juan <juan@example.com>`` print as typed.
3. Each character is set in the first font of the style's fallback chain that has a glyph for it:
   Latin letters use DejaVu with IPAex for Japanese runs; Japanese letters use IPAex with DejaVu for
   what IPAex lacks (Hebrew, Arabic, many symbols). A character no embedded font has (most emoji)
   is **kept visibly** as its code point in brackets, e.g. ``[U+1F44D]``, never dropped or boxed.
   Characters outside the Basic Multilingual Plane (emoji, rare CJK) are always printed that way,
   even where DejaVu has a glyph: reportlab's ToUnicode map cannot encode them, so they would print
   but could not be searched, copied or read back from the PDF.
4. Lines holding right-to-left characters (Hebrew, Arabic) are put in visual order with
   ``python-bidi`` and their brackets mirrored (:mod:`app.documents.rtl`), so they read correctly
   on paper; right-to-left words extract back in logical order. Limits: Arabic prints in unjoined
   letter forms (no contextual shaping), and a right-to-left passage long enough to wrap reads its
   lines top to bottom in visual order of the whole line.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.documents.rtl import display_line
from app.paths import resource

#: Registered name -> file in ``resources/fonts``.
FONT_FILES: dict[str, str] = {
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "IPAexMincho": "ipaexm.ttf",
    "IPAexGothic": "ipaexg.ttf",
}

#: For each base font, the fonts tried in turn for a character it lacks.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "DejaVuSerif": ("DejaVuSerif", "IPAexMincho", "DejaVuSans", "IPAexGothic"),
    "DejaVuSerif-Bold": ("DejaVuSerif-Bold", "IPAexGothic", "DejaVuSans-Bold", "DejaVuSans", "IPAexMincho"),
    "DejaVuSans": ("DejaVuSans", "IPAexGothic", "IPAexMincho"),
    "DejaVuSans-Bold": ("DejaVuSans-Bold", "IPAexGothic", "DejaVuSans", "IPAexMincho"),
    "IPAexMincho": ("IPAexMincho", "DejaVuSerif", "DejaVuSans", "IPAexGothic"),
    "IPAexGothic": ("IPAexGothic", "DejaVuSans-Bold", "DejaVuSans", "IPAexMincho"),
}

_lock = threading.Lock()
_registered = False

# C0 controls except \t (09) and \n (0A); \r is folded into \n first. DEL (7F) too.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Strong right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def register_fonts() -> None:
    """Register every embedded font with reportlab (idempotent, thread-safe, once per process)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in FONT_FILES.items():
            path = resource("fonts", filename)  # a real file: reportlab opens it by name
            if not path.is_file():
                raise FileNotFoundError(f"font: embedded font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered = True


@cache
def _cmap(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def clean(text: str | None) -> str:
    """User text made printable: newlines normalised, C0 controls (NUL etc.) and DEL stripped,
    lone surrogates shown as ``[U+D800]``."""
    if not text:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _SURROGATES.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)  # not encodable: show them
    return _CONTROLS.sub("", text).replace("\t", " ")


def visual_order(line: str) -> str:
    """One line in visual order when it holds right-to-left text; unchanged otherwise."""
    return display_line(line) if _RTL.search(line) else line


@lru_cache(maxsize=8192)  # markup asks once per character; letters reuse a small alphabet
def font_for(ch: str, base: str) -> str | None:
    """The first font in ``base``'s fallback chain with a glyph for ``ch``; None if none has it
    (always None outside the BMP and for lone surrogates: see the module docstring)."""
    cp = ord(ch)
    if cp > 0xFFFF or 0xD800 <= cp <= 0xDFFF:
        return None
    for font in FALLBACKS[base]:
        if cp in _cmap(font):
            return font
    return None


def markup(text: str | None, base: str) -> str:
    """Reportlab paragraph markup for user ``text`` set in font ``base`` (see module docstring).

    The result is escaped and safe to embed in a Paragraph; runs that need another font are
    wrapped in ``<font name=...>``.
    """
    register_fonts()
    text = "\n".join(visual_order(line) for line in clean(text).split("\n"))
    if _cmap(base).issuperset(map(ord, text.replace("\n", ""))):
        return escape(text).replace("\n", "<br/>")  # fast path: the base font has every glyph
    out: list[str] = []
    run: list[str] = []
    run_font = base

    def flush() -> None:
        if run:
            chunk = escape("".join(run))
            out.append(chunk if run_font == base else f'<font name="{run_font}">{chunk}</font>')
            run.clear()

    for ch in text:
        if ch == "\n":
            flush()
            out.append("<br/>")
            continue
        if ch == " ":
            run.append(ch)  # spaces are in every font; never split a run for one
            continue
        font = font_for(ch, base)
        if font is None:
            # No embedded glyph: keep the character visible as its code point.
            flush()
            run_font = base
            run.append(f"[U+{ord(ch):04X}]")
            flush()
            continue
        if font != run_font:
            flush()
            run_font = font
        run.append(ch)
    flush()
    return "".join(out)
