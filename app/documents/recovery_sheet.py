"""The printable recovery key: one plain A4 page, made with reportlab in the fonts the letters
use (``app.documents.fonts``, so a Japanese data dir path prints)."""

from __future__ import annotations

import io
from pathlib import Path

from app.documents.fonts import markup, register_fonts

TITLE = "Liaison Desk recovery key"

WHAT_TO_DO = (
    "This key opens this desk's backups when the key kept in the computer's keyring is gone: "
    "a new computer, a reinstalled system, a lost keyring.",
    "Keep this page on paper, locked away from the computer, where your office keeps safe "
    "combinations. Whoever holds this key and a backup file can read everything in the desk. "
    "Do not keep it on the same computer or with the backups.",
    "To restore on a new computer: install Liaison Desk, then run "
    "liaison-desk restore BACKUP-FILE --data-dir NEW-FOLDER --recovery-key and type the key "
    "(letters and digits; dashes, spaces and case do not matter). The last group is a check: "
    "a mistyped character is caught before anything is changed.",
    "A new recovery key (liaison-desk passphrase recovery-key) replaces this one for the store "
    "and the backups made after it; backups made before it still open with this key.",
)


def recovery_sheet_pdf(recovery_key: str, *, store_id: str, data_dir: Path | str | None,
                       made: str) -> bytes:
    """The page as PDF bytes: title, the store's identity, the date, the key, what to do."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10.5, leading=15, spaceAfter=8)
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=13, spaceAfter=3)
    title = ParagraphStyle("title", parent=body, fontName="DejaVuSans-Bold", fontSize=18,
                           leading=24, spaceAfter=14)
    key = ParagraphStyle("key", parent=body, fontName="DejaVuSans-Bold", fontSize=17, leading=26,
                         spaceBefore=10, spaceAfter=14, borderWidth=1, borderPadding=10,
                         borderColor="#444444")
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    shown = "-".join(groups[:half]) + "-\n" + "-".join(groups[half:])
    flow = [
        Paragraph(markup(TITLE, "DejaVuSans-Bold"), title),
        Paragraph(markup(f"Store: {store_id}", "DejaVuSans"), small),
        Paragraph(markup(f"Data dir when made: {data_dir or '-'}", "DejaVuSans"), small),
        Paragraph(markup(f"Made: {made}", "DejaVuSans"), small),
        Spacer(1, 6 * mm),
        Paragraph(markup(shown, "DejaVuSans-Bold"), key),
        Spacer(1, 4 * mm),
        *(Paragraph(markup(line, "DejaVuSans"), body) for line in WHAT_TO_DO),
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=TITLE, author="Liaison Desk",
                            leftMargin=22 * mm, rightMargin=22 * mm, topMargin=25 * mm,
                            bottomMargin=25 * mm)
    doc.build(flow)
    return out.getvalue()
