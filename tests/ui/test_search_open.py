"""Enter on a search hit opens the record the hit names, on the demo data: a request, subject or
information item itself; an observation in its subject's log, selected; a document in the record
it is attached to (an item's attachment opens the item, not the item's request). The match in
"Where it matched" is drawn bold on a highlight, with no bracket put into the text."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.services.surveillance.commands import get_subject
from app.services.surveillance.observations import add_observation, attach_file
from ui.views.search import MATCH_BACKGROUND, MATCH_ROLE

pytestmark = pytest.mark.demo_data  # the desk (and the window on it) holds the demo data


@pytest.fixture
def demo_window(window):
    """The window on the demo data, plus an older observation of S-0002 with a photo attached
    and a file kept with the subject itself (both invented)."""
    desk = window.desk
    # An hour before the newest entry: not the one the log selects by default.
    newest = max(o.observed_at for o in get_subject(desk, "S-0002").observations)
    obs = add_observation(desk, "S-0002", {
        "observed_at": (newest - timedelta(hours=1)).isoformat(), "event": "sighted",
        "place": "Port of Osaka", "source": "Harbour patrol (DEMO)",
        "text": "Bunkering alongside the tanker quay (invented)"})
    attach_file(desk, "S-0002", "hull-scan-DEMO.jpg", b"jpeg", observation_id=obs.id)
    attach_file(desk, "S-0002", "registry-extract-DEMO.txt", b"text")
    window.older_observation = obs.id
    return window


def _hits(qtbot, window, text: str) -> tuple[QTreeWidget, dict[str, list[QTreeWidgetItem]]]:
    view = window.show_page("search")
    with qtbot.waitSignal(view.finished, timeout=10_000):
        view.run(text)
    tree = view.findChild(QTreeWidget, "search_results")
    groups: dict[str, list[QTreeWidgetItem]] = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            hit = group.child(i).data(0, Qt.ItemDataRole.UserRole)
            groups.setdefault(hit.kind, []).append(group.child(i))
    return tree, groups


def _enter(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def _selected_observation(window) -> int | None:
    current = window.page("surveillance").page.timeline.currentItem()
    return current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None


def test_enter_on_a_request_hit_opens_the_request_in_its_list(qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "JC-US-2026-0003")
    (hit,) = [i for i in groups["request"] if i.text(1) == "JC-US-2026-0003"]
    _enter(qtbot, tree, hit)
    assert demo_window.current_key() == "outgoing"
    assert demo_window.page("outgoing").current_ref() == "JC-US-2026-0003"


def test_art_4_2_enter_on_a_subject_hit_opens_the_subject(qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "MV EXAMPLE STAR")
    (hit,) = groups["subject"]
    _enter(qtbot, tree, hit)
    assert demo_window.current_key() == "surveillance"
    assert demo_window.page("surveillance").current_code() == "S-0002"


def test_art_4_2_enter_on_an_observation_hit_selects_that_observation_in_the_log(qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "Bunkering")
    (hit,) = groups["observation"]
    _enter(qtbot, tree, hit)
    assert demo_window.page("surveillance").current_code() == "S-0002"
    # Not the newest entry (selected by default): the one the hit named, read in full below.
    assert _selected_observation(demo_window) == demo_window.older_observation
    assert "Bunkering alongside" in demo_window.page("surveillance").page.entry.text()


def test_art_9_enter_on_an_information_hit_opens_the_item(qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "I-00001")
    (hit,) = [i for i in groups["information"] if i.text(1) == "I-00001"]
    _enter(qtbot, tree, hit)
    assert demo_window.current_key() == "information"
    assert demo_window.page("information").current.code == "I-00001"


def test_enter_on_an_item_attachment_opens_the_item_not_the_items_request(qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "certificates")
    (doc,) = groups["document"]
    assert doc.text(1) == "JC-US-2026-0003"  # the reference column still names the request
    _enter(qtbot, tree, doc)
    assert demo_window.current_key() == "information"
    assert demo_window.page("information").current.code == "I-00001"
    message = demo_window.statusBar().currentMessage()
    assert "certificates-DEMO.txt" in message  # the status bar names the document opened


def test_art_4_2_enter_on_an_observation_file_opens_the_subject_with_its_observation(
        qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "hull-scan")
    (doc,) = groups["document"]
    _enter(qtbot, tree, doc)
    assert demo_window.current_key() == "surveillance"
    assert demo_window.page("surveillance").current_code() == "S-0002"
    assert _selected_observation(demo_window) == demo_window.older_observation


def test_art_4_2_enter_on_a_subject_file_opens_the_subject(qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "registry-extract")
    (doc,) = groups["document"]
    _enter(qtbot, tree, doc)
    assert demo_window.current_key() == "surveillance"
    assert demo_window.page("surveillance").current_code() == "S-0002"


def test_enter_on_a_request_letter_opens_its_request(qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "pdf")
    (letter,) = groups["document"]
    _enter(qtbot, tree, letter)
    assert demo_window.current_key() == "outgoing"
    assert demo_window.page("outgoing").current_ref() == "JC-US-2026-0003"


def test_match_in_snippet_is_marked_by_highlight_not_by_brackets(qtbot, demo_window):
    _tree, groups = _hits(qtbot, demo_window, "DEMO")
    for items in groups.values():
        for item in items:
            text = item.text(2)
            start, end = item.data(2, MATCH_ROLE)
            assert text[start:end].casefold() == "demo", (text, start, end)
            assert "[DEMO]" not in text and "[demo]" not in text.casefold(), text


def test_match_highlight_is_drawn_in_the_cell(qtbot, demo_window):
    tree, groups = _hits(qtbot, demo_window, "Bunkering")
    (hit,) = groups["observation"]
    tree.setCurrentItem(None)  # the highlight shows unselected as well
    cell = tree.visualRect(tree.indexFromItem(hit, 2))
    image = tree.viewport().grab(cell).toImage()
    wanted = MATCH_BACKGROUND.rgb()
    assert any(image.pixel(x, y) == wanted
               for x in range(image.width()) for y in range(image.height()))


def test_markup_typed_in_a_record_shows_as_typed_around_the_match(qtbot, demo_window,
                                                                  complete_fields):
    from app.services.requests.commands import register_incoming

    register_incoming(demo_window.desk, "jp-us-1997",
                      dict(complete_fields, title="Kimonos <b>zanzibar</b> & co (invented)"))
    _tree, groups = _hits(qtbot, demo_window, "zanzibar")
    (hit,) = groups["request"]
    text = hit.text(2)
    start, end = hit.data(2, MATCH_ROLE)
    assert "<b>zanzibar</b>" in text and text[start:end] == "zanzibar"
    assert "&lt;" not in text  # plain text, escaped only where a tooltip renders it
