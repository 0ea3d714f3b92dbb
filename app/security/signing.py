"""The desk's Ed25519 signing key: exports (and field kit codes) are signed with it.

The private key is made on first use and kept INSIDE the encrypted store (table ``desk_key``),
so it is held exactly like the store's own key: it needs the passphrase or the keyring to be
read, travels with the store's backups, and survives a change of passphrase (a re-key encrypts
it again with everything else). It is never exported and never bound by the audit state; what
leaves the desk is the public key, next to each signature, and its short fingerprint.

API (kept stable: other parts sign with exactly this)::

    desk_key(desk) -> Ed25519PrivateKey
    public_bytes(key) -> bytes                 # the raw 32-byte public key
    fingerprint(public) -> str                 # "9f3a-2c4b-1d0e-77aa-0b1c-2d3e-4f50-6172"
    sign(desk, data) -> (signature, public)
    verify(public, data, signature) -> bool
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import insert, select

if TYPE_CHECKING:
    from app.services.context import Desk

PURPOSE = "export-signing"
#: Hex digits of the public key's SHA-256 a fingerprint shows (128 bits, in groups of four).
FINGERPRINT_HEX = 32


def desk_key(desk: Desk) -> Ed25519PrivateKey:
    """The desk's signing key, made and stored on first use (in one write transaction, so two
    desks on one store agree on one key)."""
    from app.store import tables

    t = tables.desk_key
    with desk.query() as conn:
        raw = conn.execute(select(t.c.private_key).where(t.c.purpose == PURPOSE)).scalar()
    if raw is None:
        # A plain write, not a unit of work: the key is no business record, and its making
        # is recorded by the first entry that uses it (an export names its signer).
        with desk.db.write() as s:
            raw = s.execute(select(t.c.private_key).where(t.c.purpose == PURPOSE)).scalar()
            if raw is None:
                new = Ed25519PrivateKey.generate()
                raw = new.private_bytes(serialization.Encoding.Raw,
                                        serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
                s.execute(insert(t).values(purpose=PURPOSE, private_key=raw, created_at=desk.now()))
    return Ed25519PrivateKey.from_private_bytes(bytes(raw))


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    """The raw 32-byte public key of ``key``."""
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public: bytes) -> str:
    """A short readable name of a public key: the first 128 bits of its SHA-256 in groups of
    four hex digits (``9f3a-2c4b-…``), what an officer compares or passes as ``--signer``."""
    digest = hashlib.sha256(bytes(public)).hexdigest()[:FINGERPRINT_HEX]
    return "-".join(digest[i:i + 4] for i in range(0, FINGERPRINT_HEX, 4))


def same_fingerprint(given: str, fp: str) -> bool:
    """True when ``given`` names ``fp`` (case, spaces, dashes and colons do not matter)."""
    def norm(text: str) -> str:
        return "".join(ch for ch in text.lower() if ch not in " -:")
    return bool(norm(given)) and norm(given) == norm(fp)


def sign(desk: Desk, data: bytes) -> tuple[bytes, bytes]:
    """Sign ``data`` with the desk's key: ``(signature, public key)`` (64 and 32 bytes)."""
    key = desk_key(desk)
    return key.sign(bytes(data)), public_bytes(key)


def verify(public: bytes, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` is ``public``'s Ed25519 signature of ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public)).verify(bytes(signature), bytes(data))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
