"""``python -m ui.screenshots OUT_DIR``: pictures of the desk for the documentation.

Builds a throw-away store (passphrase key, so the OS keyring is never touched) with the invented
demo data and a fixed clock, and grabs offscreen: the main window (``main_window.png``), the
request editor on an incomplete request (``request_editor.png``) and the refusal dialog
(``refuse_dialog.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

CLOCK = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)


def _grab(widget, path: Path) -> Path:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def make_screenshots(out_dir: Path) -> list[Path]:
    """Write the screenshots into ``out_dir``; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.services import init_store
    from app.services.demo import load_demo
    from app.services.request_list import ListFilter, page

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="liaison-shots-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "qs"))
        desk = init_store(Path(tmp) / "data", method="passphrase",
                          passphrase="screenshots only, invented", actor="Officer Example (DEMO)")
        desk.clock = lambda: CLOCK
        try:
            load_demo(desk)
            from ui.main_window import MainWindow

            window = MainWindow(desk, Path(tmp) / "data", reminders=False, idle_lock=False)
            window.resize(1600, 900)
            incoming = window.show_page("incoming")
            refusable = next(r.ref for r in page(desk, ListFilter(group="incoming"), "ref", True, 0, 200)
                             if r.status == "received")
            incoming.open_ref(refusable)
            window.remind()
            shots.append(_grab(window, out_dir / "main_window.png"))
            window.close()

            from ui.dialogs import _shots

            editor = _shots.editor_incomplete(desk)
            shots.append(_grab(editor, out_dir / "request_editor.png"))
            editor.hide()
            dialog = _shots.refuse_dialog(desk, refusable)
            shots.append(_grab(dialog, out_dir / "refuse_dialog.png"))
            dialog.hide()
        finally:
            desk.db.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``make screenshots``."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    for path in make_screenshots(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
