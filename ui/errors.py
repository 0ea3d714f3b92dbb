"""Unhandled errors: logged to a rotating file in the data dir, shown as a readable dialog.

``install_excepthook(data_dir)`` replaces ``sys.excepthook``. A rule the officer broke
(``RuleViolation``) is not a crash: it is shown as its one-line message. Anything else is logged
with its traceback to ``<data dir>/logs/liaison-desk.log`` and explained in plain words, with the
log's path for whoever supports the desk.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "liaison-desk.log"
LOGGER = "liaison_desk"

_state: dict[str, object] = {}


def log_path(data_dir: Path) -> Path:
    """Where the desktop log is written."""
    return Path(data_dir) / "logs" / LOG_NAME


def setup_logging(data_dir: Path) -> logging.Logger:
    """A rotating log (1 MB x 5) in ``<data dir>/logs``; safe to call more than once."""
    from logging.handlers import RotatingFileHandler  # ~10 ms of imports: not before the window

    logger = logging.getLogger(LOGGER)
    path = log_path(data_dir)
    if _state.get("path") != path:
        from app.security import files

        files.private_dir(path.parent)
        for h in list(logger.handlers):
            if isinstance(h, RotatingFileHandler):
                logger.removeHandler(h)
                h.close()
        _private_log_file(path)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        # After each rotation the handler reopens the file by name: the rotator makes the new
        # one first, private, so the log (tracebacks name references and fields) stays 0600.
        handler.rotator = _rotate_privately
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        _state["path"] = path
    _state.pop("pending", None)  # only once the file is open: a failed attempt is retried
    return logger


def _private_log_file(path: Path) -> None:
    """The log file, made 0600 if it is missing (an existing one is tightened with its folder
    when the store opens: ``app.security.files.tighten``)."""
    from app.security import files

    if not path.exists():
        try:
            files.create_private(path)
        except FileExistsError:  # another window of this desk made it meanwhile
            pass


def _rotate_privately(source: str, dest: str) -> None:
    import os

    os.replace(source, dest)
    _private_log_file(Path(source))


def describe(exc_type: type[BaseException], exc: BaseException) -> str:
    """The sentence the officer reads."""
    from app.store.db import StoreError
    from app.treaty.errors import RuleViolation

    if isinstance(exc, (RuleViolation, StoreError)):
        return str(exc)
    return QCoreApplication.translate(
        "errors", "Something went wrong inside Liaison Desk ({kind}: {msg}). Nothing was half-saved: "
        "every change is one transaction. The details are in the log.").format(
        kind=exc_type.__name__, msg=str(exc)[:300])


def handle(exc_type: type[BaseException], exc: BaseException, tb) -> None:
    """The excepthook body: log, then show a dialog when there is a GUI."""
    pending = _state.get("pending")
    logger = logging.getLogger(LOGGER)
    if isinstance(pending, Path):
        try:
            logger = setup_logging(pending)
        except OSError as log_error:  # the error itself must still be shown; stderr gets both
            print(f"liaison-desk: cannot open the log in {pending}: {log_error}", file=sys.stderr)
    logger.error("unhandled %s: %s\n%s", exc_type.__name__, exc,
                 "".join(traceback.format_exception(exc_type, exc, tb)))
    _state["last"] = (exc_type, exc)
    message = describe(exc_type, exc)
    app = QApplication.instance()
    if app is None or _state.get("quiet"):
        print(f"liaison-desk: {message}", file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("errors", "Liaison Desk"),
                      message, QMessageBox.StandardButton.Ok, app.activeWindow())
    box.setObjectName("error_dialog")
    path = _state.get("path")
    if path:
        box.setInformativeText(QCoreApplication.translate("errors", "Log: {path}").format(path=path))
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def install_excepthook(data_dir: Path, *, quiet: bool = False, defer_logging: bool = False) -> None:
    """Log to ``<data dir>/logs/liaison-desk.log`` and show errors readably. ``quiet`` skips the
    dialog (tests, screenshots). ``defer_logging``: the log file is opened by a later
    ``setup_logging`` call (start-up does it after the first paint), or by the first error."""
    if defer_logging:
        _state["pending"] = Path(data_dir)
    else:
        setup_logging(data_dir)
    _state["quiet"] = quiet
    sys.excepthook = handle


def last_error() -> tuple[type[BaseException], BaseException] | None:
    """The last error handled (for tests)."""
    return _state.get("last")  # type: ignore[return-value]
