"""Sub-commands ``search`` and ``demo``.

The synthetic data generator is a developer tool outside the product: ``python -m tools.generate``."""

from __future__ import annotations

import argparse
import os
import sys

from app.cli.common import (
    EXIT_OK,
    counted,
    data_dir_of,
    echo,
    fail,
    open_from_args,
    opened,
    passphrase_for,
    positive_count,
    to_json,
    visible,
)
from app.cli.helptext import JSON_HELP


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the search and demo sub-commands."""
    p = sub.add_parser("search", parents=[common],
                       help="full-text search over requests, subjects, observations, information, "
                       "disclosures and documents")
    p.add_argument("text", nargs="?", default="", help="words to find (all must occur)")
    p.add_argument("--kind", action="append",
                   choices=["request", "subject", "observation", "information", "disclosure",
                            "document"],
                   help="only this kind of hit (repeatable)")
    p.add_argument("--limit", type=positive_count, default=50, metavar="N", help="at most N hits (default 50)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument("--rebuild", action="store_true", help="rebuild the search index first")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("demo", parents=[common],
                       help="make a trial desk: invented demo data in a new store (never in an "
                       "officer's desk; the window marks it 'Trial desk')")
    p.add_argument("--json", action="store_true", help="print what was loaded as JSON")
    p.set_defaults(func=cmd_demo)


def _open_or_create(args: argparse.Namespace):  # returns a Desk
    """The desk of --data-dir, created first when the folder holds no store yet."""
    from app.services import init_store
    from app.store.db import Database

    data_dir = data_dir_of(args)
    if Database.exists(data_dir):
        return open_from_args(args)
    desk = init_store(data_dir, passphrase=passphrase_for(prompt=False))
    if desk.db.key_info is None:  # LIAISON_DESK_DATABASE_URL: the server keeps the data
        echo(f"initialised {desk.db.engine.url.render_as_string(hide_password=True)}", file=sys.stderr)
    else:
        echo(f"created {desk.db.path} (key kept in: {desk.db.key_info.method})", file=sys.stderr)
    return desk


def cmd_search(args: argparse.Namespace) -> int:
    """Search the full-text index."""
    from app.services.search.queries import rebuild_index, search, split_terms

    # Nothing to look for ("" or "   " alike) is refused, unless only the rebuild was asked for.
    wanted = bool(split_terms(args.text))
    if not wanted and not args.rebuild:
        return fail("text: give a word to look for")
    with opened(args) as desk:
        if args.rebuild:
            rows = rebuild_index(desk)
            echo(f"search index rebuilt: {counted(rows, 'row')}", file=sys.stderr)
        hits = search(desk, args.text, limit=args.limit, kinds=args.kind) if wanted else []
    if args.json:
        # Keyed as an officer knows each hit (a ref, a code, "I-00001/2026-11-15", a parent's key
        # and file name); no database id, which means nothing outside this store (to_dict).
        print(to_json([h.to_dict() for h in hits]))
        return EXIT_OK
    for h in hits:  # the label names the hit and where it belongs, never a database id
        echo(f"{h.kind:<12} {h.label or h.title}")
        print(f"{'':<12} {_marked(h)}")  # escaped by _marked, around its own bold
    if not hits and wanted:
        echo("no hits", file=sys.stderr)
    return EXIT_OK


def _marked(hit) -> str:  # hit: an app.services.search.queries.SearchHit
    """The snippet as stored; on a terminal the match in bold (an escape code, never a
    character that could be text the officer typed; none at all in a pipe or with NO_COLOR)."""
    before, match, after = hit.snippet_parts()
    if not match or not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return visible(hit.snippet)
    return f"{visible(before)}\x1b[1m{visible(match)}\x1b[22m{visible(after)}"


def cmd_demo(args: argparse.Namespace) -> int:
    """Load the demo data set into the data dir, which becomes a trial desk: a new store, or
    one where nothing has been done yet. An officer's desk is refused before anything is
    written, naming the folder of its trial desk."""
    from app.services.admin.demo import load_demo

    desk = _open_or_create(args)
    try:
        # Refuses an officer's desk before writing anything: one line naming the folder of its
        # trial desk, exit 2.
        summary = load_demo(desk)
    finally:
        desk.db.close()
    if args.json:
        print(to_json(summary.to_dict()))
    else:
        echo(f"trial desk {data_dir_of(args)}: demo data loaded (DEMO — invented data): "
             f"{counted(len(summary.requests), 'request')}, "
             f"{counted(len(summary.subjects), 'subject')}, "
             f"{counted(len(summary.items), 'information item')}, "
             f"{counted(summary.disclosures, 'disclosure')}, {counted(summary.documents, 'document')}")
    return EXIT_OK
