"""The one error type of export/import: a one-line message starting with the JSON path."""

from __future__ import annotations

from app.services.validation import ServiceError


class InterchangeError(ServiceError):
    """An interchange file (or an import into a store) refused.

    ``field`` is the JSON path of the fault (``requests[12].status``) or a word such as ``file``,
    ``store`` or ``passphrase``; ``str()`` is ``"requests[12].status: 'x' is not one of ..."``."""
