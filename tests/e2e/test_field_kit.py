"""Field kits through the command line, in real subprocesses: a kit prepared at the desk, opened
as a field desk, worked on offline (observations, an edit, a new subject), returned and merged;
conflicts kept and resolved; every bad return refused with the store unchanged.
All data is the invented demo data set."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from tests.e2e.test_cli_foundation import cli

KIT_PASS = "kit passphrase for tests (invented)"
ENV = {"LIAISON_DESK_KIT_PASSPHRASE": KIT_PASS}
REF = "JC-US-2026-0012"  # demo: an incoming request
OTHER_REF = "JC-US-2026-0004"  # demo: special surveillance of a vessel, subject S-0002


def run(data_dir: Path, *args: str, env: dict | None = None, ok: bool = True):
    r = cli(data_dir, *args, env_extra={**ENV, **(env or {})})
    if ok:
        assert r.returncode == 0, f"{args}: {r.stderr}"
    return r


def store_hash(data_dir: Path) -> str:
    """SHA-256 over the store's files (the database, its journal if any, the key file)."""
    h = hashlib.sha256()
    for name in ("desk.db", "desk.db-wal", "keyinfo.json"):
        p = data_dir / name
        h.update(name.encode() + (p.read_bytes() if p.exists() else b"<none>"))
    return h.hexdigest()


def edit(data_dir: Path, ref: str, text: str, tmp: Path) -> None:
    f = tmp / f"edit-{abs(hash((str(data_dir), ref, text)))}.json"
    f.write_text(json.dumps({"elements": {"object_and_reason": text}}), encoding="utf-8")
    run(data_dir, "request", "edit", ref, str(f))


def object_text(data_dir: Path, ref: str) -> str:
    return json.loads(run(data_dir, "show", ref, "--json").stdout)["elements"]["object_and_reason"]


def desk_with_kit(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(desk, field desk, kit file): the demo desk, a kit of REF and S-0002 opened in the field."""
    desk, field, kit = tmp_path / "desk", tmp_path / "field", tmp_path / "yokohama.kit"
    run(desk, "demo")
    r = run(desk, "kit", "prepare", "--request", REF, "--subject", "S-0002", "--out", str(kit),
            "--label", "Yokohama operation (invented)")
    assert "kit K-0001 written" in r.stdout and "signed by this desk's key" in r.stdout
    r = run(field, "kit", "open", str(kit))
    assert "field desk of kit K-0001" in r.stdout
    return desk, field, kit


def test_a_kit_goes_to_the_field_and_its_work_comes_back_once(tmp_path):
    desk, field, _ = desk_with_kit(tmp_path)
    # At the desk the carried records say where they are, and an edit warns.
    assert "in the field: kit K-0001 since" in run(desk, "show", REF).stdout
    assert "in the field: kit K-0001" in run(desk, "subject", "show", "S-0002").stdout
    f = tmp_path / "desk-edit.json"
    f.write_text(json.dumps({"elements": {"parties_concerned": "Example Motors (invented)"}}))
    assert "a field copy exists" in run(desk, "request", "edit", REF, str(f)).stderr
    # The field desk holds only the kit's records.
    subjects = run(field, "subjects").stdout
    assert "S-0002" in subjects and "S-0001" not in subjects
    # Offline work: an observation, an edit of a carried request, a new subject.
    run(field, "subject", "observe", "S-0002", "--at", "2026-12-07T02:00", "--place",
        "Yokohama, Honmoku pier", "--locode", "JPYOK", "--text", "Berthed at pier D5 (invented)")
    edit(field, OTHER_REF, "Field: vessel watched at Honmoku (invented)", tmp_path)
    new = tmp_path / "subject.json"
    new.write_text(json.dumps({"kind": "person", "subkind": "natural",
                               "display_name": "REI Example (invented)", "names": ["REI Example"],
                               "requests": [OTHER_REF], "period_start": "2026-12-01",
                               "period_end": "2027-02-01"}))
    assert run(field, "subject", "add", str(new)).stdout.startswith("FS-0001")
    run(field, "subject", "observe", "FS-0001", "--at", "2026-12-07T03:00", "--place", "Yokohama",
        "--text", "Boarded the vessel (invented)")
    ret = tmp_path / "yokohama-1.return"
    r = run(field, "kit", "return", "--out", str(ret))
    assert "return 1 of kit K-0001" in r.stdout

    r = run(desk, "kit", "merge", str(ret))
    assert "return 1 of kit K-0001 merged" in r.stdout
    assert "FS-0001 (field) is now S-0006" in r.stdout
    assert "carried into the audit log" in r.stdout
    # The desk shows the observations, the edit and the new subject under the desk's code.
    log = run(desk, "subject", "show", "S-0002").stdout
    assert "Berthed at pier D5 (invented)" in log and "in the field" not in log
    shown = run(desk, "subject", "show", "S-0006").stdout
    assert "REI Example (invented)" in shown and "Boarded the vessel (invented)" in shown
    assert object_text(desk, OTHER_REF) == "Field: vessel watched at Honmoku (invented)"
    assert "in the field" not in run(desk, "show", REF).stdout
    audit = json.loads(run(desk, "audit", "--json").stdout)
    carried = [e for e in audit if e["action"] == "kit.field_entry"]
    assert carried and all(e["detail"]["field_key"] for e in carried)
    assert {e["detail"]["original_action"] for e in carried} >= {"kit.open", "surveillance.observe"}
    assert run(desk, "verify").returncode == 0
    [kit] = json.loads(run(desk, "kit", "list", "--json").stdout)
    assert kit["status"] == "returned" and kit["last_return"] == 1

    # The same return again: nothing changes, and it says so.
    before = store_hash(desk)
    r = run(desk, "kit", "merge", str(ret))
    assert "already merged" in r.stdout and "nothing changed" in r.stdout
    assert store_hash(desk) == before


def test_both_sides_changing_the_same_text_keep_both_versions_until_an_officer_resolves(tmp_path):
    desk, field, _ = desk_with_kit(tmp_path)
    base_ref, base_other = object_text(desk, REF), object_text(desk, OTHER_REF)
    edit(field, REF, "Field: export confirmed at Yokohama (invented)", tmp_path)
    edit(field, OTHER_REF, "Field: vessel sighted (invented)", tmp_path)
    edit(desk, REF, "Desk: export to be confirmed with CBP (invented)", tmp_path)
    edit(desk, OTHER_REF, "Desk: vessel to be watched (invented)", tmp_path)
    ret = tmp_path / "r.return"
    run(field, "kit", "return", "--out", str(ret))
    r = run(desk, "kit", "merge", str(ret))
    assert "2 conflicts to resolve" in r.stdout
    # Nothing overwritten: the desk's texts stay until resolved; both versions are listed.
    assert object_text(desk, REF) == "Desk: export to be confirmed with CBP (invented)"
    found = {c["record"]: c for c in json.loads(run(desk, "conflicts", "--json").stdout)}
    assert set(found) == {REF, OTHER_REF}
    assert found[REF]["desk"] == "Desk: export to be confirmed with CBP (invented)"
    assert found[REF]["field_value"] == "Field: export confirmed at Yokohama (invented)"
    assert found[REF]["base"] == base_ref and found[OTHER_REF]["base"] == base_other
    # Either way, the version not taken stays in the audit log.
    run(desk, "conflict", "resolve", str(found[REF]["id"]), "--take", "field")
    run(desk, "conflict", "resolve", str(found[OTHER_REF]["id"]), "--take", "desk")
    assert object_text(desk, REF) == "Field: export confirmed at Yokohama (invented)"
    assert object_text(desk, OTHER_REF) == "Desk: vessel to be watched (invented)"
    audit = json.loads(run(desk, "audit", "--json").stdout)
    resolved = {e["detail"]["record"]: e["detail"] for e in audit if e["action"] == "conflict.resolve"}
    assert resolved[REF]["desk_value"] == "Desk: export to be confirmed with CBP (invented)"
    assert resolved[OTHER_REF]["field_value"] == "Field: vessel sighted (invented)"
    assert run(desk, "conflicts").stdout.strip() == "no open conflicts"
    r = run(desk, "conflict", "resolve", str(found[REF]["id"]), "--take", "desk", ok=False)
    assert r.returncode == 2 and "already" not in r.stdout and "was resolved" in r.stderr


def test_tampered_replayed_foreign_and_wrongly_locked_returns_are_refused_leaving_the_store_as_it_was(tmp_path):
    desk, field, kit = desk_with_kit(tmp_path)
    run(field, "subject", "observe", "S-0002", "--at", "2026-12-07T02:00", "--place", "Yokohama",
        "--text", "First sighting (invented)")
    first = tmp_path / "r1.return"
    run(field, "kit", "return", "--out", str(first))
    run(field, "subject", "observe", "S-0002", "--at", "2026-12-07T04:00", "--place", "Yokohama",
        "--text", "Second sighting (invented)")
    second = tmp_path / "r2.return"
    run(field, "kit", "return", "--out", str(second))
    run(desk, "kit", "merge", str(second))

    # A foreign kit: a copy of the desk made before this kit, which makes its own kit.
    other = tmp_path / "other-desk"
    shutil.copytree(desk, other)
    run(other, "kit", "prepare", "--request", REF, "--out", str(tmp_path / "other.kit"))
    run(tmp_path / "other-field", "kit", "open", str(tmp_path / "other.kit"))
    foreign = tmp_path / "foreign.return"
    run(tmp_path / "other-field", "kit", "return", "--out", str(foreign))

    tampered = tmp_path / "tampered.return"
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    cases = [
        (first, {}, "older than return 2"),
        (foreign, {}, "did not make"),
        (tampered, {}, "damaged or was altered"),
        (second, {"LIAISON_DESK_KIT_PASSPHRASE": "not the kit passphrase"}, "wrong kit passphrase"),
        (kit, {}, "not a return"),
    ]
    for path, env, words in cases:
        before = store_hash(desk)
        r = run(desk, "kit", "merge", str(path), env=env, ok=False)
        assert r.returncode == 2, (path.name, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1 and words in r.stderr, (path.name, r.stderr)
        assert store_hash(desk) == before, path.name
