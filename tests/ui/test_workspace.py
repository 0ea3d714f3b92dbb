"""The main window's parts: marking clocks, chips, detail pane, due view, agreements, first run,
passphrase prompt, excepthook, background tasks, window state."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QToolButton

from app.services.admin.settings import read_setting
from app.services.requests import commands as rq
from app.store.db import Database
from ui.models.request_table import DUE_COLUMN, StateRole


def open_incoming(window):
    page = window.show_page("incoming")
    page.refresh()
    return page


def test_overdue_rows_are_marked_by_icon_and_word_not_colour_alone(window, desk, complete_fields):
    late = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-10"))
    soon = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-23"))
    page = open_incoming(window)
    model = page.model
    rows = {model.ref_at(i): i for i in range(model.rowCount())}
    for ref, word in ((late.our_ref, "overdue"), (soon.our_ref, "due soon")):
        index = model.index(rows[ref], DUE_COLUMN)
        assert word in model.data(index)
        assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
        assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(rows[late.our_ref], 0), StateRole) == "overdue"


def test_overdue_chip_filters_the_list_in_sql(window, desk, complete_fields):
    late = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-10"))
    rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2027-01-10"))
    page = open_incoming(window)
    assert page.model.rowCount() == 2
    page.chips.set_flag("overdue")
    assert page.model.rowCount() == 1 and page.model.ref_at(0) == late.our_ref
    page.chips.findChild(QToolButton, "chip_clear").click()
    assert page.model.rowCount() == 2


def test_art_7_2_detail_pane_names_the_missing_object_and_shows_article_text_on_hover(
        window, desk, complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, object_and_reason=""))
    page = open_incoming(window)
    assert page.open_ref(view.our_ref)
    detail = page.detail
    missing = detail.findChild(QLabel, "element_object_and_reason")
    assert "missing" in missing.text() and "7.2(c)" in missing.text()
    basis = detail.findChild(QLabel, "basis_4.1(a)(i)")
    assert "4.1(a)(i)" in basis.text()
    assert "lawfully exported" in basis.toolTip() or "exported" in basis.toolTip()


def test_art_7_1_due_view_lists_late_oral_confirmation_with_its_computation(qtbot, window, desk,
                                                                           complete_fields):
    view = rq.register_incoming(desk, "jp-us-1997", dict(
        complete_fields, form="oral", oral_at="2026-11-16T10:00:00+00:00"))
    due_page = window.show_page("due")
    due_page.refresh()
    rows = [due_page.model.row_at(i) for i in range(due_page.model.rowCount())]
    oral = next(r for r in rows if (r.kind, r.key) == ("oral-confirmation", view.our_ref))
    assert oral.texts[1] == "overdue" and "business days" in oral.texts[4]
    due_page.open_item.emit("oral-confirmation", view.our_ref)
    assert window.current_key() == "incoming"
    assert window.page("incoming").detail.view.our_ref == view.our_ref


def test_art_14_2_termination_notice_from_agreements_view_caps_open_requests(
        qtbot, window, desk, complete_fields, monkeypatch, settle):
    from ui.views.agreements import TerminationDialog

    view = rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2027-06-01"))
    incoming = open_incoming(window)
    page = window.show_page("agreements")
    page.select_key("jp-us-1997")

    def officer(dialog):
        dialog.date.setDate(dialog.date.date().addMonths(-4))
        assert "14.2" in dialog.findChild(QLabel, "termination_effect").text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TerminationDialog, "exec", officer)
    page.findChild(QPushButton, "agreement_terminate").click()
    settle()  # recorded by an op; the pages showing its clocks re-read on the broadcast
    assert "2026-10-20" in page.tree.currentItem().text(5)
    window.show_page("incoming")  # no F5: the list re-reads when shown again
    qtbot.waitUntil(lambda: incoming.model.row_at(0).due_state == "overdue", timeout=10_000)
    assert rq.get_request(desk, view.our_ref).effective_due_explanation.count("14.2") == 1


def test_ctrl_n_opens_the_editor_for_the_current_direction(qtbot, window, monkeypatch):
    from ui.dialogs.request_editor import RequestEditor

    opened = []
    monkeypatch.setattr(RequestEditor, "exec", lambda self: opened.append(self.direction) or 0)
    window.show_page("outgoing")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.show_page("spontaneous")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["outgoing", "spontaneous-out"]


def test_a_view_missing_from_the_build_shows_one_line_not_a_crash(qtbot, desk, data_dir, monkeypatch):
    from ui import main_window

    monkeypatch.setitem(main_window.EXTERNAL_VIEWS, "surveillance", ("ui.views.no_such_view", "X"))
    win = main_window.MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(win)
    label = win.show_page("surveillance")
    assert isinstance(label, QLabel) and "not available in this build" in label.text()


def test_search_without_index_module_says_so(window, monkeypatch):
    from ui.views import search

    monkeypatch.setattr(search, "_search_module", lambda: None)
    window.search_field.setText("anything")
    window.run_search()
    assert "not available" in window.page("search").info.text()


def test_reminder_counts_what_is_overdue_and_due_soon(window, desk, complete_fields):
    rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, due_on="2026-11-10"))
    assert window.remind().startswith("1 overdue, 0 due soon")


def test_column_widths_and_geometry_survive_a_restart(qtbot, desk, data_dir, window):
    from ui.main_window import MainWindow

    page = window.show_page("incoming")
    page.table.setColumnWidth(4, 444)
    window.close()
    again = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(again)
    assert again.show_page("incoming").table.columnWidth(4) == 444


# -- first run and unlocking ---------------------------------------------------------------------

def fill_wizard(wizard, passphrase=None, confirm=None, demo=False):
    wizard.name_edit.setText("Officer Example (invented)")
    wizard.title_edit.setText("Customs Liaison Officer")
    wizard.signature_edit.setPlainText("Officer Example\nLiaison Office (invented)")
    wizard.address_edit.setPlainText("1-1 Example-cho, Tokyo (invented)")
    if passphrase is not None:
        wizard.use_passphrase.setChecked(True)
        wizard.passphrase_edit.setText(passphrase)
        wizard.confirm_edit.setText(passphrase if confirm is None else confirm)
    wizard.demo_box.setChecked(demo)


def test_first_run_with_keyring_creates_the_store_and_profile(qtbot, data_dir):
    from ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(data_dir, keyring_available=True)
    qtbot.addWidget(wizard)
    assert wizard.use_keyring.isChecked()
    fill_wizard(wizard)
    wizard.agreement_boxes["jp-mx-2017"].setChecked(False)
    wizard.accept()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)  # the store is made off the UI thread
    assert wizard.currentPage() is wizard.recovery_page  # a keyring store: its recovery key last
    wizard.recovery_page.kept_box.setChecked(True)
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    desk = wizard.desk
    try:
        assert desk.db.key_info.method == "keyring"
        profile = read_setting(desk, "profile")
        assert profile["name"] == "Officer Example (invented)" and profile["administration_id"]
        from app.services.agreements.catalogue import list_agreements
        assert {a.key: a.in_use for a in list_agreements(desk)} == {"jp-us-1997": True, "jp-mx-2017": False}
    finally:
        desk.db.close()


def test_first_run_with_keyring_shows_the_recovery_key_once_and_finishes_only_once_it_is_kept(
        qtbot, data_dir, tmp_path, memory_keyring):
    from PySide6.QtWidgets import QWizard

    from app.security import keys
    from app.services.admin.backup import backup_to_file, restore
    from ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(data_dir, keyring_available=True)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(wizard)
    wizard.accept()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)
    page = wizard.recovery_page
    assert wizard.currentPage() is page and wizard.result() != QDialog.DialogCode.Accepted
    shown = page.key_label.text()
    keys.parse_recovery_key(shown)  # nine groups, the last a check
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled() and not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    wizard.reject()  # Escape or the close box: the key is never shown again, so not yet
    assert wizard.isVisible()
    page.save_pdf(str(data_dir / "key.pdf"))
    assert "inside the data dir" in page.saved_label.text() and not (data_dir / "key.pdf").exists()
    page.save_pdf(str(tmp_path / "key.pdf"))
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "key.pdf").stat().st_mode & 0o777 == 0o600
    page.kept_box.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    backup = backup_to_file(wizard.desk, tmp_path / "desk.backup")
    wizard.desk.db.close()
    memory_keyring.secrets.clear()  # another machine
    restore(tmp_path / "new", backup, recovery_key=shown)


def test_first_run_refuses_mismatched_passphrase_and_creates_nothing(qtbot, data_dir):
    from ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(data_dir, keyring_available=True)
    qtbot.addWidget(wizard)
    fill_wizard(wizard, passphrase="correct horse battery", confirm="correct horse batterY")
    wizard.accept()
    assert "differ" in wizard.finish_problem.text()
    assert wizard.desk is None and not Database.exists(data_dir)


def test_first_run_without_keyring_needs_a_passphrase_and_warns_what_is_lost(qtbot, data_dir):
    from ui.dialogs.first_run import FirstRunWizard, PassphraseDialog

    wizard = FirstRunWizard(data_dir, keyring_available=False)
    qtbot.addWidget(wizard)
    assert not wizard.use_keyring.isEnabled() and wizard.use_passphrase.isChecked()
    assert "lost" in wizard.findChild(QLabel, "passphrase_warning").text()
    fill_wizard(wizard, passphrase="long enough phrase")
    wizard.accept()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)  # the store is made off the UI thread
    assert wizard.desk.db.key_info.method == "passphrase"
    wizard.desk.db.close()

    dialog = PassphraseDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.edit.setText("wrong phrase entirely")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)  # opened off the UI thread
    assert "wrong passphrase" in dialog.error.text() and dialog.desk is None
    dialog.edit.setText("long enough phrase")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.desk.db.close()


# -- plumbing ------------------------------------------------------------------------------------

@pytest.mark.parametrize("deferred", [False, True], ids=["log-open", "log-opened-by-the-error"])
def test_excepthook_logs_to_rotating_file_in_data_dir(qapp, tmp_path, deferred):
    """Every unexpected error reaches the log. Start-up opens the log file only after the first
    paint (``defer_logging``); an error before that opens it."""
    import sys

    from ui import errors

    errors.install_excepthook(tmp_path, quiet=True, defer_logging=deferred)
    assert errors.log_path(tmp_path).exists() is not deferred
    try:
        raise ValueError("invented failure for the log")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    for h in logging.getLogger(errors.LOGGER).handlers:
        h.flush()
    text = errors.log_path(tmp_path).read_text(encoding="utf-8")
    assert "invented failure for the log" in text and "Traceback" in text
    assert "Nothing was half-saved" in errors.describe(ValueError, ValueError("x"))
    sys.excepthook = sys.__excepthook__


def test_run_task_calls_back_on_the_main_thread(qtbot):
    import threading

    from ui.tasks import run_task

    main = threading.get_ident()
    seen = {}
    task = run_task(lambda x: (threading.get_ident(), x * 2), 21,
                    on_done=lambda r: seen.update(result=r, thread=threading.get_ident()))
    qtbot.waitUntil(lambda: task.is_done, timeout=5000)
    worker, value = seen["result"]
    assert value == 42 and worker != main and seen["thread"] == main

    failed = run_task(lambda: 1 / 0, on_error=lambda e: seen.update(error=type(e)))
    qtbot.waitUntil(lambda: failed.is_done, timeout=5000)
    assert seen["error"] is ZeroDivisionError


def test_first_reminder_is_counted_off_the_ui_thread_and_shown(qtbot, desk):
    """The start-up reminder (due counts over every open request) runs on a pool thread after
    the window is up, and still reaches the status bar."""
    from ui.main_window import MainWindow
    from ui.reminders import FIRST_REMINDER_DELAY_MS

    assert FIRST_REMINDER_DELAY_MS > 0  # never in the way of the first paint
    win = MainWindow(desk, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(win)
    win.reminders.remind_in_background()
    qtbot.waitUntil(lambda: win.reminders.last is not None, timeout=10_000)
    assert win.reminders.last == "Nothing overdue or due soon."
