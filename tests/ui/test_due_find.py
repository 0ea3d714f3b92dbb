"""Due & overdue without a UI-thread freeze (issue 3 item 7): the service may hand over its clocks
unordered (the list orders them on its worker, in short runs), and type-to-find answers from the
model's packed columns instead of one ``data()`` call per row (171k rows: ~0.5 s a key)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

from app.services import due as due_svc
from app.services.due import DueItem
from ui.views import due_model
from ui.views.due_model import DueTableModel, prepare

WORDS = {"overdue": "overdue", "due-soon": "due soon", "ok": "ok"}
HEADERS = ("Due", "State", "What", "Record", "How")


def _items(n: int, seed: int = 7) -> list[DueItem]:
    rnd = random.Random(seed)
    kinds = ("request", "oral-confirmation", "surveillance-end")
    states = ("overdue", "due-soon", "ok")
    return [DueItem(rnd.choice(kinds), f"{rnd.choice('RSrs')}-{rnd.randrange(60):03}",
                    f"invented clock {rnd.choice(['Alpha', 'beta', 'Gamma', 'ÉCLAIR'])} {i}",
                    date(2026, 11, 1) + timedelta(days=rnd.randrange(40)),
                    rnd.choice(["due in 30 days (Art. 7.2)", "Promptly — Art. 7.1", ""]),
                    rnd.choice(states)) for i in range(n)]


def _model(items: list[DueItem]) -> DueTableModel:
    model = DueTableModel(HEADERS)
    model.set_prepared(prepare(items, lambda it: it.label, lambda it: it.key, WORDS))
    return model


def test_due_list_orders_unordered_clocks_as_the_service_orders_them(qtbot):
    items = _items(300)
    ordered = sorted(items, key=due_svc.order_key)
    model = _model(items)  # as due_items(ordered=False) hands them over
    shown = [(r.kind, r.key, r.texts[0]) for r in (model.row_at(i) for i in range(model.rowCount()))]
    assert shown == [(it.kind, it.key, it.due_on.isoformat()) for it in ordered]


@pytest.mark.demo_data
def test_due_items_unordered_are_the_same_clocks_and_ordered_stays_the_default(desk):
    ordered = due_svc.due_items(desk)
    assert ordered == sorted(ordered, key=due_svc.order_key) and len(ordered) > 5
    assert sorted(due_svc.due_items(desk, ordered=False), key=due_svc.order_key) == ordered


def test_due_text_column_reads_back_every_text_including_empty_ones():
    texts = ["", "a", "", "Ünïcode — text", "x" * 50, ""]
    column = due_model.TextColumn(texts)
    assert len(column) == len(texts) and [column[i] for i in range(len(texts))] == texts
    assert len(due_model.TextColumn([])) == 0


class _Counting(DueTableModel):
    """Counts ``data()`` calls: type-to-find must not read the column a cell at a time."""

    calls = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, D102
        type(self).calls += 1
        return super().data(index, role)


def test_type_to_find_reads_no_cell_per_row_when_nothing_matches(qtbot):
    model = _Counting(HEADERS)
    model.set_prepared(prepare(_items(3000), lambda it: it.label, lambda it: it.key, WORDS))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(10, 2))
    _Counting.calls = 0
    view.keyboardSearch("no clock says this")
    assert _Counting.calls == 0 and view.currentIndex().row() == 10
    view.keyboardSearch("x")  # typed on: "no clock says thisx"
    assert _Counting.calls == 0


NEAR = 2


def test_type_to_find_moves_to_the_next_match_in_the_shown_order_after_a_sort(qtbot, monkeypatch):
    monkeypatch.setattr(due_model, "NEAR_ROWS", NEAR)  # the whole-column search, on a few rows
    model = _model(_items(200))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(due_model.RECORD_COL, order)
        records = [model.index(r, 3).data().lower() for r in range(model.rowCount())]
        typed = records[0][:4]  # "r-00" A to Z, "s-05" Z to A: the matches lead the list
        matches = [r for r, text in enumerate(records) if text.startswith(typed)]
        assert 2 < len(matches) and matches[-1] < len(records) - 1 - NEAR
        for current, expected in ((0, matches[1]), (matches[-1], matches[0])):  # on; wrapped
            view.setCurrentIndex(model.index(current, 3))
            qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not typed on
            view.keyboardSearch(typed)
            assert view.currentIndex().row() == expected


FLAGS = [Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap, Qt.MatchFlag.MatchStartsWith,
         Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchWrap,
         Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchCaseSensitive | Qt.MatchFlag.MatchWrap,
         Qt.MatchFlag.MatchEndsWith, Qt.MatchFlag.MatchFixedString | Qt.MatchFlag.MatchWrap,
         Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchWrap]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(needle=st.sampled_from(["", "s", "S-0", "r-01", "invented clock a", "alpha", "GAMMA",
                               "éclair", "7.1", "2026-11-0", "2026-12", "overdue", "due", "ok", "nothing"]),
       column=st.integers(0, 4), start=st.integers(0, 59), hits=st.sampled_from([1, 3, -1]),
       flags=st.sampled_from(FLAGS), near=st.sampled_from([0, 5, 512]))
def test_type_to_find_answers_as_qts_own_match(qtbot, monkeypatch, needle, column, start, hits,
                                               flags, near):
    monkeypatch.setattr(due_model, "NEAR_ROWS", near)
    model = _model(_items(60, seed=start))
    model.sort(column, Qt.SortOrder.DescendingOrder if start % 2 else Qt.SortOrder.AscendingOrder)
    begin = model.index(start, column)
    ours = [i.row() for i in model.match(begin, Qt.ItemDataRole.DisplayRole, needle, hits, flags)]
    qts = [i.row() for i in QAbstractTableModel.match(model, begin, Qt.ItemDataRole.DisplayRole,
                                                      needle, hits, flags)]
    assert ours == qts
