"""Checks made before the desktop window opens, so bad surroundings give one clear line.

``preflight(data_dir)`` runs BEFORE any ``QApplication`` exists: without a display Qt would abort
the process ("could not connect to display") with a core dump instead of a message, and a
read-only data dir would only fail later, half-way through opening the store. Each problem is
returned as one line; ``report`` prints it (and shows it in a dialog when a real screen exists,
because a program started from the desktop menu has nobody reading its stderr).

Exit code for every start-up refusal: 2 (bad input), as for the CLI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.paths import DATA_DIR_ENV, default_data_dir

EXIT_STARTUP = 2

#: Files of the store that must be writable in place (SQLite writes the WAL beside the DB).
STORE_FILES = ("desk.db", "desk.db-wal", "desk.db-shm")
BACKUPS = "backups"
LOGS = "logs"

_MOVE_HINT = f"choose another folder with --data-dir or {DATA_DIR_ENV}"


def resolve_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    """The data dir the GUI will use: the argument, else the environment or platform default."""
    return Path(data_dir).expanduser() if data_dir else default_data_dir()


def preflight(data_dir: str | os.PathLike[str] | None) -> str | None:
    """One line describing why the GUI cannot start here, or None when it can.

    Checks, in order: a display to draw on (Linux), a writable data dir, writable store files,
    and writable backup and log folders inside it. Creates nothing."""
    problem = display_problem()
    if problem:
        return problem
    folder = resolve_data_dir(data_dir)
    reason = _cannot_write_in(folder)
    if reason:
        return f"data dir: {folder} is not writable ({reason}); {_MOVE_HINT}"
    for name in STORE_FILES:
        path = folder / name
        if path.exists():
            reason = _cannot_write_file(path)
            if reason:
                return f"data dir: the store file {path} is not writable ({reason}); " \
                       "fix its permissions or open a copy elsewhere with --data-dir"
    for name, purpose in ((BACKUPS, "daily backups and the copy made before an upgrade"),
                          (LOGS, "the log")):
        path = folder / name
        if path.exists() or path.is_symlink():
            reason = _cannot_write_in(path)
            if reason:
                return f"{name} dir: {path} is not writable ({reason}), so {purpose} would " \
                       f"fail; fix its permissions or {_MOVE_HINT}"
    return None


# -- display -------------------------------------------------------------------------------------
def display_problem(env: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why no window can be shown (Linux/BSD only), or None.

    An explicit ``QT_QPA_PLATFORM`` (e.g. ``offscreen``) is trusted as it is. Otherwise a
    Wayland socket or a reachable local X server is needed; an X display on another host
    (``host:0``, SSH forwarding) is trusted because only Qt can tell."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    if env.get("QT_QPA_PLATFORM"):
        return None
    wayland = env.get("WAYLAND_DISPLAY")
    display = env.get("DISPLAY")
    if not wayland and not display:
        return ("no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so no window can open; "
                "use the CLI (liaison-desk --help) or set QT_QPA_PLATFORM (e.g. offscreen)")
    if wayland and _wayland_reachable(wayland, env):
        return None
    if display and _x_reachable(display):
        return None
    shown = f"DISPLAY={display}" if display else f"WAYLAND_DISPLAY={wayland}"
    return (f"no display: {shown} cannot be reached, so no window can open; "
            "use the CLI (liaison-desk --help) or set QT_QPA_PLATFORM (e.g. offscreen)")


def _wayland_reachable(name: str, env: dict[str, str]) -> bool:
    path = Path(name) if os.path.isabs(name) else Path(env.get("XDG_RUNTIME_DIR", "")) / name
    return _unix_connects(str(path))


def _x_reachable(display: str) -> bool:
    """True when an X server answers on a local display, or the display is remote."""
    host, _, rest = display.rpartition(":")
    if host not in ("", "unix") or not rest:
        return True  # TCP or an unusual form: leave the verdict to Qt
    number = rest.split(".", 1)[0]
    if not number.isdigit():
        return True
    path = f"/tmp/.X11-unix/X{number}"
    # libxcb tries the abstract socket first (Linux), then the file; so do we.
    return (sys.platform.startswith("linux") and _unix_connects("\0" + path)) or _unix_connects(path)


def _unix_connects(address: str) -> bool:
    import socket  # only without QT_QPA_PLATFORM on Linux

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(1.0)
    try:
        sock.connect(address)
        return True
    except OSError:
        return False
    finally:
        sock.close()


# -- files ---------------------------------------------------------------------------------------
def _cannot_write_in(folder: Path) -> str | None:
    """Why files cannot be created in ``folder`` (or in its nearest existing parent when it
    does not exist yet), or None. Probes with a real temporary file: permission bits alone
    miss read-only mounts and ACLs."""
    target = folder
    while not target.exists():
        if target.is_symlink():
            return "a broken symbolic link"
        if target.parent == target:
            break
        target = target.parent
    if not target.is_dir():
        return f"{target} is a file, not a folder"
    import tempfile

    try:
        fd, probe = tempfile.mkstemp(prefix=".liaison-desk-probe-", dir=target)
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(fd)
    os.unlink(probe)
    return None


def _cannot_write_file(path: Path) -> str | None:
    """Why ``path`` cannot be opened for writing, or None (opens it without changing it)."""
    try:
        with open(path, "r+b"):
            return None
    except OSError as exc:
        return exc.strerror or str(exc)


# -- telling the user ----------------------------------------------------------------------------
def report(message: str, *, dialog: bool = True) -> int:
    """Print ``liaison-desk: <message>`` on stderr and, when a real screen exists, show it in a
    dialog too. Returns the start-up exit code (2)."""
    print(f"liaison-desk: {message}", file=sys.stderr)
    if dialog:
        _dialog(message)
    return EXIT_STARTUP


def _dialog(message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if display_problem() is not None:
        return  # nowhere to show it; stderr has it
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # No dialog on headless platforms, where nobody could close it.
    if app is None or QApplication.platformName() in ("offscreen", "minimal", "vnc"):
        return
    QMessageBox.critical(None, QApplication.translate("startup", "Liaison Desk cannot start"), message)
