"""Files the officer attaches (an item's documents, an approval letter, observation photos):
checked before reading, then read, hashed and stored on a worker (``ui.tasks.run_task``).

A 50 MB scan held the window ~0.8 s when it was read and stored on the UI thread. The checks
here cost one ``stat``: a missing, empty or too large file is refused at once, in one line naming
the field, before anything is read or stored.
"""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.treaty.errors import RuleViolation


def size_words(size: int) -> str:
    """A file size as the officer reads it: "820 bytes", "14 KB", "2.4 MB", "50 MB"."""
    if size < 1024:
        return QCoreApplication.translate("AttachedFile", "{0} bytes").format(size)
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
        raise RuleViolation(field, QCoreApplication.translate(
            "AttachedFile", "cannot be read: {0}").format(exc.strerror or exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise RuleViolation(field, QCoreApplication.translate(
            "AttachedFile", "cannot be read: it is not a file"))
    if info.st_size == 0:
        raise RuleViolation(field, QCoreApplication.translate("AttachedFile", "the document is empty"))
    if info.st_size > limit:
        raise RuleViolation(field, _too_large(info.st_size, limit))
    return info.st_size


def read_file(path: Path, field: str, limit: int) -> bytes:
    """The file's bytes (on a worker), refused as ``check_file`` does; the size is checked again
    on what was read (the file may have changed since it was chosen)."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise RuleViolation(field, QCoreApplication.translate(
            "AttachedFile", "cannot be read: {0}").format(exc.strerror or exc)) from exc
    if not content:
        raise RuleViolation(field, QCoreApplication.translate("AttachedFile", "the document is empty"))
    if len(content) > limit:
        raise RuleViolation(field, _too_large(len(content), limit))
    return content


def _too_large(size: int, limit: int) -> str:
    return QCoreApplication.translate(
        "AttachedFile", "the document is larger than {0}, the most that can be attached "
                        "({1} bytes)").format(size_words(limit), f"{size:,}")
