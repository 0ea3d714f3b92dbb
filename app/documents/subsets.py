"""Embedded font subsets that repeat from letter to letter are built and compressed once.

Reportlab embeds each TrueType font as subsets of at most 256 glyphs. Subset 0 holds ASCII 32-126
at their own codes, then every other character in the order the document first uses it; and for
every document reportlab cuts the subset's font program out of the TTF file and zlib-compresses it
again. Two letters in the same language mostly use the same glyphs, but in a different order of
first use, so their subset 0 differs and nothing could be reused.

Here subset 0 of a Latin font is made canonical: before a document sets its first character in
the font, :data:`CANONICAL_CHARS` (the non-ASCII characters letters commonly use) is fed once
through reportlab's own ``splitString``, so those characters always get the same codes, in the
same order, through reportlab's own assignment logic. Subset 0 is then the same for nearly every
Latin letter, and its font program, its compressed bytes and its ToUnicode map are memoised per
(font, subset) in bounded LRU caches. A character outside the list (``Ł``, Cyrillic) still gets
the next free code as before: it changes that one subset, which is then built once and cached too.
Japanese fonts are not seeded (their letters use hundreds of kanji in any order) but still reuse
identical subsets, e.g. when the same letter is printed again.

The cost: subset 0 of a seeded font embeds the ~130 listed glyphs whether or not the letter uses
them (about 8 KB per font, 24 KB per Latin letter). The output stays deterministic: the cached bytes are exactly what
reportlab would compute, so a letter is byte-identical whether its subsets were cached or not.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace, makeToUnicodeCMap

#: Non-ASCII characters that get fixed codes in subset 0 of every seeded font, in this order:
#: typographic punctuation and signs; the accented letters of Spanish, French, German, Portuguese,
#: Italian and Nordic names; the long vowels of romanised Japanese names (Tōkyō, Ōsaka). Kept short
#: on purpose: every listed glyph is embedded in every Latin letter (about 80 bytes each per font),
#: and subset 0 must keep free codes (159 after ASCII) for a letter's rarer characters.
CANONICAL_CHARS: str = (
    "‘’‚“”„‹›«»–—…•·§°€£©®™×±½′″µ¿¡ºª"
    "áéíóúñüÁÉÍÓÚÑÜ"
    "àâçèêëîïôùûÿœæÀÂÇÈÊËÎÏÔÙÛŸŒÆ"
    "äößÄÖ"
    "ãõÃÕìòÌÒøØåÅ"
    "ĀāĒēĪīŌōŪū"
)

#: Cached subsets per cache (font programs; ToUnicode maps): enough for every font of a batch of
#: letters in three languages, bounded so that a long session of unusual letters cannot grow it.
CACHE_SIZE = 64

#: Cutting a subset reads the TTF through the face's shared read position, so two threads (a
#: preview and a batch) must not cut from the same face at once: a corrupt program would be
#: cached for the whole session. One lock is enough: a cache miss takes about a millisecond.
_CUT_LOCK = threading.Lock()


@lru_cache(maxsize=CACHE_SIZE)
def font_program(face: TTFontFace, subset: tuple[int, ...]) -> tuple[bytes, bytes]:
    """``face``'s font program for ``subset`` (code -> character list), and the same bytes
    zlib-compressed as reportlab compresses them."""
    with _CUT_LOCK:
        program = TTFontFace.makeSubset(face, list(subset))
    return program, pdfdoc.PDFZCompress.encode(program)


@lru_cache(maxsize=CACHE_SIZE)
def to_unicode_map(base_font_name: str, subset: tuple[int, ...]) -> bytes:
    """The zlib-compressed ToUnicode CMap of one subset, as reportlab writes it."""
    return pdfdoc.PDFZCompress.encode(makeToUnicodeCMap(base_font_name, list(subset)))


@lru_cache(maxsize=CACHE_SIZE)
def widths_array(face: TTFontFace, subset: tuple[int, ...]) -> bytes:
    """The subset's /Widths array as reportlab formats it (one number per code)."""
    return pdfdoc.PDFArray([face.getCharWidth(code) for code in subset]).format(None)


def clear_caches() -> None:
    """Forget every cached subset (the bench uses this to time a letter with cold subsets)."""
    font_program.cache_clear()
    to_unicode_map.cache_clear()
    widths_array.cache_clear()


class _Formatted(pdfdoc.PDFObject):
    """A PDF value already formatted (numbers only: nothing in it depends on the document)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document):  # noqa: A003 (reportlab API)
        return self.data


def _precompressed(stream: pdfdoc.PDFStream, data: bytes) -> None:
    # A Filter already in the dictionary tells PDFStream.format the content is encoded: it then
    # writes the bytes as they are instead of compressing them again.
    stream.content = data
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])


class CachingFace(TTFontFace):
    """A TrueType face whose subset font programs, compressed, come from :func:`font_program`."""

    def makeSubset(self, subset):  # noqa: N802 (reportlab API)
        return font_program(self, tuple(subset))[0]

    def addSubsetObjects(self, doc, fontname, subset):  # noqa: N802 (reportlab API)
        """Reportlab's descriptor and font file objects, the font file compressed once."""
        ref = super().addSubsetObjects(doc, fontname, subset)
        if doc.compression:
            stream = doc.idToObject[f"fontFile:{self.filename}({fontname})"]
            _precompressed(stream, font_program(self, tuple(subset))[1])
        return ref


def _subset0_codes(state: TTFont.State) -> tuple[frozenset[str], dict[int, str]]:
    """The characters that have a code in subset 0 of a document's font state, and a
    ``str.translate`` table to those codes (rebuilt when reportlab has assigned new ones)."""
    assignments = state.assignments
    memo = getattr(state, "_subset0_memo", None)
    if memo is None or memo[0] != len(assignments):  # assignments only ever grow
        table = {code: chr(n) for code, n in assignments.items() if n < 256}
        if 32 in table:
            table[0xA0] = table[32]  # reportlab sets a no-break space as a space
        memo = state._subset0_memo = (len(assignments), frozenset(map(chr, table)), table)
    return memo[1], memo[2]


class CachingTTFont(TTFont):
    """A TrueType font whose subsets are cached, and whose subset 0 is canonical when ``seed``."""

    def __init__(self, name: str, filename: str, *, seed: bool) -> None:
        super().__init__(name, filename)
        self.face.__class__ = CachingFace  # TTFont builds its own face; only behaviour changes
        self.seed = seed

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab API)
        """Reportlab's split; a document's first call assigns :data:`CANONICAL_CHARS` first.

        Text whose characters all have codes in subset 0 already (nearly every run of a letter)
        is looked up with ``str.translate`` instead of reportlab's loop over the characters; the
        codes are reportlab's own (read from its assignments), so the bytes are the same.
        """
        state = self.state.get(doc)
        if state is None:
            if self.seed:
                super().splitString(CANONICAL_CHARS, doc)
        elif text and isinstance(text, str):
            chars, table = _subset0_codes(state)
            if chars.issuperset(text):
                return [(0, text.translate(table).encode("latin-1"))]
        return super().splitString(text, doc, encoding)

    def addObjects(self, doc):  # noqa: N802 (reportlab API)
        """Reportlab's font objects, with each subset's widths and ToUnicode map from the caches."""
        state = self._assignState(doc)  # reportlab drops it at the end of addObjects
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            font, key = fonts[f"{state.internalName}+{n}"], tuple(subset)
            font.Widths = _Formatted(widths_array(self.face, key))
            if doc.compression:
                _precompressed(doc.idToObject["toUnicodeCMap:" + font.BaseFont], to_unicode_map(font.BaseFont, key))
