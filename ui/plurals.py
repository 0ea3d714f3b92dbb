"""English plural forms of the source texts: ``self.tr("%n subject(s)", "", n)`` reads
"1 subject" and "5 subjects".

Qt chooses a plural form only from a translation; with none installed (English, the source
language) the source text shows as written, "(s)" and all. ``install_plurals(app)`` installs a
translator that answers for source texts given a count and holding "(s)", and for nothing else.
Catalogues installed after it (ja, es, with their own plural forms) are asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_MARK = "(s)"


class EnglishPlurals(QTranslator):
    """"(s)" dropped for a count of one and made "s" for any other; Qt then puts the count in
    for ``%n``. Every other text is left to the next translator (None: no translation here)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # noqa: D102 - QTranslator override
        if n < 0 or _MARK not in source:
            return None
        return source.replace(_MARK, "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def install_plurals(app: QCoreApplication) -> EnglishPlurals:
    """Install the English plural forms on ``app`` once; returns the translator (owned by it)."""
    found = app.findChild(EnglishPlurals)
    if found is None:
        found = EnglishPlurals(app)
        app.installTranslator(found)
    return found
