"""A layout that lines its widgets up left to right and wraps onto a new line when they do not fit.

The filter chips above each request list use it: in one row they need ~870 px, which with the
navigation and the detail pane made the window at least 1,437 px wide (wider than a 1,366 px
laptop screen). Wrapping lets the row give way instead; at the usual width it stays one line.
Qt has no such layout of its own (only an example in its documentation), hence this small one.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items in reading order, each at its size hint, wrapping to a new line as needed; a line is
    as tall as its tallest item and items sit vertically centred in it. Height depends on width
    (``heightForWidth``), so a parent box layout gives it the lines it needs."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item protocol ------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # Qt override
        """Everything on one line."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # Qt override
        """As narrow as the widest single item (one per line)."""
        m = self.contentsMargins()
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(
                QSize(item.sizeHint().width(), item.sizeHint().height()))
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing ----------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (only measure unless ``move``); returns the height."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            needed = width if not lines[-1] else used + self._gap + width
            if lines[-1] and needed > area.width():
                lines.append([])
                needed = width
            lines[-1].append((item, QSize(width, hint.height())))
            used = needed
        y = area.y()
        for line in lines:
            if not line:
                continue
            tall = max(size.height() for _, size in line)
            x = area.x()
            for item, size in line:
                if move:
                    top = y + (tall - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += size.width() + self._gap
            y += tall + self._gap
        return y - self._gap - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()
