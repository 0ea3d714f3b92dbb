"""The last-seen head of the audit chain, kept outside the store.

Anyone holding the store's key can rewrite everything inside it: remove the newest audit
entries, or recompute the whole chain so that it verifies again. What they cannot rewrite is a
head written down elsewhere. After each committed write the desk records the chain's head
(``count``, ``hash``, the entry id and the time) in a small file in the user's state folder
(``platformdirs.user_state_dir``, or ``$LIAISON_DESK_STATE_DIR``), one file per store (its id and
the data dir's path), mode 0600, written atomically. ``verify`` compares the chain with it.

A write that finds the chain no longer holding the recorded head (a restore of an older backup,
or tampering) keeps the old head in the file's ``superseded`` list, with the action that found
it, so ``verify`` can still say so. A store on a database server keeps no file: its heads are
on its letters and exports only.
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.security import files

if TYPE_CHECKING:
    from app.store.db import Database

STATE_DIR_ENV = "LIAISON_DESK_STATE_DIR"
#: How many superseded heads a file keeps (the oldest go first).
KEEP_SUPERSEDED = 20


def state_dir() -> Path:
    """The folder of the last-seen heads: ``$LIAISON_DESK_STATE_DIR`` or the platform's user
    state folder, ``anchors`` inside it."""
    env = os.environ.get(STATE_DIR_ENV)
    if env:
        return Path(env).expanduser() / "anchors"
    import platformdirs

    from app.paths import APP_AUTHOR, APP_NAME

    return Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR)) / "anchors"


def anchor_path(db: Database) -> Path | None:
    """The file of ``db``'s last-seen head; None for a store without a data dir (a server)."""
    if db.data_dir is None or db.key_info is None:
        return None
    where = hashlib.sha256(str(Path(db.data_dir).absolute()).encode("utf-8")).hexdigest()[:12]
    return state_dir() / f"{db.key_info.store_id}-{where}.json"


def read(db: Database) -> dict[str, Any] | None:
    """The recorded file (``{"head": {...}, "superseded": [...]}``), or None when there is
    none or it cannot be read."""
    path = anchor_path(db)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("head"), dict):
        return None
    return data


def record(db: Database, recorded: dict[str, Any] | None, head: dict[str, Any],
           superseded: dict[str, Any] | None = None) -> None:
    """Write ``head`` as the last-seen one (best effort: a state folder that cannot be written
    costs the anchor, never the officer's write, which has committed already)."""
    path = anchor_path(db)
    if path is None:
        return
    old = list((recorded or {}).get("superseded") or [])
    if superseded is not None:
        old = [*old, superseded][-KEEP_SUPERSEDED:]
    data = {"store_id": db.key_info.store_id if db.key_info else None,
            "data_dir": str(Path(db.data_dir).absolute()) if db.data_dir else None,
            "head": head, "superseded": old}
    with suppress(OSError, files.OutputRefused):
        if not path.parent.is_dir():
            files.private_dir(path.parent)
        # Not synced: a crash can cost the newest head (an older one, or none, stays), never
        # the store's write; an fsync here would double the cost of every write.
        files.write_private(path, json.dumps(data, sort_keys=True, indent=1).encode("utf-8"),
                            field="state", sync=False)


def now_stamp() -> str:
    """The time a head is recorded, UTC (``2026-12-07T13:02:11Z``)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def shown_time(stamp: str) -> str:
    """A recorded time as ``verify`` prints it (``2026-12-07 13:02 UTC``)."""
    return f"{stamp[:10]} {stamp[11:16]} UTC" if len(stamp) >= 16 else stamp
