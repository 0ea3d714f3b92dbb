"""The main window's actions, toolbar and menus: every command with its shortcut and mnemonic.

Kept apart from ``ui.main_window`` (which owns pages and navigation) so the full list of what an
officer can do from the keyboard is in one place. Each action calls a method of the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QToolBar


def _action(window: QMainWindow, text: str, shortcut: QKeySequence | str | QKeySequence.StandardKey | None,
            slot: Callable, name: str, tip: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work wherever focus is, menus hidden or not
    return action


def build_actions(window) -> None:  # a ui.main_window.MainWindow
    """Create the window's commands as ``window.act_*`` attributes."""
    # ``translate`` in the window's context: pyside6-lupdate files ``window.tr`` (or a ``tr``
    # alias) under the variable's name, where the window's own lookups never find it.
    qt = QCoreApplication
    window.act_new = _action(
        window, qt.translate("MainWindow", "&New request…"), QKeySequence.StandardKey.New,
        window.new_request, "action_new",
        qt.translate("MainWindow", "Register or draft a request in the current group"))
    window.act_print = _action(
        window, qt.translate("MainWindow", "&Letters…"), QKeySequence.StandardKey.Print,
        window.print_current, "action_print",
        qt.translate("MainWindow", "Preview, save or print the letters of the selected request"))
    window.act_search = _action(window, qt.translate("MainWindow", "&Search"), QKeySequence.StandardKey.Find,
                                window.focus_search, "action_search")
    window.act_refresh = _action(window, qt.translate("MainWindow", "&Refresh"), "F5",
                                 window.refresh_current, "action_refresh")
    window.act_quick_check = _action(
        window, qt.translate("MainWindow", "&Check a name / number…"), "Ctrl+Shift+F",
        window.quick_check, "action_quick_check",
        qt.translate("MainWindow", "Check a name or number against the watch list (Art. 4.2)"))
    window.act_remind = _action(window, qt.translate("MainWindow", "&What is due?"), None, window.remind,
                                "action_remind")
    window.act_trial = _action(
        window, qt.translate("MainWindow", "Open the &trial desk…"), None,
        lambda: window.open_trial_desk(),
        "action_trial_desk",
        qt.translate("MainWindow", "Try the desk on invented demo data, in a separate store "
                                   "and window; your own desk is not touched"))
    window.act_trial.setVisible(not getattr(window, "trial", False))  # in the trial desk itself
    field = getattr(window, "field_kit", None) is not None
    window.act_prepare_kit = _action(
        window, qt.translate("MainWindow", "Prepare field &kit…"), None,
        window.prepare_field_kit, "action_prepare_kit",
        qt.translate("MainWindow", "Take requests and subjects to a port on a laptop "
                     "(encrypted, signed)"))
    window.act_merge_return = _action(
        window, qt.translate("MainWindow", "&Merge field return…"), None,
        window.merge_field_return, "action_merge_return",
        qt.translate("MainWindow", "Bring a field desk's work back into this desk"))
    window.act_write_return = _action(
        window, qt.translate("MainWindow", "&Write field return…"), None,
        window.write_field_return, "action_write_return",
        qt.translate("MainWindow", "Write this field desk's work to a file for the desk"))
    window.act_prepare_kit.setVisible(not field)  # a field desk sends its work back instead
    window.act_merge_return.setVisible(not field)
    window.act_write_return.setVisible(field)
    window.act_settings = _action(
        window, qt.translate("MainWindow", "Se&ttings…"), QKeySequence.StandardKey.Preferences,
        window.open_settings, "action_settings",
        qt.translate("MainWindow", "Your profile in each letter language, your administration, "
                     "letters and dates, the idle lock"))
    if window.act_settings.shortcut().isEmpty():  # no platform standard (most Linux desktops)
        window.act_settings.setShortcut(QKeySequence("Ctrl+,"))
    window.act_directory = _action(
        window, qt.translate("MainWindow", "&Directory…"), "Ctrl+Shift+D",
        window.open_directory, "action_directory",
        qt.translate("MainWindow", "Partner administrations, their designated officials (Art. 7.3) "
                     "and domestic authorities"))
    window.act_quit = _action(window, qt.translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit,
                              window.close, "action_quit")


def build_toolbar(window) -> QToolBar:
    """The toolbar: new request, letters, refresh, quick check and the search field."""
    qt = QCoreApplication
    bar = QToolBar(qt.translate("MainWindow", "Main"))
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    window.search_field = QLineEdit()
    window.search_field.setObjectName("search_field")
    window.search_field.setPlaceholderText(
        qt.translate("MainWindow", "Search requests, subjects, information… (Ctrl+F)"))
    window.search_field.setClearButtonEnabled(True)
    window.search_field.setMinimumWidth(320)
    window.search_field.setMaximumWidth(460)
    window.search_field.returnPressed.connect(window.run_search)
    for act in (window.act_new, window.act_print, window.act_refresh, window.act_quick_check):
        bar.addAction(act)
    bar.addSeparator()
    bar.addWidget(window.search_field)
    window.addToolBar(bar)
    return bar


def build_menus(window, pages: tuple[tuple[str, str], ...]) -> None:
    """File, Edit (directory, settings), View (with Ctrl+1..9 for the pages) and Help menus,
    each with a mnemonic."""
    qt = QCoreApplication
    menu = window.menuBar().addMenu(qt.translate("MainWindow", "&File"))
    menu.addAction(window.act_new)
    menu.addAction(window.act_print)
    menu.addSeparator()
    menu.addAction(window.act_prepare_kit)
    menu.addAction(window.act_merge_return)
    menu.addAction(window.act_write_return)
    menu.addSeparator()
    menu.addAction(window.act_trial)
    menu.addSeparator()
    menu.addAction(window.act_quit)
    edit = window.menuBar().addMenu(qt.translate("MainWindow", "&Edit"))
    edit.addAction(window.act_directory)
    edit.addSeparator()
    edit.addAction(window.act_settings)
    view = window.menuBar().addMenu(qt.translate("MainWindow", "&View"))
    view.addAction(window.act_search)
    view.addAction(window.act_quick_check)
    view.addAction(window.act_refresh)
    view.addAction(window.act_remind)
    view.addSeparator()
    for row, (key, label) in enumerate(pages):
        # A page label is plain text ("Due & overdue"): in a menu a lone & marks the mnemonic,
        # so it is doubled to show as itself.
        act = QAction(qt.translate("MainWindow", label).replace("&", "&&"), window)
        act.setObjectName(f"goto_{key}")
        if row < 9:
            act.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        act.triggered.connect(lambda _c=False, k=key: window.show_page(k))
        window.addAction(act)
        view.addAction(act)
    help_menu = window.menuBar().addMenu(qt.translate("MainWindow", "&Help"))
    about = QAction(qt.translate("MainWindow", "&About Liaison Desk"), window)
    about.setObjectName("action_about")
    about.triggered.connect(window.about)
    help_menu.addAction(about)
