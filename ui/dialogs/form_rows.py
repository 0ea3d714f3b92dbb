"""Rows of the request form: an input under its caption with an error line beneath it, and
finding a field again by its service name to show a refusal there or move the focus to it.

A mixin of ``ui.dialogs.request_form.RequestForm`` (which owns the inputs), kept apart so the
form module holds what a request is made of and this one how a field is shown and named.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.messages import shorten

ERROR_STYLE = "color: #b00020;"


class FieldRows:
    """Field rows by service name: ``_inputs``, ``_errors`` and ``_captions`` are filled by
    ``_row`` (with ``_caption_labels``); the form provides ``extra`` (the basis details), ``error_general`` and
    ``_user_edit``."""

    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget,
             tip: str | None = None, *, wrap: bool = False) -> QWidget:
        """Add ``widget`` under ``label`` with an (initially hidden) error line beneath it."""
        widget.setObjectName(f"field_{name}")
        if tip:
            widget.setToolTip(tip)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setObjectName(f"caption_{name}")
        caption.setWordWrap(wrap)
        caption.setBuddy(widget)
        form.addRow(caption, holder)
        self._caption_labels[name] = caption
        self._inputs[name] = widget
        self._errors[name] = error
        self._captions[name] = label
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._user_edit)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._user_edit)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self._user_edit)
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(self._user_edit)
        return holder

    # -- errors -------------------------------------------------------------------------------

    def _field_of(self, name: str) -> str:
        """A text's field for a refusal naming one of its language versions
        (``object_and_reason.ja`` -> ``object_and_reason``; app.services.texts)."""
        base, _, lang = name.rpartition(".")
        return base if base in self._inputs and lang in ("en", "ja", "es") else name

    def input(self, name: str) -> QWidget | None:
        """The input for a service field name (``extra.goods_description`` included)."""
        name = self._field_of(name)
        if name.startswith("extra."):
            return self.extra.input(name.split(".", 1)[1])
        return self._inputs.get(name) or self.extra.input(name)

    def field_label(self, name: str) -> str | None:
        """The caption the officer sees for a service field name (None if not on the form)."""
        name = self._field_of(name)
        if name.startswith("extra."):
            return self.extra.caption(name.split(".", 1)[1])
        return self._captions.get(name) or self.extra.caption(name)

    def show_error(self, name: str, message: str | None) -> bool:
        """Put ``message`` under the field ``name`` (None clears it); False if no such field.

        A long message is shortened to one line (full text on hover), so a pasted page quoted
        back by a service cannot widen the editor."""
        name = self._field_of(name)
        label = (self.extra.error_label(name.split(".", 1)[1]) if name.startswith("extra.")
                 else self._errors.get(name) or self.extra.error_label(name))
        if label is None:
            return False
        text = shorten(message or "")
        label.setText(text)
        label.setToolTip(message if message and text != message else "")
        label.setVisible(bool(message))
        return True

    def clear_errors(self) -> None:
        """Hide every error line."""
        for name in list(self._errors) + [f"extra.{n}" for n in self.extra.shown()]:
            self.show_error(name, None)
        self.error_general.hide()

    def mark_missing(self, missing: dict[str, str]) -> None:
        """Mark the required fields that are still empty: ``missing`` maps a field's service
        name to what the rules say of it (a completeness finding). The caption gains the words
        "required, empty" (a mark that is read, not a colour) and the input that finding as its
        accessible description; fields no longer missing lose both."""
        for name, caption in self._caption_labels.items():
            why = missing.get(name)
            text = self._captions[name]
            caption.setText(self.tr("{caption}  \u2716 required, empty").format(caption=text)
                            if why else text)
            self._inputs[name].setAccessibleDescription(why or "")
        bases = self._inputs.get("bases")
        if bases is not None:
            bases.setAccessibleDescription(missing.get("bases", ""))

    def focus_field(self, name: str) -> None:
        """Move the keyboard focus to a field (e.g. from the completeness panel)."""
        widget = self.input(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
