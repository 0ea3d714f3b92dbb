"""Qt fixtures: a fresh desk per test, window settings in a temp dir, modal boxes patched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def settle(qtbot):
    """Wait until every op issued so far has been stored and called back (``ui.ops``): writes
    run on their own thread, so a test that clicks Save waits before it looks."""
    from ui import ops

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(ops.idle, timeout=timeout)

    return wait


@pytest.fixture
def desk(desk, qtbot):
    """The shared fresh desk, closed only once every op and background read of the test has
    finished: a worker still reading a store that is being closed would crash the process."""
    yield desk
    from PySide6.QtCore import QThreadPool

    from ui import ops

    qtbot.waitUntil(ops.idle, timeout=10_000)
    ops.wait_for_writes()
    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, qapp):
    """Window geometry and column state go to a temp dir, never the user's config."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


#: The free area of an office monitor (1,920 x 1,080 less a taskbar).
OFFICE_SCREEN = (1920, 1040)


@pytest.fixture(autouse=True)
def office_screen(monkeypatch):
    """Windows open on an office monitor: the offscreen platform's screen is only 800 x 800, and
    default sizes shrink to fit the screen (``ui.widgets.screen_fit``). A test of a laptop
    screen calls the fixture's value with another free size."""
    from PySide6.QtCore import QSize

    from ui.widgets import screen_fit

    def use(width: int, height: int) -> None:
        monkeypatch.setattr(screen_fit, "available_size", lambda _widget=None: QSize(width, height))

    use(*OFFICE_SCREEN)
    return use


@pytest.fixture
def no_modal_boxes(monkeypatch):
    """Record QMessageBox calls instead of blocking on them; confirmations answer Yes."""
    shown: list[tuple[str, str]] = []

    def box(kind, answer):
        def fn(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return fn

    monkeypatch.setattr(QMessageBox, "information", box("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", box("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", box("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def window(qtbot, desk, data_dir, no_modal_boxes):
    """The main window on a fresh desk (no idle lock, no reminders popping up)."""
    from ui.main_window import MainWindow

    win = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def dialog_for(qtbot, desk, no_modal_boxes):
    """Make the Letters dialog for a request ref, as the window opens it; ``final=True`` then
    ticks "Final" as the officer would (it starts unticked)."""
    def make(ref, *, final=False):
        from ui.dialogs.letters import LettersDialog

        dlg = LettersDialog(desk, ref)
        qtbot.addWidget(dlg)
        if final:
            assert dlg.final_box.isEnabled(), dlg.final_reason.text()
            dlg.final_box.setChecked(True)
            dlg.refresh_preview()
        return dlg
    return make
