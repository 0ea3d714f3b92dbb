"""Benchmark of the watch-list matcher (Art. 4.2): speed at 100,000 subjects, fixture accuracy.

``python -m bench.matching`` prints one line per figure. The subjects are synthetic and
invented: names are drawn from short lists of common name parts plus made-up syllable
surnames, identifiers are random but well formed. Nothing here is real personal data.
"""

from __future__ import annotations

import random
import statistics
import time

from app.matching.engine import SubjectRecord, WatchIndex
from app.matching.identifiers import container_check_digit, imo_check_digit
from bench.name_pairs import evaluate, load_pairs

SUBJECTS = 100_000
QUERIES = 200
SEED = 4_2  # Art. 4.2

_JP_SURNAMES = ("田中", "鈴木", "佐藤", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "加藤",
                "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "山崎",
                "森", "池田", "橋本", "阿部", "石川", "前田", "藤田", "小川", "岡田", "後藤")
_JP_GIVEN = ("翔", "一郎", "健", "太郎", "美咲", "大輔", "健一", "由美", "花子", "拓也",
             "潤", "明", "誠", "恵", "翼", "陽子", "直樹", "裕子", "和也", "真由美",
             "浩", "隆", "涼", "彩", "蓮", "結衣", "悠斗", "さくら", "ゆうき", "ひろし")
_JP_KANA = {"田中": "タナカ", "鈴木": "スズキ", "佐藤": "サトウ", "山田": "ヤマダ",
            "一郎": "イチロウ", "太郎": "タロウ", "健一": "ケンイチ", "花子": "ハナコ"}
_LATIN_GIVEN = ("Maria", "Jose", "Juan", "Ana", "Luis", "Carmen", "John", "Mary", "David",
                "Sarah", "Peter", "Anna", "Michael", "Laura", "Carlos", "Elena", "Pierre",
                "Sophie", "Hans", "Eva", "Ahmed", "Fatima", "Wei", "Min", "Ivan", "Olga")
_SYLLABLES = ("ka", "ro", "mi", "sen", "dal", "ber", "to", "na", "vik", "lo", "gar", "ci",
              "mar", "quez", "son", "ler", "ha", "ra", "te", "bel", "fon", "di", "ru", "stein")


def _latin_surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _container(rng: random.Random) -> str:
    stem = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + "U"
    stem += f"{rng.randrange(10**6):06d}"
    return stem + str(container_check_digit(stem))


def _imo(rng: random.Random) -> str:
    six = f"{rng.randrange(10**5, 10**6)}"
    return six + str(imo_check_digit(six))


def synthetic_subjects(count: int = SUBJECTS, seed: int = SEED) -> list[SubjectRecord]:
    """Deterministic invented subjects: Japanese and Latin persons, goods, means of transport."""
    rng = random.Random(seed)
    records: list[SubjectRecord] = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.4:
            family, given = rng.choice(_JP_SURNAMES), rng.choice(_JP_GIVEN)
            names = (f"{family} {given}",)
            records.append(SubjectRecord(i, f"{family} {given} (invented)", "person", names,
                                         (("passport", f"T{rng.randrange(10**7):07d}"),)))
        elif roll < 0.7:
            given = rng.choice(_LATIN_GIVEN)
            names = (f"{given} {_latin_surname(rng)}",)
            if rng.random() < 0.3:
                names += (f"{rng.choice(_LATIN_GIVEN)} {_latin_surname(rng)}",)
            records.append(SubjectRecord(i, f"{names[0]} (invented)", "person", names,
                                         (("passport", f"X{rng.randrange(10**8):08d}"),)))
        elif roll < 0.85:
            records.append(SubjectRecord(i, f"Shipment {i} (invented)", "goods", (),
                                         (("container", _container(rng)),
                                          ("bl", f"BL{rng.randrange(10**9):09d}"))))
        else:
            vessel = f"{rng.choice(('Pacific', 'Ocean', 'Northern', 'Blue'))} {_latin_surname(rng)}"
            records.append(SubjectRecord(i, f"MV {vessel} (invented)", "transport", (vessel,),
                                         (("imo", _imo(rng)),
                                          ("mmsi", f"{rng.randrange(2 * 10**8, 8 * 10**8)}"),
                                          ("plate", f"品川 300 あ {rng.randrange(10**4):04d}"))))
    return records


def _typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


def synthetic_queries(records: list[SubjectRecord], count: int = QUERIES,
                      seed: int = SEED) -> list[str]:
    """A mix of exact names, typos, kana and romanised forms, and identifiers."""
    rng = random.Random(seed + 1)
    queries: list[str] = []
    while len(queries) < count:
        record = rng.choice(records)
        kind = len(queries) % 5
        if kind == 4 or not record.names:
            queries.append(rng.choice(record.identifiers)[1])
            continue
        name = record.names[0]
        if kind == 1 and name.isascii():
            queries.append(_typo(rng, name))
        elif kind == 2 and not name.isascii():
            queries.append(" ".join(_JP_KANA.get(p, p) for p in name.split()))
        elif kind == 3:
            queries.append(" ".join(reversed(name.split())))
        else:
            queries.append(name)
    return queries


def run() -> list[dict]:
    """Build the index, time the queries, evaluate the fixture; one dict per figure."""
    records = synthetic_subjects()
    index = WatchIndex()
    started = time.perf_counter()
    index.bulk_load(records)
    build_s = time.perf_counter() - started
    timings = []
    for query in synthetic_queries(records):
        started = time.perf_counter()
        index.match(query)
        timings.append((time.perf_counter() - started) * 1000)
    result = evaluate(load_pairs())
    return [
        {"figure": f"matching: build index of {SUBJECTS:,} subjects", "value": round(build_s, 2),
         "budget": None, "unit": "s"},
        {"figure": f"matching: one match against {SUBJECTS:,} subjects, median of {QUERIES}",
         "value": round(statistics.median(timings), 3), "budget": 20, "unit": "ms"},
        {"figure": "matching: slowest of those queries", "value": round(max(timings), 3),
         "budget": None, "unit": "ms"},
        {"figure": "matching: fixture precision", "value": round(result["precision"], 3),
         "budget": 0.95, "unit": "ratio, at least"},
        {"figure": "matching: fixture recall", "value": round(result["recall"], 3),
         "budget": 0.95, "unit": "ratio, at least"},
    ]


if __name__ == "__main__":
    for row in run():
        budget = "" if row["budget"] is None else f"  (budget {row['budget']})"
        print(f"{row['figure']}: {row['value']} {row['unit']}{budget}")
