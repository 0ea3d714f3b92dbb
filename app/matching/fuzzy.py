"""Typo-tolerant token lookup and name scoring for the watch-list engine.

Scoring every subject against a query is far too slow at 100,000 subjects, so names are
compared token by token: each phonetic token key of the query is looked up in a deletion
neighbourhood index (the SymSpell idea: two words within one edit share a one-deletion
variant), which yields only the vocabulary words close enough to count; their posting lists
give the candidate names. Only candidates that cover every token of the shorter name are then
scored with rapidfuzz.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

__all__ = ["allowed_edits", "tokens_close", "TokenIndex", "score_tokens", "TokenScore"]

# Edits allowed between two tokens, by the length of the shorter one. Picked on the labelled
# fixture (tests/fixtures/name_pairs.csv): short Japanese names differ by one letter and are
# still different people (Sato/Saito, Yumi/Yuki, Maria/Mario), so up to five letters only a
# swap of two neighbours (a typing slip: Jonh) counts; from six letters one edit, from nine two.
_SWAP_ONLY_FROM = 4
_ONE_EDIT_FROM = 6
_TWO_EDITS_FROM = 9


def allowed_edits(a: str, b: str) -> int:
    """How many edits (OSA distance) may separate tokens ``a`` and ``b``."""
    shorter = min(len(a), len(b))
    if shorter >= _TWO_EDITS_FROM:
        return 2
    if shorter >= _ONE_EDIT_FROM:
        return 1
    return 0


def tokens_close(a: str, b: str) -> bool:
    """True when two phonetic token keys are the same word allowing for a typing error."""
    if a == b:
        return True
    if _differ_in_final_vowel(a, b):
        return False
    limit = allowed_edits(a, b)
    if limit == 0:
        # A transposition of neighbours only: same letters, same length, OSA distance 1.
        return (
            min(len(a), len(b)) >= _SWAP_ONLY_FROM
            and len(a) == len(b)
            and sorted(a) == sorted(b)
            and OSA.distance(a, b, score_cutoff=1) == 1
        )
    return OSA.distance(a, b, score_cutoff=limit) <= limit


_VOWELS = frozenset("aeiouy")


def _differ_in_final_vowel(a: str, b: str) -> bool:
    """Maria/Mario, Gabriel/Gabriela, Yuka/Yuko: a final vowel changed, added or dropped.

    In Romance and Slavic names it marks another person (often the other sex), in Japanese
    given names another name altogether, so such a pair is never a typing error.
    """
    if len(a) == len(b):
        return a[:-1] == b[:-1] and a[-1] in _VOWELS and b[-1] in _VOWELS
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and longer.startswith(shorter) and longer[-1] in _VOWELS


def _deletions(token: str) -> set[str]:
    """The token's deletion neighbourhood: one deletion from 4 letters, two from 9."""
    if len(token) < _SWAP_ONLY_FROM:
        return set()
    once = {token[:i] + token[i + 1:] for i in range(len(token))}
    if len(token) < _TWO_EDITS_FROM:
        return once
    twice = {w[:i] + w[i + 1:] for w in once for i in range(len(w))}
    return once | twice


class TokenIndex:
    """Vocabulary of token keys with posting lists of the name entries that use them."""

    def __init__(self) -> None:
        self._postings: dict[str, set[int]] = defaultdict(set)
        self._neighbours: dict[str, set[str]] = defaultdict(set)

    def add(self, entry_id: int, tokens: tuple[str, ...]) -> None:
        """Register an entry under each of its tokens (and the tokens' deletion variants)."""
        for token in tokens:
            postings = self._postings[token]
            if not postings:
                for variant in _deletions(token) | {token}:
                    self._neighbours[variant].add(token)
            postings.add(entry_id)

    def discard(self, entry_id: int, tokens: tuple[str, ...]) -> None:
        """Forget an entry. Emptied vocabulary words stay in the neighbourhood map, harmlessly."""
        for token in tokens:
            postings = self._postings.get(token)
            if postings is not None:
                postings.discard(entry_id)

    def close_words(self, token: str) -> list[str]:
        """Vocabulary words that :func:`tokens_close` accepts for ``token``."""
        seen: set[str] = set()
        for variant in _deletions(token) | {token}:
            seen.update(self._neighbours.get(variant, ()))
        return [word for word in seen if tokens_close(token, word) and self._postings.get(word)]

    def candidates(self, tokens: tuple[str, ...]) -> dict[int, int]:
        """Entries sharing a close word with the query, mapped to how many query tokens they hit."""
        counts: dict[int, int] = defaultdict(int)
        for token in set(tokens):
            hit: set[int] = set()
            for word in self.close_words(token):
                hit |= self._postings[word]
            for entry_id in hit:
                counts[entry_id] += 1
        return counts


@dataclass(frozen=True)
class TokenScore:
    """Result of aligning two token lists: score 0-100 and how many tokens went unmatched."""

    score: float
    unmatched: int


# Each name part present on one side only (a missing middle name or second surname) costs this
# much; chosen on the fixture so that one missing part still clears the 85 threshold.
_MISSING_PART_PENALTY = 4.0
# Fuzzy scores stay below the 95-99 band reserved for exact romanisation-variant keys.
_FUZZY_CEILING = 94.0


def score_tokens(query: tuple[str, ...], candidate: tuple[str, ...]) -> TokenScore | None:
    """Align query and candidate tokens; None unless every token of the shorter side aligns.

    Each token pairs with its best close partner (greedy, best pairs first); the score is the
    length-weighted mean of the pairs' ``fuzz.ratio``, minus a penalty per unpaired token, capped
    below the key-match band. A single-token name only ever matches a single-token name.
    """
    if not query or not candidate:
        return None
    if (len(query) == 1) != (len(candidate) == 1):
        return None
    pairs = sorted(
        (
            (fuzz.ratio(q, c), qi, ci)
            for qi, q in enumerate(query)
            for ci, c in enumerate(candidate)
            if tokens_close(q, c)
        ),
        reverse=True,
    )
    used_q: set[int] = set()
    used_c: set[int] = set()
    weighted = 0.0
    weight = 0
    for ratio, qi, ci in pairs:
        if qi in used_q or ci in used_c:
            continue
        used_q.add(qi)
        used_c.add(ci)
        length = len(query[qi]) + len(candidate[ci])
        weighted += ratio * length
        weight += length
    if len(used_q) < min(len(query), len(candidate)):
        return None
    unmatched = len(query) + len(candidate) - 2 * len(used_q)
    score = weighted / weight - _MISSING_PART_PENALTY * unmatched
    return TokenScore(round(min(score, _FUZZY_CEILING), 1), unmatched)
