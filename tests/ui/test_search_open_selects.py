"""Enter on a search hit opens the record AND selects what the hit named inside it, on the demo
data: a disclosure (Art. 9) in its item's disclosures, under its own heading in the results; a
document among its item's attachments or its request's documents (the status bar still names it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QTreeWidget, QTreeWidgetItem

pytestmark = pytest.mark.demo_data  # the desk (and the window on it) holds the demo data


@pytest.fixture
def demo_window(window):
    """The window on the demo data (this module's desk)."""
    return window


def _hits(qtbot, window, text: str) -> tuple[QTreeWidget, dict[str, list[QTreeWidgetItem]], list[str]]:
    view = window.show_page("search")
    with qtbot.waitSignal(view.finished, timeout=10_000):
        view.run(text)
    tree = view.findChild(QTreeWidget, "search_results")
    groups: dict[str, list[QTreeWidgetItem]] = {}
    headings = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        headings.append(group.text(0))
        for i in range(group.childCount()):
            hit = group.child(i).data(0, Qt.ItemDataRole.UserRole)
            groups.setdefault(hit.kind, []).append(group.child(i))
    return tree, groups, headings


def _enter(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def _selected_disclosure_recipient(window) -> str:
    table = window.page("information").findChild(QTableWidget, "info_disclosures")
    rows = {i.row() for i in table.selectedIndexes()}
    assert len(rows) == 1, rows
    return table.item(rows.pop(), 1).text()


def test_art_9_disclosures_are_grouped_under_their_own_heading(qtbot, demo_window):
    _tree, groups, headings = _hits(qtbot, demo_window, "DEMO")
    assert "Disclosures (Art. 9) (3)" in headings
    assert {item.text(1) for item in groups["disclosure"]} >= {"I-00002/" + _day(groups)}


def _day(groups) -> str:
    hit = groups["disclosure"][0].data(0, Qt.ItemDataRole.UserRole)
    return hit.key.split("/")[1]


def test_art_9_1_enter_on_a_disclosure_hit_opens_the_item_with_that_disclosure_selected(
        qtbot, demo_window):
    # The second disclosure of I-00001 (under a written approval, Art. 9.1): not the first row.
    tree, groups, _ = _hits(qtbot, demo_window, "Export Control Office")
    (hit,) = groups["disclosure"]
    _enter(qtbot, tree, hit)
    assert demo_window.current_key() == "information"
    assert demo_window.page("information").current.code == "I-00001"
    assert _selected_disclosure_recipient(demo_window) == \
        "Example Ministry of Trade, Export Control Office (DEMO)"


def test_art_9_enter_on_an_override_disclosure_hit_selects_it_in_its_item(qtbot, demo_window):
    tree, groups, _ = _hits(qtbot, demo_window, "Prefectural Police")
    (hit,) = groups["disclosure"]
    _enter(qtbot, tree, hit)
    assert demo_window.page("information").current.code == "I-00002"
    assert _selected_disclosure_recipient(demo_window) == "Example Prefectural Police (DEMO)"


def test_enter_on_an_item_attachment_selects_the_attachment_in_the_item(qtbot, demo_window):
    tree, groups, _ = _hits(qtbot, demo_window, "certificates")
    (doc,) = groups["document"]
    _enter(qtbot, tree, doc)
    page = demo_window.page("information")
    assert page.current.code == "I-00001"
    selected = page.detail.textCursor().selectedText()
    assert selected.startswith("D-") and selected.endswith(" certificates-DEMO.txt")
    assert "certificates-DEMO.txt" in demo_window.statusBar().currentMessage()  # still named


def test_enter_on_a_request_letter_selects_it_in_the_requests_documents(qtbot, demo_window):
    tree, groups, _ = _hits(qtbot, demo_window, "pdf")
    (letter,) = groups["document"]
    _enter(qtbot, tree, letter)
    assert demo_window.page("outgoing").current_ref() == "JC-US-2026-0003"
    label = demo_window.page("outgoing").findChild(QLabel, "detail_documents")
    selected = label.selectedText()
    assert selected.endswith(")") and ".pdf v1 (" in selected
    assert "\n" not in selected  # the one line of that document, not the whole list
    assert "Opened from search" in demo_window.statusBar().currentMessage()


def test_art_9_a_disclosure_hit_that_cannot_be_selected_says_so_in_the_status_bar(
        qtbot, demo_window):
    from dataclasses import replace

    _tree, groups, _ = _hits(qtbot, demo_window, "Prefectural Police")
    (item,) = groups["disclosure"]
    hit = item.data(0, Qt.ItemDataRole.UserRole)
    stale = replace(hit, entity_id=10**9)  # a hit read before the store changed under it
    assert demo_window.open_hit(stale) is False
    table = demo_window.page("information").findChild(QTableWidget, "info_disclosures")
    assert not table.selectedIndexes()
    message = demo_window.statusBar().currentMessage()
    assert message.startswith(f"Not found in the disclosures of {hit.parent_key}")
    assert hit.label in message
