"""Starting the desktop application.

``run_gui(data_dir)``: checks the surroundings first (``ui.startup.preflight``), hands over to an
instance already open on the same store (``ui.single_instance``), installs the excepthook, then
shows the first-run wizard when the data dir holds no store, or asks for the passphrase when the
store uses one, and opens the main window.

Start-up paints first, then loads: when the store's key is at hand (keyring, or the passphrase
in the environment) the key is derived on a thread while Qt loads, the Incoming list's first page
is read with plain ``sqlcipher3`` (``app.services.quick_list``) and painted; then the full desk's
modules (SQLAlchemy, models) are imported on a worker thread while the window stays live, and the
desk is opened on the main thread with the key already unlocked and handed to the window. Any
problem on that fast path (wrong key, unreadable file) falls back to the ordinary path, which
reports it.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
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
    from app.services.admin.settings import read_setting

    name = (read_setting(desk, "profile") or {}).get("name")
    if name:
        desk.actor = name


class _KeyAhead:
    """The first-paint reader, made on a thread while Qt loads (scrypt and SQLite release the
    GIL) when the key can be had without asking: a keyring store, or the passphrase in the
    environment. ``get()`` returns (key info, QuickList, key) or None: then the ordinary path
    opens the store, and reports what is wrong (wrong key, damaged file) in its own words.

    The reader's modules are imported here, on the calling thread, before the thread starts:
    two threads importing at once can see a module half-initialised (``dataclasses`` read a
    half-imported ``typing`` and the fast path was silently lost), so the thread only derives,
    connects and reads."""

    def __init__(self, folder: Path) -> None:
        from app.paths import DATABASE_URL_ENV

        self.result: tuple | None = None
        self.thread: threading.Thread | None = None
        if os.environ.get(DATABASE_URL_ENV) or not (folder / "desk.db").exists():
            return
        from app.security import keys
        from app.services.quick_list import QuickList, connect

        try:
            info = keys.read_keyinfo(folder)
        except (OSError, ValueError, TypeError):
            return  # the ordinary path reports the damaged key file
        if info is None or (info.method == "passphrase" and not os.environ.get(keys.PASSPHRASE_ENV)):
            return  # no key info (the ordinary path says so), or the dialog comes first
        if info.method == "keyring":
            import keyring  # noqa: F401 - here, not on the thread (see above)

        def derive() -> None:
            try:
                key = keys.unlock_key(info)
                self.result = (info, QuickList(connect(folder, key)), key)
            except Exception:  # noqa: BLE001 - the ordinary path reports it in its own words
                self.result = None

        self.thread = threading.Thread(target=derive, name="store-key", daemon=True)
        self.thread.start()

    def get(self) -> tuple | None:
        if self.thread is None:
            return None
        self.thread.join()
        return self.result


#: Modules the full desk needs, imported on a worker thread after the first paint (SQLAlchemy,
#: the models and their mappers: ~0.3 s of pure Python that would otherwise freeze the window).
#: None of them imports Qt. The desk itself is then opened on the main thread (a few ms).
DESK_MODULES = ("app.services.context", "app.store.db", "app.store.models",
                "app.services.requests.listing", "app.services.admin.settings")


def _prepare_desk_modules() -> None:
    import importlib

    for name in DESK_MODULES:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


class Started:
    """A shown main window and what it needs until the event loop ends (``run_gui``; the
    start-up benchmark drives the same object). ``first_paint_at``: when the list's first page
    had been painted (``time.perf_counter``); ``desk`` is set once the full desk is attached."""

    def __init__(self, app, window, single, folder: Path,  # noqa: ANN001
                 on_first_paint: Callable[[], None] | None, key: bytes | None = None) -> None:
        from PySide6.QtCore import QTimer

        self.app, self.window, self.single, self.folder = app, window, single, folder
        self._key = key  # unlocked for the first paint; saves a second scrypt when the desk opens
        self._preparing: threading.Thread | None = None
        self.desk = window.desk
        self.first_paint_at: float | None = None
        self.failed: str | None = None
        self._on_first_paint = on_first_paint
        self._closed = False

        # _painted runs once this paint is done and on screen
        window.page("incoming").table.after_next_paint(lambda: QTimer.singleShot(0, self._painted))
        QTimer.singleShot(1500, self._settle)  # never painted (minimised): go on anyway

    def _painted(self) -> None:
        if self.first_paint_at is None:
            self.first_paint_at = time.perf_counter()
            if self._on_first_paint is not None:
                self._on_first_paint()
            from ui.errors import setup_logging

            try:
                setup_logging(self.folder)
            except OSError:
                pass  # preflight checked the folder; if it still fails, the first error retries
        self._settle()

    def _settle(self) -> None:
        """After the first paint: answer later starts (``SingleInstance.listen``) and load."""
        if self._closed:
            return
        self.single.listen()
        self._load_desk()

    def _load_desk(self) -> None:
        """Right after the first paint: import the desk's modules on a worker thread while the
        window stays live, then open the desk on the main thread."""
        if self.desk is not None or self.failed or self._preparing is not None:
            return
        from PySide6.QtCore import QTimer

        def prepare() -> None:
            try:
                _prepare_desk_modules()
            except Exception:  # noqa: BLE001 - opening the desk below reports it in its words
                pass

        self._preparing = threading.Thread(target=prepare, name="desk-modules", daemon=True)
        self._preparing.start()
        self._poll = QTimer(self.window)
        self._poll.setInterval(10)
        self._poll.timeout.connect(self._open_when_ready)
        self._poll.start()

    def _open_when_ready(self) -> None:
        if self._preparing is not None and self._preparing.is_alive():
            return
        self._poll.stop()
        self._open_desk()

    def _open_desk(self) -> None:
        """Open the full desk (its modules already imported) and hand it to the window."""
        if self.desk is not None or self.failed:
            return
        from app.services import open_desk
        from app.store.db import StoreError
        from ui.startup import report

        key, self._key = self._key, None  # the desk holds it from here on
        desk = None
        try:
            desk = open_desk(self.folder, key=key)
            _actor(desk)
            self.window.attach_desk(desk)
        except Exception as exc:  # noqa: BLE001 - any failure ends the start, never a half-open desk
            import logging

            from ui.errors import LOGGER, describe

            if desk is not None:
                desk.db.close()
            logging.getLogger(LOGGER).error("opening the desk failed", exc_info=exc)
            self.failed = str(exc) if isinstance(exc, StoreError) else describe(type(exc), exc)
            self.window.hide()
            self.app.exit(report(self.failed))
            return
        self.desk = desk

    def close(self) -> None:
        """Close the store and give up the single-instance claim."""
        self._closed = True
        if self._preparing is not None:
            self._preparing.join(timeout=5)  # never tear Python down under a half-done import
        if self.desk is not None:
            if "app.services.surveillance.watch_index" in sys.modules:
                # A watch-list warm-up still reading 100k subjects stops at its next batch
                # instead of holding the exit for seconds.
                sys.modules["app.services.surveillance.watch_index"].forget(self.desk)
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(3000)  # workers finish before the store closes
            self.desk.db.close()
        elif self.window.quick is not None:
            self.window.quick.close()
        self.single.release()


def run_gui(data_dir: str | None = None) -> int:
    """Open the main window; returns the process exit code."""
    started = start_gui(data_dir)
    if isinstance(started, int):
        return started
    try:
        code = started.app.exec()
        return code
    finally:
        started.close()


def start_gui(data_dir: str | None = None, *,
              on_first_paint: Callable[[], None] | None = None) -> Started | int:
    """Everything ``run_gui`` does before the event loop: checks, single instance, store, the
    window shown (its first page painted by the loop, then the full desk attached). Returns an
    exit code instead when the window does not open (refused, handed over, cancelled)."""
    from ui.startup import preflight, report, resolve_data_dir

    problem = preflight(data_dir)
    if problem:
        return report(problem)
    folder = resolve_data_dir(data_dir)
    ahead = _KeyAhead(folder)  # the key is derived while Qt loads
    from PySide6.QtWidgets import QApplication

    from ui.errors import install_excepthook
    from ui.main_window import APPLICATION, ORGANISATION, MainWindow, app_icon
    from ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("liaison-desk")  # Wayland matches the window to liaison-desk.desktop
    single = SingleInstance(folder)
    if not single.is_primary(listen=False):  # Started listens once the window has painted
        if single.activate_primary():
            print(f"liaison-desk: Liaison Desk is already open on {folder}; "
                  "brought its window forward", file=sys.stderr)
            return 0
        return report(single.in_use_message())
    install_excepthook(folder, defer_logging=True)  # the log file opens after the first paint
    app.setWindowIcon(app_icon())
    quick = ahead.get()
    if quick is not None:
        window = MainWindow(None, folder, quick=quick[1], key_method=quick[0].method)
    else:
        from app.store.db import StoreError

        single.listen()  # no fast first paint to wait for: a wizard or a prompt may stay open long
        try:
            desk = open_or_create(folder)
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
    started = Started(app, window, single, folder, on_first_paint,
                      key=quick[2] if quick is not None else None)
    window.show()
    return started
