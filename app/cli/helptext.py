"""What each sub-command is for, in an officer's words, with an example; and the exit codes.

``finish(parser)`` runs once the sub-commands are registered: each sub-command's ``--help`` then
opens with what it does and ends with a worked example, and the top-level help lists the exit
codes. Examples use the refs of the invented demo data (``liaison-desk demo``).
"""

from __future__ import annotations

import argparse

JSON_HELP = "print JSON instead of text (ISO dates, refs and codes, UTF-8)"
FORCE_HELP = "replace FILE if it already exists (without it an existing file is left alone)"

EXIT_CODES = """\
exit codes:
  0    done
  1    problems found (verify, audit --verify)
  2    bad input or refused by a rule: one line naming the field (and the article)
  3    forbidden by the agreement (disclose; Art. 9, 10)
  130  interrupted (Ctrl+C); nothing half-written

examples:
  liaison-desk demo                      a trial desk: the invented demo data in a new store
  liaison-desk requests --direction in   list incoming requests
  liaison-desk show JC-US-2026-0012      one request with its Art. 7.2 elements and history
  liaison-desk <command> --help          what a command does, with an example"""

# Command path (as typed after ``liaison-desk``) -> example lines ("command  # what it does").
EXAMPLES: dict[str, tuple[str, ...]] = {
    "init": ("init",
             "init --key-store passphrase      # key derived from LIAISON_DESK_PASSPHRASE or a prompt"),
    "requests": ("requests --direction in --status received",
                 "requests --json --limit 20"),
    "show": ("show JC-US-2026-0012", "show JC-US-2026-0012 --json"),
    "validate": ("validate JC-US-2026-0010      # exit 2 while (a), (b), (c) or (e) is missing",),
    "verify": ("verify                         # exit 0 clean, 1 with one line per problem",
               "verify --against desk-export.json  # also compare the chain with the export's head"),
    "agreements": ("agreements",),
    "agreement show": ("agreement show jp-us-1997",),
    "agreement export": ("agreement export jp-us-1997 --out jp-us.json",),
    "agreement save": ("agreement save jp-us.json",),
    "agreement terminate": ("agreement terminate jp-mx-2017 --notice 2026-12-01",),
    "search": ("search 腕時計", "search \"Long Beach\" --kind request",
               "search \"Prefectural Police\" --kind disclosure --json"),
    "demo": ("demo --data-dir /tmp/desk-trial",),
    "info": ("info", "info I-00001                   # one item (viewing a confidential one is audited)"),
    "disclose": ("disclose I-00001 --to \"Example Prefectural Police (DEMO)\" --purpose intelligence --check",),
    "audit": ("audit --since 2026-11-01 --action request.",
              "audit --verify"),
    "authorities": ("authorities",),
    "authorities list": ("authorities list --json",),
    "authorities add": ("authorities add \"Example Port Police\" --kind police --country JP",),
    "export": ("export --out /media/usb/desk-export.ldx     # encrypted (the default)",
               "export --plaintext --out desk-export.json  # readable JSON, with a warning"),
    "passphrase": ("passphrase change   # asks for the new passphrase twice",
                   "passphrase use-keyring   # no passphrase at start: a new key in the keyring",
                   "passphrase recovery-key --recovery-pdf key.pdf   # a new recovery key, printed"),
    "import": ("init --data-dir /tmp/new-desk      # import needs a new, empty store",
               "import desk-export.json --data-dir /tmp/new-desk",
               "import desk-export.json --signer 9f3a-2c4b-1d0e-77aa-0b1c-2d3e-4f50-6172  # only that desk's"),
    "backup": ("backup", "backup --out /media/usb/desk-backup.tar"),
    "migrate": ("migrate --to 'postgresql+psycopg://desk_admin@db.example.internal/liaison'",),
    "server": ("server grant tanaka --as officer   # LIAISON_DESK_DATABASE_URL names the server",),
    "server grant": ("server grant tanaka --as officer", "server grant audit_office --as auditor"),
    "restore": ("restore /media/usb/desk-backup.tar",
                "restore desk-backup.tar --data-dir ~/new-desk   # a new machine: the file alone",
                "restore desk-backup.tar --data-dir ~/new-desk --recovery-key   # keyring store"),
    "print": ("print JC-US-2026-0012 --letter acknowledgement --lang en+ja --out ack.pdf",
              "print JC-US-2026-0010 --letter request --draft --out draft.pdf"),
    "documents": ("documents JC-US-2026-0012",),
    "document export": ("document export 4 --out copy.pdf",),
    "subjects": ("subjects --active", "subjects --kind transport --json"),
    "match": ("match \"Mihon Tarou\"", "match DEMU1234560"),
    "subject show": ("subject show S-0005",),
    "subject add": ("subject add subject.json",),
    "subject lift": ("subject lift S-0001 --reason \"period ended\"",),
    "stats": ("stats --from 2026-01-01 --to 2026-06-30",
              "stats --agreement jp-us-1997 --json",
              "stats --csv --out figures-2026.csv      # UTF-8 with BOM, for a spreadsheet"),
    "report": ("report --year 2026 --out annual-report-2026.pdf   # English, then Japanese",),
    "subject observe": ("subject observe S-0002 --at 2026-11-20T08:30 --event arrived --locode JPYOK",),
}


def _subparsers(parser: argparse.ArgumentParser) -> list[tuple[str, str | None, argparse.ArgumentParser]]:
    """(name, one-line help, parser) of each sub-command directly under ``parser``."""
    found = []
    for action in parser._actions:  # argparse keeps no public list of sub-commands
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            found += [(name, helps.get(name), p) for name, p in action.choices.items()]
    return found


def walk(parser: argparse.ArgumentParser, path: str = ""):  # yields (path, parser)
    """Every sub-command parser with its path, e.g. ``("agreement show", parser)``."""
    for name, _help, p in _subparsers(parser):
        sub = f"{path} {name}".strip()
        yield sub, p
        yield from walk(p, sub)


def finish(parser: argparse.ArgumentParser) -> None:
    """Give every sub-command a description and its examples, and the top level the exit codes."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EXIT_CODES

    def visit(p: argparse.ArgumentParser, path: str) -> None:
        for name, line, sub in _subparsers(p):
            here = f"{path} {name}".strip()
            sub.formatter_class = argparse.RawDescriptionHelpFormatter
            if sub.description is None and line:
                sub.description = line[0].upper() + line[1:] + "."
            examples = EXAMPLES.get(here)
            if examples:
                sub.epilog = "example" + ("s" if len(examples) > 1 else "") + ":\n" + "\n".join(
                    f"  liaison-desk {e}" for e in examples)
            visit(sub, here)

    visit(parser, "")
