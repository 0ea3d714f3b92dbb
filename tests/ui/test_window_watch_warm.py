"""The window never waits for the watch-list index (Art. 4.2): it is warmed on a worker when the
desk arrives, a save is stored without it and the editor's check after the save shows the hits
once it is built, and the quick check says it is preparing instead of freezing.

The slow build is faked: ``watch_index.build`` stops on an Event that each test sets only after
asserting what the window did meanwhile, so nothing here depends on timing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.requests import commands as rq
from app.services.surveillance import commands as sv
from app.services.surveillance import watch_index, watchlist
from tests.watch_gate import LONG_ENOUGH, GatedBuild


@pytest.fixture(autouse=True)
def never_block_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def cold(desk, monkeypatch):
    """A subject under surveillance (invented), the index not built, the build gated."""
    sv.add_subject(desk, {
        "kind": "person", "subkind": "natural", "agreement": "jp-us-1997",
        "names": ["田中 翔", {"name": "TANAKA Sho", "alias": True}], "period_end": "2027-03-01"})
    watchlist.forget(desk)
    gated = GatedBuild(watch_index.build)
    monkeypatch.setattr(watch_index, "build", gated)
    yield gated
    gated.gate.set()  # never leave a worker waiting past the test


def test_art_4_2_saving_a_request_does_not_wait_for_the_watch_list_index(qtbot, desk, cold, settle):
    from ui.dialogs.request_editor import RequestEditor

    editor = RequestEditor(desk, "incoming")
    qtbot.addWidget(editor)
    editor.form.elements["parties_concerned"].setPlainText("Mr. Syo TANAKA (invented)")
    editor.form.findChild(object, "field_title").setText("Export check (invented)")
    assert editor.save() is True
    qtbot.waitUntil(lambda: editor.ref is not None, timeout=LONG_ENOUGH * 1000)
    # Saved in full while the index is still being built on a worker.
    assert not cold.on_main_thread() and not cold.gate.is_set()
    stored = rq.get_request(desk, editor.ref)
    assert stored.elements["parties_concerned"] == "Mr. Syo TANAKA (invented)"
    assert editor.watch_hits is None
    assert "checking" in editor.watch_label.text()
    cold.gate.set()
    qtbot.waitUntil(lambda: editor.watch_hits is not None, timeout=LONG_ENOUGH * 1000)
    assert [h["subject"] for h in editor.watch_hits] == ["S-0001"]
    assert "possible match: subject S-0001" in editor.watch_label.text()
    assert not cold.on_main_thread()


def test_art_4_2_a_later_save_shows_its_own_hits_not_an_earlier_fetch(qtbot, desk, cold):
    from ui.dialogs.request_editor import RequestEditor

    editor = RequestEditor(desk, "incoming")
    qtbot.addWidget(editor)
    editor.form.findChild(object, "field_title").setText("Check (invented)")
    editor.form.elements["parties_concerned"].setPlainText("TANAKA Sho")
    assert editor.save()
    qtbot.waitUntil(lambda: editor.watch_task is not None, timeout=LONG_ENOUGH * 1000)
    first = editor.watch_task
    editor.form.elements["parties_concerned"].setPlainText("Nobody in particular")
    assert editor.save()  # a second save while the first check still waits for the index
    qtbot.waitUntil(lambda: editor.watch_task is not first, timeout=LONG_ENOUGH * 1000)
    cold.gate.set()
    qtbot.waitUntil(lambda: first.is_done and editor.watch_task.is_done, timeout=LONG_ENOUGH * 1000)
    assert editor.watch_hits == []  # the first check's hits (S-0001) are not shown
    assert "no subject on the watch list" in editor.watch_label.text()


def test_art_4_2_the_window_warms_the_watch_list_on_a_worker_once_it_has_painted(
        qtbot, desk, data_dir, cold, no_modal_boxes):
    from ui.main_window import MainWindow

    win = MainWindow(desk, data_dir, reminders=False, idle_lock=False)
    qtbot.addWidget(win)
    qtbot.wait(50)
    assert cold.calls == 0  # not before the window is on screen
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: cold.calls == 1, timeout=LONG_ENOUGH * 1000)
    assert not watchlist.ready(desk)
    cold.gate.set()
    qtbot.waitUntil(lambda: watchlist.ready(desk), timeout=LONG_ENOUGH * 1000)
    assert cold.threads and not cold.on_main_thread()
    ref = rq.register_incoming(desk, "jp-us-1997", {"title": "x", "parties_concerned": "TANAKA Sho"}).our_ref
    assert watchlist.ready(desk)  # the check after this save is instant
    assert [h.subject for h in watchlist.watch_hits_for_request(desk, ref)] == ["S-0001"]


def test_art_4_2_quick_check_says_the_watch_list_is_being_prepared_instead_of_freezing(
        qtbot, desk, cold):
    from ui.dialogs.quick_check import QuickCheckDialog

    dialog = QuickCheckDialog(desk)
    qtbot.addWidget(dialog)
    dialog.query.setText("Syo Tanaka")
    dialog.run()
    assert dialog.summary.text() == "Preparing the watch list…"
    assert dialog.results.topLevelItemCount() == 0 and not cold.on_main_thread()
    cold.gate.set()
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=LONG_ENOUGH * 1000)
    assert dialog.results.topLevelItem(0).text(1) == "S-0001"
    assert dialog.summary.text() == "1 possible match(es)"
