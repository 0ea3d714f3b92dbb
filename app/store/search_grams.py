"""CJK grams: what makes one- and two-character Japanese (Chinese, Korean) words searchable.

The full-text index (``app.store.search_index``) is an FTS5 trigram index: it finds any
substring of three characters or more, but no trigram index can look up a shorter one, and in
Japanese two characters are a word (田中, 鈴木, 時計), one often too (銃, 金).

So each indexed text also gets its *CJK grams*: every maximal run of CJK characters (kanji,
kana, hangul; see :data:`CJK_RANGES`) gives each of its overlapping pairs of characters, and its
last character alone. 「鈴木商事の件」 gives ``鈴木 木商 商事 事の の件 件``. Then, for a query
term made only of CJK characters:

* two characters ``ab``: the text contains ``ab`` exactly when ``ab`` is one of its grams (both
  characters are CJK, so any occurrence lies inside one run, where every adjacent pair is a
  gram);
* one character ``a``: the text contains ``a`` exactly when a gram *starts* with ``a`` (an ``a``
  inside a run starts the pair it forms with the next character; at the end of a run it is the
  run's last character, kept alone).

That is the trigram index's own rule (a substring match, nothing more): 田中 finds 田中村 and
山田中学, never 中田 or 田 alone. The grams of separate fields are never joined, so no pair is
made across two fields.

Pure Python, no SQL: the SQLite index calls it as the SQL function ``cjk_grams`` (registered on
every connection of a store, :func:`install`); another database can call it the same way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

#: Code point ranges of the characters that take part in CJK grams: the letters (and the
#: letter-like numerals and iteration marks) of Han, Hiragana, Katakana and Hangul. Punctuation
#: and symbols of the same blocks (「」、。・ and the like) break a run, as a space does.
#: Only letters: the gram index tokenizes on everything that is not part of a gram.
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),    # Hangul Jamo
    (0x3005, 0x3007),    # 々 〆 〇
    (0x3021, 0x3029),    # Hangzhou numerals
    (0x3031, 0x3035),    # kana repeat marks
    (0x303B, 0x303C),    # 〻 〼
    (0x3041, 0x3096),    # hiragana
    (0x309D, 0x309F),    # ゝ ゞ ゟ
    (0x30A1, 0x30FA),    # katakana (not ・ U+30FB, a separator in names)
    (0x30FC, 0x30FF),    # ー ヽ ヾ ヿ
    (0x3131, 0x318E),    # Hangul compatibility jamo
    (0x31F0, 0x31FF),    # katakana phonetic extensions
    (0x3400, 0x4DBF),    # CJK extension A
    (0x4E00, 0x9FFF),    # CJK unified ideographs
    (0xAC00, 0xD7A3),    # Hangul syllables
    (0xF900, 0xFAFF),    # CJK compatibility ideographs
    (0xFF66, 0xFF9F),    # half-width katakana
    (0x20000, 0x323AF),  # CJK extensions B to H
)
SQL_FUNCTION = "cjk_grams"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of CJK characters, a character that may be one): compiled on first use, not on
    import (every store connection imports this module: CLI start-up budget,
    docs/benchmarks.md)."""
    cjk = "".join(f"{chr(a)}-{chr(b)}" for a, b in CJK_RANGES)
    # Everything from Hangul Jamo on, but the punctuation and symbols between Jamo and 々
    # (— “ ” •, which Latin texts hold): a text without any of these has no CJK character.
    (jamo_from, jamo_to), (han_from, _) = CJK_RANGES[0], CJK_RANGES[1]
    maybe = f"{chr(jamo_from)}-{chr(jamo_to)}{chr(han_from)}-{chr(0x10FFFF)}"
    return re.compile(f"[{cjk}]+"), re.compile(f"[{maybe}]")


def is_cjk(text: str) -> bool:
    """True when ``text`` is not empty and every character of it takes part in CJK grams.
    (Asked of short query terms: no pattern compiled for it.)"""
    return bool(text) and all(any(a <= ord(ch) <= b for a, b in CJK_RANGES) for ch in text)


def cjk_grams(text: str | None) -> str:
    """The CJK grams of ``text``, space-separated, each once, in order of first appearance
    ("" when it holds no CJK character). See the module docstring for what they are."""
    # Most texts are Latin: isascii() is a flag test, and two ranges are quicker to look for
    # than the whole class (a whole-store rebuild calls this for every field of every row).
    run_of, maybe = _patterns()
    if not text or text.isascii() or not maybe.search(text):
        return ""
    grams: dict[str, None] = {}
    for run in run_of.findall(text):
        for i in range(len(run) - 1):
            grams[run[i:i + 2]] = None
        grams[run[-1]] = None
    return " ".join(grams)


def install(dbapi_connection: Any) -> None:
    """Register :func:`cjk_grams` as the SQL function ``cjk_grams(text)`` on a SQLite DB-API
    connection (sqlite3 or sqlcipher3); the index's fill statements call it."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, cjk_grams, deterministic=True)
