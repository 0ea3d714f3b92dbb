"""Ending and extending a surveillance (Art. 4.2) from the Surveillance page, as an officer
would: the period ending shows in Due & overdue, extending or lifting clears it, and a refused
lift is named under its field with nothing changed."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from app.services.requests.commands import register_incoming
from app.services.surveillance import commands as svc


def _shown_errors(widget) -> dict[str, str]:
    return {label.objectName(): label.text() for label in widget.findChildren(QLabel)
            if label.objectName().startswith("error_") and not label.isHidden()}


def _person(desk, end: str = "2027-03-01") -> str:
    ref = register_incoming(desk, "jp-us-1997", {
        "title": "Special surveillance (invented)", "bases": ["4.2(a)"]}).our_ref
    return svc.add_subject(desk, {"kind": "person", "names": ["<b>x</b> 田中 Ñandú 🙂"],
                                  "requests": [ref], "period_start": "2026-11-20",
                                  "period_end": end}).code


def test_art_4_2_lift_without_a_reason_is_named_under_reason_and_nothing_changes(qtbot, desk, settle):
    from ui.dialogs.subject_period import LiftDialog

    code = _person(desk)
    dialog = LiftDialog(desk, svc.get_subject(desk, code))
    qtbot.addWidget(dialog)
    dialog.save()
    settle()
    assert _shown_errors(dialog) == {"error_reason": "Reason: is required (Art. 4.2)"}
    dialog.reason.setText("Partner asked to stop (invented)")
    dialog.lifted_on.setDate(QDate(2026, 11, 1))
    dialog.save()
    settle()
    assert _shown_errors(dialog) == {"error_lifted_on": "Lifted on: 2026-11-01 is before the "
                                     "period started (2026-11-20) (Art. 4.2)"}
    assert svc.get_subject(desk, code).status == "active"
    dialog.lifted_on.setDate(QDate(2026, 11, 20))
    dialog.save()
    settle()
    assert dialog.result_view.status == "lifted" and dialog.result_view.lifted_on.isoformat() == "2026-11-20"


def test_art_4_2_period_ending_shows_in_due_and_overdue_until_extended_or_lifted(
        qtbot, window, desk, monkeypatch, settle):
    from ui.dialogs.subject_period import ExtendDialog, LiftDialog

    code = _person(desk, end="2026-11-25")
    due = window.show_page("due")
    assert [(r.kind, r.key) for r in due.clocks()] == [("surveillance-end", code)]
    view = window.show_page("surveillance")
    view.open_subject(code)

    def extend(dialog):
        dialog.new_end.setDate(QDate(2026, 11, 27))
        dialog.reason.setText("Partner asked for two more days (invented)")
        dialog.save()
        settle()
        return dialog.result()

    monkeypatch.setattr(ExtendDialog, "exec", extend)
    view.page.extend()
    assert "2026-11-27" in view.page.facts.toPlainText()  # the page re-read on the broadcast
    # Due & overdue re-reads by itself when shown again (no F5): it follows the broadcast.
    window.show_page("due")
    qtbot.waitUntil(lambda: [(r.kind, r.texts[0]) for r in due.clocks()]
                    == [("surveillance-end", "2026-11-27")], timeout=10_000)

    def lift(dialog):
        dialog.reason.setText("Subject left the territory (invented)")
        dialog.save()
        settle()
        return dialog.result()

    monkeypatch.setattr(LiftDialog, "exec", lift)
    window.show_page("surveillance")
    view.page.lift()
    assert "lifted" in view.message.text()
    window.show_page("due")
    qtbot.waitUntil(lambda: due.clocks() == [], timeout=10_000)
