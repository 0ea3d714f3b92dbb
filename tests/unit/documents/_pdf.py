"""Helpers to read rendered letters back with pypdf."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    return PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    """All extracted text, pages joined by newlines."""
    return "\n".join(page.extract_text() or "" for page in reader(pdf).pages)


def flat(s: str) -> str:
    """``s`` without any whitespace: line wrapping must not decide whether text is found."""
    return re.sub(r"\s+", "", s)


def contains(pdf_text: str, needle: str) -> bool:
    """Whether ``needle`` occurs in the extracted text, ignoring where lines were wrapped."""
    return flat(needle) in flat(pdf_text)


def body_text(pdf: bytes) -> str:
    """Whitespace-free text of all pages with the page furniture (markings, document number,
    page label) removed, so a sentence split over a page break reads back whole."""
    from app.documents.markings import marking_lines  # local: helpers stay importable alone

    furniture = [flat(m) for lang in ("en", "ja", "es") for m in marking_lines(
        ["confidential", "not_as_evidence", "no_law_enforcement", "customs_only"], lang)]
    out = []
    for page in reader(pdf).pages:
        t = flat(page.extract_text() or "")
        for f in furniture:
            t = t.replace(f, "")
        t = re.sub(r"(DocumentNo\.|文書番号|Documenton\.º)[A-Za-z0-9-]+", "", t, count=1)
        t = re.sub(r"(Page\d+of\d+|\d+／\d+頁|Página\d+de\d+)$", "", t)
        out.append(t)
    return "".join(out)
