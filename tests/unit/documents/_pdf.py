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
