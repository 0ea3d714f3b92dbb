"""Request sub-commands: ``request new|edit`` from JSON, one per lifecycle step, and ``due``.

Every command is one call of the services the window's editor, workflow bar and outcome dialog
call (``app.services.requests.commands``, ``app.services.due``); the rules stay there and in
``app.treaty``. A refusal is one line naming the field (and the article), exit 2, and nothing is
written: each service call is one transaction, and what a command can check before writing
(the JSON's keys, its subjects, the grounds) it checks first.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from app.cli.common import EXIT_OK, echo, opened, to_json
from app.cli.helptext import JSON_HELP

#: Keys of the JSON a request is written as (``show REF --json``) that say what the officer
#: entered; the desk sets the others (``DERIVED_KEYS``) itself, so they are read and ignored,
#: which lets ``show REF --json`` output be fed back to ``request new``.
INPUT_KEYS = frozenset({
    "direction", "agreement_key", "their_ref", "title", "bases", "form", "oral_at", "urgency",
    "elements", "text_versions", "extra", "reciprocity", "reciprocity_note", "received_on",
    "due_on", "confirmed_on", "assigned_to", "notes", "partner", "official", "subjects",
})
#: Free texts a letter prints: a plain string, or {"<language>": "text"}.
TEXT_KEYS = frozenset({"title", "reciprocity_note", "notes"})
ELEMENT_KEYS = ("requesting_administration", "nature_of_proceedings", "object_and_reason",
                "parties_concerned", "description_and_legal_elements")
ELEMENT_ARTICLES = dict(zip(ELEMENT_KEYS, ("7.2(a)", "7.2(b)", "7.2(c)", "7.2(d)", "7.2(e)"),
                            strict=True))
# Plain request fields the services take as they are.
_PLAIN = ("their_ref", "bases", "form", "oral_at", "urgency", "extra", "reciprocity",
          "received_on", "due_on", "confirmed_on", "assigned_to")


def shown_keys() -> frozenset[str]:
    """Every key ``show REF --json`` prints (a ``RequestView`` without its database id)."""
    from app.services.requests.views import RequestView

    return frozenset(f.name for f in fields(RequestView)) - {"id"}


@dataclass
class RequestInput:
    """What a request's JSON asks for, as the services take it."""

    direction: str | None = None
    agreement_key: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    subjects: tuple[str, ...] = ()


def request_input(doc: Any, conn: Any) -> RequestInput:
    """The one mapping from a request's JSON (the keys ``show REF --json`` prints) to the
    services' arguments: ``direction`` and ``agreement_key`` pick the service, ``elements`` are
    the five Art. 7.2 fields, texts are plain strings (the default language) or per language,
    ``partner`` and ``official`` are names (looked up through ``conn``, read-only Core),
    ``subjects`` are codes to link. Keys the desk computes are ignored; any other key is refused
    naming it."""
    from sqlalchemy import select

    from app.services.texts import request_fields_from_json
    from app.services.validation import NotFound, ServiceError
    from app.store import tables

    if not isinstance(doc, dict):
        raise ServiceError("request", "the JSON must be an object of the keys `show REF --json` prints")
    known = shown_keys()
    for key in doc:
        if key not in known:
            raise ServiceError(str(key), "is not a key of a request (the keys are those "
                               "`show REF --json` prints)")
    out = RequestInput(direction=doc.get("direction"), agreement_key=doc.get("agreement_key"))
    f = out.fields
    for key in _PLAIN:
        if key in doc:
            f[key] = doc[key]
    for key in TEXT_KEYS & doc.keys():
        f[key] = doc[key]
    # The five Art. 7.2 texts: a plain string is the desk's default language, {"ja": ...} gives
    # versions by language, and the other-language versions `show --json` prints under
    # `text_versions` join them (one mapping: app.services.texts; the services check each).
    if "elements" in doc or "text_versions" in doc:
        f.update(request_fields_from_json(
            {k: doc[k] for k in ("elements", "text_versions") if k in doc}))
    a, o = tables.administration, tables.designated_official
    if "partner" in doc:
        name = doc["partner"]
        if name is None:
            f["partner_administration_id"] = None
        else:
            ids = list(conn.execute(select(a.c.id).where(a.c.name == name)).scalars())
            if not ids:
                raise NotFound("partner", f"no administration named {name!r}")
            f["partner_administration_id"] = ids[0]
    if "official" in doc:
        name = doc["official"]
        if name is None:
            f["official_id"] = None
        else:
            stmt = select(o.c.id).where(o.c.name == name).order_by(o.c.active.desc(), o.c.id)
            if f.get("partner_administration_id") is not None:
                stmt = stmt.where(o.c.administration_id == f["partner_administration_id"])
            ids = list(conn.execute(stmt).scalars())
            if not ids:
                raise NotFound("official", f"no designated official named {name!r}", "7.3")
            f["official_id"] = ids[0]
    if "subjects" in doc:
        codes = doc["subjects"]
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise ServiceError("subjects", "must be a list of subject codes, e.g. [\"S-0001\"]", "4.2")
        s = tables.subject
        found = set(conn.execute(select(s.c.code).where(s.c.code.in_(codes))).scalars())
        for code in codes:
            if code not in found:
                raise NotFound("subjects", f"no subject {code!r}", "4.2")
        out.subjects = tuple(dict.fromkeys(codes))
    return out


def read_json(path: str) -> Any:
    """The JSON document in ``path`` (``-``: standard input), or one line naming the file
    (``app.cli.common.read_json_input``: a regular file of bounded size, no key twice)."""
    from app.cli.common import read_json_input

    return read_json_input(path)


# -- the parser -----------------------------------------------------------------------------------

#: Command path -> example lines, shown at the end of its --help.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "request new": ("request new incoming.json        # prints the new reference",
                    "request new - < incoming.json"),
    "request edit": ("request edit JC-US-2026-0012 changes.json",),
    "request send": ("request send JC-US-2026-0010 --on 2026-12-01",),
    "request acknowledge": ("request acknowledge JC-US-2026-0012",),
    "request assign": ("request assign JC-US-2026-0012 --to \"K. Sato\"",),
    "request start": ("request start JC-US-2026-0012",),
    "request execute": ("request execute JC-US-2026-0012",
                        "request execute JC-US-2026-0012 --partial --statement \"records of 2023 only\""),
    "request answer": ("request answer JC-US-2026-0011",),
    "request postpone": ("request postpone JC-US-2026-0012 --ground 11.1-ongoing-proceedings "
                         "--statement \"an investigation is under way\" --until 2027-03-01",),
    "request refuse": ("request refuse JC-US-2026-0012 --ground 11.1-substantial-interest "
                       "--statement \"the request would harm an essential interest\"",),
    "request condition": ("request condition JC-US-2026-0012 --conditions \"for customs purposes only\"",),
    "request withhold": ("request withhold JC-US-2026-0012 --statement \"proceedings are under way\"",),
    "request consult": ("request consult JC-US-2026-0012 --outcome \"agreed to proceed\" --then in-progress",),
    "request close": ("request close JC-US-2026-0012",),
    "request withdraw": ("request withdraw JC-US-2026-0012",),
    "request confirm-oral": ("request confirm-oral JC-US-2026-0011 --on 2026-12-02",),
    "due": ("due", "due --as-of 2027-01-10 --json"),
}

#: Lifecycle step -> (target status, what it does).
STEPS: dict[str, tuple[str, str]] = {
    "acknowledge": ("acknowledged", "record that receipt was acknowledged (incoming), or that the "
                    "partner acknowledged ours (outgoing)"),
    "start": ("in-progress", "start work on an incoming request"),
    "execute": ("executed", "mark an incoming request executed (--partial: executed in part)"),
    "answer": ("answered", "record the partner's answer to an outgoing request"),
    "postpone": ("postponed", "postpone assistance: grounds and a statement of reasons (Art. 11.4)"),
    "refuse": ("refused", "refuse assistance: grounds and a statement of reasons (Art. 11.4)"),
    "condition": ("conditional", "give assistance subject to conditions (Art. 11.1)"),
    "withhold": ("withheld", "withhold assistance while proceedings are under way and consult "
                 "the requesting administration (Art. 11.3)"),
    "close": ("closed", "close the file: work on the request ends"),
    "withdraw": ("withdrawn", "withdraw the request: work on it ends"),
}

#: Statuses ``consult --then`` may lead to (leaving withholding, Art. 11.3).
CONSULT_TARGETS = ("in-progress", "conditional", "refused", "answered", "withdrawn")


def _example(p: argparse.ArgumentParser, path: str) -> None:
    lines = EXAMPLES[path]
    p.epilog = "example" + ("s" if len(lines) > 1 else "") + ":\n" + "\n".join(
        f"  liaison-desk {e}" for e in lines)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``request`` (new, edit and each lifecycle step) and ``due``."""
    p = sub.add_parser("request", parents=[common],
                       help="register or edit a request from JSON, or move it along its lifecycle")
    steps = p.add_subparsers(dest="request_command", metavar="ACTION", required=True)

    def step(name: str, help_: str) -> argparse.ArgumentParser:
        q = steps.add_parser(name, parents=[common], help=help_)
        _example(q, f"request {name}")
        q.set_defaults(func=cmd_step, step=name)
        return q

    q = steps.add_parser("new", parents=[common], help="register an incoming request, or start an "
                         "outgoing one or spontaneous information, from JSON; prints its reference")
    q.add_argument("file", metavar="FILE.json", help="the request as `show REF --json` prints it "
                   "(direction, agreement_key, title, bases, elements, ...); - reads standard input")
    q.description = textwrap.fill(
        "Register an incoming request, or start an outgoing one or spontaneous information, from "
        "JSON; prints its reference. The keys are those `show REF --json` prints: direction and "
        "agreement_key choose what is created; title, their_ref, bases, form, oral_at, urgency, "
        "elements (the five Art. 7.2 fields), text_versions (their other languages), extra, "
        "reciprocity, reciprocity_note, received_on, due_on, confirmed_on, assigned_to, notes, "
        "partner and official (by name) and subjects (codes to link) are taken; an Art. 7.2 text "
        "is a plain string (the desk's default language, setting text_language) or "
        "{\"ja\": \"...\", \"en\": \"...\"}. The keys the "
        "desk sets itself (our_ref, status, history, outcomes, the computed dates and states) "
        "are read and ignored, so a shown request fed back creates an equivalent new one. Any "
        "other key is refused, naming it.", 78)
    _example(q, "request new")
    q.set_defaults(func=cmd_new)

    q = steps.add_parser("edit", parents=[common], help="change a request: only the keys given change")
    q.add_argument("ref", metavar="REF", help="our reference of the request")
    q.add_argument("file", metavar="FILE.json", help="the keys to change, as `show REF --json` "
                   "prints them; - reads standard input")
    _example(q, "request edit")
    q.set_defaults(func=cmd_edit)

    def ref(q: argparse.ArgumentParser) -> None:
        q.add_argument("ref", metavar="REF", help="our reference of the request")

    def grounds(q: argparse.ArgumentParser, what: str) -> None:
        q.add_argument("--ground", dest="grounds", action="append", default=[], metavar="CODE",
                       help=f"a ground from the agreement's Art. 11 catalogue {what}; repeat "
                       "--ground for several (e.g. 11.1-substantial-interest; the catalogue: "
                       "`agreement show KEY`)")

    def statement(q: argparse.ArgumentParser, required: bool) -> None:
        q.add_argument("--statement", required=required, metavar="TEXT",
                       help="the statement of reasons (Art. 11.4)")

    def info(q: argparse.ArgumentParser) -> None:
        q.add_argument("--info", dest="accompanying_info", metavar="TEXT",
                       help="information given with the decision (Art. 11.4)")

    q = step("send", "finalise and send an outgoing request or spontaneous information "
             "(refused while Art. 7.2 is incomplete)")
    ref(q)
    q.add_argument("--on", metavar="DATE", help="the day it was sent (default today)")
    q = step("assign", "assign the request to an officer")
    ref(q)
    q.add_argument("--to", required=True, metavar="NAME", help="the officer's name")
    q = step("confirm-oral", "record the written confirmation of an oral request (Art. 7.1)")
    ref(q)
    q.add_argument("--on", metavar="DATE", help="the day the confirmation came (default today)")
    for name, (_target, help_) in STEPS.items():
        q = step(name, help_)
        ref(q)
        if name == "execute":
            q.add_argument("--partial", action="store_true", help="executed in part only")
            grounds(q, "for what was not done")
            statement(q, False)
            info(q)
        elif name in ("postpone", "refuse"):
            grounds(q, "(at least one)")
            statement(q, True)
            info(q)
            if name == "postpone":
                q.add_argument("--until", metavar="DATE", help="until when, if known (YYYY-MM-DD)")
        elif name == "condition":
            q.add_argument("--conditions", required=True, metavar="TEXT",
                           help="the conditions or requirements assistance is subject to (Art. 11.1)")
            grounds(q, "for the conditions")
            statement(q, False)
        elif name == "withhold":
            grounds(q, "(default: 11.3-ongoing-proceedings)")
            statement(q, False)
    q = step("consult", "record the outcome of the consultation on withheld assistance and "
             "leave withholding (Art. 11.3)")
    ref(q)
    q.add_argument("--outcome", required=True, metavar="TEXT",
                   help="what the consultation with the requesting administration decided")
    q.add_argument("--then", required=True, choices=CONSULT_TARGETS,
                   help="the status the request goes to")
    grounds(q, "(for --then refused)")
    statement(q, False)
    q.add_argument("--conditions", metavar="TEXT", help="the conditions (for --then conditional)")

    p = sub.add_parser("due", parents=[common],
                       help="everything with a clock, as the window's Due & overdue shows it")
    p.add_argument("--as-of", metavar="DATE", help="the day to count from (default today)")
    p.add_argument("--state", choices=["overdue", "due-soon"], action="append", default=[],
                   help="only clocks in this state (repeat for both)")
    p.add_argument("--kind", choices=["request", "oral-confirmation", "termination",
                                      "surveillance-end", "surveillance-review"],
                   action="append", default=[], help="only clocks of this kind (repeatable)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    _example(p, "due")
    p.set_defaults(func=cmd_due)


# -- request new / edit ---------------------------------------------------------------------------

def _done(view: Any, args: argparse.Namespace) -> int:
    echo(f"{view.our_ref}: {view.status.replace('-', ' ')}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    """Create the request the JSON describes; print its reference."""
    from app.services.requests import commands as svc
    from app.services.validation import ServiceError, choice

    doc = read_json(args.file)
    with opened(args) as desk:
        with desk.query() as conn:
            given = request_input(doc, conn)
        if not given.agreement_key:
            raise ServiceError("agreement_key", "is required (e.g. jp-us-1997; see `agreements`)")
        direction = choice("direction", given.direction,
                           ("incoming", "outgoing", "spontaneous-in", "spontaneous-out"))
        if direction == "incoming":
            view = svc.register_incoming(desk, given.agreement_key, given.fields)
        elif direction == "outgoing":
            view = svc.draft_outgoing(desk, given.agreement_key, given.fields)
        else:
            view = svc.record_spontaneous(desk, given.agreement_key, direction, given.fields)
        for code in given.subjects:
            view = svc.link_subject(desk, view.our_ref, code)
    echo(view.our_ref)
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    """Change the keys the JSON gives; the direction and agreement cannot change."""
    from app.services.requests import commands as svc
    from app.services.validation import ServiceError

    doc = read_json(args.file)
    with opened(args) as desk:
        current = svc.get_request(desk, args.ref)
        with desk.query() as conn:
            given = request_input(doc, conn)
        for key, now in (("direction", current.direction), ("agreement_key", current.agreement_key)):
            value = getattr(given, key)
            if value is not None and value != now:
                raise ServiceError(key, f"is {now} and cannot be changed; register a new request")
        from app.services.kit.conflicts import field_mark

        mark = field_mark(desk, "request", args.ref)
        if mark and given.fields:
            echo(f"warning: {args.ref} is {mark}; a field copy exists, and a change made "
                 "there too will come back as a conflict to resolve", file=sys.stderr)
        view = svc.edit_request(desk, args.ref, given.fields) if given.fields else current
        for code in given.subjects:
            if code not in view.subjects:
                view = svc.link_subject(desk, args.ref, code)
    return _done(view, args)


# -- lifecycle steps ------------------------------------------------------------------------------

def _check_grounds(desk: Any, ref: str, target: str, codes: Iterable[str]) -> None:
    """Each ground must be in the request's agreement's Art. 11 catalogue: a refusal names the
    grounds that catalogue has for this outcome (the services check the rest of Art. 11)."""
    from sqlalchemy import select

    from app.services.agreements.catalogue import spec_of
    from app.services.validation import ServiceError
    from app.store import tables

    codes = list(codes)
    if not codes:
        return
    r, a = tables.request, tables.agreement
    with desk.query() as conn:
        row = conn.execute(select(a).join(r, r.c.agreement_id == a.c.id)
                           .where(r.c.our_ref == ref)).first()
    if row is None:
        return  # the service names the missing request
    spec = spec_of(row)
    for code in codes:
        if not spec.has_ground(code):
            known = ", ".join(g.code for g in spec.grounds_for(target)) or "none"
            raise ServiceError("ground", f"{code!r} is not a ground in {spec.short_title}; for "
                               f"{target.replace('-', ' ')} it lists: {known}", "11")


def _open_or_refuse(desk: Any, ref: str, what: str) -> None:
    from app.services.requests.commands import get_request
    from app.services.validation import ServiceError
    from app.treaty.lifecycle import is_open

    view = get_request(desk, ref)
    if not is_open(view.status):
        raise ServiceError("status", f"{ref} is {view.status}; a {view.status} request cannot be {what}")


def cmd_step(args: argparse.Namespace) -> int:
    """One lifecycle step, through the service the window's workflow bar calls."""
    from app.services.requests import commands as svc
    from app.treaty.lifecycle import ONGOING_PROCEEDINGS_GROUND

    name, ref = args.step, args.ref
    with opened(args) as desk:
        if name == "send":
            view = svc.send_request(desk, ref, args.on)
        elif name == "assign":
            _open_or_refuse(desk, ref, "assigned")
            view = svc.assign(desk, ref, args.to)
        elif name == "confirm-oral":
            view = svc.confirm_oral(desk, ref, args.on)
        elif name == "consult":
            _check_grounds(desk, ref, args.then, args.grounds)
            view = svc.transition(desk, ref, args.then, reason="consultation concluded",
                                  grounds=args.grounds, statement=args.statement,
                                  conditions=args.conditions, consultation_outcome=args.outcome)
        else:
            target, _ = STEPS[name]
            if name == "execute" and args.partial:
                target = "partially-executed"
            grounds = list(getattr(args, "grounds", []))
            if name == "withhold" and not grounds:
                grounds = [ONGOING_PROCEEDINGS_GROUND]
            _check_grounds(desk, ref, target, grounds)
            if name == "acknowledge":
                view = svc.acknowledge(desk, ref)
                return _done(view, args)
            view = svc.transition(
                desk, ref, target, grounds=grounds, statement=getattr(args, "statement", None),
                conditions=getattr(args, "conditions", None),
                postponed_until=getattr(args, "until", None),
                accompanying_info=getattr(args, "accompanying_info", None))
    return _done(view, args)


# -- due ------------------------------------------------------------------------------------------

#: The kind of each clock in the words of the window's Due & overdue list.
KIND_WORDS = {
    "request": "Request due",
    "oral-confirmation": "Written confirmation (Art. 7.1)",
    "termination": "Agreement terminating",
    "surveillance-end": "Surveillance period ends (Art. 4.2)",
    "surveillance-review": "Surveillance review (Art. 4.2)",
}
STATE_WORDS = {"overdue": "overdue", "due-soon": "due soon", "ok": "ok"}
#: Clocks read from the database at a time.
DUE_PAGE = 500


def due_cells(item: Any) -> tuple[str, str, str, str, str]:
    """The list's five cells of one clock: due date, state, what, record, how computed."""
    label = item.label.removeprefix(f"{item.key} \u2014 ")
    head = KIND_WORDS.get(item.kind, "").split(" (Art.")[0].lower()
    if item.kind == "oral-confirmation":
        head = "written confirmation of an oral request"
    if head and label.lower().startswith(head) and ": " in label:
        label = label.split(": ", 1)[1]
    what = f"{KIND_WORDS.get(item.kind, item.kind.replace('-', ' ').capitalize())}: {label}"
    record = f"agreement with {item.partner}" if item.kind == "termination" and item.partner else item.key
    return (item.due_on.isoformat(), STATE_WORDS.get(item.state, item.state), what, record,
            item.explanation)


def due_stream(desk: Any, flt: Any, today: Any) -> Iterator[Any]:
    """Every clock the filter shows, soonest first, a page at a time (``due.page``)."""
    from app.services import due

    offset = 0
    while True:
        items = due.page(desk, flt, "due", False, offset, DUE_PAGE, today)
        yield from items
        if len(items) < DUE_PAGE:
            return
        offset += DUE_PAGE


def cmd_due(args: argparse.Namespace) -> int:
    """Print the clocks of the desk on a day: overdue and due soon first in date order."""
    from app.services import due
    from app.services.validation import parse_date

    today = parse_date("as_of", args.as_of)
    flt = due.DueFilter(states=tuple(args.state), kinds=tuple(args.kind))
    with opened(args) as desk:
        day = today or desk.today()
        items = due_stream(desk, flt, day)
        if args.json:
            rows = [dict(item.to_dict(), what=due_cells(item)[2], state_words=due_cells(item)[1])
                    for item in items]
            print(to_json(rows))
            return EXIT_OK
        shown = 0
        for item in items:
            d, state, what, record, how = due_cells(item)
            echo(f"{d}  {state:<8}  {record:<18}  {what}")
            echo(f"{'':12}{how}")
            shown += 1
        overdue, soon = due.counts(desk, day)
    from app.cli.common import counted

    echo(f"as of {day.isoformat()}: {counted(shown, 'clock')} shown; "
         f"{overdue:,} overdue, {soon:,} due soon on the whole desk")
    return EXIT_OK

