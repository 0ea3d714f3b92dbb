"""Settings: the officer's profile per letter language, dotted keys checked before anything is
written, old flat profiles still read; the directory's names per language and officials per
agreement (Art. 7.3)."""

from __future__ import annotations

import json

import pytest

from app.services.admin import settings
from app.services.agreements import directory
from app.services.validation import ServiceError
from app.store.models import Setting


def _profile(desk) -> dict:
    with desk.query() as conn:
        return settings.read_profile(conn)


def test_a_profile_stored_in_the_old_flat_shape_still_reads_as_the_english_version(desk):
    with desk.unit_of_work("test.store", "setting") as (s, _note):  # as an older version stored it
        row = s.get(Setting, "profile")
        text = json.dumps({"name": "Kenji SATO", "title": "Officer", "signature": "", "administration_id": None})
        if row is None:
            s.add(Setting(key="profile", value=text))
        else:
            row.value = text
    prof = _profile(desk)
    assert (prof["name"], prof["title"]) == ("Kenji SATO", "Officer")
    assert prof["ja"] == {"name": "", "title": "", "signature": ""}
    snap = settings.snapshot(desk)
    assert snap["profile.name"] == "Kenji SATO" and snap["profile.ja.name"] == ""


def test_a_japanese_letter_signs_with_the_kanji_name_and_says_when_it_borrows_the_english_title():
    prof = {"name": "Kenji SATO", "title": "Liaison Officer", "signature": "K. SATO",
            "ja": {"name": "佐藤 健二", "title": "", "signature": ""}}
    ja = settings.signer(prof, "ja")
    assert ja.name == "佐藤 健二" and ja.signature == ""  # not the English signature block
    assert ja.title == "Liaison Officer"
    assert ja.fallbacks == ("the Japanese profile has no title: the English title is used (Settings ▸ Profile)",)
    assert settings.signer(prof, "ja+en").name == "佐藤 健二"  # a bilingual layout: its first language
    assert settings.signer(prof, "en") == settings.Signer("Kenji SATO", "Liaison Officer", "K. SATO")
    es = settings.signer(prof, "es")
    assert es.name == "Kenji SATO" and any("Spanish profile has no name" in f for f in es.fallbacks)


def test_dotted_keys_save_together_and_report_what_changed(desk):
    changed = settings.save_settings(desk, {"profile.name": "Kenji SATO", "profile.ja.name": "佐藤 健二",
                                            "idle_lock_minutes": 15, "letter_languages": ["ja+en"],
                                            "own.ja.letterhead": ["関税局 調査部 (例)"]})
    assert sorted(changed) == sorted(["profile.name", "profile.ja.name", "idle_lock_minutes",
                                      "letter_languages", "own.ja.letterhead"])
    snap = settings.snapshot(desk)
    assert snap["profile.ja.name"] == "佐藤 健二" and snap["idle_lock_minutes"] == 15
    assert snap["own.ja.letterhead"] == ["関税局 調査部 (例)"]
    assert settings.save_settings(desk, {"idle_lock_minutes": 15}) == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"profile.nme": "x"}, "key"),
    ({"idle_lock_minutes": -1}, "idle_lock_minutes"),
    ({"idle_lock_minutes": "ten"}, "idle_lock_minutes"),
    ({"letter_languages": ["fr"]}, "letter_languages"),
    ({"ref_pattern": "{prefix}-{year}"}, "ref_pattern"),
    ({"profile.ja.title": "bad\x00byte"}, "profile.ja.title"),
    ({"own.en.name": ""}, "own.en.name"),
    ({"agreements_in_use": []}, "agreements_in_use"),
    ({"agreements_in_use": ["jp-xx-1999"]}, "agreements_in_use"),
])
def test_a_bad_setting_is_refused_naming_its_key_and_nothing_of_the_save_is_written(desk, changes, field):
    before = settings.snapshot(desk)
    with pytest.raises(ServiceError) as exc:
        settings.save_settings(desk, {"profile.name": "Someone Else", **changes})
    assert exc.value.field == field
    assert settings.snapshot(desk) == before


def test_unknown_key_lists_the_valid_keys_on_one_line():
    with pytest.raises(ServiceError) as exc:
        settings.parse_value("profile.nickname", "x")
    text = str(exc.value)
    assert "\n" not in text and "profile.ja.name" in text and "idle_lock_minutes" in text


def test_command_line_values_are_parsed_by_the_key_s_type():
    assert settings.parse_value("idle_lock_minutes", " 12 ") == 12
    assert settings.parse_value("letter_languages", "ja+en, en") == ["ja+en", "en"]
    assert settings.parse_value("own.address", "1-1 Example\\nTokyo") == ["1-1 Example", "Tokyo"]
    assert settings.parse_value("profile.name", "Kenji SATO") == "Kenji SATO"


def test_agreements_in_use_can_be_changed_after_the_wizard(desk):
    assert settings.save_settings(desk, {"agreements_in_use": ["jp-us-1997"]}) == ["agreements_in_use"]
    assert settings.snapshot(desk)["agreements_in_use"] == ["jp-us-1997"]


# ---- the directory -----------------------------------------------------------------------------

def test_art_7_3_an_official_added_under_an_agreement_belongs_to_its_partner_administration(desk):
    oid = directory.add_official(desk, agreement="jp-us-1997", name="Jordan Sample (invented)",
                                 title="Director", names={"ja": "ジョーダン・サンプル"}, titles={"ja": "局長"})
    [view] = directory.list_officials(desk, agreement="jp-us-1997")
    assert view.id == oid and view.country == "US" and view.agreement_key == "jp-us-1997"
    assert view.name_in("ja") == "ジョーダン・サンプル" and view.title_in("ja") == "局長"
    assert view.name_in("es") == "Jordan Sample (invented)"
    assert directory.list_officials(desk, agreement="jp-mx-2017") == []


def test_art_7_3_an_official_without_a_name_or_agreement_is_refused_and_nothing_added(desk):
    with pytest.raises(ServiceError) as exc:
        directory.add_official(desk, agreement="jp-us-1997", name="  ")
    assert (exc.value.field, exc.value.article) == ("name", "7.3")
    with pytest.raises(ServiceError) as exc:
        directory.add_official(desk, name="Someone (invented)")
    assert exc.value.field == "agreement"
    with pytest.raises(ServiceError) as exc:
        directory.add_official(desk, agreement="jp-us-1997", name="X (invented)", names={"fr": "X"})
    assert exc.value.field == "names.fr"
    assert directory.list_officials(desk) == []


def test_editing_an_official_changes_only_what_is_given(desk):
    oid = directory.add_official(desk, agreement="jp-us-1997", name="Jordan Sample (invented)",
                                 title="Director", names={"ja": "ジョーダン"})
    view = directory.edit_official(desk, oid, titles={"ja": "局長"}, active=False)
    assert (view.name, view.title, view.names, view.titles) == (
        "Jordan Sample (invented)", "Director", {"ja": "ジョーダン"}, {"ja": "局長"})
    assert not view.active
    view = directory.edit_official(desk, oid, names={"ja": ""})  # an empty text removes it
    assert view.names == {}


def test_administrations_and_authorities_keep_a_name_in_each_language(desk):
    from app.services.ledger.disclosures import add_authority, list_authorities

    aid = directory.add_administration(desk, name="Example Customs Service (invented)", country="us",
                                       names={"es": "Servicio de Aduanas de Ejemplo (inventado)"})
    view = next(a for a in directory.administrations(desk) if a.id == aid)
    assert view.country == "US" and view.name_in("es").startswith("Servicio")
    directory.edit_administration(desk, aid, names={"ja": "見本税関 (架空)"})
    view = next(a for a in directory.administrations(desk) if a.id == aid)
    assert view.names["ja"] == "見本税関 (架空)" and view.names["es"].startswith("Servicio")
    police = add_authority(desk, "Example Prefectural Police (invented)", "police", country="JP",
                           names={"ja": "見本県警察 (架空)"})
    assert police.names == {"ja": "見本県警察 (架空)"} and police.is_law_enforcement
    directory.edit_authority(desk, police.id, names={"es": "Policía de Ejemplo (inventada)"})
    [listed] = [a for a in list_authorities(desk) if a.id == police.id]
    assert set(listed.names) == {"ja", "es"}
