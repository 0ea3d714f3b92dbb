"""Ledger sub-commands: info, disclose, audit, authorities (Art. 9, 10)."""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_OK, Forbidden, echo, opened, positive_count, to_json
from app.cli.helptext import JSON_HELP
from app.treaty.restrictions import AUTHORITY_KINDS, PURPOSES


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ledger sub-commands."""
    p = sub.add_parser("info", parents=[common], help="list information items and their restrictions")
    p.add_argument("code", nargs="?", metavar="CODE",
                   help="show one item, e.g. I-00001 (opening a confidential item is audited)")
    p.add_argument("--direction", choices=["received", "provided"],
                   help="only information received from a partner, or provided by us")
    p.add_argument("--all", action="store_true", help="include entries replaced by a correction")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("disclose", parents=[common],
                       help="record passing information on, checked against Art. 9 and 10")
    p.add_argument("items", nargs="+", metavar="ITEM", help="information item code(s), e.g. I-00001")
    p.add_argument("--to", required=True, metavar="AUTHORITY", help="authority name (or id) on the list")
    p.add_argument("--purpose", required=True, choices=PURPOSES,
                   help="what the recipient uses it for; evidence needs an Art. 10.2 request, "
                   "required_by_law an Art. 9.4 notice")
    p.add_argument("--approval", metavar="DOC", help="document number of the written approval (Art. 9.1)")
    p.add_argument("--override-reason", metavar="TEXT",
                   help="record a disclosure the rules stop, with this written justification")
    p.add_argument("--on", metavar="DATE", help="date of the disclosure (default today)")
    p.add_argument("--means", help="how it was passed (letter, secure e-mail, ...)")
    p.add_argument("--legal-basis", help="the law requiring the disclosure (purpose required_by_law)")
    p.add_argument("--check", action="store_true", help="only say what the rules decide; record nothing")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_disclose)

    p = sub.add_parser("audit", parents=[common], help="show the audit log")
    p.add_argument("--since", metavar="DATE", help="entries on or after this day (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="entries on or before this day (YYYY-MM-DD)")
    p.add_argument("--actor", help="only entries by this officer, named as in the log (the "
                   "profile's name for work in the window, the login name for the command line)")
    p.add_argument("--action", help="action or its prefix, e.g. disclosure.")
    p.add_argument("--entity", help="entity type, or type:id")
    p.add_argument("--limit", type=positive_count, default=200, metavar="N",
                   help="at most the N newest entries (default 200)")
    p.add_argument("--verify", action="store_true", help="also verify the hash chain (exit 1 if broken)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("authorities", parents=[common],
                       help="list or add the authorities information may be passed to")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    # Options repeated after the action must not reset values given before it, so the
    # nested parsers leave them out of the namespace unless they are given (SUPPRESS).
    # (--data-dir is SUPPRESS in ``common`` too, and listed in every sub-command's --help.)
    inner = argparse.ArgumentParser(add_help=False)
    inner.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=JSON_HELP)
    asub = p.add_subparsers(dest="auth_cmd", metavar="ACTION")
    asub.add_parser("list", parents=[common, inner], help="list authorities (the default)")
    pa = asub.add_parser("add", parents=[common, inner], help="add an authority")
    pa.add_argument("name", metavar="NAME", help="the authority's full name")
    pa.add_argument("--kind", required=True, choices=AUTHORITY_KINDS, help="what sort of authority it is")
    pa.add_argument("--country", help="two-letter country code")
    le = pa.add_mutually_exclusive_group()
    le.add_argument("--law-enforcement", dest="le", action="store_true", default=None,
                    help="a law-enforcement agency (Art. 9.2); default for police and prosecutors")
    le.add_argument("--not-law-enforcement", dest="le", action="store_false",
                    help="not a law-enforcement agency (e.g. a ministry)")
    p.set_defaults(func=cmd_authorities)


def _flags(v) -> str:  # an ItemView
    marks = []
    if v.confidential:
        marks.append("CONF 9.3")
    if v.no_law_enforcement:
        marks.append("NO-LE 9.2")
    if v.not_as_evidence:
        marks.append("NOT-EVID 10.1")
    return " ".join(marks) or "-"


def cmd_info(args: argparse.Namespace) -> int:
    """List items, or show one."""
    from app.services.ledger.information import get_information, list_information

    with opened(args) as desk:
        if args.code:
            v = get_information(desk, args.code)
            if args.json:
                print(to_json(v.to_dict()))
            else:
                echo(_describe(v))
            return EXIT_OK
        rows = list_information(desk, direction=args.direction, include_corrected=args.all)
    if args.json:
        print(to_json([r.to_dict() for r in rows]))
        return EXIT_OK
    for r in rows:
        when = r.received_on.isoformat() if r.received_on else "-"
        fix = f" (corrects {r.corrects})" if r.corrects else ""
        provider = r.provider if len(r.provider) <= 24 else r.provider[:23] + "…"
        echo(f"{r.code:<9} {r.direction:<9} {when:<10} {provider:<24} {_flags(r):<32} {r.title}{fix}")
    return EXIT_OK


def _describe(v) -> str:  # an ItemView
    lines = [f"{v.code}  {v.title}", f"  {v.direction} from {v.provider} on {v.received_on}",
             f"  restrictions: {_flags(v)}; markings: {', '.join(v.markings)}"]
    if v.no_law_enforcement_notice_on:
        lines.append(f"  9.2 notice of {v.no_law_enforcement_notice_on.isoformat()}")
    if v.request_ref:
        lines.append(f"  request: {v.request_ref}")
    for a in v.approvals:
        lines.append(f"  approval (9.1): {a.authority} for {', '.join(a.purposes)} "
                     f"(document {a.document_id}, {a.granted_on.isoformat()})")
    for doc_id, name in v.documents:
        lines.append(f"  document {doc_id}: {name}")
    if v.summary:
        lines.append(f"  {v.summary}")
    return "\n".join(lines)


def cmd_disclose(args: argparse.Namespace) -> int:
    """Check and record a disclosure; exit 3 when the rules forbid it."""
    from app.services.ledger.disclosures import DisclosureRefused, check_disclosure, disclose

    with opened(args) as desk:
        if args.check:
            d = check_disclosure(desk, args.items, args.to, args.purpose, approval=args.approval)
            if args.json:
                print(to_json({"verdict": d.verdict, "findings": [f.__dict__ for f in d.findings],
                               "letters": list(d.letters), "conditions": list(d.conditions)}))
            else:
                echo(d.verdict)
                for f in d.findings:
                    echo(f"  {f}" + (f" -> letter: {f.letter}" if f.letter else ""))
            if not d.allowed:
                raise Forbidden(d.summary())
            return EXIT_OK
        try:
            v = disclose(desk, args.items, args.to, args.purpose, approval=args.approval,
                         override_reason=args.override_reason, disclosed_on=args.on,
                         means=args.means, legal_basis=args.legal_basis)
        except DisclosureRefused as exc:
            offers = ", ".join(exc.decision.letters)
            hint = f"; letter to prepare: {offers}" if offers else ""
            raise Forbidden(f"{exc}{hint}; not recorded (use --override-reason to record it "
                            "against the rules)") from None
    if args.json:
        print(to_json(v.to_dict()))
        return EXIT_OK
    tag = "OVERRIDE " if v.is_override else ""
    echo(f"{tag}disclosure {v.id} recorded: {', '.join(v.items)} to {v.authority} "
         f"for {v.purpose} ({v.decision})")
    for o in v.obligations:
        if o.get("verdict") == "obligation":
            echo(f"  obligation (Art. {o['article']}): {o['text']} -> letter: {o.get('letter')}")
        elif o.get("verdict") == "conditions":
            echo(f"  conditions passed on: {o['text']}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    """Print matching audit entries, oldest first; with --verify, exit 1 on a broken chain."""
    from app.services.admin.audit_log import AuditFilter, audit_page, verify_audit_chain

    f = AuditFilter.parse(since=args.since, until=args.until, actor=args.actor,
                          action=args.action, entity=args.entity)
    with opened(args) as desk:
        rows = list(reversed(audit_page(desk, f, limit=args.limit)))
        problems = verify_audit_chain(desk) if args.verify else []
        if not args.json:  # what each entry changed, in words, read while the store is open
            from app.cli.audit_words import what_changed_lines
            from app.services.agreements.grounds import grounds_by_code

            grounds = grounds_by_code(desk)
            changed = {r.id: what_changed_lines(desk, r, grounds) for r in rows}
    if args.json:
        out: dict | list = [r.to_dict() for r in rows]
        if args.verify:
            out = {"entries": out, "chain_problems": problems}
        print(to_json(out))
    else:
        from app.cli.audit_words import action_words, entity_words

        for r in rows:
            flag = "  [OVERRIDE]" if r.is_override else ""
            echo(f"{r.id:>6} {r.at.strftime('%Y-%m-%d %H:%M:%S')}Z {r.actor:<16} "
                 f"{action_words(r.action):<34} {entity_words(r.entity_type, r.entity_id)}{flag}")
            for line in changed[r.id]:
                echo(f"{'':>8}{line}")
        if args.verify:
            echo("audit chain intact" if not problems else "\n".join(problems))
    return 1 if problems else EXIT_OK


def cmd_authorities(args: argparse.Namespace) -> int:
    """List or add authorities."""
    from app.services.ledger.disclosures import add_authority, list_authorities

    with opened(args) as desk:
        if args.auth_cmd == "add":
            a = add_authority(desk, args.name, args.kind, country=args.country,
                              is_law_enforcement=args.le)
            if args.json:
                print(to_json(a.to_dict()))
            else:
                echo(f"added authority {a.id}: {a.name} ({a.kind}"
                     f"{', law enforcement' if a.is_law_enforcement else ''})")
            return EXIT_OK
        rows = list_authorities(desk)
    if args.json:
        print(to_json([a.to_dict() for a in rows]))
        return EXIT_OK
    for a in rows:
        le = "law enforcement" if a.is_law_enforcement else ""
        echo(f"{a.id:>4} {a.kind:<11} {a.country or '--':<3} {a.name:<40} {le}")
    return EXIT_OK
