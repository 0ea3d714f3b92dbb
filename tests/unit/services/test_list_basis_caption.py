"""The request list names a legal basis from the agreement catalogue (Art. 4.3, 3.1, 4.1)."""

from __future__ import annotations

import json

from app.paths import resource
from app.services.requests.listing import agreement_entries, basis_caption


def _load(key: str = "jp-us-1997") -> None:
    text = resource("agreements", f"{key}.json").read_text(encoding="utf-8")
    agreement_entries([(1, key, json.loads(text)["partner_administration"]["country"], None, text)])


def test_art_4_3_spontaneous_code_is_shown_as_article_and_label():
    _load()
    text, tip = basis_caption("jp-us-1997", "4.3-spontaneous")
    assert text == "4.3 \u2014 Spontaneous information on serious offences"
    assert tip.startswith("Art. 4.3 \u2014 ") and "on its own initiative" in tip


def test_art_4_1_article_reference_codes_are_shown_as_they_are():
    _load()
    assert basis_caption("jp-us-1997", "4.1(a)(i)")[0] == "4.1(a)(i)"
    assert basis_caption("jp-us-1997", "3.1")[0] == "3.1"


def test_unknown_basis_or_agreement_shows_the_code_as_stored():
    _load()
    assert basis_caption("jp-us-1997", "99.9") == ("99.9", "99.9")
    assert basis_caption("no-such-agreement", "4.3-spontaneous")[0] == "4.3-spontaneous"
    assert basis_caption("jp-us-1997", None) == ("", "")


def test_partner_entry_leads_with_the_partner_country():
    text = resource("agreements", "jp-mx-2017.json").read_text(encoding="utf-8")
    entries = agreement_entries([(7, "jp-mx-2017", "MX", None, text)])
    assert entries[7][1].startswith("MX \u2014 ")
