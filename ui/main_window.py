"""The main window: navigation, one page per area, search, reminders.

Pages are built the first time they are shown, so start-up costs one request list. Views other
engineers write (surveillance, information & disclosures, audit log, the idle lock) are imported
lazily; a build without one shows a one-line "not available" label instead.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QLabel, QLineEdit, QListWidget, QMainWindow, QMessageBox, QSplitter,
    QStackedWidget, QStyle, QSystemTrayIcon, QToolBar, QWidget,
)

from app.services.context import Desk

ORGANISATION = "LiaisonDesk"
APPLICATION = "Liaison Desk"
REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000

#: (page key, navigation label) in order. Request groups first.
PAGES: tuple[tuple[str, str], ...] = (
    ("incoming", "Incoming"),
    ("outgoing", "Outgoing"),
    ("spontaneous", "Spontaneous information"),
    ("surveillance", "Surveillance"),
    ("information", "Information & disclosures"),
    ("agreements", "Agreements"),
    ("due", "Due & overdue"),
    ("audit", "Audit log"),
    ("search", "Search results"),
)
REQUEST_GROUPS = ("incoming", "outgoing", "spontaneous")
#: Views of other parts: page key -> (module, class).
EXTERNAL_VIEWS = {
    "surveillance": ("ui.views.surveillance", "SurveillanceView"),
    "information": ("ui.views.information", "InformationView"),
    "audit": ("ui.views.audit", "AuditView"),
}
GROUP_OF_DIRECTION = {"incoming": "incoming", "outgoing": "outgoing",
                      "spontaneous-in": "spontaneous", "spontaneous-out": "spontaneous"}


def window_settings() -> QSettings:
    """Where window geometry and column state are kept (an INI file per user)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class MainWindow(QMainWindow):
    """One officer's desk. ``page(key)`` returns (building if needed) a page by its key."""

    def __init__(self, desk: Desk, data_dir: Path | None = None, *, reminders: bool = True,
                 idle_lock: bool = True) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.desk = desk
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Liaison Desk"))
        self.pages: dict[str, QWidget] = {}
        self.tray: QSystemTrayIcon | None = None
        self.last_reminder: str | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        for _key, label in PAGES:
            self.nav.addItem(self.tr(label))
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(260)
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
        self.splitter.setSizes([200, 1200])
        self.setCentralWidget(self.splitter)

        self._build_toolbar()
        self._build_menus()
        self._key_status()
        self.nav.setCurrentRow(0)
        self._restore_state()
        if idle_lock:
            self.idle_lock = self._external("ui.lock", "install_idle_lock", lambda f: f(self, desk))
        if reminders:
            QTimer.singleShot(0, self.remind)
            self.reminder_timer = QTimer(self)
            self.reminder_timer.setInterval(REMINDER_INTERVAL_MS)
            self.reminder_timer.timeout.connect(self.remind)
            self.reminder_timer.start()

    # -- building -----------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: Callable,
                name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(self.tr("Search requests, subjects, information… (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(420)
        self.search_field.returnPressed.connect(self.run_search)
        self.act_new = self._action(self.tr("&New request"), QKeySequence.StandardKey.New,
                                    self.new_request, "action_new")
        self.act_print = self._action(self.tr("&Print letters…"), QKeySequence.StandardKey.Print,
                                      self.print_current, "action_print")
        self.act_search = self._action(self.tr("&Search"), QKeySequence.StandardKey.Find,
                                       self.focus_search, "action_search")
        self.act_refresh = self._action(self.tr("&Refresh"), "F5", self.refresh_current,
                                        "action_refresh")
        self.act_quick_check = self._action(self.tr("&Check a name / number…"), "Ctrl+Shift+F",
                                            self.quick_check, "action_quick_check")
        self.act_quit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close,
                                     "action_quit")
        bar.addAction(self.act_new)
        bar.addAction(self.act_print)
        bar.addAction(self.act_refresh)
        bar.addSeparator()
        bar.addWidget(self.search_field)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.act_new)
        menu.addAction(self.act_print)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.act_search)
        view.addAction(self.act_quick_check)
        view.addAction(self.act_refresh)
        view.addSeparator()
        for row, (key, label) in enumerate(PAGES):
            act = QAction(self.tr(label), self)
            act.setObjectName(f"goto_{key}")
            if row < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            act.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.addAction(act)
            view.addAction(act)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Liaison Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _key_status(self) -> None:
        info = getattr(self.desk.db, "key_info", None)
        method = getattr(info, "method", None)
        text = {"keyring": self.tr("Store encrypted; key in the OS keyring"),
                "passphrase": self.tr("Store encrypted; key from your passphrase")}.get(
            method, self.tr("Store on a database server"))
        self.key_label = QLabel(text)
        self.key_label.setObjectName("key_status")
        self.statusBar().addPermanentWidget(self.key_label)

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

            view = AgreementsView(self.desk)
            view.changed.connect(self._agreements_changed)
            return view
        if key == "due":
            from ui.views.due import DueView

            view = DueView(self.desk)
            view.open_item.connect(self.open_due_item)
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

    def _current_requests(self):  # noqa: ANN202 - a RequestsView
        key = self.current_key()
        return self.page(key if key in REQUEST_GROUPS else "incoming")

    # -- actions ------------------------------------------------------------------------------
    def new_request(self) -> None:
        """Ctrl+N: a new request in the current group (Incoming when elsewhere)."""
        view = self._current_requests()
        if self.current_key() not in REQUEST_GROUPS:
            self.show_page(view.group)
        view.new_request()

    def print_current(self) -> None:
        """Ctrl+P: letters of the selected request."""
        if self.current_key() in REQUEST_GROUPS:
            self.page(self.current_key()).print_current()
        else:
            self.statusBar().showMessage(self.tr("Select a request to print its letters."), 4000)

    def focus_search(self) -> None:
        """Ctrl+F: into the search field."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def quick_check(self) -> None:
        """Ctrl+Shift+F: check a name or number against the watch list (Art. 4.2)."""
        from ui.dialogs.quick_check import QuickCheckDialog

        dialog = QuickCheckDialog(self.desk, self)
        dialog.open_subject.connect(lambda code: self._open_in("surveillance", "open_subject", code))
        dialog.show()

    def run_search(self) -> None:
        """Search for the field's text and show the results page."""
        view = self.show_page("search")
        view.run(self.search_field.text())
        view.tree.setFocus()

    def refresh_current(self) -> None:
        """F5: re-read the page shown."""
        widget = self.page(self.current_key())
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def open_request(self, ref: str) -> bool:
        """Show request ``ref`` in its group's list."""
        from app.services.requests import get_request
        from app.treaty.errors import RuleViolation

        try:
            view = get_request(self.desk, ref)
        except RuleViolation as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return False
        page = self.show_page(GROUP_OF_DIRECTION[view.direction])
        return page.open_ref(ref)

    def _open_in(self, key: str, method: str, arg: str) -> bool:
        page = self.show_page(key)
        fn = getattr(page, method, None)
        if callable(fn):
            fn(arg)
            return True
        return False

    def open_hit(self, kind: str, key: str, parent_key: str = "") -> bool:
        """Open a search hit in its page."""
        if kind == "request":
            return self.open_request(key)
        if kind in ("subject", "observation"):
            return self._open_in("surveillance", "open_subject", parent_key if kind == "observation" else key)
        if kind == "information":
            return self._open_in("information", "open_item", key)
        if kind == "document" and parent_key:
            if parent_key.startswith("I-"):
                return self._open_in("information", "open_item", parent_key)
            return self.open_request(parent_key) or self._open_in("surveillance", "open_subject", parent_key)
        return False

    def open_due_item(self, kind: str, key: str) -> bool:
        """Open the record behind a clock."""
        if kind in ("request", "oral-confirmation"):
            return self.open_request(key)
        if kind == "termination":
            self.show_page("agreements").select_key(key)
            return True
        return self._open_in("surveillance", "open_subject", key)

    def _agreements_changed(self) -> None:
        # A termination caps due dates everywhere (Art. 14.2): re-read what is built.
        for key in (*REQUEST_GROUPS, "due"):
            if key in self.pages:
                self.pages[key].refresh()

    # -- reminders ----------------------------------------------------------------------------
    def remind(self) -> str:
        """Tell the officer what is overdue or due soon (tray message, else the status bar)."""
        from app.services import due

        overdue, soon = due.summary(due.due_items(self.desk))
        if not overdue and not soon:
            text = self.tr("Nothing overdue or due soon.")
        else:
            text = self.tr("{0} overdue, {1} due soon — see Due & overdue.").format(overdue, soon)
        self.last_reminder = text
        if (overdue or soon) and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                self.tray = QSystemTrayIcon(icon, self)
                self.tray.messageClicked.connect(lambda: self.show_page("due"))
                self.tray.show()
            self.tray.showMessage(self.tr("Liaison Desk"), text)
        self.statusBar().showMessage(text, 15000)
        return text

    # -- state --------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = window_settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
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

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.save_state()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)

    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About Liaison Desk"), self.tr(
            "Liaison Desk {0}\nRequests for customs mutual assistance under CMAAs.").format(__version__))


def app_icon():  # noqa: ANN201
    """The window icon: the project's PNG sizes from ``resources/icons/hicolor`` (a standard
    icon if they are missing)."""
    from PySide6.QtGui import QIcon

    from app.paths import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons" / "hicolor").glob("*/apps/liaison-desk.png")):
        icon.addFile(str(png))
    if icon.isNull():
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
    return icon
