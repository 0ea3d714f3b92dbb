"""Benchmark of the desktop workspace: the request list at 100,000 requests, and start-up.

``run(ctx)`` returns rows ``{figure, value, unit, budget, floor, note}``; ``python -m bench.ui``
builds its own 100k store and prints them. The requests are synthetic and invented (``BULK-``
references, "invented" texts); nothing here is real data.

Figures: first page of the list, a sort change and a filter change (each within 50 ms), and the
main window's start-up against a bare PySide6 QMainWindow, both measured in fresh subprocesses in
the same run (within 1.5x).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REQUESTS = 100_000
SEED = 72  # Art. 7.2

_STATUSES = {
    "incoming": ("received", "acknowledged", "in-progress", "executed", "refused", "closed"),
    "outgoing": ("draft", "sent", "acknowledged", "answered", "closed"),
    "spontaneous-in": ("recorded", "closed"),
    "spontaneous-out": ("draft", "sent", "closed"),
}
_BASES = ("4.1(a)(i)", "4.1(a)(ii)", "4.1(b)", "4.2(a)", "4.2(b)", "4.2(c)", "5")
_GOODS = ("wrist watches", "machine parts", "textiles", "solar panels", "tuna", "tyres",
          "cosmetics", "spirits", "handbags", "semiconductors")
_OFFICERS = ("A. Officer (invented)", "B. Officer (invented)", "C. Officer (invented)", None)


def fill_requests(desk, n: int = REQUESTS, seed: int = SEED) -> None:  # noqa: ANN001 - a Desk
    """Insert ``n`` invented requests in one executemany (seconds, not minutes).

    Bypasses the services on purpose: this is volume for speed tests, not a workflow. Rows are
    complete enough for the list (refs, partner, basis, status, due dates, officer)."""
    from sqlalchemy import insert, select

    from app.store.models import Agreement, Request

    rng = random.Random(seed)
    with desk.read() as s:
        agreements = list(s.execute(select(Agreement.id)).scalars())
    directions = ("incoming",) * 5 + ("outgoing",) * 3 + ("spontaneous-in", "spontaneous-out")
    start = date(2025, 1, 1)
    stamp = datetime(2026, 1, 1, tzinfo=timezone.utc)
    rows = []
    for i in range(n):
        direction = rng.choice(directions)
        basis = rng.choice(_BASES)
        goods = rng.choice(_GOODS)
        oral = direction == "incoming" and rng.random() < 0.02
        rows.append({
            "our_ref": f"BULK-{i:06d}", "their_ref": f"P-{rng.randrange(10**6):06d}",
            "direction": direction, "agreement_id": rng.choice(agreements),
            "title": f"{goods.capitalize()}, consignment {rng.randrange(10**5):05d} (invented)",
            "bases": basis, "primary_basis": basis, "form": "oral" if oral else "written",
            "urgency": "urgent" if oral else "normal",
            "requesting_administration": "Invented Customs Administration",
            "nature_of_proceedings": "Administrative inquiry (invented)",
            "object_and_reason": f"Verify the declared origin of {goods} (invented)",
            "parties_concerned": "Example Trading Co. (invented)",
            "description_and_legal_elements": f"Suspected misdeclaration of {goods} (invented)",
            "extra": "{}", "reciprocity": False,
            "status": rng.choice(_STATUSES[direction]),
            "due_on": start + timedelta(days=rng.randrange(800)),
            "confirmation_due_on": start + timedelta(days=rng.randrange(800)) if oral else None,
            "assigned_to": rng.choice(_OFFICERS), "created_at": stamp, "updated_at": stamp,
        })
    with desk.db.write() as s:
        s.execute(insert(Request.__table__), rows)
