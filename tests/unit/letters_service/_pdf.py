"""Read stored letters back with pypdf, ignoring where lines wrap."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def text(pdf: bytes) -> str:
    """All text of the PDF without whitespace, so line wrapping cannot hide a word."""
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def has(pdf: bytes, *needles: str) -> bool:
    """Whether every needle (whitespace ignored) is in the PDF's text."""
    t = text(pdf)
    return all(re.sub(r"\s+", "", n) in t for n in needles)
