"""A private PostgreSQL server for the test run: ``initdb`` and ``pg_ctl`` of Debian's
``postgresql`` package, in a temporary folder, listening only on a unix socket in that folder.

Started once per test process (each xdist worker has its own), on first use, and stopped when the
process ends. Run as root (CI), the server runs as the ``postgres`` system user, as PostgreSQL
refuses to run as root; its folder is then handed to that user.

``PG_BIN`` (environment) names the folder of ``initdb`` and ``pg_ctl`` when they are not in
``/usr/lib/postgresql/<version>/bin`` (Debian's place) or on the PATH.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: The superuser the tests connect as (trust authentication on the private socket only).
SUPERUSER = "postgres"
#: The port names the socket file (``.s.PGSQL.<port>``) in the private folder; nothing listens on TCP.
PORT = 5432


def find_bin() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not installed."""
    given = os.environ.get("PG_BIN")
    if given and (Path(given) / "initdb").exists():
        return Path(given)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


MISSING = ("PostgreSQL's server programs (initdb, pg_ctl) are not installed; the tests start their "
           "own server. Run: sudo apt-get install -y postgresql   (or set PG_BIN to their folder)")


@dataclass
class Server:
    """A running private server."""

    root: Path
    bin: Path
    socket_dir: Path

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """The SQLAlchemy URL of ``database`` on this server, as ``user``."""
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={PORT}"

    def admin(self):
        """An autocommit psycopg connection as the superuser to the ``postgres`` database."""
        import psycopg

        return psycopg.connect(host=str(self.socket_dir), port=PORT, user=SUPERUSER,
                               dbname="postgres", autocommit=True)

    def stop(self) -> None:
        """Stop the server at once and remove its folder."""
        if not (self.root / "data" / "postmaster.pid").exists():
            shutil.rmtree(self.root, ignore_errors=True)
            return
        _run(_as_owner([str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                        "-w", "stop"]), check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _as_owner(cmd: list[str]) -> list[str]:
    """``cmd`` run as the ``postgres`` system user when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


def _run(cmd: list[str], check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr or done.stdout}")
    return done


def start() -> Server:
    """Make a new cluster in a temporary folder and start it (a few seconds)."""
    pg_bin = find_bin()
    if pg_bin is None:
        raise RuntimeError(MISSING)
    root = Path(tempfile.mkdtemp(prefix="liaison-pg-"))
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        os.chmod(root, 0o755)  # the postgres user walks into it; the data folder stays its own
        shutil.chown(sockets, "postgres", "postgres")
        data.mkdir()
        shutil.chown(data, "postgres", "postgres")
    _run(_as_owner([str(pg_bin / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
                    "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"]))
    # A test server: speed over durability (fsync off), nothing on TCP, room for the
    # concurrency tests' ten writers and their listeners.
    options = (f"-c listen_addresses='' -c unix_socket_directories='{sockets}' -c port={PORT} "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=200 -c shared_buffers=32MB")
    server = Server(root, pg_bin, sockets)
    try:
        _run(_as_owner([str(pg_bin / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                        str(data / "server.log"), "-w", "-t", "60", "start"]))
    except BaseException:
        server.stop()
        raise
    atexit.register(server.stop)
    for _ in range(50):  # pg_ctl -w waits for the socket; the first connection confirms it
        try:
            server.admin().close()
            break
        except Exception:
            time.sleep(0.1)
    return server
