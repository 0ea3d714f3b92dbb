"""The Statistics page and the annual report for the screenshots (invented demo data).

``statistics_page(window, out)`` shows the page over the demo year, waits for the figures (read
off the UI thread) and grabs ``statistics.png``; ``annual_report(desk, out)`` writes the report
for that year and renders its first English and first Japanese pages to
``annual_report-en.png`` and ``annual_report-ja.png`` (pypdfium2, as ``tools.sample_letters``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

YEAR = 2026
PNG_DPI = 80


def statistics_page(window, out: Path, grab) -> Path:  # grab: tools.screenshots.__main__._grab
    """The page over the demo year with its charts."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    view = window.show_page("stats")
    done: list[bool] = []
    view.loaded.connect(lambda: done.append(True))
    view.set_period(date(YEAR, 1, 1), date(YEAR, 12, 31))
    for _ in range(1000):  # the figures arrive from a worker
        if done and view.figures is not None and view.figures.end.year == YEAR:
            break
        QApplication.processEvents()
        QThread.msleep(10)
    return grab(window, out / "statistics.png")


def annual_report(desk, out: Path) -> list[Path]:
    """The annual report (en+ja): its first page in each language as PNG."""
    import pypdfium2 as pdfium

    from app.documents.annual_report import WORDS
    from app.services.stats.report import annual_report as render

    pdf = render(desk, YEAR, "en+ja")
    doc = pdfium.PdfDocument(pdf)
    shots = []
    try:
        ja_title = WORDS["ja"]["title"].format(year=YEAR).replace(" ", "")
        pages = [0, next(i for i in range(len(doc))
                         if ja_title in doc[i].get_textpage().get_text_range().replace(" ", ""))]
        for lang, i in zip(("en", "ja"), pages, strict=True):
            image = doc[i].render(scale=PNG_DPI / 72).to_pil().convert("RGB")
            path = out / f"annual_report-{lang}.png"
            image.quantize(colors=64).save(path, optimize=True)
            shots.append(path)
    finally:
        doc.close()
    return shots
