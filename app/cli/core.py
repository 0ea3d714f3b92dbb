"""Core sub-commands: init, requests, show, validate, verify."""

from __future__ import annotations

import argparse
from contextlib import closing

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

#: ``show REF`` checks the watch list itself up to this many subjects under surveillance
#: (building the index for them costs tens of milliseconds); above, only with ``--watch``.
WATCH_INLINE_SUBJECTS = 2_000


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the core sub-commands."""
    p = sub.add_parser("init", parents=[common], help="create a new encrypted store")
    p.add_argument("--key-store", choices=["keyring", "passphrase"],
                   help="where the key is kept (default: passphrase if LIAISON_DESK_PASSPHRASE "
                   "is set, else the OS keyring if it works)")
    p.add_argument("--recovery-pdf", metavar="FILE",
                   help="for a key kept in the keyring: also save the recovery key (printed on "
                        "screen once) as a one-page PDF to print")
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
    watch = p.add_mutually_exclusive_group()
    watch.add_argument("--watch", dest="watch", action="store_true", default=None,
                       help="check the request's names against the whole watch list (Art. 4.2); "
                       f"by default it is checked when at most {WATCH_INLINE_SUBJECTS:,} other "
                       "subjects are under surveillance")
    watch.add_argument("--no-watch", dest="watch", action="store_false",
                       help="do not check the request's names against the watch list")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("validate", parents=[common],
                       help="say which Art. 7.2 elements a request still lacks")
    p.add_argument("ref", metavar="REF", help="our reference of the request")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("verify", parents=[common],
                       help="check integrity, the audit chain and its anchors, rows and document hashes")
    p.add_argument("--against", metavar="FILE", action="append", default=[],
                   help="also compare the audit chain with the head in FILE (an export, a final "
                   "letter's PDF or a backup file); may be given more than once")
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
    from app.cli.data import recovery_pdf_target, show_recovery_key

    pdf = recovery_pdf_target(args.recovery_pdf, data_dir_of(args))  # before anything is made
    if pdf is not None and method == "passphrase":
        return fail("recovery-pdf: a store protected by a passphrase has no recovery key (its "
                    "passphrase restores its backups); nothing was written")
    desk = init_store(data_dir_of(args), method=method, passphrase=passphrase)
    try:
        if desk.db.path is None:  # LIAISON_DESK_DATABASE_URL: the server keeps the data
            echo(f"initialised {desk.db.engine.url.render_as_string(hide_password=True)}")
            return EXIT_OK
        assert desk.db.key_info is not None, "a file store has its key info"
        echo(f"created {desk.db.path} (key kept in: {desk.db.key_info.method})")
        if desk.db.key_info.method == "keyring":
            from app.services.admin.recovery import make_recovery_key

            show_recovery_key(desk, make_recovery_key(desk), pdf)
    finally:
        desk.db.close()
    return EXIT_OK


def cmd_requests(args: argparse.Namespace) -> int:
    """List requests, newest first, streamed from the paged list query (``listing.stream``):
    one Core select read a batch at a time, never a full view per row, so 100,000 rows print
    in the memory of one batch (text and ``--json`` alike)."""
    from app.services.requests.listing import ListFilter, stream
    from app.services.validation import choice
    from app.treaty.lifecycle import Direction, Status

    groups = {"in": ("incoming", "spontaneous-in"), "out": ("outgoing", "spontaneous-out")}
    directions = None
    if args.direction:
        directions = groups.get(args.direction) or (
            choice("direction", args.direction, [d.value for d in Direction]),)
    statuses = (choice("status", args.status, [x.value for x in Status]),) if args.status else ()
    with opened(args) as desk, closing(stream(desk, ListFilter(statuses=statuses),
                                              directions=directions, limit=args.limit)) as rows:
        # closing: a reader that goes away (`| head`) ends the read before the desk closes.
        if args.json:
            _json_rows(rows)
            return EXIT_OK
        for r in rows:
            due = r.due_on.isoformat() if r.due_on else "-"
            state = f" ({r.due_state.replace('-', ' ')})" if r.due_state in ("overdue", "due-soon") else ""
            oral = " [oral: confirmation late]" if r.oral_state == "late" else ""
            echo(f"{r.ref:<18} {r.direction:<15} {r.status:<18} {r.basis or '-':<16} "
                 f"due {due:<10}{state} {r.title}{oral}")
    return EXIT_OK


def list_row_dict(r) -> dict:  # a listing.ListRow
    """One row of ``requests --json``: the request's ref and what the list shows of it."""
    return {"our_ref": r.ref, "their_ref": r.their_ref, "direction": r.direction,
            "agreement_key": r.agreement_key, "partner": r.partner, "basis": r.basis,
            "title": r.title, "status": r.status,
            "due_on": r.due_on.isoformat() if r.due_on else None, "due_state": r.due_state,
            "oral_confirmation": r.oral_state, "assigned_to": r.officer, "urgency": r.urgency}


def _json_rows(rows) -> None:  # Iterable[ListRow]
    """Print a JSON array one element at a time (the rows are never all in memory)."""
    import json
    import sys

    enc = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    write = sys.stdout.write
    first = True
    for r in rows:
        write("[\n  " if first else ",\n  ")
        write(json.dumps(list_row_dict(r), ensure_ascii=enc != "utf8"))
        first = False
    write("[]\n" if first else "\n]\n")


def cmd_show(args: argparse.Namespace) -> int:
    """Show one request: every fact in words (``app.cli.request_words``), or its JSON."""
    from app.services.requests.commands import get_request

    with opened(args) as desk:
        view = get_request(desk, args.ref)
        if args.json:
            print(to_json(view.to_dict()))
            return EXIT_OK
        from app.cli.request_words import describe

        spec, subjects = _agreement_and_subjects(desk, view)
        hits, unchecked = (None, 0) if args.watch is False else _watch_hits(desk, view, args.watch)
        lines = describe(view, spec, subjects, hits, unchecked)
        from app.services.kit.conflicts import field_mark

        mark = field_mark(desk, "request", view.our_ref)  # a field kit carries it
        if mark:
            lines = [lines[0], f"  {mark}", *lines[1:]] if lines else [mark]
    for line in lines:
        echo(line)
    return EXIT_OK


def _agreement_and_subjects(desk, view) -> tuple:  # (AgreementSpec, [(code, name)])
    """The request's agreement catalogue and its linked subjects' names, read through Core."""
    from sqlalchemy import select

    from app.services.agreements.catalogue import spec_of
    from app.store import tables

    a, sj = tables.agreement, tables.subject
    with desk.query() as conn:
        row = conn.execute(select(a).where(a.c.key == view.agreement_key)).one()
        names = dict(conn.execute(select(sj.c.code, sj.c.display_name)
                                  .where(sj.c.code.in_(view.subjects))).all()) if view.subjects else {}
    return spec_of(row), [(c, names.get(c, "")) for c in view.subjects]


def _watch_hits(desk, view, force: bool | None) -> tuple:  # ([WatchHit] | None, unchecked)
    """Possible watch-list matches (Art. 4.2) for the request's names, not counting subjects
    already linked to it; or (None, how many subjects) when there are more than
    ``WATCH_INLINE_SUBJECTS`` and ``--watch`` was not given (building the watch index reads
    every subject: seconds on a large desk, beyond the CLI whole-process budget of ``show``).
    Counted through Core first: with no other subject under surveillance nothing can match,
    and the watch index (and the ORM it reads) is not loaded at all."""
    from sqlalchemy import func, select

    from app.store import tables

    sj = tables.subject
    with desk.query() as conn:
        others = conn.execute(select(func.count()).select_from(sj).where(
            sj.c.status != "lifted", sj.c.code.not_in(view.subjects))).scalar() or 0
    if not others:
        return [], 0
    if others > WATCH_INLINE_SUBJECTS and not force:
        return None, others
    from app.services.surveillance.watchlist import hits_for_request_view

    return hits_for_request_view(desk, view), 0


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
    """Exit 0 when clean, 1 with one line per problem; either way, a line for each head kept
    outside the store that the chain was compared with."""
    from pathlib import Path

    from app.services.admin.verify import verify_report

    against = [Path(f) for f in args.against]
    passphrase = None
    if any(_encrypted(f) for f in against):
        from app.cli.data import _export_passphrase

        passphrase = _export_passphrase(confirm=False)
    with opened(args) as desk:
        report = verify_report(desk, against, export_passphrase=passphrase)
    for line in report.compared:
        echo(line)
    for p in report.problems:
        echo(p)
    if report.problems:
        return EXIT_PROBLEMS
    echo("store verified: integrity ok, audit chain intact, every row as its audit entry wrote "
         "it, document hashes match")
    return EXIT_OK


def _encrypted(path) -> bool:  # a Path
    from app.interchange import is_encrypted

    try:
        with open(path, "rb") as fh:
            return is_encrypted(fh.read(64))
    except OSError:
        return False  # verify says it cannot read it
