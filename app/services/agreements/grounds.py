"""Grounds (Art. 11, 2.2, 4.2, 7.2) as the officer reads them: the catalogue's words, not codes.

A request's outcome keeps the codes of its grounds (``11.1-substantial-interest``); screens and
the command line show ``Art. 11.1 — Infringes another substantial interest`` from the agreement's
catalogue instead. ``grounds_by_code`` finds each code's ``Ground`` (in one agreement, or in any
of the desk's agreements when the record's agreement is not at hand, as in the audit log);
``ground_text`` words one in English (the UI words its own, translated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from app.services.agreements.catalogue import spec_of

if TYPE_CHECKING:
    from app.services.context import Desk
    from app.treaty.catalogue import Ground


def grounds_by_code(desk: Desk, agreement_key: str | None = None) -> dict[str, Ground]:
    """Code -> ground of the agreement ``agreement_key``, or of every agreement of the desk
    (the first agreement naming a code wins: the built-in ones word shared codes alike)."""
    from app.store.tables import agreement

    stmt = select(agreement).order_by(agreement.c.id)
    if agreement_key is not None:
        stmt = stmt.where(agreement.c.key == agreement_key)
    found: dict[str, Ground] = {}
    with desk.query() as conn:
        for row in conn.execute(stmt):
            for ground in spec_of(row).grounds:
                found.setdefault(ground.code, ground)
    return found


def ground_text(code: str, ground: Ground | None, lang: str = "en") -> str:
    """``Art. 11.1 — Infringes another substantial interest``; a code no catalogue knows stays
    as it is (never dropped), a ground without an article is its label alone."""
    if ground is None:
        return code
    label = ground.label_in(lang)
    return f"Art. {ground.article} — {label}" if ground.article else label
