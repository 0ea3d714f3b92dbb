"""Letter rendering figures for the bench harness (``make bench``); no assertions here.

Targets: one formal request letter in at most 150 ms, and at most 3x a bare one-page reportlab
document. Fonts are registered once per process before timing (that one-off cost is reported
separately as ``font_registration_s``), as they are in the running application.
"""

from __future__ import annotations

import io
import time
import tracemalloc
from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.documents.fonts import register_fonts
from app.documents.registry import LETTER_KINDS
from app.documents.render import render_letter
from app.documents.samples import sample_context


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


def _bare_page(font: str) -> bytes:
    buf = io.BytesIO()
    style = ParagraphStyle("bare", parent=getSampleStyleSheet()["Normal"], fontName=font)
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, initialFontName=font)
    doc.build([Paragraph("A bare one-page reportlab document used as a yardstick. " * 20, style)])
    return buf.getvalue()


def time_bare_reportlab_page(n: int = 20, font: str = "DejaVuSerif") -> dict[str, float]:
    """Render a bare one-page reportlab document ``n`` times: the yardstick.

    By default it embeds the same TrueType font the letter uses (subsetting and embedding a font
    is part of any letter's cost, not overhead of ours); pass ``font="Helvetica"`` for the
    standard-font floor.
    """
    register_fonts()
    return _measure(lambda: _bare_page(font), n)


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


if __name__ == "__main__":
    letter = time_formal_request_letter()
    bare = time_bare_reportlab_page()
    print("request letter", letter)
    print("bare page     ", bare)
    print("bare Helvetica", time_bare_reportlab_page(font="Helvetica"))
    print(f"ratio {letter['mean_s'] / bare['mean_s']:.2f}x")
    print("batch         ", batch_letters(32))
