"""Render the application icon's PNG sizes, .ico and .icns from ``resources/icons/liaison-desk.svg``.

PNGs go into a freedesktop ``hicolor`` tree (``resources/icons/hicolor/NxN/apps/liaison-desk.png``)
so they can be copied as they are into ``/usr/share/icons/hicolor``. Qt's SVG renderer draws the
PNGs; Pillow (already installed as a reportlab dependency) packs the Windows .ico and macOS
.icns, which need several sizes in one file.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.render_icons
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"  # the source tree's, committed
SVG = ICONS / "liaison-desk.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives."""
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "liaison-desk.png"


def render_pngs() -> list[Path]:
    """Draw the SVG at every size with antialiasing on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"render_icons: cannot write {out}")
        written.append(out)
    return written


def pack_ico_icns() -> list[Path]:
    """Windows .ico (16-256) and macOS .icns (16-512) from the rendered PNGs."""
    from PIL import Image

    big = Image.open(png_path(512)).convert("RGBA")
    ico = ICONS / "liaison-desk.ico"
    big.save(ico, format="ICO", sizes=[(s, s) for s in SIZES if s <= 256])
    icns = ICONS / "liaison-desk.icns"
    big.save(icns, format="ICNS")
    return [ico, icns]


if __name__ == "__main__":
    for path in render_pngs() + pack_ico_icns():
        print(path.relative_to(ICONS.parents[1]))
