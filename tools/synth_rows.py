"""Row dicts for the synthetic generator (``tools.generate``), drawn from one seeded RNG.

Distributions are plausible for a liaison desk: most traffic with the US, incoming and outgoing
in similar numbers, spontaneous information rarer; requests older than a few months are mostly
closed; the newest are spread over the open statuses. All texts are invented and say so.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.matching.idindex import normalize_identifier
from app.store.models import Administration
from tools import synth_text as T

AUDIT_ACTIONS = (("request.view", "request"), ("request.edit", "request"),
                 ("request.acknowledged", "request"), ("request.in-progress", "request"),
                 ("document.add", "request"), ("request.view", "request"),
                 ("information.view", "request"), ("store.backup", "store"))
OFFICER_CYCLE = T.OFFICERS
DIRECTIONS = (("incoming", 45), ("outgoing", 40), ("spontaneous-in", 8), ("spontaneous-out", 7))
BASES = {"incoming": ("4.1(a)(i)", "4.1(a)(ii)", "4.1(b)", "4.2(a)", "4.2(b)", "4.2(c)", "5", "6"),
         "outgoing": ("4.1(a)(i)", "4.1(a)(ii)", "4.1(b)", "4.2(a)", "4.2(b)", "4.2(c)", "5", "10.2"),
         "spontaneous-in": ("4.3-spontaneous", "3.1"), "spontaneous-out": ("3.1", "4.3-spontaneous")}
OLD_STATUS = {"incoming": (("closed", 80), ("withdrawn", 5), ("refused", 7), ("executed", 4),
                           ("partially-executed", 4)),
              "outgoing": (("closed", 85), ("withdrawn", 5), ("answered", 5), ("refused", 5)),
              "spontaneous-in": (("closed", 70), ("recorded", 30)),
              "spontaneous-out": (("closed", 90), ("sent", 10))}
NEW_STATUS = {"incoming": (("received", 15), ("acknowledged", 15), ("in-progress", 30),
                           ("postponed", 5), ("withheld", 3), ("conditional", 4), ("executed", 15),
                           ("partially-executed", 5), ("refused", 8)),
              "outgoing": (("draft", 15), ("sent", 25), ("acknowledged", 25), ("answered", 20),
                           ("postponed", 5), ("withheld", 3), ("refused", 7)),
              "spontaneous-in": (("recorded", 100),),
              "spontaneous-out": (("draft", 30), ("sent", 70))}
INITIAL = {"incoming": "received", "outgoing": "draft", "spontaneous-in": "recorded",
           "spontaneous-out": "draft"}
OUTCOMES = {"executed", "partially-executed", "conditional", "postponed", "refused", "withheld"}
GROUNDS = {"refused": "outside-scope", "postponed": "2.2-resources",
           "withheld": "11.3-ongoing-proceedings", "conditional": "11.1-public-policy",
           "partially-executed": "2.2-resources", "executed": None}
SUBJECT_KINDS = (("person/natural", 45), ("person/legal", 15), ("goods/goods", 20),
                 ("transport/vessel", 10), ("transport/aircraft", 4), ("transport/road_vehicle", 3),
                 ("transport/container", 3))


def partner_administrations(conn: Connection) -> dict[str, int]:
    """Administration id per country."""
    rows = conn.execute(select(Administration.country, Administration.id)).all()
    return {country: aid for country, aid in rows}


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


class RowMaker:
    """Makes the rows; one instance per generation run (it holds the RNG)."""

    def __init__(self, rng: random.Random, anchor: date, agreements: dict[str, tuple[int, str]],
                 administrations: dict[str, int]):
        self.rng = rng
        self.anchor = anchor
        self.agreements = agreements
        self.admins = administrations
        self.end = datetime.combine(anchor, time(18), tzinfo=UTC)

    # -- requests ------------------------------------------------------------------------
    def requests(self, n: int, first_id: int = 1) -> list[dict]:
        """Request rows in creation order, refs gapless per prefix and year."""
        rng = self.rng
        span = 365 * 10 * 86400
        moments = sorted(self.end - timedelta(seconds=rng.randrange(span)) for _ in range(n))
        seq: dict[tuple[str, int], int] = {}
        rows = []
        for i, created in enumerate(moments):
            key = "jp-us-1997" if rng.random() < 0.7 else "jp-mx-2017"
            agreement_id, prefix = self.agreements[key]
            country = "US" if key == "jp-us-1997" else "MX"
            year = created.year
            seq[(prefix, year)] = seq.get((prefix, year), 0) + 1
            rows.append(self._request(first_id + i, created, agreement_id, country,
                                      f"{prefix}-{year}-{seq[(prefix, year)]:04d}"))
        return rows

    def _request(self, rid: int, created: datetime, agreement_id: int, country: str, ref: str) -> dict:
        rng = self.rng
        direction = _pick(rng, DIRECTIONS)
        age = (self.end - created).days
        status = _pick(rng, OLD_STATUS[direction] if age > 120 else NEW_STATUS[direction])
        bases = rng.sample(BASES[direction], k=1 if rng.random() < 0.8 else 2)
        goods, goods_ja, goods_es, _hs = rng.choice(T.GOODS)
        port, _ = rng.choice(T.PORTS["JP"])
        other_port, _ = rng.choice(T.PORTS[country])
        firm, _ = T.company(rng)
        lang = rng.random()
        if country == "MX" and lang < 0.5:
            title = f"Verificación: {goods_es}, {other_port} (sintético)"
            obj = f"Confirmar la operación de {goods_es} de {firm} por {port}"
        elif lang < 0.25:
            title = f"{goods_ja}の輸出入確認（{port}）"
            obj = f"{firm}による{goods_ja}の輸出入の確認"
        else:
            title = f"Verification of {goods}, {port} – {other_port} (synthetic)"
            obj = f"Confirm the shipment of {goods} by {firm} through {port} to {other_port}"
        incoming = direction in ("incoming", "spontaneous-in")
        received = created.date() if incoming else None
        sent = (created + timedelta(days=rng.randint(0, 5))).date() \
            if not incoming and status not in ("draft", "withdrawn") else None
        closed = None
        if status in ("closed", "withdrawn"):
            closed = min(created + timedelta(days=rng.randint(10, 200)), self.end).date()
        oral = rng.random() < 0.05 and direction in ("incoming", "outgoing")
        due = received + timedelta(days=28) if direction == "incoming" else None
        admin = "U.S. Customs (synthetic)" if country == "US" else "Aduanas de México (sintético)"
        return {
            "id": rid, "our_ref": ref, "their_ref": f"{country}-{created.year}-{rng.randrange(10**5):05d}"
            if incoming else None, "direction": direction, "agreement_id": agreement_id,
            "partner_administration_id": self.admins.get(country), "official_id": None,
            "title": title, "bases": ",".join(bases), "primary_basis": bases[0],
            "form": "oral" if oral else "written", "oral_at": created if oral else None,
            "confirmation_due_on": (created + timedelta(days=3)).date() if oral else None,
            "confirmation_due_explanation": "synthetic: 2 business days" if oral else None,
            "confirmed_on": (created + timedelta(days=rng.randint(1, 6))).date()
            if oral and rng.random() < 0.8 else None,
            "urgency": "urgent" if rng.random() < 0.1 else "normal",
            "requesting_administration": admin if incoming else "Japan Customs (synthetic)",
            "nature_of_proceedings": rng.choice(T.NATURE), "object_and_reason": obj,
            "parties_concerned": firm if rng.random() < 0.7 else None,
            "description_and_legal_elements": rng.choice(T.LEGAL),
            "extra": json.dumps({"goods_description": goods}), "reciprocity": rng.random() < 0.05,
            "reciprocity_note": None, "status": status, "received_on": received, "sent_on": sent,
            "due_on": due, "due_explanation": "synthetic: received + 28 days" if due else None,
            "closed_on": closed, "assigned_to": rng.choice(T.OFFICERS),
            "notes": "Synthetic data (invented) for benchmarks.", "created_at": created,
            "updated_at": created,
        }

    @staticmethod
    def ref_counters(reqs: list[dict]) -> list[dict]:
        """The last sequence used per prefix and year, so new refs continue the series."""
        last: dict[tuple[str, int], int] = {}
        for r in reqs:
            prefix, year, n = r["our_ref"].rsplit("-", 2)
            last[(prefix, int(year))] = max(last.get((prefix, int(year)), 0), int(n))
        return [{"prefix": p, "year": y, "last": n} for (p, y), n in sorted(last.items())]

    def status_changes(self, reqs: list[dict], first_id: int) -> Iterator[dict]:
        """'created' for every request, plus the move to its current status."""
        n = first_id
        for r in reqs:
            first = INITIAL[r["direction"]]
            yield {"id": n, "request_id": r["id"], "from_status": None, "to_status": first,
                   "at": r["created_at"], "actor": r["assigned_to"], "reason": "created"}
            n += 1
            if r["status"] != first:
                yield {"id": n, "request_id": r["id"], "from_status": first, "to_status": r["status"],
                       "at": min(r["created_at"] + timedelta(days=7), self.end),
                       "actor": r["assigned_to"], "reason": "synthetic"}
                n += 1

    def outcomes(self, reqs: list[dict], first_id: int) -> Iterator[dict]:
        """An Art. 11 outcome for every request that rests in an outcome status."""
        n = first_id
        for r in reqs:
            if r["status"] not in OUTCOMES:
                continue
            ground = GROUNDS[r["status"]]
            yield {"id": n, "request_id": r["id"], "decision": r["status"],
                   "grounds": json.dumps([ground] if ground else []),
                   "statement": "Synthetic statement of reasons." if ground else None,
                   "conditions": "Synthetic conditions." if r["status"] == "conditional" else None,
                   "postponed_until": None, "accompanying_info": None,
                   "consultation_opened_on": r["created_at"].date() if r["status"] == "withheld" else None,
                   "consultation_outcome": None, "consultation_closed_on": None,
                   "decided_at": min(r["created_at"] + timedelta(days=7), self.end),
                   "actor": r["assigned_to"]}
            n += 1

    # -- subjects -----------------------------------------------------------------------
    def subjects(self, n: int, reqs: list[dict], first_ids: dict) -> tuple[list, list, list, list, list]:
        """Subjects with names, identifiers, observations and links to 4.2 requests."""
        from app.store.models import Observation, Subject, SubjectIdentifier, SubjectName

        rng = self.rng
        sid, nid, iid, oid = (first_ids[m] for m in (Subject, SubjectName, SubjectIdentifier, Observation))
        surveil = [r for r in reqs if r["primary_basis"].startswith("4.2")] or reqs
        subjects, names, idents, obs, links = [], [], [], [], []
        seen_links: set[tuple[int, int]] = set()
        for _ in range(n):
            kind, subkind = _pick(rng, SUBJECT_KINDS).split("/")
            display, name_rows, id_rows, details = self._subject_body(kind, subkind)
            start = self.anchor - timedelta(days=rng.randrange(3650))
            end = start + timedelta(days=rng.choice((90, 180, 365)))
            lifted = rng.random() < 0.1
            created = datetime.combine(start, time(9), tzinfo=UTC)
            subjects.append({
                "id": sid, "code": f"S-{sid:04d}", "kind": kind, "subkind": subkind,
                "display_name": display, "details": json.dumps(details, ensure_ascii=False),
                "agreement_id": None, "requested_by": rng.choice(("U.S. Customs (synthetic)",
                                                                  "Aduanas de México (sintético)")),
                "period_start": start, "period_end": end, "review_on": end - timedelta(days=14),
                "status": "lifted" if lifted else "active",
                "lifted_on": start + timedelta(days=30) if lifted else None,
                "lift_reason": "Synthetic: lifted" if lifted else None,
                "created_at": created, "updated_at": created})
            for name, script, alias in name_rows:
                names.append({"id": nid, "subject_id": sid, "name": name, "script": script,
                              "is_alias": alias})
                nid += 1
            for id_type, value, issuer in id_rows:
                idents.append({"id": iid, "subject_id": sid, "id_type": id_type, "value": value,
                               "normalized": normalize_identifier(id_type, value), "issuer": issuer})
                iid += 1
            for _ in range(rng.choice((0, 1, 1, 2))):
                port, locode = rng.choice(T.PORTS["JP"])
                at = created + timedelta(days=rng.randrange(90), hours=rng.randrange(24))
                obs.append({"id": oid, "subject_id": sid, "request_id": None, "observed_at": at,
                            "place": port, "locode": locode,
                            "event": rng.choice(("arrived", "departed", "inspected", "sighted")),
                            "source": "Synthetic source", "text": f"Synthetic observation at {port}",
                            "actor": rng.choice(T.OFFICERS), "created_at": at})
                oid += 1
            if rng.random() < 0.5:
                req = surveil[rng.randrange(len(surveil))]
                if (req["id"], sid) not in seen_links:
                    seen_links.add((req["id"], sid))
                    links.append({"request_id": req["id"], "subject_id": sid, "role": "subject"})
            sid += 1
        return subjects, names, idents, obs, links

    def _subject_body(self, kind: str, subkind: str) -> tuple[str, list, list, dict]:
        rng = self.rng
        if subkind == "natural":
            display, names, nationality = T.person_natural(rng)
            return display, names, [("passport", T.passport(rng), nationality)], {
                "nationality": nationality,
                "date_of_birth": date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)).isoformat()}
        if subkind == "legal":
            name, country = T.company(rng)
            return name, [(name, "latin" if name.isascii() else "mixed", False)], [
                ("doc", f"{country}{rng.randrange(10**9):09d}", country)], {"registration_country": country}
        if kind == "goods":
            goods, goods_ja, _es, hs = rng.choice(T.GOODS)
            return f"{goods} (synthetic lot)", [(goods, "latin", False), (goods_ja, "kanji", True)], [
                ("container", T.container(rng), None),
                ("bl", f"SYNBL{rng.randrange(10**7):07d}", None)], {"hs_code": hs, "description": goods}
        if subkind == "vessel":
            name = f"{rng.choice(T.VESSEL_WORDS)} {rng.choice(T.VESSEL_WORDS)}"
            return f"MV {name}", [(name, "latin", False)], [("imo", T.imo(rng), None)], {"flag": "PA"}
        if subkind == "aircraft":
            reg = f"JA{rng.randrange(10**3):03d}{rng.choice('ABCDEFGHJK')}"
            return f"Aircraft {reg}", [(reg, "latin", False)], [("registration", reg, "JP")], {}
        if subkind == "container":
            number = T.container(rng)
            return f"Container {number}", [(number, "latin", False)], [("container", number, None)], {}
        region, number = rng.choice(("品川", "横浜", "神戸")), rng.randrange(100, 999)
        plate = f"{region} {number} あ {rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
        return f"Truck {plate}", [(plate, "mixed", False)], [("plate", plate, "JP")], {"country": "JP"}

    # -- information items --------------------------------------------------------------
    def information(self, reqs: list[dict], n: int, first_id: int) -> Iterator[dict]:
        """Information items received or provided on some requests, with restrictions."""
        rng = self.rng
        for k in range(n):
            r = reqs[rng.randrange(len(reqs))]
            no_le = rng.random() < 0.05
            received = r["direction"] in ("outgoing", "spontaneous-in")
            yield {"id": first_id + k, "code": f"I-{first_id + k:06d}",
                   "direction": "received" if received else "provided", "request_id": r["id"],
                   "agreement_id": r["agreement_id"], "provider": "Partner (synthetic)" if received
                   else "Japan Customs (synthetic)", "recipient": None,
                   "received_on": r["created_at"].date(), "title": f"Documents for {r['our_ref']}",
                   "summary": "Synthetic information item", "confidential": rng.random() < 0.3,
                   "no_law_enforcement": no_le,
                   "no_law_enforcement_notice_on": r["created_at"].date() if no_le else None,
                   "not_as_evidence": received, "provider_markings": None,
                   "conditions_attached": None, "corrects_id": None,
                   "created_at": r["created_at"], "actor": r["assigned_to"]}
