"""The labelled name-pair fixture: the thresholds must keep precision and recall at 0.95."""

from bench.name_pairs import evaluate, load_pairs


def test_fixture_has_enough_labelled_pairs_in_every_script():
    pairs = load_pairs()
    assert len(pairs) >= 200
    assert sum(p.same for p in pairs) / len(pairs) >= 0.40
    assert any("\u4e00" <= ch <= "\u9fff" for p in pairs for ch in p.a)  # kanji
    assert any("\u30a0" <= ch <= "\u30ff" for p in pairs for ch in p.a)  # katakana
    assert any("\u3040" <= ch <= "\u309f" for p in pairs for ch in p.a)  # hiragana


def test_art_4_2_fixture_precision_and_recall_at_least_0_95():
    result = evaluate(load_pairs())
    misses = "; ".join(f"{p.a} / {p.b} ({'same' if p.same else 'different'})"
                       for p in result["misses"])
    assert result["precision"] >= 0.95, misses
    assert result["recall"] >= 0.95, misses
