"""Letter sub-commands: ``print`` a letter to PDF, list a request's ``documents``, ``document export``.

``print`` makes a FINAL letter by default: it is stored in the encrypted registry as a new version
and then written to ``--out``; ``--draft`` writes a watermarked draft without storing it. Every
file written is audited (``document.export``). A final letter that is refused (Art. 7.2
incomplete, a name missing, ...) exits 2 with every finding, and nothing is stored.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    check_new_file,
    data_dir_of,
    echo,
    fail,
    opened,
    to_json,
)
from app.cli.helptext import FORCE_HELP, JSON_HELP
from app.documents import LANGUAGES, LETTER_KINDS


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``print``, ``documents`` and ``document export``."""
    p = sub.add_parser("print", parents=[common], help="write a letter for a request to a PDF file")
    p.add_argument("ref", metavar="REF", help="our reference of the request")
    # Checked by the service (not argparse choices) so the error names the field in one line.
    p.add_argument("--letter", required=True, metavar="KIND", help="letter kind: " + ", ".join(LETTER_KINDS))
    p.add_argument("--lang", default="en", help="language: " + ", ".join(LANGUAGES) + " (default en); "
                   "only the languages of the request's agreement (es for Japan-Mexico)")
    p.add_argument("--draft", action="store_true",
                   help="a watermarked draft, not stored (the only way while problems remain)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
    p.add_argument("--force", action="store_true", help=FORCE_HELP.replace("FILE", "FILE.pdf"))
    p.add_argument("--authority", help="authority concerned (Art. 9.1 approval, 9.4 disclosure, 10.2 evidence)")
    p.add_argument("--purpose", help="purpose of the use (Art. 9.1) or proceedings (Art. 10.2)")
    p.add_argument("--legal-basis", help="law obliging the disclosure (Art. 9.4)")
    p.add_argument("--disclosure-date", metavar="DATE", help="date of the intended disclosure (Art. 9.4)")
    p.add_argument("--conditions", help="terms proposed (Art. 11.3 consultation) or conditions of use")
    p.add_argument("--remarks", help="free text printed under Remarks where the kind has it")
    p.add_argument("--information", dest="information_summary", help="describe the information concerned")
    p.add_argument("--attachment", dest="attachments", action="append", default=[],
                   help="an attachment to list (repeatable)")
    p.set_defaults(func=cmd_print)

    p = sub.add_parser("documents", parents=[common], help="list the documents stored with a request")
    p.add_argument("ref", metavar="REF", help="our reference of the request")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("document", parents=[common], help="work with one stored document")
    dsub = p.add_subparsers(dest="document_cmd", metavar="ACTION", required=True)
    pe = dsub.add_parser("export", parents=[common], help="write a stored document to a file (audited)")
    pe.add_argument("id", metavar="ID", help="document number (see `documents REF`)")
    pe.add_argument("--out", required=True, metavar="FILE", help="file to write")
    pe.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.set_defaults(func=cmd_document)


def _inputs(args: argparse.Namespace) -> dict:
    names = ("authority", "purpose", "legal_basis", "disclosure_date", "conditions", "remarks",
             "information_summary", "attachments")
    return {n: getattr(args, n) for n in names if getattr(args, n)}


def cmd_print(args: argparse.Namespace) -> int:
    """Write a final (stored) or draft letter to --out."""
    from app.services.letters import commands as letters
    from app.services.letters import registry as docs
    from app.services.letters.context import check_kind_and_lang

    check_kind_and_lang(args.letter, args.lang)
    out = docs.check_out_path(args.out, data_dir_of(args))  # before anything is rendered or stored
    check_new_file(out, args.force)
    with opened(args) as desk:
        if args.draft:
            preview = letters.preview_letter(desk, args.ref, args.letter, args.lang, final=False,
                                             inputs=_inputs(args))
            docs.export_unstored(desk, args.ref, preview.pdf, out,
                                 what=f"{args.letter} ({args.lang}) draft")
            echo(f"{out}: DRAFT {args.letter} ({args.lang}) for {args.ref}, not stored")
            for problem in letters.final_check(desk, args.ref, args.letter, args.lang,
                                               inputs=_inputs(args)).reasons:
                echo(f"  still missing for a final letter: {problem}")
            return EXIT_OK
        try:
            # The same answer the Letters dialog's "Final" box follows; asked before anything
            # is rendered or stored.
            check = letters.final_check(desk, args.ref, args.letter, args.lang, inputs=_inputs(args))
            if not check.possible:
                raise letters.LetterRefused(check.reasons)
            view = letters.generate_letter(desk, args.ref, args.letter, args.lang, inputs=_inputs(args))
        except letters.LetterRefused as exc:
            code = fail(str(exc), EXIT_BAD_INPUT)
            for problem in exc.problems:
                echo(f"  {problem}", file=sys.stderr)
            echo("  (nothing stored; use --draft for a watermarked draft)", file=sys.stderr)
            return code
        docs.export_document(desk, view.id, out)
        echo(f"{out}: {args.letter} ({args.lang}) for {args.ref}, stored as document {view.id} "
             f"version {view.version}, sha256 {view.sha256}")
        return EXIT_OK


def cmd_documents(args: argparse.Namespace) -> int:
    """List a request's stored documents."""
    from app.services.letters.registry import list_documents

    with opened(args) as desk:
        rows = list_documents(desk, args.ref)
    if args.json:
        print(to_json([r.to_dict() for r in rows]))
        return EXIT_OK
    if not rows:
        echo(f"no documents stored with {args.ref}")
        return EXIT_OK
    echo(f"{'ID':>5}  {'KIND':<22} {'LANG':<6} {'VER':>3}  {'FINAL':<5} {'SIZE':>8}  {'CREATED (UTC)':<19}  SHA-256")
    for r in rows:
        echo(f"{r.id:>5}  {r.kind:<22} {r.language or '-':<6} {r.version:>3}  {'yes' if r.final else 'no':<5} "
             f"{r.size:>8}  {r.created_at.strftime('%Y-%m-%d %H:%M:%S'):<19}  {r.sha256}")
    return EXIT_OK


def cmd_document(args: argparse.Namespace) -> int:
    """``document export ID --out FILE``."""
    from app.services.letters.registry import check_out_path, export_document

    try:
        doc_id = int(args.id)
    except ValueError:
        return fail(f"document: a document number is a whole number, not {args.id!r}")
    if not 0 < doc_id < 2**63:  # beyond what the store can hold: no such document
        return fail(f"document: no document {args.id}")
    out = check_out_path(args.out, data_dir_of(args))
    check_new_file(out, args.force)
    with opened(args) as desk:
        export_document(desk, doc_id, out)
    echo(f"{out}: document {doc_id} written")
    return EXIT_OK
