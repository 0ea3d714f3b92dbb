"""One desktop window per store.

Two windows on one store would each keep their own view of the same requests and fight over
the idle lock and the daily backup, so the second start hands over to the first instead:

* a lock file in the data dir (``QLockFile``: it records pid, host and program, and a lock left
  by a crashed process is noticed and taken over) decides who is first; it also works when two
  machines open the same data dir on a network share;
* the first instance listens on a local socket (``QLocalServer``) whose name is derived from the
  user and the data dir's full path; a later start sends ``activate`` over ``QLocalSocket`` and
  the first window comes forward (signal ``activation_requested``).

Create ``SingleInstance`` after the ``QApplication``: the server needs its event loop. The
desktop start takes the lock first and listens once its window has painted (``listen()``):
QtNetwork is not needed to decide who is first, and loading it costs the first paint ~7 ms. A
later start that knocks in between keeps trying until its timeout.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ui.startup import resolve_data_dir

LOCK_NAME = "liaison-desk.lock"
_ACTIVATE = b"activate\n"
_ACK = b"ok\n"


def server_name_for(data_dir: Path) -> str:
    """The local-socket name of the instance that owns ``data_dir`` (same for every start)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user database on some minimal systems
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}".encode()
    return "liaison-desk-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """Decides whether this process is the first on a data dir, and talks to the first one.

    ``is_primary()`` takes the lock (once; later calls return the same answer);
    ``activate_primary()`` asks the first instance to bring its window forward;
    ``in_use_message()`` says who holds the store when that is not possible;
    ``activation_requested`` fires in the first instance when a later start knocks."""

    activation_requested = Signal()

    def __init__(self, data_dir: str | os.PathLike[str] | None, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = resolve_data_dir(data_dir)
        self.server_name = server_name_for(self.data_dir)
        self.lock_path = self.data_dir / LOCK_NAME
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._primary: bool | None = None
        self._problem: str | None = None

    # -- the first instance ----------------------------------------------------------------
    def is_primary(self, *, listen: bool = True) -> bool:
        """True when this process now owns the data dir: lock taken and, unless ``listen`` is
        False (then call ``listen()`` later), the server listening."""
        if self._primary is not None:
            return self._primary
        from app.security import files

        try:
            files.private_dir(self.data_dir)  # the store's folder: 0700 from the start
        except OSError as exc:
            self._problem = f"data dir: cannot create {self.data_dir} ({exc.strerror})"
            self._primary = False
            return False
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # never steal a live lock because it is old; dead pids still free it
        if not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:
                self._problem = f"data dir: cannot create the lock file {self.lock_path}"
            self._primary = False
            return False
        self._lock = lock
        self._primary = True
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Start answering later starts (once, and only while this process holds the lock).
        Without a server we still own the store; later starts just cannot bring us forward."""
        if self._lock is None or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        # A crashed first instance leaves its socket file behind on Unix; we hold the lock, so
        # any server under this name is dead.
        QLocalServer.removeServer(self.server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.server_name):
            server.newConnection.connect(self._on_new_connection)
            self._server = server

    def _on_new_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._on_message(c))
            conn.disconnected.connect(conn.deleteLater)

    def _on_message(self, conn: QLocalSocket) -> None:
        if not conn.canReadLine():
            return
        if bytes(conn.readLine().data()) == _ACTIVATE:
            conn.write(_ACK)
            conn.flush()
            self.activation_requested.emit()
        conn.disconnectFromServer()

    def release(self) -> None:
        """Stop listening and free the lock (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._primary = None

    # -- a later instance -----------------------------------------------------------------
    def activate_primary(self, timeout_ms: int = 3000) -> bool:
        """Ask the first instance to show its window; True when it confirmed. Keeps knocking
        until ``timeout_ms``: a first instance that is still starting listens a moment after it
        took the lock."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        sock = QLocalSocket()
        sock.connectToServer(self.server_name)
        while not sock.waitForConnected(max(0, int((deadline - time.monotonic()) * 1000))):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)  # no server yet: connecting failed at once
            sock.abort()
            sock.connectToServer(self.server_name)
        sock.write(_ACTIVATE)
        if not sock.waitForBytesWritten(timeout_ms):
            return False
        answered = False
        while sock.waitForReadyRead(timeout_ms):
            if sock.canReadLine():
                answered = bytes(sock.readLine().data()) == _ACK
                break
        sock.abort()
        return answered

    def holder(self) -> tuple[int, str, str] | None:
        """(pid, host, program) of the process holding the lock, or None if unknown."""
        ok_pid_host_app = QLockFile(str(self.lock_path)).getLockInfo()
        if len(ok_pid_host_app) == 4:  # older bindings put a success flag first
            ok, pid, host, app = ok_pid_host_app
            return (pid, host, app) if ok else None
        pid, host, app = ok_pid_host_app
        return (pid, host, app) if pid else None

    def in_use_message(self) -> str:
        """One line saying the store is taken, and by whom."""
        if self._problem:
            return self._problem
        who = self.holder()
        by = f" (process {who[0]} on {who[1] or 'this computer'})" if who else ""
        return (f"store in use: another Liaison Desk{by} has {self.data_dir} open and did not "
                "answer; close it first, or open another store with --data-dir")
