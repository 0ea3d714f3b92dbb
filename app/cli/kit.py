"""Field-kit sub-commands: ``kit prepare|open|return|merge|list``, ``conflicts``, ``conflict
resolve`` (docs/field-kit.md)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli.common import EXIT_OK, check_new_file, counted, data_dir_of, echo, fail, opened, to_json
from app.cli.helptext import FORCE_HELP, JSON_HELP

PASSPHRASE_ENV = "LIAISON_DESK_KIT_PASSPHRASE"  # app.services.kit.fileformat.PASSPHRASE_ENV


def _example(p: argparse.ArgumentParser, *lines: str) -> None:
    p.epilog = "example" + ("s" if len(lines) > 1 else "") + ":\n" + "\n".join(
        f"  liaison-desk {line}" for line in lines)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the kit, conflicts and conflict sub-commands."""
    p = sub.add_parser("kit", parents=[common],
                       help="field kits: take requests and subjects to a port on a laptop, "
                            "bring the work back (docs/field-kit.md)")
    act = p.add_subparsers(dest="kit_command", metavar="ACTION", required=True)

    a = act.add_parser("prepare", parents=[common],
                       help="write a kit of requests and subjects (encrypted, signed by the desk)")
    a.add_argument("--request", action="append", default=[], metavar="REF",
                   help="a request to take (repeat for more); its subjects come with it")
    a.add_argument("--subject", action="append", default=[], metavar="CODE",
                   help="a surveillance subject to take (repeat for more); its requests come with it")
    a.add_argument("--out", required=True, metavar="FILE", help="the kit file to write")
    a.add_argument("--label", metavar="TEXT", help="a name for the operation (e.g. the port)")
    a.add_argument("--no-documents", action="store_true",
                   help="leave stored documents and photos at the desk")
    a.add_argument("--force", action="store_true", help=FORCE_HELP)
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_prepare)
    _example(a, "kit prepare --request JC-US-2026-0012 --subject S-0003 --out /media/usb/yokohama.kit")

    a = act.add_parser("open", parents=[common],
                       help="make a field desk of a kit in --data-dir (a new store on the laptop)")
    a.add_argument("file", metavar="FILE", help="a kit file from `kit prepare`")
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_open)
    _example(a, "kit open /media/usb/yokohama.kit --data-dir ~/field-desk")

    a = act.add_parser("return", parents=[common],
                       help="on the field desk: write the work done since the kit was made "
                            "(encrypted, signed by the field desk)")
    a.add_argument("--out", required=True, metavar="FILE", help="the return file to write")
    a.add_argument("--force", action="store_true", help=FORCE_HELP)
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_return)
    _example(a, "kit return --out /media/usb/yokohama.return --data-dir ~/field-desk")

    a = act.add_parser("merge", parents=[common],
                       help="at the desk: merge a field return, all or nothing (conflicts kept)")
    a.add_argument("file", metavar="FILE", help="a return file from `kit return`")
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_merge)
    _example(a, "kit merge /media/usb/yokohama.return")

    a = act.add_parser("list", parents=[common], help="the kits made at this desk (or opened here)")
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_list)
    _example(a, "kit list", "kit list --json")

    p = sub.add_parser("conflicts", parents=[common],
                       help="fields both the desk and a field desk changed, kept for an officer "
                            "to resolve")
    p.add_argument("--all", action="store_true", help="resolved conflicts too")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_conflicts)
    _example(p, "conflicts", "conflicts --json")

    p = sub.add_parser("conflict", parents=[common], help="resolve one conflict of a merged return")
    act = p.add_subparsers(dest="conflict_command", metavar="ACTION", required=True)
    a = act.add_parser("resolve", parents=[common],
                       help="keep the desk's value, take the field's, or put a merged text in "
                            "place (both versions stay in the audit log)")
    a.add_argument("id", type=int, metavar="ID", help="the conflict's number (from `conflicts`)")
    a.add_argument("--take", required=True, choices=["desk", "field", "merged"],
                   help="which version to keep (merged: the text of --text)")
    a.add_argument("--text", metavar="TEXT", help="the merged text (with --take merged)")
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_resolve)
    _example(a, "conflict resolve 3 --take field",
             'conflict resolve 4 --take merged --text "Surveillance of EXAMPLE MARU and its cargo"')


def _passphrase(confirm: bool) -> str:
    pw = os.environ.get(PASSPHRASE_ENV)
    if pw:
        return pw
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        pw = getpass.getpass("Kit passphrase: ")
        if confirm and getpass.getpass("Repeat the kit passphrase: ") != pw:
            raise ValueError("passphrase: the two entries differ")
        return pw
    raise ValueError(f"passphrase: a kit is encrypted; set {PASSPHRASE_ENV} or type it at the prompt")


def _counts(counts: dict[str, int]) -> str:
    names = {"request": "request", "subject": "subject", "observation": "observation",
             "information_item": "information item", "document": "document",
             "status_change": "status change", "outcome": "outcome",
             "subject_name": "name", "subject_identifier": "identifier",
             "request_subject": "link"}
    return ", ".join(counted(n, names.get(k, k)) for k, n in counts.items()) or "nothing"


def cmd_prepare(args: argparse.Namespace) -> int:
    """Write a kit."""
    from app.services.kit.prepare import prepare_kit

    out = check_new_file(args.out, args.force)
    if not args.request and not args.subject:
        return fail("records: give at least one --request REF or --subject CODE")
    passphrase = _passphrase(confirm=True)
    with opened(args) as desk:
        summary = prepare_kit(desk, out, passphrase, requests=args.request,
                              subjects=args.subject, label=args.label,
                              documents=not args.no_documents)
    if args.json:
        echo(to_json(summary.to_dict()))
    else:
        echo(f"kit {summary.code} written to {out}: {_counts(summary.counts)}")
        echo(f"signed by this desk's key {summary.fingerprint}")
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    """Make a field desk from a kit."""
    from app.services.kit.field import open_kit

    passphrase = _passphrase(confirm=False)
    result = open_kit(Path(args.file), data_dir_of(args), passphrase)
    result.desk.db.close()
    if args.json:
        echo(to_json({"kit": result.code, "records": result.counts, "desk_key": result.desk_key,
                      "data_dir": str(data_dir_of(args))}))
    else:
        echo(f"field desk of kit {result.code} made in {data_dir_of(args)}: {_counts(result.counts)}")
        echo(f"the kit is signed by the desk key {result.desk_key}")
    return EXIT_OK


def cmd_return(args: argparse.Namespace) -> int:
    """Write the field desk's return."""
    from app.services.kit.field import write_return

    out = check_new_file(args.out, args.force)
    passphrase = _passphrase(confirm=False)
    with opened(args) as desk:
        summary = write_return(desk, out, passphrase)
    if args.json:
        echo(to_json(summary.to_dict()))
    else:
        echo(f"return {summary.sequence} of kit {summary.kit} written to {out}: "
             f"{_counts(summary.counts)}; {counted(summary.audit_entries, 'audit entry', 'audit entries')}")
        echo(f"signed by this field desk's key {summary.fingerprint}")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge a field return."""
    from app.services.kit.merge import AlreadyMerged, merge_return

    passphrase = _passphrase(confirm=False)
    with opened(args) as desk:
        try:
            report = merge_return(desk, Path(args.file), passphrase)
        except AlreadyMerged as done:
            if args.json:
                echo(to_json({"kit": done.kit, "return": done.sequence, "already_merged": True}))
            else:
                echo(str(done))
            return EXIT_OK
    if args.json:
        echo(to_json(report.to_dict()))
        return EXIT_OK
    echo(f"return {report.sequence} of kit {report.kit} merged: added {_counts(report.added)}")
    for field_code, desk_code in report.code_map.items():
        echo(f"  {field_code} (field) is now {desk_code}")
    if report.applied:
        echo(f"  {counted(len(report.applied), 'edit')} applied: {', '.join(report.applied)}")
    for kept in report.kept:
        echo(f"  kept at the desk: {kept}")
    echo(f"  {counted(report.audit_entries, 'audit entry', 'audit entries')} of the field desk "
         f"({report.field_key}) carried into the audit log")
    if report.conflicts:
        echo(f"  {counted(len(report.conflicts), 'conflict')} to resolve: liaison-desk conflicts")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """List kits."""
    from app.services.kit.conflicts import list_kits

    with opened(args) as desk:
        kits = list_kits(desk)
    if args.json:
        echo(to_json([k.to_dict() for k in kits]))
        return EXIT_OK
    if not kits:
        echo("no field kits")
    for k in kits:
        where = "opened here (field desk)" if k.role == "field" else \
            ("in the field" if k.status == "out" else f"returned {k.returned_at:%Y-%m-%d}")
        extra = f", {counted(k.open_conflicts, 'open conflict')}" if k.open_conflicts else ""
        echo(f"{k.code}  {k.made_at:%Y-%m-%d}  {where}  {counted(k.requests, 'request')}, "
             f"{counted(k.subjects, 'subject')}{extra}{'  ' + k.label if k.label else ''}")
    return EXIT_OK


def _value(v: object) -> str:
    return "(empty)" if v is None or v == "" else str(v)


def cmd_conflicts(args: argparse.Namespace) -> int:
    """List conflicts."""
    from app.services.kit.conflicts import list_conflicts

    with opened(args) as desk:
        found = list_conflicts(desk, include_resolved=args.all)
    if args.json:
        echo(to_json([c.to_dict() for c in found]))
        return EXIT_OK
    if not found:
        echo("no open conflicts")
    for c in found:
        state = "open" if c.status == "open" else f"resolved ({c.resolution})"
        echo(f"#{c.id}  kit {c.kit}  {c.record}  {c.field}  {state}")
        echo(f"    desk:  {_value(c.desk_value)}")
        echo(f"    field: {_value(c.field_value)}")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    """Resolve one conflict."""
    from app.services.kit.conflicts import resolve_conflict

    with opened(args) as desk:
        c = resolve_conflict(desk, args.id, args.take, args.text)
    if args.json:
        echo(to_json(c.to_dict()))
    else:
        echo(f"conflict #{c.id} resolved: {c.record} {c.field} = {_value(c.resolved_value)} "
             f"(the {'other version is' if c.resolution != 'merged' else 'two versions are'} "
             "kept in the audit log)")
    return EXIT_OK
