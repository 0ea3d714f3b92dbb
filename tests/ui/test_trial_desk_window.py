"""The demo never touches the officer (desktop): the first-run wizard with the demo ticked keeps
the profile the officer typed, letters are signed by the officer and the audit log names the
officer; the demo opens as a trial desk in a window of its own, marked on every page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from app.services.admin.demo import DEMO_ACTOR, is_trial_desk
from app.services.admin.settings import read_setting
from app.services.letters.commands import preview_letter
from app.services.requests import commands as rq
from app.store import tables
from ui.ops import DeskOp

OFFICER = "山田 太郎 / Taro YAMADA (invented)"


def _actors(desk) -> list[str]:
    t = tables.audit_entry
    with desk.query() as conn:
        return list(conn.execute(select(t.c.actor).order_by(t.c.id)).scalars())


def _requests(desk) -> int:
    with desk.query() as conn:
        return conn.execute(select(func.count(tables.request.c.id))).scalar()


@pytest.fixture
def windows():
    """Main windows a test opened on desks it made: closed, and their desks with them."""
    import shiboken6

    opened: list = []
    yield opened
    from PySide6.QtCore import QThreadPool

    from ui import ops

    owned = [w.desk for w in opened if shiboken6.isValid(w) and not w.closes_desk]
    for window in opened:
        if shiboken6.isValid(window):  # a trial window goes with the window it was opened from
            window.close()
    ops.wait_for_writes()
    QThreadPool.globalInstance().waitForDone(30_000)
    for desk in owned:
        desk.db.close()


def test_wizard_with_the_demo_ticked_keeps_the_officers_profile_signature_and_audit_actor(
        qtbot, data_dir, complete_fields, settle, windows, no_modal_boxes):
    import ui.dialogs.first_run as first_run
    from ui.app import _actor
    from ui.main_window import MainWindow

    wizard = first_run.FirstRunWizard(data_dir, keyring_available=True)
    qtbot.addWidget(wizard)
    wizard.name_edit.setText(OFFICER)
    wizard.title_edit.setText("Customs liaison officer (invented)")
    wizard.demo_box.setChecked(True)
    assert "Trial desk" in wizard.findChild(QLabel, "demo_explain").text()
    wizard.start_setup()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=60_000)
    desk, trial = wizard.desk, wizard.trial_desk
    assert desk is not None and trial is not None
    _actor(desk)  # as the start-up does before the window opens

    window = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(window)
    windows.append(window)
    trial_window = window.open_trial_desk(trial)
    windows.append(trial_window)

    # The officer's desk: the profile typed, no banner, no demo row.
    assert read_setting(desk, "profile")["name"] == OFFICER
    assert desk.actor == OFFICER
    assert window.windowTitle() == "Liaison Desk" and window.findChild(QLabel, "trial_banner") is None
    assert _requests(desk) == 0 and not is_trial_desk(desk)
    # The trial desk: its own window, title and banner; the demo's writes by the demo loader.
    assert trial_window.windowTitle().startswith("Trial desk — invented demo data")
    banner = trial_window.findChild(QLabel, "trial_banner")
    assert banner is not None and banner.isVisible() and "invented demo data" in banner.text()
    assert not trial_window.act_trial.isVisible() and window.act_trial.isVisible()
    assert DEMO_ACTOR in _actors(trial) and _requests(trial) > 0

    # The officer works in the own desk: the audit names the officer, letters are signed so.
    before = len(_actors(desk))
    refs: list[str] = []
    DeskOp(window, lambda d: rq.register_incoming(d, "jp-us-1997", complete_fields)).success(
        lambda view: refs.append(view.our_ref)).run(desk)
    settle()
    DeskOp(window, lambda d: rq.acknowledge(d, refs[0])).run(desk)
    settle()
    assert set(_actors(desk)[before:]) == {OFFICER}
    pdf = preview_letter(desk, refs[0], "acknowledgement", "en").pdf
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Taro YAMADA" in text and "Hanako" not in text
    trial_window.resize(1100, 640)
    trial_window.grab().save(str(data_dir.parent / "trial_window.png"))


def test_file_menu_makes_the_trial_desk_beside_the_officers_and_leaves_the_officers_alone(
        qtbot, desk, data_dir, windows, no_modal_boxes):
    from ui.main_window import MainWindow

    window = MainWindow(desk, data_dir, reminders=False, idle_lock=False, background=False)
    qtbot.addWidget(window)
    before = _actors(desk)
    window.act_trial.trigger()
    trial_window = window.trial_window
    assert trial_window is not None
    windows.append(trial_window)
    assert trial_window.desk.db.data_dir == data_dir.parent / "data-trial"
    assert trial_window.trial and is_trial_desk(trial_window.desk)
    assert no_modal_boxes[0][0] == "question" and "data-trial" in no_modal_boxes[0][1]
    assert _actors(desk) == before and _requests(desk) == 0  # nothing reached the real desk
    window.act_trial.trigger()  # a second time: the same window, raised
    assert window.trial_window is trial_window
    window.close()  # the trial window closes with it, and its desk
    qtbot.waitUntil(lambda: window.trial_window is None)
