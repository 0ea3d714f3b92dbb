"""Issue 3, item 7: the window stays responsive; anything that may take over ~100 ms runs off the
UI thread (``ui.tasks.run_task``). Each test lets the slow work wait for a QTimer tick of the
main thread: were the work on the UI thread, the tick could not fire until it ended."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWizard

from app.services.admin.settings import read_setting
from app.store.db import Database

TICK_WAIT_S = 10  # how long the worker waits for the main thread's tick before giving up


class TickProbe:
    """Wraps a slow function: records the thread it ran on and whether a QTimer tick of the main
    thread fired while it ran; ``on_tick`` (main thread) can look at the widgets meanwhile."""

    def __init__(self, real, on_tick=None):
        self.real, self.on_tick = real, on_tick
        self.threads: list[int] = []
        self.ticked = threading.Event()
        self.seen: list = []

    def start_timer(self) -> QTimer:
        def tick():
            if not self.ticked.is_set():
                self.seen.append(self.on_tick() if self.on_tick else None)
                self.ticked.set()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(tick)
        self.timer.start()
        return self.timer

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.get_ident())
        self.ticked.wait(TICK_WAIT_S)
        self.tick_fired_while_running = self.ticked.is_set()
        return self.real(*args, **kwargs)


def _wizard(qtbot, data_dir, name="Officer (invented)", demo=False):
    from ui.dialogs.first_run import FirstRunWizard

    w = FirstRunWizard(data_dir, keyring_available=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.name_edit.setText(name)
    for _ in range(4):
        w.next()
    w.demo_box.setChecked(demo)
    return w


def _buttons(w) -> dict[str, bool]:
    return {name: w.button(which).isEnabled() for name, which in (
        ("back", QWizard.WizardButton.BackButton), ("finish", QWizard.WizardButton.FinishButton),
        ("cancel", QWizard.WizardButton.CancelButton))}


def test_first_run_creates_the_store_off_the_ui_thread(qtbot, data_dir, monkeypatch):
    import ui.dialogs.first_run as first_run

    w = _wizard(qtbot, data_dir)
    probe = TickProbe(first_run.setup_desk_with_trial, on_tick=lambda: (
        w.busy_label.isVisible(), w.busy_bar.isVisible(), w.busy_label.text(), _buttons(w)))
    monkeypatch.setattr(first_run, "setup_desk_with_trial", probe)
    probe.start_timer()
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: w.currentPage() is w.recovery_page, timeout=30_000)
    w.recovery_page.kept_box.setChecked(True)  # a keyring store: its recovery key, then Finish
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.result() == QWizard.DialogCode.Accepted
    assert probe.threads and probe.threads[0] != threading.get_ident()
    assert probe.tick_fired_while_running
    label_shown, bar_shown, text, buttons = probe.seen[0]
    assert label_shown and bar_shown and text == "Creating your encrypted store…"
    assert buttons == {"back": False, "finish": False, "cancel": False}
    try:  # the desk made on the worker is used on the main thread
        assert read_setting(w.desk, "profile")["name"] == "Officer (invented)"
    finally:
        w.desk.db.close()


def test_first_run_ignores_cancel_and_escape_while_the_store_is_made(
        qtbot, data_dir, monkeypatch):
    import ui.dialogs.first_run as first_run

    w = _wizard(qtbot, data_dir, demo=True)

    def cancel_now():
        w.reject()  # Escape and the close box end here
        return w.isVisible(), w.busy_label.text()

    probe = TickProbe(first_run.setup_desk_with_trial, on_tick=cancel_now)
    monkeypatch.setattr(first_run, "setup_desk_with_trial", probe)
    probe.start_timer()
    w.accept()
    qtbot.waitUntil(lambda: not w.busy, timeout=60_000)
    assert probe.seen == [(True, "Creating your encrypted store and the trial desk with the demo "
                                 "data…")]
    assert w.desk is not None and w.currentPage() is w.recovery_page
    w.reject()  # still ignored: the recovery key is shown once, and not yet kept
    assert w.isVisible() and w.result() != QWizard.DialogCode.Accepted
    w.recovery_page.kept_box.setChecked(True)
    w.accept()
    assert w.result() == QWizard.DialogCode.Accepted
    w.desk.db.close()
    w.trial_desk.db.close()


def test_first_run_failure_off_the_ui_thread_leaves_no_half_made_store(
        qtbot, data_dir, monkeypatch, memory_keyring):
    import app.services.admin.demo as demo

    def broken_demo(desk):
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(demo, "load_demo", broken_demo)
    w = _wizard(qtbot, data_dir, demo=True)
    w.accept()
    qtbot.waitUntil(lambda: not w.busy, timeout=30_000)
    assert w.desk is None and w.isVisible() and w.currentId() == 4
    assert w.finish_problem.text().startswith("The store could not be created (disk full")
    assert "nothing was kept" in w.finish_problem.text()
    assert not Database.exists(data_dir)
    assert not data_dir.exists() or not [p for p in data_dir.iterdir() if p.name != "logs"]
    assert not [k for k in memory_keyring.secrets if k[1].startswith("db-key:")]
    assert _buttons(w) == {"back": True, "finish": True, "cancel": True}
    assert not w.busy_label.isVisible() and w.demo_box.isEnabled()


def test_first_run_refusal_from_the_worker_is_named_on_the_page_of_its_field(
        qtbot, data_dir):
    w = _wizard(qtbot, data_dir)
    w.name_edit.setText("   ")  # only spaces: refused by the service, after the pages were passed
    w.accept()
    qtbot.waitUntil(lambda: not w.busy, timeout=30_000)
    assert w.currentId() == 0 and w.desk is None
    assert w.field_errors.text("name").startswith("Name: is required")
    assert not Database.exists(data_dir)


@pytest.fixture
def passphrase_store(data_dir, fresh_passphrase_store):
    return fresh_passphrase_store(data_dir, "long enough phrase")


def test_passphrase_prompt_opens_the_store_off_the_ui_thread(
        qtbot, passphrase_store, monkeypatch):
    import app.services as services
    from ui.dialogs.passphrase import PassphraseDialog

    dialog = PassphraseDialog(passphrase_store)
    qtbot.addWidget(dialog)
    dialog.show()
    probe = TickProbe(services.open_desk, on_tick=lambda: (
        dialog.status.text(), dialog.buttons.isEnabled(), dialog.edit.isEnabled()))
    monkeypatch.setattr(services, "open_desk", probe)
    probe.start_timer()
    dialog.edit.setText("wrong phrase entirely")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert probe.threads[0] != threading.get_ident() and probe.tick_fired_while_running
    assert probe.seen == [("Opening the store…", False, False)]
    assert "wrong passphrase" in dialog.error.text() and dialog.desk is None
    assert dialog.buttons.isEnabled() and dialog.edit.isEnabled()
    dialog.edit.setText("long enough phrase")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == PassphraseDialog.DialogCode.Accepted, timeout=30_000)
    dialog.desk.db.close()


def test_audit_log_reads_its_officer_and_action_lists_off_the_ui_thread(
        qtbot, window, monkeypatch):
    import ui.views.audit as audit_view

    probe = TickProbe(audit_view.distinct_values, on_tick=lambda: window.current_key())
    monkeypatch.setattr(audit_view, "distinct_values", probe)
    probe.start_timer()
    view = window.show_page("audit")
    qtbot.waitUntil(lambda: view.choices_task.is_done, timeout=30_000)
    assert probe.threads[0] != threading.get_ident() and probe.tick_fired_while_running
    assert probe.seen == ["audit"]
    # Offered in words, filtering by the code.
    offered = {view.action.itemText(i): view.action.itemData(i) for i in range(view.action.count())}
    assert offered["Store created"] == "store.init"
