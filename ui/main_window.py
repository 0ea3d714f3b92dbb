"""The main window: navigation, one page per area, search, letters, reminders.

Pages are built the first time they are shown, so start-up costs one request list. Views other
engineers write (surveillance, information & disclosures, audit log, the idle lock) are imported
lazily; a build without one shows a one-line "not available" label instead. The commands and
their shortcuts are in ``ui.actions``; the overdue reminder in ``ui.reminders``.

The window is built on an open desk (``ui.app`` opens it first). Pages never refresh each
other: each follows the change broadcast of ``ui.ops`` for the records it shows. Besides the
officer's own writes, the window issues two background ops of its own once it is up: warming the
watch list (``ui.warm_up``) and the daily rolling backup (``docs/administration.md``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMargins, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ui.actions import build_actions, build_menus, build_toolbar
from ui.navigation import Navigation
from ui.reminders import REMINDER_INTERVAL_MS, Reminders
from ui.widgets.screen_fit import fit_to_screen, fitted_size

if TYPE_CHECKING:
    from app.services.context import Desk

ORGANISATION = "LiaisonDesk"
APPLICATION = "Liaison Desk"
__all__ = ["MainWindow", "PAGES", "REMINDER_INTERVAL_MS", "app_icon", "window_settings"]

#: (page key, navigation label) in order. Request groups first. Labels are translated where
#: shown, in the window's context (navigation, View menu).
PAGES: tuple[tuple[str, str], ...] = (
    ("incoming", QT_TRANSLATE_NOOP("MainWindow", "Incoming")),
    ("outgoing", QT_TRANSLATE_NOOP("MainWindow", "Outgoing")),
    ("spontaneous", QT_TRANSLATE_NOOP("MainWindow", "Spontaneous information")),
    ("surveillance", QT_TRANSLATE_NOOP("MainWindow", "Surveillance")),
    ("information", QT_TRANSLATE_NOOP("MainWindow", "Information & disclosures")),
    ("agreements", QT_TRANSLATE_NOOP("MainWindow", "Agreements")),
    ("due", QT_TRANSLATE_NOOP("MainWindow", "Due & overdue")),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log")),
    ("stats", QT_TRANSLATE_NOOP("MainWindow", "Statistics")),
    ("search", QT_TRANSLATE_NOOP("MainWindow", "Search results")),
    ("conflicts", QT_TRANSLATE_NOOP("MainWindow", "Conflicts")),
)
REQUEST_GROUPS = ("incoming", "outgoing", "spontaneous")
#: Views of other parts: page key -> (module, class).
EXTERNAL_VIEWS = {
    "surveillance": ("ui.views.surveillance", "SurveillanceView"),
    "information": ("ui.views.information", "InformationView"),
    "audit": ("ui.views.audit", "AuditView"),
    "conflicts": ("ui.views.conflicts", "ConflictsView"),
}
PAGE_MARGINS = QMargins(6, 6, 6, 2)


#: The least size a restored window opens at (px; less only on a smaller screen).
RESTORED_MINIMUM = (960, 600)


def window_settings() -> QSettings:
    """Where window geometry and column state are kept (an INI file per user)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class MainWindow(Navigation, QMainWindow):
    """One officer's desk. ``page(key)`` returns (building if needed) a page by its key."""

    def __init__(self, desk: Desk, data_dir: Path | None = None, *, reminders: bool = True,
                 idle_lock: bool = True, background: bool = True) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.desk = desk
        self.data_dir = data_dir
        from app.services.admin.demo import is_trial_desk

        #: A trial desk (the invented demo data, ``app.services.admin.trial``): said in the
        #: title and in a banner above every page, so it is never taken for the real desk.
        self.trial = is_trial_desk(desk)
        #: The trial desk's window opened from this one (File > Open the trial desk…).
        self.trial_window: MainWindow | None = None
        #: Close the desk with the window: a trial desk opened from the officer's window.
        self.closes_desk = False
        from app.services.kit.field import is_field_desk

        #: The field kit this desk was opened from (a field desk on a laptop,
        #: ``app.services.kit.field``), or None: said in the title and a banner on every page.
        self.field_kit = is_field_desk(desk)
        self.setWindowTitle(self.tr("Trial desk — invented demo data — Liaison Desk") if self.trial
                            else self.tr("Field desk {0} — Liaison Desk").format(self.field_kit.code)
                            if self.field_kit else self.tr("Liaison Desk"))
        self.pages: dict[str, QWidget] = {}
        self.reminders = Reminders(self, desk, lambda: self.show_page("due"))
        # On a shared server: other officers' committed writes, heard by LISTEN/NOTIFY and put on
        # the one change broadcast, so every page re-reads them as it re-reads this desk's own.
        self.server_changes = self._listen_to_server() if desk.db.engine.dialect.name == "postgresql" \
            else None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        for _key, label in PAGES:
            self.nav.addItem(self.tr(label))
        self.nav.setMinimumWidth(186)  # its longest entry, 'Information & disclosures'
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMaximumWidth(260)
        # Room around each entry: the navigation is the officer's table of contents.
        self.nav.setStyleSheet("QListWidget#navigation { padding: 4px 0; }"
                               "QListWidget#navigation::item { padding: 5px 10px; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for _ in PAGES:
            self.stack.addWidget(QWidget())  # placeholders, replaced on first show
        self.nav.currentRowChanged.connect(self._show_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([186, 1214])
        self.setCentralWidget(self._with_trial_banner(self.splitter) if self.trial
                              else self._with_field_banner(self.splitter) if self.field_kit
                              else self.splitter)

        build_actions(self)
        build_toolbar(self)
        build_menus(self, PAGES)
        self._key_status()
        self._due_status()
        self.nav.setCurrentRow(0)
        self._restore_state()
        if idle_lock:
            self.idle_lock = self._external("ui.lock", "install_idle_lock",
                                            lambda f: f(self, self.desk))
        if reminders:
            self.reminders.start()
        if background:
            # Once the first list has painted: the watch list's build is seconds of pure Python
            # that would hold the interpreter while the window is still being drawn (main window
            # budget, docs/benchmarks.md).
            first = self.pages.get(self.current_key())
            table = getattr(first, "table", None)
            if hasattr(table, "after_next_paint"):
                table.after_next_paint(lambda: QTimer.singleShot(0, self, self._background_ops))
            else:
                QTimer.singleShot(0, self, self._background_ops)

    def _background_ops(self) -> None:
        """The window's own ops: warm the watch list, and make the day's rolling backup."""
        from ui import warm_up

        self.warm_ups = warm_up.start(self.desk)
        if self.desk.db.path is not None:
            from app.services.admin import backup
            from ui.ops import DeskOp

            def backup_if_due(desk: Desk):  # a Path or None
                return backup.rolling_backup(desk) if backup.should_backup_today(desk) else None

            def failed(exc: BaseException) -> None:
                self.statusBar().showMessage(
                    self.tr("The daily backup failed: {0}").format(exc), 15000)

            DeskOp(self, backup_if_due).failure(failed).run(self.desk)

    # -- building -----------------------------------------------------------------------------
    def _with_trial_banner(self, content: QWidget) -> QWidget:
        """``content`` under a banner that says this is the trial desk, on every page."""
        from PySide6.QtWidgets import QVBoxLayout

        self.trial_banner = QLabel(self.tr(
            "<b>Trial desk — invented demo data.</b> Nothing here is real, and nothing here "
            "reaches your own desk, which is kept separately."))
        self.trial_banner.setObjectName("trial_banner")
        self.trial_banner.setWordWrap(True)
        self.trial_banner.setToolTip(str(self.data_dir or ""))
        self.trial_banner.setStyleSheet(
            "QLabel#trial_banner { background: #fff3cd; color: #5c4400; padding: 6px 10px;"
            " border-bottom: 1px solid #e0c36c; }")
        box = QWidget()
        box.setObjectName("trial_frame")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.trial_banner)
        layout.addWidget(content, 1)
        return box

    def _with_field_banner(self, content: QWidget) -> QWidget:
        """``content`` under a banner that says this is a field desk: which kit, from when, and
        that its work goes back to the desk as a return (File > Write field return…)."""
        from PySide6.QtWidgets import QVBoxLayout

        kit = self.field_kit
        assert kit is not None
        self.field_banner = QLabel(self.tr(
            "<b>Field desk — kit {0}</b>{1} — made at the desk on {2:%Y-%m-%d} by {3}. It "
            "holds only the kit's records; write a field return (File menu) to bring your work "
            "back to the desk.").format(kit.code, f" · {kit.label}" if kit.label else "",
                                        kit.made_at, kit.made_by))
        self.field_banner.setObjectName("field_banner")
        self.field_banner.setWordWrap(True)
        self.field_banner.setToolTip(self.tr("Desk key {0}").format(kit.desk_key))
        self.field_banner.setStyleSheet(
            "QLabel#field_banner { background: #dbeafe; color: #1e3a5f; padding: 6px 10px;"
            " border-bottom: 1px solid #93b4dd; }")
        box = QWidget()
        box.setObjectName("field_frame")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.field_banner)
        layout.addWidget(content, 1)
        return box

    def _key_status(self) -> None:
        info = self.desk.db.key_info
        method = getattr(info, "method", None)
        text = {"keyring": self.tr("Store encrypted; key in the OS keyring"),
                "passphrase": self.tr("Store encrypted; key from your passphrase")}.get(
            method, self.tr("Store on a database server"))
        self.key_label = QLabel(text)
        self.key_label.setObjectName("key_status")
        self.statusBar().addPermanentWidget(self.key_label)

    def _due_status(self) -> None:
        """A permanent status-bar line "N overdue · M due soon" (click: Due & overdue). It
        follows the change broadcast like a page: counted again (off the UI thread) after any
        write to requests, agreements or subjects, the answers of older counts dropped."""
        from PySide6.QtWidgets import QPushButton

        from ui.ops import follow_changes

        self.due_label = QPushButton("")
        self.due_label.setObjectName("due_status")
        self.due_label.setFlat(True)
        self.due_label.setToolTip(self.tr("Open Due & overdue"))
        self.due_label.clicked.connect(lambda: self.show_page("due"))
        self.statusBar().addPermanentWidget(self.due_label)
        self._due_count = 0
        follow_changes(self.due_label, ("request", "agreement", "subject"),
                       lambda _changes: self.count_due())
        self.count_due()

    def count_due(self) -> None:
        """Count what is overdue and due soon again, on a worker; the line shows the newest."""
        from app.services import due
        from ui.tasks import run_task

        self._due_count += 1
        token = self._due_count

        def shown(counts: tuple[int, int]) -> None:
            if token != self._due_count:
                return  # a later count is on its way: this one speaks of an older desk
            overdue, soon = counts
            self.due_label.setText(self.tr("{0} overdue · {1} due soon").format(overdue, soon))

        run_task(due.counts, self.desk, on_done=shown, on_error=lambda _exc: None)

    def _external(self, module: str, name: str, make: Callable):  # noqa: ANN202
        try:
            target = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            return None
        return make(target)

    def _make_page(self, key: str) -> QWidget:
        if key in REQUEST_GROUPS:
            from ui.views.requests import RequestsView

            view = RequestsView(self.desk, key)
            view.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
            header = window_settings().value(f"columns/{key}")
            if isinstance(header, QByteArray):
                view.table.horizontalHeader().restoreState(header)
            splitter = window_settings().value(f"splitter/{key}")
            if isinstance(splitter, QByteArray):
                view.splitter.restoreState(splitter)
            return view
        if key == "agreements":
            from ui.views.agreements import AgreementsView

            return AgreementsView(self.desk)
        if key == "due":
            from ui.views.due import DueView

            view = DueView(self.desk)
            view.open_item.connect(self.open_due_item)
            return view
        if key == "stats":
            from ui.views.stats import StatsView

            view = StatsView(self.desk)
            view.open_request.connect(self.open_request)
            return view
        if key == "search":
            from ui.views.search import SearchView

            view = SearchView(self.desk)
            view.open_hit.connect(self.open_hit)
            return view
        module, name = EXTERNAL_VIEWS[key]
        view = self._external(module, name, lambda cls: cls(self.desk))
        if view is None:
            label = QLabel(self.tr("{0} is not available in this build.").format(
                self.tr(dict(PAGES)[key])))
            label.setObjectName(f"unavailable_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        return view

    # -- pages --------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self.pages:
            row = [k for k, _ in PAGES].index(key)
            widget = self._make_page(key)
            if widget.layout() is not None:  # one margin for every page, whoever wrote it
                widget.layout().setContentsMargins(PAGE_MARGINS)
            old = self.stack.widget(row)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(row, widget)
            self.pages[key] = widget
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(PAGES[row][0])
        self.stack.setCurrentWidget(widget)

    def show_page(self, key: str) -> QWidget:
        """Navigate to page ``key``."""
        row = [k for k, _ in PAGES].index(key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def current_key(self) -> str:
        """Key of the page shown."""
        return PAGES[max(self.nav.currentRow(), 0)][0]

    def _current_requests(self):  # a RequestsView
        key = self.current_key()
        return self.page(key if key in REQUEST_GROUPS else "incoming")

    # -- actions ------------------------------------------------------------------------------
    def new_request(self) -> None:
        """Ctrl+N: a new request in the current group (Incoming when elsewhere)."""
        view = self._current_requests()
        if self.current_key() not in REQUEST_GROUPS:
            self.show_page(view.group)
        view.new_request()

    def selected_ref(self) -> str | None:
        """The request selected on the page shown (a request list, or an item's request)."""
        widget = self.pages.get(self.current_key())
        if self.current_key() in REQUEST_GROUPS and widget is not None:
            return widget.current_ref() or (widget.detail.view.our_ref if widget.detail.view else None)
        current = getattr(widget, "current", None)  # Information & disclosures: the item's request
        return getattr(current, "request_ref", None)

    def print_current(self) -> None:
        """Ctrl+P: the Letters dialog of the selected request."""
        ref = self.selected_ref()
        if ref is None:
            self.statusBar().showMessage(self.tr("Select a request first: its letters open with Ctrl+P."), 6000)
            return None
        from ui.dialogs.letters import LettersDialog

        dialog = LettersDialog(self.desk, ref, self)
        dialog.open()
        return dialog

    def open_settings(self):  # noqa: ANN201 - a ui.dialogs.settings.SettingsDialog
        """Edit ▸ Settings… (Ctrl+,): the officer's profile and the desk's settings."""
        from ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.desk, self)
        dialog.open()
        return dialog

    def open_directory(self):  # noqa: ANN201 - a ui.dialogs.directory.DirectoryDialog
        """Edit ▸ Directory… : administrations, designated officials (Art. 7.3), authorities."""
        from ui.dialogs.directory import DirectoryDialog

        dialog = DirectoryDialog(self.desk, self)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        """Ctrl+F: into the search field."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def refresh_current(self) -> None:
        """F5: re-read the page shown."""
        widget = self.page(self.current_key())
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def open_trial_desk(self, desk: Desk | None = None) -> MainWindow | None:
        """File > Open the trial desk…: the invented demo data in a window of its own, on its
        own store beside the data dir (``app.services.admin.trial``), made first when there is
        none yet. ``desk``: the trial desk already open (the first-run wizard made it).
        Returns the trial window, or None when nothing was opened."""
        if self.trial_window is not None:
            self.trial_window.showNormal()
            self.trial_window.raise_()
            self.trial_window.activateWindow()
            return self.trial_window
        if desk is None:
            from ui.dialogs.trial import obtain_trial_desk

            desk = obtain_trial_desk(self, self.desk, self.data_dir)
            if desk is None:
                return None
        from app.services.admin.settings import name_the_officer
        from app.services.admin.trial import trial_dir

        name_the_officer(desk)
        window = MainWindow(desk, trial_dir(self.data_dir), reminders=False, idle_lock=False)
        window.closes_desk = True
        window.destroyed.connect(lambda *_: setattr(self, "trial_window", None))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.trial_window = window
        window.show()
        return window

    # -- field kits ---------------------------------------------------------------------------
    def prepare_field_kit(self):  # noqa: ANN201 - a ui.dialogs.field_kit.PrepareKitDialog
        """File > Prepare field kit…: the selected request is offered; the officer adds more."""
        from ui.dialogs.field_kit import PrepareKitDialog

        ref = self.selected_ref()
        dlg = PrepareKitDialog(self.desk, self, refs=[ref] if ref else [])
        dlg.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Field kit {0} written to {1}").format(dlg.result_value.code,
                                                            dlg.result_value.path), 10000))
        dlg.open()
        return dlg

    def merge_field_return(self):  # noqa: ANN201 - a ui.dialogs.field_kit.MergeReturnDialog
        """File > Merge field return…: what the merge did is said; conflicts open their page."""
        from ui.dialogs.field_kit import MergeReturnDialog, merge_summary

        dlg = MergeReturnDialog(self.desk, self)

        def merged() -> None:
            result = dlg.result_value
            QMessageBox.information(self, self.tr("Field return"), merge_summary(result))
            if getattr(result, "conflicts", None):
                self.show_page("conflicts")

        dlg.accepted.connect(merged)
        dlg.open()
        return dlg

    def write_field_return(self):  # noqa: ANN201 - a ui.dialogs.field_kit.WriteReturnDialog
        """File > Write field return… (a field desk)."""
        from ui.dialogs.field_kit import WriteReturnDialog

        dlg = WriteReturnDialog(self.desk, self)
        dlg.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Return {0} written to {1}").format(dlg.result_value.sequence,
                                                         dlg.result_value.path), 10000))
        dlg.open()
        return dlg

    # -- reminders ----------------------------------------------------------------------------
    @property
    def last_reminder(self) -> str | None:
        """The last reminder shown."""
        return self.reminders.last

    def remind(self) -> str:
        """Tell the officer what is overdue or due soon (tray message, else the status bar)."""
        return self.reminders.remind()

    # -- state --------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = window_settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            # A window last left squashed (321 px tall) opens usable: at least the least size
            # the pages lay out in, as far as the screen allows.
            least = fitted_size(*RESTORED_MINIMUM, self)
            if self.width() < least.width() or self.height() < least.height():
                self.resize(max(self.width(), least.width()), max(self.height(), least.height()))
        else:
            # Roomy on an office monitor; on a 1,366 x 768 laptop it takes the free height.
            fit_to_screen(self, 1400, 860)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        split = s.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def save_state(self) -> None:
        """Keep geometry, splitters and column layout for the next start."""
        s = window_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        for key in REQUEST_GROUPS:
            if key in self.pages:
                s.setValue(f"columns/{key}", self.pages[key].table.horizontalHeader().saveState())
                s.setValue(f"splitter/{key}", self.pages[key].splitter.saveState())
        s.sync()

    def _listen_to_server(self):  # an app.store.changes.ServerChanges
        from app.store.changes import ServerChanges
        from ui import ops

        relay = _ServerRelay(self)
        relay.arrived.connect(lambda changes: ops.bus().changed.emit(changes, None))
        # Called on the listening thread: the signal crosses to the UI thread (queued).
        return ServerChanges(self.desk.db.engine.url, self.desk.db.origin,
                             lambda changes, _actor: relay.arrived.emit(changes))

    def closeEvent(self, event) -> None:  # Qt override
        if self.server_changes is not None:
            self.server_changes.stop()
        if not self.trial:  # the trial window must not decide where the officer's opens
            self.save_state()
        self.reminders.hide()
        super().closeEvent(event)
        if self.trial_window is not None:
            self.trial_window.close()
        if self.closes_desk:
            # Its writes and reads finish first: a worker reading a closed store would crash.
            from PySide6.QtCore import QThreadPool

            from ui import ops

            self.desk.forget_watch_index()
            ops.wait_for_writes()
            QThreadPool.globalInstance().waitForDone(3000)
            self.desk.db.close()

    def about(self) -> None:
        """Help > About."""
        from app import __version__

        QMessageBox.about(self, self.tr("About Liaison Desk"), self.tr(
            "Liaison Desk {0}\nRequests for customs mutual assistance under CMAAs.").format(__version__))


class _ServerRelay(QObject):
    """Carries another officer's changes from the listening thread to the UI thread."""

    arrived = Signal(object)


def app_icon():
    """The window icon: the project's PNG sizes from ``resources/icons/hicolor`` (a standard
    icon if they are missing)."""
    from PySide6.QtGui import QIcon

    from app.paths import resource

    icon = QIcon()
    for png in sorted(resource("icons", "hicolor").glob("*/apps/liaison-desk.png")):
        icon.addFile(str(png))
    if icon.isNull():
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
    return icon
