"""Field kits in the window: preparing a kit and merging a return from the File menu, the
Conflicts page (either side, or a merged text), and the field desk's banner.
All data is the invented demo data set."""

from __future__ import annotations

import os

import pytest

from app.services.kit import conflicts, field, merge, prepare
from app.services.requests import commands as rq

PASS = "kit passphrase for tests (invented)"
REF = "JC-US-2026-0004"  # demo: special surveillance of a vessel

pytestmark = pytest.mark.demo_data


def _object(desk) -> str:
    return rq.get_request(desk, REF).to_dict()["elements"]["object_and_reason"]


def _conflicted_return(desk, tmp_path):
    """A field desk of a kit of REF; both sides change REF's object text; the field's return."""
    prepare.prepare_kit(desk, tmp_path / "k.kit", PASS, requests=[REF], label="Yokohama (invented)")
    opened = field.open_kit(tmp_path / "k.kit", tmp_path / "field", PASS, actor="Field Officer (invented)")
    rq.edit_request(opened.desk, REF, {"object_and_reason":
                                       "Field: MV EXAMPLE STAR berthed at Honmoku pier D5 (invented)"})
    rq.edit_request(desk, REF, {"object_and_reason":
                                "Desk: MV EXAMPLE STAR expected at Yokohama on 9 Dec (invented)"})
    field.write_return(opened.desk, tmp_path / "r.return", PASS)
    return opened.desk


def test_art_4_2_a_conflict_of_the_field_and_the_desk_shows_both_versions_and_either_can_be_taken(
        window, desk, tmp_path, qtbot, settle):
    fd = _conflicted_return(desk, tmp_path)
    fd.db.close()
    merge.merge_return(desk, tmp_path / "r.return", PASS)
    window.resize(1280, 760)
    page = window.show_page("conflicts")
    qtbot.wait(30)
    assert page.table.rowCount() == 1 and "1 conflict" in page.heading.text()
    assert page.desk_text.toPlainText().startswith("Desk: MV EXAMPLE STAR expected")
    assert page.field_text.toPlainText().startswith("Field: MV EXAMPLE STAR berthed")
    if os.environ.get("LIAISON_DESK_SCREENSHOTS"):  # docs/field-kit.md
        window.grab().save(os.environ["LIAISON_DESK_SCREENSHOTS"])
    page.take_field.click()
    settle()
    assert _object(desk).startswith("Field: MV EXAMPLE STAR berthed")
    assert page.table.rowCount() == 0 and "No conflicts" in page.heading.text()
    page.show_resolved.setChecked(True)
    assert page.table.rowCount() == 1 and "field" in page.table.item(0, 6).text()
    [c] = conflicts.list_conflicts(desk, include_resolved=True)
    assert c.resolution == "field" and c.desk_value.startswith("Desk:")


def test_a_merged_text_typed_on_the_conflicts_page_replaces_both(window, desk, tmp_path, qtbot, settle):
    _conflicted_return(desk, tmp_path).db.close()
    merge.merge_return(desk, tmp_path / "r.return", PASS)
    page = window.show_page("conflicts")
    page.merged_text.setPlainText("MV EXAMPLE STAR expected on 9 Dec, berthed at pier D5 (invented)")
    page.take_merged.click()
    settle()
    assert _object(desk) == "MV EXAMPLE STAR expected on 9 Dec, berthed at pier D5 (invented)"
    assert conflicts.list_conflicts(desk) == []


def test_prepare_and_merge_from_the_file_menu(window, desk, tmp_path, qtbot, settle, no_modal_boxes):
    dlg = window.prepare_field_kit()
    dlg.requests.setText(REF)
    dlg.label.setText("Yokohama (invented)")
    dlg.passphrase.setText(PASS)
    dlg.repeat.setText("not the same")
    dlg.file.edit.setText(str(tmp_path / "k.kit"))
    dlg.submit()
    assert "differ" in dlg.message.text() and not (tmp_path / "k.kit").exists()
    dlg.repeat.setText(PASS)
    dlg.submit()
    settle()
    assert (tmp_path / "k.kit").exists() and conflicts.field_mark(desk, "request", REF)
    opened = field.open_kit(tmp_path / "k.kit", tmp_path / "field", PASS)
    rq.edit_request(opened.desk, REF, {"object_and_reason": "Field text (invented)"})
    rq.edit_request(desk, REF, {"object_and_reason": "Desk text (invented)"})
    field.write_return(opened.desk, tmp_path / "r.return", PASS)
    opened.desk.db.close()
    dlg = window.merge_field_return()
    dlg.file.edit.setText(str(tmp_path / "r.return"))
    dlg.passphrase.setText("wrong passphrase for the kit")
    dlg.submit()
    settle()
    assert "wrong kit passphrase" in dlg.message.text() and dlg.isVisible()
    dlg.passphrase.setText(PASS)
    dlg.submit()
    settle()
    assert any("1 conflict" in text for _kind, text in no_modal_boxes)
    assert window.current_key() == "conflicts"


def test_a_field_desk_says_so_on_every_page_and_sends_its_work_back(qtbot, desk, tmp_path, no_modal_boxes):
    from ui.main_window import MainWindow

    prepare.prepare_kit(desk, tmp_path / "k.kit", PASS, requests=[REF], label="Yokohama (invented)")
    fd = field.open_kit(tmp_path / "k.kit", tmp_path / "field", PASS).desk
    win = MainWindow(fd, tmp_path / "field", reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        assert win.field_banner.isVisible() and "Field desk — kit K-0001" in win.field_banner.text()
        assert "Yokohama (invented)" in win.field_banner.text() and "K-0001" in win.windowTitle()
        assert win.act_write_return.isVisible() and not win.act_prepare_kit.isVisible()
        assert not win.act_merge_return.isVisible()
    finally:
        win.close()
        fd.db.close()


def test_a_request_in_the_field_says_so_in_its_detail_and_an_edit_warns(qtbot, desk, tmp_path,
                                                                       no_modal_boxes, monkeypatch):
    from ui.widgets import request_detail
    from ui.widgets.request_detail import RequestDetail

    opened: list[str] = []

    class Editor:  # the real editor is modal; only that it opens matters here
        def __init__(self, _desk, _direction, ref, _parent) -> None:
            opened.append(ref)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(request_detail, "lazy_widget",
                        lambda module, name: Editor if name == "RequestEditor" else None)
    detail = RequestDetail(desk)
    qtbot.addWidget(detail)
    detail.show_ref(REF)
    assert "In the field" not in detail.heading.text()
    prepare.prepare_kit(desk, tmp_path / "k.kit", PASS, requests=[REF])
    detail.show_ref(REF)
    assert "In the field: kit K-0001 since" in detail.heading.text()
    detail.edit()
    assert opened == [REF]
    assert any(kind == "warning" and "kit K-0001" in text for kind, text in no_modal_boxes)


def test_a_subject_in_the_field_says_so_on_its_page(qtbot, desk, tmp_path):
    from ui.views.subject_page import SubjectPage

    prepare.prepare_kit(desk, tmp_path / "k.kit", PASS, requests=[REF])
    page = SubjectPage(desk)
    qtbot.addWidget(page)
    page.show_subject("S-0002")
    assert "In the field: kit K-0001 since" in page.header.text()
    page.show_subject("S-0001")
    assert "In the field" not in page.header.text()
