"""Two officers' windows on one shared PostgreSQL desk (the test run's own server): what one
officer saves reaches the other's open list by itself (LISTEN/NOTIFY on the change broadcast),
and the other's edit made on the older read is refused with the officer's text kept."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from app.services.requests import commands as svc

pytestmark = pytest.mark.postgresql


@pytest.fixture
def two_officers(pg_database, qtbot):
    """Officer A's desk and officer B's, on one new database of the test server."""
    from app.services.context import Desk
    from app.store.db import Database
    from tests.conftest import FIXED_NOW
    from ui import ops

    url = pg_database("base")
    desks = [Desk(Database.open_url(url), name, clock=lambda: FIXED_NOW)
             for name in ("officer_a", "officer_b")]
    yield desks
    qtbot.waitUntil(ops.idle, timeout=10_000)
    ops.wait_for_writes()
    for desk in desks:
        desk.db.close()


def test_art_11_4_a_refusal_by_officer_a_reaches_officer_bs_open_list_and_bs_stale_edit_is_refused(
        qtbot, two_officers, tmp_path, complete_fields, no_modal_boxes, monkeypatch, settle):
    from ui.dialogs.request_editor import RequestEditor
    from ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    a, b = two_officers
    ref = svc.register_incoming(a, "jp-us-1997", complete_fields).our_ref
    window = MainWindow(b, tmp_path / "b", reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.server_changes is not None
    qtbot.waitUntil(window.server_changes.ready.is_set, timeout=10_000)
    page = window.show_page("incoming")
    qtbot.waitUntil(lambda: page.model.row_of(ref) is not None, timeout=10_000)

    editor = RequestEditor(b, "incoming", ref)  # B opens the request ...
    qtbot.addWidget(editor)
    editor.form.notes.setPlainText("B's note, typed before A's refusal (invented)")

    started = time.monotonic()  # ... while A refuses it on A's own desk (no window of B's knows)
    svc.transition(a, ref, "refused", grounds=["11.1-sovereignty"],
                   statement="Execution would infringe sovereignty (invented).")
    qtbot.waitUntil(lambda: page.model.row_at(page.model.row_of(ref)).status == "refused",
                    timeout=2_000)  # within 2 s, without a refresh
    assert time.monotonic() - started < 2.0

    assert editor.save()
    settle()
    assert "was changed by another officer" in editor.status_label.text()
    assert editor.form.notes.toPlainText() == "B's note, typed before A's refusal (invented)"
    assert svc.get_request(a, ref).notes != "B's note, typed before A's refusal (invented)"
    window.close()


def test_stale_edit_reload_and_reapply_keeps_bs_changes_on_top_of_as_and_the_save_then_succeeds(
        qtbot, two_officers, complete_fields, monkeypatch, settle):
    """Nothing lost, nothing silently overwritten: B's stale save is refused with B's text kept;
    B reloads and reapplies (A's other changes shown, B's own changes on top, the field both
    changed keeps B's text, marked with A's value); B's next save succeeds and keeps A's."""
    from ui.dialogs.request_editor import RequestEditor

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    a, b = two_officers
    ref = svc.register_incoming(a, "jp-us-1997", complete_fields).our_ref
    editor = RequestEditor(b, "incoming", ref)  # B opens the request ...
    qtbot.addWidget(editor)
    editor.form.notes.setPlainText("B's note (invented)")
    editor.form.title.setText("B's title (invented)")
    editor.form.set_field("object_and_reason", {"ja": "請求書の確認（架空）"})
    # ... while A saves the title, their reference and the English object and reason.
    svc.edit_request(a, ref, {"title": "A's title (invented)", "their_ref": "CBP-A-0001",
                              "object_and_reason": {"en": "A's object and reason (invented)"}})

    assert editor.save()
    settle()
    assert "was changed by another officer" in editor.status_label.text()
    assert editor.form.notes.toPlainText() == "B's note (invented)"  # B's text kept
    assert editor.form.title.text() == "B's title (invented)"
    assert editor.button_reapply.isVisibleTo(editor)

    qtbot.mouseClick(editor.button_reapply, Qt.MouseButton.LeftButton)
    result = editor.reapplied
    assert result is not None
    assert editor.form.their_ref.text() == "CBP-A-0001"  # A's change, shown
    assert editor.form.notes.toPlainText() == "B's note (invented)"  # B's, on top
    assert editor.form.title.text() == "B's title (invented)"  # both changed: B's kept ...
    title_mark = editor.findChild(QLabel, "error_title")
    assert "A's title (invented)" in title_mark.text()  # ... and marked with A's to compare
    assert "A's title (invented)" in editor.form.title.toolTip()
    assert set(result.conflict_fields()) == {"title"}
    assert not editor.button_reapply.isVisibleTo(editor)

    assert editor.save()
    settle()
    assert editor.status_label.text().startswith("Saved as")
    stored = svc.get_request(a, ref)
    assert (stored.title, stored.notes, stored.their_ref) == (
        "B's title (invented)", "B's note (invented)", "CBP-A-0001")
    assert stored.text_versions["object_and_reason"] == {
        "en": "A's object and reason (invented)", "ja": "請求書の確認（架空）"}
    editor.close()


def test_art_4_2_a_stale_subject_save_is_refused_with_the_text_kept_and_reloads_and_reapplies(
        qtbot, two_officers, settle):
    from app.services.surveillance import commands as sv
    from ui.dialogs.subject_editor import SubjectEditor

    a, b = two_officers
    code = sv.add_subject(a, {"kind": "person", "names": ["Kaito Example (invented)"],
                              "agreement": "jp-us-1997", "period_end": "2027-06-30"}).code
    editor = SubjectEditor(b, code)
    qtbot.addWidget(editor)
    editor.aliases.setPlainText("K. Example (invented)")
    sv.edit_subject(a, code, {"requested_by": "A's entry (invented)"})

    editor.save()
    settle()
    assert "was changed by another officer" in editor.error.text()
    assert editor.aliases.toPlainText() == "K. Example (invented)"
    assert editor.button_reapply.isVisibleTo(editor) and editor.result_view is None

    editor.reload_and_reapply()
    assert editor.requested_by.text() == "A's entry (invented)"
    assert editor.aliases.toPlainText() == "K. Example (invented)"
    editor.save()
    settle()
    assert editor.result_view is not None
    stored = sv.get_subject(a, code)
    assert stored.requested_by == "A's entry (invented)"
    assert [n.name for n in stored.names if n.alias] == ["K. Example (invented)"]


def test_a_request_open_in_officer_as_editor_shows_in_bs_until_a_closes_it(qtbot, two_officers,
                                                                            complete_fields):
    """Who else is editing: B opening the request A has open sees "Also open by: officer_a";
    the line goes within two seconds of A closing it. Each desk sees only the others."""
    from ui.dialogs.request_editor import RequestEditor

    a, b = two_officers
    ref = svc.register_incoming(a, "jp-us-1997", complete_fields).our_ref
    other = svc.register_incoming(a, "jp-us-1997", complete_fields).our_ref
    editor_a = RequestEditor(a, "incoming", ref)
    qtbot.addWidget(editor_a)
    editor_b = RequestEditor(b, "incoming", ref)
    qtbot.addWidget(editor_b)
    elsewhere = RequestEditor(b, "incoming", other)  # another request: nobody else on it
    qtbot.addWidget(elsewhere)

    line = editor_b.presence
    qtbot.waitUntil(lambda: line.isVisibleTo(editor_b), timeout=3_000)
    assert line.text().startswith("Also open by: officer_a (since ")
    assert [o.officer for o in line.others] == ["officer_a"]
    qtbot.waitUntil(lambda: [o.officer for o in editor_a.presence.others] == ["officer_b"],
                    timeout=3_000)
    assert not elsewhere.presence.isVisibleTo(elsewhere)

    started = time.monotonic()
    editor_a.close()
    qtbot.waitUntil(lambda: not line.isVisibleTo(editor_b), timeout=2_000)
    assert time.monotonic() - started < 2.0
    assert line.others == []
    editor_b.close()
    elsewhere.close()


def test_on_a_file_desk_nobody_else_is_editing_and_nothing_is_followed(qtbot, desk, complete_fields):
    from ui.dialogs.request_editor import RequestEditor

    ref = svc.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    editor = RequestEditor(desk, "incoming", ref)
    qtbot.addWidget(editor)
    assert editor.presence.presence is None and not editor.presence.isVisibleTo(editor)
    editor.close()
