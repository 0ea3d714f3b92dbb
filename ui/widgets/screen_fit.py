"""Default window sizes that fit the screen the officer has.

A size that reads well on an office monitor (the main window's 1,400 x 860) is taller than a
1,366 x 768 laptop screen: the bottom of the window, with its buttons, would sit under the
taskbar. ``fit_to_screen`` asks for the wanted size and takes less where the screen's free area
(without taskbar or panels) is smaller, leaving room for the window's title bar and frame.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room for the title bar and borders the window manager adds around the window (px).
FRAME_ALLOWANCE = QSize(16, 40)


def available_size(widget: QWidget | None = None) -> QSize | None:
    """The free area of the screen ``widget`` is on (the primary screen before it is shown)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def fitted_size(width: int, height: int, widget: QWidget | None = None) -> QSize:
    """``width`` x ``height``, or less where the screen is smaller (frame included)."""
    free = available_size(widget)
    if free is None:
        return QSize(width, height)
    return QSize(min(width, free.width() - FRAME_ALLOWANCE.width()),
                 min(height, free.height() - FRAME_ALLOWANCE.height()))


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to the wanted size, shrunk to fit its screen; returns the size set."""
    size = fitted_size(width, height, widget)
    widget.resize(size)
    return size
