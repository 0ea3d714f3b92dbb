"""Ledger sub-commands: info, disclose, audit, authorities (Art. 9, 10)."""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_OK, Forbidden, echo, opened, positive_count, to_json
from app.cli.helptext import JSON_HELP
from app.treaty.restrictions import AUTHORITY_KINDS, PURPOSES


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ledger sub-commands."""
    p = sub.add_parser("info", parents=[common],
                       help="list, add and restrict information items (Art. 9, 10)")
    # `info` alone lists and `info CODE` shows one item, as before the actions existed: a word
    # that is not an action is the CODE of `info list`.
    acts = p.add_subparsers(dest="info_cmd", metavar="ACTION", action=_ListUnlessAction)
    pl = acts.add_parser("list", parents=[common], help="list items, or show one (the default)")
    _info_list_options(pl)
    _example(pl, "info list", "info list", "info list I-00001   # one item (viewing a confidential one is audited)")
    _info_list_options(p, suppress=True)
    pa = acts.add_parser("add", parents=[common],
                         help="record information received or provided, with its restrictions")
    pa.add_argument("file", metavar="FILE.json",
                    help="the item as `info CODE --json` prints it (direction, provider, title, "
                    "summary, request_ref, received_on, confidential, no_law_enforcement, "
                    "not_as_evidence, ...); - reads standard input")
    pa.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=JSON_HELP)
    _example(pa, "info add", "info add item.json")
    pa.set_defaults(func=cmd_info_add)
    pn = acts.add_parser("notice", parents=[common],
                         help="record the provider's notice that an item may not be passed to law "
                         "enforcement (Art. 9.2); the entry is corrected, the old one kept")
    pn.add_argument("code", metavar="CODE", help="the information item, e.g. I-00001")
    pn.add_argument("--on", metavar="DATE", help="the day of the notice (default today)")
    pn.add_argument("--reason", metavar="TEXT",
                    help="why the entry changes (default: the Art. 9.2 notice and its date)")
    pn.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=JSON_HELP)
    _example(pn, "info notice", "info notice I-00001 --on 2026-11-30")
    pn.set_defaults(func=cmd_info_notice)
    pp = acts.add_parser("approval", parents=[common],
                         help="record the provider's written approval for one authority's use "
                         "(Art. 9.1), with the letter on file")
    pp.add_argument("code", metavar="CODE", help="the information item received, e.g. I-00001")
    pp.add_argument("--authority", required=True, metavar="NAME",
                    help="the authority approved (name or id on the list of `authorities`)")
    pp.add_argument("--purpose", dest="purposes", action="append", required=True,
                    choices=PURPOSES, help="a use approved (repeat for several)")
    letter = pp.add_mutually_exclusive_group(required=True)
    letter.add_argument("--letter", metavar="FILE", help="the approval letter to keep with the item")
    letter.add_argument("--document", type=positive_count, metavar="ID",
                        help="a document already attached to the item that is the approval")
    pp.add_argument("--on", metavar="DATE", help="the day the approval was given (default today)")
    pp.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=JSON_HELP)
    _example(pp, "info approval", "info approval I-00001 --authority \"Example Prefectural Police "
             "(DEMO)\" --purpose customs --letter approval.pdf")
    pp.set_defaults(func=cmd_info_approval)
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


class _ListUnlessAction(argparse._SubParsersAction):
    """``info``'s actions: a first word that is no action is the CODE of ``info list``."""

    class _AnyWord(dict):
        """The actions by name, as argparse checks a choice against them: every word passes
        (the unknown ones are a CODE, routed to ``list`` by ``__call__``)."""

        def __init__(self, names: dict) -> None:
            super().__init__()
            self.names = names

        def __contains__(self, key: object) -> bool:
            return True

        def __iter__(self):  # noqa: ANN204 - the dict's own
            return iter(self.names)

        def __len__(self) -> int:
            return len(self.names)

        def __getitem__(self, key: str):  # noqa: ANN204
            return self.names[key]

        def items(self):  # noqa: ANN201
            return self.names.items()

        def keys(self):  # noqa: ANN201
            return self.names.keys()

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - argparse's own
        super().__init__(*args, **kwargs)
        self.choices = self._AnyWord(self._name_parser_map)

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        if values and values[0] not in self._name_parser_map:
            values = ["list", *values]
        super().__call__(parser, namespace, values, option_string)


def _info_list_options(p: argparse.ArgumentParser, suppress: bool = False) -> None:
    """The listing's options, on ``info list`` and on ``info`` itself (before the action)."""
    default = argparse.SUPPRESS if suppress else None
    if not suppress:
        p.add_argument("code", nargs="?", metavar="CODE",
                       help="show one item, e.g. I-00001 (opening a confidential item is audited)")
    p.add_argument("--direction", choices=["received", "provided"], default=default,
                   help="only information received from a partner, or provided by us")
    p.add_argument("--all", action="store_true", default=argparse.SUPPRESS if suppress else False,
                   help="include entries replaced by a correction")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                   help=JSON_HELP)


def _example(p: argparse.ArgumentParser, path: str, *lines: str) -> None:
    """End ``p``'s --help with its examples (``path`` names the command)."""
    p.epilog = "example" + ("s" if len(lines) > 1 else "") + ":\n" + "\n".join(
        f"  liaison-desk {e}" for e in lines)


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
    """List items, or show one (``info``, ``info list``, ``info CODE``)."""
    from app.services.ledger.information import get_information, list_information

    args.code = getattr(args, "code", None)
    args.direction = getattr(args, "direction", None)
    args.all = getattr(args, "all", False)
    args.json = getattr(args, "json", False)
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


#: Keys of an information item's JSON (``info CODE --json``) that say what the officer
#: entered; the others (code, actor, approvals, documents, markings, corrections) the desk sets,
#: so they are read and ignored.
INFO_INPUT_KEYS = ("direction", "provider", "title", "summary", "request_ref", "received_on",
                   "confidential", "no_law_enforcement", "no_law_enforcement_notice_on",
                   "not_as_evidence", "provider_markings", "conditions_attached", "recipient")
INFO_DERIVED_KEYS = ("code", "corrects", "corrected_by", "actor", "approvals", "documents",
                     "markings")


def information_input(doc: object) -> dict:
    """An information item's JSON as ``add_information_item``'s arguments; an unknown key, or a
    flag that is not true or false, is refused naming it."""
    from app.services.validation import ServiceError

    if not isinstance(doc, dict):
        raise ServiceError("information", "the JSON must be an object of the keys `info CODE --json` prints")
    for key in doc:
        if key not in INFO_INPUT_KEYS and key not in INFO_DERIVED_KEYS:
            raise ServiceError(str(key), "is not a key of an information item (the keys are "
                               "those `info CODE --json` prints)")
    articles = {"confidential": "9.3", "no_law_enforcement": "9.2", "not_as_evidence": "10.1"}
    for key, article in articles.items():
        if key in doc and not isinstance(doc[key], bool):
            raise ServiceError(key, "must be true or false", article)
    return {k: doc[k] for k in INFO_INPUT_KEYS if k in doc}


def _item_done(args: argparse.Namespace, v, what: str) -> int:  # v: an ItemView
    if getattr(args, "json", False):
        print(to_json(v.to_dict()))
    else:
        echo(f"{v.code}: {what}")
    return EXIT_OK


def cmd_info_add(args: argparse.Namespace) -> int:
    """Record an information item from JSON; print its code."""
    from app.cli.requests import read_json
    from app.services.ledger.information import add_information_item

    fields = information_input(read_json(args.file))
    with opened(args) as desk:
        v = add_information_item(desk, **fields)
    return _item_done(args, v, f"recorded ({v.direction} from {v.provider})")


def cmd_info_notice(args: argparse.Namespace) -> int:
    """Record an Art. 9.2 notice: the item is corrected to "not to law enforcement" with the
    notice's date; the earlier entry stays in the ledger."""
    from app.services.ledger.information import correct_information_item
    from app.services.validation import parse_date

    with opened(args) as desk:
        day = parse_date("on", args.on) or desk.today()
        reason = args.reason or f"notice under Art. 9.2 of {day.isoformat()}: not to be passed to law enforcement"
        v = correct_information_item(desk, args.code, reason, no_law_enforcement=True,
                                     no_law_enforcement_notice_on=day)
    return _item_done(args, v, f"not to law enforcement from the notice of {day.isoformat()} "
                      f"(Art. 9.2); corrects {args.code}")


def cmd_info_approval(args: argparse.Namespace) -> int:
    """Record the provider's written approval (Art. 9.1) with the letter kept on file."""
    from pathlib import Path

    from app.services.ledger.information import MAX_ATTACHMENT, add_approval
    from app.services.validation import ServiceError

    document = None
    if args.letter:
        path = Path(args.letter).expanduser()
        try:
            if path.stat().st_size > MAX_ATTACHMENT:
                raise ServiceError("letter", f"{path} is larger than {MAX_ATTACHMENT // 2**20} MB", "9.1")
            document = (path.name, path.read_bytes())
        except OSError as exc:
            raise ServiceError("letter", f"cannot read {path}: {exc.strerror}", "9.1") from None
    with opened(args) as desk:
        a = add_approval(desk, args.code, authority=args.authority, purposes=args.purposes,
                         granted_on=args.on, document=document, document_id=args.document)
    if getattr(args, "json", False):
        print(to_json(a.to_dict()))
    else:
        echo(f"{args.code}: approval (Art. 9.1) for {a.authority} to use it for "
             f"{', '.join(a.purposes)}, given {a.granted_on.isoformat()} (document {a.document_id})")
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
