"""The Qt binding itself must be sound for a session that lasts a working day.

PySide6-Essentials 6.12.0 drops one reference to ``None`` on every Python call of a Qt method
that returns nothing (``setText``, ``setValue``, ``processEvents``...). Under CPython 3.11, where
``None`` is reference-counted like any object, a day of use then ends in "Fatal Python error:
none_dealloc". ``pyproject.toml`` excludes that release; this test refuses any build that does
the same, whatever its version number.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog

CALLS = 5000


def test_qt_void_method_calls_keep_the_reference_count_of_none(qapp):
    label = QLabel()
    bar = QProgressDialog()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText("invented")
        bar.setValue(i % 100)
        QApplication.processEvents()
    drift = sys.getrefcount(None) - before
    # A sound build changes the count by a handful (objects created meanwhile); the broken one
    # by -3 x CALLS.
    assert abs(drift) < CALLS // 10, f"None's reference count moved by {drift} over {CALLS} calls"
    bar.deleteLater()
    label.deleteLater()
