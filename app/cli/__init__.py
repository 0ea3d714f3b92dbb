"""``liaison-desk``: the GUI by default, sub-commands for headless and scripted work.

Every sub-command takes ``--data-dir``. Exit codes: 0 done, 1 problems found (``verify``),
2 bad input or a rule refused it (one line naming the field and article), 3 forbidden
(a disclosure the agreement does not allow), 130 interrupted (Ctrl+C; nothing half-written).
Sub-command modules register themselves through ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from app import __version__

# The front end started when no sub-command is given ("module:function").
GUI_ENTRY = "ui.app:run_gui"

# Each module has register(subparsers, common) adding its sub-commands.
COMMAND_MODULES = [
    "app.cli.core",
    "app.cli.requests",
    "app.cli.agreements",
    "app.cli.tools",
    "app.cli.ledger",
    "app.cli.data",
    "app.cli.letters",
    "app.cli.surveillance",
    "app.cli.desk",
    "app.cli.stats",
    "app.cli.kit",
]

#: Sub-command -> the module in COMMAND_MODULES that registers it (a unit test keeps the two in
#: step). A command line naming one of these builds the parser of that module alone: building
#: all of them imports every module's choices (treaty restrictions, letter kinds, surveillance
#: events) and makes some 40 parsers, which the CLI whole-process budget (docs/benchmarks.md)
#: cannot pay for on every ``show`` or ``search``. Help without a command, an unknown command
#: and the tests still get the full parser.
COMMANDS = {
    **dict.fromkeys(("init", "requests", "show", "validate", "verify"), "app.cli.core"),
    **dict.fromkeys(("request", "due"), "app.cli.requests"),
    **dict.fromkeys(("agreements", "agreement"), "app.cli.agreements"),
    **dict.fromkeys(("search", "demo"), "app.cli.tools"),
    **dict.fromkeys(("info", "disclose", "audit", "authorities"), "app.cli.ledger"),
    **dict.fromkeys(("export", "import", "backup", "restore", "passphrase", "server",
                      "migrate"), "app.cli.data"),
    **dict.fromkeys(("print", "documents", "document"), "app.cli.letters"),
    **dict.fromkeys(("subjects", "match", "subject"), "app.cli.surveillance"),
    **dict.fromkeys(("settings", "official", "administration"), "app.cli.desk"),
    **dict.fromkeys(("stats", "report"), "app.cli.stats"),
    **dict.fromkeys(("kit", "conflicts", "conflict"), "app.cli.kit"),
}


def command_named(argv: list[str]) -> str | None:
    """The sub-command ``argv`` names before any top-level help or version option, or None.

    Only the top-level options are skipped (``--data-dir DIR``, ``--data-dir=DIR``): the first
    other word is the command."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif word.startswith("--data-dir="):
            continue
        elif word.startswith("-"):
            return None  # -h, --help, --version, or a mistake: the full parser answers
        else:
            return word if word in COMMANDS else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser (the full one, also used by tests and the README check); given a
    ``command`` of ``COMMANDS``, the same parser with only that command's module registered,
    which parses and helps that command exactly as the full one does."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: the option may stand before or after the sub-command without one overriding
    # the other with a default of None.
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="folder of the store (default: the platform's user data dir, or "
                        "$LIAISON_DESK_DATA_DIR)")
    parser = argparse.ArgumentParser(
        prog="liaison-desk",
        description="Liaison Desk: requests for customs mutual assistance. "
        "With no sub-command the desktop window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"liaison-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [COMMANDS[command]] if command else COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    from app.cli.helptext import finish

    finish(parser)  # descriptions, examples and the exit codes in every --help
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    from app.cli.common import bad_argument, fail, safe_streams

    safe_streams()
    argv = sys.argv[1:] if argv is None else argv
    broken = bad_argument(argv)
    if broken is not None:
        return fail(f"argument: {broken!r} is not valid text in this locale's encoding; "
                    "use a UTF-8 locale, e.g. LANG=C.UTF-8")
    parser = build_parser(command_named(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        # The desktop front end is found by name at run time: app/ imports no GUI code, and a
        # build without ui/ still runs every sub-command.
        module, _, func = GUI_ENTRY.partition(":")
        run_gui = getattr(importlib.import_module(module), func)
        return run_gui(data_dir=getattr(args, "data_dir", None))
    from app.cli.common import run_command

    return run_command(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
