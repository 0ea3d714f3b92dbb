"""Per-language labels of bases and grounds in the agreement catalogue (schema 1, optional field)."""

from __future__ import annotations

import copy

import pytest

from app.treaty.builtin import builtin_agreement, builtin_agreement_dicts
from app.treaty.catalogue import CatalogueError, agreement_from_dict, agreement_to_dict


def _us_dict() -> dict:
    return copy.deepcopy(next(d for d in builtin_agreement_dicts() if d["key"] == "jp-us-1997"))


@pytest.mark.parametrize("key", ["jp-us-1997", "jp-mx-2017"])
def test_art_11_every_shipped_basis_and_ground_has_japanese_and_spanish_labels(key):
    spec = builtin_agreement(key)
    for item in spec.bases + spec.grounds:
        assert set(item.labels) == {"ja", "es"}, item.code
        assert item.label_in("ja") != item.label and item.label_in("es") != item.label, item.code


def test_art_11_1_public_policy_ground_reads_in_japanese_and_spanish():
    ground = builtin_agreement("jp-mx-2017").ground("11.1-public-policy")
    assert ground.label_in("ja") == "公の秩序に反すること"
    assert "orden público" in ground.label_in("es")
    assert ground.label_in("en") == ground.label == "Contrary to public policy"


def test_art_4_1_basis_label_in_japanese():
    assert builtin_agreement("jp-us-1997").basis("4.1(a)(i)").label_in("ja") == "適法な輸出の確認"


def test_catalogue_without_labels_still_loads_and_falls_back_to_english():
    d = _us_dict()
    for item in d["bases"] + d["grounds"]:
        del item["labels"]
    spec = agreement_from_dict(d)
    ground = spec.ground("11.1-sovereignty")
    assert dict(ground.labels) == {} and ground.label_in("ja") == "Infringes sovereignty"
    assert spec.basis("5").label_in("es") == "Transport and shipment documents"
    # Written back in canonical form: the optional field appears, empty.
    assert agreement_to_dict(spec)["grounds"][0]["labels"] == {}


def test_catalogue_labels_with_a_bad_language_code_names_the_field():
    d = _us_dict()
    d["grounds"][2]["labels"] = {"Japanese": "公の秩序に反すること"}
    with pytest.raises(CatalogueError, match=r"^grounds\[2\]\.labels"):
        agreement_from_dict(d)


def test_catalogue_labels_with_an_empty_label_names_the_field():
    d = _us_dict()
    d["bases"][1]["labels"]["ja"] = ""
    with pytest.raises(CatalogueError, match=r"^bases\[1\]\.labels\.ja: must not be empty"):
        agreement_from_dict(d)


def test_catalogue_labels_are_frozen():
    ground = builtin_agreement("jp-us-1997").ground("11.1-security")
    with pytest.raises(TypeError):
        ground.labels["ja"] = "x"  # type: ignore[index]
    hash(ground)  # a ground stays usable as a key although it carries a mapping
