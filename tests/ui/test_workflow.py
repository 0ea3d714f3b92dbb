"""Workflow actions and the Art. 11 outcome dialog: only allowed moves, problems shown live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QPushButton

from app.services.requests import commands as svc
from ui.dialogs.outcome import OutcomeDialog
from ui.widgets.workflow_bar import WorkflowBar


@pytest.fixture(autouse=True)
def warnings_shown(monkeypatch):
    """Warnings would block a headless run; record them instead."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def incoming(desk, fields, status="received"):
    """An incoming request moved on to ``status`` through the plain transitions."""
    ref = svc.register_incoming(desk, "jp-us-1997", fields).our_ref
    path = {"received": [], "acknowledged": ["acknowledged"],
            "in-progress": ["acknowledged", "in-progress"]}[status]
    for step in path:
        svc.transition(desk, ref, step)
    return ref


def dialog(qtbot, desk, ref, target):
    d = OutcomeDialog(desk, ref, target)
    qtbot.addWidget(d)
    return d


def test_art_11_4_refusal_with_an_11_1_ground_and_statement_stores_the_outcome(qtbot, desk, complete_fields, settle):
    ref = incoming(desk, complete_fields)
    d = dialog(qtbot, desk, ref, "refused")
    ok = d.findChild(QPushButton, "button_ok")
    assert not ok.isEnabled()
    d.set_grounds(["11.1-sovereignty"])
    assert not ok.isEnabled()  # the statement of reasons is still missing (Art. 11.4)
    d.findChild(object, "statement_edit").setPlainText("Execution would infringe sovereignty (invented).")
    d.findChild(object, "accompanying_edit").setPlainText("Try the diplomatic channel (invented).")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle()
    assert d.result() == OutcomeDialog.DialogCode.Accepted
    view = svc.get_request(desk, ref)
    assert view.status == "refused"
    outcome = view.outcomes[-1]
    assert outcome.decision == "refused" and outcome.grounds == ("11.1-sovereignty",)
    assert outcome.statement == "Execution would infringe sovereignty (invented)."
    assert outcome.accompanying_info == "Try the diplomatic channel (invented)."


def test_art_11_4_ok_stays_disabled_with_no_ground(qtbot, desk, complete_fields, settle):
    ref = incoming(desk, complete_fields)
    d = dialog(qtbot, desk, ref, "refused")
    d.statement_edit.setPlainText("Reasons (invented).")
    assert not d.button_ok.isEnabled()
    problems = d.findChild(QLabel, "problems_label")
    assert problems.text().startswith("Grounds:") and "11.4" in problems.text()
    d.accept()  # even forced, nothing is written
    settle()
    assert svc.get_request(desk, ref).status == "received"


def test_grounds_list_offers_only_grounds_the_catalogue_allows_for_the_outcome(qtbot, desk, complete_fields):
    ref = incoming(desk, complete_fields, "in-progress")
    refuse = dialog(qtbot, desk, ref, "refused")
    codes = [refuse.grounds_list.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(refuse.grounds_list.count())]
    assert "outside-scope" in codes and "11.1-sovereignty" in codes
    postpone = dialog(qtbot, desk, ref, "postponed")
    codes = [postpone.grounds_list.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(postpone.grounds_list.count())]
    assert "outside-scope" not in codes  # a scope problem is a refusal, not a postponement
    assert postpone.grounds_list.item(0).text().startswith("Art. ")


def test_art_11_4_postponement_with_an_unreadable_date_keeps_ok_disabled(qtbot, desk, complete_fields, settle):
    ref = incoming(desk, complete_fields, "in-progress")
    d = dialog(qtbot, desk, ref, "postponed")
    d.set_grounds(["2.2-resources"])
    d.statement_edit.setPlainText("Resources are committed elsewhere until spring (invented).")
    d.postponed_until.setText("spring")
    assert not d.button_ok.isEnabled() and "Postponed until" in d.problems_label.text()
    d.postponed_until.setText("2026-11-01")
    assert not d.button_ok.isEnabled() and "in the past" in d.problems_label.text()
    d.postponed_until.setText("2027-03-01")
    assert d.button_ok.isEnabled()
    d.accept()
    settle()
    assert svc.get_request(desk, ref).outcomes[-1].postponed_until.isoformat() == "2027-03-01"


def test_art_11_1_conditional_execution_needs_the_conditions(qtbot, desk, complete_fields, settle):
    ref = incoming(desk, complete_fields, "in-progress")
    d = dialog(qtbot, desk, ref, "conditional")
    assert not d.conditions_edit.isHidden()
    assert not d.button_ok.isEnabled() and "11.1" in d.problems_label.text()
    d.conditions_edit.setPlainText("Only for the customs inquiry named in the request (invented).")
    assert d.button_ok.isEnabled()
    d.accept()
    settle()
    assert svc.get_request(desk, ref).status == "conditional"


def test_art_11_3_withholding_presets_the_ongoing_proceedings_ground_and_leaving_needs_consultation(
        qtbot, desk, complete_fields, settle):
    ref = incoming(desk, complete_fields, "in-progress")
    withhold = dialog(qtbot, desk, ref, "withheld")
    assert withhold.grounds() == ["11.3-ongoing-proceedings"]
    assert withhold.consultation_edit.isHidden()
    withhold.accept()
    settle()
    assert svc.get_request(desk, ref).status == "withheld"

    resume = dialog(qtbot, desk, ref, "in-progress")
    assert not resume.consultation_edit.isHidden()
    assert not resume.button_ok.isEnabled() and "11.3" in resume.problems_label.text()
    resume.consultation_edit.setPlainText("Partner agreed to wait for the trial (invented).")
    assert resume.button_ok.isEnabled()
    resume.accept()
    settle()
    view = svc.get_request(desk, ref)
    assert view.status == "in-progress"
    assert view.outcomes[-1].consultation_outcome == "Partner agreed to wait for the trial (invented)."


def bar(qtbot, desk, ref):
    b = WorkflowBar(desk)
    qtbot.addWidget(b)
    b.set_request(svc.get_request(desk, ref))
    return b


def test_workflow_bar_offers_only_the_moves_the_lifecycle_allows(qtbot, desk, complete_fields):
    ref = incoming(desk, complete_fields)
    b = bar(qtbot, desk, ref)
    assert sorted(b.visible_actions()) == sorted(svc.get_request(desk, ref).allowed_transitions)
    assert b.findChild(QPushButton, "action_executed").isHidden()
    assert not b.findChild(QPushButton, "action_refused").isHidden()
    b.set_request(None)
    assert b.visible_actions() == []


def test_workflow_bar_acknowledge_then_start_broadcast_the_request(qtbot, desk, complete_fields,
                                                                  settle):
    from ui import ops

    ref = incoming(desk, complete_fields)
    b = bar(qtbot, desk, ref)
    with qtbot.waitSignal(ops.bus().changed) as signal:
        qtbot.mouseClick(b.findChild(QPushButton, "action_acknowledged"), Qt.MouseButton.LeftButton)
    assert svc.get_request(desk, ref).status == "acknowledged"
    assert signal.args[0].touches("request") and signal.args[0].touches("audit_entry")
    settle()
    qtbot.mouseClick(b.findChild(QPushButton, "action_in-progress"), Qt.MouseButton.LeftButton)
    settle()
    assert svc.get_request(desk, ref).status == "in-progress"
    assert not b.findChild(QPushButton, "action_executed").isHidden()


def test_workflow_bar_refuse_goes_through_the_outcome_dialog(qtbot, desk, complete_fields, monkeypatch,
                                                            settle):
    ref = incoming(desk, complete_fields)

    def fill_and_accept(self):
        self.set_grounds(["11.1-security"])
        self.statement_edit.setPlainText("Security (invented).")
        self.accept()
        qtbot.waitUntil(lambda: not self.busy, timeout=10_000)  # stored by an op, then closed
        return self.result()

    monkeypatch.setattr(OutcomeDialog, "exec", fill_and_accept)
    b = bar(qtbot, desk, ref)
    assert b.run("refused")
    settle()
    assert svc.get_request(desk, ref).outcomes[-1].grounds == ("11.1-security",)
    assert b.visible_actions() == ["closed"]


def test_workflow_bar_cancelled_dialog_changes_nothing(qtbot, desk, complete_fields, monkeypatch):
    ref = incoming(desk, complete_fields)
    monkeypatch.setattr(OutcomeDialog, "exec", lambda self: OutcomeDialog.DialogCode.Rejected)
    b = bar(qtbot, desk, ref)
    assert not b.run("refused")
    assert svc.get_request(desk, ref).status == "received"


def test_workflow_bar_withdraw_asks_first(qtbot, desk, complete_fields, monkeypatch, settle):
    ref = incoming(desk, complete_fields)
    b = bar(qtbot, desk, ref)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not b.run("withdrawn")
    assert svc.get_request(desk, ref).status == "received"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert b.run("withdrawn")
    settle()
    assert svc.get_request(desk, ref).status == "withdrawn"


def test_art_7_2_send_action_is_disabled_with_the_reason_while_incomplete(qtbot, desk, complete_fields,
                                                                         settle):
    ref = svc.draft_outgoing(desk, "jp-us-1997", {**complete_fields, "object_and_reason": None}).our_ref
    b = bar(qtbot, desk, ref)
    send = b.findChild(QPushButton, "action_sent")
    assert not send.isHidden() and not send.isEnabled()
    assert "7.2(c)" in send.toolTip()
    svc.edit_request(desk, ref, {"object_and_reason": "Confirm the export (invented)"})
    b.set_request(svc.get_request(desk, ref))
    assert send.isEnabled()
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    settle()
    assert svc.get_request(desk, ref).status == "sent"


def test_workflow_bar_assign_records_the_officer(qtbot, desk, complete_fields, monkeypatch, settle):
    ref = incoming(desk, complete_fields)
    b = bar(qtbot, desk, ref)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Officer Sato (invented)", True))
    assert b.assign()
    settle()
    assert svc.get_request(desk, ref).assigned_to == "Officer Sato (invented)"


def test_workflow_bar_shows_a_refused_assignment_as_a_warning(qtbot, desk, complete_fields, monkeypatch,
                                                              warnings_shown, settle):
    ref = incoming(desk, complete_fields)
    b = bar(qtbot, desk, ref)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("x" * 10_000, True))
    b.assign()
    settle()
    assert warnings_shown and warnings_shown[0].startswith("officer:")
    assert svc.get_request(desk, ref).assigned_to is None
