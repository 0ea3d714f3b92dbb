"""Hostile input through every service entry point and the importer.

Each call either stores the value faithfully (read back equal, after the documented trimming and
NFC normalisation) or refuses it with a RuleViolation whose one-line message names the field;
nothing else may escape, and a refusal writes nothing.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.store.models import AuditEntry, Request
from app.treaty.errors import CatalogueError, RuleViolation

SPECIAL = [
    "<script>alert(1)</script>", "<b>bold</b> & \"quotes\" 'single'", "\x00", "before\x00after",
    "\ud800", "lone \udfff surrogate", "\u200f\u202eRTL override\u202c", "مرحبا بالعالم",
    "山田太郎 税関", "😀🚢📦", "e\u0301 (combining)", "   ", "", "\t\n", "x" * 1_000_000,
    "Robert'); DROP TABLE request;--", "%s %d {0} {seq}", "\u2028line\u2029para", "\ufeffBOM",
]
hostile_text = st.one_of(st.sampled_from(SPECIAL), st.text(max_size=200))
hostile_value = st.one_of(
    hostile_text, st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.lists(hostile_text, max_size=3), st.dictionaries(hostile_text, hostile_text, max_size=2),
)
HYPO = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _faithful(value: str) -> str:
    return unicodedata.normalize("NFC", value.strip())


def _audit_count(desk) -> int:
    with desk.read() as s:
        return s.execute(select(func.count(AuditEntry.id))).scalar()


def _refusal_names(exc: Exception, *fields: str) -> None:
    text = str(exc)
    assert "\n" not in text
    head = text.split(": ")[0:2]  # "field: ..." or "catalogue: path: ..." (agreement JSON)
    assert any(f in part for f in fields for part in head), text


def _call(desk, fn, fields, *args, **kwargs):
    """Run one service call; on refusal check the message and that nothing was written."""
    before = _audit_count(desk)
    try:
        return fn(*args, **kwargs), None
    except (RuleViolation, CatalogueError) as exc:
        _refusal_names(exc, *fields)
        assert _audit_count(desk) == before, "a refused call wrote something"
        return None, exc


TEXT_FIELDS = ["title", "their_ref", "notes", "assigned_to", "requesting_administration",
               "nature_of_proceedings", "object_and_reason", "parties_concerned",
               "description_and_legal_elements", "reciprocity_note"]
OTHER_FIELDS = ["bases", "form", "oral_at", "urgency", "extra", "reciprocity", "received_on",
                "due_on", "partner_administration_id", "official_id", "confirmed_on", "nonsense"]


@HYPO
@given(field=st.sampled_from(TEXT_FIELDS), value=hostile_text)
def test_request_text_fields_store_hostile_text_faithfully_or_refuse_naming_the_field(
        desk, complete_fields, field, value):
    from app.services.requests.commands import register_incoming

    view, err = _call(desk, register_incoming, [field], desk, "jp-us-1997",
                      {**complete_fields, field: value})
    if err is None:
        with desk.read() as s:
            stored = s.execute(select(getattr(Request, field)).where(
                Request.our_ref == view.our_ref)).scalar()
        assert stored == (_faithful(value) or ("" if field == "title" else None))


@HYPO
@given(field=st.sampled_from(OTHER_FIELDS), value=hostile_value)
def test_request_edit_with_hostile_values_refuses_cleanly_and_writes_nothing(
        desk, complete_fields, field, value):
    from app.services.requests.commands import edit_request, get_request, register_incoming

    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    before = get_request(desk, ref).to_dict()
    _view, err = _call(desk, edit_request, [field], desk, ref, {field: value})
    if err is not None:
        assert get_request(desk, ref).to_dict() == before


@HYPO
@given(target=hostile_text, reason=hostile_text)
def test_transition_to_hostile_status_or_with_hostile_reason(desk, complete_fields, target, reason):
    from app.services.requests.commands import register_incoming, transition

    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    _call(desk, transition, ["status", "reason", "target", "grounds", "ref"], desk, ref, target,
          reason=reason)


@HYPO
@given(provider=hostile_text, title=hostile_text, summary=hostile_text,
       direction=st.one_of(st.sampled_from(["received", "provided"]), hostile_text))
def test_information_item_stores_hostile_text_faithfully_or_refuses(desk, provider, title, summary, direction):
    from app.services.ledger.information import add_information_item
    from app.store.models import InformationItem

    view, err = _call(desk, add_information_item,
                      ["provider", "title", "summary", "direction"], desk,
                      direction=direction, provider=provider, title=title, summary=summary)
    if err is None:
        with desk.read() as s:
            row = s.execute(select(InformationItem).where(InformationItem.code == view.code)).scalar_one()
            assert (row.provider, row.title) == (_faithful(provider), _faithful(title))
            assert row.summary == (_faithful(summary) or None)


@HYPO
@given(name=hostile_text, country=hostile_text)
def test_administration_directory_refuses_or_stores_faithfully(desk, name, country):
    from app.services.agreements.catalogue import add_administration
    from app.store.models import Administration

    adm_id, err = _call(desk, add_administration, ["name", "country"], desk, name=name, country=country)
    if err is None:
        with desk.read() as s:
            assert s.get(Administration, adm_id).name == _faithful(name)


@HYPO
@given(path=st.sampled_from(["title", "short_title", "key", "ref_prefix", "languages", "bases",
                             "our_country", "signed_on", "grounds"]), value=hostile_value)
def test_agreement_catalogue_with_a_hostile_value_is_refused_naming_its_path_or_saved(desk, path, value):
    from app.services.agreements.catalogue import save_agreement
    from app.treaty import builtin

    raw = json.loads(json.dumps(builtin.builtin_agreement_dicts()[0]))
    raw["key"] = "test-hostile"
    raw[path] = value
    _call(desk, save_agreement, [path, "key", "agreement"], desk, raw)


@HYPO
@given(key=st.one_of(st.sampled_from(["ref_pattern", "due_soon_days", "profile", "backup_keep"]),
                     hostile_text), value=hostile_value)
def test_settings_refuse_hostile_values_naming_the_setting(desk, key, value):
    from app.services.admin.settings import read_setting, set_setting

    _ok, err = _call(desk, set_setting, [str(key), "setting", "ref_pattern"], desk, key, value)
    if err is None and isinstance(value, str):
        assert read_setting(desk, key) == value


@HYPO
@given(name=hostile_text, kind=st.one_of(st.sampled_from(["police", "prosecutor", "customs"]), hostile_text))
def test_authority_list_refuses_or_stores_faithfully(desk, name, kind):
    from app.services.ledger.disclosures import add_authority

    _call(desk, add_authority, ["name", "kind", "country"], desk, name, kind)


# -- the importer ------------------------------------------------------------------------------

@HYPO
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(
    lambda t: t.encode("utf-8", "surrogatepass"))))
def test_importer_refuses_arbitrary_bytes_with_one_clear_line(desk, data):
    from app.interchange import InterchangeError, import_store

    before = _audit_count(desk)
    with pytest.raises(InterchangeError) as info:
        import_store(desk, data)
    assert "\n" not in str(info.value) and _audit_count(desk) == before


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory, store_template) -> dict:
    """One small export to mutate (a store with a request in it)."""
    import keyring

    from app.interchange import export_store
    from app.services import open_desk
    from app.services.requests.commands import register_incoming
    from tests.conftest import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        d = open_desk(store_template.copy_to(tmp_path_factory.mktemp("sample") / "data", backend),
                      actor="Sample")
        register_incoming(d, "jp-us-1997", {"title": "Invented sample", "bases": ["4.1(a)(i)"]})
        data = json.loads(export_store(d))
        d.db.close()
    finally:
        keyring.set_keyring(previous)
    return data


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(choice=st.data(), value=hostile_value)
def test_importer_given_a_hostile_value_in_any_field_refuses_it_or_stores_it_faithfully(
        tmp_path_factory, fresh_store, sample_export, choice, value):
    from app.interchange import InterchangeError, export_store, import_store
    from app.services import open_desk

    doc = json.loads(json.dumps(sample_export))
    coll = choice.draw(st.sampled_from(sorted(k for k, v in doc.items() if isinstance(v, list) and v)))
    index = choice.draw(st.integers(0, len(doc[coll]) - 1))
    field = choice.draw(st.sampled_from(sorted(doc[coll][index])))
    doc[coll][index][field] = value
    desk = open_desk(fresh_store(tmp_path_factory.mktemp("imp") / "data"), actor="Importer", local=True)
    try:
        try:
            data = json.dumps(doc, ensure_ascii=True, allow_nan=True).encode()
            import_store(desk, data)
        except InterchangeError as exc:
            assert "\n" not in str(exc)
            assert str(exc).startswith((f"{coll}[{index}]", f"{coll}[", "file:", "audit[", "store:")), str(exc)
            return
        again = json.loads(export_store(desk))
        assert doc[coll][index] in again[coll]  # stored faithfully (its position may move with its id)
    finally:
        desk.db.close()


@pytest.mark.sqlite_only
def test_store_file_under_another_key_is_refused_and_left_untouched(desk, data_dir, tmp_path):
    """A database file with the wrong key: refused with a clear line, not overwritten."""
    from app.services import init_store, open_desk
    from app.store.db import StoreError

    other = init_store(tmp_path / "other", actor="Other")
    other.db.close()
    desk.db.close()
    foreign = (tmp_path / "other" / "desk.db").read_bytes()
    (data_dir / "desk.db").write_bytes(foreign)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"desk.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(StoreError, match="cannot be decrypted with this store's key"):
        open_desk(data_dir)
    assert (data_dir / "desk.db").read_bytes() == foreign
