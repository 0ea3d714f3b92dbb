"""A Surveillance view filled with invented subjects, ready to grab for ``docs/screenshots``.

Every name, number and place here is invented for illustration and says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.context import Desk
from app.services.requests.commands import register_incoming
from app.services.surveillance import commands as surveillance
from app.services.surveillance import observations


def seed(desk: Desk) -> str:
    """Record a few invented subjects with observations; returns the code to show."""
    req = register_incoming(desk, "jp-us-1997", {
        "title": "Special surveillance of a traveller (DEMO — invented)", "bases": ["4.2(a)"],
        "requesting_administration": "U.S. Customs and Border Protection (invented example)",
        "nature_of_proceedings": "Investigation (invented example)",
        "object_and_reason": "Report movements through Japanese ports (invented)",
        "description_and_legal_elements": "Suspected smuggling (invented example)",
    }).our_ref
    today = desk.today()
    person = surveillance.add_subject(desk, {
        "kind": "person", "names": ["田中 翔", {"name": "TANAKA Sho", "alias": True}],
        "identifiers": [{"type": "passport", "value": "TZ0000001", "issuer": "JP"}],
        "details": {"date_of_birth": "1980-04-01", "nationality": "JP",
                    "notes": "DEMO — invented person"},
        "requests": [req], "requested_by": "U.S. CBP (invented)",
        "period_end": today.replace(year=today.year + 1).isoformat()})
    surveillance.add_subject(desk, {
        "kind": "transport", "subkind": "vessel", "names": ["OCEAN EXAMPLE (invented)"],
        "identifiers": [["imo", "9074729"], ["call_sign", "3EXA7"]],
        "details": {"flag": "PA"}, "agreement": "jp-us-1997",
        "period_end": today.isoformat()})
    surveillance.add_subject(desk, {
        "kind": "goods", "details": {"description": "Wrist watches, 400 pcs (invented)",
                                     "hs_code": "9102.11", "route": "Yokohama → Long Beach"},
        "identifiers": [["container", "MSCU1234560"]], "agreement": "jp-us-1997",
        "period_end": today.replace(year=today.year + 1).isoformat()})
    now = desk.now()
    for hours, event, place, locode, text in (
            (6, "arrived", "Yokohama", "JPYOK", "Disembarked from a ferry (invented)"),
            (3, "cargo_declared", "Yokohama", "JPYOK", "Declared 2 cartons of watches (invented)"),
            (1, "departed", "Narita Airport", "JPNRT", "Boarded a flight (invented)")):
        observations.add_observation(desk, person.code, {
            "observed_at": now.replace(hour=max(0, now.hour - hours), minute=0),
            "event": event, "place": place, "locode": locode, "source": "port control (invented)",
            "text": text})
    return person.code


def surveillance_view(desk: Desk) -> QWidget:
    """The Surveillance view with invented subjects and the first person's page open."""
    from ui.views.surveillance import SurveillanceView

    code = seed(desk)
    view = SurveillanceView(desk)
    view.open_subject(code)
    view.resize(1500, 760)
    return view
