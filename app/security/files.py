"""The files and folders the desk makes: private to the officer, written whole, never over the
store's own files.

The store is encrypted, but its key file, the backups' folder listing, exports (plaintext when
asked for), letters and the log are readable by anyone the file mode lets in; on a shared
workstation a 0644 file is every colleague's. So every file the desk creates is mode 0600 and
every folder 0700, whatever the process umask (``private_dir``, ``create_private``,
``write_private``), and an existing data dir is tightened when a store is opened
(``tighten``).

An output the officer names (``--out``, a save dialog) goes through ``check_output`` and
``write_private``:

- a path inside the data dir is refused: writing there can replace ``keyinfo.json`` (the only
  salt: the store and every backup become unopenable) or ``desk.db`` itself;
- a target that exists and is not a regular file (a device such as ``/dev/full``, a FIFO, a
  folder) is refused, so a write never replaces a device node or blocks on a pipe;
- the bytes go to a temporary file made with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and mode 0600 in
  the target's folder, then renamed over the target: a planted file or symlink at the temporary
  name is never followed, and a reader never sees half a file.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.treaty.errors import RuleViolation

FILE_MODE = 0o600
DIR_MODE = 0o700

_EXCLUSIVE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class OutputRefused(RuleViolation):
    """An output path the desk will not write; one line naming the field (``out``)."""


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Make ``path`` (and any missing parents) a folder only its owner can enter; an existing
    folder is tightened to 0700. Returns the path."""
    p = Path(path)
    missing = [d for d in (p, *p.parents) if not d.exists()]
    for d in reversed(missing):
        with suppress(FileExistsError):  # made meanwhile by another process: tightened below
            d.mkdir(mode=DIR_MODE)
        if d != p:
            # Only the folders this call made are narrowed (an officer's ~/Documents keeps its
            # mode); mkdir's mode is reduced by the umask, never widened, so chmod makes it exact.
            os.chmod(d, DIR_MODE)
    os.chmod(p, DIR_MODE)
    return p


def create_private(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` as an empty file with mode 0600 (refusing one that exists, or a symlink
    in its place); for files another library then opens by name (the SQLCipher store)."""
    fd = os.open(path, _EXCLUSIVE, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return Path(path)


def tighten(folder: str | os.PathLike[str]) -> None:
    """Narrow an existing data dir made before files were private: the folder and its
    sub-folders to 0700, its regular files to 0600 (symlinks are left alone, never followed)."""
    root = Path(folder)
    for here, dirs, files in os.walk(root):
        with suppress(OSError):
            os.chmod(here, DIR_MODE)
        for name in files:
            p = Path(here, name)
            with suppress(OSError):
                if stat.S_ISREG(p.lstat().st_mode) and stat.S_IMODE(p.lstat().st_mode) != FILE_MODE:
                    os.chmod(p, FILE_MODE)
        dirs[:] = [d for d in dirs if not Path(here, d).is_symlink()]


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def check_output(path: str | os.PathLike[str], *, data_dir: str | os.PathLike[str] | None = None,
                 field: str = "out") -> Path:
    """``path`` as an output file the desk may write, or ``OutputRefused`` naming ``field``:
    not inside ``data_dir`` (followed through symlinks), not an existing non-regular file, in a
    folder that exists and takes a new file. Whether an existing regular file may be replaced
    is the caller's question (``--force``)."""
    p = Path(path).expanduser()
    if not str(path).strip():
        raise OutputRefused(field, "give a file name")
    if p.is_dir():
        raise OutputRefused(field, f"{p} is a folder; give a file name")
    real = Path(os.path.realpath(p))
    if data_dir is not None:
        home = Path(os.path.realpath(Path(data_dir).expanduser()))
        if _inside(real, home):
            raise OutputRefused(field, f"{p} is inside the data dir {home}, which holds the store "
                                       "and its key; write it somewhere else")
    with suppress(FileNotFoundError):
        if not stat.S_ISREG(os.stat(p).st_mode):
            raise OutputRefused(field, f"{p} is not a regular file (a device, pipe or socket); "
                                       "give a file name")
    parent = real.parent
    if not parent.is_dir():
        raise OutputRefused(field, f"folder {p.parent} does not exist")
    # os.access answers yes to root, and on a read-only disk or in /proc: only making the
    # temporary file the write will make shows the folder takes a new file.
    try:
        with _temporary(parent, p.name):
            pass
    except OSError as exc:
        raise OutputRefused(field, f"{p} cannot be written: {exc.strerror or exc}") from None
    return p


@contextmanager
def _temporary(folder: Path, name: str) -> Iterator[tuple[int, Path]]:
    """A new 0600 file in ``folder`` under an unguessable name, made exclusively; removed on
    the way out unless the caller renamed it."""
    tmp = folder / f".{name}.{secrets.token_hex(6)}.part"
    fd = os.open(tmp, _EXCLUSIVE, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        yield fd, tmp
    finally:
        with suppress(OSError):
            os.close(fd)
        with suppress(FileNotFoundError):
            tmp.unlink()


def write_private(path: str | os.PathLike[str], data: bytes, *, field: str = "out",
                  sync: bool = True) -> Path:
    """Write ``data`` to ``path`` all or nothing, mode 0600: a temporary file beside it, synced,
    then renamed over it. A write that fails (full disk, folder gone) is ``OutputRefused``
    naming ``field``, and leaves neither the temporary file nor a changed target.

    ``sync=False`` skips the fsync, for a small file rewritten at every write whose loss in a
    crash costs nothing but an older copy (the last-seen audit head, ``app.security.anchor``)."""
    out = Path(path)
    parent = Path(os.path.realpath(out)).parent
    try:
        with _temporary(parent, out.name) as (fd, tmp):
            with os.fdopen(os.dup(fd), "wb") as fh:
                fh.write(data)
                fh.flush()
                if sync:
                    os.fsync(fh.fileno())
            os.replace(tmp, out)
    except OSError as exc:
        raise OutputRefused(field, f"{out} could not be written: {exc.strerror or exc}") from None
    return out


@contextmanager
def private_output(path: str | os.PathLike[str], *, field: str = "out") -> Iterator[Path]:
    """For writers that need a file name (SQLite's backup API): yields the path of a new, empty
    0600 temporary file beside ``path``; when the block ends without an error it is renamed
    over ``path``, otherwise removed."""
    out = Path(path)
    parent = Path(os.path.realpath(out)).parent
    try:
        with _temporary(parent, out.name) as (_fd, tmp):
            yield tmp
            os.replace(tmp, out)
    except OSError as exc:
        raise OutputRefused(field, f"{out} could not be written: {exc.strerror or exc}") from None
