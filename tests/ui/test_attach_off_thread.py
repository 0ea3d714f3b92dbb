"""Issue 3, item 7: a file attached from the desk (an item's document, a written approval's
letter (Art. 9.1), an observation's photo (Art. 4.2)) is read, hashed and stored off the UI thread.

Each test lets the worker wait for a QTimer tick of the main thread: were the work on the UI
thread, the tick could not fire until it ended. A file that cannot be attached is refused in
one line naming the field, and nothing is stored."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services.ledger import disclosures as dis
from app.services.ledger import information as inf
from app.services.requests.commands import register_incoming
from app.services.surveillance import commands as surv
from app.services.surveillance import observations as obs_svc
from ui.views.information_files import size_words

TICK_WAIT_S = 10  # how long the worker waits for the main thread's tick before giving up
SCAN = 3 * 2**20  # a 3 MB invented scan: "3.0 MB"


class TickProbe:
    """Wraps the worker function: records its thread and whether a main-thread QTimer tick
    fired while it ran; ``on_tick`` (main thread) looks at the widgets meanwhile."""

    def __init__(self, real, on_tick, before=None):
        self.real, self.on_tick, self.before = real, on_tick, before
        self.threads: list[int] = []
        self.ticked = threading.Event()
        self.seen: list = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        # Only a tick while the worker function runs counts (a write may queue before it).
        if self.threads and not self.ticked.is_set():
            self.seen.append(self.on_tick())
            self.ticked.set()

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.get_ident())
        self.tick_fired_while_running = self.ticked.wait(TICK_WAIT_S)
        if self.before:
            self.before()
        return self.real(*args, **kwargs)

    def ran_off_the_ui_thread(self) -> bool:
        return (bool(self.threads) and self.threads[0] != threading.get_ident()
                and self.tick_fired_while_running)


def _scan(tmp_path: Path, name: str, size: int = SCAN) -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 invented scan\n".ljust(size, b"."))
    return path


def _received(desk):
    return inf.add_information_item(desk, direction="received", provider="SAT (invented)",
                                    title="Pedimentos (invented)")


def _page(qtbot, desk):
    from ui.views.information import InformationView

    view = InformationView(desk)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(0)
    return view


def test_attaching_a_large_file_runs_off_the_ui_thread(qtbot, desk, tmp_path, monkeypatch):
    import ui.views.information_actions as actions

    item = _received(desk)
    view = _page(qtbot, desk)
    probe = TickProbe(actions.read_and_attach, lambda: (
        view.attach_btn.isEnabled(), view.attach_status.isVisible(), view.attach_status.text()))
    monkeypatch.setattr(actions, "read_and_attach", probe)
    assert view.attach_file(str(_scan(tmp_path, "pedimento 輸入.pdf"))) is True
    assert view.attach_file(str(_scan(tmp_path, "second.pdf"))) is False  # one file at a time
    qtbot.waitUntil(lambda: not view.attaching, timeout=30_000)
    assert probe.ran_off_the_ui_thread()
    assert probe.seen == [(False, True, "Attaching pedimento 輸入.pdf (3.0 MB)…")]
    stored = inf.get_information(desk, item.code, record_view=False).documents
    assert [n for _i, n in stored] == ["pedimento 輸入.pdf"]
    assert "pedimento 輸入.pdf" in view.detail.toPlainText()
    assert view.attach_btn.isEnabled()
    assert view.attach_status.text() == f"pedimento 輸入.pdf attached to {item.code}."


def test_attachment_over_the_limit_is_refused_before_it_is_read(qtbot, desk, tmp_path,
                                                                    monkeypatch):
    import ui.views.information_actions as actions

    item = _received(desk)
    view = _page(qtbot, desk)
    big = tmp_path / "too big.tif"
    with big.open("wb") as f:  # sparse: the size without the bytes
        f.truncate(inf.MAX_ATTACHMENT + 1)
    started, warned = [], []
    monkeypatch.setattr(actions, "read_and_attach", lambda *a: started.append(a))
    monkeypatch.setattr(Path, "read_bytes", lambda self: started.append(self))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert view.attach_file(str(big)) is False
    assert started == [] and not view.attaching
    assert warned == [f"File: the document is larger than 50 MB, the most that can be attached "
                      f"({inf.MAX_ATTACHMENT + 1:,} bytes)"]
    assert inf.get_information(desk, item.code, record_view=False).documents == ()


def test_attachment_gone_before_the_worker_reads_it_is_named_and_nothing_is_stored(
        qtbot, desk, tmp_path, monkeypatch):
    import ui.views.information_actions as actions

    item = _received(desk)
    view = _page(qtbot, desk)
    scan = _scan(tmp_path, "scan.pdf")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(actions, "read_and_attach", TickProbe(
        actions.read_and_attach, lambda: None, before=scan.unlink))
    assert view.attach_file(str(scan)) is True
    qtbot.waitUntil(lambda: not view.attaching, timeout=30_000)
    assert len(warned) == 1 and warned[0].startswith("File: cannot be read: ")
    assert inf.get_information(desk, item.code, record_view=False).documents == ()
    assert view.attach_btn.isEnabled() and not view.attach_status.isVisible()


def _approval_dialog(qtbot, desk, item, letter: Path):
    from ui.dialogs.disclosure_approval import ApprovalDialog

    dis.add_authority(desk, "Example Ministry (invented)", "ministry")
    dlg = ApprovalDialog(desk, item.code)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.letter.setText(str(letter))
    dlg.purposes["customs"].setChecked(True)
    return dlg


def test_art_9_1_approval_letter_is_read_and_stored_off_the_ui_thread(
        qtbot, desk, tmp_path, monkeypatch):
    import ui.dialogs.disclosure_approval as approval

    item = _received(desk)
    dlg = _approval_dialog(qtbot, desk, item, _scan(tmp_path, "aprobación 承認.pdf"))

    def look():
        dlg.reject()  # Escape, Cancel and the close box wait for the outcome
        save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
        return (dlg.isVisible(), dlg.busy_label.text(), save.isEnabled(), dlg.browse_btn.isEnabled(),
                dlg.purposes["customs"].isEnabled())

    probe = TickProbe(approval.record_approval, look)
    monkeypatch.setattr(approval, "record_approval", probe)
    assert dlg.save() is not None
    qtbot.waitUntil(lambda: not dlg.busy, timeout=30_000)
    assert probe.ran_off_the_ui_thread()
    assert probe.seen == [(True, "Attaching aprobación 承認.pdf (3.0 MB)…", False, False, False)]
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.created.purposes == ("customs",)
    stored = inf.get_information(desk, item.code, record_view=False)
    assert [a.document_id for a in stored.approvals] == [stored.documents[0][0]]
    assert [n for _i, n in stored.documents] == ["aprobación 承認.pdf"]


def test_art_9_1_approval_letter_unreadable_on_the_worker_stores_nothing(
        qtbot, desk, tmp_path, monkeypatch):
    import ui.dialogs.disclosure_approval as approval

    item = _received(desk)
    letter = _scan(tmp_path, "letter.pdf")
    dlg = _approval_dialog(qtbot, desk, item, letter)
    monkeypatch.setattr(approval, "record_approval", TickProbe(
        approval.record_approval, lambda: None, before=letter.unlink))
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=30_000)
    assert dlg.created is None and dlg.isVisible()
    assert dlg.errors.text("document").startswith("Approval letter: cannot be read: ")
    stored = inf.get_information(desk, item.code, record_view=False)
    assert stored.approvals == () and stored.documents == ()
    assert dlg.buttons.isEnabled() and not dlg.busy_label.isVisible()


def test_art_9_1_approval_letter_over_the_limit_is_refused_before_reading(
        qtbot, desk, tmp_path, monkeypatch):
    item = _received(desk)
    big = tmp_path / "letter.tif"
    with big.open("wb") as f:
        f.truncate(inf.MAX_ATTACHMENT + 1)
    dlg = _approval_dialog(qtbot, desk, item, big)
    monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(AssertionError("read")))
    assert dlg.save() is None and not dlg.busy
    assert dlg.errors.text("document").startswith(
        "Approval letter: the document is larger than 50 MB, the most that can be attached")
    assert inf.get_information(desk, item.code, record_view=False).approvals == ()


def test_art_4_2_observation_photos_are_stored_off_the_ui_thread(
        qtbot, desk, tmp_path, monkeypatch):
    import ui.dialogs.observation as observation

    ref = register_incoming(desk, "jp-us-1997", {"title": "Special surveillance (invented)",
                                                 "bases": ["4.2(a)"]}).our_ref
    person = surv.add_subject(desk, {"kind": "person", "names": ["Example Person (invented)"],
                                     "requests": [ref], "period_end": "2027-03-01"})
    dialog = observation.ObservationDialog(desk, surv.get_subject(desk, person.code))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.place.setText("Yokohama")
    dialog.add_file(_scan(tmp_path, "pier.jpg", 2 * 2**20))
    dialog.add_file(_scan(tmp_path, "hull.jpg", 2**20))

    def look():
        dialog.reject()  # waits for the files
        return (dialog.isVisible(), dialog.busy_label.text(), dialog.buttons.isEnabled(),
                dialog.pick_btn.isEnabled())

    probe = TickProbe(observation.attach_files, look)
    monkeypatch.setattr(observation, "attach_files", probe)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert probe.ran_off_the_ui_thread()
    assert probe.seen == [(True, f"Attaching 2 files ({size_words(3 * 2**20)})…", False, False)]
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.result_view.warnings == ()
    saved = obs_svc.get_observation(desk, dialog.result_view.id)
    assert sorted(a.filename for a in saved.attachments) == ["hull.jpg", "pier.jpg"]


def test_art_4_2_an_empty_photo_is_refused_before_the_observation_is_saved(
        qtbot, desk, tmp_path):
    from ui.dialogs.observation import ObservationDialog

    ref = register_incoming(desk, "jp-us-1997", {"title": "Special surveillance (invented)",
                                                 "bases": ["4.2(a)"]}).our_ref
    person = surv.add_subject(desk, {"kind": "person", "names": ["Example Person (invented)"],
                                     "requests": [ref], "period_end": "2027-03-01"})
    dialog = ObservationDialog(desk, surv.get_subject(desk, person.code))
    qtbot.addWidget(dialog)
    dialog.place.setText("Yokohama")
    empty = tmp_path / "blank.jpg"
    empty.write_bytes(b"")
    dialog.add_file(empty)
    dialog.save()
    assert not dialog.busy and dialog.result_view is None
    assert dialog.errors.text("attachments") == "Attachments: blank.jpg: the document is empty"
    assert surv.get_subject(desk, person.code).last_observation_at is None
