"""Sub-commands ``search``, ``demo`` and ``dev generate``."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from app.cli.common import (
    EXIT_OK,
    data_dir_of,
    fail,
    open_from_args,
    opened,
    passphrase_for,
    positive_count,
    to_json,
)
from app.cli.helptext import JSON_HELP


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the search, demo and developer sub-commands."""
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
                       help="load invented demo data into a new store (creates it if needed)")
    p.add_argument("--json", action="store_true", help="print what was loaded as JSON")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("dev", parents=[common], help="developer tools")
    dev = p.add_subparsers(dest="dev_command", metavar="TOOL", required=True)
    g = dev.add_parser("generate", parents=[common],
                       help="fill a new store with deterministic synthetic data")
    g.add_argument("--requests", type=int, default=1_000, metavar="N", help="requests to make (default 1000)")
    g.add_argument("--subjects", type=int, default=1_000, metavar="N",
                   help="surveillance subjects to make (default 1000)")
    g.add_argument("--audit", type=int, default=10_000, metavar="N", help="audit entries to make (default 10000)")
    g.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same data")
    g.add_argument("--anchor", help="last day of the ten years covered (YYYY-MM-DD; default today)")
    g.set_defaults(func=cmd_generate)


def _open_or_create(args: argparse.Namespace):  # noqa: ANN202 - returns a Desk
    """The desk of --data-dir, created first when the folder holds no store yet."""
    from app.services import init_store
    from app.store.db import Database

    data_dir = data_dir_of(args)
    if Database.exists(data_dir):
        return open_from_args(args)
    desk = init_store(data_dir, passphrase=passphrase_for(prompt=False))
    print(f"created {desk.db.path} (key kept in: {desk.db.key_info.method})", file=sys.stderr)
    return desk


def cmd_search(args: argparse.Namespace) -> int:
    """Search the full-text index."""
    from app.services.search.queries import rebuild_index, search

    with opened(args) as desk:
        if args.rebuild:
            rows = rebuild_index(desk)
            print(f"search index rebuilt: {rows:,} rows", file=sys.stderr)
        hits = search(desk, args.text, limit=args.limit, kinds=args.kind) if args.text else []
    if args.json:
        # Keyed as an officer knows each hit (a ref, a code, "I-00001/2026-11-15", a parent's key
        # and file name); no database id, which means nothing outside this store (to_dict).
        print(to_json([h.to_dict() for h in hits]))
        return EXIT_OK
    for h in hits:  # the label names the hit and where it belongs, never a database id
        print(f"{h.kind:<12} {h.label or h.title}\n{'':<12} {_marked(h)}")
    if not hits and args.text:
        print("no hits", file=sys.stderr)
    return EXIT_OK


def _marked(hit) -> str:  # hit: an app.services.search.queries.SearchHit
    """The snippet as stored; on a terminal the match in bold (an escape code, never a
    character that could be text the officer typed; none at all in a pipe or with NO_COLOR)."""
    before, match, after = hit.snippet_parts()
    if not match or not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return hit.snippet
    return f"{before}\x1b[1m{match}\x1b[22m{after}"


def cmd_demo(args: argparse.Namespace) -> int:
    """Load the demo data set."""
    from app.services.admin.demo import load_demo

    desk = _open_or_create(args)
    try:
        summary = load_demo(desk)
    finally:
        desk.db.close()
    if args.json:
        print(to_json(summary.to_dict()))
    else:
        print(f"demo data loaded (DEMO — invented data): {len(summary.requests)} requests, "
              f"{len(summary.subjects)} subjects, {len(summary.items)} information items, "
              f"{summary.disclosures} disclosures, {summary.documents} documents")
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    """Generate synthetic data."""
    from app.devtools.generate import GenerateParams, generate

    try:
        anchor = date.fromisoformat(args.anchor) if args.anchor else date.today()
    except ValueError:
        return fail(f"anchor: {args.anchor!r} is not a date (YYYY-MM-DD)")
    params = GenerateParams(requests=args.requests, subjects=args.subjects, audit=args.audit,
                            seed=args.seed, anchor=anchor)
    params.check()  # before a store is created for nothing
    desk = _open_or_create(args)
    try:
        report = generate(desk.db, params, progress=lambda msg: print(msg, file=sys.stderr))
    finally:
        desk.db.close()
    counts = ", ".join(f"{k} {v:,}" for k, v in report.counts.items())
    print(f"synthetic data written in {report.seconds:.1f} s: {counts}")
    return EXIT_OK
