"""Per-language labels in the letter context: each language of a letter prints its own label."""

from __future__ import annotations

from app.documents import GroundLine
from app.documents.body import bases_section, grounds_section
from app.documents.i18n import Wording
from tools.sample_letters import sample_context

_GROUND = GroundLine("11.1-public-policy", "11.1", "Contrary to public policy",
                     {"ja": "公の秩序に反すること", "es": "Sería contraria al orden público"})


def test_art_11_ground_label_in_each_letter_language_with_english_fallback():
    ctx = sample_context("statement_of_reasons", "en+ja", grounds=(_GROUND,))
    assert grounds_section(ctx, Wording("ja")).items[0].startswith("公の秩序に反すること")
    assert grounds_section(ctx, Wording("en")).items[0].startswith("Contrary to public policy")
    assert grounds_section(ctx, Wording("es")).items[0].startswith("Sería contraria al orden público")
    plain = GroundLine("x", "", "Only English")
    assert plain.label_in("ja") == "Only English" and hash(_GROUND) == hash(_GROUND)


def test_art_7_1_basis_label_in_the_letter_language_and_fallback_to_bases():
    ctx = sample_context("request", "ja", basis_labels={"4.1(a)(i)": {"ja": "適法な輸出の確認"}})
    items = bases_section(ctx, Wording("ja")).items
    assert items[0].endswith("適法な輸出の確認")
    assert items[1].endswith("Transport and shipment documents")  # no Japanese label given
    assert bases_section(ctx, Wording("en")).items[0].endswith("Verification of lawful export")


def test_sample_letters_print_bases_and_grounds_in_the_letter_language():
    # docs/letters is rendered from these samples: a Japanese letter must not cite English labels.
    from app.documents.render import render_letter

    from ._pdf import contains, text

    ja = text(render_letter(sample_context("request", "ja")))
    assert contains(ja, "適法な輸出の確認") and "Verification of lawful export" not in ja
    es = text(render_letter(sample_context("statement_of_reasons", "es")))
    assert contains(es, "Excede los recursos disponibles") and "Not within the available" not in es
    bilingual = text(render_letter(sample_context("statement_of_reasons", "en+ja")))
    assert contains(bilingual, "Not within the available resources") and contains(bilingual, "利用可能な資源の範囲")
