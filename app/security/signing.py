"""The desk's Ed25519 signing key: what signs a field kit and a field desk's return.

The key is made on first use and kept inside the encrypted store, in the ``setting`` row
``security.signing_key`` (its 32 raw private bytes, hex), so it is as safe as the store and
travels with the store's backups. Only this module reads that row; everything else signs and
verifies through ``sign`` and ``verify`` and names a key by its ``fingerprint``.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import insert, select

from app.store import tables

if TYPE_CHECKING:
    from app.services.context import Desk

_SETTING = "security.signing_key"


def _stored(conn) -> bytes | None:  # noqa: ANN001 - a Core connection or an ORM session
    value = conn.execute(select(tables.setting.c.value)
                         .where(tables.setting.c.key == _SETTING)).scalar_one_or_none()
    return bytes.fromhex(json.loads(value)) if value else None


def desk_key(desk: Desk) -> Ed25519PrivateKey:
    """The desk's signing key, made (and recorded in the audit log, by its fingerprint) the
    first time it is asked for."""
    with desk.query() as conn:
        raw = _stored(conn)
    if raw is None:
        with desk.unit_of_work("security.signing_key", "setting") as (s, note):
            raw = _stored(s)  # another process may have made it meanwhile
            if raw is None:
                raw = Ed25519PrivateKey.generate().private_bytes(
                    serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                    serialization.NoEncryption())
                s.execute(insert(tables.setting).values(key=_SETTING, value=json.dumps(raw.hex())))
            note.entity_id = _SETTING
            note.change = {"fingerprint": fingerprint(
                public_bytes(Ed25519PrivateKey.from_private_bytes(raw)))}
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of ``key``'s public half."""
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def fingerprint(public: bytes) -> str:
    """A public key's fingerprint: the first 32 hex digits of its SHA-256, in groups of four."""
    digest = hashlib.sha256(public).hexdigest()[:32]
    return ":".join(digest[i:i + 4] for i in range(0, 32, 4))


def sign(desk: Desk, data: bytes) -> tuple[bytes, bytes]:
    """``data`` signed with the desk's key: (signature, public key)."""
    key = desk_key(desk)
    return key.sign(data), public_bytes(key)


def verify(public: bytes, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` is ``public``'s signature of ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
