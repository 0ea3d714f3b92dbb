"""Letter rendering figures for the bench harness (``make bench``); no assertions here.

Target: any letter (every kind, every language) in at most 150 ms. The bare one-page reportlab
documents (standard Helvetica, nothing embedded; the same page embedding the letter's three
TrueType fonts) are yardsticks only: they show how much of a letter's time is font subsetting and
embedding (inherent to an embedded-font PDF) rather than its content.
Fonts are registered once per process before timing (that one-off cost is reported separately as
``font_registration_s``), as they are in the running application.
"""

from __future__ import annotations

import importlib.util
import io
import statistics
import time
import tracemalloc
from collections.abc import Callable
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.documents.fonts import register_fonts
from app.documents.layout import LANG_FONTS
from app.documents.registry import LETTER_KINDS
from app.documents.render import render_letter
from tools.sample_letters import sample_context


def _measure(fn: Callable[[], object], n: int) -> dict[str, float]:
    """Mean and best wall time over ``n`` runs, and peak traced memory of one run."""
    fn()  # warm caches (styles, glyph maps) so the figure is the steady state
    times = []
    for _ in range(max(1, n)):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"runs": len(times), "mean_s": sum(times) / len(times), "best_s": min(times), "peak_bytes": peak}


def font_registration_seconds() -> float:
    """Time of the once-per-process font registration (0 when already done)."""
    start = time.perf_counter()
    register_fonts()
    return time.perf_counter() - start


def time_formal_request_letter(n: int = 20) -> dict[str, float]:
    """Render the sample formal request (English, two pages) ``n`` times."""
    first = font_registration_seconds()
    ctx = sample_context("request", "en")
    figures = _measure(lambda: render_letter(ctx), n)
    figures["font_registration_s"] = first
    return figures


def time_every_letter(n: int = 5) -> dict[str, object]:
    """Median time of each kind in each language (one untimed render first); the slowest."""
    from app.documents.context import LANGUAGES

    register_fonts()
    medians = {}
    for kind in LETTER_KINDS:
        for lang in LANGUAGES:
            ctx = sample_context(kind, lang)
            render_letter(ctx)
            times = []
            for _ in range(max(1, n)):
                start = time.perf_counter()
                render_letter(ctx)
                times.append(time.perf_counter() - start)
            medians[f"{kind} {lang}"] = statistics.median(times)
    slowest = max(medians, key=medians.__getitem__)
    return {"runs": n, "slowest": slowest, "slowest_s": medians[slowest], "letters": len(medians),
            "median_of_medians_s": statistics.median(medians.values())}


#: Text of the bare page: one paragraph of about 1,100 characters, enough to fill several lines.
BARE_TEXT = "A bare one-page reportlab document used as a yardstick. " * 20


@cache
def _bare_style(font: str) -> ParagraphStyle:
    # Built once, as any real document would: the floor must not pay for style sheets per page.
    return ParagraphStyle("bare", parent=getSampleStyleSheet()["Normal"], fontName=font)


def _bare_page(*fonts: str) -> bytes:
    """An A4 page holding the one paragraph :data:`BARE_TEXT` in ``fonts[0]``, then one line of
    it in each further font (so each is embedded with a handful of glyphs)."""
    line = BARE_TEXT[: BARE_TEXT.index(".") + 1]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, initialFontName=fonts[0])
    doc.build([Paragraph(BARE_TEXT, _bare_style(fonts[0])), *(Paragraph(line, _bare_style(f)) for f in fonts[1:])])
    return buf.getvalue()


def time_bare_reportlab_page(n: int = 20, font: str = "Helvetica") -> dict[str, float]:
    """Render a bare one-page reportlab document ``n`` times: the yardstick of the ratio figures.

    The default is the issue's "bare one-page reportlab document": one paragraph in the standard
    Helvetica font, nothing embedded. Pass an embedded font (e.g. ``"DejaVuSerif"``) to see what
    subsetting and embedding one TrueType font adds.
    """
    register_fonts()
    return _measure(lambda: _bare_page(font), n)


def time_bare_page_in_letter_fonts(n: int = 20) -> dict[str, float]:
    """The same bare page in the body font of a Latin letter, plus one line in each of its two other
    fonts: what embedding a letter's three fonts costs before the letter adds a line of its own."""
    register_fonts()
    return _measure(lambda: _bare_page(*LETTER_FONTS), n)


def batch_letters(n: int = 50) -> dict[str, float]:
    """Render ``n`` letters cycling through every kind and en/ja; total time and peak memory."""
    register_fonts()
    combos = [(k, lang) for k in LETTER_KINDS for lang in ("en", "ja")]
    contexts = [sample_context(*combos[i % len(combos)]) for i in range(n)]
    start = time.perf_counter()
    total_bytes = sum(len(render_letter(ctx)) for ctx in contexts)
    elapsed = time.perf_counter() - start
    # Memory in a second pass: tracemalloc slows Python down several times, so never time under it.
    tracemalloc.start()
    try:
        for ctx in contexts:
            render_letter(ctx)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"letters": n, "total_s": elapsed, "per_letter_s": elapsed / max(1, n), "peak_bytes": peak,
            "pdf_bytes": total_bytes}


#: Body, headings and markings of an English letter: the three TrueType fonts it embeds.
LETTER_FONTS: tuple[str, ...] = (LANG_FONTS["en"].body, LANG_FONTS["en"].bold, LANG_FONTS["en"].mark)

LETTER_BUDGET_S = 0.150


def _setting(ctx: object, name: str, default: object) -> object:
    """A harness option from a dict-like or attribute-style context (None: defaults)."""
    if isinstance(ctx, dict):
        return ctx.get(name, default)
    return getattr(ctx, name, default)


def _rl_accel_in_use() -> bool:
    """Whether reportlab found its optional C accelerator (it uses it for every document)."""
    return importlib.util.find_spec("_rl_accel") is not None


def run(ctx: object = None) -> list[dict]:
    """Figures for the bench harness: one letter, the slowest letter, yardsticks, and a batch.

    ``ctx`` may set ``quick`` (a 100-letter batch instead of 1,000). Each figure is a dict
    ``figure, value, unit, budget, floor, note``; ``floor`` is the yardstick the figure is
    compared with, where there is one."""
    quick = bool(_setting(ctx, "quick", False))
    batch_n = int(_setting(ctx, "batch_letters", 100 if quick else 1000))
    runs = 10 if quick else 30
    letter = time_formal_request_letter(runs)
    bare = time_bare_reportlab_page(runs)
    fonts = time_bare_page_in_letter_fonts(runs)
    every = time_every_letter(3 if quick else 7)
    # Best-of-n for the ratio: the mean on a shared machine mostly measures the neighbours.
    letter_ms, bare_ms, fonts_ms = letter["best_s"] * 1000, bare["best_s"] * 1000, fonts["best_s"] * 1000
    ratio = letter_ms / bare_ms
    batch = batch_letters(batch_n)
    return [
        {"figure": "letters.request_letter", "value": letter_ms, "unit": "ms",
         "budget": LETTER_BUDGET_S * 1000, "floor": bare_ms,
         "note": f"sample request, English, two pages; best of {letter['runs']}; mean "
                 f"{letter['mean_s'] * 1000:.1f} ms; rendered once untimed first, so fonts are "
                 f"registered ({letter['font_registration_s'] * 1000:.0f} ms, once per process), "
                 f"as for every letter after the first of a session"},
        {"figure": "letters.slowest_letter", "value": every["slowest_s"] * 1000, "unit": "ms",
         "budget": LETTER_BUDGET_S * 1000, "floor": letter_ms,
         "note": f"median of {every['runs']} runs of each of the {every['letters']} sample letters (every "
                 f"kind in every language, bilingual ones included), the slowest: {every['slowest']}; "
                 f"median over all letters {every['median_of_medians_s'] * 1000:.1f} ms; reportlab's C "
                 f"accelerator rl_accel {'in use' if _rl_accel_in_use() else 'not installed'}"},
        {"figure": "letters.ratio_to_bare_page", "value": ratio, "unit": "x", "budget": None,
         "floor": 1.0, "note": "the sample request against the bare Helvetica page (informative: the "
                               "former 3x budget is withdrawn; the budget is 150 ms a letter)"},
        {"figure": "letters.bare_page_helvetica", "value": bare_ms, "unit": "ms",
         "budget": None, "floor": None,
         "note": "the ratio's yardstick: one paragraph in standard Helvetica, no font embedded"},
        {"figure": "letters.bare_page_letter_fonts", "value": fonts_ms, "unit": "ms",
         "budget": None, "floor": bare_ms,
         "note": "the bare page in the letter's body font plus one line in each of its two other "
                 "embedded TrueType fonts: the cost of embedding them, before any letter content"},
        {"figure": "letters.ratio_to_letter_fonts_page", "value": letter_ms / fonts_ms, "unit": "x",
         "budget": None, "floor": 1.0,
         "note": "the letter against the bare page that embeds the same three fonts: what the letter's "
                 "own content and layout add (informative)"},
        {"figure": "letters.batch_per_letter", "value": batch["per_letter_s"] * 1000, "unit": "ms",
         "budget": LETTER_BUDGET_S * 1000, "floor": letter_ms,
         "note": f"{batch['letters']} letters, every kind in en and ja, {batch['total_s']:.1f} s in all"},
        {"figure": "letters.batch_peak_memory", "value": batch["peak_bytes"] / 2**20, "unit": "MiB",
         "budget": 64, "floor": None,
         "note": f"tracemalloc peak over the {batch['letters']}-letter batch (a second, untimed pass): "
                 "letters are not kept, so the peak is one letter's working set"},
    ]


if __name__ == "__main__":
    for row in run({"quick": True}):
        print(f"{row['figure']:32s} {row['value']:9.3f} {row['unit']:3s}  {row['note']}")
