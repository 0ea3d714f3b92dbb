"""The signed header of an export: the desk's signature and the audit chain's head.

An export's second line (its first key, which sorts before every collection) is the header::

    {
    "_header":{"audit_head":{"count":1234,"hash":"9f3a..."},"format":"liaison-desk-export-signature-1",
               "signature":"<b64>","signer":{"algorithm":"Ed25519","fingerprint":"9f3a-...","public_key":"<b64>"}},
    "administrations":[
    ...

The signature (``app.security.signing``, Ed25519) covers the header without its ``signature``
and the SHA-256 of the file's bytes with the header line taken out, which are exactly the
canonical bytes of the export's content. An encrypted export carries the same signed plain file
inside its encryption. ``import`` refuses an unsigned file and one whose signature does not
check: any byte changed after the export, the header's included, fails it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

import orjson

from app.interchange import crypto
from app.interchange.errors import InterchangeError
from app.security import audit, signing

KEY = "_header"
FORMAT = "liaison-desk-export-signature-1"
_START = b'{\n"' + KEY.encode() + b'":'
_CONTEXT = b"liaison-desk export\n"


def _message(header: dict[str, Any], content_sha256: str) -> bytes:
    signed = {k: v for k, v in header.items() if k != "signature"}
    return _CONTEXT + audit.canonical_json(signed).encode("utf-8") + b"\n" + content_sha256.encode()


def sign_content(desk: Any, content: bytes, head: tuple[int, str]) -> bytes:
    """The signed file: ``content`` (canonical bytes of an export, starting ``{\\n``) with the
    header line, naming the audit ``head``, put in as its second line."""
    if not content.startswith(b"{\n"):
        raise ValueError("an export's canonical bytes start with '{\\n'")
    key = signing.desk_key(desk)
    public = signing.public_bytes(key)
    header: dict[str, Any] = {
        "format": FORMAT,
        "audit_head": {"count": head[0], "hash": head[1]},
        "signer": {"algorithm": "Ed25519", "public_key": base64.b64encode(public).decode("ascii"),
                   "fingerprint": signing.fingerprint(public)},
    }
    header["signature"] = base64.b64encode(
        key.sign(_message(header, hashlib.sha256(content).hexdigest()))).decode("ascii")
    line = _START + orjson.dumps(header, option=orjson.OPT_SORT_KEYS) + b",\n"
    return content[:2] + line[2:] + content[2:]


def sign_file(desk: Any, content: bytes) -> bytes:
    """JSON text of an interchange document laid out any way (starting with ``{``), signed
    by ``desk``: the header goes in after the opening brace, on its own line. The head is read
    from the document's audit log (none readable: an empty chain's)."""
    import json

    body = content if content.startswith(b"{\n") else b"{\n" + content[1:]
    try:
        entries = sorted(json.loads(body).get("audit") or [], key=lambda e: e["id"])
        head = (len(entries), entries[-1]["hash"] if entries else audit.GENESIS)
    except (ValueError, AttributeError, KeyError, TypeError):
        head = (0, audit.GENESIS)
    return sign_content(desk, body, head)


def split(plain: bytes) -> tuple[dict[str, Any] | None, str]:
    """``(header, SHA-256 of the content)``: the header line parsed (None when the file has
    none) and the digest of the bytes without it."""
    if not plain.startswith(_START):
        return None, hashlib.sha256(plain).hexdigest()
    end = plain.find(b"\n", 2)
    line = plain[2:end]
    try:
        header = orjson.loads(line[len(_START) - 2:].rstrip(b","))
    except orjson.JSONDecodeError:
        raise InterchangeError(KEY, "the export's signed header is damaged; refused, nothing "
                               "was changed") from None
    digest = hashlib.sha256()
    view = memoryview(plain)
    digest.update(view[:2])
    digest.update(view[end + 1:])
    return header if isinstance(header, dict) else None, digest.hexdigest()


def check(plain: bytes, signer: str | None = None) -> dict[str, Any]:
    """The header of a signed export whose signature checks (and, with ``signer``, was made by
    that desk); InterchangeError otherwise, one line."""
    header, content_sha = split(plain)
    if header is None:
        raise InterchangeError("file", "not signed: an export carries its desk's signature "
                               "(this file was made by hand, by an older version, or its header "
                               "was removed); refused, nothing was changed")
    try:
        if header.get("format") != FORMAT or header["signer"]["algorithm"] != "Ed25519":
            raise KeyError("format")
        public = base64.b64decode(header["signer"]["public_key"], validate=True)
        sig = base64.b64decode(header["signature"], validate=True)
        head = header["audit_head"]
        int(head["count"]), str(head["hash"])
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise InterchangeError(KEY, "the export's signed header is damaged or of an unknown "
                               "kind; refused, nothing was changed") from None
    if not signing.verify(public, _message(header, content_sha), sig):
        raise InterchangeError("file", "its signature does not check: the file was altered "
                               "after export (or signed by no desk); refused, nothing was changed")
    fp = signing.fingerprint(public)
    if signer is not None and not signing.same_fingerprint(signer, fp):
        raise InterchangeError("signer", f"the file is signed by desk {fp}, not {signer.strip()}; "
                               "refused, nothing was changed")
    return header


def signer_of(header: dict[str, Any]) -> str:
    """The fingerprint of a checked header's signer."""
    return signing.fingerprint(base64.b64decode(header["signer"]["public_key"]))


def signing_header(data: bytes, passphrase: str | None = None) -> dict[str, Any] | None:
    """The checked header of an export file's bytes (decrypted with ``passphrase`` if it is
    encrypted); InterchangeError if it is signed but does not check, None if it is not an
    export with a header."""
    if crypto.is_encrypted(data):
        data = crypto.decrypt(data, passphrase)
    if not data.startswith(_START):
        return None
    return check(data)
