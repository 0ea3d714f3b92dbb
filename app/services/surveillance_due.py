"""Surveillance clocks for "Due & overdue" (Art. 4.2): periods ending and reviews coming up.

A lapsed surveillance stays on the list until the officer lifts it or extends it with a new
request: it is never extended silently, and never forgotten silently either.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.due import DueItem, register_provider
from app.store.models import Subject
from app.treaty import clocks


@register_provider
def surveillance_clocks(session: Session, today: date, horizon: int) -> list[DueItem]:
    """Subjects whose period ends, or whose review falls, within the horizon or before today."""
    limit = today + timedelta(days=horizon)
    stmt = (select(Subject.code, Subject.display_name, Subject.period_start, Subject.period_end,
                   Subject.review_on)
            .where(Subject.status != "lifted").order_by(Subject.code))
    items: list[DueItem] = []
    for code, name, start, end, review in session.execute(stmt):
        if end is not None and end <= limit:
            if end < today:
                label = (f"{code} — surveillance of {name} lapsed: lift it, or extend it with a "
                         "new request (Art. 4.2)")
            else:
                label = f"{code} — surveillance of {name} ends (Art. 4.2)"
            since = f" (period began {clocks.fmt_day(start)})" if start else ""
            items.append(DueItem("surveillance-end", code, label, end,
                                 f"end of the surveillance period set for {code}: "
                                 f"{clocks.fmt_day(end)}{since}",
                                 clocks.due_state(end, today, horizon)))
        if review is not None and review <= limit and (end is None or review < end):
            items.append(DueItem("surveillance-review", code,
                                 f"{code} — review surveillance of {name} (Art. 4.2)", review,
                                 f"review date set for {code}: {clocks.fmt_day(review)}",
                                 clocks.due_state(review, today, horizon)))
    return items
