"""Legal basis picker and the basis-specific detail fields it calls for.

The catalogue of the chosen agreement (``AgreementSpec.bases``) supplies the choices; each basis
names the ``extra_fields`` it depends on (goods and declaration for 4.1, a vessel or vehicle for
4.2(c) ...), and ``ExtraFieldsBox`` shows exactly those.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.treaty.catalogue import AgreementSpec, Basis
from app.treaty.completeness import EXTRA_FIELD_LABELS
from ui.i18n import agreement_words, article_text, catalogue_label, english_text_note, render

#: Extra fields answered yes/no rather than in words (``False`` is an answer, not a blank).
BOOLEAN_FIELDS = frozenset({"electronic_form_ok"})


def basis_tooltip(spec: AgreementSpec, basis: Basis) -> str:
    """Rich-text hover help: the basis, what it is for, and the article's text."""
    try:
        article = spec.article_text(basis.article)
    except KeyError:
        article = None
    parts = [f"<b>{html.escape(basis.code)} \u2014 {html.escape(catalogue_label(basis))}</b>",
             html.escape(agreement_words(basis.description))]
    if article:
        note = english_text_note()  # the English text, said so in another language
        parts.append(f"<i>{html.escape(article_text(basis.article))}</i>"
                     + (f" ({html.escape(note)})" if note else "") + ": "
                     + html.escape(article).replace("\n", "<br>"))
    else:
        parts.append(html.escape(QCoreApplication.translate(
            "BasisPicker", "(The text of this article is not in the catalogue.)")))
    if basis.note:
        parts.append(html.escape(basis.note))
    return "<p style='white-space:pre-wrap'>" + "<br><br>".join(parts) + "</p>"


class BasisPicker(QWidget):
    """Checkable list of the legal bases of one agreement (label and code; article on hover).

    ``set_spec(spec, spontaneous=)`` fills it from the catalogue; ``codes()`` / ``set_codes()``
    read and write the checked bases in catalogue order; ``changed`` fires on every toggle.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("field_bases")
        self._spec: AgreementSpec | None = None
        self._list = QListWidget()
        self._list.setObjectName("bases_list")
        self._list.setMinimumHeight(120)
        self._list.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list)
        self.setFocusProxy(self._list)

    def focus_proxy(self) -> QWidget:
        """The widget that takes the keyboard focus (the list), for tab-order chaining."""
        return self._list

    def set_spec(self, spec: AgreementSpec, *, spontaneous: bool = False,
                 keep: Iterable[str] = ()) -> None:
        """Offer the request bases (or the spontaneous ones) of ``spec``.

        Codes in ``keep`` stay listed and checked even if they belong to the other group, so a
        stored request never loses a basis by being opened.
        """
        wanted = list(dict.fromkeys(keep))
        self._spec = spec
        offered = spec.spontaneous_bases() if spontaneous else spec.request_bases()
        codes = [b.code for b in offered] + [c for c in wanted if spec.has_basis(c)]
        self._list.blockSignals(True)
        self._list.clear()
        for code in dict.fromkeys(codes):
            basis = spec.basis(code)
            item = QListWidgetItem(f"{basis.code}  \u2014  {catalogue_label(basis)}")
            item.setData(Qt.ItemDataRole.UserRole, basis.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
            item.setToolTip(basis_tooltip(spec, basis))
            self._list.addItem(item)
        self._list.blockSignals(False)
        self.changed.emit()

    def codes(self) -> list[str]:
        """The checked basis codes, in catalogue order."""
        return [str(self._list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self._list.count())
                if self._list.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: Iterable[str]) -> None:
        """Check exactly these codes (unknown codes are ignored)."""
        wanted = set(codes)
        self._list.blockSignals(True)
        for i in range(self._list.count()):
            item = self._list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._list.blockSignals(False)
        self.changed.emit()

    def offered(self) -> list[str]:
        """Every code offered, checked or not."""
        return [str(self._list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self._list.count())]

    def extra_fields(self) -> list[tuple[str, str]]:
        """(field name, basis code asking for it) for the checked bases, first asker wins."""
        if self._spec is None:
            return []
        out: dict[str, str] = {}
        for code in self.codes():
            for name in self._spec.basis(code).extra_fields:
                out.setdefault(name, code)
        return list(out.items())


class ExtraFieldsBox(QGroupBox):
    """The details the chosen legal bases depend on; only those fields are shown.

    Values typed into a field survive while its basis is unchecked and rechecked within one
    editing session; ``values()`` returns only the fields currently shown.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # The title is needed before ``QGroupBox.__init__`` has run, so no ``self.tr`` here.
        super().__init__(QCoreApplication.translate("ExtraFieldsBox", "Details the legal basis calls for"),
                         parent)
        self.setObjectName("extra_fields")
        self._form = QFormLayout(self)
        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._captions: dict[str, str] = {}
        self._shown: list[str] = []
        self._empty = QLabel(QCoreApplication.translate(
            "ExtraFieldsBox", "The chosen legal bases need no further details."))
        self._empty.setObjectName("extra_fields_empty")
        self._form.addRow(self._empty)

    def _make(self, name: str, asked_by: str) -> None:
        what = render(EXTRA_FIELD_LABELS.get(name, name.replace("_", " ")))
        what = what[:1].upper() + what[1:]
        label = QLabel(self.tr("{what} \u2014 basis {code}").format(what=what, code=asked_by)
                       if asked_by else what)
        self._captions[name] = what
        label.setWordWrap(True)
        widget: QWidget
        if name in BOOLEAN_FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("(not stated)"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            widget = combo
        else:
            edit = QLineEdit()
            edit.textEdited.connect(lambda _t: self.changed.emit())
            widget = edit
        widget.setObjectName(f"field_extra_{name}")
        error = QLabel()
        error.setObjectName(f"error_extra_{name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        box.addWidget(error)
        self._form.addRow(label, holder)
        self._inputs[name] = widget
        self._errors[name] = error

    def set_fields(self, fields: Iterable[tuple[str, str]]) -> None:
        """Show exactly these (name, asking basis) fields, creating inputs as needed."""
        wanted = list(fields)
        names = [n for n, _ in wanted]
        for name, code in wanted:
            if name not in self._inputs:
                self._make(name, code)
        for name in self._inputs:
            self._form.setRowVisible(self._inputs[name].parentWidget(), name in names)
        self._form.setRowVisible(self._empty, not names)
        self._shown = names

    def shown(self) -> list[str]:
        """Names of the fields currently shown."""
        return list(self._shown)

    def input(self, name: str) -> QWidget | None:
        """The input widget of one extra field, if created."""
        return self._inputs.get(name)

    def inputs(self) -> list[QWidget]:
        """Every input made so far, in the order of the rows (shown or not)."""
        return list(self._inputs.values())

    def caption(self, name: str) -> str | None:
        """The label of one extra field as the officer reads it, if created."""
        return self._captions.get(name)

    def error_label(self, name: str) -> QLabel | None:
        """The error label under one extra field, if created."""
        return self._errors.get(name)

    def values(self) -> dict[str, Any]:
        """Values of the shown fields, blanks left out (text as typed; yes/no as booleans)."""
        out: dict[str, Any] = {}
        for name in self._shown:
            widget = self._inputs[name]
            if isinstance(widget, QComboBox):
                value = widget.currentData()
                if value is not None:
                    out[name] = bool(value)
            elif isinstance(widget, QLineEdit) and widget.text().strip():
                out[name] = widget.text()
        return out

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill inputs from a stored ``extra`` mapping (creating inputs for known names)."""
        for name, value in values.items():
            if name not in EXTRA_FIELD_LABELS:
                continue
            if name not in self._inputs:
                self._make(name, "")
                self._form.setRowVisible(self._inputs[name].parentWidget(), name in self._shown)
            widget = self._inputs[name]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)) if value is not None else 0)
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))

