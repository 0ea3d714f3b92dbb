"""A letter signs with the officer's profile in the letter's language and addresses the partner's
designated official (Art. 7.3) by the name kept for that language."""

from __future__ import annotations

from app.services.admin import settings
from app.services.agreements import directory
from app.services.letters import commands as letters
from tests.unit.letters_service._pdf import has, text


def test_a_japanese_letter_signs_with_the_kanji_name_and_the_japanese_title(desk, refs):
    settings.save_settings(desk, {"profile.name": "Kenji SATO", "profile.title": "Liaison Officer",
                                  "profile.signature": "", "profile.ja.name": "佐藤 健二",
                                  "profile.ja.title": "連絡官"})
    ja = letters.preview_letter(desk, refs["received"], "acknowledgement", "ja").pdf
    assert has(ja, "佐藤 健二", "連絡官")
    assert "KenjiSATO" not in text(ja)
    en = letters.preview_letter(desk, refs["received"], "acknowledgement", "en").pdf
    assert has(en, "Kenji SATO", "Liaison Officer") and "佐藤" not in text(en)
    both = letters.preview_letter(desk, refs["received"], "acknowledgement", "ja+en").pdf
    assert has(both, "佐藤 健二", "Kenji SATO")  # each half signs in its own language


def test_a_japanese_letter_without_a_japanese_profile_signs_with_the_english_one(desk, refs):
    settings.save_settings(desk, {"profile.name": "Kenji SATO", "profile.signature": ""})
    ja = letters.preview_letter(desk, refs["received"], "acknowledgement", "ja").pdf
    assert has(ja, "Kenji SATO")
    assert any("Japanese profile has no name" in line for line in settings.snapshot(desk)["profile_gaps"])


def test_art_7_3_the_official_designated_under_the_agreement_is_addressed_in_the_letter_s_language(desk, refs):
    directory.add_official(desk, agreement="jp-us-1997", name="Alex Designate (invented)",
                           names={"ja": "アレックス・デジグネート"}, titles={"ja": "国際局長"})
    en = letters.preview_letter(desk, refs["received"], "acknowledgement", "en").pdf
    assert has(en, "Alex Designate (invented)")  # before the administration's other official
    assert "Jordan Sample" not in text(en)
    ja = letters.preview_letter(desk, refs["received"], "acknowledgement", "ja").pdf
    assert has(ja, "アレックス・デジグネート", "国際局長")


def test_the_letters_dialog_starts_from_the_officer_s_default_letter_languages(desk, refs):
    assert letters.letter_options(desk, refs["received"]).languages[0] == "en"
    settings.save_settings(desk, {"letter_languages": ["es", "ja+en"]})  # Spanish: not Japan–US's
    assert letters.letter_options(desk, refs["received"]).languages[:2] == ("ja+en", "en")
