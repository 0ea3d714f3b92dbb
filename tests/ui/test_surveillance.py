"""The Surveillance view and its dialogs (Art. 4.2), driven headless."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from app.services.requests.commands import register_incoming
from app.services.surveillance import commands as svc
from app.services.surveillance import observations as obs_svc


def _request(desk) -> str:
    return register_incoming(desk, "jp-us-1997", {
        "title": "Special surveillance (invented)", "bases": ["4.2(a)"]}).our_ref


def _person(desk, ref):
    return svc.add_subject(desk, {"kind": "person", "names": ["田中 翔"], "requests": [ref],
                                  "period_end": "2027-03-01"})


def test_art_4_2_view_lists_subjects_and_shows_the_log_grouped_by_day(qtbot, desk):
    from ui.views.surveillance import SurveillanceView

    ref = _request(desk)
    person = _person(desk, ref)
    obs_svc.add_observation(desk, person.code, {"observed_at": "2026-11-20T08:00",
                                                "event": "arrived", "place": "Yokohama",
                                                "locode": "JPYOK"})
    view = SurveillanceView(desk)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 4).data() == "Active"  # the code "active" in words
    view.open_subject(person.code)
    page = view.page
    assert "S-0001" in page.header.text() and "ACTIVE" in page.header.text()
    day = page.timeline.topLevelItem(0)
    assert day.text(0) == "Fri 2026-11-20"
    assert (day.child(0).text(1), day.child(0).text(2)) == ("Arrived", "Yokohama (JPYOK)")
    assert ref in page.facts.toPlainText()


def test_art_4_2_subject_editor_saves_and_reports_the_container_check_digit(qtbot, desk, settle):
    from ui.dialogs.subject_editor import SubjectEditor

    editor = SubjectEditor(desk)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("goods"))
    editor.detail_edits["description"].setText("Wrist watches (invented)")
    editor.add_identifier("container", "MSCU1234560")
    editor.period_end.setDate(QDate(2027, 1, 1))
    editor.save()
    settle()
    assert editor.result() == editor.DialogCode.Accepted, editor.error.text()
    assert editor.result_view.warnings == (
        "container MSCU1234560: check digit should be 6 (ISO 6346)",)


def test_art_4_2_subject_editor_keeps_a_refused_period_on_screen(qtbot, desk, settle):
    from ui.dialogs.subject_editor import SubjectEditor

    editor = SubjectEditor(desk)
    qtbot.addWidget(editor)
    editor.names.setPlainText("Example Person (invented)")
    editor.period_start.setDate(QDate(2026, 12, 1))
    editor.period_end.setDate(QDate(2026, 11, 30))
    editor.save()
    settle()
    assert editor.result_view is None
    assert editor.errors.text("period_end").startswith(
        "Surveillance period (until): 2026-11-30 is before the start")
    assert svc.list_subjects(desk) == []


def test_art_4_2_quick_check_finds_a_romanised_name_and_flags_a_check_digit(qtbot, desk):
    from ui.dialogs.quick_check import QuickCheckDialog

    _person(desk, _request(desk))
    dialog = QuickCheckDialog(desk)
    qtbot.addWidget(dialog)
    dialog.query.setText("Syo Tanaka")
    dialog.run()  # the first check builds the watch list on a worker
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=30_000)
    assert dialog.results.topLevelItem(0).text(1) == "S-0001"
    with qtbot.waitSignal(dialog.open_subject) as opened:
        dialog._open(dialog.results.topLevelItem(0), 0)
    assert opened.args == ["S-0001"]
    dialog.query.setText("IMO 9074728")
    dialog.run()
    assert dialog.check.text() == "⚠ IMO 9074728: check digit should be 9"
    assert dialog.summary.text() == "No subject on the watch list matches."


def test_art_4_2_observation_dialog_refuses_a_date_before_the_request(qtbot, desk, settle):
    from PySide6.QtCore import QDateTime, QTimeZone

    from ui.dialogs.observation import ObservationDialog

    person = _person(desk, _request(desk))
    dialog = ObservationDialog(desk, svc.get_subject(desk, person.code))
    qtbot.addWidget(dialog)
    dialog.observed_at.setDateTime(QDateTime.fromString("2026-11-19T10:00:00Z", Qt.DateFormat.ISODate)
                                   .toTimeZone(QTimeZone.utc()))
    dialog.save()
    settle()
    assert dialog.result_view is None
    assert dialog.errors.text("observed_at").startswith("When (UTC): 2026-11-19 is before request")


def test_art_4_2_observation_dialog_saves_with_an_attachment(qtbot, desk, tmp_path):
    from ui.dialogs.observation import ObservationDialog

    person = _person(desk, _request(desk))
    photo = tmp_path / "pier.jpg"
    photo.write_bytes(b"\xff\xd8 invented")
    dialog = ObservationDialog(desk, svc.get_subject(desk, person.code))
    qtbot.addWidget(dialog)
    dialog.place.setText("Yokohama")
    dialog.locode.setText("jpyok")
    dialog.add_file(photo)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)  # files stored on a worker
    assert dialog.result_view is not None, dialog.error.text()
    saved = obs_svc.get_observation(desk, dialog.result_view.id)
    assert saved.locode == "JPYOK" and [a.filename for a in saved.attachments] == ["pier.jpg"]
    # The saved observation must not hide QDialog.result(), which Qt and callers rely on.
    assert dialog.result() == dialog.DialogCode.Accepted


def test_art_4_2_report_back_drafts_an_information_item_from_ticked_observations(qtbot, desk, settle):
    from ui.dialogs.observation import ReportBackDialog

    person = _person(desk, _request(desk))
    o = obs_svc.add_observation(desk, person.code, {"observed_at": "2026-11-20T08:00",
                                                    "event": "departed", "place": "Narita"})
    dialog = ReportBackDialog(desk, svc.get_subject(desk, person.code), [o.id])
    qtbot.addWidget(dialog)
    assert "departed" in dialog.summary.toPlainText()
    dialog.save()
    settle()
    assert dialog.result_view.direction == "provided" and dialog.result_view.request_ref == "JC-US-2026-0001"


def test_main_window_ctrl_shift_f_opens_the_quick_check(window):
    from ui.dialogs.quick_check import QuickCheckDialog

    action = window.findChild(type(window.act_quick_check), "action_quick_check")
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    action.trigger()
    assert window.findChild(QuickCheckDialog, "quick_check") is not None


def test_main_window_loads_the_surveillance_page_and_opens_a_due_subject(window, desk):
    from ui.views.surveillance import SurveillanceView

    person = _person(desk, _request(desk))
    assert window.open_due_item("surveillance-end", person.code)
    page = window.page("surveillance")
    assert isinstance(page, SurveillanceView)
    assert page.current_code() == person.code


def test_art_4_2_subject_list_reads_pages_not_a_query_per_subject(qtbot, desk):
    """The list model holds one page and fetches the next on demand (100k subjects stay quick)."""
    from ui.views import subject_table
    from ui.views.surveillance import SurveillanceView

    ref = _request(desk)
    for i in range(5):
        svc.add_subject(desk, {"kind": "goods", "details": {"description": f"Watches lot {i} (invented)"},
                               "requests": [ref], "period_end": "2027-03-01"})
    old = subject_table.SubjectTableModel.page_size
    subject_table.SubjectTableModel.page_size = 2
    try:
        view = SurveillanceView(desk)
        qtbot.addWidget(view)
        assert (view.model.total, view.model.rowCount()) == (5, 5)  # the SQL COUNT
        assert view.model.fetched_rows <= 2  # a page of rows at most, not the whole list
        view.open_subject("S-0001")  # the oldest: on the last page
        assert view.current_code() == "S-0001" and view.model.rowCount() == 5
    finally:
        subject_table.SubjectTableModel.page_size = old


def test_art_4_2_empty_subject_list_says_how_to_start(qtbot, desk):
    from ui.views.surveillance import SurveillanceView

    view = SurveillanceView(desk)
    qtbot.addWidget(view)
    assert view.table.isHidden() and "New subject" in view.empty.text()
