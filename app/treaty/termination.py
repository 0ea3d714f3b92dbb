"""Termination of an agreement (Art. 14.2): the hard deadline it puts on open requests."""

from __future__ import annotations

from datetime import date

from app.treaty.clocks import ComputedDate, termination_date

__all__ = ["open_request_deadline"]


def open_request_deadline(notice_on: date | None) -> ComputedDate | None:
    """The date by which every open request under the agreement must be completed, or None.

    Art. 14.2: "Any ongoing assistance at the time of notification of termination shall be
    completed by the date of termination", which is three months after the written notice.
    """
    if notice_on is None:
        return None
    return termination_date(notice_on)
