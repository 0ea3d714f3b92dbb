"""Watch-list matching engine for surveillance subjects (Art. 4.2): pure Python, no database.

Given a name in any script or an identifier, :class:`WatchIndex` finds the subjects it may
refer to, each :class:`Hit` with a 0-100 score and the reason. Order of evidence:

* identifier equal after normalisation: 100 (container with a wrong check digit but the same
  owner code and serial: 90, and the reason says which digit it should be);
* name equal after normalisation, any word order: 100;
* same phonetic key (romanisation variant, kana/kanji reading): 95-99;
* fuzzy, token by token (typos, a missing middle name or second surname): at most 94.

Everything is precomputed in :meth:`WatchIndex.add`, so a match looks up keys and scores only
the few names that share close tokens with the query.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from app.i18n import QT_TRANSLATE_NOOP, quoted, translate
from app.matching.fuzzy import TokenIndex, score_tokens
from app.matching.idindex import IdIndex
from app.matching.names import name_readings, normalize_latin

__all__ = ["SubjectRecord", "Hit", "WatchIndex", "DEFAULT_MIN_SCORE"]

SubjectKind = Literal["person", "goods", "transport"]
_KINDS = ("person", "goods", "transport")

# Threshold chosen on tests/fixtures/name_pairs.csv (244 pairs; evaluate() in bench/name_pairs.py, printed
# by bench/matching.py). Rejection is done mainly by the per-token edit limits in fuzzy.py, so the
# fixture scores the same from 50 up to 88 (precision 0.979, recall 0.986); at 90 a typo'd pair
# is lost, at 94 recall falls to 0.95 and at 95 (key matches only) to 0.83. 85 sits inside the
# flat stretch with a margin below the lowest accepted fuzzy score.
DEFAULT_MIN_SCORE = 85.0

_SCORE_EXACT = 100.0

#: Why a name matched (``Hit.reason``): English for the CLI, worded in the window's language.
_EXACT = QT_TRANSLATE_NOOP("MatchReason", "name: exact (normalised) {name}")
_VARIANT_READING = QT_TRANSLATE_NOOP("MatchReason", "name: romanisation variant of {name} (kana/kanji reading)")
_VARIANT_LATIN = QT_TRANSLATE_NOOP("MatchReason", "name: romanisation variant of {name} (Hepburn/Kunrei/passport)")
_COMPACT = QT_TRANSLATE_NOOP("MatchReason", "name: same letters as {name} written without spaces")
_FUZZY = QT_TRANSLATE_NOOP("MatchReason", "name: fuzzy {score:g} vs {name}")
_FUZZY_UNMATCHED = translate("MatchReason", "name: fuzzy {score:g} vs {name}; %n name part(s) on one side only",
                             None, 0)
_SCORE_KEY_LATIN = 99.0  # Latin spellings that fold to one key (Syo / Shō / Shoh)
_SCORE_KEY_READING = 97.0  # one side read from kana or kanji, so the reading was a guess
_SCORE_COMPACT = 95.0  # same letters, one side written as a single word (やまだたろう)


@dataclass(frozen=True)
class SubjectRecord:
    """What the engine needs to know about one surveillance subject (Art. 4.2 (a)-(c)).

    ``names`` holds the name and every alias in any script; ``identifiers`` holds
    ``(type, value)`` pairs with type one of passport, container, imo, mmsi, plate, bl, awb,
    registration, call_sign, doc.
    """

    subject_id: int | str
    label: str
    kind: SubjectKind
    names: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"kind: {self.kind!r} is not one of person, goods, transport (Art. 4.2)")
        # Accept lists from callers but keep the record hashable and immutable.
        object.__setattr__(self, "names", tuple(self.names))
        object.__setattr__(self, "identifiers", tuple(tuple(p) for p in self.identifiers))
        for pair in self.identifiers:
            if len(pair) != 2:
                raise ValueError(f"identifiers: expected (type, value) pairs, got {pair!r}")


@dataclass(frozen=True)
class Hit:
    """One subject that may be meant by a query: score 0-100 and why it matched."""

    subject_id: int | str
    label: str
    score: float
    reason: str


@dataclass(frozen=True)
class _NameEntry:
    subject_id: int | str
    name: str
    tokens: tuple[str, ...]  # sorted phonetic keys of one reading
    via_reading: bool


@dataclass
class _Stored:
    record: SubjectRecord
    entry_ids: list[int] = field(default_factory=list)
    ids: list[tuple[str, str, str]] = field(default_factory=list)
    exact_keys: list[str] = field(default_factory=list)


def _order_free(name: str) -> str:
    return " ".join(sorted(normalize_latin(name).split()))


def _compact_forms(tokens: tuple[str, ...]) -> set[str]:
    """A name written as one word in any order (kana typed without a space: やまだたろう)."""
    if len(tokens) == 1:
        return {tokens[0]} if len(tokens[0]) >= 6 else set()
    if len(tokens) > 3:
        return set()
    return {"".join(p) for p in itertools.permutations(tokens)}


class WatchIndex:
    """In-memory index of surveillance subjects answering "who could this be?"."""

    def __init__(self) -> None:
        self._stored: dict[int | str, _Stored] = {}
        self._entries: dict[int, _NameEntry] = {}
        self._next_entry = 0
        self._by_exact: dict[str, set[int]] = {}
        self._by_key: dict[str, set[int]] = {}
        self._by_compact: dict[str, set[int]] = {}
        self._tokens = TokenIndex()
        self._ids = IdIndex()

    def __len__(self) -> int:
        return len(self._stored)

    def __contains__(self, subject_id: object) -> bool:
        return subject_id in self._stored

    # -- building -------------------------------------------------------------------------

    def add(self, record: SubjectRecord) -> None:
        """Index ``record``, replacing any subject with the same id.

        Identifiers are validated first, so a bad one raises ValueError and leaves the index
        exactly as it was.
        """
        prepared_ids = IdIndex.prepare(record.identifiers)
        readings = [(name, name_readings(name)) for name in record.names]
        if record.subject_id in self._stored:
            self.remove(record.subject_id)
        stored = _Stored(record, ids=prepared_ids)
        for name, name_variants in readings:
            exact = _order_free(name)
            if exact:
                self._by_exact.setdefault(exact, set())
                stored.exact_keys.append(exact)
            for tokens, via_reading in name_variants:
                entry_id = self._next_entry
                self._next_entry += 1
                entry = _NameEntry(record.subject_id, name, tokens, via_reading)
                self._entries[entry_id] = entry
                stored.entry_ids.append(entry_id)
                self._by_exact[exact].add(entry_id)
                self._by_key.setdefault(" ".join(tokens), set()).add(entry_id)
                for form in _compact_forms(tokens):
                    self._by_compact.setdefault(form, set()).add(entry_id)
                self._tokens.add(entry_id, tokens)
        self._ids.add(record.subject_id, prepared_ids)
        self._stored[record.subject_id] = stored

    def bulk_load(self, records: Iterable[SubjectRecord]) -> int:
        """Add many records; returns how many were added."""
        count = 0
        for record in records:
            self.add(record)
            count += 1
        return count

    def remove(self, subject_id: int | str) -> None:
        """Drop a subject; KeyError naming the id if it is not indexed."""
        stored = self._stored.pop(subject_id, None)
        if stored is None:
            raise KeyError(f"subject_id: {subject_id!r} is not in the watch index")
        for entry_id in stored.entry_ids:
            entry = self._entries.pop(entry_id)
            for table, keys in (
                (self._by_exact, stored.exact_keys),
                (self._by_key, [" ".join(entry.tokens)]),
                (self._by_compact, _compact_forms(entry.tokens)),
            ):
                for key in keys:
                    bucket = table.get(key)
                    if bucket is not None:
                        bucket.discard(entry_id)
                        if not bucket:
                            del table[key]
            self._tokens.discard(entry_id, entry.tokens)
        self._ids.discard(subject_id, stored.ids)

    # -- matching -------------------------------------------------------------------------

    def match(self, text: str, *, limit: int = 10, min_score: float = DEFAULT_MIN_SCORE) -> list[Hit]:
        """Subjects that ``text`` (a name in any script or an identifier) may refer to.

        Best hit per subject, highest score first, at most ``limit``, none below ``min_score``.
        Text with a digit in it is treated as an identifier only; other text as a name and, when
        it is a single word, also as a letters-only identifier (call sign).
        """
        if limit < 1:
            raise ValueError(f"limit: must be at least 1, got {limit}")
        if not 0 <= min_score <= 100:
            raise ValueError(f"min_score: must be between 0 and 100, got {min_score}")
        best: dict[int | str, tuple[float, str]] = {}
        text = (text or "").strip()
        if not text:
            return []

        def offer(subject_id: int | str, score: float, reason: str) -> None:
            if score >= min_score and score > best.get(subject_id, (-1.0, ""))[0]:
                best[subject_id] = (score, reason)

        has_digit = any(ch.isdigit() for ch in text)
        if has_digit or len(text.split()) == 1:
            for id_hit in self._ids.lookup(text):
                offer(id_hit.subject_id, id_hit.score, id_hit.reason)
        if not has_digit:
            self._match_name(text, offer)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], str(kv[0])))[:limit]
        return [
            Hit(sid, self._stored[sid].record.label, score, reason)
            for sid, (score, reason) in ranked
        ]

    def _match_name(self, text: str, offer) -> None:
        for entry_id in self._by_exact.get(_order_free(text), ()):
            entry = self._entries[entry_id]
            offer(entry.subject_id, _SCORE_EXACT, _EXACT.format(name=quoted(entry.name)))
        for tokens, query_via_reading in name_readings(text):
            for entry_id in self._by_key.get(" ".join(tokens), ()):
                entry = self._entries[entry_id]
                via = query_via_reading or entry.via_reading
                score = _SCORE_KEY_READING if via else _SCORE_KEY_LATIN
                offer(entry.subject_id, score, (_VARIANT_READING if via else _VARIANT_LATIN).format(
                    name=quoted(entry.name)))
            for form in _compact_forms(tokens):
                for entry_id in self._by_compact.get(form, ()):
                    entry = self._entries[entry_id]
                    offer(entry.subject_id, _SCORE_COMPACT,
                          _COMPACT.format(name=quoted(entry.name)))
            self._match_fuzzy(tokens, offer)

    def _match_fuzzy(self, tokens: tuple[str, ...], offer) -> None:
        for entry_id, hits in self._tokens.candidates(tokens).items():
            entry = self._entries[entry_id]
            # Every token of the shorter name must have found a partner (cheap pre-filter).
            if hits < min(len(tokens), len(entry.tokens)):
                continue
            result = score_tokens(tokens, entry.tokens)
            if result is None:
                continue
            reason = _FUZZY.format(score=result.score, name=quoted(entry.name))
            if result.unmatched:
                reason = _FUZZY_UNMATCHED.format(score=result.score, name=quoted(entry.name),
                                                 n=result.unmatched)
            offer(entry.subject_id, result.score, reason)

    def match_record(self, record: SubjectRecord, *, limit: int = 10,
                     min_score: float = DEFAULT_MIN_SCORE) -> list[Hit]:
        """Existing subjects that ``record`` (a new subject or party) looks like; not itself."""
        best: dict[int | str, Hit] = {}
        queries = list(record.names) + [value for _type, value in record.identifiers]
        for query in queries:
            for hit in self.match(query, limit=max(limit, 50), min_score=min_score):
                if hit.subject_id == record.subject_id:
                    continue
                if hit.subject_id not in best or hit.score > best[hit.subject_id].score:
                    best[hit.subject_id] = hit
        return sorted(best.values(), key=lambda h: (-h.score, str(h.subject_id)))[:limit]
