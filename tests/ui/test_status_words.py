"""Statuses read as words on every screen; the store, the filter, the sort
and the CLI keep the codes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services.requests import commands as svc
from app.treaty.lifecycle import Status
from ui.models.request_table import COLUMNS, RequestTableModel
from ui.widgets.filter_chips import FilterChips
from ui.widgets.labels import STATUS_LABELS, status_label
from ui.widgets.request_detail import RequestDetail

STATUS_COLUMN = [k for k, _ in COLUMNS].index("status")


def in_progress(desk, fields) -> str:
    ref = svc.register_incoming(desk, "jp-us-1997", fields).our_ref
    svc.transition(desk, ref, "acknowledged")
    svc.transition(desk, ref, "in-progress")
    return ref


def test_every_lifecycle_status_has_words_of_its_own():
    assert set(STATUS_LABELS) == {s.value for s in Status}
    assert len(set(STATUS_LABELS.values())) == len(STATUS_LABELS)
    assert status_label("in-progress") == "In progress"
    assert status_label("partially-executed") == "Partially executed"
    assert status_label("withheld") == "Withheld (Art. 11.3)"  # the article says what it means
    assert status_label("recorded") == "Recorded"  # spontaneous information received
    assert status_label("under-review") == "Under review"  # an unknown code still reads as words
    assert status_label(None) == ""


def test_request_list_shows_the_status_in_words_but_filters_and_sorts_on_the_code(
        qtbot, desk, complete_fields):
    ref = in_progress(desk, complete_fields)
    svc.register_incoming(desk, "jp-us-1997", complete_fields)  # stays "received"
    model = RequestTableModel(desk, "incoming")
    model.update_filter(statuses=("in-progress",))
    assert model.rowCount() == 1 and model.ref_at(0) == ref
    assert model.data(model.index(0, STATUS_COLUMN)) == "In progress"
    assert model.row_at(0).status == "in-progress"
    model.update_filter(statuses=())
    model.sort(STATUS_COLUMN)
    assert [model.row_at(i).status for i in range(2)] == ["in-progress", "received"]


def test_status_chip_offers_words_and_filters_by_code(qtbot, desk):
    chips = FilterChips(desk, "spontaneous")
    qtbot.addWidget(chips)
    texts = {code: action.text() for code, action in chips.status_actions.items()}
    assert texts["recorded"] == "Recorded" and texts["draft"] == "Draft"
    chips.set_statuses(["recorded"])
    assert chips.values()["statuses"] == ("recorded",)
    assert chips.status_button.text() == "Status: Recorded"


def test_detail_heading_and_history_read_the_status_in_words(qtbot, desk, complete_fields):
    ref = in_progress(desk, complete_fields)
    detail = RequestDetail(desk)
    qtbot.addWidget(detail)
    detail.show_ref(ref)
    assert "status: <b>In progress</b>" in detail.heading.text()
    history = [label.text() for label in detail.findChild(object, "detail_history").findChildren(QLabel)]
    assert any("Acknowledged → In progress" in text for text in history), history
    assert not any("in-progress" in text for text in history)
