"""The officer's own desk, as a new user meets it on a fresh desk without the demo data: the
profile set in Settings, the partner's designated official (Art. 7.3) added in the Directory, an
incoming request registered, acknowledged and answered by a FINAL acknowledgement signed by the
officer and addressed to that official; and the idle lock following a changed idle time."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPlainTextEdit, QPushButton

from app.services.admin import settings
from app.services.agreements import directory
from app.services.letters import registry as docs
from app.services.requests import commands as svc
from ui.widgets.workflow_bar import WorkflowBar

OFFICER = "Kenji SATO (invented)"
OFFICIAL = "Jordan Sample (invented)"


def _type(widget, text: str) -> None:
    """Type ``text`` into a line or text input the way an officer would."""
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)
        widget.textEdited.emit(text)


def _fill_request(editor, fields: dict) -> None:
    form = editor.form
    for name, value in fields.items():
        if name == "bases":
            form.bases.set_codes(value)
        elif name == "extra":
            for key, text in value.items():
                form.extra.input(key).setText(text)
            form.extra.changed.emit()
        elif name in form.elements:
            _type(form.elements[name], value)
        else:
            _type(editor.findChild(object, f"field_{name}"), value)


def _save(qtbot, dialog, settle) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle()


def test_art_7_3_new_officer_signs_a_final_acknowledgement_to_the_designated_official(
        qtbot, window, desk, complete_fields, settle, monkeypatch, tmp_path):
    from ui.dialogs.letters import LettersDialog
    from ui.dialogs.request_editor import RequestEditor

    # Settings (Edit ▸ Settings…): the profile a new officer types in.
    dialog = window.open_settings()
    _type(dialog.inputs["profile.name"], OFFICER)
    _type(dialog.inputs["profile.title"], "Customs Liaison Officer")
    _save(qtbot, dialog, settle)
    assert dialog.result() == dialog.DialogCode.Accepted
    with desk.query() as conn:
        profile = settings.read_profile(conn)
    assert (profile["name"], profile["title"]) == (OFFICER, "Customs Liaison Officer")

    # Directory (Edit ▸ Directory…): the partner's designated official under Japan–US.
    book = window.open_directory()
    form = book.add_official()
    form.agreement.setCurrentIndex(form.agreement.findData("jp-us-1997"))
    _type(form.names["en"], OFFICIAL)
    _type(form.titles["en"], "Director, Office of International Affairs (invented)")
    _save(qtbot, form, settle)
    assert form.result() == form.DialogCode.Accepted
    [official] = directory.list_officials(desk, agreement="jp-us-1997")
    assert (official.name, official.agreement_key) == (OFFICIAL, "jp-us-1997")
    assert book.officials.topLevelItem(0).text(0) == OFFICIAL  # the list re-read on the broadcast

    # The request editor: an incoming request, no official chosen in it.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor = RequestEditor(desk, "incoming", None, window)
    qtbot.addWidget(editor)
    _fill_request(editor, complete_fields)
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.findChild(QPushButton, "button_save"), Qt.MouseButton.LeftButton)
    ref = saved.args[0]
    settle()

    # The workflow bar: acknowledge.
    bar = WorkflowBar(desk)
    qtbot.addWidget(bar)
    bar.set_request(svc.get_request(desk, ref))
    qtbot.mouseClick(bar.findChild(QPushButton, "action_acknowledged"), Qt.MouseButton.LeftButton)
    settle()
    assert svc.get_request(desk, ref).status == "acknowledged"

    # The Letters dialog: the acknowledgement, Final ticked by the officer, saved as PDF.
    letters = LettersDialog(desk, ref, window)
    qtbot.addWidget(letters)
    assert letters.choose("acknowledgement") is None
    letters.final_box.setChecked(True)
    letters.refresh_preview()
    assert letters.preview is not None and letters.preview.final, letters.problems_label.text()
    out = tmp_path / "acknowledgement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    letters.save_pdf()
    settle()
    [stored] = docs.list_documents(desk, ref)
    assert out.read_bytes() == docs.document_content(desk, stored.id)
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert OFFICER in text
    assert OFFICIAL in text
    assert "DRAFT" not in text


def test_settings_refusal_names_the_field_and_writes_nothing(qtbot, window, desk, settle):
    dialog = window.open_settings()
    _type(dialog.inputs["profile.name"], OFFICER)
    _type(dialog.inputs["ref_pattern"], "{prefix}-{year}")  # no {seq}: references would repeat
    _save(qtbot, dialog, settle)
    assert dialog.result() != dialog.DialogCode.Accepted
    shown = dialog.findChild(QLabel, "error_ref_pattern").text()
    assert "{seq}" in shown
    assert dialog.tabs.currentIndex() == 2  # the tab holding the refused field is shown
    with desk.query() as conn:
        assert settings.read_profile(conn)["name"] != OFFICER  # nothing of the save was written


def test_settings_dialog_offers_everything_the_first_run_wizard_asked(qtbot, window):
    dialog = window.open_settings()
    for key in ("profile.name", "profile.title", "profile.signature", "profile.email",
                "profile.phone", "own.address", "own.en.letterhead"):
        assert key in dialog.inputs, key
    assert dialog.agreement_boxes and all(box.isChecked() for box in dialog.agreement_boxes.values())
    dialog.reject()


def test_idle_lock_follows_a_changed_idle_time_without_restart(qtbot, window, desk, settle):
    from ui.lock import install_idle_lock

    lock = install_idle_lock(window, desk)
    assert lock.minutes == 10
    dialog = window.open_settings()
    dialog.inputs["idle_lock_minutes"].setValue(3)
    _save(qtbot, dialog, settle)
    assert lock.minutes == 3 and lock.timer.interval() == 3 * 60_000
    dialog = window.open_settings()
    dialog.inputs["idle_lock_minutes"].setValue(0)  # "never"
    _save(qtbot, dialog, settle)
    assert lock.minutes == 0 and not lock.timer.isActive()


def test_an_agreement_s_details_are_edited_from_the_agreements_page(qtbot, window, desk, settle):
    from app.services.agreements.catalogue import get_spec

    page = window.show_page("agreements")
    page.select_key("jp-us-1997")
    dialog = page.edit_selected()
    _type(dialog.inputs["titles.es"], "Acuerdo Japón–EE. UU. (traducción de ejemplo)")
    _save(qtbot, dialog, settle)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert get_spec(desk, "jp-us-1997").titles["es"] == "Acuerdo Japón–EE. UU. (traducción de ejemplo)"
    book = page.open_directory()
    assert book.tabs.currentIndex() == 0  # on the designated officials


def test_a_bad_agreement_date_is_refused_on_the_form_and_nothing_saved(qtbot, window, desk, settle):
    from app.services.agreements.catalogue import get_spec

    before = get_spec(desk, "jp-us-1997")
    page = window.show_page("agreements")
    page.select_key("jp-us-1997")
    dialog = page.edit_selected()
    _type(dialog.inputs["signed_on"], "1997-02-30")
    _save(qtbot, dialog, settle)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "1997-02-30" in dialog.problem.text() or any(
        "1997-02-30" in label.text() for label in dialog.findChildren(QLabel))
    assert get_spec(desk, "jp-us-1997") == before
