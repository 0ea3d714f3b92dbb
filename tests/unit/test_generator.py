"""The synthetic data generator: deterministic, consistent, and its audit chain verifies."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.services.admin.verify import verify_store
from app.services.requests.commands import list_requests
from app.services.search.queries import index_problems, search
from app.services.validation import ServiceError
from app.store.models import AuditEntry, Request, Subject
from app.treaty.lifecycle import TRANSITIONS, initial_status
from tools.generate import GenerateParams, generate, main

SMALL = GenerateParams(requests=300, subjects=200, audit=2_000, seed=7)


def _refs(desk):
    with desk.read() as s:
        return list(s.execute(select(Request.our_ref).order_by(Request.id)).scalars())


def test_generator_same_seed_gives_same_refs_and_names(desk, tmp_path, fresh_store):
    from app.services import open_desk

    generate(desk.db, SMALL)
    other = open_desk(fresh_store(tmp_path / "other"), actor="Officer Test", local=True)
    try:
        generate(other.db, SMALL)
        assert _refs(desk) == _refs(other)
        with desk.read() as a, other.read() as b:
            names = select(Subject.display_name).order_by(Subject.id)
            assert list(a.execute(names).scalars()) == list(b.execute(names).scalars())
    finally:
        other.db.close()


def test_generator_different_seed_gives_different_data(desk, tmp_path, fresh_store):
    from app.services import open_desk

    generate(desk.db, SMALL)
    other = open_desk(fresh_store(tmp_path / "other"), actor="Officer Test", local=True)
    try:
        generate(other.db, GenerateParams(requests=300, subjects=200, audit=2_000, seed=8))
        with desk.read() as a, other.read() as b:
            names = select(Subject.display_name).order_by(Subject.id)
            assert list(a.execute(names).scalars()) != list(b.execute(names).scalars())
    finally:
        other.db.close()


def test_generated_store_verifies_clean_with_a_valid_audit_chain(desk):
    generate(desk.db, SMALL)
    assert verify_store(desk) == []
    assert index_problems(desk) == []
    with desk.read() as s:
        assert s.execute(select(func.count(AuditEntry.id))).scalar() >= SMALL.audit


def test_generated_refs_are_gapless_per_prefix_and_year(desk):
    generate(desk.db, SMALL)
    series: dict[tuple[str, str], list[int]] = {}
    for ref in _refs(desk):
        prefix, year, n = ref.rsplit("-", 2)
        series.setdefault((prefix, year), []).append(int(n))
    for numbers in series.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))


def test_generated_statuses_belong_to_their_direction(desk):
    generate(desk.db, SMALL)
    for r in list_requests(desk):
        known = set(TRANSITIONS[r.direction]) | {t for ts in TRANSITIONS[r.direction].values() for t in ts}
        assert r.status in known | {initial_status(r.direction)}


def test_generated_data_is_searchable_in_latin_and_japanese(desk):
    generate(desk.db, SMALL)
    ref = _refs(desk)[0]
    assert [h.key for h in search(desk, ref) if h.kind == "request"] == [ref]
    assert [h.key for h in search(desk, "S-0001") if h.kind == "subject"][:1] == ["S-0001"]


def test_new_request_after_generation_continues_the_ref_series(desk, complete_fields):
    from app.services.requests.commands import register_incoming

    generate(desk.db, SMALL)
    year_refs = [r for r in _refs(desk) if r.startswith("JC-US-2026-")]
    view = register_incoming(desk, "jp-us-1997", complete_fields)
    assert view.our_ref == f"JC-US-2026-{len(year_refs) + 1:04d}"


def test_generator_refuses_a_store_with_requests(desk, complete_fields):
    from app.services.requests.commands import register_incoming

    register_incoming(desk, "jp-us-1997", complete_fields)
    with pytest.raises(ServiceError, match="^store: already holds 1 requests"):
        generate(desk.db, SMALL)


def test_generator_refuses_negative_sizes_naming_the_field(desk):
    with pytest.raises(ServiceError, match="^requests:"):
        generate(desk.db, GenerateParams(requests=-1))


def test_new_subject_after_generation_continues_the_subject_code_series(desk):
    from app.services.surveillance.commands import add_subject

    generate(desk.db, SMALL)
    view = add_subject(desk, {"kind": "goods", "names": ["Synthetic test goods"],
                              "agreement": "jp-us-1997", "period_end": "2027-01-31"})
    assert view.code == f"S-{SMALL.subjects + 1:04d}"


def test_generator_command_is_absent_from_the_product_cli(capsys):
    from app.cli import main as product_main

    with pytest.raises(SystemExit) as info:
        product_main(["dev", "generate"])
    assert info.value.code == 2 and "dev" in capsys.readouterr().err


def test_generate_command_bad_anchor_exits_2_naming_it_before_creating_a_store(tmp_path, capsys):
    d = tmp_path / "d"
    with pytest.raises(SystemExit) as info:  # refused by the argument parser
        main([str(d), "--anchor", "tomorrow"])
    assert info.value.code == 2 and "anchor: 'tomorrow' is not a date" in capsys.readouterr().err
    assert not d.exists()


def test_generate_command_negative_size_exits_2_naming_the_field_before_creating_a_store(tmp_path, capsys):
    d = tmp_path / "d"
    assert main([str(d), "--requests", "-1"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("python -m tools.generate: requests:")
    assert not d.exists()


def test_generate_command_fills_a_new_store(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", "generator test passphrase (invented)")
    assert main([str(tmp_path / "d"), "--requests", "20", "--subjects", "10", "--audit", "50",
                 "--anchor", "2026-11-20"]) == 0
    assert "synthetic data written" in capsys.readouterr().out
