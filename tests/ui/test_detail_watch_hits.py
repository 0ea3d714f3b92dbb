"""The request detail pane says when a party a received request names is on the watch list
(Art. 4.2), whether or not the officer ever opened the editor.

A ready index answers inline; a cold one is never waited for on the UI thread: the pane says
"Checking the watch list…" and a worker brings the answer. The slow build is faked with
``GatedBuild`` (it stops on an Event the test opens), so nothing here depends on timing."""

from __future__ import annotations

import pytest

from app.services.requests import commands as rq
from app.services.surveillance import commands as sv
from app.services.surveillance import watch_index, watchlist
from tests.watch_gate import LONG_ENOUGH, GatedBuild

US = "jp-us-1997"


def _subject(desk, *names: str, period_end: str = "2027-03-01") -> None:
    sv.add_subject(desk, {"kind": "person", "subkind": "natural", "agreement": US,
                          "names": list(names), "period_end": period_end})


def _incoming(desk, parties: str, title: str = "Export check (invented)") -> str:
    return rq.register_incoming(desk, US, {"title": title, "parties_concerned": parties}).our_ref


@pytest.fixture
def demo_like(desk):
    """The demo's watched person (invented), the index built as the window's warm-up leaves it."""
    _subject(desk, "MIHON Taro (DEMO)", "見本 太郎", "MIHON Taro", {"name": "T. Mihon", "alias": True})
    watchlist.warm(desk)
    return desk


@pytest.fixture
def detail(qtbot, desk):
    from ui.widgets.request_detail import RequestDetail

    pane = RequestDetail(desk)
    qtbot.addWidget(pane)
    return pane


@pytest.fixture
def go_cold(desk, monkeypatch):
    """Call once the data is in: the index is forgotten (as at start-up) and its next build
    held until the test opens the gate."""
    made: list[GatedBuild] = []

    def cold() -> GatedBuild:
        watchlist.forget(desk)
        made.append(GatedBuild(watch_index.build))
        monkeypatch.setattr(watch_index, "build", made[-1])
        return made[-1]

    yield cold
    for gated in made:
        gated.gate.set()  # never leave a worker waiting past the test


def _line(detail) -> str:
    return detail.watch_label.text()


def test_art_4_2_detail_of_an_incoming_request_names_the_watched_subject_it_mentions(
        demo_like, detail):
    ref = _incoming(demo_like, "Mr. MIHON Taro, Osaka (invented)")
    detail.show_ref(ref)
    assert detail.watch_task is None  # a ready index answers inline, no worker
    assert [h.subject for h in detail.watch_hits] == ["S-0001"]
    assert _line(detail) == ("S-0001 MIHON Taro (DEMO) — active until 2027-03-01 — "
                             "matched 'MIHON Taro' (name)")
    assert detail.findChild(type(detail.watch_label), "detail_watch_hits") is detail.watch_label


def test_art_4_2_detail_of_a_spontaneous_in_record_is_checked_too(demo_like, detail):
    ref = rq.record_spontaneous(demo_like, US, "spontaneous-in", {
        "title": "Tip-off (invented)", "object_and_reason": "Suspicious travel (invented)",
        "parties_concerned": "T. Mihon"}).our_ref
    detail.show_ref(ref)
    assert [h.subject for h in detail.watch_hits] == ["S-0001"]


def test_art_4_2_detail_says_no_match_when_the_request_names_nobody_watched(demo_like, detail):
    detail.show_ref(_incoming(demo_like, "Example Trading Co., Yokohama (invented)"))
    assert detail.watch_hits == []
    assert _line(detail) == "No match on the watch list."


def test_art_4_2_outgoing_request_has_no_watch_list_line(demo_like, detail):
    ref = rq.draft_outgoing(demo_like, US, {"title": "Ask about MIHON Taro",
                                            "parties_concerned": "MIHON Taro"}).our_ref
    detail.show_ref(ref)
    assert detail.watch_label is None and detail.findChild(object, "detail_watch") is None


def test_art_4_2_cold_index_shows_checking_then_the_hit_from_a_worker(
        qtbot, demo_like, detail, go_cold):
    ref = _incoming(demo_like, "MIHON Taro (invented)")
    cold = go_cold()
    detail.show_ref(ref)
    # The pane is filled at once; the build waits on a worker, never on the UI thread.
    assert _line(detail) == "Checking the watch list…" and detail.watch_hits is None
    assert detail.watch_task is not None and not cold.on_main_thread()
    cold.gate.set()
    qtbot.waitUntil(lambda: detail.watch_hits is not None, timeout=LONG_ENOUGH * 1000)
    assert _line(detail).startswith("S-0001 MIHON Taro (DEMO) — active until 2027-03-01")
    assert cold.threads and not cold.on_main_thread()


def test_art_4_2_hits_fetched_for_a_request_left_behind_are_dropped(
        qtbot, demo_like, detail, go_cold):
    watched = _incoming(demo_like, "MIHON Taro (invented)")
    nobody = _incoming(demo_like, "Example Trading Co. (invented)", title="Other check (invented)")
    cold = go_cold()
    detail.show_ref(watched)
    fetch = detail.watch_task
    detail.show_ref(nobody)
    assert _line(detail) == "Checking the watch list…"
    assert detail.watch_task is fetch  # one worker per pane, however fast the officer browses
    cold.gate.set()
    qtbot.waitUntil(lambda: detail.watch_hits is not None, timeout=LONG_ENOUGH * 1000)
    assert fetch.is_done and [h.subject for h in fetch.result] == ["S-0001"]
    assert detail.view.our_ref == nobody
    assert detail.watch_hits == [] and _line(detail) == "No match on the watch list."


def test_art_4_2_hits_fetched_after_the_pane_was_cleared_are_dropped(
        qtbot, demo_like, detail, go_cold):
    ref = _incoming(demo_like, "MIHON Taro (invented)")
    cold = go_cold()
    detail.show_ref(ref)
    fetch = detail.watch_task
    detail.show_ref(None)
    cold.gate.set()
    qtbot.waitUntil(lambda: fetch.is_done, timeout=LONG_ENOUGH * 1000)
    assert detail.watch_label is None and detail.watch_hits is None
    assert detail.findChild(object, "detail_watch_hits") is None


def test_art_4_2_more_than_five_hits_are_counted_not_listed(demo_like, detail):
    for n in range(6):
        _subject(demo_like, f"SAMPLE Person{'ABCDEF'[n]}o (DEMO)")
    parties = ", ".join(f"SAMPLE Person{'ABCDEF'[n]}o" for n in range(6))
    detail.show_ref(_incoming(demo_like, parties))
    assert len(detail.watch_hits) == 6
    lines = _line(detail).splitlines()
    assert len(lines) == 6 and lines[-1] == "… and 1 more"


def test_art_4_2_watch_line_shows_typed_markup_as_typed(demo_like, detail):
    from PySide6.QtCore import Qt

    _subject(demo_like, "<b>Bold</b> & Co (invented)")
    detail.show_ref(_incoming(demo_like, "<b>Bold</b> & Co (invented)"))
    assert detail.watch_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Bold</b> & Co (invented)" in _line(detail)
    tip = detail.watch_label.toolTip()  # rich text: escaped
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in tip and "<b>Bold" not in tip
