"""The officer's own desk, in the window: menu texts as typed, a refusal ground ticked by its
words, detail buttons that stay put, required fields marked, a finding that is a link, a sane
restored size, and counts in the right number."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.requests import commands as svc
from app.treaty.completeness import Finding


@pytest.fixture(autouse=True)
def never_block_on_close(monkeypatch):
    """An editor left with edits would ask on teardown; answer Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def test_view_menu_shows_a_page_label_with_an_ampersand_as_typed(window):
    from ui.main_window import PAGES

    for key, label in PAGES:
        act = window.findChild(type(window.act_search), f"goto_{key}")
        assert "&" not in act.text().replace("&&", ""), act.text()  # no mnemonic eaten
        assert act.iconText() == label  # what the menu shows


def test_art_11_4_clicking_a_grounds_words_ticks_it(qtbot, desk, complete_fields):
    from ui.dialogs.outcome import OutcomeDialog

    ref = svc.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    dlg = OutcomeDialog(desk, ref, "refused")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    grounds = dlg.grounds_list
    item = grounds.item(0)
    rect = grounds.visualItemRect(item)
    words = QPoint(rect.left() + rect.width() // 2, rect.center().y())
    qtbot.mouseClick(grounds.viewport(), Qt.MouseButton.LeftButton, pos=words)
    assert item.checkState() == Qt.CheckState.Checked
    assert dlg.grounds() == [item.data(Qt.ItemDataRole.UserRole)]
    qtbot.mouseClick(grounds.viewport(), Qt.MouseButton.LeftButton, pos=words)
    assert item.checkState() == Qt.CheckState.Unchecked


def test_detail_buttons_stay_put_when_the_title_wraps(qtbot, desk, complete_fields):
    import app.services.surveillance.watchlist  # noqa: F401 - loaded: the pane asks it at once
    from ui.widgets.request_detail import RequestDetail

    short = svc.register_incoming(desk, "jp-us-1997", dict(complete_fields, title="Short")).our_ref
    long_title = "A very long title that wraps over several lines in a narrow pane " * 3
    long = svc.register_incoming(desk, "jp-us-1997", dict(complete_fields, title=long_title)).our_ref
    pane = RequestDetail(desk)
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    qtbot.waitExposed(pane)

    def where() -> list[QPoint]:
        pane.layout().activate()
        QApplication.processEvents()
        return [b.mapTo(pane, QPoint(0, 0))
                for b in (pane.edit_button, pane.letters_button, pane.link_button)]

    pane.show_ref(short)
    first = where()
    pane.show_ref(long)
    assert pane.heading.height() > pane.heading.fontMetrics().height() * 2  # it did wrap
    assert where() == first


def test_art_7_2_editor_marks_empty_required_fields_in_words(qtbot, desk):
    from ui.dialogs.request_editor import RequestEditor

    editor = RequestEditor(desk, "incoming")
    qtbot.addWidget(editor)
    form = editor.form
    caption = editor.findChild(object, "caption_object_and_reason")
    field = form.elements["object_and_reason"]
    assert "required, empty" in caption.text()  # a word, not only a colour
    assert "7.2(c)" in field.accessibleDescription()
    assert "required" not in editor.findChild(object, "caption_parties_concerned").text()  # (d): if known
    field.setPlainText("Verify the origin of the goods (invented).")
    assert "required" not in caption.text() and field.accessibleDescription() == ""


def test_art_7_2_one_click_or_enter_on_a_finding_goes_to_its_field(qtbot):
    from ui.widgets.completeness_panel import CompletenessPanel

    panel = CompletenessPanel()
    qtbot.addWidget(panel)
    panel.set_findings([Finding("c", "object_and_reason", "7.2(c)", "error", "missing"),
                        Finding("e", "description_and_legal_elements", "7.2(e)", "error", "missing")])
    panel.show()
    qtbot.waitExposed(panel)
    jumped: list[str] = []
    panel.field_activated.connect(jumped.append)
    lst = panel.findChild(object, "completeness_list")
    rect = lst.visualItemRect(lst.item(1))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert jumped == ["description_and_legal_elements"]
    lst.setCurrentRow(0)
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert jumped[-1] == "object_and_reason"


def test_restored_window_opens_at_a_sane_minimum_size(qtbot, desk, data_dir, no_modal_boxes):
    from ui.main_window import RESTORED_MINIMUM, MainWindow
    from ui.widgets.screen_fit import fitted_size

    first = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(first)
    first.show()
    first.resize(500, 321)
    first.save_state()
    first.close()
    again = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(again)
    least = fitted_size(*RESTORED_MINIMUM, again)
    assert again.height() >= least.height() > 321
    assert again.width() >= least.width()


@pytest.fixture
def english_plurals(qapp):
    from ui.plurals import install_plurals

    plurals = install_plurals(qapp)
    yield plurals
    qapp.removeTranslator(plurals)
    plurals.setParent(None)


def test_counts_read_in_the_right_number(qtbot, english_plurals):
    from ui.widgets.completeness_panel import CompletenessPanel

    panel = CompletenessPanel()
    qtbot.addWidget(panel)
    summary = panel.findChild(object, "completeness_summary")
    panel.set_findings([Finding("c", "object_and_reason", "7.2(c)", "error", "missing"),
                        Finding("d", "parties_concerned", "7.2(d)", "warning", "if known")])
    assert summary.text() == "Incomplete: 1 element missing, 1 warning."
    panel.set_findings([Finding("c", "object_and_reason", "7.2(c)", "error", "missing"),
                        Finding("e", "description_and_legal_elements", "7.2(e)", "error", "missing")])
    assert summary.text() == "Incomplete: 2 elements missing, 0 warnings."


def test_every_count_with_s_in_brackets_uses_qts_plural_form():
    ui = Path(__file__).resolve().parents[2] / "ui"
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "(s)" in node.value:
                if path.name == "plurals.py":
                    continue
                assert "%n" in node.value, f"{path.name}:{node.lineno}: {node.value!r} is not a %n form"
