"""Spontaneous information (Art. 3.1, 4.3) reads and behaves as information, not as a request:
its editor, the completeness panel, the list page (count, legal basis, partner) and the detail
pane. Driven through the real widgets as an officer would; all data invented."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from app.services.requests import commands as svc
from app.treaty.errors import RuleViolation
from tests.ui.test_editor import fill, make_editor

INFO = {
    "title": "Repeated origin certificates (invented)",
    "object_and_reason": "Three consignments used one origin certificate (invented example)",
    "bases": ["3.1"],
}


@pytest.fixture(autouse=True)
def never_block_on_close(monkeypatch):
    """An editor left with edits would ask on teardown; answer Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def captions(widget) -> list[str]:
    return [lbl.text() for lbl in widget.findChildren(QLabel) if lbl.isVisibleTo(widget)]


@pytest.mark.parametrize("direction", ["spontaneous-in", "spontaneous-out"])
def test_art_3_1_spontaneous_editor_labels_read_as_information_not_a_request(qtbot, desk, direction):
    ed = make_editor(qtbot, desk, direction)
    text = " ".join(captions(ed))
    assert "Information provided \u2014 Art. 3.1" in text
    assert "Administration giving the information" in text
    assert "Object of and reason for the request" not in text and "Art. 7.2(c)" not in text
    assert "Form \u2014 Art. 7.1" not in text  # the oral-request rule is about requests
    heading = ed.findChild(QLabel, "completeness_heading").text()
    assert heading.endswith("\u2014 Art. 3.1, 4.3") and "7.2" not in heading


def test_art_3_1_spontaneous_information_can_be_sent_without_a_7_2_object_or_reason(qtbot, desk, settle):
    ed = make_editor(qtbot, desk, "spontaneous-out")
    ed.show()
    assert not ed.button_send.isEnabled()
    assert ed.send_block_reason().startswith("Cannot send: incomplete under Art. 3.1, 4.3")
    assert "7.2" not in ed.panel.text()
    fill(ed, INFO)  # no nature of proceedings, no description, nothing of Art. 7.2(c)
    assert ed.panel.errors() == [] and ed.button_send.isEnabled()
    assert "Complete under Art. 3.1, 4.3" in ed.panel.text()
    ed.show()
    assert ed.send()
    settle()
    assert svc.get_request(desk, ed.ref).status == "sent"


def test_art_3_1_spontaneous_information_without_the_information_is_not_sent(qtbot, desk):
    view = svc.record_spontaneous(desk, "jp-us-1997", "spontaneous-out",
                                  {"title": "Tip (invented)", "bases": ["3.1"],
                                   "requesting_administration": "Japan Customs (invented)"})
    assert [f.field for f in view.completeness] == ["object_and_reason"] and not view.complete
    with pytest.raises(RuleViolation, match=r"Art\. 3\.1/4\.3.*the information provided"):
        svc.send_request(desk, view.our_ref)
    assert svc.get_request(desk, view.our_ref).status == "draft"  # nothing half-written


def test_art_7_2_requests_keep_the_request_rules_in_the_editor(qtbot, desk):
    ed = make_editor(qtbot, desk, "outgoing")
    assert "Art. 7.2(c)" in ed.panel.text()
    assert ed.findChild(QLabel, "completeness_heading").text() == "Art. 7.2 completeness"
    assert any("Object of and reason for the request" in c for c in captions(ed))


# -- the Spontaneous information page --------------------------------------------------------

def spontaneous_page(window, desk, bases=("4.3-spontaneous",), count=2):
    for i in range(count):
        svc.record_spontaneous(desk, "jp-us-1997", "spontaneous-in", {
            **INFO, "title": f"Tip {i} (invented)", "bases": list(bases),
            "requesting_administration": "U.S. Customs (invented)"})
    page = window.show_page("spontaneous")
    page.refresh()
    return page


@pytest.mark.parametrize("count, says", [(1, "1 item of spontaneous information"),
                                         (2, "2 items of spontaneous information")])
def test_art_3_1_spontaneous_page_counts_items_of_information_not_requests(window, desk, count, says):
    page = spontaneous_page(window, desk, count=count)
    assert page.count_label.text() == says


def test_art_4_3_list_names_the_spontaneous_basis_by_its_article_and_label(window, desk):
    page = spontaneous_page(window, desk, count=1)
    model = page.model
    shown = model.data(model.index(0, 3), Qt.ItemDataRole.DisplayRole)
    assert shown == "4.3 \u2014 Spontaneous information on serious offences"
    tip = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Art. 4.3 \u2014 Spontaneous information on serious offences")
    assert "on its own initiative or upon request" in tip  # the article's own text on hover


def test_art_4_1_request_bases_keep_their_article_reference_in_the_list(window, desk, complete_fields):
    svc.register_incoming(desk, "jp-us-1997", complete_fields)
    page = window.show_page("incoming")
    page.refresh()
    code = complete_fields["bases"][0]
    assert page.model.data(page.model.index(0, 3), Qt.ItemDataRole.DisplayRole) == code
    assert "\n\n" in page.model.data(page.model.index(0, 3), Qt.ItemDataRole.ToolTipRole)


def test_partner_column_says_who_the_partner_is_even_when_narrow(qtbot, window, desk):
    page = spontaneous_page(window, desk, count=1)
    window.resize(1400, 860)  # the default size
    qtbot.wait(20)
    model, col = page.model, 2
    text = model.data(model.index(0, col), Qt.ItemDataRole.DisplayRole)
    assert text.startswith("US \u2014 ")  # the country leads: what shows of a narrow column
    shown = page.table.fontMetrics().horizontalAdvance("US")
    assert page.table.columnWidth(col) > shown + 8


def test_art_4_3_detail_pane_reads_as_information_with_the_basis_label(window, desk):
    page = spontaneous_page(window, desk, count=1)
    page.table.selectRow(0)
    detail = page.detail
    chip = detail.findChild(QLabel, "basis_4.3-spontaneous")
    assert chip.text() == "Art. 4.3 \u2014 Spontaneous information on serious offences"
    assert "on its own initiative or upon request" in chip.toolTip()
    text = " ".join(lbl.text() for lbl in detail.findChildren(QLabel))
    assert "Information provided:" in text and "Administration giving the information:" in text
    assert "Object of and reason for the request" not in text and "Art. 7.2" not in text
    assert "Spontaneous information received" in detail.heading.text()  # not "spontaneous-in"
    assert "spontaneous-in" not in detail.heading.text()


def test_art_4_3_basis_filter_names_the_spontaneous_basis_by_its_article(window, desk):
    page = spontaneous_page(window, desk, count=1)
    combo = page.chips.basis
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert "4.3 Spontaneous information on serious offences" in shown
    assert not [t for t in shown if "4.3-spontaneous" in t]
    combo.setCurrentIndex(combo.findData("4.3-spontaneous"))  # filters by the stored code still
    assert page.model.rowCount() == 1


def test_art_3_1_stored_spontaneous_information_opens_with_its_information_in_place(qtbot, desk):
    view = svc.record_spontaneous(desk, "jp-us-1997", "spontaneous-in", {
        **INFO, "requesting_administration": "U.S. Customs (invented)"})
    ed = make_editor(qtbot, desk, "spontaneous-in", view.our_ref)
    info = ed.form.elements["object_and_reason"]
    assert info.toPlainText() == INFO["object_and_reason"]
    assert ed.form.field_label("object_and_reason") == "Information provided \u2014 Art. 3.1"
    assert "Complete under Art. 3.1, 4.3" in ed.panel.text() and not ed.is_dirty()
