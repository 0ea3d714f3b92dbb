"""Ready-to-grab widgets of the request editor and the refusal dialog, for ``tools.screenshots``.

The data typed in is invented for illustration and says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.context import Desk
from ui.dialogs.outcome import OutcomeDialog
from ui.dialogs.request_editor import RequestEditor


def editor_incomplete(desk: Desk) -> QWidget:
    """A new outgoing request under the Japan-US agreement with Art. 7.2(c) and (e) still empty."""
    editor = RequestEditor(desk, "outgoing", agreement="jp-us-1997")
    form = editor.form
    form.title.setText("Vessel movements, MV Example Star (invented example)")
    form.their_ref.setText("")
    form.urgency.setCurrentIndex(form.urgency.findData("urgent"))
    form.form_kind.setCurrentIndex(form.form_kind.findData("oral"))
    form.elements["nature_of_proceedings"].setPlainText(
        "Criminal investigation into smuggling of controlled items (invented example)")
    form.elements["parties_concerned"].setPlainText("Example Shipping Ltd., Yokohama (invented)")
    form.bases.set_codes(["4.2(c)"])
    form.extra.input("transport_identifier").setText("IMO 0000000 (invented)")
    form.extra.changed.emit()
    editor.resize(1180, 820)
    return editor


def refuse_dialog(desk: Desk, ref: str) -> QWidget:
    """The refusal dialog for request ``ref`` with an Art. 11.1 ground and a statement filled in."""
    dialog = OutcomeDialog(desk, ref, "refused")
    dialog.set_grounds(["11.1-public-policy"])
    dialog.statement_edit.setPlainText(
        "Executing the request would be contrary to public policy because the information "
        "concerns proceedings closed by a final court decision (invented example).")
    dialog.accompanying_edit.setPlainText(
        "The court decision may be obtained through the diplomatic channel (invented example).")
    dialog.resize(760, 520)
    return dialog
