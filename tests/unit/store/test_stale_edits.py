"""Optimistic concurrency on every record an officer edits in a form, not only requests: the
subject editor, the directory (designated officials, partner administrations, domestic
authorities). A save made on an older read than the stored one is refused naming the record and
writes nothing; a save on the version just read goes through. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.services.agreements import directory
from app.services.ledger.disclosures import add_authority, list_authorities
from app.services.surveillance import commands as sv
from app.services.validation import StaleEdit

STALE = "was changed by another officer after you opened it; nothing was saved"


def _subject(desk):
    return sv.add_subject(desk, {"kind": "person", "names": ["Kaito Example (invented)"],
                                 "agreement": "jp-us-1997", "period_end": "2027-06-30"})


def test_art_4_2_a_subject_saved_on_a_stale_read_is_refused_naming_it_and_nothing_is_written(desk):
    opened = _subject(desk)  # officer B opens the subject editor
    sv.edit_subject(desk, opened.code, {"requested_by": "officer A's entry (invented)"},
                    expected_version=opened.version)  # officer A saves first
    with pytest.raises(StaleEdit, match=rf"^subject {opened.code}: {STALE}"):
        sv.edit_subject(desk, opened.code, {"requested_by": "officer B's entry (invented)"},
                        expected_version=opened.version)
    fresh = sv.get_subject(desk, opened.code)
    assert fresh.requested_by == "officer A's entry (invented)"
    assert fresh.version > opened.version
    saved = sv.edit_subject(desk, opened.code, {"requested_by": "officer B's entry (invented)"},
                            expected_version=fresh.version)  # reloaded and reapplied
    assert saved.requested_by == "officer B's entry (invented)"
    assert saved.version > fresh.version


def test_art_7_3_a_designated_official_saved_on_a_stale_read_is_refused_naming_the_official(desk):
    oid = directory.add_official(desk, agreement="jp-us-1997", name="Jordan Sample (invented)")
    opened = next(o for o in directory.list_officials(desk) if o.id == oid)
    directory.edit_official(desk, oid, title="Director (invented)", expected_version=opened.version)
    with pytest.raises(StaleEdit, match=rf"^designated official Jordan Sample \(invented\): {STALE}"):
        directory.edit_official(desk, oid, phone="+1 555 0100", expected_version=opened.version)
    fresh = next(o for o in directory.list_officials(desk) if o.id == oid)
    assert (fresh.title, fresh.phone) == ("Director (invented)", None)
    saved = directory.edit_official(desk, oid, phone="+1 555 0100", expected_version=fresh.version)
    assert (saved.title, saved.phone) == ("Director (invented)", "+1 555 0100")


def test_a_partner_administration_saved_on_a_stale_read_is_refused_naming_it(desk):
    aid = directory.add_administration(desk, name="Example Customs (invented)", country="XA")
    opened = next(a for a in directory.administrations(desk) if a.id == aid)
    edited = directory.edit_administration(desk, aid, address="1 First Street (invented)",
                                           expected_version=opened.version)
    assert edited.version > opened.version
    with pytest.raises(StaleEdit, match=rf"^administration Example Customs \(invented\): {STALE}"):
        directory.edit_administration(desk, aid, names={"ja": "例税関"},
                                      expected_version=opened.version)
    fresh = next(a for a in directory.administrations(desk) if a.id == aid)
    assert fresh.address == "1 First Street (invented)" and "ja" not in fresh.names
    assert fresh.version == edited.version


def test_art_9_a_domestic_authority_saved_on_a_stale_read_is_refused_naming_it(desk):
    add_authority(desk, "Example Prefectural Police (invented)", "police", country="JP")
    opened = next(a for a in list_authorities(desk) if a.name.startswith("Example Prefectural"))
    directory.edit_authority(desk, opened.id, names={"ja": "例県警察"},
                             expected_version=opened.version)
    with pytest.raises(StaleEdit, match=rf"^authority Example Prefectural Police \(invented\): {STALE}"):
        directory.edit_authority(desk, opened.id, active=False, expected_version=opened.version)
    fresh = next(a for a in list_authorities(desk, include_inactive=True) if a.id == opened.id)
    assert fresh.active and fresh.names.get("ja") == "例県警察"
    after = directory.edit_authority(desk, opened.id, active=False, expected_version=fresh.version)
    assert after["active"] is False and after["version"] > fresh.version


def test_a_save_without_a_version_read_is_not_checked_as_the_command_line_edits(desk):
    """The command line edits what it has just read (no editor in between): no version given,
    nothing to compare; every editor of the window gives the version it read."""
    opened = _subject(desk)
    sv.edit_subject(desk, opened.code, {"requested_by": "A (invented)"})
    assert sv.edit_subject(desk, opened.code, {"requested_by": "B (invented)"}).requested_by == \
        "B (invented)"


def test_a_setting_another_officer_saved_since_the_form_read_it_is_refused_naming_the_key(desk):
    """Settings carry no version: the values the form was filled from are compared with the
    stored ones, for the keys being changed only (other officers' other changes are kept)."""
    from app.services.admin import settings

    loaded = settings.snapshot(desk)  # officer B opens Settings
    settings.save_settings(desk, {"due_soon_days": 9, "backup_keep": 4})  # officer A saves
    with pytest.raises(StaleEdit, match=rf"^due_soon_days: {STALE}"):
        settings.save_settings(desk, {"due_soon_days": 3, "idle_lock_minutes": 7}, loaded=loaded)
    now = settings.snapshot(desk)
    assert (now["due_soon_days"], now["idle_lock_minutes"]) == (9, loaded["idle_lock_minutes"])
    assert settings.save_settings(desk, {"idle_lock_minutes": 7}, loaded=loaded) == [
        "idle_lock_minutes"]  # a key nobody else changed: saved, A's backup_keep kept
    assert settings.snapshot(desk)["backup_keep"] == 4


def test_an_agreement_saved_on_a_stale_read_is_refused_naming_it(desk):
    from app.services.agreements.catalogue import get_spec, list_agreements, save_agreement
    from app.treaty.catalogue import agreement_to_dict

    opened = next(a for a in list_agreements(desk) if a.key == "jp-us-1997")
    raw = agreement_to_dict(get_spec(desk, "jp-us-1997"))
    first = save_agreement(desk, {**raw, "ref_prefix": "JA"}, expected_version=opened.version)
    assert first.version > opened.version
    with pytest.raises(StaleEdit, match=rf"^agreement jp-us-1997: {STALE}"):
        save_agreement(desk, {**raw, "short_title": "Japan-US (edited, invented)"},
                       expected_version=opened.version)
    assert get_spec(desk, "jp-us-1997").ref_prefix == "JA"
    assert next(a for a in list_agreements(desk) if a.key == "jp-us-1997").short_title == \
        opened.short_title
