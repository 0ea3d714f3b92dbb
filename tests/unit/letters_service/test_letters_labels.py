"""Grounds and bases print in the letter's language (catalogue ``labels``), read back with pypdf."""

from __future__ import annotations

from app.services.letters import commands as letters
from app.services.letters import registry as docs

from ._pdf import has


def test_art_11_4_japanese_statement_of_reasons_prints_the_japanese_11_1_ground(desk, refs):
    view = letters.generate_letter(desk, refs["refused"], "statement_of_reasons", "ja")
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, "公の秩序に反すること（第11条第1項）")
    assert not has(pdf, "Contrary to public policy")


def test_art_11_4_bilingual_statement_of_reasons_prints_each_half_in_its_language(desk, refs):
    view = letters.generate_letter(desk, refs["refused"], "statement_of_reasons", "en+ja")
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, "Contrary to public policy (Article 11(1))", "公の秩序に反すること（第11条第1項）")


def test_art_7_1_japanese_request_prints_the_japanese_label_of_its_basis(desk, refs):
    view = letters.generate_letter(desk, refs["outgoing_complete"], "request", "ja")
    pdf = docs.document_content(desk, view.id)
    assert has(pdf, "適法な輸出の確認")
    assert not has(pdf, "Verification of lawful export")
