"""Human labels for search hits: what an officer recognises, never a database id.

``label_hits(conn, keys)`` takes the (kind, entity id) pairs of one result page and returns,
for each, a :class:`HitLabel`: the label ("Statement of reasons (11.4), en, v2 — JC-US-2026-0012"),
the officer's reference for the hit (a request ref, subject or item code; for a document or an
observation the request it belongs to) and where it belongs (``parent_kind``, ``parent_key``).

What Enter opens, per kind (``ui.navigation.open_hit`` follows it):
  request, subject, information item — the record itself (an item's parent is its request);
  disclosure — the Information & disclosures page at the item it passed on (the first by code
  when it passed on several), with that disclosure selected in the item's disclosures;
  observation — its subject's surveillance, with the observation selected in the log;
  document — the record it is attached to, the most specific first: an information item's
  attachment opens the item (it also carries the item's request, but the item is where the
  officer attached it), an observation's file opens the subject with that observation
  selected, a subject's file the subject, and only a request's own letter or file the request.

Keys (``HitLabel.key``) for the kinds the index keys by database id: an observation is
``<subject code>/<observed at, UTC, to the second, with its fraction if it has one>`` and a
document ``<parent key>/<file name> v<version>``, the parent being the item, the observation, the
subject or the request it is kept with. Two observations of one subject at the same instant get
``/2``, ``/3`` in the order recorded. Neither changes when the store is exported and imported (database ids may).

Everything is read in ONE query per page (a UNION ALL with one branch per kind present, built
once per combination of kinds, ids bound at execution), every join by primary key, so labelling
costs about the same for 5 hits or 500 and the search stays fast on a large store.

The request an observation belongs to is the one it records (``add_observation`` records it
whenever the surveillance was asked by one request). It is not looked up through
request_subject: that table has no index on subject_id, and one scan of it per page took a
search returning 50 observations from 25 to 41 ms on the 100k-request bench store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    DateTime,
    FromClause,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    bindparam,
    cast,
    func,
    literal,
    null,
    select,
    type_coerce,
)
from sqlalchemy.engine import Connection

from app.i18n import QT_TRANSLATE_NOOP, Code, Day, Text
from app.services.vocabulary import DIRECTION_LABELS, words
from app.store import tables
from app.store.tables import UTCDateTime
from app.treaty.restrictions import PURPOSE_LABELS

# Core on ``app.store.tables``, never the ORM (CLI whole-process budget, docs/benchmarks.md).
Authority, Disclosure, DisclosureItem = tables.authority, tables.disclosure, tables.disclosure_item
Document, InformationItem, Observation = tables.document, tables.information_item, tables.observation
Request, Subject = tables.request, tables.subject

#: Longest stretch of free text (a title, a summary) a label carries; the rest is in the record.
TEXT_CHARS = 70
SEP = " — "

#: Short names of the letters the desk prints, with the article each one serves.
LETTER_LABELS = {
    "request": QT_TRANSLATE_NOOP("DocumentKind", "Request letter (7.1)"),
    "oral_confirmation": QT_TRANSLATE_NOOP("DocumentKind", "Written confirmation of an oral request (7.1)"),
    "statement_of_reasons": QT_TRANSLATE_NOOP("DocumentKind", "Statement of reasons (11.4)"),
    "consultation": QT_TRANSLATE_NOOP("DocumentKind", "Consultation letter (11.3)"),
    "approval_request": QT_TRANSLATE_NOOP("DocumentKind", "Request for written approval (9.1)"),
    "disclosure_notice": QT_TRANSLATE_NOOP("DocumentKind", "Advance notice of disclosure (9.4)"),
    "evidence_cover": QT_TRANSLATE_NOOP("DocumentKind", "Cover note for an evidence request (10.2)"),
    "acknowledgement": QT_TRANSLATE_NOOP("DocumentKind", "Acknowledgement of receipt"),
    "spontaneous_information": QT_TRANSLATE_NOOP("DocumentKind", "Spontaneous information letter (3.1, 4.3)"),
}
#: Documents that are not letters: files the officer attached or received.
FILE_LABELS = {"attachment": QT_TRANSLATE_NOOP("DocumentKind", "Attachment"),
               "approval": QT_TRANSLATE_NOOP("DocumentKind", "Written approval (9.1)")}
SUBJECT_KIND_LABELS = {"person": QT_TRANSLATE_NOOP("SubjectKind", "person"),
                       "goods": QT_TRANSLATE_NOOP("SubjectKind", "goods"),
                       "transport": QT_TRANSLATE_NOOP("SubjectKind", "means of transport")}

# The words of a label (``app.i18n``: English here, the window's language in the window).
_SURVEILLANCE_STATE = QT_TRANSLATE_NOOP("SearchLabel", "surveillance {status}")
_SURVEILLANCE_OF = QT_TRANSLATE_NOOP("SearchLabel", "surveillance of {name} ({code})")
_ITEM = QT_TRANSLATE_NOOP("SearchLabel", "item {item}")
_ITEM_AND_MORE = QT_TRANSLATE_NOOP("SearchLabel", "item {item} and {more} more")
_DISCLOSURE_TO = QT_TRANSLATE_NOOP("SearchLabel", "Disclosure to {authority}")
_OVERRIDE = QT_TRANSLATE_NOOP("SearchLabel", "{what} (OVERRIDE)")
_PAREN = QT_TRANSLATE_NOOP("SearchLabel", "{text} ({inner})")
_FILE = QT_TRANSLATE_NOOP("SearchLabel", "{what} “{file}”")


@dataclass(frozen=True)
class HitLabel:
    """How one hit reads: ``label`` (full), ``reference`` (short) and ``parent_key`` (to open).

    ``key`` is the officer-facing key of a kind the index keys by database id (observation,
    document); None for the others, whose index key already is their ref or code."""

    label: str
    reference: str
    parent_key: str | None
    parent_kind: str | None = None
    observation_id: int | None = None
    key: str | None = None


def short(text: str | None, limit: int = TEXT_CHARS) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis."""
    flat = re.sub(r"\s+", " ", text or "").strip()
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


def _letter_kinds() -> dict:
    # The letters' catalogue (app.documents: every kind module and its wording) is loaded when a
    # document hit is labelled, not by every search: CLI whole-process budget, docs/benchmarks.md.
    from app.documents.registry import LETTER_KINDS

    return LETTER_KINDS


def document_kind_label(kind: str | None) -> str:
    """What a document is: a letter kind with its article, an attachment, a written approval."""
    code = (kind or "").removeprefix("letter.")
    if code in LETTER_LABELS:
        return LETTER_LABELS[code]
    if code in _letter_kinds():  # a letter kind added later without a short label
        return _letter_kinds()[code].title("en")
    if code in FILE_LABELS:
        return FILE_LABELS[code]
    return words(code).capitalize() or "Document"


def _join(*parts: object, sep: str = ", ") -> str:
    """The parts that are given, joined by ``sep``: a :class:`Text` whose English is exactly the
    joined string, so the window words each part (a marked phrase, a status) in its language and
    joins a list (``sep`` ", ") with its language's separator."""
    given = [p for p in parts if p]
    if sep == ", ":  # a list: "、" between its parts in Japanese (app.i18n.LIST_SEPARATOR)
        return Text("SearchLabel", "{parts}", {"parts": tuple(given)})
    source = sep.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(given)))
    return Text("SearchLabel", source, {f"p{i}": p for i, p in enumerate(given)})


def _paren(text: str, inner: str | None) -> str:
    """``text (inner)``, or ``text`` alone when there is nothing to add."""
    return _PAREN.format(text=text, inner=inner) if inner else text


def _direction(code: str | None) -> Code:
    return Code(code or "", "direction", DIRECTION_LABELS.get(code or "", words(code)))


# -- the query ----------------------------------------------------------------------------------
# Every branch yields the same columns: kind, eid, at (a time), num, num2 and num3 (numbers),
# t1..t8 (text).
_TEXT_COLUMNS = 8
#: A column, an ORM attribute or an expression: anything a select can name.
_Column = SQLColumnExpression[Any]


def _row(kind: str, eid: _Column, at: _Column | None = None,
         num: _Column | None = None, *texts: _Column,
         num2: _Column | None = None,
         num3: _Column | None = None) -> list[ColumnElement]:
    padded = [*texts, *([None] * (_TEXT_COLUMNS - len(texts)))]
    return [
        literal(kind, String).label("kind"), eid.label("eid"),
        # A typed NULL (CAST): PostgreSQL gives a bare NULL in a UNION's first branch the type
        # text, which a later branch's timestamp cannot join.
        (at if at is not None else type_coerce(cast(null(), DateTime), UTCDateTime())).label("at"),
        (num if num is not None else cast(null(), Integer)).label("num"),
        (num2 if num2 is not None else cast(null(), Integer)).label("num2"),
        (num3 if num3 is not None else cast(null(), Integer)).label("num3"),
        *(_as_text(t).label(f"t{i + 1}")
          for i, t in enumerate(padded)),
    ]


def _as_text(column: _Column | None) -> ColumnElement:
    """A text column of the UNION: text as it is, a date or number as text (SQLite keeps dates
    as text; PostgreSQL joins no date with text in one UNION column), NULL as typed NULL."""
    if column is None:
        return cast(null(), String)
    if isinstance(getattr(column, "type", None), String):
        return column  # type: ignore[return-value]
    return cast(column, String)


def _ids(kind: str) -> BindParameter:
    """The page's entity ids of one kind, bound at execution (the statement itself is cached)."""
    return bindparam(f"{kind}_ids", expanding=True)


def _same_second_before(obs: FromClause) -> ColumnElement:
    """How many observations of the same subject, at the same time, were recorded before this
    one (0 for nearly all): tells apart keys that would otherwise read the same."""
    o2 = Observation.alias()
    return (select(func.count()).select_from(o2)
            .where(o2.c.subject_id == obs.c.subject_id, o2.c.observed_at == obs.c.observed_at,
                   o2.c.id < obs.c.id)
            .scalar_subquery())


def _first_item(d: FromClause, want: str) -> ColumnElement:
    """The code (``want="code"``) or request ref (``"ref"``) of the first item, by code, that a
    disclosure passed on; read by primary keys."""
    di, m, r = DisclosureItem.alias(), InformationItem.alias(), Request.alias()
    stmt = select(m.c.code if want == "code" else r.c.our_ref).select_from(di).join(m, m.c.id == di.c.item_id)
    if want != "code":
        stmt = stmt.outerjoin(r, r.c.id == m.c.request_id)
    return stmt.where(di.c.disclosure_id == d.c.id).order_by(m.c.code).limit(1).scalar_subquery()


@lru_cache(maxsize=64)
def _statement(kinds: frozenset[str]) -> Select | CompoundSelect:
    """The labelling query for a page holding these kinds (built once per combination)."""
    out: list[Select] = []
    # Tables and their aliases alike (``FromClause``): each kind reads its own.
    s: FromClause
    r: FromClause
    m: FromClause
    if "request" in kinds:
        r = Request
        out.append(select(*_row("request", r.c.id, None, None, r.c.our_ref, r.c.title, r.c.direction,
                                r.c.status)).where(r.c.id.in_(_ids("request"))))
    if "subject" in kinds:
        s = Subject
        out.append(select(*_row("subject", s.c.id, None, None, s.c.code, s.c.display_name, s.c.kind,
                                s.c.status)).where(s.c.id.in_(_ids("subject"))))
    if "observation" in kinds:
        o, s, r = Observation, Subject.alias(), Request.alias()
        out.append(select(*_row("observation", o.c.id, o.c.observed_at, _same_second_before(o), o.c.event,
                                func.coalesce(o.c.place, o.c.locode), o.c.text, s.c.display_name, s.c.code,
                                r.c.our_ref))
                   .join(s, s.c.id == o.c.subject_id).outerjoin(r, r.c.id == o.c.request_id)
                   .where(o.c.id.in_(_ids("observation"))))
    if "information" in kinds:
        m, r = InformationItem, Request.alias()
        out.append(select(*_row("information", m.c.id, None, None, m.c.code, m.c.title, m.c.direction,
                                r.c.our_ref))
                   .outerjoin(r, r.c.id == m.c.request_id).where(m.c.id.in_(_ids("information"))))
    if "document" in kinds:
        d, r, m, s = Document, Request.alias(), InformationItem.alias(), Subject.alias()
        mr, obs, orq = Request.alias(), Observation.alias(), Request.alias()
        out.append(select(*_row("document", d.c.id, obs.c.observed_at, d.c.version, d.c.kind, d.c.language,
                                d.c.filename, func.coalesce(r.c.our_ref, mr.c.our_ref, orq.c.our_ref),
                                m.c.code, s.c.display_name, s.c.code, r.c.our_ref, num2=d.c.observation_id,
                                num3=_same_second_before(obs)))
                   .outerjoin(r, r.c.id == d.c.request_id)
                   .outerjoin(m, m.c.id == d.c.item_id).outerjoin(mr, mr.c.id == m.c.request_id)
                   .outerjoin(obs, obs.c.id == d.c.observation_id).outerjoin(orq, orq.c.id == obs.c.request_id)
                   .outerjoin(s, s.c.id == d.c.subject_id)
                   .where(d.c.id.in_(_ids("document"))))
    if "disclosure" in kinds:
        x, a = Disclosure, Authority
        count = (select(func.count()).select_from(DisclosureItem)
                 .where(DisclosureItem.c.disclosure_id == x.c.id).scalar_subquery())
        out.append(select(*_row("disclosure", x.c.id, None, count, a.c.name, x.c.purpose, x.c.decision,
                                cast(x.c.disclosed_on, String),
                                _first_item(x, "code"), _first_item(x, "ref")))
                   .outerjoin(a, a.c.id == x.c.authority_id).where(x.c.id.in_(_ids("disclosure"))))
    return out[0] if len(out) == 1 else out[0].union_all(*out[1:])


def label_hits(conn: Connection, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], HitLabel]:
    """Labels for (kind, entity id) pairs, read in one query; missing entities are left out."""
    ids: dict[str, list[int]] = {}
    for kind, eid in keys:
        if kind in _MAKERS:
            ids.setdefault(kind, []).append(int(eid))
    if not ids:
        return {}
    params = {f"{kind}_ids": values for kind, values in ids.items()}
    out: dict[tuple[str, int], HitLabel] = {}
    rows = conn.execute(_statement(frozenset(ids)), params)
    for kind, eid, *fields in rows:
        out[(kind, eid)] = _MAKERS[kind](eid, *fields)
    return out


# -- the wording, per kind ----------------------------------------------------------------------
def _request(_eid, _at, _num, _num2, _num3, ref, title, direction, status, *_rest) -> HitLabel:
    state = _join(_direction(direction) if direction else None,
                  Code(status, "status", words(status)) if status else None)
    label = _join(_paren(short(title), state), ref, sep=SEP)
    return HitLabel(label, ref, None)


def _subject(_eid, _at, _num, _num2, _num3, code, name, kind, status, *_rest) -> HitLabel:
    what = _join(SUBJECT_KIND_LABELS.get(kind, words(kind)),
                 _SURVEILLANCE_STATE.format(status=Code(status or "", "subject_status", words(status))))
    label = _join(_paren(short(name), what), code, sep=SEP)
    return HitLabel(label, code, None)


def _surveillance(name: str | None, code: str | None, ref: str | None) -> str:
    return _join(_SURVEILLANCE_OF.format(name=short(name, 50), code=code) if code else None, ref)


def observation_key(code: str | None, at: datetime | None, earlier: int | None) -> str:
    """``S-0002/2026-11-18T06:45:00Z`` (``/2`` for a second entry at the same instant).

    A time stored with a fraction of a second keeps it (``06:45:00.100000Z``): ``earlier``
    counts entries at exactly this instant, so a key cut to the second would give two entries
    of one second the same key."""
    stamp = "?"
    if at is not None:
        stamp = at.strftime("%Y-%m-%dT%H:%M:%S" + (".%f" if at.microsecond else "") + "Z")
    return f"{code or '?'}/{stamp}" + (f"/{earlier + 1}" if earlier else "")


def _observation(eid: int, at: datetime | None, earlier, _num2, _num3, event, place, text, name,
                 code, ref, *_rest) -> HitLabel:
    # The date alone (times are in the log): the label must leave room for the surveillance.
    when = Day.of(at.date()) if at is not None else None
    what = _join(Code(event or "", "event", words(event)) if event else None, short(text, 32), sep=": ")
    label = _join(_join(when, short(place, 40), what), _surveillance(name, code, ref), sep=SEP)
    return HitLabel(label, ref or code or "", code, "subject", eid,
                    observation_key(code, at, earlier))


def _information(_eid, _at, _num, _num2, _num3, code, title, direction, ref, *_rest) -> HitLabel:
    what = _paren(short(title), Code(direction, "item_direction", DIRECTION_LABELS.get(
        direction, words(direction))) if direction else None)
    return HitLabel(_join(what, _join(code, ref), sep=SEP), code, ref, "request" if ref else None)


def _document(_eid, obs_at, version, observation_id, obs_earlier, kind, language, filename, ref,
              item, name, code, own_ref) -> HitLabel:
    what = document_kind_label(kind)
    if (kind or "").removeprefix("letter.") not in _letter_kinds() and filename:
        what = _FILE.format(what=what, file=short(filename, 50))  # known by its file name
    head = _join(what, language, f"v{version}" if version else None)
    if item:
        belongs = _join(_ITEM.format(item=item), ref)
    elif code:
        belongs = _surveillance(name, code, ref)
    else:
        belongs = ref or ""
    # Opened where it was attached, the most specific record first (see the module docstring):
    # an item's attachment also carries the item's request, which used to win.
    if item:
        parent: tuple = ("information", item, None)
    elif code:
        parent = ("subject", code, observation_id)
    elif own_ref:
        parent = ("request", own_ref, None)
    else:
        parent = (None, None, None)
    kind_, key, obs = parent
    # Kept with: the item, the observation (its own key), the subject, the request.
    holder = observation_key(code, obs_at, obs_earlier) if observation_id is not None else key
    own_key = _join(holder, f"{filename} v{version}", sep="/")
    return HitLabel(_join(head, belongs, sep=SEP), ref or code or item or "", key, kind_, obs,
                    own_key)


def _disclosure(_eid, _at, items, _num2, _num3, authority, purpose, decision, day, item,
                ref, *_rest) -> HitLabel:
    when = Day.fromisoformat(day) if day else None
    what = _join(_DISCLOSURE_TO.format(authority=short(authority, 60)),
                 PURPOSE_LABELS.get(purpose, words(purpose)), when)
    if decision == "override":  # recorded against the rules: it must stand out here as well
        what = _OVERRIDE.format(what=what)
    if item:
        more = (_ITEM_AND_MORE.format(item=item, more=items - 1) if items and items > 1
                else _ITEM.format(item=item))
    belongs = _join(more if item else None, ref)
    # The reference is the disclosure's own key (from the index): see app.services.search.queries.
    return HitLabel(_join(what, belongs, sep=SEP), "", item, "information" if item else None)


_MAKERS: dict[str, Callable[..., HitLabel]] = {"request": _request, "subject": _subject, "observation": _observation,
           "information": _information, "document": _document, "disclosure": _disclosure}
