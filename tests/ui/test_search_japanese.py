"""Ctrl+F finds a two-character Japanese word in the demo data (腕時計 holds 時計), with the
word itself marked in the snippet, as it finds longer terms."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from ui.views.search import MATCH_ROLE

pytestmark = pytest.mark.demo_data  # the desk (and the window on it) holds the demo data


def _hits(qtbot, window, text: str):
    view = window.show_page("search")
    with qtbot.waitSignal(view.finished, timeout=10_000):
        view.run(text)
    tree = view.findChild(QTreeWidget, "search_results")
    items = [tree.topLevelItem(g).child(i) for g in range(tree.topLevelItemCount())
             for i in range(tree.topLevelItem(g).childCount())]
    return view, items


def test_search_page_finds_two_character_japanese_word(qtbot, window):
    view, items = _hits(qtbot, window, "時計")
    kinds = {item.data(0, Qt.ItemDataRole.UserRole).kind for item in items}
    assert {"request", "subject", "information"} <= kinds
    for item in items:
        start, end = item.data(2, MATCH_ROLE)
        assert item.text(2)[start:end] == "時計"
    if os.environ.get("LIAISON_DESK_SHOTS"):  # a look at it, as an officer sees it
        view.grab().save(os.environ["LIAISON_DESK_SHOTS"])


def test_search_page_finds_nothing_for_characters_that_are_never_together(qtbot, window):
    view, items = _hits(qtbot, window, "計腕")  # 腕時計: both characters, never in this order
    assert items == []
    assert "Nothing found" in view.info.text()
