"""The window started in Japanese shows no English of its catalogues: every page and the main
dialogs (request editor, refusal, Due & overdue, Letters with a kind that does not apply, Settings,
Directory) and a search's hits are walked and each visible text is checked
(``tests.ui.english_left``; refs, codes, people's names and the invented demo records are data,
not wording); no article is cited as 条項7.2 or Art. 7.2 where a Japanese officer writes 第7条第2項."""

from __future__ import annotations

import re

import pytest

from tests.ui.english_left import Sources, english_left, visible_texts
from tests.ui.language import in_language

pytestmark = pytest.mark.demo_data  # the desk holds the invented demo data

#: An article number put into a Japanese pattern ("条項7.2(c)", "Art. 7.2"): not Japanese.
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
NUMBERED_CLAUSE = re.compile(r"条項\s*\d|Arts?\.\s*\d")


@pytest.fixture
def japanese_window(qapp, qtbot, desk, data_dir, no_modal_boxes):
    from ui.main_window import MainWindow

    with in_language(qapp, "ja"):
        win = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        yield win


def _first_ref(desk, group: str, status: str) -> str:
    from app.services.requests.listing import ListFilter, page

    return next(r.ref for r in page(desk, ListFilter(group=group), "ref", True, 0, 500) if r.status == status)


def _dialogs(desk, window):
    from tools.screenshots import requests as shots
    from ui.dialogs.directory import DirectoryDialog
    from ui.dialogs.letters import LettersDialog
    from ui.dialogs.settings import SettingsDialog

    received = _first_ref(desk, "incoming", "received")
    yield "request editor", shots.editor_incomplete(desk)
    yield "refusal", shots.refuse_dialog(desk, received)
    yield "letters", LettersDialog(desk, received)
    # A kind that does not apply to a received request: its reason (statuses, the letter kind)
    # is an app text, listed where "Final" would be.
    refused = LettersDialog(desk, received)
    refused.kind_box.setCurrentIndex(refused.kind_box.findData("statement_of_reasons"))
    refused.refresh_preview()
    yield "letters (a kind that does not apply)", refused
    yield "settings", SettingsDialog(desk, window)
    yield "directory", DirectoryDialog(desk, window)


def _articles_cited_as_a_japanese_officer_writes_them(root) -> list[str]:
    """Texts citing an article as 条項7.2 (a number put into a pattern): 第7条第2項 is the form."""
    return [f"{where}: {text!r}" for where, text in visible_texts(root)
            if NUMBERED_CLAUSE.search(text) and "DEMO" not in text and "invented" not in text]


def test_window_in_japanese_shows_no_english_of_its_catalogues(japanese_window, desk, qtbot):
    from PySide6.QtWidgets import QApplication, QTabWidget

    from ui.main_window import PAGES

    sources = Sources("ja")
    left: list[str] = []
    for key, _label in PAGES:
        if key == "search":
            continue  # shown by a search, not a page of its own
        page = japanese_window.show_page(key)
        table = getattr(page, "table", None)
        if key in ("incoming", "outgoing", "spontaneous") and table is not None and page.model.rowCount():
            table.selectRow(0)  # the detail pane: the request's words, its clocks, its findings
        QApplication.processEvents()
        left += [f"page {key} — {x}" for x in english_left(japanese_window, sources)]
        left += [f"page {key} — {x}" for x in _articles_cited_as_a_japanese_officer_writes_them(japanese_window)]
    for name, dialog in _dialogs(desk, japanese_window):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        tabs = dialog.findChildren(QTabWidget)
        for index in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(index)
                QApplication.processEvents()
            left += [f"{name} — {x}" for x in english_left(dialog, sources)]
            left += [f"{name} — {x}" for x in _articles_cited_as_a_japanese_officer_writes_them(dialog)]
        if name.startswith("letters (") and not JAPANESE.search(dialog.problems_label.text()):
            left.append(f"{name} — no reason in Japanese: {dialog.problems_label.text()!r}")
        dialog.hide()
    # Search hits: documents by kind and article, observations by event and day, disclosures
    # by purpose and decision (app/'s labels, worded in the window's language).
    japanese_window.search_field.setText("2026")
    japanese_window.run_search()
    search = japanese_window.page("search")
    qtbot.waitUntil(lambda: search.tree.topLevelItemCount() > 0, timeout=10_000)
    left += [f"search — {x}" for x in english_left(japanese_window, sources)]
    # A label's own words (kind, status, event, day, purpose) are Japanese whatever the record's
    # title: a hit worded in English only would name no kana or kanji.
    for g in range(search.tree.topLevelItemCount()):
        group = search.tree.topLevelItem(g)
        left += [f"search — English label: {group.child(i).text(0)!r}" for i in range(group.childCount())
                 if not JAPANESE.search(group.child(i).text(0))]
    left = sorted(set(left))
    assert not left, f"{len(left)} English text(s) in the Japanese window:\n" + "\n".join(left[:300])
