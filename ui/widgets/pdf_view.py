"""Show and print PDF bytes without Qt's PDF module (absent from this PySide6 build).

Pages are rasterised with ``pypdfium2`` into ``QImage``s: on screen at the zoom times the
screen's device pixel ratio, on paper at the printer's own resolution, so print quality does not
depend on the preview's zoom.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)
POINTS_PER_INCH = 72


def render_pages(pdf: bytes, scale: float) -> list[QImage]:
    """Every page of ``pdf`` as an RGB ``QImage``, ``scale`` pixels per PDF point."""
    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            # rev_byteorder gives RGB order, which QImage.Format_RGB888 reads directly.
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: pdfium frees its buffer with the bitmap
            page.close()
    finally:
        doc.close()
    return images


def page_count(pdf: bytes) -> int:
    """Number of pages of ``pdf``."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Print ``pdf`` on ``printer`` page by page at the printer's resolution; returns pages printed.

    Each page image is scaled into the printable area keeping its aspect ratio, so A4 letters
    print whole on Letter paper too."""
    scale = max(printer.resolution(), 72) / POINTS_PER_INCH
    images = render_pages(pdf, scale)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(images)


class PdfView(QScrollArea):
    """A scrolling column of rendered pages with zoom in and out.

    Keyboard: PgDn/PgUp go to the next/previous page (by at most one screenful, so a page taller
    than the view is not skipped), Ctrl++/Ctrl+- zoom, Ctrl+0 fits the page width.
    ``page_changed(n, total)`` says which page is at the top of the view."""

    zoom_changed = Signal(float)
    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_view")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(self.backgroundRole())
        self._pdf: bytes = b""
        self._zoom = 1.0
        self._pages: list[QLabel] = []
        inner = QWidget()
        inner.setObjectName("pdf_pages")
        inner.setStyleSheet("#pdf_pages { background: #8a8f96; }")
        self._column = QVBoxLayout(inner)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._column.setSpacing(12)
        self.setWidget(inner)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._page_pts: tuple[float, float] | None = None  # first page size in PDF points
        self._fit_when_shown = False  # fit_width asked for before any page was there

    @property
    def zoom(self) -> float:
        """Current zoom (1.0 = 72 pixels per inch of paper, before the screen's pixel ratio)."""
        return self._zoom

    def page_labels(self) -> list[QLabel]:
        """The labels showing the pages (for tests and screenshots)."""
        return list(self._pages)

    def set_pdf(self, pdf: bytes) -> None:
        """Show ``pdf`` (empty bytes clear the view)."""
        self._pdf = pdf or b""
        self._rebuild()

    def set_zoom(self, zoom: float) -> None:
        """Set the zoom, clamped to the range of :data:`ZOOM_STEPS`."""
        zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        if abs(zoom - self._zoom) < 1e-6:
            return
        self._zoom = zoom
        self._rebuild()
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        """One step larger."""
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        """One step smaller."""
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 1e-6), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        """Zoom so a whole page width shows without scrolling sideways (asked before the first
        page is there, e.g. while the preview is still being made: done when it arrives)."""
        if self._page_pts is None:
            self._fit_when_shown = True
            return
        self._fit_when_shown = False
        margins = self._column.contentsMargins()
        room = (self.viewport().width() - margins.left() - margins.right()
                - 2 - self.verticalScrollBar().sizeHint().width())
        if room > 0:
            self.set_zoom(room / self._page_pts[0])

    def page_tops(self) -> list[int]:
        """Where each page starts in the scrolled column, from the page sizes (so it holds
        before the layout has placed the pages)."""
        tops, y = [], self._column.contentsMargins().top()
        for label in self._pages:
            tops.append(y)
            y += label.sizeHint().height() + self._column.spacing()
        return tops

    def current_page(self) -> int:
        """The page (1-based) at the top of the view; 0 when nothing is shown."""
        bar = self.verticalScrollBar()
        if self._pages and 0 < bar.maximum() <= bar.value():
            return len(self._pages)  # scrolled to the end: the last page is the one being read
        top = bar.value()
        return max((i for i, t in enumerate(self.page_tops(), 1) if t <= top + 1), default=1) if self._pages else 0

    def go_to_page(self, n: int) -> None:
        """Scroll page ``n`` (1-based, clamped) to the top of the view."""
        if self._pages:
            self.verticalScrollBar().setValue(self.page_tops()[min(max(n, 1), len(self._pages)) - 1])

    def page_down(self) -> None:
        """To the next page's top, but never more than a screenful at a time."""
        bar, tops, n = self.verticalScrollBar(), self.page_tops(), self.current_page()
        step = bar.value() + self.viewport().height()
        bar.setValue(min(step, tops[n]) if n < len(tops) else step)

    def page_up(self) -> None:
        """To this page's top (or the previous page's), never more than a screenful at a time."""
        bar, tops, n = self.verticalScrollBar(), self.page_tops(), self.current_page()
        if not tops:
            return
        here = tops[n - 1]
        target = here if bar.value() > here + 1 else (tops[n - 2] if n > 1 else 0)
        bar.setValue(max(bar.value() - self.viewport().height(), target))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API
        """Paging and zoom from the keyboard (see the class docstring)."""
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl and key == Qt.Key.Key_Minus):
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit_width()
        elif key == Qt.Key.Key_PageDown:
            self.page_down()
        elif key == Qt.Key.Key_PageUp:
            self.page_up()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _scrolled(self, _value: int = 0) -> None:
        self.page_changed.emit(self.current_page(), len(self._pages))

    def _rebuild(self) -> None:
        for label in self._pages:
            self._column.removeWidget(label)
            label.deleteLater()
        self._pages = []
        if not self._pdf:
            self._page_pts = None
            self.page_changed.emit(0, 0)
            return
        ratio = self.devicePixelRatioF() or 1.0
        for n, image in enumerate(render_pages(self._pdf, self._zoom * ratio), 1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setObjectName(f"pdf_page_{n}")
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #555;")
            self._column.addWidget(label)
            self._pages.append(label)
            if n == 1:
                self._page_pts = (image.width() / (self._zoom * ratio), image.height() / (self._zoom * ratio))
        self._scrolled()
        if self._fit_when_shown:
            self.fit_width()
