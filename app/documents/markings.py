"""Handling markings printed in the header and footer of every page (Art. 9 and 10).

A letter carries every restriction that applies to the information in it. All of them are
printed, most restrictive first, in the order of :data:`app.documents.context.RESTRICTIONS`:
confidentiality (9.3) binds everyone who sees the page, evidence use (10.1) binds the whole
receiving side, onward passing to law enforcement (9.2) and customs-only use (9.1) narrow who may
use it. Duplicates print once.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.documents.context import LANGUAGES, RESTRICTIONS
from app.documents.i18n import Wording


def ordered_restrictions(restrictions: Iterable[str]) -> list[str]:
    """Restriction codes deduplicated and ordered most restrictive first.

    Raises ValueError naming the field for an unknown code.
    """
    codes = list(restrictions)
    for code in codes:
        if code not in RESTRICTIONS:
            raise ValueError(f"restrictions: unknown restriction code {code!r} "
                             f"(Art. 9/10; one of {', '.join(RESTRICTIONS)})")
    return [code for code in RESTRICTIONS if code in codes]


def marking_lines(restrictions: Iterable[str], lang: str) -> list[str]:
    """The marking lines for ``restrictions`` in ``lang``, most restrictive first.

    For a bilingual ``lang`` such as ``"en+ja"`` each line carries both languages,
    ``"CONFIDENTIAL — Art. 9(3) / 秘 — 第9条第3項"``.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"lang: unknown letter language {lang!r} (one of {', '.join(LANGUAGES)})")
    wordings = [Wording(part) for part in lang.split("+")]
    return [" / ".join(w(f"markings.{code}") for w in wordings) for code in ordered_restrictions(restrictions)]
