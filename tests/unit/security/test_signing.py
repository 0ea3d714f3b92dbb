"""The desk's Ed25519 signing key (``app.security.signing``): made once, kept inside the
encrypted store like the store key, surviving a change of passphrase, never exported."""

from __future__ import annotations

import json
import re

from app.interchange import export_store
from app.security import signing


def test_desk_signing_key_is_made_once_and_kept_in_the_store(desk):
    first = signing.public_bytes(signing.desk_key(desk))
    assert signing.public_bytes(signing.desk_key(desk)) == first and len(first) == 32
    with desk.query() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM desk_key").scalar() == 1


def test_signature_checks_only_for_the_data_and_key_it_was_made_with(desk):
    sig, public = signing.sign(desk, b"an invented letter")
    assert signing.verify(public, b"an invented letter", sig)
    assert not signing.verify(public, b"an invented letter!", sig)
    assert not signing.verify(public[:-1] + bytes([public[-1] ^ 1]), b"an invented letter", sig)
    assert not signing.verify(b"short", b"an invented letter", sig)


def test_fingerprint_is_short_readable_hex_groups_and_compared_loosely():
    fp = signing.fingerprint(b"\x01" * 32)
    assert re.fullmatch(r"[0-9a-f]{4}(-[0-9a-f]{4}){7}", fp)
    assert signing.same_fingerprint(fp.upper().replace("-", " "), fp)
    assert not signing.same_fingerprint("", fp)


def test_signing_key_survives_a_change_of_passphrase(tmp_path, fresh_passphrase_store):
    from app.services import open_desk

    old, new = "correct horse battery staple", "violet tractor penguin harbour"
    data = fresh_passphrase_store(tmp_path / "data", old)
    desk = open_desk(data, passphrase=old)
    before = signing.public_bytes(signing.desk_key(desk))
    desk.db.change_passphrase(new)
    desk.db.close()
    again = open_desk(data, passphrase=new)
    try:
        assert signing.public_bytes(signing.desk_key(again)) == before
    finally:
        again.db.close()


def test_private_signing_key_never_travels_in_an_export(desk):
    raw = signing.desk_key(desk).private_bytes_raw()
    data = export_store(desk)
    doc = json.loads(data)
    assert "desk_key" not in doc and raw.hex() not in data.decode()
    import base64

    assert base64.b64encode(raw) not in data
    assert doc["_header"]["signer"]["fingerprint"] == signing.fingerprint(
        signing.public_bytes(signing.desk_key(desk)))
