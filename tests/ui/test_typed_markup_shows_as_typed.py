"""Text an officer typed is shown as typed, never as Qt rich text: a ``<b>`` in a title, a file
name or a refused value must read ``<b>``, not turn bold. Qt renders any tooltip or auto-format
label whose first line looks like markup as rich text, so these places escape or pin plain text."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel, QLineEdit, QWidget

from app.services.ledger import information as info_svc
from app.services.requests.commands import register_incoming
from app.treaty.errors import RuleViolation

MARKUP = "<b>bold</b> & <i>co</i>"
ESCAPED = "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;co&lt;/i&gt;"


def test_due_row_tooltip_shows_a_typed_title_as_typed(qtbot, window, desk, complete_fields):
    register_incoming(desk, "jp-us-1997", dict(complete_fields, title=f"Watches {MARKUP} (invented)"))
    later = desk.now() + timedelta(days=400)
    desk.clock = lambda: later  # long overdue, so it is listed
    view = window.show_page("due")
    view.refresh()
    model = view.model
    row = next(i for i in range(model.rowCount()) if MARKUP in model.index(i, 2).data())
    tip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert ESCAPED in tip and MARKUP not in tip


def test_art_9_information_list_tooltip_shows_a_typed_title_and_provider_as_typed(qtbot, desk):
    from ui.views.information import InformationView

    info_svc.add_information_item(desk, direction="received", provider=f"CBP {MARKUP} (invented)",
                                  title=f"Manifest {MARKUP} (invented)")
    view = InformationView(desk)
    qtbot.addWidget(view)
    for column in (3, 4):
        tip = view.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        assert ESCAPED in tip and MARKUP not in tip


def test_refusal_tooltip_under_a_field_quotes_typed_markup_as_typed(qtbot):
    from ui.widgets.field_errors import FieldErrors

    holder = QWidget()
    qtbot.addWidget(holder)
    form = QFormLayout(holder)
    errors = FieldErrors(QLabel())
    errors.row(form, "name", "Name", QLineEdit())
    long_value = MARKUP + " " + "n" * 400  # long enough that the line is cut and a tooltip says all
    errors.show(RuleViolation("name", f"{long_value!r} is not allowed"))
    error = holder.findChild(QLabel, "error_name")
    assert error.textFormat() == Qt.TextFormat.PlainText
    assert ESCAPED in error.toolTip() and MARKUP not in error.toolTip()


def test_letter_status_line_shows_a_typed_file_name_as_typed(qtbot, desk, letter_refs, tmp_path,
                                                              monkeypatch, no_modal_boxes, settle):
    from ui.dialogs.letters import LettersDialog

    refs = letter_refs
    dlg = LettersDialog(desk, refs["received"])
    qtbot.addWidget(dlg)
    out = tmp_path / "<b>ack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    assert out.exists()
    assert "<b>ack.pdf" in dlg.status_label.text()
    assert dlg.status_label.textFormat() == Qt.TextFormat.PlainText
