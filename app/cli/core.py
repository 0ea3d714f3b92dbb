"""Core sub-commands: init, requests, show, validate, verify."""

from __future__ import annotations

import argparse

from app.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_PROBLEMS,
    data_dir_of,
    echo,
    fail,
    opened,
    passphrase_for,
    positive_count,
    to_json,
)
from app.cli.helptext import JSON_HELP


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the core sub-commands."""
    p = sub.add_parser("init", parents=[common], help="create a new encrypted store")
    p.add_argument("--key-store", choices=["keyring", "passphrase"],
                   help="where the key is kept (default: passphrase if LIAISON_DESK_PASSPHRASE "
                   "is set, else the OS keyring if it works)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("requests", parents=[common], help="list requests")
    p.add_argument("--direction", choices=["in", "out", "incoming", "outgoing",
                                           "spontaneous-in", "spontaneous-out"],
                   help="only requests received (in) or sent (out), or spontaneous information")
    p.add_argument("--status", help="only requests in this state, e.g. received, sent, refused")
    p.add_argument("--limit", type=positive_count, metavar="N", help="at most N requests, newest first")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_requests)

    p = sub.add_parser("show", parents=[common],
                       help="show one request: its Art. 7.2 elements, due date and history")
    p.add_argument("ref", metavar="REF", help="our reference of the request, e.g. JC-US-2026-0012")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("validate", parents=[common],
                       help="say which Art. 7.2 elements a request still lacks")
    p.add_argument("ref", metavar="REF", help="our reference of the request")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("verify", parents=[common],
                       help="check integrity, the audit chain and document hashes")
    p.set_defaults(func=cmd_verify)


def cmd_init(args: argparse.Namespace) -> int:
    """Create the store."""
    from app.services import init_store

    method = args.key_store
    passphrase = None
    if method in (None, "passphrase"):
        passphrase = passphrase_for(prompt=method == "passphrase")
        if method is None and passphrase:
            method = "passphrase"
    if method == "passphrase" and not passphrase:
        return fail("passphrase: none given (prompt or LIAISON_DESK_PASSPHRASE)")
    desk = init_store(data_dir_of(args), method=method, passphrase=passphrase)
    if desk.db.path is None:  # LIAISON_DESK_DATABASE_URL: the server keeps the data
        echo(f"initialised {desk.db.engine.url.render_as_string(hide_password=True)}")
    else:
        assert desk.db.key_info is not None, "a file store has its key info"
        echo(f"created {desk.db.path} (key kept in: {desk.db.key_info.method})")
    desk.db.close()
    return EXIT_OK


def cmd_requests(args: argparse.Namespace) -> int:
    """List requests."""
    from app.services.requests.commands import list_requests

    with opened(args) as desk:
        rows = list_requests(desk, direction=args.direction, status=args.status, limit=args.limit)
    if args.json:
        print(to_json([r.to_dict() for r in rows]))
        return EXIT_OK
    for r in rows:
        due = r.effective_due_on.isoformat() if r.effective_due_on else "-"
        echo(f"{r.our_ref:<18} {r.direction:<15} {r.status:<18} {','.join(r.bases):<16} "
             f"due {due:<10} {r.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """Show one request."""
    from app.services.requests.commands import get_request

    with opened(args) as desk:
        view = get_request(desk, args.ref)
    if args.json:
        print(to_json(view.to_dict()))
        return EXIT_OK
    echo(f"{view.our_ref}  ({view.direction}, {view.status})  {view.agreement_short}")
    echo(f"their ref: {view.their_ref or '-'}   bases: {', '.join(view.bases) or '-'}")
    labels = ["(a) administration", "(b) nature of proceedings", "(c) object and reason",
              "(d) parties concerned", "(e) description and legal elements"]
    for label, value in zip(labels, view.elements.values(), strict=True):
        echo(f"  {label}: {value or '—'}")
    if view.effective_due_on:
        echo(f"due {view.effective_due_on}: {view.effective_due_explanation}")
    for f in view.completeness:
        echo(f"  {f.severity}: {f}")
    for h in view.history:
        echo(f"  {h.at:%Y-%m-%d %H:%M} {h.actor}: {h.from_status or '-'} -> {h.to_status} {h.reason or ''}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Exit 0 when complete under Art. 7.2, 2 with one line per missing element otherwise."""
    from app.services.requests.commands import validate_request

    with opened(args) as desk:
        findings = validate_request(desk, args.ref)
    errors = [f for f in findings if f.severity == "error"]
    for f in findings:
        echo(f"{f.severity}: {f}")
    if not findings:
        echo(f"{args.ref}: complete under Art. 7.2")
    return EXIT_BAD_INPUT if errors else EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 when clean, 1 with one line per problem."""
    from app.services.admin.verify import verify_store

    with opened(args) as desk:
        problems = verify_store(desk)
    for p in problems:
        echo(p)
    if problems:
        return EXIT_PROBLEMS
    echo("store verified: integrity ok, audit chain intact, document hashes match")
    return EXIT_OK
