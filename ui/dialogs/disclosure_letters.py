"""From a disclosure verdict to the letter it calls for (Art. 9.1 approval, 9.4 notice, 10.2 evidence).

Letters are written on a request (its parties, references and registry series), so a letter for
information items goes on the request the items came with. Items received without a request
cannot have one: the officer is told so in one line instead of getting an empty dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.context import Desk
from app.services.ledger.information import get_information


def letter_request_ref(desk: Desk, codes: list[str]) -> tuple[str | None, str]:
    """The request the items belong to, or None and a one-line reason."""
    refs = {get_information(desk, c, record_view=False).request_ref for c in codes}
    refs.discard(None)
    if len(refs) == 1:
        return refs.pop(), ""
    qt = QCoreApplication
    if not refs:
        return None, qt.translate(
            "LettersDialog", "Information: {0} came without a request; a letter is written on a "
                             "request, so link the item to its request first").format(", ".join(codes))
    return None, qt.translate(
        "LettersDialog", "Information: {0} belong to several requests ({1}); disclose them one "
                         "request at a time").format(", ".join(codes), ", ".join(sorted(refs)))


def open_disclosure_letter(desk: Desk, kind: str, codes: list[str], *, authority: str = "",
                           summary: str = "", parent: QWidget | None = None,
                           show: bool = True, more: dict[str, str] | None = None):
    """Open the Letters dialog on the items' request with ``kind`` chosen and the authority filled
    (returns the LettersDialog, or None). ``more`` carries what the officer already typed in the
    disclosure dialog (``legal_basis``, ``disclosure_date``, ``purpose``) so it is not typed twice."""
    from ui.dialogs.letters import LettersDialog

    ref, why = letter_request_ref(desk, codes)
    if ref is None:
        if show:
            QMessageBox.information(parent, QCoreApplication.translate("LettersDialog", "Letter"), why)
        return None
    dialog = LettersDialog(desk, ref, parent)
    inputs = {"authority": authority, "information_summary": summary, **(more or {})}
    refusal = dialog.choose(kind, {k: v for k, v in inputs.items() if v})
    if refusal and show:
        QMessageBox.information(dialog, QCoreApplication.translate("LettersDialog", "Letter"), refusal)
    if show:
        dialog.open()
    return dialog
