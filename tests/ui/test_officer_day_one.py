"""Defects a new officer's first day found (install, a morning's work on the demo data, keyboard
only), each test named after the rule it guards: the windows fit a 1,366 x 768 laptop, the
written confirmation of an oral request can be recorded (Art. 7.1), a subject can be linked from
the request that asks for it (Art. 4.2), and the detail pane reads whole without a sideways
scroll bar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea

from app.services.requests import commands as svc
from app.services.surveillance import commands as surveillance
from app.treaty.errors import RuleViolation
from ui.dialogs.link_subject import LinkSubjectDialog
from ui.dialogs.oral_confirmation import OralConfirmationDialog
from ui.ops import bus
from ui.widgets.request_detail import RequestDetail
from ui.widgets.workflow_bar import WorkflowBar

#: Free area of a 1,366 x 768 laptop screen with a 40 px taskbar.
LAPTOP_FREE = (1366, 728)
#: What a window manager adds above and around a window (title bar, borders).
TITLE_BAR = 30


def _oral(desk, complete_fields) -> str:
    fields = dict(complete_fields, form="oral", oral_at="2026-11-20 08:15")
    return svc.register_incoming(desk, "jp-us-1997", fields).our_ref


def _bar(qtbot, desk, ref) -> WorkflowBar:
    bar = WorkflowBar(desk)
    qtbot.addWidget(bar)
    bar.set_request(svc.get_request(desk, ref))
    return bar


# -- windows on a laptop screen ---------------------------------------------------------------

def test_main_window_and_request_editor_open_within_a_1366_by_768_laptop_screen(
        qtbot, desk, data_dir, office_screen, no_modal_boxes):
    from ui.dialogs.request_editor import RequestEditor
    from ui.main_window import MainWindow

    office_screen(*LAPTOP_FREE)
    win = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(win)
    editor = RequestEditor(desk, "incoming", None, win)
    qtbot.addWidget(editor)
    for widget in (win, editor):
        # Save and Close at the bottom of the editor stay above the taskbar.
        assert widget.width() <= LAPTOP_FREE[0]
        assert widget.height() + TITLE_BAR <= LAPTOP_FREE[1]
        assert widget.minimumSizeHint().height() <= widget.height()


def test_on_an_office_monitor_the_windows_keep_their_roomy_default_size(
        qtbot, desk, data_dir, no_modal_boxes):
    from ui.dialogs.request_editor import RequestEditor
    from ui.main_window import MainWindow

    win = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(win)
    editor = RequestEditor(desk, "incoming", None, win)
    qtbot.addWidget(editor)
    assert (win.width(), win.height()) == (1400, 860)
    assert (editor.width(), editor.height()) == (1120, 800)


# -- Art. 7.1: the written confirmation of an oral request ------------------------------------

def test_art_7_1_written_confirmation_of_an_oral_request_is_recorded_from_the_workflow_bar(
        qtbot, desk, complete_fields, monkeypatch):
    ref = _oral(desk, complete_fields)
    bar = _bar(qtbot, desk, ref)
    button = bar.findChild(QPushButton, "action_confirm_oral")
    assert not button.isHidden()
    asked = []

    def answer(dialog):  # the officer keeps the day offered and saves
        asked.append(dialog.day.date().toPython())
        dialog.save()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)  # stored by an op, then closed
        return dialog.result()

    monkeypatch.setattr(OralConfirmationDialog, "exec", answer)
    with qtbot.waitSignal(bus().changed):
        button.click()
    assert asked == [date(2026, 11, 20)]  # today is offered
    view = svc.get_request(desk, ref)
    assert view.confirmed_on == date(2026, 11, 20)
    assert view.confirmation_state != "unconfirmed"
    assert button.isHidden()  # confirmed once: not offered again


def test_art_7_1_confirmation_before_the_oral_request_is_refused_naming_the_day_and_nothing_stored(
        qtbot, desk, complete_fields, settle):
    ref = _oral(desk, complete_fields)
    dialog = OralConfirmationDialog(desk, svc.get_request(desk, ref))
    qtbot.addWidget(dialog)
    assert dialog.day.maximumDate().toPython() == date(2026, 11, 20)  # no day after today
    dialog.day.setDate(date(2026, 11, 19))
    dialog.save()
    settle()
    assert dialog.result() != dialog.DialogCode.Accepted  # stays open with the problem shown
    shown = dialog.findChild(QLabel, "error_confirmed_on").text()
    assert shown == "Day of the written confirmation: is before the oral request was made (Art. 7.1)"
    assert svc.get_request(desk, ref).confirmed_on is None


def test_art_7_1_a_confirmation_dated_in_the_future_is_refused_by_the_service(desk, complete_fields):
    ref = _oral(desk, complete_fields)
    with pytest.raises(RuleViolation) as exc:
        svc.confirm_oral(desk, ref, "2026-11-21")
    assert exc.value.field == "confirmed_on" and exc.value.article == "7.1"
    assert svc.get_request(desk, ref).confirmed_on is None


def test_art_7_1_a_written_request_offers_no_confirmation(qtbot, desk, complete_fields):
    ref = svc.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    assert _bar(qtbot, desk, ref).findChild(QPushButton, "action_confirm_oral").isHidden()


# -- Art. 4.2: a subject linked from its request ----------------------------------------------

@pytest.fixture
def surveillance_request(desk, complete_fields):
    fields = dict(complete_fields, bases=["4.2(a)"], extra={"person_identity": "TANAKA Sho"})
    return svc.register_incoming(desk, "jp-us-1997", fields).our_ref


def test_art_4_2_a_subject_is_linked_from_the_request_that_asks_for_surveillance(
        qtbot, desk, surveillance_request, monkeypatch):
    ours = surveillance.add_subject(desk, {"kind": "person", "names": ["田中 翔 (invented)"],
                                           "agreement": "jp-us-1997", "period_end": "2027-03-01"}).code
    other = surveillance.add_subject(desk, {"kind": "person", "names": ["Otro (inventado)"],
                                            "agreement": "jp-mx-2017", "period_end": "2027-03-01"}).code
    detail = RequestDetail(desk)
    qtbot.addWidget(detail)
    detail.show()  # the pane re-reads on the broadcast while it is shown
    detail.show_ref(surveillance_request)
    offered = []

    def pick(dialog):  # the officer takes the first subject offered
        offered.extend(dialog.results.item(i).text() for i in range(dialog.results.count()))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LinkSubjectDialog, "exec", pick)
    with qtbot.waitSignal(bus().changed):
        detail.findChild(QPushButton, "detail_link_subject").click()
    assert offered[0].startswith(ours)
    assert not any(item.startswith(other) for item in offered)  # another agreement's subject
    assert detail.view.subjects == (ours,)
    assert (surveillance_request, "surveillance") in surveillance.get_subject(desk, ours).requests
    assert ours in detail.findChild(QLabel, "detail_subjects").text()


def test_art_4_2_linking_a_subject_is_not_offered_for_a_closed_request(
        qtbot, desk, surveillance_request):
    svc.transition(desk, surveillance_request, "withdrawn")
    detail = RequestDetail(desk)
    qtbot.addWidget(detail)
    detail.show()  # the pane re-reads on the broadcast while it is shown
    detail.show_ref(surveillance_request)
    assert not detail.findChild(QPushButton, "detail_link_subject").isEnabled()


# -- the detail pane on a laptop ---------------------------------------------------------------

def test_detail_pane_captions_wrap_so_no_value_hides_behind_a_sideways_scroll_bar(
        qtbot, window, desk, complete_fields):
    ref = svc.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    window.resize(1366, 688)
    page = window.show_page("incoming")
    page.refresh()
    page.open_ref(ref)
    qtbot.wait(50)
    scroll = page.detail.findChild(QScrollArea, "detail_scroll")
    assert scroll.horizontalScrollBar().maximum() == 0
    caption = next(label for label in page.detail.body.findChildren(QLabel)
                   if label.text().startswith("(e) Description of the matter"))
    assert caption.isVisible() and caption.geometry().right() <= scroll.viewport().width()


# -- first run ---------------------------------------------------------------------------------

def test_first_run_shows_it_is_creating_the_store_while_the_store_and_demo_data_are_made(
        qtbot, data_dir):
    import ui.dialogs.first_run as first_run

    wizard = first_run.FirstRunWizard(data_dir, keyring_available=True)
    qtbot.addWidget(wizard)
    wizard.name_edit.setText("山田 太郎 (invented)")
    wizard.title_edit.setText("Funcionaria de enlace aduanero (inventado)")
    wizard.demo_box.setChecked(True)
    assert wizard.start_setup() is not None  # runs off the UI thread (tests/ui/test_responsive_ui)
    assert not wizard.busy_label.isHidden() and not wizard.busy_bar.isHidden()
    assert wizard.busy_label.text() == ("Creating your encrypted store and the trial desk with "
                                        "the demo data…")
    qtbot.waitUntil(lambda: not wizard.busy, timeout=60_000)
    wizard.desk.db.close()
    wizard.trial_desk.db.close()
    assert wizard.busy_label.isHidden() and wizard.busy_bar.isHidden()  # gone afterwards
