"""The surveillance log on screen (Art. 4.2): a movement or sighting names its place in the
dialog, an older entry without one says so, and the timeline reads whole at the default size."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.services.requests.commands import register_incoming
from app.services.surveillance import commands as svc
from app.services.surveillance import observations as obs_svc
from app.store.models import Observation, Subject

LONG_NOTE = ("Seen talking with two men near the container yard gate, then boarded a taxi "
             "towards the city centre; carried a black suitcase (invented)")


def _person(desk) -> str:
    ref = register_incoming(desk, "jp-us-1997", {
        "title": "Special surveillance (invented)", "bases": ["4.2(a)"]}).our_ref
    return svc.add_subject(desk, {"kind": "person", "names": ["田中 翔"], "requests": [ref],
                                  "period_end": "2027-03-01"}).code


def _shown_errors(widget) -> dict[str, str]:
    return {label.objectName(): label.text() for label in widget.findChildren(QLabel)
            if label.objectName().startswith("error_") and not label.isHidden()}


def test_art_4_2_observation_dialog_names_the_missing_place_under_where_and_saves_nothing(
        qtbot, desk, no_modal_boxes, settle):
    from ui.dialogs.observation import ObservationDialog

    code = _person(desk)
    dialog = ObservationDialog(desk, svc.get_subject(desk, code))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "required" in dialog.place.placeholderText().lower()
    dialog.save()
    settle()
    assert _shown_errors(dialog) == {"error_place": "Where: is required for a movement or "
                                     "sighting: give a place or a UN/LOCODE (Art. 4.2)"}
    assert dialog.focusWidget() is dialog.place  # the officer types the place at once
    assert dialog.result_view is None and svc.get_subject(desk, code).observation_count == 0
    dialog.locode.setText("JP YOK")  # as the UN/LOCODE list writes it: not cut to "JP YO"
    dialog.save()
    settle()
    assert dialog.result_view is not None and dialog.result_view.locode == "JPYOK"


def test_art_4_2_an_other_entry_needs_no_place_in_the_dialog(qtbot, desk, settle):
    from ui.dialogs.observation import ObservationDialog

    code = _person(desk)
    dialog = ObservationDialog(desk, svc.get_subject(desk, code))
    qtbot.addWidget(dialog)
    dialog.event.setCurrentIndex(dialog.event.findData("other"))
    assert "required" not in dialog.place.placeholderText().lower()
    dialog.text.setPlainText("Partner reports a new passport (invented)")
    dialog.save()
    settle()
    assert dialog.result_view is not None, dialog.error.text()


def test_art_4_2_timeline_says_the_place_was_not_recorded_for_an_older_entry(qtbot, desk):
    from ui.views.surveillance import SurveillanceView

    code = _person(desk)
    with desk.unit_of_work("test.legacy_observation", "observation") as (s, _note):
        subj = s.execute(select(Subject).where(Subject.code == code)).scalar_one()
        s.add(Observation(subject_id=subj.id, observed_at=desk.now(), event="sighted",
                          actor=desk.actor, created_at=desk.now()))
    view = SurveillanceView(desk)
    qtbot.addWidget(view)
    view.open_subject(code)
    entry = view.page.timeline.topLevelItem(0).child(0)
    assert entry.text(2) == "not recorded" and entry.font(2).italic()
    assert "place not recorded" in entry.toolTip(2)
    view.page.timeline.setCurrentItem(entry)
    assert "Sighted · place not recorded" in view.page.entry.text()


def test_art_4_2_timeline_notes_are_on_screen_at_the_default_window_size(window, desk):
    from ui.views.subject_page import NOTES, NOTES_MIN

    code = _person(desk)
    obs_svc.add_observation(desk, code, {
        "observed_at": "2026-11-20T08:00", "event": "cargo_declared",
        "place": "Yokohama Osanbashi passenger terminal, berth 3", "locode": "JPYOK",
        "source": "Port police patrol, officer on duty (invented)", "text": LONG_NOTE})
    assert window.size().height() == 860 and window.size().width() >= 1400  # the default size
    view = window.show_page("surveillance")
    view.open_subject(code)
    timeline = view.page.timeline
    notes_left = timeline.header().sectionViewportPosition(NOTES)
    # Notes was pushed past the right edge (Where and Source took their whole text's width).
    assert timeline.columnWidth(NOTES) >= NOTES_MIN
    assert notes_left + NOTES_MIN <= timeline.viewport().width()
    assert timeline.horizontalScrollBar().maximum() == 0
    entry = timeline.topLevelItem(0).child(0)
    assert entry.text(NOTES).startswith(LONG_NOTE) and "black suitcase" in entry.toolTip(NOTES)
    # The selected entry reads whole under the timeline, without a mouse.
    assert timeline.currentItem() is entry
    assert view.page.entry.isVisible() and LONG_NOTE in view.page.entry.text()
    assert "Port police patrol, officer on duty (invented)" in view.page.entry.text()


def test_art_4_2_timeline_shows_typed_markup_as_typed(qtbot, desk):
    from ui.views.surveillance import SurveillanceView

    code = _person(desk)
    obs_svc.add_observation(desk, code, {"observed_at": "2026-11-20T08:00", "place": "<b>x</b>",
                                         "text": "<b>x</b> 🙂 田中 Ñandú\nsecond line"})
    view = SurveillanceView(desk)
    qtbot.addWidget(view)
    view.open_subject(code)
    entry = view.page.timeline.topLevelItem(0).child(0)
    assert entry.text(4).startswith("<b>x</b> 🙂 田中 Ñandú second line")  # one line
    assert "&lt;b&gt;x&lt;/b&gt;" in entry.toolTip(4) and "&lt;b&gt;" in entry.toolTip(2)
    assert "<b>x</b> 🙂 田中 Ñandú\nsecond line" in view.page.entry.text()


def test_art_4_2_a_name_typed_as_markup_reads_as_typed_in_the_list_messages_and_report(
        qtbot, desk):
    from PySide6.QtCore import Qt

    from ui.dialogs.observation import ReportBackDialog
    from ui.views.surveillance import SurveillanceView

    ref = register_incoming(desk, "jp-us-1997", {
        "title": "Special surveillance (invented)", "bases": ["4.2(a)"]}).our_ref
    code = svc.add_subject(desk, {"kind": "person", "names": ["<b>x</b> 田中 Ñandú 🙂"],
                                  "requests": [ref], "requested_by": "<i>CBP</i> (invented)",
                                  "period_end": "2027-03-01"}).code
    view = SurveillanceView(desk)
    qtbot.addWidget(view)
    tip = view.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt; 田中 Ñandú 🙂" in tip  # was raw, so Qt showed a bold "x"
    view.say("Possible duplicate — <b>x</b> 田中")
    assert view.message.textFormat() == Qt.TextFormat.PlainText
    o = obs_svc.add_observation(desk, code, {"observed_at": "2026-11-20T08:00", "place": "Narita"})
    dialog = ReportBackDialog(desk, svc.get_subject(desk, code), [o.id])
    qtbot.addWidget(dialog)
    head = next(label for label in dialog.findChildren(QLabel) if "<i>CBP</i>" in label.text())
    assert head.textFormat() == Qt.TextFormat.PlainText


def test_art_4_2_the_where_hint_reads_whole_in_the_observation_dialog(qtbot, desk):
    from ui.dialogs.observation import ObservationDialog

    dialog = ObservationDialog(desk, svc.get_subject(desk, _person(desk)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for event in ("arrived", "other"):
        dialog.event.setCurrentIndex(dialog.event.findData(event))
        hint = dialog.place.placeholderText()
        # The hint that says the place is required was cut to "Port, airport or address, e.g. …".
        assert dialog.place.fontMetrics().horizontalAdvance(hint) + 12 <= dialog.place.width()
