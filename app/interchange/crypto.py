"""Passphrase encryption of an export for removable media.

Framing (everything else is the ``cryptography`` library: Scrypt KDF, AES-256-GCM)::

    LIAISON-DESK-EXPORT-ENCRYPTED\\n          magic line
    {"cipher":"AES-256-GCM","kdf":"scrypt","n":..,"nonce":"..","p":..,"r":..,"salt":"..","version":1}\\n
    <ciphertext with the 16-byte GCM tag at its end>

The two header lines are the GCM associated data, so altering the header is detected like
altering the ciphertext. A wrong passphrase and a damaged file give the same message (GCM cannot
tell them apart).
"""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.interchange.errors import InterchangeError

MAGIC = b"LIAISON-DESK-EXPORT-ENCRYPTED\n"
PASSPHRASE_ENV = "LIAISON_DESK_EXPORT_PASSPHRASE"
MIN_PASSPHRASE = 12  # and scored: app.security.strength, checked by export_store
# OWASP's scrypt floor (N >= 2^17, r = 8): an export is made to leave the machine, so whoever
# finds the file can guess offline for as long as they like.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
# Refuse headers that would make the KDF take minutes or gigabytes (a hostile file).
MAX_N, MAX_R, MAX_P = 2**20, 16, 4


class PassphraseNeeded(InterchangeError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self) -> None:
        super().__init__("passphrase", "the file is encrypted; a passphrase is required "
                         f"(prompt, or {PASSPHRASE_ENV})")


def is_encrypted(data: bytes) -> bool:
    """True when ``data`` starts with the encrypted-export magic line."""
    return data.startswith(MAGIC)


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt(plain: bytes, passphrase: str) -> bytes:
    """Encrypt an export under a passphrase (at least 12 characters)."""
    if not isinstance(passphrase, str) or len(passphrase) < MIN_PASSPHRASE:
        raise InterchangeError("passphrase", f"at least {MIN_PASSPHRASE} characters are required")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "version": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(), "cipher": "AES-256-GCM",
        "nonce": base64.b64encode(nonce).decode(),
    }
    head = MAGIC + json.dumps(header, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    key = _kdf(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return head + AESGCM(key).encrypt(nonce, plain, head)


def decrypt(data: bytes, passphrase: str | None) -> bytes:
    """The plain export inside an encrypted file; InterchangeError naming what is wrong."""
    if not passphrase:
        raise PassphraseNeeded()
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise InterchangeError("file", "encrypted export with a damaged header (truncated?)")
    head = data[: end + 1]
    try:
        info = json.loads(head[len(MAGIC):].decode("utf-8"))
        if info.get("version") != 1 or info.get("kdf") != "scrypt" or info.get("cipher") != "AES-256-GCM":
            raise InterchangeError("file", "encrypted export of an unknown kind (version, kdf or cipher)")
        n, r, p = int(info["n"]), int(info["r"]), int(info["p"])
        salt = base64.b64decode(info["salt"], validate=True)
        nonce = base64.b64decode(info["nonce"], validate=True)
    except InterchangeError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InterchangeError("file", f"encrypted export with a damaged header ({exc})") from None
    if not (1 < n <= MAX_N and n & (n - 1) == 0 and 0 < r <= MAX_R and 0 < p <= MAX_P) or len(nonce) != 12:
        raise InterchangeError("file", "encrypted export with out-of-range key parameters; refused")
    key = _kdf(passphrase, salt, n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, data[end + 1:], head)
    except InvalidTag:
        raise InterchangeError(
            "passphrase", "wrong passphrase, or the encrypted file is damaged or truncated") from None
