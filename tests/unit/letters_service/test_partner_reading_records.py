"""Letters from stored records as the partner administration reads them."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.services.letters.demo import COMPLETE_ELEMENTS
from app.services.requests import commands as rq

OWN_EN, OWN_JA = "Japan Customs, Ministry of Finance", "財務省関税局"
SAT_ES = "Servicio de Administración Tributaria – Administración General de Aduanas"


def _pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_art_9_1_request_letter_without_information_items_is_still_marked_customs_use_only(desk, refs):
    # The request names the parties concerned and says Arts. 9 and 10 govern it: a letter with
    # no handling marking at all contradicted its own text.
    view = letters.generate_letter(desk, refs["outgoing_complete"], "request", "en")
    pdf = docs.document_content(desk, view.id)
    for page in _pages(pdf):
        assert page.count(_flat("CUSTOMS USE ONLY — Art. 9(1)")) == 2  # header and footer


def test_art_11_4_statement_of_reasons_is_marked_customs_use_only_like_the_information_it_may_carry(
        desk, refs):
    # The reasons, and the information Art. 11.4 lets accompany them, are information under the
    # Agreement: Art. 9.1 binds them whether or not an item is filed with the request.
    pdf = letters.preview_letter(desk, refs["refused"], "statement_of_reasons", "en", final=True).pdf
    for page in _pages(pdf):
        assert page.count(_flat("CUSTOMS USE ONLY — Art. 9(1)")) == 2  # header and footer


def test_acknowledgement_carries_only_the_markings_of_its_items(desk, refs):
    # An acknowledgement restates no information: no item, no marking (nothing is invented).
    pdf = letters.preview_letter(desk, refs["received"], "acknowledgement", "en", final=True).pdf
    assert "Art.9(1)" not in "".join(_pages(pdf))


def test_each_half_of_a_bilingual_letter_heads_and_signs_in_its_own_language(desk, refs):
    pdf = letters.preview_letter(desk, refs["received"], "acknowledgement", "en+ja", final=True).pdf
    english, japanese = [], []
    for page in _pages(pdf):
        (japanese if "以上" in page or "日本語文" in page else english).append(page)
    assert english and japanese
    assert _flat(OWN_EN) in "".join(english) and OWN_JA not in "".join(english)
    assert OWN_JA in "".join(japanese) and _flat(OWN_EN) not in "".join(japanese)


def test_spanish_letter_heads_in_a_latin_name_and_addresses_the_partner_in_spanish(desk, refs):
    ref = rq.register_incoming(desk, "jp-mx-2017", {
        **COMPLETE_ELEMENTS, "their_ref": "SAT-2026-0077",
        "extra": {**COMPLETE_ELEMENTS["extra"], "request_date": "2026-11-10"}}).our_ref
    text = "".join(_pages(letters.preview_letter(desk, ref, "acknowledgement", "es").pdf))
    assert OWN_JA not in text  # the local (Japanese) name used to head every non-English letter
    assert _flat(OWN_EN) in text and _flat(SAT_ES) in text
