"""Words, not codes, on screen: the Audit page names actions and records in words and shows an
entry's change as "field: before → after" lines, and the detail pane shows an outcome's grounds
as the catalogue's words (Art. 11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.cli import audit_words
from app.services.requests import commands as rq
from ui.widgets import labels


def test_the_desktop_and_the_command_line_word_every_audit_action_and_field_alike():
    assert labels.AUDIT_ACTION_LABELS == audit_words.ACTION_WORDS
    assert labels.AUDIT_FIELD_LABELS == audit_words.FIELD_WORDS
    assert labels.AUDIT_ENTITY_LABELS == audit_words.ENTITY_WORDS


def _select(page, action: str) -> None:
    for row in range(page.model.rowCount()):
        entry = page.model.row_at(row)
        if entry is not None and entry.action == action:
            page.table.setCurrentIndex(page.model.index(row, 0))
            return
    raise AssertionError(f"no {action} entry on the page")


def test_art_11_audit_page_shows_actions_records_and_what_changed_in_words(
        qtbot, window, desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.edit_request(desk, ref, {"title": "Export of wrist watches (edited, invented)"})
    rq.transition(desk, ref, "refused", grounds=["11.1-substantial-interest"],
                  statement="Invented statement of reasons.")
    page = window.show_page("audit")
    page.refresh()
    shown = [page.model.data(page.model.index(0, col), Qt.ItemDataRole.DisplayRole) for col in (3, 4)]
    assert shown == ["Status changed: refused", f"Request {ref}"]
    _select(page, "request.refused")
    text = page.detail.toPlainText()
    assert "What changed:" in text and "Status: Received → Refused" in text
    assert "Grounds: Art. 11.1 — Infringes another substantial interest" in text
    assert "{" not in text and "11.1-substantial-interest" not in text
    _select(page, "request.edit")
    assert ("Title: Export of wrist watches, Example Trading Co. → Export of wrist watches "
            "(edited, invented)") in page.detail.toPlainText()


def test_audit_page_filters_by_an_action_chosen_by_its_words(qtbot, window, desk, complete_fields):
    rq.register_incoming(desk, "jp-us-1997", complete_fields)
    page = window.show_page("audit")
    qtbot.waitUntil(lambda: page.action.count() > 1, timeout=10_000)
    page.action.setCurrentText("Request registered (incoming)")
    page.refresh()
    assert page.model.total == 1
    assert page.model.row_at(0).action == "request.register_incoming"
    page.action.setCurrentText("request.")  # a code prefix typed still filters
    page.refresh()
    assert page.model.total == 1


def test_art_11_detail_pane_shows_grounds_in_words_not_codes(qtbot, desk, complete_fields):
    from ui.widgets.request_detail import RequestDetail

    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.transition(desk, ref, "refused", grounds=["11.1-substantial-interest", "outside-scope"],
                  statement="Invented statement of reasons.")
    detail = RequestDetail(desk)
    qtbot.addWidget(detail)
    detail.show_ref(ref)
    text = detail.findChild(QLabel, "outcome_refused").text()
    assert "Art. 11.1 — Infringes another substantial interest" in text
    assert "Art. 2.1 — Outside the scope of the agreement" in text
    assert "11.1-substantial-interest" not in text and "outside-scope" not in text
