"""Formal letters to PDF, rendered from plain data (never ORM objects).

Public API::

    from app.documents import LetterContext, Party, Signatory, GroundLine
    from app.documents import LETTER_KINDS, render_letter, letter_problems, marking_lines

Wording lives in ``resources/letters/<lang>.json``; fonts (embedded TrueType, with licences) in
``resources/fonts``. ``python -m tools.sample_letters OUTDIR`` (``make letters``) writes sample PDFs and PNGs.
"""

from app.documents.context import (
    ELEMENT_FIELDS,
    LANGUAGES,
    RESTRICTIONS,
    GroundLine,
    LetterContext,
    Party,
    Signatory,
)
from app.documents.markings import marking_lines
from app.documents.registry import LETTER_KINDS, LetterKind

# The renderer (and reportlab, a tenth of a second to import) loads on first use, so that code
# needing only the kinds and languages (the CLI's help, the letter dialog) starts quickly.
_RENDER_NAMES = frozenset({"LetterIncomplete", "letter_problems", "render_letter"})


def __getattr__(name: str):  # noqa: ANN202 - PEP 562 lazy attribute
    if name in _RENDER_NAMES:
        from app.documents import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ELEMENT_FIELDS",
    "LANGUAGES",
    "LETTER_KINDS",
    "RESTRICTIONS",
    "GroundLine",
    "LetterContext",
    "LetterIncomplete",
    "LetterKind",
    "Party",
    "Signatory",
    "letter_problems",
    "marking_lines",
    "render_letter",
]
