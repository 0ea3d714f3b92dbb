"""The Ctrl+F results on the demo data read as an officer would name things: documents by kind,
language, version and request, observations by date, place and surveillance; never a database
id. Enter on a document opens its request, on an observation its surveillance."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

#: How an internal id used to read in the results ("document 17", "observation 42", "#3").
BARE_ID = re.compile(r"\b(?:document|observation|item|subject|request|id)\s*#?\s*\d+\b|#\d+",
                     re.IGNORECASE)


pytestmark = pytest.mark.demo_data  # the desk (and the window on it) holds the demo data


@pytest.fixture
def demo_window(window):
    """The window on the demo data (this module's desk)."""
    return window


def _search(qtbot, window, text: str) -> tuple[QTreeWidget, dict[str, list[QTreeWidgetItem]]]:
    view = window.show_page("search")
    with qtbot.waitSignal(view.finished, timeout=10_000):
        view.run(text)
    tree = view.findChild(QTreeWidget, "search_results")
    groups = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        kind = group.child(0).data(0, Qt.ItemDataRole.UserRole).kind
        groups[kind] = [group.child(i) for i in range(group.childCount())]
    return tree, groups


def _visible(item: QTreeWidgetItem) -> str:
    return " | ".join(item.text(c) for c in range(item.columnCount()))


def test_search_results_name_documents_and_observations_without_ids(qtbot, demo_window):
    _tree, groups = _search(qtbot, demo_window, "DEMO")
    assert {"request", "subject", "observation", "information", "document"} <= set(groups)
    for items in groups.values():
        for item in items:
            assert not BARE_ID.search(_visible(item)), _visible(item)
    docs = [_visible(i) for i in groups["document"]]
    assert any(t.startswith("Attachment “certificates-DEMO.txt”, v1 — item I-00001, JC-US-2026-0003")
               for t in docs), docs
    observations = [_visible(i) for i in groups["observation"]]
    # The demo dates follow the clock, so the date is matched by its form.
    kobe = re.compile(r"^\w{3} \d{4}-\d{2}-\d{2}, Port of Kobe, arrived: Berthed .*"
                      r" — surveillance of MV EXAMPLE STAR \(DEMO\) \(S-0002\), JC-US-2026-0004 \|")
    assert any(kobe.match(t) for t in observations), observations
    # A document or observation has no reference of its own: the column shows its request.
    for item in groups["document"] + groups["observation"]:
        assert re.fullmatch(r"JC-(US|MX)-\d{4}-\d{4}", item.text(1)), _visible(item)


def test_enter_on_a_letter_hit_opens_its_request(qtbot, demo_window):
    tree, groups = _search(qtbot, demo_window, "pdf")
    (letter,) = groups["document"]
    assert letter.text(0) == "Request letter (7.1), en, v1 — JC-US-2026-0003"
    tree.setCurrentItem(letter)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert demo_window.current_key() == "outgoing"
    assert demo_window.page("outgoing").current_ref() == "JC-US-2026-0003"


def test_art_4_2_enter_on_an_observation_hit_opens_its_surveillance(qtbot, demo_window):
    tree, groups = _search(qtbot, demo_window, "Berthed")
    (obs,) = groups["observation"]
    tree.setCurrentItem(obs)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert demo_window.current_key() == "surveillance"
    assert demo_window.page("surveillance").current_code() == "S-0002"


def test_search_results_show_markup_in_user_text_as_typed(qtbot, demo_window, complete_fields):
    from app.services.requests.commands import register_incoming

    view = register_incoming(demo_window.desk, "jp-us-1997",
                             dict(complete_fields, title="Watches <b>bold</b> & <i>co</i> (invented)"))
    _tree, groups = _search(qtbot, demo_window, "bold")
    (hit,) = groups["request"]
    assert hit.text(0) == f"Watches <b>bold</b> & <i>co</i> (invented) (incoming, received) — {view.our_ref}"
    assert "&lt;b&gt;bold&lt;/b&gt;" in hit.toolTip(0)  # the tooltip escapes what it shows
    info = demo_window.page("search").info
    assert info.textFormat() == Qt.TextFormat.PlainText
