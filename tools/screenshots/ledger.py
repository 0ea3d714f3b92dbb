"""Ready-to-grab ledger widgets (audit viewer, disclosure dialog) for the screenshots.

``python -m tools.screenshots.ledger OUTDIR`` builds a throw-away store with invented data
(it says so) and saves ``audit_viewer.png`` and ``disclosure_dialog.png``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.services.context import Desk


def seed(desk: Desk) -> str:
    """Invented authorities, items, an approval and disclosures; returns the item to disclose."""
    from app.services.ledger import disclosures as dis
    from app.services.ledger import information as inf

    for name, kind in (("Prefectural Police HQ (invented)", "police"),
                       ("District Public Prosecutors Office (invented)", "prosecutor"),
                       ("Ministry of Example Affairs (invented)", "ministry"),
                       ("Yokohama Customs Intelligence Unit (invented)", "customs")):
        dis.add_authority(desk, name, kind, country="JP")
    a = inf.add_information_item(desk, direction="received", provider="U.S. CBP (invented example)",
                                 title="Manifest of MV EXAMPLE STAR (invented)", confidential=True,
                                 summary="Invented demo text.")
    b = inf.add_information_item(desk, direction="received", provider="U.S. CBP (invented example)",
                                 title="Tip-off on transshipment (invented)", no_law_enforcement=True,
                                 no_law_enforcement_notice_on=desk.today() - timedelta(days=5))
    inf.add_approval(desk, a.code, authority="Ministry of Example Affairs (invented)",
                     purposes=["intelligence"], document=("approval-invented.pdf", b"%PDF invented"))
    dis.disclose(desk, [a.code], "Yokohama Customs Intelligence Unit (invented)", "customs",
                 means="internal memo")
    dis.disclose(desk, [a.code], "Ministry of Example Affairs (invented)", "intelligence",
                 means="secure e-mail")
    dis.disclose(desk, [b.code], "Prefectural Police HQ (invented)", "intelligence",
                 override_reason="Imminent risk to life; provider informed by telephone (invented)")
    inf.get_information(desk, a.code)
    inf.record_output(desk, "print", "advance notice letter (invented)", [a.code])
    return b.code


def audit_viewer(desk: Desk) -> QWidget:
    """The audit viewer with the override selected."""
    from ui.views.audit import AuditView

    view = AuditView(desk)
    for row, r in enumerate(view.model.first_rows()):
        if r.is_override:
            view.table.selectRow(row)
            break
    view._verified([])  # show the verified state without a worker thread
    view.resize(1280, 640)
    return view


def disclosure_dialog(desk: Desk, code: str, police: str = "Prefectural Police HQ (invented)") -> QWidget:
    """The disclosure dialog showing a forbidden onward passing to police (Art. 9.2)."""
    from ui.dialogs.disclosure import DisclosureDialog

    dlg = DisclosureDialog(desk, [code])
    dlg.set_choice(police, "intelligence")
    dlg.means.setText("secure e-mail")
    dlg.override_box.setChecked(True)
    dlg.override_reason.setPlainText("Imminent risk to life; provider informed by telephone (invented)")
    dlg.resize(720, 560)
    return dlg


def main(argv: list[str]) -> int:
    """Save both screenshots to the folder in ``argv[0]`` (default docs/screenshots)."""
    from app.services import init_store

    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        # Entries follow the store's creation (stamped by the real clock) a few minutes apart.
        start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=2)
        tick = iter(range(10_000))
        desk = init_store(Path(tmp) / "shots", method="passphrase", passphrase="invented-demo-pass",
                          actor="Officer Demo (invented)")
        desk.clock = lambda: start + timedelta(minutes=7 * next(tick))
        code = seed(desk)
        for name, widget in (("audit_viewer.png", audit_viewer(desk)),
                             ("disclosure_dialog.png", disclosure_dialog(desk, code))):
            widget.show()
            app.processEvents()
            widget.grab().save(str(out / name))
            widget.close()
        desk.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
