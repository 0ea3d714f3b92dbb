"""The Statistics page: figures read off the UI thread, charts, and every figure clicking through
to the requests behind it (Art. 11 grounds, Art. 7.1 oral requests, months), which open in their
list."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.stats import queries
from app.services.stats.figures import StatsFilter
from ui.views.stats import BehindDialog, FigureRole, StatsView

PERIOD = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def stats(qtbot, window, desk):
    from app.services.admin.demo import load_demo

    load_demo(desk)  # invented demo data: refusals, postponements, oral requests, disclosures
    view = window.show_page("stats")
    assert isinstance(view, StatsView)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_period(*PERIOD)
    return view


def _behind(qtbot, view, open_it):
    dialog = open_it()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.note.text() != dialog.tr("Reading…"), timeout=10_000)
    return dialog


def test_statistics_page_shows_the_figures_the_service_computes(stats, desk):
    want = queries.figures(desk, StatsFilter(*PERIOD))
    assert stats.figures == want
    assert stats.month_plot is not None and stats.grounds_plot is not None
    row = stats.cell("oral", ("made",))
    assert row is not None and row.text(3) == str(want.oral["made"])


def test_art_11_ground_clicks_through_to_its_requests_which_open_in_their_list(qtbot, stats, desk, window):
    g = stats.figures.grounds[0]
    key = (g["direction"], g["decision"], g["ground"])
    item = stats.cell("grounds", key)
    col = 1 if g["direction"] == "incoming" else 2
    assert item.data(col, FigureRole) == ("grounds", key)
    stats.tree.itemActivated.emit(item, col)  # Enter or a double-click on the cell
    [dialog] = stats.findChildren(BehindDialog)
    qtbot.waitUntil(lambda: bool(dialog.refs), timeout=10_000)
    expected = [r.ref for r in queries.behind(desk, StatsFilter(*PERIOD), "grounds", key)]
    assert dialog.refs == expected and len(expected) == g["count"]
    dialog.open_current()
    page = window.page(window.current_key())
    assert window.current_key() in ("incoming", "outgoing")
    assert page.current_ref() == expected[0]


def test_month_bar_click_lists_the_requests_received_that_month(qtbot, stats, desk):
    fig = stats.figures
    row = max((r for r in fig.requests_by_month if r["direction"] == "incoming"), key=lambda r: r["count"])
    i = sorted({r["month"] for r in fig.requests_by_month}).index(row["month"])
    dialog = _behind(qtbot, stats, lambda: stats.month_bar_clicked(i - 0.2))
    assert len(dialog.refs) == row["count"] > 0
    assert stats.month_bar_clicked(i + 0.5) is None  # between two months: nothing


def test_page_follows_writes_and_the_cold_days_setting(qtbot, stats, desk, settle):
    from app.services.admin import settings
    from ui.ops import DeskOp

    with qtbot.waitSignal(stats.loaded, timeout=10_000):
        DeskOp(stats, lambda d: settings.save_settings(d, {"stats.cold_days": 1})).run(desk)
    settle()
    qtbot.waitUntil(lambda: stats.figures.cold["days"] == 1, timeout=10_000)
    item = stats.cell("cold", ())
    assert item is not None and "1 day" in item.text(0)


def test_closing_a_figure_list_before_it_arrives_leaves_the_page_working(qtbot, stats, desk):
    from PySide6.QtCore import QThreadPool

    dialog = stats.show_behind("oral", ("made",), "oral")
    dialog.close()  # deleted on close, while its list is still being read
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    again = _behind(qtbot, stats, lambda: stats.show_behind("oral", ("made",), "oral"))
    assert len(again.refs) == stats.figures.oral["made"]


def test_art_11_grounds_chart_names_each_ground_in_words_not_its_code(stats):
    ticks = stats.grounds_plot.getAxis("left")._tickLevels[0]
    labels = [text for _pos, text in ticks]
    assert len(labels) == len(stats.figures.grounds) > 0
    for row, text in zip(stats.figures.grounds, labels, strict=True):
        assert row["ground"] not in text  # "11.1-sovereignty" is a code, not words
        assert row["decision"] in text  # the window is in English here: "refused", "postponed"


def test_annual_report_from_a_spanish_window_is_written_in_spanish_then_english(qapp):
    from tests.ui.language import in_language
    from ui.views.stats import report_languages

    assert report_languages() == "en+ja"
    with in_language(qapp, "es"):
        assert report_languages() == "es+en"
