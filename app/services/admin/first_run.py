"""Setting up a new desk in one go: store, profile, own administration, agreements, and on
request a trial desk with the invented demo data beside it.

The first-run wizard of the desktop (and any script) calls ``setup_desk``. Everything the
officer typed is checked before the store is created, so a refused field creates nothing. The
demo never goes into the officer's desk: it gets a trial desk of its own
(``app.services.admin.trial``), and the officer's profile, settings and audit stay theirs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP
from app.services import discard_new_store, init_store
from app.services.admin.settings import set_setting
from app.services.context import Desk
from app.services.validation import ServiceError, clean_text
from app.store.models import Administration, Agreement
from app.treaty import builtin

PROFILE_FIELDS = ("name", "title", "signature", "email", "phone")


def builtin_choices() -> list[tuple[str, str, str]]:
    """(key, short title, our administration's name) of each shipped agreement."""
    return [(s.key, s.short_title, s.our_administration.name_in("en"))
            for s in builtin.load_builtin_agreements()]


def check_profile(profile: dict[str, Any]) -> dict[str, Any]:
    """The officer's profile, cleaned; the name is required (it signs letters)."""
    out: dict[str, Any] = {}
    for f in PROFILE_FIELDS:
        out[f] = clean_text(f"profile.{f}", profile.get(f), required=(f == "name"),
                            max_len=2000 if f == "signature" else 300) or ""
    return out


def check_letterhead(address: str | None, letterhead: list[str] | None) -> tuple[str | None, list[str]]:
    """The own administration's postal address and letterhead lines, cleaned."""
    addr = clean_text("address", address, max_len=2000)
    lines = [clean_text("letterhead", line, max_len=300) or "" for line in (letterhead or [])]
    return addr, lines


def setup_desk(data_dir: Path, *, profile: dict[str, Any], address: str | None = None,
               letterhead: list[str] | None = None, agreements: list[str] | None = None,
               method: str | None = None, passphrase: str | None = None,
               demo: bool = False) -> Desk:
    """Create the store and record the profile, the own administration's letterhead data and
    which agreements are in use; with ``demo``, make the trial desk beside it too (closed
    again: ``setup_desk_with_trial`` keeps it open). All or nothing: when a step after
    creating the store fails, the new store (and a trial desk begun) is removed again."""
    desk, trial = setup_desk_with_trial(
        data_dir, profile=profile, address=address, letterhead=letterhead, agreements=agreements,
        method=method, passphrase=passphrase, demo=demo)
    if trial is not None:
        trial.db.close()
    return desk


def setup_desk_with_trial(data_dir: Path, *, profile: dict[str, Any], address: str | None = None,
                          letterhead: list[str] | None = None, agreements: list[str] | None = None,
                          method: str | None = None, passphrase: str | None = None,
                          demo: bool = False) -> tuple[Desk, Desk | None]:
    """``setup_desk``, answering the officer's desk and, with ``demo``, the open trial desk
    (``app.services.admin.trial``: its own store beside the data dir, under the same key
    method and passphrase, the officer's profile copied in); None without ``demo``. The
    officer's desk never receives a demo row."""
    clean = check_profile(profile)
    addr, lines = check_letterhead(address, letterhead)
    known = {k for k, _, _ in builtin_choices()}
    chosen = list(agreements) if agreements is not None else sorted(known)
    if not chosen:
        raise ServiceError("agreements", QT_TRANSLATE_NOOP("Refusal", "choose at least one agreement in use"))
    for key in chosen:
        if key not in known:
            raise ServiceError("agreements", QT_TRANSLATE_NOOP(
                    "Refusal", "{key} is not a built-in agreement").format(
                        key=repr(key)))
    desk = init_store(data_dir, method=method, passphrase=passphrase, actor=clean["name"])
    try:
        _record_setup(desk, clean, addr, lines, chosen)
        trial = None
        if demo:
            from app.services.admin import trial as trials

            if trials.trial_exists(data_dir):  # made before (the officer's desk was not): reused
                trial = trials.open_trial_desk(data_dir, passphrase=passphrase, actor=clean["name"])
            else:
                trial, _summary = trials.make_trial_desk(
                    data_dir, profile=clean, method=method, passphrase=passphrase,
                    actor=clean["name"])
    except BaseException:
        discard_new_store(desk)
        raise
    return desk, trial


def _record_setup(desk: Desk, clean: dict[str, Any], addr: str | None, lines: list[str],
                  chosen: list[str]) -> None:
    """Everything ``setup_desk`` records once the store exists."""
    first = builtin.builtin_agreement(chosen[0])
    with desk.unit_of_work("administration.letterhead", "administration") as (s, note):
        own = s.execute(select(Administration).where(
            Administration.is_own.is_(True), Administration.country == first.our_country)
            .order_by(Administration.id).limit(1)).scalar_one()
        if addr is not None:
            own.address = addr
        own.letterhead = json.dumps({"en": [x for x in lines if x]}, ensure_ascii=False)
        for row in s.execute(select(Agreement)).scalars():
            row.in_use = row.key in chosen
        note.entity_id = own.id
        note.change = {"address": addr, "letterhead": lines, "agreements_in_use": chosen}
        own_id = own.id
    set_setting(desk, "profile", {**clean, "administration_id": own_id})
