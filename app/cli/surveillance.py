"""Surveillance sub-commands (Art. 4.2): ``subjects``, ``match`` and ``subject add/show/lift/observe``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from app.cli.common import EXIT_OK, echo, fail, opened, read_json_input, to_json
from app.cli.helptext import JSON_HELP
from app.services.surveillance.rules import EVENTS, NO_PLACE
from app.treaty.errors import RuleViolation


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the surveillance sub-commands."""
    p = sub.add_parser("subjects", parents=[common], help="list surveillance subjects (Art. 4.2)")
    p.add_argument("--kind", choices=["person", "goods", "transport"],
                   help="only persons (4.2(a)), goods (4.2(b)) or means of transport (4.2(c))")
    p.add_argument("--active", action="store_true", help="only those under surveillance now")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_subjects)

    p = sub.add_parser("match", parents=[common],
                       help="check a name, document, container, IMO number or plate against "
                       "the watch list")
    p.add_argument("text", metavar="TEXT", help="a name (any script), document, container, IMO number or plate")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_match)

    p = sub.add_parser("subject", parents=[common],
                       help="one surveillance subject (show, add, lift, observe)")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    v = verbs.add_parser("show", parents=[common], help="show a subject and its log")
    v.add_argument("code", metavar="CODE", help="subject code, e.g. S-0005")
    v.add_argument("--json", action="store_true", help=JSON_HELP)
    v.set_defaults(func=cmd_show)
    v = verbs.add_parser("add", parents=[common],
                         help="record a subject from a JSON file of fields ('-' for stdin)")
    v.add_argument("file", metavar="FILE", help="JSON file of the subject's fields, or - for stdin")
    v.add_argument("--json", action="store_true", help=JSON_HELP)
    v.set_defaults(func=cmd_add)
    v = verbs.add_parser("lift", parents=[common], help="lift surveillance (history is kept)")
    v.add_argument("code", metavar="CODE", help="subject code, e.g. S-0001")
    v.add_argument("--reason", required=True, help="why surveillance ends (kept in the history)")
    v.add_argument("--on", dest="lifted_on", help="date lifted (default today)")
    v.set_defaults(func=cmd_lift)
    v = verbs.add_parser("observe", parents=[common], help="add an observation to the log")
    v.add_argument("code", metavar="CODE", help="subject code, e.g. S-0002")
    v.add_argument("--at", dest="observed_at", required=True, help="YYYY-MM-DDTHH:MM (UTC)")
    v.add_argument("--event", choices=EVENTS, default="sighted", help="what was seen (default sighted)")
    v.add_argument("--place", help="where, in words")
    v.add_argument("--locode", help="UN/LOCODE, e.g. JPYOK")
    v.add_argument("--source", help="who reported it")
    v.add_argument("--text", help="what was observed")
    v.add_argument("--request", dest="request_ref", metavar="REF",
                   help="the request it belongs to (default: the one that asked for the surveillance)")
    v.add_argument("--json", action="store_true", help=JSON_HELP)
    v.set_defaults(func=cmd_observe)


def _period(view) -> str:  # a SubjectView
    start = view.period_start.isoformat() if view.period_start else "?"
    end = view.period_end.isoformat() if view.period_end else "?"
    return f"{start}..{end}"


def cmd_subjects(args: argparse.Namespace) -> int:
    """List subjects."""
    from app.services.surveillance.commands import list_subjects

    with opened(args) as desk:
        rows = list_subjects(desk, kind=args.kind, active=args.active)
    if args.json:
        print(to_json([r.to_dict() for r in rows]))
        return EXIT_OK
    for r in rows:
        last = r.last_observation_at.strftime("%Y-%m-%d") if r.last_observation_at else "-"
        echo(f"{r.code:<7} {r.kind:<9} {r.status:<8} {_period(r):<22} last {last:<10} "
             f"{r.display_name}  {r.identifier_summary}".rstrip())
    return EXIT_OK


def cmd_match(args: argparse.Namespace) -> int:
    """Look a name or number up on the watch list."""
    from app.services.surveillance.watchlist import match

    with opened(args) as desk:
        hits = match(desk, args.text)
    if args.json:
        print(to_json([h.to_dict() for h in hits]))
        return EXIT_OK
    if not hits:
        echo(f"no match for {args.text!r}")
    for h in hits:
        echo(f"{h.score:>5.1f}  {h.message}\n       why: {h.reason}")
    return EXIT_OK


def _print_subject(view) -> None:  # a SubjectView
    echo(f"{view.code}  {view.display_name}  [{view.kind}/{view.subkind}]")
    echo(f"  status:  {view.status} ({view.status_explanation})")
    echo(f"  period:  {_period(view)}" + (f", review {view.review_on}" if view.review_on else ""))
    if view.agreement_short:
        echo(f"  under:   {view.agreement_short}"
             + (f", asked by {view.requested_by}" if view.requested_by else ""))
    for n in view.names:
        echo(f"  name:    {n.name} ({n.script}{', alias' if n.alias else ''})")
    for i in view.identifiers:
        echo(f"  id:      {i.label}" + (f" [{i.issuer}]" if i.issuer else ""))
    for key, value in view.details.items():
        echo(f"  {key}: {', '.join(value) if isinstance(value, list) else value}")
    for ref, role in view.requests:
        echo(f"  request: {ref} ({role})")
    for o in view.observations:
        where = o.where or f"({NO_PLACE})"
        echo(f"  {o.observed_at:%Y-%m-%d %H:%M} {o.event:<14} {where}  {o.text or ''}".rstrip())
    for w in view.warnings:
        echo(f"warning: {w}", file=sys.stderr)
    for h in view.similar:
        echo(f"note: {h.message}", file=sys.stderr)


def cmd_show(args: argparse.Namespace) -> int:
    """Show one subject."""
    from app.services.kit.conflicts import field_mark
    from app.services.surveillance.commands import get_subject

    with opened(args) as desk:
        view = get_subject(desk, args.code)
        mark = field_mark(desk, "subject", args.code)  # a field kit carries it
    if args.json:
        print(to_json(view.to_dict()))
    else:
        _print_subject(view)
        if mark:
            echo(f"  {mark}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    """Record a subject from a JSON object of fields."""
    from app.services.surveillance.commands import add_subject, similar_subjects

    fields = read_json_input(args.file)
    if not isinstance(fields, dict):
        return fail("file: expected a JSON object of subject fields")
    with opened(args) as desk:
        view = add_subject(desk, fields)
        # Then, as its own step: the subjects it looks like (Art. 4.2, possible duplicates).
        view = replace(view, similar=similar_subjects(desk, view.code))
    if args.json:
        print(to_json(view.to_dict()))
    else:
        _print_subject(view)
    return EXIT_OK


def cmd_lift(args: argparse.Namespace) -> int:
    """Lift surveillance."""
    from app.services.surveillance.commands import lift_subject

    with opened(args) as desk:
        view = lift_subject(desk, args.code, args.reason, args.lifted_on)
    echo(f"{view.code}: surveillance lifted on {view.lifted_on}")
    return EXIT_OK


def cmd_observe(args: argparse.Namespace) -> int:
    """Add an observation."""
    from app.services.surveillance.observations import add_observation, observation_watch_hits

    fields = {k: getattr(args, k) for k in ("observed_at", "event", "place", "locode", "source",
                                            "text", "request_ref") if getattr(args, k)}
    with opened(args) as desk:
        try:
            obs = add_observation(desk, args.code, fields)
        except RuleViolation as exc:
            if exc.field != "request_ref":
                raise
            raise RuleViolation("--request", exc.message, exc.article) from None  # the option typed
        # Then, as its own step: the other subjects its notes name (Art. 4.2).
        obs = replace(obs, watch_hits=observation_watch_hits(desk, obs.id))
    if args.json:
        print(to_json(obs.to_dict()))
        return EXIT_OK
    echo(f"observation {obs.id} of {obs.subject}: {obs.observed_at:%Y-%m-%d %H:%M} UTC "
         f"{obs.event} {obs.where or f'({NO_PLACE})'}")
    for w in obs.warnings:
        echo(f"warning: {w}", file=sys.stderr)
    for h in obs.watch_hits:
        echo(f"note: {h.message}", file=sys.stderr)
    return EXIT_OK
