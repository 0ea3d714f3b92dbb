"""``python -m tools.screenshots.letters OUT.png``: the Letters dialog showing a preview, for the docs.

Builds a throw-away store (passphrase key, so the OS keyring is never touched) filled with the
invented letter scenarios of ``app.services.letters.demo`` and grabs the dialog offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

CLOCK = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def make_letters_preview(out: Path, scenario: str = "refused") -> Path:
    """Write a PNG of ``LettersDialog`` previewing the letter of one invented scenario."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.services import init_store
    from app.services.letters.demo import letter_scenarios

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="liaison-letters-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "qs"))
        desk = init_store(Path(tmp) / "data", method="passphrase",
                          passphrase="screenshots only, invented", actor="Officer Example (DEMO)")
        desk.clock = lambda: CLOCK
        try:
            refs = letter_scenarios(desk)
            from ui.dialogs.letters import LettersDialog

            dialog = LettersDialog(desk, refs[scenario])
            dialog.resize(1280, 860)
            dialog.show()
            for _ in range(5):
                app.processEvents()
            dialog.grab().save(str(out))
            dialog.close()
        finally:
            desk.db.close()
    return out


if __name__ == "__main__":
    print(make_letters_preview(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/letters_preview.png")))
