"""The chain's head (count of entries, newest hash): what letters, exports and backup manifests
carry so that a chain cut short or recomputed can be recognised from outside the store."""

from __future__ import annotations

from app.security import audit


def test_audit_head_counts_the_entries_and_names_the_newest_hash(desk):
    with desk.read() as s:
        before = audit.head(s)
        newest = audit.verify_chain(s)  # intact
    assert newest == []
    with desk.unit_of_work("store.backup", "store") as (_s, note):
        note.change = {"file": "x"}
    with desk.query() as conn:
        count, digest = audit.head(conn)
        last = conn.exec_driver_sql("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").scalar()
    assert count == before[0] + 1 and digest == last


def test_audit_head_prints_short_with_thousands_separated():
    assert audit.format_head(1234, "9f3a2c4b1d0e" + "0" * 52) == "Audit 1,234 · 9f3a2c4b1d0e…"
