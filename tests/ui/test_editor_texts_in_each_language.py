"""Request editor: the Art. 7.2 texts in each language of the agreement, one language shown at a
time, every version saved, and a line saying which language version is still missing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.services.letters.demo import COMPLETE_ELEMENTS
from app.services.requests import commands as svc
from tests.ui.test_editor import fill, make_editor


@pytest.fixture(autouse=True)
def never_block_on_close(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _save(qtbot, editor) -> str:
    with qtbot.waitSignal(editor.saved) as signal:
        qtbot.mouseClick(editor.findChild(QPushButton, "button_save"), Qt.MouseButton.LeftButton)
    return signal.args[0]


def test_art_7_2_editor_offers_the_agreements_languages_and_saves_each_version(qtbot, desk, complete_fields):
    editor = make_editor(qtbot, desk, "incoming")
    switcher = editor.form.text_lang
    assert [switcher.itemData(i) for i in range(switcher.count())] == ["en", "ja"]  # Japan–US
    fill(editor, complete_fields)  # typed in English, the desk's language
    editor.form.show_text_language("ja")
    assert editor.form.elements["object_and_reason"].toPlainText() == ""
    fill(editor, {"object_and_reason": "腕時計400個の適法な輸出の確認（架空）"})
    editor.form.show_text_language("en")
    assert editor.form.elements["object_and_reason"].toPlainText() == complete_fields["object_and_reason"]
    view = svc.get_request(desk, _save(qtbot, editor))
    assert view.text_versions["object_and_reason"] == {
        "en": complete_fields["object_and_reason"], "ja": "腕時計400個の適法な輸出の確認（架空）"}
    assert view.elements["object_and_reason"] == complete_fields["object_and_reason"]


def test_art_7_2_editor_says_which_language_version_is_missing(qtbot, desk, complete_fields):
    editor = make_editor(qtbot, desk, "incoming")
    fill(editor, complete_fields)
    line = editor.findChild(QLabel, "text_versions_missing")
    assert line.isVisibleTo(editor)
    assert line.text().startswith("Japanese version missing: ") and "(c)" in line.text()
    assert "(a)" not in line.text()  # the administration's name was filled in both languages
    editor.form.show_text_language("ja")
    for name, text in COMPLETE_ELEMENTS.items():
        if isinstance(text, dict) and "ja" in text and name != "requesting_administration":
            fill(editor, {name: text["ja"]})
    assert not line.isVisibleTo(editor)


def test_art_7_2_editor_shows_the_stored_versions_of_a_request(qtbot, desk, letter_refs):
    ref = letter_refs["outgoing_complete"]
    editor = make_editor(qtbot, desk, "outgoing", ref)
    assert editor.form.elements["object_and_reason"].toPlainText() == COMPLETE_ELEMENTS["object_and_reason"]["en"]
    editor.form.text_lang.setCurrentIndex(editor.form.text_lang.findData("ja"))
    assert editor.form.elements["object_and_reason"].toPlainText() == COMPLETE_ELEMENTS["object_and_reason"]["ja"]
    assert not editor.findChild(QLabel, "text_versions_missing").isVisibleTo(editor)
