"""The window's language as a choice (Settings ▸ Desk, the first-run wizard's first page).

Each language is named in its own language (English, 日本語, Español), so an officer who cannot
read the window's present language still finds their own; the first item follows the system
locale and says which language that is. The choice is kept on this machine (``ui.i18n``), not in
the store: it is needed before a store is open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ui import i18n


class LanguageChoice(QComboBox):
    """``system``, ``en``, ``ja``, ``es``; ``choice()`` is the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ui_language")
        system = i18n.LANGUAGES[i18n.system_language()]
        self.addItem(self.tr("Same as the system ({language})").format(language=system), "system")
        for code, name in i18n.LANGUAGES.items():
            self.addItem(name, code)
        self.set_choice(i18n.chosen())

    def choice(self) -> str:
        """The selected choice (one of ``ui.i18n.CHOICES``)."""
        return str(self.currentData())

    def set_choice(self, choice: str) -> None:
        """Select ``choice`` (``system`` for one this list does not have)."""
        index = self.findData(choice)
        self.setCurrentIndex(index if index >= 0 else 0)

    def changes_language(self) -> bool:
        """Whether the selected choice stands for another language than the window's."""
        return i18n.resolve(self.choice()) != i18n.language()

    def keep(self) -> bool:
        """Keep the selected choice for the next start; True when it changes the language."""
        changed = self.changes_language()
        i18n.choose(self.choice())
        return changed
