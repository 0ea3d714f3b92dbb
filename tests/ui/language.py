"""Shared by the tests of the window in another language: install a language for one test, then
English again (the next test of the worker starts as every other does)."""

from __future__ import annotations

import contextlib


@contextlib.contextmanager
def in_language(app, lang: str):
    """The window's catalogues, locale and fonts for ``lang`` until the block ends."""
    from PySide6.QtCore import QLocale

    from ui.i18n import install_language

    font, locale = app.font(), QLocale()
    install_language(app, lang)
    try:
        yield
    finally:
        install_language(app, "en")
        app.setFont(font)
        QLocale.setDefault(locale)
