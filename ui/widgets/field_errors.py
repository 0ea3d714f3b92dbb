"""Refusals shown next to the field they are about, named by the caption the officer sees.

A service names the field by its key (``place``, ``names[1]``, ``profile.name``); a dialog that
puts its inputs in a ``QFormLayout`` through ``FieldErrors.row`` gets, for free, the error line
under each input, the key turned into the caption ("Where: is 10,000 characters long ...") and
the focus moved to the input at fault. A key no row claims goes to the dialog's general line.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app.treaty.errors import RuleViolation
from ui.widgets.messages import plain_tooltip, shorten, violation_text

ERROR_STYLE = "color: #b00020;"
_INDEX = re.compile(r"\[\d+\]")


def error_label(name: str) -> QLabel:
    """An (empty, hidden) red error line; plain text, so markup typed by the officer stays text."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class FieldErrors:
    """Error lines of one form, keyed by service field names; ``general`` takes the rest."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.general.setTextFormat(Qt.TextFormat.PlainText)
        self._rows: dict[str, tuple[str, QLabel, QWidget | None]] = {}

    def row(self, form: QFormLayout, keys: str | tuple[str, ...], caption: str,
            field: QWidget | QLayout, focus: QWidget | None = None) -> QWidget:
        """Add ``field`` under ``caption`` with its error line beneath; ``keys`` are the service
        names it answers for (the first also names the error line ``error_<key>``). Returns the
        row's field widget (for ``QFormLayout.setRowVisible``)."""
        keys = (keys,) if isinstance(keys, str) else keys
        error = error_label(f"error_{keys[0].replace('.', '_')}")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(field, QLayout):
            box.addLayout(field)
        else:
            box.addWidget(field)
            focus = focus or field
        box.addWidget(error)
        label = QLabel(caption)
        if focus is not None:
            label.setBuddy(focus)
        form.addRow(label, holder)
        for key in keys:
            self._rows[key] = (caption, error, focus)
        return holder

    def alias(self, key: str, of: str, caption: str, focus: QWidget | None = None) -> None:
        """Let service field ``key`` show on the error line of row ``of``, named ``caption``
        and focusing ``focus`` (e.g. the "until" date of a period row)."""
        _caption, error, row_focus = self._rows[of]
        self._rows[key] = (caption, error, focus or row_focus)

    def _find(self, key: str) -> tuple[str, QLabel, QWidget | None] | None:
        plain = _INDEX.sub("", key)
        for candidate in (key, plain, plain.split(".")[0], plain.split(".")[-1]):
            if candidate in self._rows:
                return self._rows[candidate]
        return None

    def clear(self) -> None:
        """Hide every error line and empty the general one."""
        for _caption, error, _focus in self._rows.values():
            error.clear()
            error.hide()
        self.general.clear()

    def show(self, exc: RuleViolation) -> str:
        """Show ``exc`` under its field (or on the general line); returns the text shown."""
        self.clear()
        found = self._find(exc.field)
        if found is None:
            text = violation_text(exc)
            self.general.setText(text)
            self.general.setToolTip(plain_tooltip(str(exc)) if text != str(exc) else "")
            return text
        caption, error, focus = found
        text = violation_text(exc, caption)
        error.setText(text)
        error.setToolTip(plain_tooltip(shorten(str(exc), 2000)) if text != str(exc) else "")
        error.show()
        if focus is not None and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return text

    def note(self, key: str, text: str) -> bool:
        """Show ``text`` on the error line of field ``key`` beside what is shown already (a
        mark, not a refusal: e.g. a value another officer saved); False if no such field."""
        found = self._find(key)
        if found is None:
            return False
        _caption, error, focus = found
        error.setText(shorten(text))
        error.setToolTip(plain_tooltip(text))
        error.show()
        if focus is not None:
            focus.setToolTip(text)
        return True

    def text(self, key: str) -> str:
        """The error shown for service field ``key`` ("" when none)."""
        found = self._find(key)
        return found[1].text() if found else ""
