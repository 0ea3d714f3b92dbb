"""Search results, grouped by kind (requests, subjects, observations, information, disclosures,
documents).

The query runs off the UI thread (``ui.tasks.run_task``) against the full-text index
(``app.services.search.queries``). Each row shows the hit's human label and reference as the service
builds them (no database ids), always as plain text: user text such as ``<b>`` is shown as typed.
Enter or double-click on a hit opens it: ``open_hit(hit)`` hands the window the
``SearchHit``, which names the record to open (``ui.navigation`` opens it).

"Where it matched" marks the match in bold on a highlight, drawn by ``MatchDelegate`` from the
match span the service returns: no bracket or other character is put into the text, so nothing
can be confused with what the officer typed, and the text itself is drawn as plain text.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.treaty.errors import RuleViolation
from ui.i18n import render
from ui.ops import follow_changes
from ui.tasks import run_task
from ui.widgets.messages import plain_tooltip, violation_text
from ui.widgets.tables import style_tree

#: Group headings, translated where shown (``self.tr``).
KIND_TITLES = {
    "request": QT_TRANSLATE_NOOP("SearchView", "Requests"),
    "subject": QT_TRANSLATE_NOOP("SearchView", "Surveillance subjects"),
    "observation": QT_TRANSLATE_NOOP("SearchView", "Observations"),
    "information": QT_TRANSLATE_NOOP("SearchView", "Information items"),
    "disclosure": QT_TRANSLATE_NOOP("SearchView", "Disclosures (Art. 9)"),
    "document": QT_TRANSLATE_NOOP("SearchView", "Documents"),
}

#: Item data role of the match span ``(start, end)`` in a "Where it matched" cell.
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
#: The match's highlight: a marker-pen yellow, with dark text on it whether or not selected.
MATCH_BACKGROUND = QColor("#ffe27a")
MATCH_TEXT = QColor("#1a1a1a")


class MatchDelegate(QStyledItemDelegate):
    """Draws a cell's plain text with the span in ``MATCH_ROLE`` bold on a highlight.

    The text is drawn as text, never parsed as markup (``<b>x</b>`` typed by an officer shows
    as typed), and the match gets no added characters: the display text stays the snippet."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Paint the cell: background and selection as usual, then the three runs of text."""
        span = index.data(MATCH_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not span or not 0 <= span[0] < span[1] <= len(text):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws background, selection and focus; the text is ours
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect = rect.adjusted(margin, 0, -margin, 0)
        before, match, after = text[:span[0]], text[span[0]:span[1]], text[span[1]:]
        bold = QFont(opt.font)
        bold.setBold(True)
        fm, fmb = QFontMetrics(opt.font), QFontMetrics(bold)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        baseline = rect.top() + (rect.height() - fm.height()) // 2 + fm.ascent()
        painter.save()
        painter.setClipRect(rect)
        x = rect.left()
        painter.setFont(opt.font)
        painter.setPen(colour)
        painter.drawText(x, baseline, before)
        x += fm.horizontalAdvance(before)
        width = fmb.horizontalAdvance(match)
        painter.fillRect(QRect(x, rect.top() + 2, width + 2, rect.height() - 4), MATCH_BACKGROUND)
        painter.setFont(bold)
        painter.setPen(MATCH_TEXT)
        painter.drawText(x + 1, baseline, match)
        x += width + 2
        painter.setFont(opt.font)
        painter.setPen(colour)
        painter.drawText(x, baseline, fm.elidedText(after, Qt.TextElideMode.ElideRight,
                                                    max(0, rect.right() - x)))
        painter.restore()


def _search_module():  # the module or None
    try:
        return importlib.import_module("app.services.search.queries")
    except ImportError:
        return None


#: What the index holds: a write touching any of these runs the shown search again.
INDEXED_KINDS = ("request", "subject", "subject_name", "subject_identifier", "observation",
                 "information_item", "disclosure", "document", "authority", "outcome")


class SearchView(QWidget):
    """Results of the last search; ``run(text)`` starts one in the background. A write to what
    the index holds runs the last search again (when the page is shown: ``ui.ops.follow_changes``),
    keeping the selected hit, so a result never names a record as it was."""

    open_hit = Signal(object)
    finished = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_view")
        self.desk = desk
        self.hits: list = []
        self.task = None
        self.info = QLabel(self.tr("Type in the search field (Ctrl+F) and press Enter."))
        self.info.setObjectName("search_info")
        self.info.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what the officer typed
        self.tree = QTreeWidget()
        self.tree.setObjectName("search_results")
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("Reference"),
                                   self.tr("Where it matched")])
        style_tree(self.tree, (660, 140))
        self.tree.setItemDelegateForColumn(2, MatchDelegate(self.tree))
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.tree, 1)
        self._text: str | None = None  # the last search run
        follow_changes(self, INDEXED_KINDS, lambda _changes: self._search_again())

    def _search_again(self) -> None:
        if self._text:
            item = self.tree.currentItem()
            hit = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
            self.run(self._text, keep=(hit.kind, hit.key) if hit is not None else None)

    def run(self, text: str, *, keep: tuple[str, str] | None = None) -> None:
        """Search for ``text`` off the UI thread; results replace the current ones (``keep``:
        the ``(kind, key)`` of the hit to select again, if still found)."""
        module = _search_module()
        if module is None:
            self.info.setText(self.tr("The search index is not available in this build."))
            return
        text = text.strip()
        if not text:
            return
        self._text = text
        self.info.setText(self.tr("Searching for “{0}”…").format(text))
        self.task = run_task(module.search, self.desk, text, 50,
                             on_done=lambda hits: self._show(text, hits, keep),
                             on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        # A refused query is named by the field the officer typed in ("Search"), not the
        # service's key ("text: is 10,000 characters long ...").
        text = violation_text(exc, self.tr("Search")) if isinstance(exc, RuleViolation) else str(exc)
        self.info.setText(text)
        self.finished.emit(0)

    def _show(self, text: str, hits: list, keep: tuple[str, str] | None = None) -> None:
        self.hits = hits
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.kind)
            if group is None:
                group = QTreeWidgetItem([self.tr(KIND_TITLES.get(hit.kind, hit.kind))])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(False)
                groups[hit.kind] = group
                self.tree.addTopLevelItem(group)
            label = render(hit.label) if hit.label else hit.title
            item = QTreeWidgetItem([label, hit.reference, hit.snippet])
            item.setData(0, Qt.ItemDataRole.UserRole, hit)
            item.setData(2, MATCH_ROLE, (hit.match_start, hit.match_end))
            item.setToolTip(0, plain_tooltip(label))
            item.setToolTip(2, plain_tooltip(hit.snippet))
            group.addChild(item)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
            group.setExpanded(True)
        self.info.setText(self.tr("%n found for “{0}”.", "", len(hits)).format(text) if hits
                          else self.tr("Nothing found for “{0}”.").format(text))
        items = [group.child(i) for group in groups.values() for i in range(group.childCount())]
        kept = next((item for item in items if keep is not None and (
            item.data(0, Qt.ItemDataRole.UserRole).kind,
            item.data(0, Qt.ItemDataRole.UserRole).key) == keep), None)
        first = next(iter(groups.values()), None)
        if kept is not None:
            self.tree.setCurrentItem(kept)
        elif first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        self.finished.emit(len(hits))

    def _activated(self, item: QTreeWidgetItem, _col: int) -> None:
        hit = item.data(0, Qt.ItemDataRole.UserRole)
        if hit is not None:
            self.open_hit.emit(hit)

    def open_current(self) -> None:
        """Open the selected hit (as Enter does)."""
        item = self.tree.currentItem()
        if item is not None:
            self._activated(item, 0)
