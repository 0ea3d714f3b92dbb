"""Moving a single officer's desk (the SQLCipher file) into an empty shared PostgreSQL desk.

The whole store travels as an interchange document (``app.interchange``: the same format as
``export``), imported on the server in ONE transaction: all or nothing. The imported audit chain
is checked by the import before anything is written, and the moved desk is verified again on the
server afterwards (audit chain, document hashes).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.services.context import Desk
from app.services.validation import ServiceError


@dataclass(frozen=True)
class MoveReport:
    """What was moved where."""

    target: str  # the URL, password hidden
    counts: dict[str, int]
    audit_head: str
    problems: tuple[str, ...]


def move_to_server(desk: Desk, url: str) -> MoveReport:
    """Copy everything of ``desk`` (a file desk) into the empty server database at ``url``."""
    from sqlalchemy import make_url

    from app.interchange import export_store, import_store
    from app.interchange.errors import InterchangeError
    from app.services.admin.verify import verify_store
    from app.store.db import Database

    if desk.db.engine.dialect.name != "sqlite":
        raise ServiceError("to", QT_TRANSLATE_NOOP(
            "Refusal", "this desk is on a server already; move a file desk (--data-dir)"))
    try:
        parsed = make_url(url)
    except Exception:  # SQLAlchemy's ArgumentError and friends
        raise ServiceError("to", QT_TRANSLATE_NOOP("Refusal",
            "is not a database URL (postgresql+psycopg://ROLE@HOST/DATABASE)")) from None
    if parsed.get_backend_name() != "postgresql":
        raise ServiceError("to", QT_TRANSLATE_NOOP("Refusal",
            "must name a PostgreSQL database (postgresql+psycopg://ROLE@HOST/DATABASE)"))
    shown = parsed.render_as_string(hide_password=True)
    target = Desk(Database.open_url(url), desk.actor, clock=desk.clock)
    try:
        data = export_store(desk)
        try:
            report = import_store(target, data)
        except InterchangeError as exc:
            raise ServiceError("to", QT_TRANSLATE_NOOP("Refusal", "{database}: {refusal}").format(
                database=shown, refusal=str(exc))) from None
        problems = tuple(verify_store(target))
    finally:
        target.db.close()
    return MoveReport(shown, dict(report.counts), report.audit_head, problems)
