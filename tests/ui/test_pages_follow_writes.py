"""One write path, one broadcast: after a dialog stores something, every page showing it reads it
again by itself (no F5), at once when shown, else when the officer next opens it. The Audit page
counts and verifies the log as it is now, not as it was when the page was built.

Everything here is done as an officer does it: through the window's pages and their dialogs (the
modal ``exec`` stands in for the officer filling the form and pressing OK)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from app.services.requests.commands import register_incoming
from app.services.surveillance import commands as surveillance

LAST_OBSERVATION = 6  # the Surveillance list's "Last observation" column


def _subject(desk) -> str:
    """A person under special surveillance at a partner's request (Art. 4.2; invented)."""
    ref = register_incoming(desk, "jp-us-1997", {"title": "Special surveillance (invented)",
                                                 "bases": ["4.2(a)"]}).our_ref
    return surveillance.add_subject(desk, {"kind": "person", "names": ["Example Person (invented)"],
                                           "requests": [ref], "period_end": "2027-03-01"}).code


def _officer_saves(qtbot, monkeypatch, dialog_class, fill) -> None:
    """The officer's part of ``dialog_class.exec()``: fill the form, press OK, see it close."""
    def run(dialog):
        fill(dialog)
        dialog.save()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        return dialog.result()
    monkeypatch.setattr(dialog_class, "exec", run)


def test_art_4_2_an_observation_recorded_shows_in_the_surveillance_list_and_log_without_f5(
        qtbot, window, desk, monkeypatch, settle):
    from ui.dialogs.observation import ObservationDialog

    code = _subject(desk)
    page = window.show_page("surveillance")
    page.open_subject(code)
    row = page.model.row_of(code)
    assert page.model.index(row, LAST_OBSERVATION).data() == "—"

    def fill(dialog):
        dialog.place.setText("Yokohama")
        dialog.text.setPlainText("Seen boarding the ferry (invented)")
    _officer_saves(qtbot, monkeypatch, ObservationDialog, fill)
    qtbot.mouseClick(page.page.buttons["observe"], Qt.MouseButton.LeftButton)
    settle()
    row = page.model.row_of(code)
    assert page.model.index(row, LAST_OBSERVATION).data() == desk.today().isoformat()
    assert page.current_code() == code  # the officer's subject stays selected
    assert "Seen boarding the ferry (invented)" in page.page.entry.text()
    assert page.message.text().startswith("Observation recorded")


def test_art_4_2_a_report_back_drafted_on_surveillance_is_on_the_information_page_when_opened(
        qtbot, window, desk, monkeypatch, settle):
    from app.services.surveillance import observations
    from ui.dialogs.observation import ReportBackDialog

    code = _subject(desk)
    observations.add_observation(desk, code, {"observed_at": "2026-11-20T08:00", "event": "sighted",
                                              "place": "Yokohama", "text": "At the pier (invented)"})
    ledger = window.show_page("information")  # built and read while nothing is reported yet
    assert ledger.model.rowCount() == 0
    page = window.show_page("surveillance")
    page.open_subject(code)
    _officer_saves(qtbot, monkeypatch, ReportBackDialog, lambda dialog: None)
    qtbot.mouseClick(page.page.buttons["report"], Qt.MouseButton.LeftButton)
    settle()
    assert page.message.text().startswith("Information item I-00001 drafted")
    window.show_page("information")
    assert [v.code for v in ledger.model.rows] == ["I-00001"]
    assert ledger.model.rows[0].direction == "provided"


def test_audit_page_shows_a_write_made_elsewhere_while_hidden_with_its_count_and_verdict(
        qtbot, window, desk, monkeypatch, settle):
    from ui.dialogs.subject_editor import SubjectEditor

    audit = window.show_page("audit")
    before = audit.model.total
    with qtbot.waitSignal(audit.verified, timeout=10_000):
        audit.verify()
    assert audit.status.text().endswith(f"{before} entries verified")
    page = window.show_page("surveillance")  # the Audit page is hidden from here on

    def fill(editor):
        editor.names.setPlainText("Example Company (invented)")
        editor.period_end.setDate(QDate(2027, 1, 1))
    _officer_saves(qtbot, monkeypatch, SubjectEditor, fill)
    page.new_subject()
    settle()
    assert audit.model.total == before  # hidden: not read yet, only marked stale
    with qtbot.waitSignal(audit.verified, timeout=10_000):  # the chain is verified again
        window.show_page("audit")
    assert audit.model.total == before + 1
    assert audit.count_label.text() == f"{before + 1} entries"
    assert audit.model.row_at(0).action == "surveillance.add_subject"
    assert audit.status.text().endswith(f"{before + 1} entries verified")


def test_audit_page_shown_keeps_the_selected_entry_when_the_log_grows(
        qtbot, window, desk, monkeypatch, settle):
    from ui.dialogs.disclosure import AuthorityDialog

    _subject(desk)
    audit = window.show_page("audit")
    audit.table.selectRow(1)
    chosen = audit.model.row_at(1)
    assert audit.detail.toPlainText().startswith(f"#{chosen.id} ")

    def fill(dialog):
        dialog.name.setText("Example Ministry (invented)")
    _officer_saves(qtbot, monkeypatch, AuthorityDialog, fill)
    AuthorityDialog(desk, audit).exec()  # a write over the shown page
    settle()
    assert audit.model.row_at(0).entity_type == "authority"  # the new entry, on top
    assert audit.model.data(audit.table.currentIndex(), Qt.ItemDataRole.UserRole).id == chosen.id
    assert audit.detail.toPlainText().startswith(f"#{chosen.id} ")


def test_search_results_shown_again_name_a_subject_recorded_since(
        qtbot, window, desk, monkeypatch, settle):
    from ui.dialogs.subject_editor import SubjectEditor

    _subject(desk)
    window.search_field.setText("Example")
    results = window.show_page("search")
    with qtbot.waitSignal(results.finished, timeout=10_000):
        window.run_search()
    assert [h.key for h in results.hits if h.kind == "subject"] == ["S-0001"]
    page = window.show_page("surveillance")

    def fill(editor):
        editor.names.setPlainText("Example Company (invented)")
        editor.period_end.setDate(QDate(2027, 1, 1))
    _officer_saves(qtbot, monkeypatch, SubjectEditor, fill)
    page.new_subject()
    settle()
    with qtbot.waitSignal(results.finished, timeout=10_000):  # the search runs again when shown
        window.show_page("search")
    assert sorted(h.key for h in results.hits if h.kind == "subject") == ["S-0001", "S-0002"]
