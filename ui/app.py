"""Starting the desktop application.

``run_gui(data_dir)``: checks the surroundings first (``ui.startup.preflight``), hands over to an
instance already open on the same store (``ui.single_instance``), installs the excepthook, then
shows the first-run wizard when the data dir holds no store, or asks for the passphrase when the
store uses one, and opens the main window on the open desk.

The desk is opened on a worker through the one background helper (``ui.tasks.run_task``; key
derivation and the schema check never freeze a window), as Anki opens its collection before its
main window; the window is built once, on a desk that is already open.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def open_or_create(data_dir: Path):  # (a Desk or None (cancelled), the trial Desk or None)
    """The desk of ``data_dir``: wizard for a new one, passphrase prompt when needed, else opened
    on a worker (keyring, or the passphrase in the environment) while the event loop runs.
    Answers the desk and, when the wizard made one, the open trial desk (demo data)."""
    from PySide6.QtWidgets import QDialog

    from app.security import keys
    from app.store.db import Database

    # Each dialog is imported when it is shown: the wizard brings the whole write side (the
    # store's models, the demo), which an officer opening an existing desk does not need before
    # the window (main window budget, docs/benchmarks.md).
    if not Database.exists(data_dir):
        from ui.dialogs.first_run import RELAUNCH, FirstRunWizard

        typed: dict[str, str] = {}
        while True:
            wizard = FirstRunWizard(data_dir)
            wizard.fill_in(typed)
            result = wizard.exec()
            if result == RELAUNCH:  # another language chosen: the wizard again, in it
                typed = wizard.typed
                continue
            if result == QDialog.DialogCode.Accepted:
                return wizard.desk, wizard.trial_desk
            return None, None
    info = keys.read_keyinfo(data_dir)
    # Read once and taken out of the environment: nothing later in this process (the idle
    # lock above all) can open the desk with it.
    given = os.environ.pop(keys.PASSPHRASE_ENV, None) or None
    if info is not None and info.method == "passphrase" and not given:
        from ui.dialogs.passphrase import PassphraseDialog

        dialog = PassphraseDialog(data_dir)
        return (dialog.desk if dialog.exec() == QDialog.DialogCode.Accepted else None), None
    return open_in_background(data_dir, passphrase=given), None


def open_in_background(data_dir: Path, passphrase: str | None = None):  # a Desk
    """Open the store of ``data_dir`` on a worker and wait for it with the event loop running
    (a busy dialog shows if it takes a while); raises what opening raised."""

    from app.services import open_desk
    from ui.tasks import run_and_wait

    return run_and_wait(open_desk, data_dir, passphrase=passphrase,
                        progress=QCoreApplication.translate("startup", "Opening the store…"))


def _actor(desk) -> None:
    """Name the officer in the audit log after their profile once there is one."""
    from app.services.admin.settings import name_the_officer

    name_the_officer(desk)


class Started:
    """A shown main window on an open desk, and what it needs until the event loop ends
    (``run_gui``; the start-up benchmark drives the same object). ``first_paint_at``: when the
    request list had been painted (``time.perf_counter``)."""

    def __init__(self, app, window, single, folder: Path,
                 on_first_paint: Callable[[], None] | None) -> None:
        self.app, self.window, self.single, self.folder = app, window, single, folder
        self.desk = window.desk
        self.first_paint_at: float | None = None
        self._on_first_paint = on_first_paint
        window.page("incoming").table.after_next_paint(self._painted)

    def _painted(self) -> None:
        if self.first_paint_at is not None:
            return
        self.first_paint_at = time.perf_counter()
        if self._on_first_paint is not None:
            self._on_first_paint()

    def close(self) -> None:
        """Let the queued writes and reads finish, close the store, give up the single-instance
        claim."""
        from PySide6.QtCore import QThreadPool

        from ui import ops

        self.desk.forget_watch_index()  # a warm-up still reading subjects stops at its next batch
        ops.wait_for_writes()
        QThreadPool.globalInstance().waitForDone(3000)  # workers finish before the store closes
        self.desk.db.close()
        self.single.release()


def run_gui(data_dir: str | None = None) -> int:
    """Open the main window; returns the process exit code."""
    started = start_gui(data_dir)
    if isinstance(started, int):
        return started
    try:
        code = started.app.exec()
    finally:
        started.close()
    # Settings closed the window to restart in another language (ui.restart): the store is
    # closed and the single-instance claim given up, so the new process opens it.
    from ui.restart import relaunch_if_asked

    relaunch_if_asked(started.app)
    return code


def start_gui(data_dir: str | None = None, *,
              on_first_paint: Callable[[], None] | None = None) -> Started | int:
    """Everything ``run_gui`` does before the event loop: checks, single instance, the desk
    opened, the window shown. Returns an exit code instead when the window does not open
    (refused, handed over, cancelled)."""
    from ui.startup import preflight, report, resolve_data_dir

    problem = preflight(data_dir)
    if problem:
        return report(problem)
    folder = resolve_data_dir(data_dir)
    from PySide6.QtWidgets import QApplication

    from app.store.db import StoreError
    from ui.errors import install_excepthook
    from ui.main_window import APPLICATION, ORGANISATION, MainWindow, app_icon
    from ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("liaison-desk")  # Wayland matches the window to liaison-desk.desktop
    from ui.plurals import install_plurals

    install_plurals(app)  # "1 subject", "5 subjects" from tr("%n subject(s)", "", n)
    from ui.i18n import install_language

    # Before any window, the first-run wizard and the passphrase prompt included: the officer's
    # language (Settings, or the system locale), Qt's own dialogs in it too.
    catalogues = install_language(app)
    single = SingleInstance(folder)
    if not single.is_primary():
        if single.activate_primary():
            print(f"liaison-desk: Liaison Desk is already open on {folder}; "
                  "brought its window forward", file=sys.stderr)
            return 0
        return report(single.in_use_message())
    install_excepthook(folder)
    import logging

    from ui.errors import LOGGER
    from ui.i18n import language

    # The bundle check (packaging/check.sh) reads this line to see a Japanese start.
    logging.getLogger(LOGGER).info("interface language: %s (catalogues: %s)", language(),
                                   ", ".join(catalogues) or "none")
    app.setWindowIcon(app_icon())
    try:
        desk, trial = open_or_create(folder)
    except StoreError as exc:
        single.release()
        return report(str(exc))
    if desk is None:
        single.release()
        return 0
    _actor(desk)
    window = MainWindow(desk, folder)
    single.activation_requested.connect(lambda: (window.showNormal(), window.raise_(),
                                                 window.activateWindow()))
    started = Started(app, window, single, folder, on_first_paint)
    window.show()
    if trial is not None:  # the wizard made the trial desk: it opens in its own window
        window.open_trial_desk(trial)
    from ui.dialogs.unlock_passphrase import UnlockPassphraseDialog, needs_unlock_passphrase

    if needs_unlock_passphrase(desk):  # the idle lock must ask for a secret the officer knows
        window.unlock_dialog = UnlockPassphraseDialog(desk, window)
        window.unlock_dialog.open()
    return started
