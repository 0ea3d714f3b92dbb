"""Starting the desktop application.

``run_gui(data_dir)``: checks the surroundings first (``ui.startup.preflight``), hands over to an
instance already open on the same store (``ui.single_instance``), installs the excepthook, then
shows the first-run wizard when the data dir holds no store, or asks for the passphrase when the
store uses one, and opens the main window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def open_or_create(data_dir: Path):  # noqa: ANN201 - a Desk or None (cancelled)
    """The desk of ``data_dir``: wizard for a new one, passphrase prompt when needed."""
    from PySide6.QtWidgets import QDialog

    from app.security import keys
    from app.services import open_desk
    from app.store.db import Database
    from ui.dialogs.first_run import FirstRunWizard, PassphraseDialog

    if not Database.exists(data_dir):
        wizard = FirstRunWizard(data_dir)
        return wizard.desk if wizard.exec() == QDialog.DialogCode.Accepted else None
    info = keys.read_keyinfo(data_dir)
    if info is not None and info.method == "passphrase" and not os.environ.get(keys.PASSPHRASE_ENV):
        dialog = PassphraseDialog(data_dir)
        return dialog.desk if dialog.exec() == QDialog.DialogCode.Accepted else None
    return open_desk(data_dir)


def _actor(desk) -> None:  # noqa: ANN001
    """Name the officer in the audit log after their profile once there is one."""
    from app.services.settings import read_setting

    name = (read_setting(desk, "profile") or {}).get("name")
    if name:
        desk.actor = name


def run_gui(data_dir: str | None = None) -> int:
    """Open the main window; returns the process exit code."""
    from ui.startup import preflight, report, resolve_data_dir

    problem = preflight(data_dir)
    if problem:
        return report(problem)
    from PySide6.QtWidgets import QApplication

    from app.store.db import StoreError
    from ui.errors import install_excepthook
    from ui.main_window import APPLICATION, ORGANISATION, MainWindow, app_icon
    from ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("liaison-desk")  # Wayland matches the window to liaison-desk.desktop
    folder = resolve_data_dir(data_dir)
    single = SingleInstance(folder)
    if not single.is_primary():
        if single.activate_primary():
            print(f"liaison-desk: Liaison Desk is already open on {folder}; "
                  "brought its window forward", file=sys.stderr)
            return 0
        return report(single.in_use_message())
    install_excepthook(folder)
    app.setWindowIcon(app_icon())
    try:
        desk = open_or_create(folder)
    except StoreError as exc:
        return report(str(exc))
    if desk is None:
        return 0
    _actor(desk)
    window = MainWindow(desk, folder)
    single.activation_requested.connect(lambda: (window.showNormal(), window.raise_(),
                                                 window.activateWindow()))
    window.show()
    try:
        return app.exec()
    finally:
        desk.db.close()
        single.release()
