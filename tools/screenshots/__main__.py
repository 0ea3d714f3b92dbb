"""``python -m tools.screenshots OUT_DIR [--all]``: pictures of the desk for the documentation.

Builds ONE throw-away store (passphrase key, so the OS keyring is never touched) with the
invented demo data plus the invented letter scenarios, a fixed clock, the Fusion style and a
1600×900 main window, and grabs offscreen:

main_window, request_editor, refuse_dialog, surveillance, audit_viewer, disclosure_dialog,
letters_preview, due_overdue, information, first_run, statistics, and the annual report's first
English and Japanese pages (annual_report-en, annual_report-ja); then, with the window in Japanese and in
Spanish at 1366×768 (``LANGUAGE_SHOTS``), ja/ (main window, request editor with an incomplete
request, refusal dialog, Due & overdue, Letters, Settings) and es/ (main window, editor).

``--all`` also grabs every other page and dialog (``qa_*.png``) for a look-and-feel review.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

CLOCK = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
WINDOW = (1600, 900)


def _grab(widget, path: Path, size: tuple[int, int] | None = None) -> Path:
    from PySide6.QtWidgets import QApplication

    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(8):  # layouts settle over a few passes (lazy pages, word-wrapped labels)
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _first(desk, group: str, status: str) -> str:
    from app.services.requests.listing import ListFilter, page

    return next(r.ref for r in page(desk, ListFilter(group=group), "ref", True, 0, 500)
                if r.status == status)


def _page_shots(window, desk, out: Path, scenarios: dict[str, str]) -> list[Path]:
    """The main window on the pages the documentation shows."""
    shots = []
    refusable = _first(desk, "incoming", "received")
    window.show_page("incoming").open_ref(refusable)
    window.remind()
    shots.append(_grab(window, out / "main_window.png"))

    surveillance = window.show_page("surveillance")
    code = next((r.code for r in surveillance.model.first_rows() if r.kind == "person"), None)
    if code:
        surveillance.open_subject(code)
    shots.append(_grab(window, out / "surveillance.png"))

    information = window.show_page("information")
    for row in range(information.model.rowCount()):
        information.table.selectRow(row)
        if information.disclosures.rowCount() > 1:
            break
    shots.append(_grab(window, out / "information.png"))

    window.show_page("due")
    window.remind()
    shots.append(_grab(window, out / "due_overdue.png"))

    audit = window.show_page("audit")
    for row, r in enumerate(audit.model.first_rows()):
        if r.is_override:
            audit.table.selectRow(row)
            break
    audit._verified([])  # the verified state without waiting for the worker
    shots.append(_grab(window, out / "audit_viewer.png"))

    from tools.screenshots import stats as _stats_shots

    shots.append(_stats_shots.statistics_page(window, out, _grab))
    shots += _stats_shots.annual_report(desk, out)
    return shots


def _dialog_shots(window, desk, out: Path, scenarios: dict[str, str]) -> list[Path]:
    from tools.screenshots import ledger as _ledger_shots
    from tools.screenshots import requests as _shots
    from ui.dialogs.letters import LettersDialog

    shots = []
    editor = _shots.editor_incomplete(desk)
    shots.append(_grab(editor, out / "request_editor.png", (1180, 820)))
    editor.hide()
    dialog = _shots.refuse_dialog(desk, _first(desk, "incoming", "received"))
    shots.append(_grab(dialog, out / "refuse_dialog.png"))
    dialog.hide()
    restricted = next(c for c in _item_codes(desk) if _no_law_enforcement(desk, c))
    disclosure = _ledger_shots.disclosure_dialog(desk, restricted, police="Example Prefectural Police (DEMO)")
    shots.append(_grab(disclosure, out / "disclosure_dialog.png"))
    disclosure.hide()
    letters = LettersDialog(desk, scenarios["refused"])
    shots.append(_grab(letters, out / "letters_preview.png", (1280, 860)))
    letters.hide()
    return shots


def _item_codes(desk) -> list[str]:
    from app.services.ledger.information import list_information

    return [v.code for v in list_information(desk)]


def _no_law_enforcement(desk, code: str) -> bool:
    from app.services.ledger.information import get_information

    return get_information(desk, code, record_view=False).no_law_enforcement


def _first_run(tmp: Path, out: Path) -> Path:
    from ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(tmp / "empty", keyring_available=False)
    wizard.name_edit.setText("Officer Example (invented)")
    wizard.title_edit.setText("Customs Attaché (invented)")
    path = _grab(wizard, out / "first_run.png")
    wizard.hide()
    return path


#: The pictures taken again with the window in each other language (docs/screenshots/<lang>/),
#: at the size of a 1366×768 laptop screen, where clipped or elided words would show.
LANGUAGE_SHOTS = {
    "ja": ("main_window", "request_editor", "refuse_dialog", "due_overdue", "letters", "settings"),
    "es": ("main_window", "request_editor"),
}
LAPTOP = (1366, 768)


def _language_shots(desk, tmp: Path, out: Path, lang: str, names: tuple[str, ...]) -> list[Path]:
    """The window and dialogs in ``lang`` (its catalogues installed before they are built, as at
    start-up), then English again for whatever follows."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from tools.screenshots import requests as _shots
    from ui.dialogs.letters import LettersDialog
    from ui.dialogs.settings import SettingsDialog
    from ui.i18n import install_language
    from ui.main_window import MainWindow

    app = QApplication.instance()
    font, locale = app.font(), QLocale()
    out.mkdir(parents=True, exist_ok=True)
    install_language(app, lang)
    shots: list[Path] = []
    try:
        window = MainWindow(desk, tmp / "data", reminders=False, idle_lock=False)
        window.resize(*LAPTOP)
        received = _first(desk, "incoming", "received")
        makers: dict[str, Callable[[], Any]] = {
            "request_editor": lambda: _shots.editor_incomplete(desk),
            "refuse_dialog": lambda: _shots.refuse_dialog(desk, received),
            "letters": lambda: LettersDialog(desk, received),
            "settings": lambda: SettingsDialog(desk, window),
        }
        for name in names:
            if name == "main_window":
                window.show_page("incoming").open_ref(received)
                window.remind()
                shots.append(_grab(window, out / "main_window.png"))
            elif name == "due_overdue":
                window.show_page("due")
                shots.append(_grab(window, out / "due_overdue.png"))
            else:
                widget = makers[name]()
                shots.append(_grab(widget, out / f"{name}.png",
                                   (1180, 760) if name in ("request_editor", "letters") else None))
                widget.hide()
        window.close()
    finally:
        install_language(app, "en")
        app.setFont(font)
        QLocale.setDefault(locale)
    return shots


def _qa_shots(window, desk, out: Path, scenarios: dict[str, str]) -> list[Path]:
    """Every other page and dialog, for a look-and-feel review (not in the documentation)."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.outcome import OutcomeDialog
    from ui.dialogs.quick_check import QuickCheckDialog
    from ui.dialogs.request_editor import RequestEditor
    from ui.dialogs.subject_editor import SubjectEditor
    from ui.views.information import NewItemDialog

    shots = []
    for key in ("outgoing", "spontaneous", "agreements"):
        page = window.show_page(key)
        if key != "agreements" and page.model.rowCount():
            page.table.selectRow(0)
        shots.append(_grab(window, out / f"qa_{key}.png"))
    window.search_field.setText("watches")
    window.run_search()
    search = window.page("search")
    for _ in range(200):  # the search runs on a worker: wait for its answer
        if search.task is None or search.task.is_done:
            break
        QApplication.processEvents()
        QThread.msleep(10)
    shots.append(_grab(window, out / "qa_search.png"))
    incoming = _first(desk, "incoming", "received")
    makers: list[tuple[str, Callable]] = [
        ("editor_incoming", lambda: RequestEditor(desk, "incoming", incoming)),
        ("postpone", lambda: OutcomeDialog(desk, _first(desk, "incoming", "in-progress"), "postponed")),
        ("acknowledged", lambda: OutcomeDialog(desk, incoming, "acknowledged")),
        ("quick_check", lambda: _quick(QuickCheckDialog(desk))),
        ("subject_editor", lambda: SubjectEditor(desk)),
        ("new_item", lambda: NewItemDialog(desk)),
        ("letters_outgoing", lambda: _letters(desk, scenarios["outgoing_incomplete"])),
    ]
    for name, make in makers:
        widget = make()
        shots.append(_grab(widget, out / f"qa_{name}.png"))
        widget.hide()
    return shots


def _quick(dialog):
    dialog.query.setText("MIHON Taro")
    dialog.run()
    return dialog


def _letters(desk, ref: str):
    from ui.dialogs.letters import LettersDialog

    return LettersDialog(desk, ref)


def make_screenshots(out_dir: Path, *, qa: bool = False) -> list[Path]:
    """Write the screenshots into ``out_dir``; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.services import init_store
    from app.services.admin.demo import load_demo
    from app.services.letters.demo import letter_scenarios

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from ui.plurals import install_plurals

    install_plurals(app)  # as the app does at start: "2 elements missing", not "element(s)"
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="liaison-shots-") as tmp_name:
        tmp = Path(tmp_name)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
        desk = init_store(tmp / "data", method="passphrase",
                          passphrase="screenshots only, invented", actor="Officer Example (DEMO)")
        desk.clock = lambda: CLOCK
        try:
            load_demo(desk)
            desk.clock = lambda: CLOCK
            from ui.main_window import MainWindow

            window = MainWindow(desk, tmp / "data", reminders=False, idle_lock=False)
            window.resize(*WINDOW)
            # The pages show the demo data alone; the letter scenarios (extra invented requests
            # in each state a letter needs) are added only for the dialogs after them.
            shots += _page_shots(window, desk, out_dir, {})
            scenarios = letter_scenarios(desk)
            shots += _dialog_shots(window, desk, out_dir, scenarios)
            shots.append(_first_run(tmp, out_dir))
            if qa:
                shots += _qa_shots(window, desk, out_dir, scenarios)
            # The English window goes before the windows in other languages are built (its
            # charts closed first: pyqtgraph's widgets must not outlive their window).
            if "stats" in window.pages:
                window.pages["stats"].close_charts()
            window.close()
            window.deleteLater()
            _tear_down(app)  # its background reads finish before the next window reads
            for lang, names in LANGUAGE_SHOTS.items():
                shots += _language_shots(desk, tmp, out_dir / lang, lang, names)
        finally:
            _tear_down(app)
            desk.db.close()
    return shots


def _tear_down(app) -> None:
    """Let background previews finish and delete every window while Qt is still up (a widget
    left to Python's exit-time collection may outlive the QApplication and crash the process)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    app.processEvents()
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``make screenshots``."""
    args = sys.argv[1:] if argv is None else argv
    qa = "--all" in args
    rest = [a for a in args if a != "--all"]
    out = Path(rest[0] if rest else "docs/screenshots")
    for path in make_screenshots(out, qa=qa):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
