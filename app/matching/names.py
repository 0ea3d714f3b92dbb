"""Name normalisation and Japanese romanisation folding for watch-list matching (Art. 4.2(a)).

A person's name reaches the desk in many spellings: upper or lower case, with or without
diacritics, family name first or last, hyphenated or not, and for Japanese names in kanji, kana
or one of three romanisations (Hepburn "Shō", Kunrei "Syo", passport "Sho"/"Shoh"/"Shou").
This module turns every spelling into *phonetic token keys* that compare equal when the names
do, so the engine can look them up instead of scoring every subject.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from functools import lru_cache

from app.matching.readings import GIVEN_NAME_READINGS

__all__ = [
    "normalize_latin",
    "phonetic_key",
    "romaji_variants",
    "to_romaji",
    "name_keys",
    "name_readings",
    "has_japanese",
]

# Letters that NFKD does not decompose but that people routinely type without their stroke.
_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
                       "ı": "i", "ß": "ss"})
# Apostrophes vanish rather than split a word: O'Brien = OBrien, Ken'ichi = Kenichi.
_APOSTROPHES = "'’‘`´ʼ"


def _is_japanese_char(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x31F0 <= code <= 0x31FF  # katakana phonetic extensions
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or code == 0x3005  # 々 iteration mark
    )


def has_japanese(text: str) -> bool:
    """True when ``text`` contains kana or kanji (after NFKC, so half-width kana count)."""
    return any(_is_japanese_char(ch) for ch in unicodedata.normalize("NFKC", text or ""))


def _fold_char(ch: str) -> str:
    # Kana must keep their voicing marks (NFKD splits ガ into カ + U+3099), so only non-Japanese
    # characters lose their combining marks.
    if _is_japanese_char(ch):
        return ch
    decomposed = unicodedata.normalize("NFKD", ch.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _normalize_once(name: str) -> str:
    text = unicodedata.normalize("NFKC", name)
    out: list[str] = []
    for ch in text:
        for c in _fold_char(ch):
            if c not in _APOSTROPHES:
                out.append(c if c.isalnum() else " ")
    return " ".join(unicodedata.normalize("NFKC", "".join(out)).split())


@lru_cache(maxsize=65536)
def normalize_latin(name: str) -> str:
    """Case-, diacritic- and punctuation-free form of a name, words separated by one space.

    NFKC first (full-width letters, half-width kana), then diacritics stripped from non-Japanese
    letters, casefolded; hyphens and other punctuation become spaces; apostrophes are removed
    (O'Brien = OBrien, Ken'ichi = Kenichi). Kana and kanji pass through unchanged. Idempotent.
    """
    result = _normalize_once(name or "")
    # A rare character folds to one that folds again (or NFKC recomposes); repeat to a fixpoint.
    for _ in range(3):
        again = _normalize_once(result)
        if again == result:
            break
        result = again
    return result


# A token "looks like romaji" when it splits into Japanese syllables: optional doubled consonant,
# optional consonant (or digraph), a vowel, optionally an "h" lengthening it (Ohno, Itoh; only
# before a full syllable or at the end, so "John" is not read as romaji), or a
# syllabic n / an m before b, m, p (Homma, Sampei). Only such tokens get romanisation folding, so
# that "Martin" is not turned into "Marchin".
_ROMAJI_RE = re.compile(
    r"^(?:(?:kk|ss|tt|pp|cc|tc|ssh|cch|tch)?"
    r"(?:sh|ch|ts|[kgsztdnhbpmrjcf]y|[kgsztdnhbpmyrwfjv])?[aeiou]"
    r"(?:h(?=$|[kgsztdnbpmrjcf][aeiouy]))?|n|m(?=[bmp]))+$"
)
_CONSONANT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"sy", "sh"),  # Kunrei syo -> sho
        (r"ty", "ch"),  # tyo -> cho
        (r"[zjd]y", "j"),  # zyun / jyun -> jun
        (r"si", "shi"),
        (r"ti", "chi"),
        (r"tu", "tsu"),
        (r"(?<![sc])hu", "fu"),  # huzita -> fujita, but not shu/chu
        (r"[zd]i", "ji"),
        (r"du", "zu"),
    )
)
_VOWEL_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"ou", "o"),  # Shou -> Sho
        (r"oh(?![aeiou])", "o"),  # Ohno, Shoh -> Ono, Sho
        (r"([aeiou])\1+", r"\1"),  # Oono, Yuuki -> Ono, Yuki
        (r"m(?=[bmp])", "n"),  # Homma, Namba -> Honma, Nanba
    )
)


@lru_cache(maxsize=262144)
def phonetic_key(token: str) -> str:
    """Canonical key of one normalised token; romanisation variants of a syllable collapse.

    Only tokens shaped like romaji are folded (see ``_ROMAJI_RE``); others are returned as they
    are. ``Shō``/``Sho``/``Syo``/``Shoh``/``Shou`` all give ``sho``.
    """
    key = token
    for _ in range(3):  # folding can expose another foldable pair (ooh -> oo -> o)
        if not _ROMAJI_RE.match(key):
            return key
        before = key
        for pattern, repl in _CONSONANT_RULES + _VOWEL_RULES:
            key = pattern.sub(repl, key)
        if key == before:
            break
    return key


@lru_cache(maxsize=1)
def _kakasi():  # a pykakasi.kakasi
    # Built on the first Japanese reading, not at import: loading pykakasi's dictionaries takes
    # about half a second, which the CLI and the main window would otherwise pay at every start.
    import pykakasi

    return pykakasi.kakasi()


@lru_cache(maxsize=65536)
def _segment_readings(segment: str) -> tuple[tuple[str, ...], ...]:
    """Romaji readings of one space-free segment, one tuple of alternatives per pykakasi token."""
    per_token: list[tuple[str, ...]] = []
    for item in _kakasi().convert(segment):
        options: list[str] = []
        for system in ("hepburn", "kunrei", "passport"):
            text = normalize_latin(item[system]).replace(" ", "")
            if text and text not in options:
                options.append(text)
        for extra in GIVEN_NAME_READINGS.get(item["orig"], ()):
            if extra not in options:
                options.append(extra)
        if options:
            per_token.append(tuple(options))
    return tuple(per_token)


# A name with several multi-reading kanji could explode; a handful of readings is plenty.
_MAX_READINGS = 12


@lru_cache(maxsize=65536)
def to_romaji(text: str) -> frozenset[str]:
    """Romaji spellings of a kana/kanji name (Hepburn, Kunrei, passport, name readings).

    pykakasi segments the text (田中翔 -> 田中 / 翔) and gives one reading per segment; lone
    given-name kanji also get the readings in :mod:`app.matching.readings`. Each result is a
    space-separated lower-case string.
    """
    per_token: list[tuple[str, ...]] = []
    for segment in normalize_latin(text).split():
        per_token.extend(_segment_readings(segment))
    if not per_token:
        return frozenset()
    # Trim the most ambiguous token first (its least likely readings are last), so the set of
    # readings does not depend on word order and name_keys stays order-free.
    while math.prod(len(options) for options in per_token) > _MAX_READINGS:
        widest = max(range(len(per_token)), key=lambda i: (len(per_token[i]), per_token[i]))
        per_token[widest] = per_token[widest][:-1]
    return frozenset(" ".join(combo) for combo in itertools.product(*per_token))


@lru_cache(maxsize=65536)
def name_readings(name: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Every reading of ``name`` as sorted phonetic-key tokens, flagged True if via kana/kanji."""
    normal = normalize_latin(name)
    if not normal:
        return ()
    readings: dict[tuple[str, ...], bool] = {}
    if has_japanese(normal):
        for spelling in sorted(to_romaji(normal)):
            tokens = tuple(sorted(phonetic_key(t) for t in spelling.split()))
            readings.setdefault(tokens, True)
    else:
        readings[tuple(sorted(phonetic_key(t) for t in normal.split()))] = False
    return tuple(readings.items())


def romaji_variants(name: str) -> set[str]:
    """Spellings of ``name`` that the matcher treats as one: normalised, romaji and key forms.

    For Latin input: the normalised spelling and its folded phonetic-key spelling (word order
    kept). For kana/kanji input: every romaji reading and its key spelling.
    """
    normal = normalize_latin(name)
    if not normal:
        return set()
    spellings = set(to_romaji(normal)) if has_japanese(normal) else {normal}
    variants = set(spellings)
    for spelling in spellings:
        variants.add(" ".join(phonetic_key(t) for t in spelling.split()))
    return variants


def name_keys(name: str) -> set[str]:
    """Order-free canonical keys of ``name``: sorted phonetic token keys, one per reading."""
    return {" ".join(tokens) for tokens, _via_reading in name_readings(name)}
