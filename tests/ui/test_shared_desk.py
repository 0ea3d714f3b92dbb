"""Two officers' windows on one shared PostgreSQL desk (the test run's own server): what one
officer saves reaches the other's open list by itself (LISTEN/NOTIFY on the change broadcast),
and the other's edit made on the older read is refused with the officer's text kept."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QMessageBox

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
