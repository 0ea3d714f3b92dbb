"""Outcome dialog: the statement of reasons and conditions in each language of the agreement,
every version stored, and a line saying which language version is still missing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services.requests import commands as svc
from tests.ui.test_workflow import dialog, incoming

EN = "The matter was closed by a final court decision (invented)."
JA = "本件は、確定判決により既に終結しているため（架空の例）。"


def test_art_11_4_statement_of_reasons_is_entered_and_stored_in_each_language(qtbot, desk, complete_fields, settle):
    ref = incoming(desk, complete_fields, "in-progress")
    d = dialog(qtbot, desk, ref, "refused")
    d.set_grounds(["11.1-public-policy"])
    d.statement_edit.setPlainText(EN)
    missing = d.findChild(QLabel, "outcome_versions_missing")
    assert missing.text() == "Japanese version missing: statement of reasons"
    d.show_text_language("ja")
    assert d.statement_edit.toPlainText() == ""
    d.statement_edit.setPlainText(JA)
    assert missing.text() == ""
    d.show_text_language("en")
    assert d.statement_edit.toPlainText() == EN
    assert d.button_ok.isEnabled()
    d.accept()
    settle()
    outcome = svc.get_request(desk, ref).outcomes[-1]
    assert outcome.text_versions["statement"] == {"en": EN, "ja": JA}


def test_art_11_4_a_statement_written_only_in_japanese_lets_the_refusal_be_recorded(qtbot, desk, complete_fields,
                                                                                    settle):
    ref = incoming(desk, complete_fields, "in-progress")
    d = dialog(qtbot, desk, ref, "refused")
    d.set_grounds(["11.1-public-policy"])
    d.text_lang.setCurrentIndex(d.text_lang.findData("ja"))
    d.statement_edit.setPlainText(JA)
    assert d.button_ok.isEnabled()
    assert "English version missing" in d.findChild(QLabel, "outcome_versions_missing").text()
    d.accept()
    settle()
    assert svc.get_request(desk, ref).outcomes[-1].text_versions["statement"] == {"ja": JA}
