"""The field-kit file: encrypted under a passphrase, signed, read and written as a stream.

Layout (``cryptography`` does the work: Scrypt, AES-256-GCM, Ed25519 through
``app.security.signing``)::

    LIAISON-DESK-FIELD-KIT\\n                               magic line
    {"check":..,"chunk":..,"kdf":"scrypt","kind":"kit"|"return","n":..,"nonce":..,"p":..,
     "r":..,"salt":..,"version":1}\\n                       header (AES-GCM associated data)
    frame*                                                 4-byte length + AES-GCM ciphertext

Frame ``i`` is encrypted with the nonce ``nonce(8) || i(4)`` and the associated data
``header || i(4) || last(1)``: frames cannot be reordered, dropped, moved to another file or cut
off at the end without the reader noticing. ``check`` is an HMAC of a fixed word under the key,
so a wrong passphrase is told apart from a damaged file.

Inside, each frame is one part: ``J`` + a piece of the manifest (JSON, concatenated), ``B`` +
36-character document uuid + a piece of that document's content, ``S`` + the signature (last).
The signature covers the SHA-256 of the header and every part before it; it is made by the desk
(a kit) or the field desk (a return) through ``app.security.signing``. Documents are written
and read a piece at a time: a kit of 200 MB of photos never sits in memory whole.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.security import signing
from app.services.validation import ServiceError

MAGIC = b"LIAISON-DESK-FIELD-KIT\n"
PASSPHRASE_ENV = "LIAISON_DESK_KIT_PASSPHRASE"
MIN_PASSPHRASE = 12
# OWASP's scrypt floor (N >= 2^17, r = 8): the kit leaves the building on a laptop.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAX_N, MAX_R, MAX_P = 2**20, 16, 4  # a hostile header must not make the KDF take minutes
CHUNK = 1 << 20  # plaintext bytes per frame
MAX_FRAME = CHUNK + 64
_CHECK_WORD = b"liaison-desk field kit key check"
_SIGNED = b"liaison-desk field kit v1\0"


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _check(key: bytes) -> str:
    return hmac.new(key, _CHECK_WORD, hashlib.sha256).hexdigest()


def check_passphrase(passphrase: str | None) -> str:
    """The kit passphrase, or ServiceError: required, at least 12 characters."""
    if not passphrase:
        raise ServiceError("passphrase", f"a kit passphrase is required (prompt, or {PASSPHRASE_ENV})")
    if len(passphrase) < MIN_PASSPHRASE:
        raise ServiceError("passphrase", f"a kit passphrase needs at least {MIN_PASSPHRASE} characters")
    return passphrase


class KitWriter:
    """Writes one kit or return file: ``manifest`` (once), ``document`` (any number), then
    ``finish`` with the signer. Writes a temporary file beside ``path``, renamed on finish."""

    def __init__(self, path: Path, kind: str, passphrase: str, *, n: int = SCRYPT_N) -> None:
        self.path = Path(path)
        salt, self._nonce = os.urandom(16), os.urandom(8)
        self._key = _kdf(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
        header = {"version": 1, "kind": kind, "kdf": "scrypt", "n": n, "r": SCRYPT_R,
                  "p": SCRYPT_P, "salt": base64.b64encode(salt).decode(), "cipher": "AES-256-GCM",
                  "nonce": base64.b64encode(self._nonce).decode(), "chunk": CHUNK,
                  "check": _check(self._key)}
        self._head = MAGIC + json.dumps(header, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        self._aead = AESGCM(self._key)
        self._hash = hashlib.sha256(self._head)
        self._index = 0
        self._tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
        fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._out: BinaryIO = os.fdopen(fd, "wb")
        self._out.write(self._head)

    def _frame(self, part: bytes, last: bool = False) -> None:
        if not last:
            self._hash.update(struct.pack(">I", len(part)) + part)
        counter = struct.pack(">I", self._index)
        sealed = self._aead.encrypt(self._nonce + counter, part,
                                    self._head + counter + (b"\1" if last else b"\0"))
        self._out.write(struct.pack(">I", len(sealed)) + sealed)
        self._index += 1

    def manifest(self, manifest: dict[str, Any]) -> None:
        """The manifest (JSON), in pieces of at most one chunk."""
        data = json.dumps(manifest, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                          default=str).encode("utf-8")
        for i in range(0, len(data), CHUNK - 1) or [0]:
            self._frame(b"J" + data[i:i + CHUNK - 1])

    def document(self, uuid: str, content: bytes) -> None:
        """One document's content, in pieces (an empty document still writes one part)."""
        tag = b"B" + uuid.encode("ascii")
        assert len(tag) == 37, "a document uuid has 36 characters"
        step = CHUNK - len(tag)
        for i in range(0, len(content), step) or [0]:
            self._frame(tag + content[i:i + step])

    def finish(self, sign: Callable[[bytes], tuple[bytes, bytes]]) -> str:
        """Sign (``sign(data) -> (signature, public key)``), close and put the file in place;
        returns the signed digest (hex)."""
        digest = self._hash.hexdigest()
        signature, public = sign(_SIGNED + digest.encode())
        self._frame(b"S" + json.dumps({"digest": digest,
                                       "signature": base64.b64encode(signature).decode(),
                                       "public_key": base64.b64encode(public).decode()}).encode(),
                    last=True)
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        os.replace(self._tmp, self.path)
        return digest

    def abandon(self) -> None:
        """Remove the temporary file of a write that failed."""
        self._out.close()
        self._tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class Opened:
    """A verified file: its kind, manifest, signer and digest (and the key to read it again)."""

    path: Path
    kind: str
    manifest: dict[str, Any]
    public_key: bytes
    digest: str
    key: bytes

    @property
    def fingerprint(self) -> str:
        """The signer's key fingerprint."""
        return signing.fingerprint(self.public_key)


def _damaged(what: str) -> ServiceError:
    return ServiceError("file", f"the kit file is damaged or was altered ({what}); refused")


def _read_header(fh: BinaryIO) -> tuple[bytes, dict[str, Any]]:
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise ServiceError("file", "not a Liaison Desk field kit or return file")
    line = fh.readline(4096)
    if not line.endswith(b"\n"):
        raise _damaged("header")
    try:
        info = json.loads(line)
        if info.get("version") != 1 or info.get("kdf") != "scrypt" or info.get("cipher") != "AES-256-GCM":
            raise _damaged("unknown version or cipher")
        n, r, p = int(info["n"]), int(info["r"]), int(info["p"])
    except ServiceError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _damaged("header") from None
    if not (1 < n <= MAX_N and n & (n - 1) == 0 and 0 < r <= MAX_R and 0 < p <= MAX_P):
        raise _damaged("key parameters out of range")
    return magic + line, info


def _frames(fh: BinaryIO, head: bytes, key: bytes, nonce: bytes) -> Iterator[tuple[bytes, bool]]:
    """Decrypted parts (part, last), in order; the last one must come, and nothing after it."""
    aead = AESGCM(key)
    index = 0
    while True:
        size_bytes = fh.read(4)
        if len(size_bytes) < 4:
            raise _damaged("truncated")
        (size,) = struct.unpack(">I", size_bytes)
        if size > MAX_FRAME:
            raise _damaged("frame too long")
        sealed = fh.read(size)
        if len(sealed) < size:
            raise _damaged("truncated")
        counter = struct.pack(">I", index)
        try:
            part = aead.decrypt(nonce + counter, sealed, head + counter + b"\0")
            last = False
        except InvalidTag:
            try:
                part = aead.decrypt(nonce + counter, sealed, head + counter + b"\1")
                last = True
            except InvalidTag:
                raise _damaged(f"part {index + 1}") from None
        yield part, last
        index += 1
        if last:
            if fh.read(1):
                raise _damaged("data after the end")
            return


def _key_for(path: Path, passphrase: str | None) -> tuple[bytes, dict[str, Any]]:
    check_passphrase(passphrase)
    assert passphrase is not None
    with open(path, "rb") as fh:
        _, info = _read_header(fh)
    try:
        salt = base64.b64decode(info["salt"], validate=True)
        key = _kdf(passphrase, salt, int(info["n"]), int(info["r"]), int(info["p"]))
    except (ValueError, KeyError, TypeError):
        raise _damaged("header") from None
    if not hmac.compare_digest(_check(key), str(info.get("check"))):
        raise ServiceError("passphrase", "wrong kit passphrase; nothing was changed")
    return key, info


def open_file(path: Path | str, passphrase: str | None, *, kind: str) -> Opened:
    """Read and verify a whole file without keeping its documents: the manifest, the signer
    and the digest. ServiceError (one line) for a wrong passphrase, a damaged or altered file,
    a bad signature, or a file of another kind."""
    path = Path(path)
    if not path.is_file():
        raise ServiceError("file", f"{path}: no such file")
    key, info = _key_for(path, passphrase)
    if info.get("kind") != kind:
        raise ServiceError("file", f"{path.name} is a field {info.get('kind')} file, not a {kind}")
    manifest, public, digest = _walk(path, key, on_document=None)
    return Opened(path, kind, manifest, public, digest, key)


def _walk(path: Path, key: bytes,
          on_document: Callable[[str, Iterator[bytes]], None] | None) -> tuple[dict[str, Any], bytes, str]:
    """One pass over the file: the manifest, the signer's key and the digest, verified.
    ``on_document(uuid, pieces)`` is called for each document in order (its pieces are read
    as it iterates them); without it the documents are hashed and dropped."""
    with open(path, "rb") as fh:
        head, info = _read_header(fh)
        nonce = base64.b64decode(info["nonce"])
        if len(nonce) != 8:
            raise _damaged("header")
        hasher = hashlib.sha256(head)
        manifest_parts: list[bytes] = []
        frames = _frames(fh, head, key, nonce)
        pending: tuple[bytes, bool] | None = None
        signature_part: bytes | None = None

        def next_part() -> tuple[bytes, bool] | None:
            nonlocal pending
            if pending is not None:
                got, pending = pending, None
                return got
            return next(frames, None)

        while True:
            got = next_part()
            if got is None:
                break
            part, last = got
            if last:
                if part[:1] != b"S":
                    raise _damaged("no signature")
                signature_part = part[1:]
                break
            hasher.update(struct.pack(">I", len(part)) + part)
            if part[:1] == b"J":
                manifest_parts.append(part[1:])
            elif part[:1] == b"B":
                uuid = part[1:37].decode("ascii", "replace")
                first = part[37:]

                def pieces(uuid: str = uuid, first: bytes = first) -> Iterator[bytes]:
                    nonlocal pending
                    yield first
                    while True:
                        more = next(frames, None)
                        if more is None:
                            return
                        p, is_last = more
                        if not is_last and p[:1] == b"B" and p[1:37] == uuid.encode("ascii"):
                            hasher.update(struct.pack(">I", len(p)) + p)
                            yield p[37:]
                        else:
                            pending = more
                            return

                gen = pieces()
                if on_document is None:
                    for _ in gen:
                        pass
                else:
                    on_document(uuid, gen)
                    for _ in gen:  # whatever the callback left unread
                        pass
            else:
                raise _damaged("unknown part")
        if signature_part is None:
            raise _damaged("no signature")
    digest = hasher.hexdigest()
    try:
        sig = json.loads(signature_part)
        public = base64.b64decode(sig["public_key"], validate=True)
        signature = base64.b64decode(sig["signature"], validate=True)
    except (ValueError, KeyError, TypeError):
        raise _damaged("signature") from None
    if sig.get("digest") != digest or not signing.verify(public, _SIGNED + digest.encode(), signature):
        raise ServiceError("file", "the kit file's signature does not match its contents "
                           "(altered); refused")
    try:
        manifest = json.loads(b"".join(manifest_parts).decode("utf-8"))
    except ValueError:
        raise _damaged("manifest") from None
    if not isinstance(manifest, dict):
        raise _damaged("manifest")
    return manifest, public, digest


def read_documents(opened: Opened, on_document: Callable[[str, Iterator[bytes]], None]) -> None:
    """Read the verified file again, handing each document's pieces to ``on_document``; raises
    ServiceError when the file changed since ``open_file`` verified it (so a caller inside a
    transaction rolls back)."""
    _, public, digest = _walk(opened.path, opened.key, on_document)
    if digest != opened.digest or public != opened.public_key:
        raise ServiceError("file", "the kit file changed while it was being read; refused")
