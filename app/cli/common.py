"""Shared CLI plumbing: opening the desk, printing, and turning errors into exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.paths import default_data_dir
from app.treaty.errors import CatalogueError, RuleViolation

# Only light modules at the top: every sub-command module imports this one while the parser is
# built, so the store (SQLAlchemy, keyring) is imported by the commands that use it.

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_FORBIDDEN = 0, 1, 2, 3


class Forbidden(Exception):
    """A command refused because the agreement forbids it (exit 3)."""


def data_dir_of(args: argparse.Namespace) -> Path:
    """The data dir from --data-dir, the environment or the platform default."""
    return Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else default_data_dir()


def passphrase_for(prompt: bool = True) -> str | None:
    """The passphrase from the environment, or a hidden prompt on a terminal."""
    from app.security.keys import PASSPHRASE_ENV

    pw = os.environ.get(PASSPHRASE_ENV)
    if pw:
        return pw
    if prompt and sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass("Passphrase: ")
    return None


def open_from_args(args: argparse.Namespace):  # noqa: ANN201 - returns a Desk
    """Open the desk of --data-dir, asking for the passphrase only when the store needs one."""
    from app.security.keys import read_keyinfo
    from app.services import open_desk

    data_dir = data_dir_of(args)
    passphrase = None
    try:
        info = read_keyinfo(data_dir)
    except (ValueError, TypeError):
        info = None  # Database.open reports the broken file
    if info is not None and info.method == "passphrase":
        passphrase = passphrase_for()
    return open_desk(data_dir, passphrase=passphrase)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Any]:
    """``with opened(args) as desk:`` — the desk of --data-dir, closed however the block ends."""
    desk = open_from_args(args)
    try:
        yield desk
    finally:
        desk.db.close()


def to_json(obj: Any) -> str:
    """JSON with dates as ISO strings and non-ASCII kept."""
    def default(o: Any) -> Any:
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if hasattr(o, "to_dict"):
            return o.to_dict()
        if hasattr(o, "__dict__"):
            return o.__dict__
        return str(o)

    return json.dumps(obj, ensure_ascii=False, indent=2, default=default)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """Print one line to stderr and return the exit code."""
    print(f"liaison-desk: {message}", file=sys.stderr)
    return code


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen sub-command, mapping errors to one line and an exit code."""
    try:
        return int(args.func(args) or 0)
    except Forbidden as exc:
        return fail(str(exc), EXIT_FORBIDDEN)
    except (RuleViolation, CatalogueError, ValueError) as exc:
        return fail(str(exc))
    except Exception as exc:
        from app.store.db import (
            StoreError,  # loaded by then: only store commands raise it
        )

        if isinstance(exc, StoreError):
            return fail(str(exc))
        raise
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written (each change is one transaction)")
