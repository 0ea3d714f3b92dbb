"""The request list model pages from SQL: 100,000 rows, one page read, sort and filter in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.services.requests import listing as rl
from bench.ui import fill_requests
from ui.models.request_table import COLUMNS, PAGE, RequestTableModel

BIG = 100_000


@pytest.fixture
def big_desk(desk):
    """A store with 100,000 invented requests, inserted with one executemany."""
    fill_requests(desk, BIG)
    return desk


def shown_table(qtbot, model):
    table = QTableView()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setModel(model)
    table.resize(900, 500)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    # Once painted, the view has asked the model for exactly the rows it shows.
    qtbot.waitUntil(lambda: model.page_reads > 0)
    table.viewport().repaint()
    return table


def test_list_of_100k_requests_reads_only_the_visible_page(qtbot, big_desk, monkeypatch):
    calls = []
    real_page = rl.page
    monkeypatch.setattr(rl, "page", lambda *a, **k: calls.append(a[3:] or k) or real_page(*a, **k))
    model = RequestTableModel(big_desk, "incoming")
    table = shown_table(qtbot, model)
    total = model.rowCount()
    assert total > 40_000  # half the rows are incoming
    assert model.fetched_rows == PAGE and model.page_reads == 1
    assert all(limit == PAGE for (_desc, _offset, limit) in calls)

    # Sorting is SQL: the first page of the new order, nothing more.
    model.sort([k for k, _ in COLUMNS].index("title"), Qt.SortOrder.AscendingOrder)
    table.viewport().repaint()
    titles = [model.row_at(i).title for i in range(50)]
    assert titles == sorted(titles)
    assert model.fetched_rows == PAGE

    # Filtering is SQL too.
    model.update_filter(statuses=("refused",))
    table.viewport().repaint()
    assert 0 < model.rowCount() < total
    assert model.fetched_rows == PAGE
    assert {model.row_at(i).status for i in range(PAGE)} == {"refused"}

    # Jumping to the end reads the last page only.
    table.scrollToBottom()
    table.viewport().repaint()
    assert model.page_reads <= 3
    assert model.row_at(model.rowCount() - 1) is not None


def test_sort_descending_by_due_date_pages_consistently(qtbot, desk):
    fill_requests(desk, 3_000)
    model = RequestTableModel(desk, "outgoing")
    model.sort([k for k, _ in COLUMNS].index("due"), Qt.SortOrder.DescendingOrder)
    dues = [model.row_at(i).due_on for i in range(PAGE * 2 + 5)]  # spans three pages
    assert dues == sorted(dues, reverse=True)
    refs = [model.row_at(i).ref for i in range(PAGE * 2 + 5)]
    assert len(set(refs)) == len(refs)
    assert model.page_reads == 3
