"""The agreement catalogue: shipped JSON, schema-1 validation, round trip, article look-up."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.paths import resource
from app.treaty.builtin import builtin_agreement, builtin_agreement_dicts, load_builtin_agreements
from app.treaty.catalogue import CatalogueError, agreement_from_dict, agreement_to_dict

REFERENCE = Path("/work/shared/reference/cmaa-japan-us-1997.txt")
BASIS_CODES = ["3.1", "4.1(a)(i)", "4.1(a)(ii)", "4.1(b)", "4.2(a)", "4.2(b)", "4.2(c)", "4.3",
               "4.3-spontaneous", "5", "6", "8.2", "8.3", "10.2"]
GROUND_CODES = ["11.1-sovereignty", "11.1-security", "11.1-public-policy",
                "11.1-substantial-interest", "11.2-reciprocity", "11.3-ongoing-proceedings",
                "2.2-resources", "4.2-resources", "7.2-incomplete", "outside-scope"]


@pytest.fixture(scope="module")
def us_dict() -> dict:
    return next(d for d in builtin_agreement_dicts() if d["key"] == "jp-us-1997")


@pytest.fixture(scope="module")
def us():
    return builtin_agreement("jp-us-1997")


@pytest.fixture(scope="module")
def mx():
    return builtin_agreement("jp-mx-2017")


def test_catalogue_roundtrip():
    for d in builtin_agreement_dicts():
        assert agreement_to_dict(agreement_from_dict(d)) == d, d["key"]


def test_catalogue_builtin_files_are_canonical_json():
    # The shipped files are kept exactly as agreement_to_dict writes them, so edits stay reviewable.
    for path in sorted(resource("agreements").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        assert agreement_to_dict(agreement_from_dict(d)) == d
        assert path.stem == d["key"]


_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                max_size=30)


@settings(max_examples=40, deadline=None)
@given(title=_text, label=_text, heading=_text, editorial=st.booleans(), spontaneous=st.booleans(),
       signed=st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1))),
       kinds=st.lists(st.sampled_from(["person", "goods", "transport"]), unique=True),
       outcomes=st.lists(st.sampled_from(["refused", "postponed", "conditional", "withheld"]),
                         unique=True, min_size=1),
       note=st.one_of(st.none(), _text))
def test_catalogue_roundtrip_of_varied_dicts(title, label, heading, editorial, spontaneous, signed,
                                             kinds, outcomes, note):
    d = copy.deepcopy(next(x for x in builtin_agreement_dicts() if x["key"] == "jp-us-1997"))
    d["title"] = title
    d["signed_on"] = signed.isoformat() if signed else None
    d["articles"][6]["heading"] = heading
    d["articles"][6]["heading_is_editorial"] = editorial
    d["bases"][0].update(label=label, spontaneous=spontaneous, subject_kinds=kinds, note=note)
    d["grounds"][0]["outcomes"] = outcomes
    spec = agreement_from_dict(d)
    assert agreement_to_dict(spec) == d
    assert agreement_from_dict(agreement_to_dict(spec)) == spec


@pytest.mark.parametrize("mutate, expected", [
    (lambda d: d["bases"][3].pop("code"), "bases[3].code: missing"),
    (lambda d: d.pop("key"), "key: missing"),
    (lambda d: d["bases"][2].update(kind="magic"), "bases[2].kind: must be one of"),
    (lambda d: d["grounds"][1].update(outcomes="refused"), "grounds[1].outcomes: must be array"),
    (lambda d: d.update(signed_on="17 June 1997"), "signed_on: must be an ISO date"),
    (lambda d: d["articles"][0]["paragraphs"][0].update(colour="red"),
     "articles[0].paragraphs[0]: unknown field 'colour'"),
    (lambda d: d.update(schema=2), "schema: must be 1"),
    (lambda d: d["bases"][5].update(code="4.1(b)"), "bases[5].code: duplicate '4.1(b)'"),
    (lambda d: d["grounds"][0].update(article="99.1"), "grounds[0].article: '99.1' names no article"),
    (lambda d: d["articles"][6]["paragraphs"][0].update(number="8.1"),
     "articles[6].paragraphs[0].number: '8.1' is not a paragraph of article 7"),
    (lambda d: d["articles"][6]["paragraphs"][1].update(text=None),
     "articles[6].paragraphs[1].text: missing although"),
])
def test_catalogue_error_names_json_path(us_dict, mutate, expected):
    d = copy.deepcopy(us_dict)
    mutate(d)
    with pytest.raises(CatalogueError) as exc:
        agreement_from_dict(d)
    assert str(exc.value).startswith(expected), str(exc.value)
    assert "\n" not in str(exc.value)


def test_catalogue_error_is_a_value_error_and_rejects_non_objects():
    with pytest.raises(ValueError, match="must be a JSON object"):
        agreement_from_dict(["not", "a", "dict"])  # type: ignore[arg-type]


def test_catalogue_file_error_is_prefixed_with_file_name(tmp_path, monkeypatch, us_dict):
    bad = copy.deepcopy(us_dict)
    del bad["grounds"][0]["label"]
    (tmp_path / "agreements").mkdir()
    (tmp_path / "agreements" / "broken.json").write_text(json.dumps(bad), encoding="utf-8")
    from app.treaty import builtin

    monkeypatch.setattr(builtin, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(CatalogueError, match=r"^broken\.json: grounds\[0\]\.label: missing$"):
        load_builtin_agreements()


def test_resources_are_found_through_the_app_resources_package_as_real_files():
    # One way to find a shipped file: importlib.resources on app.resources, which the editable
    # install maps to the source tree's resources/ folder (a wheel holds it as app/resources).
    import importlib.resources

    assert resource() == importlib.resources.files("app.resources")
    assert resource() == Path(__file__).resolve().parents[3] / "resources"
    assert resource("agreements", "jp-us-1997.json").is_file()


def test_jp_us_has_articles_1_to_14_bases_and_grounds(us):
    assert [a.number for a in us.articles] == [str(n) for n in range(1, 15)]
    assert all(a.heading_is_editorial and a.text_known for a in us.articles)
    assert [b.code for b in us.bases] == BASIS_CODES
    assert [g.code for g in us.grounds] == GROUND_CODES
    assert us.signed_on == us.in_force_on == date(1997, 6, 17)
    assert (us.our_country, us.partner_country, us.ref_prefix) == ("JP", "US", "JC-US")
    assert us.basis("4.2(c)").subject_kinds == ("transport",)
    assert us.basis("3.1").spontaneous and us.basis("4.3-spontaneous").spontaneous
    assert not us.basis("4.3").spontaneous
    assert "withheld" in us.ground("11.3-ongoing-proceedings").outcomes
    assert us.ground("outside-scope").article in (None, "2.1")


def _words(text: str) -> list[str]:
    return re.sub(r"[“”’‘\"]", "'", text).split()


def test_jp_us_article_text_is_faithful_to_the_reference(us):
    raw = REFERENCE.read_text(encoding="utf-8")
    body = raw[raw.index("ARTICLE 1\n"):raw.index("IN WITNESS WHEREOF")]
    body = re.sub(r"^ARTICLE \d+\s*$", " ", body, flags=re.M)
    body = re.sub(r"^\s*\d+\.\s", " ", body, flags=re.M)  # paragraph numbers are data, not text
    ours = " ".join(p.text for a in us.articles for p in a.paragraphs)
    assert _words(ours) == _words(body)
    for a in us.articles:
        for p in a.paragraphs:
            assert "  " not in p.text and "\n\n" not in p.text, p.number


def test_art_7_2_items_are_each_on_their_own_line(us):
    lines = us.article_text("7.2").splitlines()
    assert lines[3] == "(c) the object and the reason for the request;"
    assert lines[4] == "(d) the names and addresses of the parties to whom the request relates, if known; and"


def test_article_text_resolves_articles_paragraphs_and_subparagraphs(us):
    assert us.article_text("4.1(a)(i)") == us.article_text("4.1")
    assert us.article_text("4.1").startswith("(a) The requested Administration shall provide")
    assert us.article_text("7").startswith("1. Requests pursuant to this Agreement")
    assert "\n\n2. Requests made pursuant" in us.article_text("7")
    assert us.article_text("6").startswith("Officials specially designated")
    assert us.article_text("14.2").startswith("Either Party may terminate")
    with pytest.raises(KeyError, match="no article or paragraph '15.1'"):
        us.article_text("15.1")


def test_basis_and_ground_lookup_errors_name_the_agreement(us):
    with pytest.raises(KeyError, match="no legal basis '4.9' in agreement jp-us-1997"):
        us.basis("4.9")
    with pytest.raises(KeyError, match="no ground 'whim' in agreement jp-us-1997"):
        us.ground("whim")


def test_titles_by_language_fall_back_to_english(us, mx):
    assert us.title_in("ja").startswith("税関当局間の相互支援に関する日本国政府と")
    assert us.title_in("fr") == us.title
    assert mx.title_in("es").startswith("Acuerdo entre el Gobierno del Japón")
    assert us.our_administration.name_in("ja") == "財務省関税局"
    assert us.partner_administration.name_in("ja").startswith("U.S. Customs Service")


def test_jp_mx_invents_no_treaty_text(mx):
    assert mx.signed_on == date(2017, 8, 10) and mx.in_force_on is None
    assert mx.place_signed == "Mexico City"
    assert mx.languages == ("ja", "es", "en")
    assert (mx.partner_country, mx.ref_prefix) == ("MX", "JC-MX")
    assert "Servicio de Administración Tributaria" in mx.partner_administration.name_in("es")
    assert "press-mexico-japan-2017" in mx.facts_source
    assert all(not a.text_known and a.text is None for a in mx.articles)
    assert mx.article_text("7.2") is None
    assert [b.code for b in mx.bases] == BASIS_CODES
    assert [g.code for g in mx.grounds] == GROUND_CODES
    assert all(x.article_numbering_assumed and "1997" in x.note for x in mx.bases + mx.grounds)


def test_specs_are_hashable_and_compare_by_value(us):
    again = agreement_from_dict(agreement_to_dict(us))
    assert again == us and hash(again) == hash(us)
    with pytest.raises(TypeError):
        us.titles["en"] = "changed"  # type: ignore[index]


def test_spec_helpers_filter_bases_and_grounds(us):
    assert {b.code for b in us.spontaneous_bases()} == {"3.1", "4.3-spontaneous"}
    assert "3.1" not in {b.code for b in us.request_bases()}
    assert {g.code for g in us.grounds_for("withheld")} >= {"11.3-ongoing-proceedings"}
    assert "outside-scope" not in {g.code for g in us.grounds_for("postponed")}


def test_treaty_package_imports_nothing_else_of_the_project():
    # House rule: app.treaty is the pure core; it may import only itself and third-party libraries.
    import ast
    folder = Path(__file__).resolve().parents[3] / "app" / "treaty"
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                top = name.split(".")[0]
                assert top not in {"ui", "PySide6", "shiboken6"}, (path.name, name)
                # app.paths (a leaf importing nothing of the project) says where the shipped
                # agreement files are: the one way to find a resource; app.i18n (a leaf too)
                # marks the rules' words for the window's catalogues.
                assert top != "app" or name.startswith("app.treaty") or name in {"app.paths", "app.i18n"}, (
                    path.name, name)
