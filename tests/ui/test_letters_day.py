"""The Letters dialog on the screen an officer has: a 1,366 x 768 laptop."""

from __future__ import annotations

import pytest


@pytest.fixture
def refs(letter_refs):
    """The letter scenarios (invented), in the test's desk."""
    return letter_refs


#: The free area of a 1,366 x 768 laptop screen with a 40 px taskbar.
LAPTOP_FREE = (1366, 728)


def test_letters_dialog_default_size_fits_a_1366x768_laptop_and_shows_a_readable_page(
        dialog_for, refs, office_screen, qtbot, tmp_path):
    # It asked for 1,100 x 780 whatever the screen: taller than the laptop, so the Close button
    # at the foot of the left column sat under the taskbar.
    office_screen(*LAPTOP_FREE)
    dlg = dialog_for(refs["refused"])
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: bool(dlg.pdf_view.page_labels()), timeout=10000)
    assert dlg.height() <= LAPTOP_FREE[1] - 40 and dlg.width() <= LAPTOP_FREE[0] - 16
    assert dlg.minimumSizeHint().height() <= dlg.height()
    qtbot.waitUntil(lambda: dlg.pdf_view.page_labels()[0].pixmap().width() > 0, timeout=10000)
    # readable: the page is fitted to the preview's width, about 600 px for an A4 page or more
    page = dlg.pdf_view.page_labels()[0].pixmap()
    assert page.width() / page.devicePixelRatio() >= 550
    dlg.grab().save(str(tmp_path / "letters_laptop.png"))


def test_batch_failure_names_its_request_and_the_other_acknowledgements_are_still_stored(
        dialog_for, refs, desk, qtbot):
    from app.services.letters import registry as docs
    from app.services.requests.commands import register_incoming

    # No partner reference: its acknowledgement cannot be final (the reply must cite it).
    bad = register_incoming(desk, "jp-us-1997", {"title": "Invented, no reference"}).our_ref
    dlg = dialog_for(refs["received"])
    dlg.acknowledge_all_due()
    task = dlg.batch_task
    qtbot.waitUntil(lambda: task.is_done, timeout=20000)
    assert [ref for ref, _ in task.result.failures] == [bad]
    assert len(docs.list_documents(desk, refs["received"])) == 1
    assert f"Not made for {bad}" in dlg.status_label.text()
    assert "1 acknowledgement(s) stored" in dlg.status_label.text()


def test_batch_cancel_keeps_the_letters_made_and_makes_no_more(dialog_for, refs, desk, qtbot, monkeypatch):
    import threading

    from app.services.letters import commands as letters
    from app.services.requests.commands import register_incoming

    second = register_incoming(desk, "jp-us-1997", {"their_ref": "CBP-OI-2026-0998", "title": "Invented",
                                                    "extra": {"request_date": "2026-11-10"}}).our_ref
    started, cancelled = threading.Event(), threading.Event()
    real = letters.generate_letter

    def slow_first(*args, **kwargs):  # the first letter waits until the officer has pressed Cancel
        started.set()
        cancelled.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(letters, "generate_letter", slow_first)
    dlg = dialog_for(refs["received"])
    dlg.acknowledge_all_due()
    task = dlg.batch_task
    assert len(dlg._due) == 2
    assert started.wait(10)
    task.batch_progress.canceled.emit()  # what its Cancel button sends
    cancelled.set()
    qtbot.waitUntil(lambda: task.is_done, timeout=20000)
    assert task.result.cancelled and len(task.result.documents) == 1
    made = {d.request_ref for d in task.result.documents}
    assert made < {refs["received"], second}
    assert "Cancelled; the letters already made are kept." in dlg.status_label.text()
