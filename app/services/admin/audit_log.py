"""Reading the audit log: filtered pages straight from SQL, what each entry changed, chain
verification.

The log itself is written only by ``Desk.unit_of_work`` (``app.security.audit.append``); this
module never changes it.

What an entry keeps: the values a write set (``detail``), and for a few writes the value before
as well (a status move's ``from``/``to``, an assignment's ``previous``, a period's ``from``/``to``).
An edit keeps only the new values. ``what_changed`` gives each entry as ``field: old -> new``
lines: the old value comes from the entry itself where it has one, else from the newest earlier
entry of the same record that set that field (every write of a record goes through the log, so
that is the value it had). When no earlier entry of the record set it, the field was empty if the
log holds the record's creation (``Change.before_known``); otherwise (a record imported with its
history elsewhere, a setting never set here) the old value is not in the log, and the line says
so instead of guessing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from app.i18n import QT_TRANSLATE_NOOP
from app.security import audit
from app.services.context import Desk
from app.services.validation import ServiceError, clean_text, parse_date
from app.store import tables
from app.store.models import AuditEntry

MAX_PAGE = 1000


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; empty fields do not filter.

    ``since``/``until`` are inclusive calendar dates (UTC); ``action`` matches a prefix
    ("disclosure." matches every disclosure action); ``entity`` is ``type`` or ``type:id``."""

    since: date | None = None
    until: date | None = None
    actor: str | None = None
    action: str | None = None
    entity: str | None = None

    @classmethod
    def parse(cls, *, since: object = None, until: object = None, actor: object = None,
              action: object = None, entity: object = None) -> AuditFilter:
        """Build a filter from user input, one clear error per bad field."""
        s, u = parse_date("since", since), parse_date("until", until)
        if s and u and u < s:
            raise ServiceError("until", QT_TRANSLATE_NOOP(
                    "Refusal", "{u} is before since {s}").format(
                        u=u.isoformat(), s=s.isoformat()))
        return cls(s, u, clean_text("actor", actor), clean_text("action", action, max_len=60),
                   clean_text("entity", entity, max_len=110))


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as shown to the officer."""

    id: int
    at: datetime
    actor: str
    action: str
    entity_type: str
    entity_id: str | None
    detail: dict

    @property
    def pretty_detail(self) -> str:
        """The change as indented JSON."""
        return json.dumps(self.detail, ensure_ascii=False, indent=2, sort_keys=True)

    @property
    def is_override(self) -> bool:
        """A disclosure recorded against the rules."""
        return self.action == "disclosure.override"

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {"id": self.id, "at": self.at.isoformat(), "actor": self.actor,
                "action": self.action, "entity_type": self.entity_type,
                "entity_id": self.entity_id, "detail": self.detail}


#: Keys of an entry's detail that say the value before the write, for the field they name:
#: action prefix -> (field, key of the value before, key of the value after).
_BEFORE_AFTER: tuple[tuple[str, str, str, str], ...] = (
    ("request.", "status", "from", "to"),
    ("request.assign", "assigned_to", "previous", "assigned_to"),
    ("surveillance.extend", "period_end", "from", "to"),
)
#: Actions that create their record: there is no value before them, and an edit's earlier
#: values are looked for no further back than one of these.
CREATING = frozenset({
    "request.register_incoming", "request.draft_outgoing", "request.record_spontaneous",
    "surveillance.add_subject", "information.add", "information.correct", "disclosure.record",
    "disclosure.override", "administration.add", "official.add", "authority.add",
    "surveillance.observe", "document.generate", "document.add", "store.init",
})


def is_edit(action: str) -> bool:
    """True for an action that changes fields a record already had (``request.edit``,
    ``surveillance.edit_subject``, ``setting.set``, ``administration.letterhead``, and any
    ``*.edit*``, ``*.set*`` or ``*.update*`` added later): its lines say ``before -> after``.
    Any other action records the facts of an event (a move's grounds, a disclosure's
    recipient): its lines say the value only."""
    verb = action.rpartition(".")[2]
    return verb.startswith(("edit", "set", "update")) or action == "administration.letterhead"


@dataclass(frozen=True)
class Change:
    """One ``field: before -> after`` line of an entry. ``before_known`` is False when the log
    does not hold the value before (never guessed); ``before`` is None for "was empty"."""

    field: str
    before: object
    after: object
    before_known: bool = True
    #: A fact this entry recorded (a new record's field, a move's grounds): no value before
    #: applies, and it is shown as ``field: after``.
    fact: bool = False


def _flat(detail: dict, prefix: str = "") -> dict[str, object]:
    """Nested mappings as dotted fields (``profile.name``); lists and values kept."""
    out: dict[str, object] = {}
    for key, value in detail.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            out.update(_flat(value, name + "."))
        else:
            out[name] = value
    return out


def _empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def what_changed(desk: Desk, row: AuditRow) -> list[Change]:
    """The entry's change as ``field: before -> after`` lines (see the module's docstring);
    fields whose value did not change are left out. A setting's entry names the setting's
    fields (``profile.name``); a status move names ``status``."""
    detail = dict(row.detail)
    if row.action == "setting.set" and "value" in detail:
        value = detail.pop("value")
        detail = {str(row.entity_id): value} if not isinstance(value, dict) else {
            f"{row.entity_id}.{k}": v for k, v in _flat(value).items()}
    else:
        detail = _flat(detail)
    changes: list[Change] = []
    for prefix, field, before_key, after_key in _BEFORE_AFTER:
        if row.action.startswith(prefix) and before_key in detail and after_key in detail:
            before, after = detail.pop(before_key), detail.pop(after_key)
            if before != after:
                changes.append(Change(field, before, after))
            break
    edit = is_edit(row.action)
    earlier = _earlier_values(desk, row, set(detail)) if edit else {}
    if row.action == "setting.set" and not earlier.get(_CREATED):
        # A setting never set before had its default (``settings.DEFAULTS``): that is its
        # value before, for the fields no earlier entry set.
        from app.services.admin.settings import DEFAULTS

        if row.entity_id in DEFAULTS:
            default = DEFAULTS[str(row.entity_id)]
            flat = ({str(row.entity_id): default} if not isinstance(default, dict) else
                    {f"{row.entity_id}.{k}": v for k, v in _flat(default).items()})
            earlier = {**{k: flat.get(k) for k in detail}, **earlier, _CREATED: True}
    for field, after in detail.items():
        if not edit:
            if not _empty(after):
                changes.append(Change(field, None, after, fact=True))
            continue
        if field in earlier:
            before = earlier[field]
            if before != after and not (_empty(before) and _empty(after)):  # None vs "": same
                changes.append(Change(field, before, after))
        elif earlier.get(_CREATED):
            if not _empty(after):
                changes.append(Change(field, None, after))
        else:
            changes.append(Change(field, None, after, before_known=False))
    return sorted(changes, key=lambda c: (_RANK.get(c.field, len(_RANK)), c.field))


#: The order the lines of an entry are read in: what the officer looks for first, the Art. 7.2
#: elements in their letters' order; any other field after these, by name.
_RANK = {name: n for n, name in enumerate((
    "status", "title", "their_ref", "direction", "agreement", "bases", "requesting_administration",
    "nature_of_proceedings", "object_and_reason", "parties_concerned",
    "description_and_legal_elements", "grounds", "statement", "conditions", "postponed_until",
    "reason", "assigned_to"))}


_CREATED = "\0created"  # marks, among the earlier values, that the record's creation is logged


def _earlier_values(desk: Desk, row: AuditRow, fields: set[str]) -> dict[str, object]:
    """For each of ``fields``: the value the newest earlier entry of the same record set (and
    ``_CREATED`` when the record's creation is in the log). One indexed read."""
    if row.entity_id is None or not fields:
        return {}
    t = tables.audit_entry
    stmt = (select(t.c.action, t.c.detail)
            .where(t.c.entity_type == row.entity_type, t.c.entity_id == row.entity_id,
                   t.c.id < row.id)
            .order_by(t.c.id.desc()))
    found: dict[str, object] = {}
    with desk.query() as conn:
        for action, text in conn.execute(stmt):
            try:
                before = json.loads(text or "{}")
            except ValueError:
                continue
            if action == "setting.set" and isinstance(before, dict) and "value" in before:
                value = before["value"]
                before = ({str(row.entity_id): value} if not isinstance(value, dict) else
                          {f"{row.entity_id}.{k}": v for k, v in _flat(value).items()})
                flat = before
            else:
                flat = _flat(before) if isinstance(before, dict) else {}
            for prefix, field, _before_key, after_key in _BEFORE_AFTER:
                if action.startswith(prefix) and after_key in flat:
                    flat = {**flat, field: flat[after_key]}
                    break
            for field in fields - found.keys():
                if field in flat:
                    found[field] = flat[field]
            if action in CREATING:
                found[_CREATED] = True
                break
            if fields <= found.keys():
                break
    return found


def _apply(stmt: Select, f: AuditFilter) -> Select:
    if f.since:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(f.since, time.min, UTC))
    if f.until:
        stmt = stmt.where(AuditEntry.at < datetime.combine(f.until + timedelta(days=1), time.min,
                                                           UTC))
    if f.actor:
        stmt = stmt.where(AuditEntry.actor == f.actor)
    if f.action:
        stmt = stmt.where(AuditEntry.action.startswith(f.action, autoescape=True))
    if f.entity:
        etype, _, eid = f.entity.partition(":")
        stmt = stmt.where(AuditEntry.entity_type == etype.strip())
        if eid.strip():
            stmt = stmt.where(AuditEntry.entity_id == eid.strip())
    return stmt


def _row(e: AuditEntry) -> AuditRow:
    try:
        detail = json.loads(e.detail or "{}")
    except ValueError:
        detail = {"unreadable": e.detail}
    return AuditRow(e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, detail)


def count_entries(desk: Desk, f: AuditFilter | None = None) -> int:
    """How many entries match."""
    with desk.read() as s:
        return s.execute(_apply(select(func.count(AuditEntry.id)), f or AuditFilter())).scalar() or 0


def audit_page(desk: Desk, f: AuditFilter | None = None, *, offset: int = 0,
               limit: int = 200, newest_first: bool = True) -> list[AuditRow]:
    """One page of matching entries (the database does the paging)."""
    if not 0 < limit <= MAX_PAGE:
        raise ServiceError("limit", QT_TRANSLATE_NOOP(
                "Refusal", "must be between 1 and {MAX_PAGE}").format(
                    MAX_PAGE=MAX_PAGE))
    if offset < 0:
        raise ServiceError("offset", QT_TRANSLATE_NOOP("Refusal", "must not be negative"))
    order = AuditEntry.id.desc() if newest_first else AuditEntry.id
    with desk.read() as s:
        stmt = _apply(select(AuditEntry), f or AuditFilter()).order_by(order).offset(offset).limit(limit)
        return [_row(e) for e in s.execute(stmt).scalars()]


def distinct_values(desk: Desk, column: str) -> list[str]:
    """Known actors, actions or entity types, for filter drop-downs."""
    col = {"actor": AuditEntry.actor, "action": AuditEntry.action,
           "entity_type": AuditEntry.entity_type}.get(column)
    if col is None:
        raise ServiceError("column", QT_TRANSLATE_NOOP(
                "Refusal", "{column} is not one of: actor, action, entity_type").format(
                    column=repr(column)))
    with desk.read() as s:
        return list(s.execute(select(col).distinct().order_by(col)).scalars())


def verify_audit_chain(desk: Desk) -> list[str]:
    """Walk the hash chain; one line per problem, empty when intact. Safe off the UI thread
    as long as the caller uses its own Desk read session (this call opens one)."""
    with desk.read() as s:
        return audit.verify_chain(s)
