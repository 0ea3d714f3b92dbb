"""The window started in Japanese shows no English of its catalogues: every page and the main
dialogs (request editor, refusal, Due & overdue, Letters, Settings, Directory) are walked and
each visible text is checked (``tests.ui.english_left``; refs, codes, people's names and the
invented demo records are data, not wording)."""

from __future__ import annotations

import pytest

from tests.ui.english_left import Sources, english_left
from tests.ui.language import in_language

pytestmark = pytest.mark.demo_data  # the desk holds the invented demo data


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
    yield "settings", SettingsDialog(desk, window)
    yield "directory", DirectoryDialog(desk, window)


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
        dialog.hide()
    left = sorted(set(left))
    assert not left, f"{len(left)} English text(s) in the Japanese window:\n" + "\n".join(left[:300])
