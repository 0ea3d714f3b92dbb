"""``ui.startup.preflight`` and ``display_problem`` in-process: which surroundings let the window
open, and that the checks create nothing."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.startup import display_problem, preflight


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[callable]:
    """Opens listening Unix sockets (a stand-in display server) and closes them afterwards."""
    socks: list[socket.socket] = []

    def listen(address: str) -> str:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(address)
        sock.listen(1)
        socks.append(sock)
        return address

    yield listen
    for sock in socks:
        sock.close()


def test_display_needed_on_linux_when_nothing_names_one() -> None:
    problem = display_problem({}, "linux")
    assert problem is not None
    assert problem.startswith("no display:")
    assert "QT_QPA_PLATFORM" in problem


def test_display_explicit_qt_platform_is_trusted() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None


def test_display_not_checked_on_windows_or_macos() -> None:
    assert display_problem({}, "win32") is None
    assert display_problem({}, "darwin") is None


def test_display_live_wayland_socket_is_enough(tmp_path: Path, listening) -> None:
    listening(str(tmp_path / "wayland-7"))
    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert display_problem(env, "linux") is None


def test_display_wayland_name_without_server_is_a_problem(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert "WAYLAND_DISPLAY=wayland-7" in display_problem(env, "linux")


def test_display_local_x_server_answering_on_its_abstract_socket(listening) -> None:
    number = 40000 + (id(listening) % 20000)
    listening(f"\0/tmp/.X11-unix/X{number}")
    assert display_problem({"DISPLAY": f":{number}.0"}, "linux") is None
    assert "cannot be reached" in display_problem({"DISPLAY": f":{number + 1}"}, "linux")


def test_display_remote_x_display_is_left_to_qt() -> None:
    assert display_problem({"DISPLAY": "remotehost:10.0"}, "linux") is None


def test_preflight_passes_a_new_data_dir_without_creating_it(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    data = tmp_path / "new" / "data"
    assert preflight(data) is None
    assert not (tmp_path / "new").exists()
    assert list(tmp_path.iterdir()) == []  # the write probe cleaned up after itself


def test_preflight_passes_an_existing_store(desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert preflight(desk.db.data_dir) is None


def test_preflight_refuses_a_log_dir_taken_by_a_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    (tmp_path / "logs").write_text("x")
    problem = preflight(tmp_path)
    assert problem is not None and problem.startswith("logs dir:")


def test_preflight_uses_the_data_dir_environment_variable(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    target = tmp_path / "elsewhere"
    target.write_text("a file where the data dir should be")
    monkeypatch.setenv("LIAISON_DESK_DATA_DIR", str(target))
    assert str(target) in preflight(None)
