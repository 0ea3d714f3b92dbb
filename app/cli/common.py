"""Shared CLI plumbing: opening the desk, printing, and turning errors into exit codes."""

from __future__ import annotations

import argparse
import json
import os
import stat
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
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl+C
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: the reader went away (e.g. `| head`)


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


def open_from_args(args: argparse.Namespace):  # returns a Desk
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
    desk = open_desk(data_dir, passphrase=passphrase)
    from app.paths import DATABASE_URL_ENV

    if not os.environ.get(DATABASE_URL_ENV):
        # The officer of this desk is the one its profile names: the audit says who acted, as
        # the window does. (A shared server's desk names each officer's own identity instead.)
        from app.services.admin.settings import name_the_officer

        name_the_officer(desk)
    return desk


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Any]:
    """``with opened(args) as desk:`` — the desk of --data-dir, closed however the block ends."""
    desk = open_from_args(args)
    try:
        yield desk
    finally:
        desk.db.close()


def public(obj: Any) -> Any:
    """A view's dict without its internal database id where a ref or a code names the record.

    Refs (``JC-US-2026-0012``) and codes (``S-0005``, ``I-00001``) are what an officer types; the
    row id means nothing outside this one file and changes on import."""
    if isinstance(obj, list):
        return [public(x) for x in obj]
    if isinstance(obj, dict) and "id" in obj and (obj.get("our_ref") or obj.get("code")):
        return {k: v for k, v in obj.items() if k != "id"}
    return obj


def check_new_file(path: str | os.PathLike[str], force: bool, field: str = "out") -> Path:
    """Refuse to replace an existing file unless ``--force`` was given (a signed letter or an
    earlier export is not overwritten by a slip of the up-arrow)."""
    p = Path(path).expanduser()
    if p.is_file() and not force:
        raise ValueError(f"{field}: {p} already exists; choose another name, or add --force to replace it")
    return p


#: The largest count ``positive_count`` accepts: far above any list an officer pages through,
#: and far below what a database integer holds (a larger LIMIT overflows SQLite's 64 bits).
MAX_COUNT = 1_000_000


def positive_count(text: str) -> int:
    """argparse type for counts such as ``--limit``: a whole number from 1 to ``MAX_COUNT``."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not allowed; give 1 or more")
    if value > MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{text} is too large; give at most {MAX_COUNT:,}")
    return value


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` with its noun in the right number: ``counted(1, "subject")`` is "1 subject",
    ``counted(5, "subject")`` "5 subjects" (``many`` where adding an s is wrong)."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def to_json(obj: Any) -> str:
    """JSON with dates as ISO strings and non-ASCII kept; no internal ids where a ref exists."""
    def default(o: Any) -> Any:
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if hasattr(o, "to_dict"):
            return o.to_dict()
        if hasattr(o, "__dict__"):
            return o.__dict__
        return str(o)

    # Non-ASCII stays readable on a UTF-8 terminal; elsewhere it is escaped the JSON way
    # (\u00f3), so the output is still valid JSON and means the same.
    enc = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    return json.dumps(public(obj), ensure_ascii=enc != "utf8", indent=2, default=default)


# Characters that would act on the terminal instead of showing: C0 and C1 controls (ESC starts
# a terminal command, CR overwrites the line) and the bidirectional formatting marks (U+202E
# shows "fdp.exe" for "exe.pdf"). Newline and tab stay: the printers lay lines out with them.
_UNSHOWN = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)] if c not in (0x09, 0x0A)}
_UNSHOWN.update({c: f"\\u{c:04x}" for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                                             *range(0x2066, 0x206A), 0x2028, 0x2029)})


def visible(text: object) -> str:
    """``text`` as the officer can see it on a terminal: control characters and bidi marks
    written as escapes (``\\x1b``, ``\\u202e``) so stored text can neither move the cursor nor
    reorder what is printed. Every text (not JSON) printer goes through it, via ``echo``."""
    return str(text).translate(_UNSHOWN)


def echo(*values: object, sep: str = " ", end: str = "\n", file: Any = None) -> None:
    """``print`` for the CLI's text output: each value passed through ``visible``."""
    print(*(visible(v) for v in values), sep=sep, end=end, file=file)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """Print one line to stderr and return the exit code."""
    echo(f"liaison-desk: {message}", file=sys.stderr)
    return code


def _pipe_closed() -> int:
    # Python's documented way: point stdout at devnull so the flush at exit does not fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test's capture)
        pass
    return EXIT_PIPE_CLOSED


def safe_streams() -> None:
    """On a terminal whose encoding is not UTF-8 (``PYTHONUTF8=0 LANG=C``, a Latin-1 locale),
    print what cannot be shown as ``\\uXXXX`` escapes instead of failing half-way."""
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if enc and enc != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def bad_argument(argv: list[str]) -> str | None:
    """The first argument that is not valid text (bytes the locale could not decode)."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return arg
    return None


#: The largest JSON file of one record's fields (a subject, a request) the CLI reads: far
#: above any real record, far below what would fill the memory of a laptop.
MAX_RECORD_FILE = 8 * 1024 * 1024


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"file: the key {key!r} appears twice in one object; say it once")
        seen[key] = value
    return seen


def read_json_input(name: str, *, field: str = "file", limit: int = MAX_RECORD_FILE) -> Any:
    """The JSON value in file ``name`` (``-``: standard input), or ValueError naming ``field``
    in one line: only a regular file (never a device or a pipe that never ends), at most
    ``limit`` bytes, UTF-8, no key given twice in one object, not nested beyond reading."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)  # a text stream stood in for stdin has none
        raw = stream.read(limit + 1) if stream is not None else sys.stdin.read(limit + 1).encode()
    else:
        path = Path(name).expanduser()
        try:
            with open(path, "rb", opener=_regular_file_opener) as fh:
                raw = fh.read(limit + 1)
        except IsADirectoryError:
            raise ValueError(f"{field}: {name} is a folder, not a JSON file") from None
        except OSError as exc:
            raise ValueError(f"{field}: cannot read {name} ({exc.strerror or exc})") from None
    if len(raw) > limit:
        raise ValueError(f"{field}: {name} is larger than {limit // (1024 * 1024)} MB; "
                         "not a record's fields")
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except UnicodeDecodeError:
        raise ValueError(f"{field}: {name} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{field}: {name} is not JSON ({exc.msg}, line {exc.lineno} column "
                         f"{exc.colno})") from None
    except RecursionError:
        raise ValueError(f"{field}: {name} is nested too deeply to read") from None


def _regular_file_opener(path: str, flags: int) -> int:
    """Open without blocking on a FIFO, then refuse anything but a regular file."""
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


#: What SQLite says when the machine, not the input, stops a write -> the line the officer reads.
#: Each write is one transaction, so the store is as it was before the command.
_STORE_TROUBLE = {
    "database or disk is full": "store: the disk is full; nothing was written (the store is as "
                                "it was); free some space and run the command again",
    "attempt to write a readonly database": "store: the store's file or folder is read-only; "
                                            "nothing was written",
    "disk i/o error": "store: the disk reported an input/output error; nothing was written; run "
                      "'liaison-desk verify'",
    "database is locked": "store: another program is writing to the store; nothing was written; "
                          "try again in a moment",
}


def store_trouble(exc: BaseException) -> str | None:
    """The one line for a write the machine refused (full disk, read-only file, I/O error,
    locked store), or None for anything else."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if not type(exc).__name__.endswith("OperationalError"):
        return None
    return next((line for key, line in _STORE_TROUBLE.items() if key in text), None)


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen sub-command, mapping errors to one line and an exit code."""
    try:
        return int(args.func(args) or 0)
    except Forbidden as exc:
        return fail(str(exc), EXIT_FORBIDDEN)
    except BrokenPipeError:
        return _pipe_closed()
    except UnicodeEncodeError as exc:  # before ValueError, of which it is a kind
        enc = getattr(sys.stdout, "encoding", "?")
        return fail(f"text: cannot be shown in this terminal's encoding ({enc}: {exc.reason}); "
                    "use a UTF-8 locale, e.g. LANG=C.UTF-8")
    except (RuleViolation, CatalogueError, ValueError) as exc:
        return fail(str(exc))
    except RecursionError:  # json.loads of a file nested thousands of levels deep
        return fail("file: nested too deeply to read (thousands of levels); nothing was written")
    except Exception as exc:
        from app.store.db import (
            StoreError,  # loaded by then: only store commands raise it
        )

        if isinstance(exc, StoreError):
            return fail(str(exc))
        problem = store_trouble(exc)
        if problem:
            return fail(problem, EXIT_PROBLEMS)
        raise
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written (each change is one transaction)",
                    EXIT_INTERRUPTED)
