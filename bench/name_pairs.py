"""Precision and recall of the matcher on a labelled set of name pairs.

Used by ``tests/unit/matching/test_fixture.py`` and by ``bench/matching.py`` to justify the
thresholds in :mod:`app.matching.engine` and :mod:`app.matching.fuzzy`. Reads the fixture from the
source tree, so it lives here and not in the installed package.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from app.matching.engine import DEFAULT_MIN_SCORE, SubjectRecord, WatchIndex

__all__ = ["NamePair", "load_pairs", "evaluate", "FIXTURE"]

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "name_pairs.csv"


class NamePair(NamedTuple):
    """One labelled pair: ``same`` is True when both names denote one person."""

    a: str
    b: str
    same: bool
    note: str = ""


def load_pairs(path: str | Path = FIXTURE) -> list[NamePair]:
    """Read a ``a,b,same,note`` CSV; ValueError naming the line for a bad ``same`` value."""
    pairs: list[NamePair] = []
    with open(path, newline="", encoding="utf-8") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            flag = (row.get("same") or "").strip()
            if flag not in ("0", "1"):
                raise ValueError(f"{path}:{line_no}: same: expected 0 or 1, got {flag!r}")
            pairs.append(NamePair(row["a"], row["b"], flag == "1", row.get("note") or ""))
    return pairs


def evaluate(
    pairs: Iterable[NamePair],
    index_factory: Callable[[], WatchIndex] = WatchIndex,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
) -> dict:
    """Index ``b`` of each pair alone, match ``a``; count a pair as matched if any hit comes back.

    Returns ``{precision, recall, tp, fp, fn, tn, misses}`` where ``misses`` lists the pairs
    judged wrongly (for reading, not for scoring).
    """
    tp = fp = fn = tn = 0
    misses: list[NamePair] = []
    for pair in pairs:
        index = index_factory()
        index.add(SubjectRecord("b", pair.b, "person", (pair.b,)))
        matched = bool(index.match(pair.a, min_score=min_score))
        if matched and pair.same:
            tp += 1
        elif matched:
            fp += 1
            misses.append(pair)
        elif pair.same:
            fn += 1
            misses.append(pair)
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": precision, "recall": recall, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "misses": misses}
