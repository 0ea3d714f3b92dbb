"""Desk settings kept inside the encrypted store (so they travel with backups and exports).

Defaults live here, in one table; ``get``/``set_setting`` read and write JSON values.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.services.validation import ServiceError
from app.store import tables

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from app.services.context import Desk

DEFAULTS: dict[str, Any] = {
    "ref_pattern": "{prefix}-{year}-{seq:04d}",
    "oral_confirmation_days": 2,  # Art. 7.1 "promptly": desk policy, business days
    "incoming_due_business_days": 20,  # desk policy for answering incoming requests
    "due_soon_days": 7,
    "idle_lock_minutes": 10,
    "backup_keep": 10,
    "profile": {"name": "", "title": "", "signature": "", "administration_id": None},
    # The language a free text given as plain text is in (app.services.texts): en, ja or es.
    "text_language": "en",
}


def get(conn: Connection | Session, key: str) -> Any:
    """A setting's value, or its default: one Core select, on a read connection
    (``Desk.query``) or inside a write's session (which flushes first, so it sees its own
    changes)."""
    t = tables.setting
    value = conn.execute(select(t.c.value).where(t.c.key == key)).scalar_one_or_none()
    if value is None:
        if key not in DEFAULTS:
            raise ServiceError("setting", f"unknown setting {key!r}")
        return DEFAULTS[key]
    return json.loads(value)


def get_int(conn: Connection | Session, key: str) -> int:
    """An integer setting."""
    return int(get(conn, key))


def get_str(conn: Connection | Session, key: str) -> str:
    """A text setting."""
    return str(get(conn, key))


def read_setting(desk: Desk, key: str) -> Any:
    """Read one setting through the desk."""
    with desk.query() as conn:
        return get(conn, key)


def name_the_officer(desk: Desk) -> str:
    """Set ``desk.actor`` to the name in the officer's profile, when there is one, so the audit
    log names the officer who acts (the GUI and the command line alike); returns the actor.
    Without a profile the actor stays as opened (the OS account name)."""
    name = (read_setting(desk, "profile") or {}).get("name")
    if isinstance(name, str) and name.strip():
        desk.actor = name.strip()
    return desk.actor


def set_setting(desk: Desk, key: str, value: Any) -> None:
    """Change a setting (audited)."""
    if key not in DEFAULTS:
        raise ServiceError("setting", f"unknown setting {key!r}")
    default = DEFAULTS[key]
    if isinstance(default, int) and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ServiceError(key, "must be a whole number, 0 or more")
    if key == "text_language":
        from app.documents.i18n import BASE_LANGUAGES  # the text languages (app.services.texts)

        if value not in BASE_LANGUAGES:
            raise ServiceError(key, f"must be one of {', '.join(BASE_LANGUAGES)}")
    if key == "ref_pattern":
        from app.services.requests.refs import check_pattern

        check_pattern(value)
    from app.store.models import Setting  # the write side's ORM class

    with desk.unit_of_work("setting.set", "setting") as (s, note):
        row = s.get(Setting, key)
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if row is None:
            s.add(Setting(key=key, value=text))
        else:
            row.value = text
        note.entity_id = key
        note.change = {"value": value}
