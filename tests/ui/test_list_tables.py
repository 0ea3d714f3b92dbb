"""The shared list widgets: ``ListTable`` (paint callbacks for start-up) and ``SpareWidth``."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel

from ui.widgets.tables import ListTable, SpareWidth, style_table


def _table(qtbot, rows: int) -> tuple[ListTable, QStandardItemModel]:
    table = ListTable()
    model = QStandardItemModel(rows, 4)
    table.setModel(model)
    style_table(table, (200, 200, 200, 200), stretch=3)
    qtbot.addWidget(table)
    return table, model


def test_first_paint_callback_runs_once_after_the_list_has_painted(qtbot):
    """Start-up attaches the desk after the first page is on screen, and only once."""
    table, _model = _table(qtbot, 5)
    calls = []
    table.after_next_paint(lambda: calls.append(table.isVisible()))
    assert calls == []  # nothing painted yet
    table.show()
    qtbot.waitUntil(lambda: calls == [True])
    table.viewport().update()
    qtbot.wait(50)
    assert calls == [True]


def test_spare_width_refits_when_the_scroll_bar_takes_room_from_the_list(qtbot):
    """The stretch column keeps its minimum when a vertical scroll bar appears: SpareWidth
    follows the width the rows really get (the header spans it), not the table's outer size."""
    table, model = _table(qtbot, 2)
    fit = SpareWidth(table, 3, 150, {0: 60, 1: 60, 2: 60})
    table.resize(700, 300)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    assert header.width() == table.viewport().width()
    wide = header.sectionSize(0)
    model.setRowCount(500)  # a vertical scroll bar now takes its width from the rows
    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: header.width() == table.viewport().width())
    qtbot.wait(20)
    used = sum(header.sectionSize(c) for c in range(3))
    assert used + 150 <= header.width()  # the stretch column kept its 150 px
    assert header.sectionSize(0) < wide  # the giving columns narrowed for it
    assert fit is not None
