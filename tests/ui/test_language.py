"""The window's language (Art. 1 vocabulary in the officer's own language): chosen on this machine,
Qt's own catalogue with ours, and app/ texts worded through the app catalogues."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox

from tests.ui.language import in_language


@pytest.fixture
def japanese(qapp):
    with in_language(qapp, "ja"):
        yield qapp


@pytest.fixture
def spanish(qapp):
    with in_language(qapp, "es"):
        yield qapp


def test_japanese_clock_explanation_reads_as_a_japanese_officer_writes_it(japanese):
    from app.treaty import clocks
    from ui.i18n import render

    due = clocks.add_business_days(date(2026, 11, 20), 2, "JP", label="received")
    assert render(due.explanation) == ("11月20日(金)受理、日本の営業日で2日、"
                                       "11月23日(月)勤労感謝の日を除く → 11月25日(水)")
    assert render(clocks.desk_policy(due.explanation)).endswith("（当方の運用基準による期限）")


def test_art_14_2_termination_explanation_cites_the_article_in_japanese(japanese):
    from app.treaty import clocks
    from ui.i18n import render

    text = render(clocks.termination_date(date(2026, 11, 30)).explanation)
    assert text == "11月30日(月)に終了を通告、3か月後（第14条第2項） → 2月28日(日)（応当日がないため月末日）"


def test_spanish_clock_explanation_uses_the_mexican_date_and_plural_forms(spanish):
    from app.treaty import clocks
    from ui.i18n import render

    one = clocks.add_business_days(date(2026, 9, 14), 1, "MX", label="received")
    assert render(one.explanation) == "recibida el lun 14/09/2026; +1 día hábil en México → mar 15/09/2026"
    two = clocks.add_business_days(date(2026, 9, 14), 2, "MX", label="received")
    assert render(two.explanation) == ("recibida el lun 14/09/2026; +2 días hábiles en México, sin contar "
                                       "mié 16/09/2026 (Día de la Independencia) → jue 17/09/2026")


def test_art_11_4_refusal_is_worded_in_the_window_language(japanese):
    from app.treaty import lifecycle
    from ui.widgets.messages import violation_text

    found = lifecycle.check_transition("incoming", "received", "refused")
    assert violation_text(found[0], "拒否の理由") == (
        "拒否の理由：拒否には拒否の理由を一つ以上選んでください（第11条第4項）")


def test_service_refusal_keeps_its_numbers_in_another_language(spanish):
    from app.services.validation import ServiceError, clean_text
    from ui.i18n import render

    with pytest.raises(ServiceError) as caught:
        clean_text("title", "x" * 1500, max_len=1200)
    assert render(caught.value.message) == "tiene 1,500 caracteres; se permiten como máximo 1,200"


def test_art_7_2_finding_and_basis_label_in_japanese(japanese):
    from app.treaty.builtin import model_agreement
    from app.treaty.completeness import check_completeness
    from ui.i18n import catalogue_label, render

    findings = {f.element: f for f in check_completeness({}, ["4.2(c)"])}
    assert render(findings["c"].message) == "要請の対象及び理由の記載が必要です"
    assert render(findings["4.2(c)"].message).startswith("4.2(c)（")
    assert "船舶、航空機又は車両の識別情報が未記載です" in render(findings["4.2(c)"].message)
    ground = model_agreement().ground("11.1-sovereignty")
    assert catalogue_label(ground) == "主権を侵害するおそれがあること"


def test_untranslated_or_english_text_is_shown_as_it_is(qapp):
    from ui.i18n import render

    assert render("a name as typed") == "a name as typed"
    assert render(None) == ""


def test_languages_are_named_in_their_own_language_and_the_choice_is_kept(qapp):
    from ui import i18n
    from ui.widgets.language_choice import LanguageChoice

    combo = LanguageChoice()
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[1:] == ["English", "日本語", "Español"]
    assert combo.choice() == "system" and i18n.chosen() == "system"
    combo.set_choice("ja")
    assert combo.keep() is True  # another language than the window's: a restart prompt follows
    assert i18n.chosen() == "ja" and i18n.resolve() == "ja"
    i18n.choose("system")
    assert i18n.resolve() == i18n.system_language()


def test_qt_own_dialog_buttons_and_calendar_follow_the_language(japanese):
    from ui import i18n

    assert "qtbase_ja.qm" in i18n.install_language(japanese, "ja")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() != "Cancel"
    assert QLocale().language() == QLocale.Language.Japanese
    edit = QDateEdit(QDate(2026, 11, 25))
    assert edit.locale().language() == QLocale.Language.Japanese
    assert i18n.date_text(date(2026, 11, 25)) == "2026年11月25日"
    assert i18n.day_text(date(2026, 11, 25), year=True) == "2026年11月25日(水)"


def test_japanese_window_registers_a_cjk_font_as_fallback(japanese):
    from PySide6.QtGui import QFontDatabase

    from ui.i18n import CJK_FAMILY

    assert CJK_FAMILY in QFontDatabase.families()
    assert CJK_FAMILY in QApplication.font().families()


def test_first_run_wizard_reopens_in_the_chosen_language_with_what_was_typed(qapp, tmp_path, qtbot):
    from ui import i18n
    from ui.dialogs.first_run import RELAUNCH, FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new", keyring_available=False)
    qtbot.addWidget(wizard)
    wizard.name_edit.setText("Officer Example (invented)")
    wizard.email_edit.setText("officer@example.org")
    finished = []
    wizard.finished.connect(finished.append)
    try:
        wizard.language.set_choice("ja")
        wizard.language.activated.emit(wizard.language.currentIndex())
        assert finished == [RELAUNCH] and i18n.language() == "ja"
        again = FirstRunWizard(tmp_path / "new", keyring_available=False)
        qtbot.addWidget(again)
        again.fill_in(wizard.typed)
        assert again.name_edit.text() == "Officer Example (invented)"
        assert again.email_edit.text() == "officer@example.org"
        assert again.language.choice() == "ja"
    finally:
        i18n.choose("system")
        i18n.install_language(qapp, "en")
        QLocale.setDefault(QLocale.system())



def test_art_9_2_and_9_1_disclosure_findings_read_in_japanese(japanese):
    from app.treaty.restrictions import ItemFacts, Recipient, assess_disclosure
    from ui.i18n import render

    item = ItemFacts("I-00001", direction="received", no_law_enforcement=True,
                     no_law_enforcement_notice_on=date(2026, 11, 20))
    police = Recipient("Invented Prefectural Police", "police", is_law_enforcement=True)
    forbidden = assess_disclosure([item], police, "customs").findings[0]
    assert render(forbidden.message) == ("提供元は2026年11月20日、この情報をInvented Prefectural Police"
                                         "などの法執行機関に提供してはならない旨を通知しています")
    ministry = Recipient("Invented Ministry", "ministry", is_law_enforcement=False)
    needs = assess_disclosure([ItemFacts("I-00002", direction="received")], ministry,
                              "intelligence").findings[0]
    assert render(needs.message) == ("Invented Ministryによる情報分析（証拠としては使用しない）のための使用には、"
                                     "当該機関を明記した提供元の書面による承認が必要です")
    assert str(needs.message).startswith("use by Invented Ministry for intelligence")  # the CLI's English
