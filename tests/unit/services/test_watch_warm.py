"""The watch-list index (Art. 4.2) is built once per store, ahead of need, and a save can decline
to wait for it: warm / ready / forget, one build at a time; a request save never builds it.

Slow builds are faked: ``watch_index.build`` is wrapped to stop on an Event the test sets, so
nothing here depends on timing."""

from __future__ import annotations

import threading

import pytest

from app.services.requests import commands as rq
from app.services.surveillance import commands as sv
from app.services.surveillance import watch_index, watchlist
from tests.watch_gate import LONG_ENOUGH, GatedBuild

PERSON = {
    "kind": "person", "subkind": "natural", "agreement": "jp-us-1997",
    "names": ["田中 翔", {"name": "TANAKA Sho", "alias": True}],
    "identifiers": [{"type": "passport", "value": "TK0000001", "issuer": "JP"}],
    "period_end": "2027-03-01",
}


class WaiterSignal(threading.Condition):
    """The store's condition, telling the test when some thread waits for a build."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()

    def wait_for(self, predicate, timeout=None):
        self.waiting.set()
        return super().wait_for(predicate, timeout)


@pytest.fixture
def person(desk):
    return sv.add_subject(desk, dict(PERSON))


@pytest.fixture
def cold(desk, person, monkeypatch):
    """A store with a subject whose index is not built, and a gated build function."""
    watchlist.forget(desk)
    gated = GatedBuild(watch_index.build)
    monkeypatch.setattr(watch_index, "build", gated)
    return gated


def _start(fn, *args) -> tuple[threading.Thread, dict]:
    out: dict = {}

    def run() -> None:
        try:
            out["result"] = fn(*args)
        except BaseException as exc:  # the test reads it
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def test_art_4_2_saving_a_request_never_builds_the_watch_index(desk, cold):
    """The save is only the save: the watch-list check is the caller's next step."""
    view = rq.register_incoming(desk, "jp-us-1997", {
        "title": "Verification of an export (invented)", "parties_concerned": "TANAKA Sho"})
    assert cold.calls == 0 and "watch_hits" not in view.extras
    assert rq.get_request(desk, view.our_ref).elements["parties_concerned"] == "TANAKA Sho"
    cold.gate.set()
    assert [h.subject for h in watchlist.watch_hits_for_request(desk, view.our_ref)] == ["S-0001"]
    assert cold.calls == 1 and watchlist.ready(desk)
    rq.edit_request(desk, view.our_ref, {"title": "Verification (invented)"})
    assert [h.subject for h in watchlist.watch_hits_for_request(desk, view.our_ref)] == ["S-0001"]
    assert cold.calls == 1  # the built index serves the second check


def test_art_4_2_ready_says_whether_matching_is_instant(desk, cold):
    assert not watchlist.ready(desk)
    with pytest.raises(watchlist.WatchListNotReady):
        watchlist.match(desk, "TANAKA Sho", wait=False)
    cold.gate.set()
    watchlist.warm(desk)
    assert watchlist.ready(desk)
    assert [h.subject for h in watchlist.match(desk, "TANAKA Sho", wait=False)] == ["S-0001"]


def test_art_4_2_two_threads_asking_at_once_build_the_index_once(desk, cold):
    signal = watch_index._state(desk).cond = WaiterSignal()
    first, first_out = _start(watchlist.warm, desk)
    assert cold.entered.wait(LONG_ENOUGH)
    second, second_out = _start(watchlist.match, desk, "Syo Tanaka")
    assert signal.waiting.wait(LONG_ENOUGH)  # the second caller waits for the first build
    assert not watchlist.ready(desk)
    cold.gate.set()
    first.join(LONG_ENOUGH)
    second.join(LONG_ENOUGH)
    assert "error" not in first_out and "error" not in second_out
    assert [h.subject for h in second_out["result"]] == ["S-0001"]
    assert cold.calls == 1 and watchlist.ready(desk)


def test_art_4_2_forget_during_a_build_does_not_bring_the_index_back(desk, cold):
    builder, out = _start(watchlist.warm, desk)
    assert cold.entered.wait(LONG_ENOUGH)
    watchlist.forget(desk)  # does not wait for the build
    cold.gate.set()
    builder.join(LONG_ENOUGH)
    assert "error" not in out
    assert not watchlist.ready(desk)
    assert [h.subject for h in watchlist.match(desk, "TANAKA Sho")] == ["S-0001"]
    assert cold.calls == 2  # the forgotten build was thrown away; this one is new


def test_art_4_2_a_subject_saved_during_the_build_is_in_the_index_without_a_rebuild(
        desk, person, monkeypatch):
    watchlist.forget(desk)
    gated = GatedBuild(watch_index.build, before=False)
    monkeypatch.setattr(watch_index, "build", gated)
    builder, out = _start(watchlist.warm, desk)
    assert gated.entered.wait(LONG_ENOUGH)
    # The save never waits for the build: its refresh is queued for the build to apply.
    writer, written = _start(sv.add_subject, desk, {
        "kind": "person", "subkind": "natural", "agreement": "jp-us-1997",
        "names": ["YAMADA Hanako"], "period_end": "2027-03-01"})
    writer.join(LONG_ENOUGH)
    assert not writer.is_alive() and not gated.gate.is_set()
    assert watch_index._state(desk).pending == {"S-0002"}
    gated.gate.set()
    builder.join(LONG_ENOUGH)
    assert "error" not in out and "error" not in written
    assert watchlist.ready(desk)
    assert [h.subject for h in watchlist.match(desk, "Yamada Hanako", wait=False)] == ["S-0002"]
    assert gated.calls == 1


def test_art_4_2_a_build_stops_at_its_next_batch_once_the_store_is_forgotten(desk, person, monkeypatch):
    for name in ("YAMADA Hanako", "SATO Ken", "KATO Yui"):
        sv.add_subject(desk, {"kind": "person", "subkind": "natural", "agreement": "jp-us-1997",
                              "names": [name], "period_end": "2027-03-01"})
    monkeypatch.setattr(watch_index, "BATCH", 1)
    looks = []

    def cancelled() -> bool:  # the store is closed after the first batch was read
        looks.append(1)
        return len(looks) > 1

    with desk.read() as s, pytest.raises(watch_index.BuildCancelled):
        watch_index.build(s, cancelled)
    assert len(looks) == 2  # stopped at the second batch, not after all four subjects
    with desk.read() as s:
        assert len(watch_index.build(s).index) == 4  # nothing cancelled: every subject is read
