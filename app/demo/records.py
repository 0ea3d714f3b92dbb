"""Demo directory, surveillance subjects, information, disclosures and a letter (invented).

Used by ``app.services.admin.demo``. Everything goes through the services, so the demo obeys the
same rules (and leaves the same audit trail) as an officer's input.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.services.context import Desk
from app.store.models import Document, Request

if TYPE_CHECKING:
    from app.services.admin.demo import DemoSummary, Plan

LABEL = "DEMO — invented data"
US, MX = "jp-us-1997", "jp-mx-2017"

# (code: informal label only; the service numbers subjects) kind, subkind, display name, names,
# identifiers, details, agreement, requested by, request link key and the day it is linked,
# observations (days ago, event, place, locode, text)
SUBJECTS: list[dict[str, Any]] = [
    dict(code="S-00001", kind="person", subkind="natural", display="MIHON Taro (DEMO)",
         names=["見本 太郎", "ミホン タロウ", "MIHON Taro", {"name": "T. Mihon", "alias": True}],
         ids=[("passport", "TZ0000001", "JP")], agreement=US, by="U.S. CBP (demo)",
         details={"date_of_birth": "1980-01-01", "nationality": "JP",
                  "notes": f"{LABEL}: an invented person"},
         link="draft", link_at=3, obs=[(2, "departed", "Narita Airport", "JPNRT", "Left for Los Angeles (invented)"),
                            (1, "arrived", "Haneda Airport", "JPHND", "Returned alone (invented)")]),
    dict(code="S-00002", kind="person", subkind="legal", display="Ejemplo Comercial S.A. de C.V. (DEMO)",
         names=["Ejemplo Comercial S.A. de C.V.", {"name": "Ejemplo Comercial", "alias": True}],
         ids=[("doc", "ECO000000XX0", "MX")], agreement=MX, by="SAT (demo)",
         details={"registration_country": "MX", "addresses": ["Av. Inventada 1, Manzanillo (DEMO)"],
                  "notes": f"{LABEL}: an invented company"},
         link="withheld", link_at=28, obs=[(24, "cargo_declared", "Port of Yokohama", "JPYOK",
                                "Declared 3 containers of furniture (invented)")]),
    dict(code="S-00003", kind="goods", subkind="goods", display="Wrist watches, HS 9102.11 (DEMO)",
         names=["腕時計 (DEMO)", "Wrist watches (DEMO)"],
         ids=[("container", "DEMU1234560", None), ("bl", "DEMOBL0001", None)], agreement=US,
         by="U.S. CBP (demo)",
         details={"description": "400 wrist watches in 8 cartons", "hs_code": "9102.11",
                  "route": "Yokohama → Los Angeles", "notes": LABEL},
         link="watch", link_at=58, obs=[(52, "inspected", "Port of Yokohama", "JPYOK",
                             "Container opened; 400 watches counted (invented)")]),
    dict(code="S-00004", kind="transport", subkind="vessel", display="MV EXAMPLE STAR (DEMO)",
         names=["EXAMPLE STAR"], ids=[("imo", "1234567", None), ("call_sign", "DEMO7", None)],
         agreement=US, by="U.S. CBP (demo)",
         details={"flag": "PA", "operator": "Sample Shipping S.A. (invented)",
                  "route": "Busan → Kobe → Long Beach", "notes": LABEL},
         link="conditional", link_at=36, obs=[(31, "arrived", "Port of Kobe", "JPUKB", "Berthed at PI-14 (invented)"),
                                  (29, "departed", "Port of Kobe", "JPUKB", "Sailed for Long Beach")]),
    dict(code="S-00005", kind="transport", subkind="aircraft", display="Freighter JA00DM (DEMO)",
         names=["JA00DM"], ids=[("registration", "JA00DM", "JP"), ("awb", "123-12345675", None)],
         agreement=US, by="U.S. CBP (demo)",
         details={"flight_number": "XX0001", "operator": "Example Air Cargo (invented)", "notes": LABEL},
         link="oral_ok", link_at=12, obs=[(11, "arrived", "Narita Airport", "JPNRT",
                               "Consignment held for inspection (invented)")]),
]


def plan_directory(desk: Desk, plan: Plan) -> None:
    """Designated officials (Art. 7.3) for US, MX and us; authorities. No profile: the demo
    never sets the officer's (``app.services.admin.demo``)."""
    def run() -> None:
        from app.services.agreements.catalogue import add_official, list_administrations
        from app.services.ledger.disclosures import add_authority

        admins = {country: aid for aid, _name, country, _own in list_administrations(desk)}
        add_official(desk, administration_id=admins["US"], name="Jordan Sample (DEMO)",
                     title="Designated official, Art. 7.3 (invented)", email="liaison@example.org",
                     phone="+1 555 0100", languages="en")
        add_official(desk, administration_id=admins["MX"], name="Lucía Ejemplo Muñoz (DEMO)",
                     title="Enlace designada, art. 7.3 (inventada)", email="enlace@example.org",
                     phone="+52 55 5555 0100", languages="es,en")
        add_official(desk, administration_id=admins["JP"], name="見本 花子 / Hanako Example (DEMO)",
                     title="Liaison officer, International Affairs (invented)",
                     email="liaison-jp@example.org", languages="ja,en")
        add_authority(desk, "Osaka Customs Investigation Division (DEMO)", "customs", country="JP")
        add_authority(desk, "Example Prefectural Police (DEMO)", "police", country="JP")
        add_authority(desk, "Example Ministry of Trade, Export Control Office (DEMO)", "ministry",
                      country="JP")

    plan.at(60, run)


def _moment(today: date, days_ago: int, hour: int = 10) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(hour), tzinfo=UTC)


def plan_subjects(desk: Desk, plan: Plan, refs: dict[str, str], summary: DemoSummary) -> None:
    """Subjects of all three kinds (Art. 4.2) with names, identifiers and observations, each
    recorded through the surveillance services once the request asking for it exists."""
    from app.services.surveillance.commands import add_subject
    from app.services.surveillance.observations import add_observation

    today = desk.today()  # the real today: periods are set against it
    codes: dict[str, str] = {}

    def create(spec: dict[str, Any]) -> None:
        view = add_subject(desk, {
            "kind": spec["kind"], "subkind": spec["subkind"], "display_name": spec["display"],
            "names": spec["names"], "identifiers": spec["ids"], "details": spec["details"],
            "agreement": spec["agreement"], "requests": [refs[spec["link"]]],
            "requested_by": spec["by"], "period_start": today - timedelta(days=55),
            "period_end": today + timedelta(days=5 if spec["kind"] == "goods" else 120),
            "review_on": today + timedelta(days=3 if spec["kind"] == "goods" else 60)})
        codes[spec["display"]] = view.code
        summary.subjects.append(view.code)

    def observe(spec: dict[str, Any], days_ago: int, event: str, place: str, locode: str,
                text: str) -> None:
        add_observation(desk, codes[spec["display"]], {
            "observed_at": _moment(today, days_ago).isoformat(), "event": event, "place": place,
            "locode": locode, "source": "Port intelligence unit (DEMO)", "text": f"{text} — {LABEL}"})

    for spec in SUBJECTS:
        # After the request's own creation step, which runs earlier the same day.
        plan.at(spec["link_at"], partial(create, spec), minutes=90)
        for obs in spec["obs"]:
            plan.at(obs[0], partial(observe, spec, *obs), minutes=120)


def plan_information(desk: Desk, plan: Plan, refs: dict[str, str], summary: DemoSummary) -> None:
    """Restricted information (Art. 9, 10), an approval, disclosures including an override."""
    from app.services.ledger import disclosures, information

    state: dict[str, Any] = {}

    def received() -> None:
        i1 = information.add_information_item(
            desk, direction="received", provider="U.S. CBP (demo)", request_ref=refs["out_answered"],
            title="Copies of US export certificates (DEMO)",
            summary=f"{LABEL}. Certificates for semiconductor test equipment, 3 pages.",
            confidential=True, not_as_evidence=True,
            provider_markings="CONFIDENTIAL — for customs purposes (DEMO)")
        i2 = information.add_information_item(
            desk, direction="received", provider="U.S. CBP (demo)", request_ref=refs["spont_in"],
            title="Shipment pattern analysis (DEMO)",
            summary=f"{LABEL}. Undervalued watch parts routed via a third country.",
            confidential=True, no_law_enforcement=True,
            no_law_enforcement_notice_on=desk.today(), not_as_evidence=True)
        i3 = information.add_information_item(
            desk, direction="provided", provider="Japan Customs (demo desk)", recipient="U.S. CBP (demo)",
            request_ref=refs["watch"], title="Export declarations for 400 wrist watches (DEMO)",
            summary=f"{LABEL}. 腕時計の輸出申告書の写し 4 通。",
            conditions_attached="Customs purposes only; not as evidence without our approval (DEMO)")
        information.attach_document(desk, i1.code, "certificates-DEMO.txt",
                                    f"{LABEL}\nThree invented certificate numbers: X1, X2, X3\n".encode())
        state.update(i1=i1.code, i2=i2.code, i3=i3.code)
        summary.items = [i1.code, i2.code, i3.code]
        summary.documents += 1

    def approval() -> None:
        view = information.add_approval(
            desk, state["i1"], authority="Example Ministry of Trade, Export Control Office (DEMO)",
            purposes=["intelligence"],
            document=("approval-letter-DEMO.txt",
                      f"{LABEL}\nWritten approval (Art. 9.1) for use by the export control "
                      "office.\n".encode()))
        state["approval_doc"] = view.document_id
        summary.documents += 1

    def disclose() -> None:
        disclosures.disclose(desk, [state["i1"]], "Osaka Customs Investigation Division (DEMO)",
                             "customs", means="Internal memo (DEMO)")
        disclosures.disclose(desk, [state["i1"]],
                             "Example Ministry of Trade, Export Control Office (DEMO)",
                             "intelligence", approval=state["approval_doc"], means="Letter (DEMO)")
        disclosures.disclose(
            desk, [state["i2"]], "Example Prefectural Police (DEMO)", "intelligence",
            means="Telephone briefing (DEMO)",
            override_reason="Imminent risk to life reported at the port; the provider was informed "
                            "the same day (DEMO — invented justification).")
        summary.disclosures = 3

    plan.at(14, received, minutes=60)
    plan.at(12, approval, minutes=60)
    plan.at(10, disclose, minutes=60)


def plan_letter(desk: Desk, plan: Plan, refs: dict[str, str], summary: DemoSummary) -> None:
    """A request letter kept as a document: a PDF from ``app.documents`` when available."""
    def run() -> None:
        from app.services.requests.commands import get_request

        ref = refs["out_answered"]
        view = get_request(desk, ref)
        filename, content, mime = _letter_bytes(desk, ref, view)
        with desk.unit_of_work("document.add", "document") as (s, note):
            req = s.execute(select(Request).where(Request.our_ref == ref)).scalar_one()
            doc = Document(series=f"{ref}/request-letter", version=1, kind="letter.request",
                           language="en", final=False, filename=filename, mime=mime,
                           size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                           content=content, request_id=req.id, actor=desk.actor,
                           created_at=desk.now())
            s.add(doc)
            s.flush()
            note.entity_id = doc.id
            note.change = {"request": ref, "filename": filename, "sha256": doc.sha256, "demo": True}
        summary.documents += 1

    plan.at(41, run, minutes=30)


def _letter_bytes(desk: Desk, ref: str, view: Any) -> tuple[str, bytes, str]:
    try:
        from app.documents.context import LetterContext, Party, Signatory
        from app.documents.render import render_letter
    except ImportError:  # documents package not installed in this build
        text = f"{LABEL}\nRequest {ref}: {view.title}\n"
        return f"{ref}-request.txt", text.encode("utf-8"), "text/plain"
    fields = ("requesting_administration", "nature_of_proceedings", "object_and_reason",
              "parties_concerned", "description_and_legal_elements")
    ctx = LetterContext(
        kind="request", lang="en", final=False, our_ref=ref, issued_on=desk.today(),
        sender=Party("Japan Customs, Ministry of Finance (DEMO)", "Hanako Example (DEMO)"),
        addressee=Party("U.S. Customs and Border Protection (DEMO)", "Jordan Sample (DEMO)"),
        signatory=Signatory("Hanako Example (DEMO)", "Liaison officer — DEMO, invented data"),
        agreement_short="Japan–US CMAA", subject_line=view.title,
        elements={k: getattr(view, k, None) or "" for k in fields if getattr(view, k, None)},
    )
    return f"{ref}-request.pdf", render_letter(ctx), "application/pdf"
