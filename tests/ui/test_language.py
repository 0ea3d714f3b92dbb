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


def test_letter_kind_that_does_not_apply_says_why_in_japanese(japanese):
    from types import SimpleNamespace

    from app.services.letters.context import kind_refusal
    from ui.i18n import render

    received = SimpleNamespace(direction="incoming", status="received", form="written")
    reason = kind_refusal(received, "statement_of_reasons")
    assert render(reason) == ("要請が「受付」の間は「要請の拒否又は延期の理由書」は作成できません"
                              "（拒否、延期、条件付き実施、差控え（第11条第3項）の場合のみ）")
    assert str(reason).startswith("a statement of reasons letter does not apply while the request is received")
    oral = kind_refusal(SimpleNamespace(direction="outgoing", status="sent", form="written"),
                        "oral_confirmation")
    assert render(oral) == "書面による確認は、口頭で行われた要請についてのみ作成します（第7条第1項）"


def test_art_7_2_refusal_names_the_field_by_its_caption_in_japanese_not_its_key(japanese):
    from app.services.validation import ServiceError
    from ui.i18n import violation_line
    from ui.widgets.messages import violation_text

    exc = ServiceError("object_and_reason", "is required", "7.2(c)")
    line = violation_line(exc)
    assert "object_and_reason" not in line and "要請" in line.split("：")[0]
    assert violation_text(ServiceError("names[1]", "is empty")).startswith("氏名")
    assert "_" not in violation_text(ServiceError("some_new_field", "is empty"))  # words, never the key


def test_articles_cited_in_japanese_as_the_letters_cite_them(japanese):
    from app.documents.i18n import Wording
    from ui.i18n import article_text
    from ui.widgets.completeness_panel import CompletenessPanel

    assert article_text("7.2(c)") == "第7条第2項(c)" == Wording("ja").article("7.2(c)")  # UI and letters agree
    assert article_text("11") == "第11条"
    assert article_text("3.1, 4.3") == "第3条第1項、第4条第3項"
    panel = CompletenessPanel()
    panel.set_findings([])
    assert panel._summary.text() == "✔ 第7条第2項の記載事項は完備しています。"
    panel.deleteLater()


def test_articles_cited_in_spanish_and_english(spanish):
    from ui import i18n

    assert i18n.article_text("7.2(c)") == "art. 7.2(c)"
    with in_language(spanish, "en"):
        assert i18n.article_text("7.2(c)") == "Art. 7.2(c)"


def test_broken_audit_chain_is_worded_in_japanese_on_the_audit_page(japanese):
    from app.security.audit import _BROKEN_LINK
    from ui.i18n import render

    problem = _BROKEN_LINK.format(entry=17)
    assert render(problem).startswith("監査記録17：直前のハッシュとの連鎖が切れています")
    assert str(problem).startswith("audit entry 17: previous-hash link broken")  # the CLI's verify


def test_agreements_are_named_in_japanese_in_the_window(qapp, desk):
    from tests.ui.language import in_language
    from ui.i18n import agreement_words

    with in_language(qapp, "ja"):
        short_title = "Japan–US Customs Mutual Assistance Agreement (1997)"
        assert agreement_words(short_title) == "日米税関相互支援協定（1997年）"
        assert agreement_words("An agreement the officer added") == "An agreement the officer added"
