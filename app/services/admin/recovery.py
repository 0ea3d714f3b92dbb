"""The recovery key of a keyring-held store.

A store whose key lives in the OS keyring has no passphrase: a backup restored on a new machine
(or after the keyring is lost) would open with nothing the officer knows. At first run, and on
``liaison-desk passphrase recovery-key``, the desk makes a recovery key (160 random bits shown
as nine groups of four, the last a check: ``app.security.keys.new_recovery_key``), shows it
once, and keeps only the store key wrapped under it in ``keyinfo.json`` (and so in every backup
made afterwards). A new recovery key replaces the wrapping: the old one no longer opens the
store or the backups made afterwards; backups made before still carry the old wrapping.

A keyring-held store is never re-keyed in place: its key changes only when it moves into the
keyring (``passphrase use-keyring``: a new key, so a new recovery key is made and shown) or out
of it (``use-passphrase``: the passphrase opens it and the wrapping is dropped). So no
recovery wrapping key is kept anywhere.
"""

from __future__ import annotations

import dataclasses

from app.security import keys
from app.services.context import Desk
from app.services.validation import ServiceError


def make_recovery_key(desk: Desk) -> str:
    """A new recovery key for the keyring-held store of ``desk``: the store key is wrapped under
    it in the key file (replacing any earlier wrapping) and the event recorded
    (``store.recovery_key``). Returns the key as the officer must see it, once."""
    db = desk.db
    info = db.key_info
    if db.data_dir is None or info is None or db._key is None:
        raise ServiceError("recovery key", "only a store in a data dir has one")
    if info.method != "keyring":
        raise ServiceError("recovery key", "this store opens with its passphrase, which is what "
                           "restores its backups; a recovery key is for a store whose key is kept "
                           "in the keyring")
    text = keys.new_recovery_key()
    made = desk.now().date().isoformat()
    new = dataclasses.replace(info, recovery=keys.wrap_for_recovery(db._key, text, info.store_id, made))
    with desk.unit_of_work("store.recovery_key", "store") as (_s, note):
        note.change = {"made": made, "replaces_an_earlier_one": info.recovery is not None}
        # Written last in the transaction: a key file that cannot be written records nothing.
        keys.write_keyinfo(db.data_dir, new)
    db.key_info = new
    return text
