"""The trial desk: the invented demo data in a store of its own, never in the officer's desk.

An officer who wants to try the desk gets a second encrypted store in a folder beside the data
dir (``trial_dir``: ``…/liaison-desk`` → ``…/liaison-desk-trial``), with the demo loaded
(``app.services.admin.demo.load_demo``, which marks it a trial desk for good). The officer's own
desk never receives a demo row, so real and invented records can never mix, and the trial desk
can be thrown away by deleting its folder. The officer's profile may be copied into the trial
desk (their own name, set by them, so letters printed there look like theirs); the demo itself
never sets it.

A trial desk is always a file, even when the real desk lives on a database server: invented
data has no place on the shared server.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.paths import trial_data_dir
from app.services.admin import demo
from app.services.admin.demo import DemoSummary

if TYPE_CHECKING:
    from app.services.context import Desk

def trial_dir(data_dir: Path | str | None) -> Path:
    """The trial desk's folder for the officer's data dir ``data_dir`` (``app.paths``)."""
    return trial_data_dir(data_dir)


def trial_exists(data_dir: Path | str | None) -> bool:
    """True when the trial desk of ``data_dir`` has been made."""
    from app.store.db import Database

    return Database.exists(trial_dir(data_dir))


def make_trial_desk(data_dir: Path | str | None, *, profile: dict[str, Any] | None = None,
                    method: str | None = None, passphrase: str | None = None,
                    actor: str | None = None) -> tuple[Desk, DemoSummary]:
    """Create the trial desk of ``data_dir`` and load the invented demo data into it; returns
    the open trial desk and what was loaded. ``profile``: the officer's own, copied in after
    the demo (under the officer's name, ``actor``) so the trial desk's letters and audit name
    the officer; the demo never sets it. All or nothing: a failure removes the new store.
    Refuses (``StoreError``) a folder that already holds a store."""
    from app.services import discard_new_store, init_store
    from app.services.admin.settings import set_setting

    desk = init_store(trial_dir(data_dir), method=method, passphrase=passphrase, actor=actor,
                      local=True)
    try:
        summary = demo.load_demo(desk)  # looked up when called: tests replace it
        if profile and profile.get("name"):
            set_setting(desk, "profile", {**profile, "administration_id": None})
    except BaseException:
        discard_new_store(desk)
        raise
    return desk, summary


def open_trial_desk(data_dir: Path | str | None, *, passphrase: str | None = None,
                    actor: str | None = None) -> Desk:
    """Open the existing trial desk of ``data_dir`` (always the file, never a server)."""
    from app.services import open_desk

    return open_desk(trial_dir(data_dir), passphrase=passphrase, actor=actor, local=True)
