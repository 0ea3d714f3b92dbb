"""The audit chain anchored outside the store (docs/security.md, "What verify detects"):
every entry binds the rows it wrote, every row has its creating entry, and the chain is compared
with the last-seen head, the heads printed on final letters and the heads of exports. Tampering is
done as someone holding the key would: straight into the SQLCipher file with ``sqlcipher3``."""

from __future__ import annotations

import hashlib
import json

import pytest
import sqlcipher3
from sqlalchemy import text

from app.security import anchor, audit, state
from app.services.admin.verify import verify_report, verify_store


def _raw(desk):
    """The store file opened with its raw key, as someone holding the key would."""
    desk.db.engine.dispose()
    conn = sqlcipher3.connect(str(desk.db.path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{desk.db._key.hex()}'\"")
    return conn


def _recompute_chain(conn, keep: int | None = None) -> None:
    """Drop entries after the first ``keep`` and re-chain every remaining hash, states and all:
    a chain that verifies on its own again."""
    if keep is not None:
        conn.execute("DELETE FROM audit_entry WHERE id NOT IN "
                     "(SELECT id FROM audit_entry ORDER BY id LIMIT ?)", (keep,))
    prev = audit.GENESIS
    rows = conn.execute("SELECT id, at, actor, action, entity_type, entity_id, digest, state "
                        "FROM audit_entry ORDER BY id").fetchall()
    for eid, at, actor, action, etype, entid, digest, st in rows:
        stamp = f"{at[:10]}T{at[11:26]}Z"
        h = audit.entry_hash(prev, stamp, actor, action, etype, entid, digest, st)
        conn.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, eid))
        prev = h


def _problems(desk) -> list[str]:
    return verify_store(desk)


@pytest.mark.sqlite_only  # the last-seen head file: a server desk keeps none
@pytest.mark.demo_data
def test_verify_of_an_untouched_store_compares_with_the_last_seen_head_and_finds_nothing(desk):
    assert verify_report(desk).compared[0].startswith("no last-seen head is recorded")
    with desk.unit_of_work("store.backup", "store") as (_s, note):  # any write records the head
        note.change = {"file": "x"}
    report = verify_report(desk)
    assert report.problems == []
    assert any(line.startswith("compared with the last-seen head of ") and line.endswith("matches")
               for line in report.compared), report.compared


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
@pytest.mark.demo_data
def test_verify_detects_business_row_edited_without_entry(desk):
    with desk.query() as conn:
        rid, ref = conn.exec_driver_sql("SELECT id, our_ref FROM request WHERE status = 'refused' "
                                        "OR status = 'received' ORDER BY id LIMIT 1").first()
    raw = _raw(desk)
    raw.execute("UPDATE request SET status = 'executed' WHERE id = ?", (rid,))
    raw.close()
    problems = _problems(desk)
    assert any(p.startswith(f"request {rid} ({ref}): changed outside the desk since audit entry ")
               for p in problems), problems


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
@pytest.mark.demo_data
def test_verify_detects_override_disclosure_deleted(desk):
    with desk.query() as conn:
        did = conn.exec_driver_sql("SELECT id FROM disclosure WHERE decision = 'override'").scalar()
    assert did is not None, "the demo data holds an override"
    raw = _raw(desk)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("DELETE FROM disclosure_item WHERE disclosure_id = ?", (did,))
    raw.execute("DELETE FROM disclosure WHERE id = ?", (did,))
    raw.close()
    problems = _problems(desk)
    assert any(p.startswith(f"disclosure {did}: deleted outside the desk") for p in problems), problems


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
def test_verify_detects_a_row_no_audit_entry_created(desk):
    raw = _raw(desk)
    raw.execute("INSERT INTO subject (code, kind, subkind, display_name, details, status, created_at, "
                "updated_at) VALUES ('S-09999', 'person', 'natural', 'Planted (invented)', '{}', "
                "'active', '2026-11-20 09:30:00.000000', '2026-11-20 09:30:00.000000')")
    sid = raw.execute("SELECT id FROM subject WHERE code = 'S-09999'").fetchone()[0]
    raw.close()
    assert f"subject {sid} (S-09999): no audit entry created it" in _problems(desk)


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
def test_verify_detects_newest_audit_entries_deleted(desk, complete_fields):
    from app.services.requests.commands import register_incoming

    for _ in range(3):
        register_incoming(desk, "jp-us-1997", complete_fields)
    with desk.query() as conn:
        count, _h = audit.head(conn)
    raw = _raw(desk)
    raw.execute("DELETE FROM audit_entry WHERE id IN "
                "(SELECT id FROM audit_entry ORDER BY id DESC LIMIT 3)")
    raw.close()
    with desk.read() as s:
        assert audit.verify_chain(s) == []  # what is left of the chain is whole
    problems = _problems(desk)
    assert any(p.startswith("the chain is 3 entries shorter than the last-seen head of ")
               and p.endswith(f"({count:,} entries): entries were removed") for p in problems), problems


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
def test_verify_detects_whole_chain_recomputed(desk, complete_fields):
    from app.services.requests.commands import register_incoming

    register_incoming(desk, "jp-us-1997", complete_fields)
    raw = _raw(desk)
    # Rewrite who registered the request and re-chain everything: the chain verifies on its own.
    eid, detail = raw.execute("SELECT id, detail FROM audit_entry WHERE action = "
                              "'request.register_incoming'").fetchone()
    forged = detail[:-1] + ',"forged":true}'
    raw.execute("UPDATE audit_entry SET actor = 'Someone Else', detail = ?, digest = ? WHERE id = ?",
                (forged, hashlib.sha256(forged.encode()).hexdigest(), eid))
    _recompute_chain(raw)
    raw.close()
    with desk.read() as s:
        assert audit.verify_chain(s) == []  # the chain alone cannot tell
    problems = _problems(desk)
    assert any("differs from the last-seen head of " in p and "the chain was rewritten" in p
               for p in problems), problems


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
def test_verify_names_a_rewritten_chain_through_a_final_letter_sent_before(desk, letter_refs):
    from app.services.letters.commands import generate_letter

    generate_letter(desk, letter_refs["refused"], "statement_of_reasons", "en")
    anchor.anchor_path(desk.db).unlink()  # the last-seen head lost too: the letter still tells
    raw = _raw(desk)
    _recompute_chain(raw, keep=2)
    raw.close()
    problems = _problems(desk)
    assert any("final letter" in p and ("shorter" in p or "rewritten" in p) for p in problems), problems


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
def test_verify_detects_an_edit_laundered_into_its_entry_state_through_the_anchor(desk, complete_fields):
    """Someone with the key edits a row, writes its new hash into the entry that bound it and
    re-chains: the rows and the chain agree again; only the last-seen head does not."""
    from app.services.requests.commands import register_incoming

    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    raw = _raw(desk)
    raw.execute("UPDATE request SET title = 'Laundered (invented)' WHERE our_ref = ?", (ref,))
    raw.close()
    codec = next(c for c in state.bound_codecs() if c.name == "request")
    with desk.query() as conn:
        rid = conn.execute(text("SELECT id FROM request WHERE our_ref = :ref"), {"ref": ref}).scalar()
        ((key, digest, _row),) = state.table_rows(conn, codec, (rid,))
    raw = _raw(desk)
    eid, st = raw.execute("SELECT id, state FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    bound = json.loads(st)
    bound["rows"][f"request:{key}"][1] = digest.hex()
    raw.execute("UPDATE audit_entry SET state = ? WHERE id = ?", (audit.canonical_json(bound), eid))
    _recompute_chain(raw)
    raw.close()
    problems = _problems(desk)
    assert not any("changed outside the desk" in p for p in problems), problems
    assert any("the chain was rewritten" in p for p in problems), problems


def test_state_binds_each_row_an_entry_wrote_with_its_hash_before_and_after(desk, complete_fields):
    from app.services.requests.commands import register_incoming, transition

    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    transition(desk, ref, "acknowledged")
    with desk.query() as conn:
        rid = conn.execute(text("SELECT id FROM request WHERE our_ref = :ref"), {"ref": ref}).scalar()
        created, moved = [json.loads(s) for (s,) in conn.execute(text(
            "SELECT state FROM audit_entry ORDER BY id DESC LIMIT 2"))][::-1]
    was_new, now_created = created["rows"][f"request:{rid}"]
    was, now = moved["rows"][f"request:{rid}"]
    assert was_new is None and was == now_created and now != was
    assert not any(k.startswith(("ref_counter:", "audit_entry:")) for k in created["rows"])


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
def test_verify_stays_clean_after_an_import_binds_its_rows_by_table(tmp_path, fresh_store, desk,
                                                                    complete_fields):
    from app.interchange import export_store, import_store
    from app.services import open_desk
    from app.services.requests.commands import register_incoming, transition

    ref = register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    data = export_store(desk)
    other = open_desk(fresh_store(tmp_path / "other"), actor="Officer Import")
    try:
        import_store(other, data)
        assert verify_store(other) == []
        transition(other, ref, "acknowledged")  # a row leaves the import's binding for its own
        assert verify_store(other) == []
        raw = _raw(other)
        raw.execute("UPDATE subject_name SET name = 'Changed' WHERE 0")  # nothing: still clean
        raw.execute("UPDATE agreement SET short_title = short_title || ' (edited)' WHERE id = 1")
        raw.close()
        problems = verify_store(other)
        assert len(problems) == 1 and problems[0].startswith("agreements: the rows bound together "
                                                             "by audit entry "), problems
    finally:
        other.db.close()


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
def test_a_store_whose_rows_predate_state_binding_is_sealed_once_when_opened(desk):
    from app.services import open_desk

    raw = _raw(desk)
    raw.execute("UPDATE audit_entry SET state = NULL")  # as revision 0009 left it
    _recompute_chain(raw)
    raw.close()
    data = desk.db.data_dir
    desk.db.close()
    again = open_desk(data)
    try:
        with again.query() as conn:
            actions = [a for (a,) in conn.exec_driver_sql("SELECT action FROM audit_entry ORDER BY id")]
        assert actions[-1] == "store.seal" and actions.count("store.seal") == 1
        assert not state.seal_if_needed(again)
        anchor.anchor_path(again.db).unlink()  # the rewrite above was ours, not the test's subject
        assert verify_store(again) == []
    finally:
        again.db.close()


@pytest.mark.sqlite_only  # the last-seen head file: a server desk keeps none
def test_last_seen_head_is_kept_outside_the_store_privately(desk, state_dir):
    with desk.unit_of_work("store.backup", "store") as (_s, note):
        note.change = {"file": "x"}
    path = anchor.anchor_path(desk.db)
    assert path is not None and state_dir in path.parents
    assert desk.db.data_dir not in path.parents
    assert path.stat().st_mode & 0o777 == 0o600
    recorded = json.loads(path.read_text())["head"]
    with desk.query() as conn:
        assert (recorded["count"], recorded["hash"]) == audit.head(conn)


@pytest.mark.sqlite_only  # raw edits of the SQLCipher file (and its last-seen head file)
def test_verify_against_a_sent_letter_pdf_names_the_entries_removed_since(desk, letter_refs, tmp_path):
    from app.services.letters.commands import generate_letter
    from app.services.letters.registry import document_content

    view = generate_letter(desk, letter_refs["refused"], "statement_of_reasons", "en")
    sent = tmp_path / "sent-letter.pdf"
    sent.write_bytes(document_content(desk, view.id))  # the copy that left the desk
    raw = _raw(desk)
    raw.execute("DELETE FROM document")  # the stored copy goes too
    raw.execute("DELETE FROM audit_entry WHERE id IN "
                "(SELECT id FROM audit_entry ORDER BY id DESC LIMIT 2)")
    raw.close()
    anchor.anchor_path(desk.db).unlink()
    problems = verify_report(desk, [sent]).problems
    assert any(p.startswith("the chain is 1 entry shorter than the head printed on sent-letter.pdf")
               for p in problems), problems


@pytest.mark.sqlite_only  # tar backups and restore: the file store's
def test_a_restore_of_an_older_backup_is_named_as_such_not_as_removed_entries(
        desk, data_dir, tmp_path, complete_fields):
    from app.services import open_desk
    from app.services.admin.backup import backup_to_file, restore
    from app.services.requests.commands import register_incoming

    backup = backup_to_file(desk, tmp_path / "copy.db")
    register_incoming(desk, "jp-us-1997", complete_fields)
    desk.db.close()
    restore(data_dir, backup, force=True)
    restored = open_desk(data_dir)
    try:
        report = verify_report(restored)
    finally:
        restored.db.close()
    assert report.problems == []
    assert any("was replaced by a restore (audit entry " in line for line in report.compared), report.compared


@pytest.mark.sqlite_only  # a tar backup's manifest and raw edits of the SQLCipher file (a server backs up with pg_dump)
def test_verify_against_a_backup_compares_the_head_its_manifest_recorded(desk, complete_fields, tmp_path):
    from app.services.admin.backup import backup_to_file
    from app.services.requests.commands import register_incoming

    register_incoming(desk, "jp-us-1997", complete_fields)
    backup = backup_to_file(desk, tmp_path / "desk-backup.tar")
    register_incoming(desk, "jp-us-1997", complete_fields)  # the chain goes on past the backup
    report = verify_report(desk, against=[backup])
    assert report.problems == [] and any(
        line.startswith(f"compared with the head in backup {backup.name} (") and line.endswith("matches")
        for line in report.compared), report.compared
    # The whole chain recomputed with the backup's entries forged: the backup's head no longer fits.
    raw = _raw(desk)
    raw.execute("UPDATE audit_entry SET actor = 'Someone Else' WHERE id = 1")
    _recompute_chain(raw)
    raw.close()
    problems = verify_report(desk, against=[backup]).problems
    assert any(p.endswith(f"differs from the head in backup {backup.name}: the chain was rewritten "
                          "(entries altered or recomputed) since") for p in problems), problems
