"""Switching the window's language: Settings asks, in the new language and the old, whether to
restart now; a restart closes every open form through its own unsaved-changes question (nothing
is lost) and the window through its normal close path, then starts the program again."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import restart


@pytest.fixture
def relaunched(monkeypatch):
    """Record the relaunch instead of starting a second Liaison Desk."""
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(restart, "start_detached", lambda program, args: started.append((program, args)) or True)
    yield started
    QApplication.instance().setProperty(restart.RESTART_PROPERTY, False)


def _dirty_editor(qtbot, desk, window):
    from ui.dialogs.request_editor import RequestEditor

    editor = RequestEditor(desk, "incoming", None, parent=window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.form.title, "Typed before the restart (invented)")
    assert editor.is_dirty()
    return editor


def test_language_prompt_speaks_the_new_language_and_the_old(qapp):
    box, restart_button = restart.restart_prompt(None, "ja")
    text = box.text()
    assert "日本語" in text and "再起動" in text  # the new language, for an officer who reads it
    assert "Restart now?" in text  # and the window's present one
    assert "再起動" in restart_button.text() and "Restart now" in restart_button.text()
    later = [b for b in box.buttons() if b is not restart_button]
    assert len(later) == 1 and "Later" in later[0].text() and "後で" in later[0].text()
    box.deleteLater()


def test_settings_language_switch_asks_to_restart_and_later_keeps_it_for_the_next_start(
        desk, qtbot, no_modal_boxes, monkeypatch, relaunched):
    from ui import i18n
    from ui.dialogs.settings import SettingsDialog

    asked: list[str] = []
    monkeypatch.setattr(restart, "ask_restart", lambda parent, new: asked.append(new) or False)
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.language.set_choice("es")
    dialog.save()
    assert asked == ["es"] and i18n.chosen() == "es"
    assert i18n.language() == "en"  # nothing open changes under the officer's hands
    qtbot.wait(20)
    assert not relaunched and not QApplication.instance().property(restart.RESTART_PROPERTY)


def test_restart_now_asks_about_unsaved_edits_and_cancel_keeps_everything_open(
        desk, qtbot, window, monkeypatch, relaunched):
    editor = _dirty_editor(qtbot, desk, window)
    asked: list[str] = []

    def cancel(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not restart.restart_window(window, "ja")
    assert asked == ["This request has changes that are not saved. Save them?"]
    assert editor.isVisible() and editor.is_dirty() and window.isVisible()
    assert "Not restarted" in window.statusBar().currentMessage()
    assert not restart.relaunch_if_asked(QApplication.instance()) and not relaunched


def test_restart_now_closes_the_forms_and_the_window_then_starts_the_same_command_again(
        desk, qtbot, window, monkeypatch, relaunched):
    editor = _dirty_editor(qtbot, desk, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    saved: list[bool] = []
    monkeypatch.setattr(window, "save_state", lambda: saved.append(True))
    assert restart.restart_window(window, "ja")
    assert not editor.isVisible() and not window.isVisible()
    assert saved == [True]  # the normal close path: the layout is kept
    assert restart.relaunch_if_asked(QApplication.instance())
    assert relaunched == [(sys.executable, list(sys.orig_argv[1:]))]
    assert not restart.relaunch_if_asked(QApplication.instance())  # once


def test_the_frozen_bundle_restarts_its_own_program(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/liaison-desk/liaison-desk")
    monkeypatch.setattr(sys, "argv", ["/opt/liaison-desk/liaison-desk", "gui", "--data-dir", "/tmp/d"])
    assert restart.command_line() == ("/opt/liaison-desk/liaison-desk", ["gui", "--data-dir", "/tmp/d"])
