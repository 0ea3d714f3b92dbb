"""Bad surroundings at start-up give one clear line and exit 2, never a traceback or a Qt abort.

Each test runs ``python -m app.cli`` (no sub-command = the desktop window) in a subprocess with
the environment changed, as a user or an IT department would meet it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A stand-in for a running Liaison Desk: holds the store's lock, answers on the local socket,
# prints ACTIVATED when a later start asks it to come forward. With "lock-only" it holds the
# lock but never answers (a hung or remote instance); with "listen-late" it answers after 1 s.
PRIMARY = r"""
import sys
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication
from ui.single_instance import LOCK_NAME, SingleInstance

app = QApplication(sys.argv[:1])
data_dir, mode = sys.argv[1], sys.argv[2]
if mode == "lock-only":
    lock = QLockFile(data_dir + "/" + LOCK_NAME)
    assert lock.tryLock(0)
else:
    si = SingleInstance(data_dir)
    assert si.is_primary(listen=mode != "listen-late")
    if mode == "listen-late":  # as the desktop start: the lock now, the server once painted
        QTimer.singleShot(1000, si.listen)
    si.activation_requested.connect(lambda: (print("ACTIVATED", flush=True), app.quit()))
print("READY", flush=True)
QTimer.singleShot(60000, app.quit)  # never outlive a broken test
sys.exit(app.exec())
"""


def _env(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
           and not k.startswith("LIAISON_DESK_")}
    env["PYTHONPATH"] = str(ROOT)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    for key, value in changes.items():
        if value is not None:
            env[key] = value
    return env


def run_app(*args: str, unprivileged: bool = False, **env: str | None) -> subprocess.CompletedProcess:
    """Run ``python -m app.cli ARGS`` with the given environment changes.

    ``unprivileged``: make permission bits count. Root ignores them, so as root the app runs in
    a user namespace as an ordinary user who owns root's files (util-linux ``unshare``)."""
    prefix = []
    if unprivileged and os.geteuid() == 0:
        prefix = ["unshare", "--user", "--map-user=1000", "--map-group=1000"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=_env(**env),
        capture_output=True, text=True, timeout=120,
    )


def assert_one_line(proc: subprocess.CompletedProcess, *needles: str) -> str:
    """Exit 2, exactly one line on stderr starting with the program name, no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("liaison-desk: ")
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


# -- no display ---------------------------------------------------------------------------------
def test_start_without_any_display_says_so_and_points_to_the_cli(tmp_path: Path) -> None:
    proc = run_app("--data-dir", str(tmp_path / "data"))
    line = assert_one_line(proc, "no display", "CLI", "QT_QPA_PLATFORM")
    assert "DISPLAY" in line
    assert not (tmp_path / "data").exists()  # nothing created on the way out


def test_start_with_an_unreachable_x_display_refuses_without_a_qt_abort(tmp_path: Path) -> None:
    proc = run_app("--data-dir", str(tmp_path / "data"), DISPLAY=":87")
    assert_one_line(proc, "no display", "DISPLAY=:87", "cannot be reached")


def test_start_with_a_stale_wayland_display_refuses(tmp_path: Path) -> None:
    proc = run_app("--data-dir", str(tmp_path / "data"),
                   WAYLAND_DISPLAY="wayland-gone", XDG_RUNTIME_DIR=str(tmp_path))
    assert_one_line(proc, "no display", "WAYLAND_DISPLAY=wayland-gone")


# -- data dir and backup dir --------------------------------------------------------------------
def test_read_only_data_dir_is_refused_with_the_way_to_move_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    try:
        proc = run_app("--data-dir", str(data), unprivileged=True, QT_QPA_PLATFORM="offscreen")
    finally:
        data.chmod(0o755)
    assert_one_line(proc, "data dir:", str(data), "not writable", "--data-dir",
                    "LIAISON_DESK_DATA_DIR")
    assert list(data.iterdir()) == []


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.write_text("not a folder")
    proc = run_app("--data-dir", str(data), QT_QPA_PLATFORM="offscreen")
    assert_one_line(proc, "data dir:", "is a file, not a folder")
    assert data.read_text() == "not a folder"


def test_unwritable_backup_dir_is_refused_naming_it(tmp_path: Path) -> None:
    backups = tmp_path / "data" / "backups"
    backups.mkdir(parents=True)
    backups.chmod(0o555)
    try:
        proc = run_app("--data-dir", str(backups.parent), unprivileged=True,
                       QT_QPA_PLATFORM="offscreen")
    finally:
        backups.chmod(0o755)
    assert_one_line(proc, "backups dir:", str(backups), "not writable", "backup")


def test_backup_dir_taken_by_a_file_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "backups").write_text("x")
    proc = run_app("--data-dir", str(data), QT_QPA_PLATFORM="offscreen")
    assert_one_line(proc, "backups dir:", "is a file, not a folder")


# -- a second instance on the same store --------------------------------------------------------
def _start_primary(data: Path, mode: str) -> subprocess.Popen:
    data.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-c", PRIMARY, str(data), mode], cwd=ROOT,
        env=_env(QT_QPA_PLATFORM="offscreen"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY", proc.stderr.read() if proc.stderr else ""
    return proc


@pytest.mark.parametrize("mode", [
    "serve",
    # The first start takes the lock at once but listens only after its window has painted;
    # a second start in that moment keeps knocking instead of calling the store "in use".
    "listen-late",
])
def test_second_instance_brings_the_first_window_forward(tmp_path: Path, mode: str) -> None:
    data = tmp_path / "data"
    primary = _start_primary(data, mode)
    try:
        proc = run_app("--data-dir", str(data), QT_QPA_PLATFORM="offscreen")
        out, _err = primary.communicate(timeout=60)
    finally:
        primary.kill()
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "already open" in proc.stderr + proc.stdout
    assert "ACTIVATED" in out


def test_second_instance_says_store_in_use_when_the_first_does_not_answer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    primary = _start_primary(data, "lock-only")
    try:
        proc = run_app("--data-dir", str(data), QT_QPA_PLATFORM="offscreen")
    finally:
        primary.kill()
        primary.communicate(timeout=60)
    assert_one_line(proc, "store in use", str(data), f"process {primary.pid}")


# -- another database -----------------------------------------------------------------------------
def test_database_url_replaces_the_data_dir_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    data = tmp_path / "data"
    made = run_app("init", "--data-dir", str(data), LIAISON_DESK_DATABASE_URL=url)
    assert made.returncode == 0, made.stderr
    checked = run_app("verify", "--data-dir", str(data), LIAISON_DESK_DATABASE_URL=url)
    assert checked.returncode == 0, checked.stderr
    assert (tmp_path / "server.db").exists()
    assert not data.exists()


def test_unusable_database_url_is_one_line_without_the_password(tmp_path: Path) -> None:
    proc = run_app("verify", LIAISON_DESK_DATABASE_URL="nosuchdb://officer:s3cret@host/desk")
    line = assert_one_line(proc, "database URL")
    assert "s3cret" not in line
