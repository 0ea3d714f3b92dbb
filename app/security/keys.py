"""Database key management: a random key in the OS keyring, or one derived from a passphrase.

The store's sidecar file ``keyinfo.json`` (not secret) says which method a store uses, its random
store id (the keyring entry's name), the KDF salt and parameters, and a key-check value
(HMAC of a fixed label under the key) so a wrong passphrase is told apart from a damaged file.

Libraries: ``keyring`` talks to the OS keychain (Secret Service, macOS Keychain, Windows
Credential Locker); ``hashlib.scrypt`` (OpenSSL) derives keys from passphrases.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

KEYRING_SERVICE = "liaison-desk"
KEYINFO_NAME = "keyinfo.json"
PASSPHRASE_ENV = "LIAISON_DESK_PASSPHRASE"
# scrypt cost of a store passphrase: OWASP's floor (N >= 2^17 with r = 8), some 0.3 s and
# 128 MiB once per start. A key file written at a lower cost (2^14 before) is re-keyed at this
# one the next time the store opens with its passphrase (``app.store.db.Database.open``).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MIN_PASSPHRASE = 12  # app.security.strength.MIN_LENGTH: a new passphrase is also scored
_CHECK_LABEL = b"liaison-desk key check v1"


class KeyProblem(Exception):
    """Base for key problems ."""


class WrongPassphrase(KeyProblem):
    """The passphrase does not open this store."""


class KeyUnavailable(KeyProblem):
    """No key can be obtained (keyring entry missing, no passphrase given)."""


@dataclass(frozen=True)
class KeyInfo:
    """Contents of ``keyinfo.json``."""

    store_id: str
    method: str  # "keyring" | "passphrase"
    salt: str | None = None
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    check: str | None = None
    #: For a keyring-held store: the verifier of the officer's unlock passphrase (salt, scrypt
    #: cost, check), which the idle lock asks for; the key itself stays in the keyring.
    unlock: dict | None = None
    #: For a keyring-held store: the store key wrapped under the officer's printed recovery
    #: key (``wrap_for_recovery``: salt, nonce, wrapped, made); never the recovery key itself.
    recovery: dict | None = None

    def to_json(self) -> str:
        """Serialise for the sidecar file."""
        return json.dumps({"format": 1, **self.__dict__}, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KeyInfo:
        """Parse the sidecar file; raises ValueError when it is not ours."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != 1:
            raise ValueError("keyinfo.json: unknown format")
        data.pop("format")
        info = cls(**data)
        _check_costs("keyinfo.json", info.n, info.r, info.p)
        if info.unlock is not None:
            u = info.unlock
            if not isinstance(u, dict) or set(u) != {"salt", "n", "r", "p", "check"}:
                raise ValueError("keyinfo.json: unlock: unknown form")
            _check_costs("keyinfo.json: unlock", u["n"], u["r"], u["p"])
        if info.recovery is not None:
            w = info.recovery
            if not isinstance(w, dict) or set(w) != {"salt", "nonce", "wrapped", "made"} \
                    or not all(isinstance(v, str) and len(v) < 200 for v in w.values()):
                raise ValueError("keyinfo.json: recovery: unknown form")
        return info


def keyring_works() -> bool:
    """True when an OS keyring backend can store and return a secret."""
    import uuid

    import keyring  # imported where used: a passphrase store never needs it (start-up time)
    from keyring.errors import KeyringError

    probe = f"probe-{uuid.uuid4()}"
    try:
        keyring.set_password(KEYRING_SERVICE, probe, "1")
        ok = keyring.get_password(KEYRING_SERVICE, probe) == "1"
        try:
            keyring.delete_password(KEYRING_SERVICE, probe)
        except KeyringError:
            pass
        return ok
    except (KeyringError, RuntimeError):
        return False
    except Exception:  # some backends raise their own errors (dbus, ...)
        return False


#: The most a key file may ask scrypt for: a crafted ``keyinfo.json`` must not cost minutes and
#: gigabytes before "wrong passphrase" (N = 2^20, r = 16 is 2 GiB; this stops at 256 MiB).
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_SCRYPT_P = 4


def _check_costs(where: str, n: object, r: object, p: object) -> None:
    ok = all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in (n, r, p))
    if not ok or n & (n - 1) or n < 2**10:  # type: ignore[operator]
        raise ValueError(f"{where}: scrypt cost is not a power of two of at least 2^10")
    if 128 * r * n > MAX_SCRYPT_MEMORY or p > MAX_SCRYPT_P:  # type: ignore[operator]
        raise ValueError(f"{where}: scrypt cost above what a Liaison Desk key file asks "
                         f"(at most {MAX_SCRYPT_MEMORY // 2**20} MiB, p <= {MAX_SCRYPT_P})")


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    """Derive a 256-bit key from a passphrase with scrypt (costs capped: ``_check_costs``)."""
    _check_costs("scrypt", n, r, p)
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
        maxmem=128 * r * n + 16 * 1024 * 1024,
    )


def key_check(key: bytes) -> str:
    """A value that proves knowledge of the key without revealing it."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def create_key(data_dir: Path, method: str, passphrase: str | None = None) -> tuple[KeyInfo, bytes]:
    """Make a new key for a new store and record how to get it back.

    ``method`` is "keyring" (random key stored in the OS keyring) or "passphrase"."""
    import secrets  # new stores only: opening one (every start) does not need these two
    import uuid

    store_id = str(uuid.uuid4())
    if method == "keyring":
        import keyring

        key = secrets.token_bytes(32)
        keyring.set_password(KEYRING_SERVICE, f"db-key:{store_id}", key.hex())
        info = KeyInfo(store_id=store_id, method="keyring", check=key_check(key))
    elif method == "passphrase":
        from app.security.strength import check_passphrase

        passphrase = check_passphrase("passphrase", passphrase, hints=[data_dir.name])
        salt = secrets.token_bytes(16)
        key = derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        info = KeyInfo(
            store_id=store_id,
            method="passphrase",
            salt=base64.b64encode(salt).decode(),
            n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
            check=key_check(key),
        )
    else:
        raise ValueError(f"key method: unknown {method!r} (keyring or passphrase)")
    write_keyinfo(data_dir, info)
    return info, key


def write_keyinfo(data_dir: Path | str, info: KeyInfo) -> None:
    """Write the sidecar all or nothing, mode 0600 (``app.security.files.write_private``)."""
    from app.security.files import write_private

    write_private(Path(data_dir) / KEYINFO_NAME, info.to_json().encode("utf-8"), field="keyinfo")


def read_keyinfo(data_dir: Path) -> KeyInfo | None:
    """The store's key info, or None when there is none."""
    path = data_dir / KEYINFO_NAME
    if not path.exists():
        return None
    return KeyInfo.from_json(path.read_text(encoding="utf-8"))


def unlock_key(info: KeyInfo, passphrase: str | None = None, *, known: bytes | None = None,
               recovery: str | None = None) -> bytes:
    """Get the key for an existing store: from the keyring, or by deriving it from the passphrase.

    ``known``: a key already unlocked in this process (the GUI derives it on a thread while Qt
    loads, for the first paint); it is checked against the key file like any other, and saves
    a second scrypt run. ``recovery``: a keyring-held store's recovery key, as typed (a restore
    on another machine, whose keyring never held the key). Raises WrongPassphrase,
    WrongRecoveryKey or KeyUnavailable with a readable message."""
    if known is not None:
        key = known
    elif recovery is not None:
        key = unwrap_with_recovery(info, recovery)
    elif info.method == "keyring":
        import keyring

        try:
            hexkey = keyring.get_password(KEYRING_SERVICE, f"db-key:{info.store_id}")
        except Exception as exc:  # backend errors vary by OS
            raise KeyUnavailable(f"keyring: the OS keyring cannot be read ({exc})") from exc
        if not hexkey:
            raise KeyUnavailable(
                "keyring: this store's key is not in the OS keyring of this account"
            )
        key = bytes.fromhex(hexkey)
    else:
        if passphrase is None:
            passphrase = os.environ.get(PASSPHRASE_ENV)
        if not passphrase:
            raise KeyUnavailable(
                f"passphrase: this store is protected by a passphrase; give it at the prompt "
                f"or in {PASSPHRASE_ENV}"
            )
        key = derive_key(passphrase, base64.b64decode(info.salt or ""), info.n, info.r, info.p)
    if info.check and not hmac.compare_digest(key_check(key), info.check):
        if info.method == "passphrase":
            raise WrongPassphrase("passphrase: wrong passphrase for this store; nothing was changed")
        raise KeyUnavailable("keyring: the key in the OS keyring does not open this store")
    return key


def forget_key(info: KeyInfo) -> None:
    """Remove a keyring-held key (used when a half-created store is cleaned up)."""
    if info.method == "keyring":
        import keyring

        try:
            keyring.delete_password(KEYRING_SERVICE, f"db-key:{info.store_id}")
        except Exception:  # nothing to clean up
            pass


# -- the idle lock's secret --------------------------------------------------------------------

#: scrypt cost of an unlock passphrase's verifier (OWASP: N >= 2^17 with r = 8): it sits in a
#: file outside the encrypted store, so guessing it offline must be slow.
UNLOCK_N, UNLOCK_R, UNLOCK_P = 2**17, 8, 1
MIN_UNLOCK_PASSPHRASE = 12


def set_unlock_passphrase(data_dir: Path, info: KeyInfo, passphrase: str) -> KeyInfo:
    """Record the officer's unlock passphrase for a keyring-held store (a verifier, never the
    passphrase) in its key file; returns the new key info."""
    import dataclasses
    import secrets

    if info.method != "keyring":
        raise ValueError("unlock: a passphrase store is unlocked with its own passphrase")
    from app.security.strength import check_passphrase

    check_passphrase("unlock passphrase", passphrase)
    salt = secrets.token_bytes(16)
    key = derive_key(passphrase, salt, UNLOCK_N, UNLOCK_R, UNLOCK_P)
    new = dataclasses.replace(info, unlock={
        "salt": base64.b64encode(salt).decode(), "n": UNLOCK_N, "r": UNLOCK_R, "p": UNLOCK_P,
        "check": key_check(key)})
    write_keyinfo(data_dir, new)
    return new


def check_unlock(info: KeyInfo, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` is the secret that unlocks this desk: the
    store's passphrase, or a keyring-held store's unlock passphrase. Never reads the
    environment (a variable set for a headless start must not open a locked window);
    KeyUnavailable when a keyring-held store has no unlock passphrase yet."""
    if not passphrase:
        raise WrongPassphrase("passphrase: type it to unlock")
    if info.method == "passphrase":
        key = derive_key(passphrase, base64.b64decode(info.salt or ""), info.n, info.r, info.p)
        check = info.check
    elif info.unlock is None:
        raise KeyUnavailable("unlock: no unlock passphrase is set for this desk")
    else:
        u = info.unlock
        key = derive_key(passphrase, base64.b64decode(u["salt"]), u["n"], u["r"], u["p"])
        check = u["check"]
    if not check or not hmac.compare_digest(key_check(key), check):
        raise WrongPassphrase("passphrase: wrong passphrase; the desk stays locked")



# -- the recovery key of a keyring-held store ------------------------------------------------

#: A recovery key given to a headless restore (``restore FILE --recovery-key``).
RECOVERY_ENV = "LIAISON_DESK_RECOVERY_KEY"
#: Crockford's base 32: no I, L, O or U, so a handwritten or printed key reads back one way.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_READS_AS = {"O": "0", "I": "1", "L": "1"}
RECOVERY_BITS = 160  # 32 characters of 5 bits
_RECOVERY_CHECK_CHARS = 4  # 20 bits of SHA-256: a typo slips through once in a million
RECOVERY_GROUPS = (RECOVERY_BITS // 5 + _RECOVERY_CHECK_CHARS) // 4
_RECOVERY_CHECK_LABEL = b"liaison-desk recovery check v1"
_RECOVERY_WRAP_LABEL = b"liaison-desk recovery wrap v1|"


class WrongRecoveryKey(KeyProblem):
    """The recovery key is mistyped, or does not open this store."""


def _base32(value: int, chars: int) -> str:
    return "".join(_RECOVERY_ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _recovery_check(secret: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(_RECOVERY_CHECK_LABEL + secret).digest()[:4], "big")
    return _base32(digest >> (32 - 5 * _RECOVERY_CHECK_CHARS), _RECOVERY_CHECK_CHARS)


def format_recovery_key(secret: bytes) -> str:
    """``secret`` (20 bytes) as the officer sees it: nine groups of four, the last a check."""
    text = _base32(int.from_bytes(secret, "big"), RECOVERY_BITS // 5) + _recovery_check(secret)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def new_recovery_key() -> str:
    """A new random recovery key (160 bits), formatted (``format_recovery_key``)."""
    import secrets

    return format_recovery_key(secrets.token_bytes(RECOVERY_BITS // 8))


def parse_recovery_key(text: str) -> bytes:
    """The secret of a typed recovery key; case, spaces and dashes do not matter, and O, I, L
    read as 0, 1, 1. Raises WrongRecoveryKey (one line) for a wrong length or a failed check
    (a mistyped character), before any store is touched."""
    chars = [_RECOVERY_READS_AS.get(c, c) for c in (text or "").upper() if c not in " -\t\n"]
    want = RECOVERY_BITS // 5 + _RECOVERY_CHECK_CHARS
    if len(chars) != want or any(c not in _RECOVERY_ALPHABET for c in chars):
        raise WrongRecoveryKey(
            f"recovery key: {RECOVERY_GROUPS} groups of 4 letters and digits expected "
            f"(XXXX-XXXX-...); got {len(chars)} characters; nothing was changed")
    value = 0
    for c in chars[:RECOVERY_BITS // 5]:
        value = value * 32 + _RECOVERY_ALPHABET.index(c)
    secret = value.to_bytes(RECOVERY_BITS // 8, "big")
    if _recovery_check(secret) != "".join(chars[RECOVERY_BITS // 5:]):
        raise WrongRecoveryKey("recovery key: it does not check (a character is mistyped; "
                               "compare it group by group with the printout); nothing was changed")
    return secret


def _recovery_wrapping_key(secret: bytes, salt: bytes, store_id: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    # HKDF, not scrypt: the recovery key is 160 random bits, not a guessable passphrase.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=_RECOVERY_WRAP_LABEL + store_id.encode("utf-8")).derive(secret)


def wrap_for_recovery(key: bytes, recovery: str, store_id: str, made: str) -> dict:
    """The store ``key`` wrapped under ``recovery`` (AES-256-GCM under a key from HKDF-SHA256
    of the recovery key, the store id as associated data): what the key file and every backup
    keep. ``made``: the day the recovery key was made (printed on it, to tell printouts apart)."""
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_recovery_wrapping_key(parse_recovery_key(recovery), salt, store_id)).encrypt(
        nonce, key, store_id.encode("utf-8"))
    b64 = base64.b64encode
    return {"salt": b64(salt).decode(), "nonce": b64(nonce).decode(),
            "wrapped": b64(wrapped).decode(), "made": made}


def unwrap_with_recovery(info: KeyInfo, recovery: str) -> bytes:
    """The store key from the recovery wrapping in ``info``; WrongRecoveryKey when the key is
    mistyped, belongs to another store or was replaced by a newer one."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    secret = parse_recovery_key(recovery)
    w = info.recovery
    if w is None:
        raise WrongRecoveryKey("recovery key: this store has none (its key is "
                               + ("derived from its passphrase" if info.method == "passphrase"
                                  else "only in the keyring it was made in") + ")")
    try:
        wrapping = _recovery_wrapping_key(secret, base64.b64decode(w["salt"]), info.store_id)
        return AESGCM(wrapping).decrypt(base64.b64decode(w["nonce"]), base64.b64decode(w["wrapped"]),
                                        info.store_id.encode("utf-8"))
    except (InvalidTag, ValueError):
        raise WrongRecoveryKey("recovery key: it does not open this store (another store's, or "
                               "replaced by a newer one); nothing was changed") from None


def keep_key_in_keyring(info: KeyInfo, key: bytes) -> None:
    """Put a keyring-held store's key into this account's keyring (a restore on a new machine)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, f"db-key:{info.store_id}", key.hex())
