"""Reload and reapply (``ui.widgets.reapply``): the officer's own changes go back on top of the
other officer's save, only those; a field both changed keeps the officer's text and is reported
with the other value. Nothing is lost or silently overwritten."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.widgets.reapply import reapply

BASE = {"title": "Old title", "notes": "", "urgency": "normal", "bases": ["3.1"],
        "object_and_reason": {"en": "To check an invoice (invented)", "ja": None}}


def test_only_the_fields_the_officer_changed_are_put_back_on_the_other_officers_save():
    mine = {**BASE, "notes": "B's note (invented)"}
    theirs = {**BASE, "title": "A's title (invented)", "urgency": "urgent"}
    out = reapply(BASE, mine, theirs)
    assert out.fields["notes"] == "B's note (invented)"
    assert (out.fields["title"], out.fields["urgency"]) == ("A's title (invented)", "urgent")
    assert out.mine == ("notes",) and out.conflicts == {}


def test_a_field_both_changed_keeps_the_officers_text_and_names_the_other_value():
    mine = {**BASE, "title": "B's title (invented)"}
    theirs = {**BASE, "title": "A's title (invented)"}
    out = reapply(BASE, mine, theirs)
    assert out.fields["title"] == "B's title (invented)"
    assert out.conflicts == {("title",): "A's title (invented)"}
    assert out.conflict_fields() == {"title": {("title",): "A's title (invented)"}}


def test_the_same_change_made_by_both_is_no_conflict():
    mine = {**BASE, "title": "Same (invented)"}
    out = reapply(BASE, mine, dict(mine))
    assert out.fields["title"] == "Same (invented)" and out.conflicts == {}


def test_art_7_2_texts_in_each_language_are_merged_one_language_at_a_time():
    mine = {**BASE, "object_and_reason": {"en": "To check an invoice (invented)",
                                          "ja": "請求書の確認（架空）"}}
    theirs = {**BASE, "object_and_reason": {"en": "To check two invoices (invented)", "ja": None}}
    out = reapply(BASE, mine, theirs)
    assert out.fields["object_and_reason"] == {"en": "To check two invoices (invented)",
                                               "ja": "請求書の確認（架空）"}
    assert out.conflicts == {}


def test_a_text_the_officer_blanked_is_blanked_not_restored():
    base = {**BASE, "notes": "kept (invented)"}
    out = reapply(base, {**base, "notes": ""}, {**base, "title": "A's (invented)"})
    assert out.fields["notes"] == "" and out.mine == ("notes",)


_values = st.one_of(st.none(), st.sampled_from(["a", "b", "c"]))


@given(st.dictionaries(st.sampled_from("pqrs"), _values), st.dictionaries(st.sampled_from("pqrs"), _values),
       st.dictionaries(st.sampled_from("pqrs"), _values))
def test_nothing_is_lost_every_field_is_the_officers_change_or_else_the_stored_value(base, mine, theirs):
    out = reapply(base, mine, theirs)
    for key in set(base) | set(mine) | set(theirs):
        changed = (mine.get(key) or None) != (base.get(key) or None)
        expected = mine.get(key) if changed else theirs.get(key)
        assert (out.fields.get(key) or None) == (expected or None)
        both = changed and (theirs.get(key) or None) not in ((base.get(key) or None),
                                                              (mine.get(key) or None))
        assert ((key,) in out.conflicts) == both
