"""Files the officer attaches (an item's documents, an approval letter, observation photos):
checked before reading, then read, hashed and stored on a worker (``ui.tasks.run_task``).

A 50 MB scan held the window ~0.8 s when it was read and stored on the UI thread. The checks
here cost one ``stat``: a missing, empty or too large file is refused at once, in one line naming
the field, before anything is read or stored.
"""

from __future__ import annotations

import stat
from pathlib import Path

from app.treaty.errors import RuleViolation


def size_words(size: int) -> str:
    """A file size as the officer reads it: "820 bytes", "14 KB", "2.4 MB", "50 MB"."""
    if size < 1024:
        return f"{size} bytes"
    if size < 2**20:
        return f"{size / 1024:.0f} KB"
    mb = size / 2**20
    return f"{mb:.1f} MB" if mb < 10 else f"{mb:.0f} MB"


def check_file(path: Path, field: str, limit: int) -> int:
    """The size of the file at ``path``, or a ``RuleViolation`` on ``field`` when it cannot be
    read, is empty or is over ``limit`` bytes (found without reading it)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise RuleViolation(field, f"cannot be read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise RuleViolation(field, "cannot be read: it is not a file")
    if info.st_size == 0:
        raise RuleViolation(field, "the document is empty")
    if info.st_size > limit:
        raise RuleViolation(field, _too_large(info.st_size, limit))
    return info.st_size


def read_file(path: Path, field: str, limit: int) -> bytes:
    """The file's bytes (on a worker), refused as ``check_file`` does; the size is checked again
    on what was read (the file may have changed since it was chosen)."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise RuleViolation(field, f"cannot be read: {exc.strerror or exc}") from exc
    if not content:
        raise RuleViolation(field, "the document is empty")
    if len(content) > limit:
        raise RuleViolation(field, _too_large(len(content), limit))
    return content


def _too_large(size: int, limit: int) -> str:
    return (f"the document is larger than {size_words(limit)}, the most that can be attached "
            f"({size:,} bytes)")
