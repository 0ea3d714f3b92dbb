"""Letters dialog: "Final" starts unticked, is disabled with the service's reasons while only a
draft is possible, a draft takes no document number, and the stored letters are listed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.services.letters.demo import COMPLETE_ELEMENTS
from app.services.requests import commands as rq


@pytest.fixture
def refs(letter_refs):
    """The letter scenarios (invented), in the test's desk."""
    return letter_refs


def test_final_is_unticked_by_default_and_enabled_when_a_final_letter_is_possible(dialog_for, refs):
    dlg = dialog_for(refs["received"])
    assert not dlg.final_box.isChecked() and dlg.final_box.isEnabled()
    assert dlg.final_reason.text() == ""
    assert not dlg.preview.final and dlg.preview.document_number == ""  # a draft has no number
    assert "no document number" in dlg.problems_label.text()
    dlg.final_box.setChecked(True)
    dlg.refresh_preview()
    assert dlg.preview.final and f"{refs['received']}-ACK1" in dlg.problems_label.text()


def test_art_7_3_final_disabled_while_the_designated_official_is_not_named(dialog_for, desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref  # no official on this desk
    dlg = dialog_for(ref)
    assert dlg.kind() == "acknowledgement"
    assert not dlg.final_box.isEnabled() and not dlg.final_box.isChecked()
    assert "Only a draft is possible" in dlg.final_reason.text()
    assert "designated official is not named (Art. 7.3)" in dlg.final_box.toolTip()
    assert "designated official is not named" in dlg.problems_label.text()


def test_art_7_2_final_disabled_while_the_japanese_version_is_missing(dialog_for, refs, desk):
    fields = {k: (v["en"] if isinstance(v, dict) and "en" in v else v) for k, v in COMPLETE_ELEMENTS.items()}
    ref = rq.draft_outgoing(desk, "jp-us-1997", fields).our_ref  # texts in English only
    dlg = dialog_for(ref)
    dlg.lang_box.setCurrentIndex(dlg.lang_box.findData("en"))
    dlg.refresh_preview()
    assert dlg.final_box.isEnabled()
    dlg.lang_box.setCurrentIndex(dlg.lang_box.findData("ja"))
    dlg.refresh_preview()
    assert not dlg.final_box.isEnabled()
    assert "Only a draft is possible until 5 problem" in dlg.final_reason.text()
    assert "(a) Administration making the request: The Japanese version is missing" in dlg.final_box.toolTip()
    assert "Object of and reason for the request: The Japanese version is missing" in dlg.problems_label.text()


def test_stored_letters_are_listed_with_number_date_and_state_and_open_in_the_preview(dialog_for, refs, desk):
    ref = refs["refused"]
    letters.generate_letter(desk, ref, "statement_of_reasons", "en")
    letters.generate_letter(desk, ref, "statement_of_reasons", "ja")
    dlg = dialog_for(ref)
    table = dlg.versions
    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert {r[0] for r in rows} == {f"{ref}-SOR1"}  # each language is its own series
    assert {r[1] for r in rows} == {"English", "Japanese"}
    assert all(r[3] == "Final" and r[2].endswith("UTC") for r in rows)
    dlg.show_version(1)
    assert dlg.shown_version is not None and dlg.shown_version.id == dlg.stored[1].id
    assert "Showing the stored letter" in dlg.status_label.text()
    dlg.refresh_preview()  # any change of choice: the preview again
    assert dlg.shown_version is None


def test_a_draft_saved_from_the_dialog_takes_no_document_number(dialog_for, refs, desk, tmp_path, monkeypatch,
                                                                settle):
    ref = refs["received"]
    dlg = dialog_for(ref)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "draft.pdf"), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    assert (tmp_path / "draft.pdf").exists()
    assert docs.list_documents(desk, ref) == [] and dlg.versions.rowCount() == 0
    dlg.final_box.setChecked(True)
    dlg.refresh_preview()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "final.pdf"), "PDF (*.pdf)"))
    dlg.save_pdf()
    settle()
    [stored] = docs.list_documents(desk, ref)
    assert stored.version == 1  # the draft consumed no number
    assert dlg.versions.rowCount() == 1 and dlg.versions.item(0, 0).text() == f"{ref}-ACK1"
