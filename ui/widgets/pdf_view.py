"""Show and print PDF bytes without Qt's PDF module (absent from this PySide6 build).

Pages are rasterised with ``pypdfium2`` into ``QImage``s: on screen at the zoom times the
screen's device pixel ratio, on paper at the printer's own resolution, so print quality does not
depend on the preview's zoom.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
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
    """A scrolling column of rendered pages with zoom in and out."""

    zoom_changed = Signal(float)

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

    def _rebuild(self) -> None:
        for label in self._pages:
            self._column.removeWidget(label)
            label.deleteLater()
        self._pages = []
        if not self._pdf:
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
