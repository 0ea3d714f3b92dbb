"""Sub-commands ``agreements`` and ``agreement show|export|save|terminate``.

An agreement is one catalogue JSON file (the schema of ``resources/agreements/*.json``): an
officer exports one, edits it (articles, bases, grounds, partner details) and saves it back, or
saves a new file to add an agreement under another partner's framework.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import (
    EXIT_OK,
    check_new_file,
    data_dir_of,
    echo,
    fail,
    opened,
    read_json_input,
    to_json,
)
from app.cli.helptext import FORCE_HELP, JSON_HELP


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the agreement sub-commands."""
    p = sub.add_parser("agreements", parents=[common],
                       help="list the agreements in the store, with their languages and any "
                       "termination date")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("agreement", parents=[common],
                       help="one agreement: show, export its catalogue, save (add or edit), "
                       "give notice of termination (Art. 14.2)")
    act = p.add_subparsers(dest="agreement_command", metavar="ACTION", required=True)
    a = act.add_parser("show", parents=[common], help="show an agreement's articles, request "
                       "bases and refusal grounds")
    a.add_argument("key", metavar="KEY", help="agreement key, e.g. jp-us-1997 (see `agreements`)")
    a.set_defaults(func=cmd_show)
    a = act.add_parser("export", parents=[common], help="write an agreement's catalogue JSON "
                       "to a file for editing")
    a.add_argument("key", metavar="KEY", help="agreement key, e.g. jp-us-1997")
    a.add_argument("--out", required=True, metavar="FILE", help="JSON file to write")
    a.add_argument("--force", action="store_true", help=FORCE_HELP)
    a.set_defaults(func=cmd_export)
    a = act.add_parser("save", parents=[common],
                       help="add an agreement from a catalogue JSON file, or replace the "
                       "catalogue of the agreement with the same key")
    a.add_argument("file", metavar="FILE", help="catalogue JSON file (as written by `agreement export`)")
    a.set_defaults(func=cmd_save)
    a = act.add_parser("terminate", parents=[common],
                       help="record written notice of termination; the agreement ends after "
                       "its notice period (three months under Art. 14.2 of the Japan-US "
                       "agreement; other agreements state their own)")
    a.add_argument("key", metavar="KEY", help="agreement key, e.g. jp-mx-2017")
    a.add_argument("--notice", required=True, metavar="YYYY-MM-DD", help="date of the notice")
    a.add_argument("--replace", action="store_true",
                   help="replace a notice already given (without it a second notice is refused)")
    a.set_defaults(func=cmd_terminate)


def _line(v) -> str:  # AgreementView
    term = f"  terminates {v.termination_on} (Art. {v.termination_article})" if v.termination_on else ""
    langs = ",".join(v.languages)
    return f"{v.key:<12} {v.partner_country}  [{langs}]  {v.short_title}{term}"


def cmd_list(args: argparse.Namespace) -> int:
    """List agreements."""
    from app.services.agreements.catalogue import list_agreements

    with opened(args) as desk:
        rows = list_agreements(desk)
    if args.json:
        print(to_json([r.to_dict() for r in rows]))
    else:
        for r in rows:
            echo(_line(r))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """Show one agreement's catalogue."""
    from app.services.agreements.catalogue import get_spec

    with opened(args) as desk:
        spec = get_spec(desk, args.key)
    echo(spec.title)
    echo("Bases:")
    for b in spec.bases:
        echo(f"  {b.code:<16} {b.label}")
    echo("Grounds for refusal, postponement or conditions:")
    for g in spec.grounds:
        echo(f"  {g.code:<26} {g.label}")
    echo(f"Articles: {len(spec.articles)}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write an agreement's catalogue to a JSON file."""
    from app.services.agreements.catalogue import get_spec
    from app.services.letters.registry import check_out_path, write_file
    from app.treaty.catalogue import agreement_to_dict

    out = check_new_file(check_out_path(args.out, data_dir_of(args)), args.force)  # before the store is opened
    with opened(args) as desk:
        spec = get_spec(desk, args.key)
    text = json.dumps(agreement_to_dict(spec), ensure_ascii=False, indent=2) + "\n"
    write_file(out, text.encode("utf-8"), data_dir_of(args))
    echo(f"{args.key}: catalogue written to {out}")
    return EXIT_OK


def cmd_save(args: argparse.Namespace) -> int:
    """Add or edit an agreement from a catalogue file."""
    from app.services.agreements.catalogue import save_agreement

    path = Path(args.file)
    raw = read_json_input(args.file)
    if not isinstance(raw, dict):
        return fail(f"file: {path} must hold one JSON object (an agreement catalogue)")
    with opened(args) as desk:
        view = save_agreement(desk, raw)
    echo(f"saved {_line(view)}")
    return EXIT_OK


def cmd_terminate(args: argparse.Namespace) -> int:
    """Record notice of termination."""
    from app.services.agreements.catalogue import NoticeAlreadyGiven, give_termination_notice

    with opened(args) as desk:
        try:
            view = give_termination_notice(desk, args.key, args.notice, replace=args.replace)
        except NoticeAlreadyGiven as exc:
            raise NoticeAlreadyGiven(exc.given_on, exc.ends_on, exc.article,
                                     how="add --replace to record the new notice instead",
                                     field="--notice") from None
    echo(f"{view.key}: notice given {view.termination_notice_on}; "
         f"{view.termination_explanation}")
    return EXIT_OK
