"""Demo requests: both directions, both agreements, every status (used by ``app.services.admin.demo``).

Invented cases only; every title starts with "DEMO — " and every note says "DEMO — invented data".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from app.services.context import Desk

if TYPE_CHECKING:
    from app.services.admin.demo import Plan

LABEL = "DEMO — invented data"
US, MX = "jp-us-1997", "jp-mx-2017"


def _fields(title: str, bases: list[str], **kw: Any) -> dict[str, Any]:
    """Request fields with the demo label in title and notes."""
    notes = kw.pop("notes", "")
    return {"title": f"DEMO — {title}", "bases": bases,
            "notes": f"{LABEL}. {notes}".strip(), **kw}


def _elements(requester: str, nature: str, obj: str, parties: str | None, legal: str) -> dict:
    out = {"requesting_administration": requester, "nature_of_proceedings": nature,
           "object_and_reason": obj, "description_and_legal_elements": legal}
    if parties:
        out["parties_concerned"] = parties
    return out


US_ADMIN = "U.S. Customs and Border Protection, Office of International Affairs (demo desk)"
MX_ADMIN = "Administración General de Aduanas (SAT), Unidad de Asuntos Internacionales (demo)"


def plan_requests(desk: Desk, plan: Plan, refs: dict[str, str]) -> None:
    """Requests in both directions, both agreements, every status (Art. 7, 11)."""
    from app.services.requests import commands as rq

    def create(key: str, fn: Callable, agreement: str, fields: dict, *extra: Any) -> None:
        refs[key] = fn(desk, agreement, *extra, fields).our_ref

    def move(key: str, target: str, **kw: Any) -> Callable[[], Any]:
        return lambda: rq.transition(desk, refs[key], target, **kw)

    # 1. Incoming (US), executed and closed: Japanese text without spaces for search.
    plan.at(58, lambda: create("watch", rq.register_incoming, US, _fields(
        "Verification of wrist-watch exports (腕時計の輸出)", ["4.1(a)(i)"],
        their_ref="CBP-DEMO-2026-0101", assigned_to="Hanako Example",
        extra={"goods_description": "400 wrist watches / 腕時計400個",
               "declaration_number": "EXD-0000-DEMO-1"},
        **_elements(US_ADMIN, "Administrative inquiry into undervaluation (invented case)",
                    "Confirm that 400 wrist watches (腕時計の輸出) declared at Yokohama were lawfully "
                    "exported to Los Angeles", "Sample Export LLC, Yokohama (invented)",
                    "Suspected undervaluation on import; 19 U.S.C. 1592 (cited as an example)"))))
    plan.at(57, lambda: rq.acknowledge(desk, refs["watch"]))
    plan.at(55, move("watch", "in-progress", reason="Port of Yokohama asked for the declarations"))
    plan.at(40, move("watch", "executed", reason="Declarations checked; reply sent (demo)"))
    plan.at(38, move("watch", "closed", reason="Reply acknowledged by the partner"))

    # 2. Incoming (US), refused: outside the agreement's scope.
    plan.at(50, lambda: create("refused", rq.register_incoming, US, _fields(
        "Request for tax-return data of an importer", ["5"], their_ref="CBP-DEMO-2026-0107",
        extra={"documents_requested": "Income tax returns 2024-2025", "electronic_form_ok": True},
        **_elements(US_ADMIN, "Civil tax assessment (invented)",
                    "Obtain income tax returns of an importer", "Example Imports Inc. (invented)",
                    "Income tax matter, not a Customs offence"))))
    plan.at(47, move("refused", "refused", grounds=["outside-scope"],
                     statement="Income tax returns are not held by Customs and are outside the "
                               "scope of the Agreement (Art. 2). DEMO — invented."))

    # 3. Incoming (MX), postponed for want of resources; Spanish text with accents.
    plan.at(45, lambda: create("avocado", rq.register_incoming, MX, _fields(
        "Verificación de certificados de origen (aguacates)", ["4.1(a)(ii)"],
        their_ref="SAT-DEMO-2026-0033",
        extra={"goods_description": "Aguacates Hass, 18 contenedores",
               "declaration_number": "IMP-0000-DEMO-7"},
        **_elements(MX_ADMIN, "Procedimiento administrativo de verificación de origen (inventado)",
                    "Confirmar la importación en Japón de aguacates declarados por García "
                    "Logística S.A. de C.V. (inventada)",
                    "García Logística S.A. de C.V., Manzanillo (empresa inventada)",
                    "Posible triangulación de origen; Ley Aduanera art. 151 (ejemplo)"))))
    plan.at(44, lambda: rq.acknowledge(desk, refs["avocado"]))
    plan.at(30, move("avocado", "postponed", grounds=["2.2-resources"],
                     statement="The import unit of Osaka Customs is fully occupied by the annual "
                               "inventory audit (DEMO — invented).",
                     postponed_until=desk.today() + timedelta(days=21)))

    # 4. Incoming (US), conditional (Art. 11.1).
    plan.at(36, lambda: create("conditional", rq.register_incoming, US, _fields(
        "Special surveillance of a vessel (4.2(c))", ["4.2(c)"], their_ref="CBP-DEMO-2026-0120",
        extra={"transport_identifier": "IMO 1234567 (invented)"},
        **_elements(US_ADMIN, "Investigation of suspected smuggling by sea (invented)",
                    "Report movements of MV EXAMPLE STAR in Japanese ports",
                    "MV EXAMPLE STAR, IMO 1234567 (invented)",
                    "Suspected concealment in reefer containers; 18 U.S.C. 545 (example)"))))
    plan.at(35, lambda: rq.acknowledge(desk, refs["conditional"]))
    plan.at(34, move("conditional", "in-progress"))
    plan.at(33, move("conditional", "conditional", grounds=["11.1-public-policy"],
                     conditions="Movements reported may be used only for the investigation named "
                                "in the request and not passed to third countries (DEMO)."))

    # 5. Incoming (MX), withheld for consultation (Art. 11.3).
    plan.at(28, lambda: create("withheld", rq.register_incoming, MX, _fields(
        "Surveillance of a consignee (4.2(a))", ["4.2(a)"], their_ref="SAT-DEMO-2026-0041",
        extra={"person_identity": "Ejemplo Comercial S.A. de C.V. (inventada)"},
        **_elements(MX_ADMIN, "Investigación penal aduanera (inventada)",
                    "Vigilar las operaciones de Ejemplo Comercial en Japón",
                    "Ejemplo Comercial S.A. de C.V. (inventada)",
                    "Contrabando presunto; Código Fiscal de la Federación art. 102 (ejemplo)"))))
    plan.at(27, lambda: rq.acknowledge(desk, refs["withheld"]))
    plan.at(25, move("withheld", "withheld", grounds=["11.3-ongoing-proceedings"],
                     statement="A Japanese criminal investigation of the same consignee is under "
                               "way; consultation proposed (DEMO — invented)."))

    # 6. Incoming (US), in progress and overdue (received 32 days ago, 20 business days).
    plan.at(32, lambda: create("overdue", rq.register_incoming, US, _fields(
        "Transport documents for a machinery shipment", ["5"], their_ref="CBP-DEMO-2026-0115",
        extra={"documents_requested": "Bill of lading and packing list", "electronic_form_ok": True},
        **_elements(US_ADMIN, "Administrative penalty case (invented)",
                    "Obtain certified copies of the bill of lading DEMOBL0001",
                    None, "Misdeclared origin of machinery parts; example statute"))))
    plan.at(31, lambda: rq.acknowledge(desk, refs["overdue"]))
    plan.at(30, move("overdue", "in-progress"))

    # 7. Incoming (US), oral, confirmed in writing in time (Art. 7.1).
    oral_us = _fields("Urgent check of an air consignment (oral request)", ["4.2(b)"],
                      their_ref="CBP-DEMO-2026-0131", form="oral", urgency="urgent",
                      extra={"goods_description": "Lithium batteries, AWB 123-12345675"},
                      **_elements(US_ADMIN, "Inquiry into misdeclared dangerous goods (invented)",
                                  "Hold and inspect air consignment AWB 123-12345675", None,
                                  "Misdeclaration of dangerous goods (example)"))
    plan.at(12, lambda: create("oral_ok", rq.register_incoming, US,
                               {**oral_us, "oral_at": desk.now().isoformat()}))
    plan.at(11, lambda: rq.confirm_oral(desk, refs["oral_ok"], desk.today()))

    # 8. Incoming (MX), oral, written confirmation late.
    oral_mx = _fields("Revisión urgente de un contenedor (solicitud verbal)", ["4.2(c)"],
                      their_ref="SAT-DEMO-2026-0052", form="oral", urgency="urgent",
                      extra={"transport_identifier": "Contenedor DEMU1234560"},
                      **_elements(MX_ADMIN, "Investigación aduanera (inventada)",
                                  "Localizar el contenedor DEMU1234560 en Yokohama", None,
                                  "Contrabando presunto (ejemplo)"))
    plan.at(9, lambda: create("oral_late", rq.register_incoming, MX,
                              {**oral_mx, "oral_at": desk.now().isoformat()}))

    # 9. Incoming (US), partially executed.
    plan.at(26, lambda: create("partial", rq.register_incoming, US, _fields(
        "Verification of import declarations (4.1(b))", ["4.1(b)"], their_ref="CBP-DEMO-2026-0112",
        extra={"goods_description": "Steel fasteners", "declaration_number": "IMD-0000-DEMO-3"},
        **_elements(US_ADMIN, "Anti-dumping duty evasion inquiry (invented)",
                    "Confirm imports into Japan of steel fasteners exported from the US",
                    "Example Fasteners Co. (invented)", "Transshipment to evade duties (example)"))))
    plan.at(25, lambda: rq.acknowledge(desk, refs["partial"]))
    plan.at(24, move("partial", "in-progress"))
    plan.at(15, move("partial", "partially-executed", grounds=["2.2-resources"],
                     statement="Only 2025 declarations could be retrieved; older ones are archived "
                               "off-site (DEMO)."))

    # 10. Incoming (US), withdrawn by the partner.
    plan.at(20, lambda: create("withdrawn", rq.register_incoming, US, _fields(
        "Assistance with a duplicate request", ["6"], their_ref="CBP-DEMO-2026-0125",
        extra={"designated_officials": "Port of Kobe", "records_to_consult": "Manifests"},
        **_elements(US_ADMIN, "Administrative inquiry (invented)", "Consult manifests",
                    None, "Sent twice by mistake (invented)"))))
    plan.at(19, move("withdrawn", "withdrawn", reason="The partner withdrew a duplicate request"))

    # 11. Outgoing (US): draft still incomplete under Art. 7.2 (no object and reason).
    plan.at(3, lambda: create("draft", rq.draft_outgoing, US, _fields(
        "Draft: surveillance of a person (incomplete)", ["4.2(a)"],
        extra={"person_identity": "MIHON Taro (invented)"},
        requesting_administration="Japan Customs, Ministry of Finance (demo desk)",
        nature_of_proceedings="Criminal investigation of smuggling (invented)")))

    # 12. Outgoing (US): sent, acknowledged, answered.
    plan.at(42, lambda: create("out_answered", rq.draft_outgoing, US, _fields(
        "Verification of a US export certificate", ["4.1(a)(ii)"],
        extra={"goods_description": "Semiconductor test equipment", "declaration_number": "US-EXP-DEMO-9"},
        reciprocity=True, reciprocity_note="Japan could not give the same assistance under its "
        "export-control law in every case (Art. 11.2 noted; DEMO).",
        **_elements("Japan Customs, Ministry of Finance (demo desk)",
                    "Administrative inquiry into export-control compliance (invented)",
                    "Confirm that the equipment was lawfully exported from the United States",
                    "Sample Trading K.K., Kobe (invented)",
                    "Suspected false declaration; Customs Act Art. 111 (example)"))))
    plan.at(41, lambda: rq.send_request(desk, refs["out_answered"]))
    plan.at(39, lambda: rq.acknowledge(desk, refs["out_answered"]))
    plan.at(14, move("out_answered", "answered", reason="Reply received with the certificate copies"))

    # 13. Outgoing (MX): sent and refused by the partner.
    plan.at(37, lambda: create("out_refused", rq.draft_outgoing, MX, _fields(
        "Solicitud de registros de transporte", ["5"],
        extra={"documents_requested": "Manifiestos de carga 2023", "electronic_form_ok": True},
        **_elements("Japan Customs, Ministry of Finance (demo desk)",
                    "Administrative inquiry (invented)", "Obtain 2023 cargo manifests",
                    None, "Suspected misdeclaration (example)"))))
    plan.at(36, lambda: rq.send_request(desk, refs["out_refused"]))
    plan.at(16, move("out_refused", "refused", grounds=["2.2-resources"],
                     statement="El SAT informa que los manifiestos de 2023 ya no se conservan "
                               "(DEMO — inventado)."))

    # 14. Spontaneous information (Art. 3.1 / 4.3), both ways.
    plan.at(22, lambda: create("spont_in", rq.record_spontaneous, US, _fields(
        "Spontaneous information: suspicious shipment pattern", ["4.3-spontaneous"],
        their_ref="CBP-DEMO-SPONT-7",
        **_elements(US_ADMIN, "Risk information (invented)",
                    "Pattern of undervalued watch parts routed via a third country", None,
                    "Possible undervaluation (example)")), "spontaneous-in"))
    plan.at(18, lambda: create("spont_out", rq.record_spontaneous, MX, _fields(
        "Información espontánea: envíos sospechosos", ["3.1"],
        **_elements("Japan Customs, Ministry of Finance (demo desk)", "Risk information (invented)",
                    "Envíos de aguacates con certificados repetidos", None,
                    "Posible fraude de origen (ejemplo)")), "spontaneous-out"))
    plan.at(17, lambda: rq.send_request(desk, refs["spont_out"]))

    # 15. A newly received request, not yet acknowledged.
    plan.at(1, lambda: create("new", rq.register_incoming, US, _fields(
        "Verification of a car export (new)", ["4.1(a)(i)"], their_ref="CBP-DEMO-2026-0140",
        extra={"goods_description": "One used passenger car", "declaration_number": "EXD-0000-DEMO-8"},
        **_elements(US_ADMIN, "Stolen-vehicle export inquiry (invented)",
                    "Confirm export of the car with plate DEMO-500", None,
                    "Possible export of a stolen vehicle (example)"))))

    # 16. Outgoing (MX): sent, then withheld by the partner for consultation (Art. 11.3).
    plan.at(21, lambda: create("out_withheld", rq.draft_outgoing, MX, _fields(
        "Vigilancia de un buque (4.2(c))", ["4.2(c)"],
        extra={"transport_identifier": "IMO 1234567 (inventado)"},
        **_elements("Japan Customs, Ministry of Finance (demo desk)",
                    "Criminal investigation of smuggling (invented)",
                    "Informar sobre las escalas del buque MV EXAMPLE STAR en Manzanillo", None,
                    "Presunto contrabando de cigarrillos (ejemplo)"))))
    plan.at(20, lambda: rq.send_request(desk, refs["out_withheld"]), minutes=30)
    plan.at(8, move("out_withheld", "withheld", grounds=["11.3-ongoing-proceedings"],
                    statement="El SAT tiene una investigación abierta sobre el mismo buque; "
                              "propone consultas (DEMO — inventado)."))

    # 17. Outgoing (US), made orally: our written confirmation is due (Art. 7.1).
    oral_out = _fields("Oral request: hold a container at Long Beach", ["4.2(c)"], form="oral",
                       urgency="urgent", extra={"transport_identifier": "Container DEMU1234560"},
                       **_elements("Japan Customs, Ministry of Finance (demo desk)",
                                   "Criminal investigation of smuggling (invented)",
                                   "Locate and hold container DEMU1234560 on arrival", None,
                                   "Suspected smuggling of firearms parts (example)"))
    plan.at(2, lambda: create("oral_out", rq.draft_outgoing, US,
                              {**oral_out, "oral_at": desk.now().isoformat()}))
    plan.at(2, lambda: rq.send_request(desk, refs["oral_out"]), minutes=10)
    plan.at(1, lambda: rq.acknowledge(desk, refs["oral_out"]), minutes=30)

    # 18. Incoming (MX), executed and waiting to be closed.
    plan.at(48, lambda: create("executed", rq.register_incoming, MX, _fields(
        "Verificación de una exportación de autopartes", ["4.1(a)(i)"],
        their_ref="SAT-DEMO-2026-0029",
        extra={"goods_description": "Autopartes (inventado)", "declaration_number": "EXD-0000-DEMO-4"},
        **_elements(MX_ADMIN, "Procedimiento administrativo (inventado)",
                    "Confirmar la exportación desde Nagoya de 120 cajas de autopartes",
                    "Ejemplo Comercial S.A. de C.V. (inventada)",
                    "Subvaluación presunta; Ley Aduanera art. 176 (ejemplo)"))))
    plan.at(47, lambda: rq.acknowledge(desk, refs["executed"]))
    plan.at(46, move("executed", "in-progress"))
    plan.at(13, move("executed", "executed", reason="Reply sent with the export declarations"))
