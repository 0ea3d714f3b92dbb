"""Right-to-left lines put in visual order for reportlab, with mirrored brackets.

Reportlab draws glyphs left to right, so a line holding Hebrew or Arabic is reordered first
(Unicode Bidirectional Algorithm, UAX #9). ``python-bidi`` 0.6 wraps the Rust ``unicode-bidi``
crate, whose ``get_display`` reorders correctly but does not apply rule L4 (mirroring): a ``(``
inside right-to-left text must be drawn as ``)``, or "שלום (abc)" prints as "(abc( ..." with its
brackets facing the wrong way. The pure-Python ``bidi.algorithm`` mirrors but misplaces brackets
next to numbers. So: take the embedding levels the Rust algorithm resolved (its debug report),
reorder by rule L2 ourselves, check the result against ``get_display`` character for character,
and mirror (L4) every character at an odd (right-to-left) level. Should the report ever not parse
or not agree, the line falls back to ``get_display`` unchanged: never worse than before.
"""

from __future__ import annotations

import re
import unicodedata

from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED

_LEVELS_BLOCK = re.compile(r"levels:\s*\[(.*?)\]\s*,\s*paragraphs", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)\s*,?\s*\)")
# Rule L1: trailing whitespace and isolate marks take the paragraph level.
_TRAILING = frozenset({"WS", "FSI", "LRI", "RLI", "PDI", "BN"})


def char_levels(line: str) -> list[int] | None:
    """The resolved embedding level of each character of ``line`` (one paragraph, no newline),
    or None when the bidi report cannot be read."""
    report = get_display(line, debug=True)
    block = _LEVELS_BLOCK.search(report) if isinstance(report, str) else None
    if block is None:
        return None
    per_byte = [int(n) for n in _LEVEL.findall(block.group(1))]
    if len(per_byte) != len(line.encode("utf-8")):
        return None
    levels, offset = [], 0
    for ch in line:  # unicode-bidi reports a level per UTF-8 byte; take each character's first
        levels.append(per_byte[offset])
        offset += len(ch.encode("utf-8"))
    base = get_base_level(line)
    i = len(line) - 1
    while i >= 0 and unicodedata.bidirectional(line[i]) in _TRAILING:
        levels[i] = base
        i -= 1
    return levels


def _reorder(levels: list[int]) -> list[int]:
    """Rule L2: logical indices in visual order (reverse every run at or above each odd level)."""
    order = list(range(len(levels)))
    odd = [lvl for lvl in levels if lvl % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def display_line(line: str) -> str:
    """``line`` in visual order with brackets and other mirrored characters turned to face the
    right way in right-to-left runs."""
    display = get_display(line)
    levels = char_levels(line)
    if levels is None:
        return display
    order = _reorder(levels)
    if "".join(line[i] for i in order) != display:
        return display  # our reading of the levels disagrees with the library: keep its order
    return "".join(MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order)
