"""The Agreements page says each agreement's own notice period and article (Japan–US Art. 14.2:
three months; an invented agreement here gives six months under its Art. 16.2)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from app.services.agreements.catalogue import list_agreements, save_agreement
from tests.unit.services.test_agreement_clocks import KEY, six_month_catalogue
from ui.views.agreements import AgreementsView, TerminationDialog


def test_art_14_2_notice_dialog_takes_effect_line_shows_the_agreements_period(qtbot, desk):
    dlg = TerminationDialog("Invented agreement", date(2026, 5, 25), months=6, article="16.2")
    qtbot.addWidget(dlg)
    effect = dlg.findChild(QLabel, "termination_effect").text()
    assert "+6 calendar months (Art. 16.2)" in effect and "2026-11-25" in effect
    header = dlg.findChildren(QLabel)[0].text()
    assert "six months after written notice (Art. 16.2)" in header
    assert dlg.windowTitle() == "Notice of termination (Art. 16.2)"


def test_art_14_2_agreements_page_opens_the_dialog_with_the_selected_agreements_clause(
        qtbot, desk, monkeypatch, settle):
    save_agreement(desk, six_month_catalogue())
    view = AgreementsView(desk)
    qtbot.addWidget(view)
    view.show()  # the page re-reads the notice recorded while it is shown
    seen = []

    def officer(dialog):
        seen.append(dialog.findChild(QLabel, "termination_effect").text())
        return 1

    monkeypatch.setattr(TerminationDialog, "exec", officer)
    view.select_key(KEY)
    assert "six months after written notice (Art. 16.2)" in view.hint.text()
    assert view.terminate_selected() is True
    settle()
    assert "+6 calendar months (Art. 16.2)" in seen[0]
    row = view.tree.currentItem()
    assert "(Art. 16.2)" in row.toolTip(5) and row.text(6) == "—"
    view.select_key("jp-us-1997")
    assert "three months after written notice (Art. 14.2)" in view.hint.text()
    end = next(a for a in list_agreements(desk) if a.key == KEY).termination_on
    assert end == date(2027, 5, 20)  # notice given on the desk's today, 2026-11-20


def test_art_14_2_notice_dialog_follows_a_catalogue_saved_while_the_page_is_open(
        qtbot, desk, monkeypatch):
    save_agreement(desk, six_month_catalogue())
    view = AgreementsView(desk)
    qtbot.addWidget(view)
    # Saved from elsewhere (`agreement save`) after the page was read: now nine months, Art. 16.2.
    save_agreement(desk, six_month_catalogue(termination={"notice_months": 9, "article": "16.2"}))
    seen = []

    def officer(dialog):
        seen.append(dialog.findChild(QLabel, "termination_effect").text())
        return 0  # cancelled: nothing recorded

    monkeypatch.setattr(TerminationDialog, "exec", officer)
    view.select_key(KEY)
    assert view.terminate_selected() is False
    assert "+9 calendar months (Art. 16.2)" in seen[0]
