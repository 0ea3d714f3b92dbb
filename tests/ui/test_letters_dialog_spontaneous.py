"""Letters… for spontaneous information we send: the cover letter (Art. 3.1, 4.3) is offered,
previewed, and final only when the record is complete."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.services.letters import registry as docs
from app.services.requests import commands as rq

KIND = "spontaneous_information"


def _record(desk, **changes) -> str:
    from app.services.letters.demo import setup_desk_identity

    setup_desk_identity(desk)  # the invented officer profile and the partner's designated official
    fields = {"title": "Relays shipped by AT&T <sample> (invented)", "bases": ["3.1"],
              "requesting_administration": "Japan Customs (invented)",
              "object_and_reason": "Relays declared as toys left Example Port (invented).", **changes}
    return rq.record_spontaneous(desk, "jp-us-1997", "spontaneous-out", fields).our_ref


def _text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


def test_art_3_1_spontaneous_out_dialog_offers_only_the_cover_letter_with_remarks(dialog_for, desk):
    dlg = dialog_for(_record(desk))
    model = dlg.kind_box.model()
    enabled = {dlg.kind_box.itemData(i) for i in range(dlg.kind_box.count()) if model.item(i).isEnabled()}
    assert enabled == {KIND} and dlg.kind() == KIND
    assert dlg.choose(KIND, {"remarks": "Photos follow by courier (invented)."}) is None
    assert dlg.letter_inputs() == {"remarks": "Photos follow by courier (invented)."}
    dlg.final_box.setChecked(True)
    dlg.refresh_preview()
    assert dlg.preview.final and "Article 3(1)" in _text(dlg.preview.pdf)
    assert "AT&T <sample>" in _text(dlg.preview.pdf) and "Photos follow by courier" in _text(dlg.preview.pdf)


def test_art_3_1_incomplete_spontaneous_record_previews_only_as_draft(dialog_for, desk, no_modal_boxes):
    ref = _record(desk, object_and_reason="")
    dlg = dialog_for(ref)
    assert not dlg.final_box.isChecked() and not dlg.final_box.isEnabled() and not dlg.preview.final
    assert "DRAFT" in _text(dlg.preview.pdf)
    assert docs.list_documents(desk, ref) == []
