"""Saving a subject or recording an observation never waits for the watch-list index (Art. 4.2):
while it is being prepared the record is saved in full and the dialog closes;
the possible duplicates of a subject, or the other subjects an observation's notes name, are
fetched on a worker and shown where they always were (under the surveillance list).

The slow build is faked (``tests.watch_gate.GatedBuild``): each test opens the gate only after
asserting what the window did meanwhile, so nothing here depends on timing."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QDate

from app.services.surveillance import commands as sv
from app.services.surveillance import observations as ob
from app.services.surveillance import watch_index, watchlist
from tests.watch_gate import LONG_ENOUGH, GatedBuild

WAIT_MS = LONG_ENOUGH * 1000
NOTES = "Crew list names TANAKA Sho (invented)"


@pytest.fixture
def cold(desk, monkeypatch):
    """S-0001, a person under surveillance (invented); the index not built, its build gated."""
    sv.add_subject(desk, {"kind": "person", "subkind": "natural", "agreement": "jp-us-1997",
                          "names": ["田中 翔", {"name": "TANAKA Sho", "alias": True}],
                          "period_end": "2027-03-01"})
    watchlist.forget(desk)
    gated = GatedBuild(watch_index.build)
    monkeypatch.setattr(watch_index, "build", gated)
    yield gated
    gated.gate.set()  # never leave a worker waiting past the test


@pytest.fixture
def vessel(desk, cold):
    """A vessel under surveillance (invented), saved while the index is cold."""
    return sv.add_subject(desk, {"kind": "transport", "subkind": "vessel",
                                 "agreement": "jp-us-1997", "names": ["MV Invented Star"],
                                 "period_end": "2027-03-01"})


def _fill_subject(editor) -> None:  # a SubjectEditor
    editor.names.setPlainText("TANAKA Sho")
    editor.period_end.setDate(QDate(2027, 1, 1))


def _fill_observation(dialog) -> None:  # an ObservationDialog
    dialog.place.setText("Yokohama")
    dialog.text.setPlainText(NOTES)


def test_art_4_2_saving_a_subject_does_not_wait_for_the_watch_list_index(qtbot, desk, cold, settle):
    from ui.dialogs.subject_editor import SubjectEditor

    editor = SubjectEditor(desk)
    qtbot.addWidget(editor)
    _fill_subject(editor)
    checked = []
    editor.similar_checked.connect(checked.append)
    editor.save()
    settle()
    # Saved in full and closed on the UI thread while the index is still being built.
    assert editor.result() == editor.DialogCode.Accepted, editor.error.text()
    assert editor.result_view.similar == () and not cold.gate.is_set()
    assert not cold.on_main_thread()
    assert sv.get_subject(desk, editor.result_view.code).display_name == "TANAKA Sho"
    cold.gate.set()
    qtbot.waitUntil(lambda: bool(checked), timeout=WAIT_MS)
    assert [h.subject for h in checked[0].similar] == ["S-0001"]
    assert editor.result_view is checked[0]
    assert not cold.on_main_thread()


def test_art_4_2_possible_duplicates_found_later_show_under_the_surveillance_list(
        qtbot, desk, cold, monkeypatch, settle):
    from ui.dialogs.subject_editor import SubjectEditor
    from ui.views.surveillance import SurveillanceView

    def fill_and_save(editor) -> int:  # the officer's part of exec()
        _fill_subject(editor)
        editor.save()
        settle()
        return editor.result()

    monkeypatch.setattr(SubjectEditor, "exec", fill_and_save)
    view = SurveillanceView(desk)
    qtbot.addWidget(view)
    view.new_subject()
    assert "S-0002 recorded; looking for possible duplicates" in view.message.text()
    assert not cold.on_main_thread()
    cold.gate.set()
    qtbot.waitUntil(lambda: "Possible duplicate" in view.message.text(), timeout=WAIT_MS)
    assert view.message.text().startswith("Possible duplicate — possible match: subject S-0001")


def test_art_4_2_recording_an_observation_does_not_wait_for_the_watch_list_index(
        qtbot, desk, cold, vessel, settle):
    from ui.dialogs.observation import ObservationDialog

    dialog = ObservationDialog(desk, sv.get_subject(desk, vessel.code))
    qtbot.addWidget(dialog)
    _fill_observation(dialog)
    checked = []
    dialog.watch_checked.connect(checked.append)
    dialog.save()
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert dialog.result_view.watch_hits == () and not cold.gate.is_set()
    assert not cold.on_main_thread()
    assert ob.get_observation(desk, dialog.result_view.id).text == NOTES
    cold.gate.set()
    qtbot.waitUntil(lambda: bool(checked), timeout=WAIT_MS)
    assert [h.subject for h in checked[0].watch_hits] == ["S-0001"]
    assert dialog.result_view is checked[0] and not cold.on_main_thread()


def test_art_4_2_subjects_an_observation_names_found_later_show_under_the_surveillance_list(
        qtbot, desk, cold, vessel, monkeypatch, settle):
    from ui.dialogs.observation import ObservationDialog
    from ui.views.surveillance import SurveillanceView

    def fill_and_save(dialog) -> int:  # the officer's part of exec()
        _fill_observation(dialog)
        dialog.save()
        settle()
        return dialog.result()

    monkeypatch.setattr(ObservationDialog, "exec", fill_and_save)
    view = SurveillanceView(desk)
    qtbot.addWidget(view)
    view.open_subject(vessel.code)
    qtbot.waitUntil(lambda: view.page.view is not None, timeout=WAIT_MS)
    view.page.observe()
    assert "Observation recorded; looking for other subjects" in view.message.text()
    cold.gate.set()
    qtbot.waitUntil(lambda: "possible match" in view.message.text(), timeout=WAIT_MS)
    assert view.message.text().startswith("possible match: subject S-0001")


def test_art_4_2_a_check_arriving_after_its_dialog_is_gone_is_dropped_quietly(qtbot, desk, cold, settle):
    from ui.dialogs.subject_editor import SubjectEditor

    editor = SubjectEditor(desk)
    _fill_subject(editor)
    editor.save()
    settle()
    task = editor.similar_task
    assert task is not None and not task.is_done
    shiboken6.delete(editor)  # the page that opened it closed meanwhile
    cold.gate.set()
    qtbot.waitUntil(lambda: task.is_done, timeout=WAIT_MS)  # no error from a deleted dialog
    assert task.error is None
