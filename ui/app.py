"""Starting the desktop application (placeholder until the workspace lands)."""

from __future__ import annotations

import sys


def run_gui(data_dir: str | None = None) -> int:
    """Open the main window; returns the process exit code."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("Liaison Desk")
    label.show()
    return app.exec()
