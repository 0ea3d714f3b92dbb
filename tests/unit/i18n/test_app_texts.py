"""``app.i18n``: texts of ``app/`` read as the same English everywhere (CLI, audit, tests) while
carrying what the window needs to word them in its language."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import date
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, Code, Day, Localized, Text, translate
from app.services.validation import ServiceError, clean_text
from app.treaty import clocks, lifecycle
from app.treaty.completeness import check_completeness
from app.treaty.wording import DESCRIPTIONS, HEADINGS, SHORT_TITLES


def test_marked_text_is_the_english_sentence_with_its_source_and_parameters():
    text = QT_TRANSLATE_NOOP("Refusal", "{value} is not one of: {allowed}").format(
        value="'x'", allowed=("a", "b"))
    assert text == "'x' is not one of: a, b"
    assert (text.context, text.source) == ("Refusal", "{value} is not one of: {allowed}")
    assert text.params == {"value": "'x'", "allowed": ("a", "b")}
    assert isinstance(text, str) and json.dumps(text) == json.dumps("'x' is not one of: a, b")


def test_plural_text_reads_one_and_many_in_english():
    days = translate("Clock", "+%n business day(s)", None, 0)
    assert days.format(n=1) == "+1 business day"
    assert days.format(n=3) == "+3 business days"
    assert days.format(n=3).n == 3


def test_texts_survive_copy_and_pickle_as_views_do():
    text = QT_TRANSLATE_NOOP("Clock", "{day} {holiday}").format(
        day=Day(2026, 11, 23), holiday=Localized("Labour Thanksgiving Day", {"ja": "勤労感謝の日"}))
    for again in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert again == text and again.params["holiday"].in_language("ja") == "勤労感謝の日"
    assert copy.deepcopy(Code("draft", "status")).kind == "status"


def test_refusals_keep_their_english_line_and_carry_a_marked_message():
    try:
        clean_text("title", "x" * 400)
    except ServiceError as exc:
        assert str(exc) == "title: is 400 characters long; at most 300 are allowed"
        assert isinstance(exc.message, Text) and exc.message.params == {"length": 400, "limit": 300}


def test_art_11_4_refusal_without_grounds_is_a_marked_text():
    found = lifecycle.check_transition("incoming", "received", "refused")
    assert [f.message for f in found] == ["a refusal needs at least one ground",
                                          "a refusal needs a statement of reasons"]
    assert all(isinstance(f.message, Text) and f.message.context == "Refusal" for f in found)


def test_art_7_2_findings_name_the_missing_element_as_a_marked_text():
    findings = check_completeness({}, [])
    c = next(f for f in findings if f.element == "c")
    assert c.message == "the object and reason of the request are required"
    assert c.message.params["what"].source == "the object and reason of the request"


def test_business_day_explanation_names_the_japanese_holiday_in_each_language():
    due = clocks.add_business_days(date(2026, 11, 20), 2, "JP", label="received")
    assert due.explanation == ("received Fri 2026-11-20; +2 business days in JP, skipping Mon "
                               "2026-11-23 Labour Thanksgiving Day → Wed 2026-11-25")
    skipped = due.explanation.params["skipped"][0]
    assert skipped.params["holiday"].in_language("ja") == "勤労感謝の日"
    assert due.explanation.n == 2 and due.explanation.params["end"] == date(2026, 11, 25)


def test_stored_explanation_of_a_business_day_count_is_worded_again_only_when_identical():
    stored = clocks.desk_policy(clocks.add_business_days(date(2026, 11, 20), 2, "JP",
                                                         label="received").explanation)
    again = clocks.explain_again(str(stored))
    assert isinstance(again, Text) and again == stored
    tampered = str(stored).replace("Wed 2026-11-25", "Thu 2026-11-26")
    assert clocks.explain_again(tampered) == tampered and not isinstance(clocks.explain_again(tampered), Text)
    assert clocks.explain_again("set by hand") == "set by hand"


def test_every_heading_and_description_of_the_shipped_agreements_is_marked_for_translation():
    folder = Path(__file__).resolve().parents[3] / "resources" / "agreements"
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert {a["heading"] for a in data["articles"]} <= set(HEADINGS), path.name
        assert {x["description"] for x in data["bases"] + data["grounds"]} <= set(DESCRIPTIONS), path.name
        assert data["short_title"] in SHORT_TITLES, path.name
