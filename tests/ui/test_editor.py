"""The request editor: Art. 7.2 fields in order, the live completeness panel, bad input by the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QPushButton

from app.security import audit
from app.services.agreements.catalogue import add_administration, add_official
from app.services.requests import commands as svc
from app.store.models import AuditEntry
from ui.dialogs.request_editor import RequestEditor


@pytest.fixture(autouse=True)
def never_block_on_close(monkeypatch):
    """An editor left with edits would ask on teardown; answer Discard unless a test says otherwise."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def make_editor(qtbot, desk, direction="incoming", ref=None, **kwargs):
    editor = RequestEditor(desk, direction, ref, **kwargs)
    qtbot.addWidget(editor)
    return editor


def fill(editor, fields):
    """Type ``fields`` (service field names) into the editor the way an officer would."""
    form = editor.form
    for name, value in fields.items():
        if name == "bases":
            form.bases.set_codes(value)
        elif name == "extra":
            for key, text in value.items():
                form.extra.input(key).setText(text)
            form.extra.changed.emit()
        elif name in form.elements:
            widget = form.elements[name]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
                widget.textEdited.emit(value)
        else:
            widget = editor.findChild(object, f"field_{name}")
            widget.setText(value)
            widget.textEdited.emit(value)


def audit_count(desk) -> int:
    with desk.read() as s:
        return s.query(AuditEntry).count()


def test_art_7_2_editor_labels_each_element_with_its_article(qtbot, desk):
    editor = make_editor(qtbot, desk)
    captions = [lbl.text() for lbl in editor.findChildren(QLabel)]
    for letter in "abcde":
        assert any(f"({letter})" in c and f"Art. 7.2({letter})" in c for c in captions), letter
    assert editor.findChild(QPlainTextEdit, "field_object_and_reason") is not None


def test_art_7_2_new_incoming_request_is_registered_from_the_editor(qtbot, desk, complete_fields):
    editor = make_editor(qtbot, desk, "incoming")
    fill(editor, complete_fields)
    with qtbot.waitSignal(editor.saved) as signal:
        qtbot.mouseClick(editor.findChild(QPushButton, "button_save"), Qt.MouseButton.LeftButton)
    ref = signal.args[0]
    view = svc.get_request(desk, ref)
    assert view.direction == "incoming"
    assert view.elements["object_and_reason"] == complete_fields["object_and_reason"]
    assert view.bases == ("4.1(a)(i)",)
    assert view.extra["declaration_number"] == "EX-123"
    assert view.received_on == desk.today()
    assert view.complete
    assert not editor.is_dirty()


def test_art_7_2_c_missing_object_is_named_and_send_disabled_with_reason(qtbot, desk, complete_fields):
    editor = make_editor(qtbot, desk, "outgoing")
    fill(editor, {**complete_fields, "object_and_reason": ""})
    panel = editor.panel
    assert "7.2(c)" in panel.text()
    assert [f.field for f in panel.errors()] == ["object_and_reason"]
    send = editor.findChild(QPushButton, "button_send")
    assert not send.isEnabled()
    assert "7.2(c)" in editor.send_reason.text() and "7.2(c)" in send.toolTip()

    fill(editor, {"object_and_reason": "Confirm the export of 400 watches (invented)"})
    assert panel.errors() == []
    assert "7.2(c)" not in panel.text()
    assert send.isEnabled()
    assert editor.send_reason.text() == ""


def test_art_7_2_finalise_sends_a_complete_outgoing_request(qtbot, desk, complete_fields, settle):
    editor = make_editor(qtbot, desk, "outgoing")
    fill(editor, complete_fields)
    qtbot.mouseClick(editor.findChild(QPushButton, "button_send"), Qt.MouseButton.LeftButton)
    settle()
    assert editor.ref is not None
    assert svc.get_request(desk, editor.ref).status == "sent"


def test_title_of_10000_characters_is_refused_next_to_the_field_and_nothing_saved(qtbot, desk, complete_fields, settle):
    editor = make_editor(qtbot, desk, "incoming")
    fill(editor, {**complete_fields, "title": "t" * 10_000})
    before = audit_count(desk)
    editor.save()  # stored or refused on the write thread
    settle()
    error = editor.findChild(QLabel, "error_title")
    assert not error.isHidden() and "10,000" in error.text()
    assert svc.list_requests(desk) == []
    assert audit_count(desk) == before
    assert editor.ref is None and editor.is_dirty()


def test_invalid_due_date_is_shown_next_to_the_field_and_nothing_saved(qtbot, desk, complete_fields, settle):
    editor = make_editor(qtbot, desk, "incoming")
    fill(editor, {**complete_fields, "due_on": "2026-02-30"})
    error = editor.findChild(QLabel, "error_due_on")
    assert not error.isHidden() and "YYYY-MM-DD" in error.text()  # flagged while typing
    editor.save()  # stored or refused on the write thread
    settle()
    assert not error.isHidden()
    assert svc.list_requests(desk) == []


def test_invalid_extra_field_text_is_shown_under_that_field(qtbot, desk, complete_fields, settle):
    editor = make_editor(qtbot, desk, "incoming")
    fill(editor, {**complete_fields, "extra": {"goods_description": "bad\x00byte"}})
    editor.save()  # stored or refused on the write thread
    settle()
    error = editor.findChild(QLabel, "error_extra_goods_description")
    assert not error.isHidden() and "U+0000" in error.text()
    assert svc.list_requests(desk) == []


def test_japanese_spanish_emoji_and_markup_round_trip(qtbot, desk, complete_fields, settle):
    texts = {
        "title": "腕時計の輸出確認（架空の例）",
        "nature_of_proceedings": "Investigación administrativa sobre subvaluación — año 2026",
        "parties_concerned": "<b>Example</b> & Co. 📦🚢 <script>alert(1)</script>",
        "object_and_reason": "Confirmar la exportación; 輸出の確認 ✅",
    }
    editor = make_editor(qtbot, desk, "incoming")
    fill(editor, {**complete_fields, **texts})
    assert editor.save()
    settle()
    reopened = make_editor(qtbot, desk, "incoming", editor.ref)
    assert reopened.form.title.text() == texts["title"]
    for name in ("nature_of_proceedings", "parties_concerned", "object_and_reason"):
        assert reopened.form.elements[name].toPlainText() == texts[name]
    assert not reopened.is_dirty()


def test_art_7_1_oral_request_shows_confirmation_due_by_the_requesting_side(qtbot, desk):
    incoming = make_editor(qtbot, desk, "incoming", agreement="jp-us-1997")
    incoming.form.form_kind.setCurrentIndex(incoming.form.form_kind.findData("oral"))
    incoming.form.oral_at.setText("2026-11-20 09:30")
    due = incoming.findChild(QLabel, "oral_confirmation_due")
    # The US side asked, so US business days count: Fri 20 Nov + 2 = Tue 24 Nov.
    assert "Tue 2026-11-24" in due.text() and "in US" in due.text()

    outgoing = make_editor(qtbot, desk, "outgoing", agreement="jp-us-1997")
    outgoing.form.form_kind.setCurrentIndex(outgoing.form.form_kind.findData("oral"))
    outgoing.form.oral_at.setText("2026-11-20 09:30")
    text = outgoing.findChild(QLabel, "oral_confirmation_due").text()
    assert "Wed 2026-11-25" in text and "Labour Thanksgiving Day" in text


def test_art_7_1_unreadable_oral_time_says_so_instead_of_a_date(qtbot, desk):
    editor = make_editor(qtbot, desk, "incoming")
    editor.form.form_kind.setCurrentIndex(editor.form.form_kind.findData("oral"))
    editor.form.oral_at.setText("yesterday")
    assert "not a date and time" in editor.findChild(QLabel, "oral_confirmation_due").text()


def test_art_4_basis_decides_which_extra_fields_show(qtbot, desk):
    editor = make_editor(qtbot, desk, "outgoing", agreement="jp-us-1997")
    editor.form.bases.set_codes(["4.1(a)(i)"])
    assert editor.form.extra.shown() == ["goods_description", "declaration_number"]
    editor.form.bases.set_codes(["4.2(c)"])
    assert editor.form.extra.shown() == ["transport_identifier"]
    assert "4.2(c)" in editor.panel.text()  # warning: no vessel or vehicle identifier yet


def test_basis_picker_offers_the_catalogue_with_article_text_on_hover(qtbot, desk):
    editor = make_editor(qtbot, desk, "outgoing", agreement="jp-us-1997")
    picker = editor.findChild(object, "field_bases")
    assert "4.2(c)" in picker.offered() and "3.1" not in picker.offered()  # 3.1 is spontaneous
    tip = picker._list.item(picker.offered().index("4.1(a)(i)")).toolTip()
    assert "Verification of lawful export" in tip
    assert "whether goods imported into the customs territory" in tip  # the article's own text


def test_art_11_2_reciprocity_checkbox_explains_its_consequence(qtbot, desk):
    editor = make_editor(qtbot, desk, "outgoing")
    label = editor.findChild(QLabel, "reciprocity_explanation")
    assert "No reciprocity limitation" in label.text()
    editor.form.reciprocity.setChecked(True)
    assert "must draw attention" in label.text()


def test_art_7_3_addressee_is_chosen_from_the_designated_officials(qtbot, desk, complete_fields, settle):
    adm = add_administration(desk, name="Example Partner Office (invented)", country="US")
    add_official(desk, administration_id=adm, name="Officer Example (invented)")
    editor = make_editor(qtbot, desk, "outgoing", agreement="jp-us-1997")
    combo = editor.form.official
    combo.setCurrentIndex(combo.findText("Officer Example", Qt.MatchFlag.MatchStartsWith))
    fill(editor, complete_fields)
    assert editor.save()
    settle()
    assert svc.get_request(desk, editor.ref).official == "Officer Example (invented)"


def test_editing_a_stored_request_saves_through_edit(qtbot, desk, complete_fields, settle):
    ref = svc.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    editor = make_editor(qtbot, desk, "incoming", ref)
    assert not editor.form.agreement.isEnabled()
    fill(editor, {"title": "Changed title"})
    assert editor.is_dirty()
    editor.save()
    settle()
    assert svc.get_request(desk, ref).title == "Changed title"
    with desk.read() as s:
        assert audit.verify_chain(s) == []  # one audit entry per save, chain intact


def test_ctrl_s_saves(qtbot, desk, complete_fields):
    editor = make_editor(qtbot, desk, "incoming")
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    fill(editor, complete_fields)
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_close_with_unsaved_edits_cancel_keeps_it_open(qtbot, desk, monkeypatch, settle):
    editor = make_editor(qtbot, desk, "incoming")
    editor.show()
    fill(editor, {"title": "Unsaved"})
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    editor.reject()
    settle()
    assert asked and editor.isVisible()
    assert svc.list_requests(desk) == []


def test_close_with_unsaved_edits_discard_closes_without_saving(qtbot, desk, monkeypatch, settle):
    editor = make_editor(qtbot, desk, "incoming")
    editor.show()
    fill(editor, {"title": "Unsaved"})
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor.reject()
    settle()
    assert not editor.isVisible()
    assert svc.list_requests(desk) == []


def test_close_with_unsaved_edits_save_saves_then_closes(qtbot, desk, monkeypatch, complete_fields, settle):
    editor = make_editor(qtbot, desk, "incoming")
    editor.show()
    fill(editor, complete_fields)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    editor.reject()
    settle()
    assert not editor.isVisible()
    assert len(svc.list_requests(desk)) == 1


def test_close_without_edits_does_not_ask(qtbot, desk, monkeypatch, settle):
    editor = make_editor(qtbot, desk, "outgoing")
    editor.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError))
    editor.reject()
    settle()
    assert not editor.isVisible()


def test_spontaneous_information_is_recorded_with_spontaneous_bases(qtbot, desk, settle):
    editor = make_editor(qtbot, desk, "spontaneous-in", agreement="jp-us-1997")
    assert "3.1" in editor.form.bases.offered()
    fill(editor, {"title": "Tip about a shipment (invented)", "bases": ["3.1"]})
    assert editor.save()
    settle()
    assert svc.get_request(desk, editor.ref).direction == "spontaneous-in"
