"""``python -m tools.screenshots.field_kit OUT_DIR``: the pictures of docs/field-kit.md.

Builds throw-away stores (passphrase keys, so the OS keyring is never touched) with invented
records: a desk, a kit of one request and its vessel, a field desk where the officer records a
sighting and changes the request's object text while the desk changes it too, and the merge.
Grabs the Conflicts page at the desk (``conflicts.png``) and the field desk's window
(``field_desk.png``), offscreen, in the Fusion style at 1400×820.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

PASS = "screenshot store passphrase (invented)"
KIT_PASS = "screenshot kit passphrase (invented)"
WINDOW = (1400, 820)


def _grab(widget, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    widget.resize(*WINDOW)
    widget.show()
    for _ in range(8):  # layouts settle over a few passes
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def main(out: Path) -> list[Path]:
    """Build the stores and grab the pictures into ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.services import init_store
    from app.services.kit import field, merge, prepare
    from app.services.requests import commands as rq
    from app.services.surveillance import commands as sv
    from app.services.surveillance import observations as ob
    from ui.main_window import MainWindow
    from ui.plurals import install_plurals

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    install_plurals(app)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ld-kit-shots-") as tmp:
        tmp_path = Path(tmp)
        desk = init_store(tmp_path / "desk", method="passphrase", passphrase=PASS,
                          actor="Kenji SATO (invented)")
        ref = rq.register_incoming(desk, "jp-us-1997", {
            "title": "Special surveillance of MV EXAMPLE STAR (invented)", "bases": ["4.2(c)"],
            "requesting_administration": "U.S. Customs and Border Protection (invented)",
            "object_and_reason": "Report the movements of MV EXAMPLE STAR in Japanese ports",
        }).our_ref
        sv.add_subject(desk, {"kind": "transport", "subkind": "vessel",
                              "display_name": "MV EXAMPLE STAR (invented)", "requests": [ref],
                              "period_start": "2026-12-01", "period_end": "2027-03-01"})
        prepare.prepare_kit(desk, tmp_path / "k.kit", KIT_PASS, requests=[ref],
                            label="Yokohama, December (invented)")
        fd = field.open_kit(tmp_path / "k.kit", tmp_path / "field", KIT_PASS,
                            actor="Kenji SATO (invented)", store_passphrase=PASS).desk
        ob.add_observation(fd, "S-0001", {"observed_at": "2026-12-07T02:00:00Z",
                                          "place": "Yokohama, Honmoku pier D5", "locode": "JPYOK",
                                          "event": "arrived", "text": "Berthed at 11:00 local (invented)"})
        rq.edit_request(fd, ref, {"object_and_reason": "Report the movements of MV EXAMPLE STAR in "
                                  "Japanese ports; berthed at Honmoku pier D5 on 7 Dec"})
        rq.edit_request(desk, ref, {"object_and_reason": "Report the movements of MV EXAMPLE STAR "
                                    "in Japanese ports and any cargo declared"})
        shots = []
        field_window = MainWindow(fd, tmp_path / "field", reminders=False, idle_lock=False,
                                  background=False)
        field_window.show_page("surveillance")
        shots.append(_grab(field_window, out / "field_desk.png"))
        field.write_return(fd, tmp_path / "r.return", KIT_PASS)
        field_window.close()
        fd.db.close()
        merge.merge_return(desk, tmp_path / "r.return", KIT_PASS)
        window = MainWindow(desk, tmp_path / "desk", reminders=False, idle_lock=False,
                            background=False)
        window.show_page("conflicts")
        shots.append(_grab(window, out / "conflicts.png"))
        window.close()
        desk.db.close()
    return shots


if __name__ == "__main__":
    for shot in main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(f"wrote {shot}")
