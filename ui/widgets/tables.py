"""One look for every list in the desk: row selection, no row numbers, compact fixed-height rows.

The request list set the measure (font height + 10 px, fixed, so Qt never measures rows); the
other pages use the same so moving between pages does not change the density of the lists.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView


def row_height(view: QAbstractItemView) -> int:
    """The row height of every list: one line of text and a little air."""
    return view.fontMetrics().height() + 10


def style_table(table: QTableView, widths: tuple[int, ...] = (), *, stretch: int | None = None,
                alternate: bool = True) -> QTableView:
    """Read-only, one row selected at a time, fixed rows; ``widths`` per column (px), ``stretch``
    the column that takes the spare width (else the last one)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternate)
    table.setWordWrap(False)
    # Tab leaves the list for the next control; arrows move between rows. With Qt's default
    # Tab walks every cell, so a keyboard user is trapped in a list of thousands of rows.
    table.setTabKeyNavigation(False)
    vh = table.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(row_height(table))
    hh = table.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(stretch is None)
    hh.setHighlightSections(False)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    if stretch is not None:
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def style_tree(tree: QTreeView, widths: tuple[int, ...] = ()) -> QTreeView:
    """The same density for tree lists (search results, due list, surveillance log)."""
    tree.setUniformRowHeights(True)
    tree.setTabKeyNavigation(False)  # as for tables: Tab leaves the list
    tree.setAlternatingRowColors(False)
    tree.setStyleSheet(f"QTreeView::item {{ min-height: {row_height(tree) - 4}px; }}")
    for col, width in enumerate(widths):
        tree.setColumnWidth(col, width)
    return tree
