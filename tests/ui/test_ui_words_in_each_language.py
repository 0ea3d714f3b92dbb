"""The words ui/ builds around a translated text read right in Japanese and Spanish: a caption
named in a message, an article cited once, a hint that is not cut out of a caption, statuses,
letter kinds, directions, decisions and counts in the catalogue's words.

The catalogues are the real ones (``resources/translations/*.ts``), compiled with
``pyside6-lrelease`` for the test and installed with a ``QTranslator``.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.documents.registry import LETTER_KINDS
from app.services.ledger import disclosures as dis
from app.services.ledger import information as inf
from app.services.surveillance.rules import subject_status
from app.treaty.errors import RuleViolation
from ui.widgets.labels import (
    LETTER_KIND_LABELS,
    item_direction_label,
    letter_kind_label,
    status_label,
    subject_status_explanation,
)
from ui.widgets.messages import caption, cited_articles, violation_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> dict[str, Path]:
    """The ja and es catalogues as .qm files, compiled from the .ts by ``pyside6-lrelease``."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qms = {}
    for lang in ("ja", "es"):
        qm = out / f"liaison_desk_{lang}.qm"
        subprocess.run([str(lrelease), str(TRANSLATIONS / f"liaison_desk_{lang}.ts"), "-qm", str(qm)],
                       check=True, capture_output=True)
        qms[lang] = qm
    return qms


@pytest.fixture
def language(qapp, compiled):
    """``language("ja")`` installs that catalogue for the rest of the test."""
    installed: list[QTranslator] = []

    def use(lang: str) -> None:
        translator = QTranslator(qapp)
        assert translator.load(str(compiled[lang]))
        qapp.installTranslator(translator)
        installed.append(translator)

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# -- a caption named in a message --------------------------------------------------------------

@pytest.mark.parametrize(("lang", "named"), [
    ("ja", {"name": "氏名", "english": "英語", "statement": "理由書 — 第11条第4項",
            "history": "経過の記録", "of_language": "名称（英語）"}),
    ("es", {"name": "Nombre", "english": "Inglés", "statement": "Exposición de motivos — Art. 11.4",
            "history": "Nota para el historial", "of_language": "Nombre (inglés)"}),
])
def test_refusal_names_the_field_by_its_translated_caption_without_accelerator_note_or_colon(
        language, lang, named):
    language(lang)
    assert caption(tr("FirstRunWizard", "Na&me (required):")) == named["name"]
    assert caption(tr("SettingsDialog", "English (required):")) == named["english"]
    assert caption(tr("OutcomeDialog", "Statement of reasons (required) \u2014 Art. 11.4")) == named["statement"]
    assert caption(tr("OutcomeDialog", "History note (optional)")) == named["history"]
    in_language = tr("_EntryDialog", "{0} ({1}, required):").format(
        "名称" if lang == "ja" else "Nombre", "英語" if lang == "ja" else "inglés")
    assert caption(in_language) == named["of_language"]


def test_refusal_caption_keeps_a_literal_ampersand_and_the_english_forms():
    assert caption("Na&me (required):") == "Name"
    assert caption("Terms && conditions (optional):") == "Terms & conditions"
    assert caption("Name (English, required):") == "Name (English)"
    assert caption("Fracción arancelaria (SA):") == "Fracción arancelaria (SA)"  # not a note


# -- the article cited once --------------------------------------------------------------------

def test_articles_cited_by_a_caption_are_read_as_article_ids_in_each_language():
    assert cited_articles("(c) Object of and reason for the request \u2014 Art. 7.2(c)") == {"7.2(c)"}
    assert cited_articles("(c) 要請の対象及び理由 — 第7条第2項(c)") == {"7.2(c)"}
    assert cited_articles("指定職員 — 第7条第3項") == {"7.3"}
    assert cited_articles("第10条の規定に反して") == {"10"}
    assert cited_articles("監視リスト（条項4.2）") == {"4.2"}
    assert cited_articles("Fecha límite") == set()


@pytest.mark.parametrize("lang", ["ja", "es"])
def test_art_7_2_refusal_cites_the_article_once_whatever_the_language(language, lang):
    language(lang)
    label = tr("RequestForm", "(c) Object of and reason for the request \u2014 Art. 7.2(c)")
    for article in ("7.2(c)", "7.2"):
        text = violation_text(RuleViolation("object_and_reason", "is required", article), label)
        assert "(Art. 7.2" not in text, text  # the caption already cites it
        assert text.startswith(caption(label) + ": ")
    official = tr("RequestForm", "Designated official \u2014 Art. 7.3")
    assert violation_text(RuleViolation("official_id", "is required", "7.3"), official).count("7") == 1
    # An article the caption does not cite is still given.
    due = tr("RequestForm", "Due on")
    assert violation_text(RuleViolation("due_on", "is a holiday", "7.1"), due).endswith("(Art. 7.1)")


def test_art_7_1_refusal_cites_an_article_the_caption_does_not():
    text = violation_text(RuleViolation("x", "bad", "7.10"), "Form \u2014 Art. 7.1")
    assert text.endswith("(Art. 7.10)")  # 7.1 cited is not 7.10


# -- a hint apart from its caption --------------------------------------------------------------

def test_art_4_2_subject_detail_hint_is_its_own_text_and_the_caption_stays_whole(qtbot, desk, language):
    from PySide6.QtWidgets import QLabel

    from ui.dialogs.subject_editor import SubjectEditor

    language("es")
    editor = SubjectEditor(desk)
    qtbot.addWidget(editor)
    assert editor.detail_edits["date_of_birth"].placeholderText() == "AAAA-MM-DD"
    assert editor.detail_edits["addresses"].placeholderText() == "uno por línea"
    assert editor.detail_edits["hs_code"].placeholderText() == ""
    captions = {label.text() for label in editor.findChildren(QLabel)}
    assert "Fracción arancelaria (SA)" in captions and "Fecha de nacimiento" in captions


# -- codes and counts in the catalogue's words ----------------------------------------------------

@pytest.mark.parametrize("lang", ["ja", "es", "en"])
def test_letter_kinds_on_screen_read_as_the_letters_title_them(language, lang):
    if lang != "en":
        language(lang)
    assert set(LETTER_KIND_LABELS) == set(LETTER_KINDS)
    for code, kind in LETTER_KINDS.items():
        assert letter_kind_label(code) == kind.titles[lang], code


@pytest.mark.parametrize(("lang", "words"), [
    ("ja", ("受領", "提供", "送付済み")), ("es", ("Recibida", "Facilitada", "Enviada"))])
def test_codes_put_into_sentences_read_as_words(language, lang, words):
    language(lang)
    assert (item_direction_label("received"), item_direction_label("provided")) == words[:2]
    sentence = tr("RequestEditor", "Already {status}; it cannot be sent again.").format(
        status=status_label("sent"))
    assert words[2] in sentence and "sent" not in sentence


@pytest.mark.parametrize(("lang", "one", "three"), [
    ("ja", "該当の可能性1件", "該当の可能性3件"),
    ("es", "1 posible coincidencia", "3 posibles coincidencias"),
])
def test_art_4_2_watch_list_counts_are_plural_messages(language, lang, one, three):
    language(lang)
    assert QCoreApplication.translate("QuickCheckDialog", "%n possible match(es)", "", 1) == one
    assert QCoreApplication.translate("QuickCheckDialog", "%n possible match(es)", "", 3) == three


def test_art_4_2_subject_status_reason_words_what_the_rule_decides():
    today = date(2026, 11, 20)
    for stored, end in (("active", date(2027, 3, 1)), ("active", date(2026, 11, 25)),
                        ("active", date(2026, 11, 1)), ("active", None), ("lifted", date(2027, 1, 1))):
        status, why = subject_status(stored, end, today, 14)
        assert subject_status_explanation(status, end, today) == why


def test_art_4_2_subject_status_reason_in_japanese(language):
    language("ja")
    assert subject_status_explanation("active", date(2027, 3, 1), date(2026, 11, 20)) == "2027-03-01まで"
    assert subject_status_explanation("expiring", date(2026, 11, 25), date(2026, 11, 20)) == \
        "2026-11-25に期間満了（残り5日）"


def test_art_7_2_completeness_summary_is_one_sentence_in_japanese(qtbot, language):
    from PySide6.QtWidgets import QLabel

    from ui.widgets.completeness_panel import CompletenessPanel

    language("ja")
    panel = CompletenessPanel()
    qtbot.addWidget(panel)
    finding = type("F", (), {"field": "object_and_reason", "message": "未記載", "article": "7.2(c)",
                             "severity": "error"})
    panel.set_findings([finding(), finding()])
    summary = panel.findChild(QLabel, "completeness_summary")
    assert summary.text() == "不完全：2項目が未記載、警告0件。"


def test_art_9_information_pane_reads_in_japanese(qtbot, desk, language):
    from ui.views.information import InformationView

    item = inf.add_information_item(desk, direction="received", provider="CBP (invented)",
                                    title="Invented manifest", confidential=True,
                                    summary="Invented demo text", provider_markings="SECRET (invented)")
    dis.add_authority(desk, "Customs Intelligence Unit (invented)", "customs")
    dis.disclose(desk, [item.code], "Customs Intelligence Unit (invented)", "customs")
    language("ja")
    view = InformationView(desk)
    qtbot.addWidget(view)
    assert view.model.data(view.model.index(0, 1)) == "受領"
    view.table.selectRow(0)
    text = view.detail.toPlainText()
    assert "提供元の表示：SECRET (invented)" in text and "秘の内容は表示していません。" in text
    assert "received" not in text and "Provider markings" not in text
    assert view.disclosures.item(0, 3).text() == "可"


def test_annual_report_in_japanese_names_the_directions_as_the_window_does(language):
    from app.documents.annual_report import WORDS
    from ui.widgets.labels import direction_label

    language("ja")  # the report is written in the letter languages, English and Japanese
    words = WORDS["ja"]
    assert (words["incoming"], words["outgoing"]) == (direction_label("incoming"), direction_label("outgoing"))
