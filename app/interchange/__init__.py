"""Versioned JSON export and import of a whole store (format: ``docs/interchange.md``).

Public API::

    export_store(desk, out=None, passphrase=None) -> bytes
    import_store(desk, data, passphrase=None, signer=None) -> ImportReport
    import_file(desk, path, passphrase=None, signer=None) -> ImportReport
    sign_document(desk, doc) -> bytes         # a hand-made document, signed by desk
    signing_header(data, passphrase=None)     # an export's checked header (its audit head)
    is_encrypted(data) -> bool
    InterchangeError, PassphraseNeeded
"""

from __future__ import annotations

from app.interchange.crypto import PassphraseNeeded, is_encrypted
from app.interchange.errors import InterchangeError
from app.interchange.exporter import build_document, canonical_bytes, export_store, sign_document
from app.interchange.importer import ImportReport, import_file, import_store
from app.interchange.signature import signing_header
from app.interchange.tables import FORMAT, FORMAT_VERSION

__all__ = [
    "FORMAT", "FORMAT_VERSION", "ImportReport", "InterchangeError", "PassphraseNeeded",
    "build_document", "canonical_bytes", "export_store", "import_file", "import_store",
    "is_encrypted", "sign_document", "signing_header",
]
