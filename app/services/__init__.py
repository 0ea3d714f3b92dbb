"""Use cases: one function per thing an officer does. Each runs in one transaction, applies the
treaty rules, writes one audit entry and returns plain data.

``init_store`` and ``open_desk`` are the two ways in."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import DATABASE_URL_ENV, default_data_dir

if TYPE_CHECKING:
    from app.services.context import Desk

# The store (SQLAlchemy, SQLCipher) is imported by the two functions below, not here: importing
# one light service module (e.g. field rules for the CLI's choices) must not load the database.


def default_actor() -> str:
    """The OS account name, used as the actor until a profile names the officer."""
    try:
        return getpass.getuser()
    except Exception:  # no user database on some minimal systems
        return "officer"


def init_store(data_dir: Path | None = None, *, method: str | None = None,
               passphrase: str | None = None, actor: str | None = None,
               local: bool = False) -> Desk:
    """Create a new encrypted store with the built-in agreements installed. ``local``: a file
    in ``data_dir`` even when ``$LIAISON_DESK_DATABASE_URL`` names a server (a trial desk)."""
    from app.services.agreements.catalogue import install_builtin_agreements
    from app.services.context import Desk
    from app.store.db import Database

    url = None if local else os.environ.get(DATABASE_URL_ENV)  # a server instead of the file
    if url:
        db = Database.open_url(url)
    else:
        db = Database.create(Path(data_dir or default_data_dir()), method=method, passphrase=passphrase)
    desk = Desk(db, actor or db.server_identity() or default_actor())
    try:
        with desk.unit_of_work("store.init", "store") as (s, note):
            added = install_builtin_agreements(s)
            note.change = {"agreements": added, "key_method": db.key_info.method if db.key_info else None}
    except BaseException:
        discard_new_store(desk)  # a store without its agreements is no store: the next try starts clean
        raise
    return desk


def discard_new_store(desk) -> None:  # a Desk (imported lazily, like the rest here)
    """Remove a store that was just created and could not be finished (file, journal, key file,
    keyring entry), so no half-made desk is left: the next start creates it again instead of
    opening a store without its agreements or profile."""
    from app.security import keys
    from app.store.db import DB_NAME, remove_made_folders

    db = desk.db
    db.close()
    if db.data_dir is None:  # a database server: nothing of ours on disk to remove
        return
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", keys.KEYINFO_NAME):
        (db.data_dir / name).unlink(missing_ok=True)
    if db.key_info is not None:
        keys.forget_key(db.key_info)
    remove_made_folders(db.made_folders)  # only the folders its create made, and only if empty


def open_desk(data_dir: Path | None = None, *, passphrase: str | None = None,
              actor: str | None = None, key: bytes | None = None, local: bool = False) -> Desk:
    """Open an existing store: ``$LIAISON_DESK_DATABASE_URL`` when set, else the data dir's file.
    ``key``: the store key when already unlocked in this process (checked, not trusted);
    ``local``: the data dir's file whatever the environment says (a trial desk)."""
    from app.security.state import seal_if_needed
    from app.services.context import Desk
    from app.store.db import Database

    url = None if local else os.environ.get(DATABASE_URL_ENV)
    if url:
        # On a shared server the officer is the database role they signed in as.
        db = Database.open_url(url)
        desk = Desk(db, actor or db.server_identity() or default_actor())
    else:
        db = Database.open(Path(data_dir or default_data_dir()), passphrase=passphrase, key=key)
        desk = Desk(db, actor or default_actor())
    seal_if_needed(desk)  # a store from before state binding: its rows bound once, here
    return desk
