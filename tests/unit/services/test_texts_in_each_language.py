"""Free texts in each language (app.services.texts): kept, shown, found, exported and imported."""

from __future__ import annotations

import pytest

from app.services.admin.settings import set_setting
from app.services.requests import commands as rq
from app.services.search.queries import search
from app.services.texts import request_fields_from_json
from app.services.validation import ServiceError
from app.treaty.errors import RuleViolation

OBJECT = {
    "en": "Confirm lawful export of 400 wrist watches (invented)",
    "ja": "腕時計400個の適法な輸出の確認（架空）",
    "es": "Confirmar la exportación lícita de 400 relojes (inventado)",
}


def _incoming(desk, complete_fields, **changes):
    return rq.register_incoming(desk, "jp-us-1997", {**complete_fields, **changes})


def test_art_7_2_plain_text_is_kept_in_the_desks_default_language(desk, complete_fields):
    view = _incoming(desk, complete_fields)
    assert view.text_lang == "en"
    assert view.text_versions["object_and_reason"] == {"en": complete_fields["object_and_reason"]}
    set_setting(desk, "text_language", "ja")
    view = _incoming(desk, complete_fields, object_and_reason="輸出の確認（架空）")
    assert view.text_lang == "ja"
    assert view.text_versions["object_and_reason"] == {"ja": "輸出の確認（架空）"}


def test_art_7_2_each_language_version_is_kept_and_an_edit_changes_only_the_one_given(desk, complete_fields):
    view = _incoming(desk, complete_fields, object_and_reason=OBJECT)
    assert view.text_versions["object_and_reason"] == OBJECT
    assert view.elements["object_and_reason"] == OBJECT["en"]  # the column: the desk's language
    view = rq.edit_request(desk, view.our_ref, {"object_and_reason": {"ja": "改めた記載（架空）"}})
    assert view.text_versions["object_and_reason"] == {**OBJECT, "ja": "改めた記載（架空）"}
    view = rq.edit_request(desk, view.our_ref, {"object_and_reason": {"es": None}})
    assert "es" not in view.text_versions["object_and_reason"]


def test_art_7_2_text_written_only_in_japanese_counts_as_given(desk, complete_fields):
    view = _incoming(desk, complete_fields, object_and_reason={"ja": OBJECT["ja"]})
    assert view.complete
    assert view.elements["object_and_reason"] == OBJECT["ja"]


@pytest.mark.parametrize(("value", "field"), [
    ({"fr": "texte"}, "object_and_reason"),
    ({"ja": 5}, "object_and_reason.ja"),
    (["en", "text"], "object_and_reason"),
])
def test_art_7_2_a_text_in_an_unknown_language_is_refused_naming_the_field(desk, complete_fields, value, field):
    with pytest.raises(ServiceError) as err:
        _incoming(desk, complete_fields, object_and_reason=value)
    assert err.value.field == field
    assert rq.list_requests(desk) == [] or all(
        v.their_ref != complete_fields["their_ref"] for v in rq.list_requests(desk))


def test_text_language_setting_refuses_a_language_without_letters(desk):
    with pytest.raises(ServiceError, match="^text_language: must be one of en, ja, es"):
        set_setting(desk, "text_language", "fr")


def test_search_finds_a_request_by_any_language_version_of_its_texts(desk, complete_fields):
    view = _incoming(desk, complete_fields, object_and_reason=OBJECT)
    assert view.our_ref in [h.key for h in search(desk, "exportación lícita")]
    assert view.our_ref in [h.key for h in search(desk, "適法な輸出")]
    rq.edit_request(desk, view.our_ref, {"object_and_reason": {"es": "Otra redacción (inventado)"}})
    assert view.our_ref not in [h.key for h in search(desk, "exportación lícita")]  # follows the edit


def test_art_11_4_statement_of_reasons_is_kept_in_each_language(desk, complete_fields):
    ref = _incoming(desk, complete_fields).our_ref
    rq.acknowledge(desk, ref)
    rq.transition(desk, ref, "in-progress")
    statement = {"en": "Closed by a final court decision (invented).",
                 "ja": "確定判決により終結しているため（架空）。"}
    view = rq.transition(desk, ref, "refused", grounds=["11.1-public-policy"], statement=statement)
    outcome = view.outcomes[-1]
    assert outcome.statement == statement["en"]
    assert outcome.text_versions["statement"] == statement


def test_art_11_4_a_statement_given_only_in_japanese_satisfies_the_rule(desk, complete_fields):
    ref = _incoming(desk, complete_fields).our_ref
    rq.acknowledge(desk, ref)
    rq.transition(desk, ref, "in-progress")
    view = rq.transition(desk, ref, "refused", grounds=["11.1-public-policy"],
                         statement={"ja": "確定判決により終結しているため（架空）。"})
    assert view.outcomes[-1].statement == "確定判決により終結しているため（架空）。"


def test_art_11_4_a_statement_blank_in_every_language_is_still_refused(desk, complete_fields):
    ref = _incoming(desk, complete_fields).our_ref
    rq.acknowledge(desk, ref)
    rq.transition(desk, ref, "in-progress")
    with pytest.raises(RuleViolation, match="statement"):
        rq.transition(desk, ref, "refused", grounds=["11.1-public-policy"], statement={"ja": "  "})


def test_request_json_maps_elements_and_language_versions_to_request_fields():
    fields = request_fields_from_json({
        "direction": "incoming", "title": "T",
        "elements": {"object_and_reason": "plain", "parties_concerned": {"ja": "甲"}},
        "text_versions": {"object_and_reason": {"ja": "日本語"}},
    })
    assert fields["parties_concerned"] == {"ja": "甲"}
    assert fields["object_and_reason"] == {"ja": "日本語", "default": "plain"}
    assert fields["direction"] == "incoming"  # left for the caller
    # What ``show --json`` printed, fed back unchanged: the element is a copy of one version.
    same = request_fields_from_json({"elements": {"object_and_reason": "日本語"},
                                     "text_versions": {"object_and_reason": {"ja": "日本語"}}})
    assert same["object_and_reason"] == {"ja": "日本語"}
    with pytest.raises(ServiceError, match="^elements.nonsense: "):
        request_fields_from_json({"elements": {"nonsense": "x"}})


def test_request_json_with_a_plain_string_is_the_desks_default_language(desk, complete_fields):
    set_setting(desk, "text_language", "ja")
    fields = request_fields_from_json({**complete_fields, "elements": {"object_and_reason": "日本語の記載"},
                                       "text_versions": {"object_and_reason": {"en": "English text"}}})
    view = rq.register_incoming(desk, "jp-us-1997", fields)
    assert view.text_versions["object_and_reason"] == {"en": "English text", "ja": "日本語の記載"}


def test_texts_in_each_language_survive_export_and_import(desk, complete_fields, tmp_path, fresh_store):
    from app.interchange import export_store, import_store
    from app.services import open_desk

    ref = _incoming(desk, complete_fields, object_and_reason=OBJECT).our_ref
    rq.acknowledge(desk, ref)
    rq.transition(desk, ref, "in-progress")
    rq.transition(desk, ref, "refused", grounds=["11.1-public-policy"],
                  statement={"en": "Closed (invented).", "ja": "終結（架空）。"})
    other = open_desk(fresh_store(tmp_path / "other"), actor="Officer Import", local=True)
    try:
        import_store(other, export_store(desk))
        view = rq.get_request(other, ref)
        assert view.text_versions["object_and_reason"] == OBJECT
        assert view.outcomes[-1].text_versions["statement"] == {"en": "Closed (invented).", "ja": "終結（架空）。"}
    finally:
        other.db.close()
