"""The inputs of the request editor, in Art. 7.2 order, with an error line under each.

``RequestForm`` knows how to fill itself from a ``RequestView``, how to turn what the officer
typed into the fields dict the services take, and how to preview completeness (through
``app.treaty.completeness.check_completeness``, never re-implemented). Saving, sending and
closing live in ``request_editor``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.settings import read_setting
from app.services.agreements.catalogue import list_agreements, list_officials
from app.services.context import Desk
from app.services.requests.views import ELEMENT_FIELDS, RequestView
from app.services.texts import TEXT_LANGUAGES
from app.services.validation import ServiceError, parse_date, parse_datetime
from app.treaty import clocks, completeness, reciprocity
from app.treaty.catalogue import AgreementSpec
from app.treaty.completeness import EXTRA_FIELD_LABELS
from ui.dialogs.form_rows import ERROR_STYLE as _ERROR_STYLE
from ui.dialogs.form_rows import FieldRows
from ui.i18n import agreement_words, day_text, render
from ui.widgets.basis_picker import BasisPicker, ExtraFieldsBox
from ui.widgets.messages import violation_text

DATE_FIELDS = ("received_on", "due_on")


class RequestForm(FieldRows, QWidget):
    """Every input of a request; objectNames are ``field_<service field>`` and ``error_<field>``."""

    #: Something the officer typed or picked changed (drives the live panel and "unsaved").
    edited = Signal()
    #: The agreement choice changed (the editor reloads the catalogue).
    agreement_changed = Signal(str)

    def __init__(self, desk: Desk, direction: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.direction = direction
        #: Spontaneous information (Art. 3.1, 4.3) has no ask: it reads and is checked as information.
        self.spontaneous = completeness.is_spontaneous(direction)
        self.spec: AgreementSpec | None = None
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self._captions: dict[str, str] = {"bases": self.tr("Legal basis")}
        self._caption_labels: dict[str, QLabel] = {}
        self._oral_days = int(read_setting(desk, "oral_confirmation_days"))
        # The five texts in each language (app.services.texts): the inputs show one language at
        # a time (``text_lang``), the others wait here; all go to the service on save.
        default = read_setting(desk, "text_language")
        self._default_lang = default if default in TEXT_LANGUAGES else "en"
        self._shown_lang = self._default_lang
        self._versions: dict[str, dict[str, str]] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._general_box())
        layout.addWidget(self._elements_box())
        layout.addWidget(self._bases_box())
        layout.addWidget(self._reciprocity_box())
        layout.addStretch(1)
        self.error_general = QLabel()
        self.error_general.setObjectName("error_general")
        self.error_general.setStyleSheet(_ERROR_STYLE)
        self.error_general.setWordWrap(True)
        self.error_general.setTextFormat(Qt.TextFormat.PlainText)
        self.error_general.hide()
        layout.insertWidget(0, self.error_general)

    # -- building -----------------------------------------------------------------------------

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Information") if self.spontaneous else self.tr("Request"))
        form = QFormLayout(box)
        self.agreement = QComboBox()
        # Oldest first: the model agreement (Japan-US 1997) leads, later ones follow.
        agreements = sorted(list_agreements(self.desk),
                            key=lambda a: (a.signed_on or date.max, a.key))
        for a in agreements:
            if a.in_use:
                self.agreement.addItem(agreement_words(a.short_title), a.key)
        self.agreement.currentIndexChanged.connect(
            lambda _i: self.agreement_changed.emit(self.agreement_key()))
        self._row(form, "agreement", self.tr("Agreement"), self.agreement)
        self.their_ref = QLineEdit()
        self._row(form, "their_ref", self.tr("Their reference"), self.their_ref)
        self.title = QLineEdit()
        self._row(form, "title", self.tr("Subject \u2014 Art. 3.1") if self.spontaneous
                  else self.tr("Title"), self.title,
                  self.tr("What the information is about") if self.spontaneous else None)
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("Normal"), "normal")
        self.urgency.addItem(self.tr("Urgent"), "urgent")
        self._row(form, "urgency", self.tr("Urgency"), self.urgency)
        self.form_kind = QComboBox()
        self.form_kind.addItem(self.tr("In writing"), "written")
        self.form_kind.addItem(self.tr("Oral (urgent; to be confirmed in writing)"), "oral")
        self.form_kind.currentIndexChanged.connect(self._oral_changed)
        form_row = self._row(form, "form", self.tr("Form \u2014 Art. 7.1"), self.form_kind)
        self.oral_at = QLineEdit()
        self.oral_at.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM (UTC)"))
        self.oral_at.textChanged.connect(self._oral_changed)
        self._oral_row = self._row(form, "oral_at", self.tr("Oral request made at"), self.oral_at)
        self.oral_due = QLabel()
        self.oral_due.setObjectName("oral_confirmation_due")
        self.oral_due.setWordWrap(True)
        self.oral_due.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Written confirmation due"), self.oral_due)
        self._form_general = form
        self.received_on = QLineEdit()
        self.received_on.setPlaceholderText("YYYY-MM-DD")
        self._received_row = self._row(form, "received_on", self.tr("Received on"), self.received_on)
        self.due_on = QLineEdit()
        self.due_on.setPlaceholderText(self.tr("YYYY-MM-DD (blank: desk default)"))
        self._row(form, "due_on", self.tr("Due on"), self.due_on)
        for edit in (self.received_on, self.due_on):
            edit.textChanged.connect(self.check_dates)
        self.assigned_to = QLineEdit()
        self._row(form, "assigned_to", self.tr("Assigned officer"), self.assigned_to)
        self.official = QComboBox()
        self._row(form, "official_id", self.tr("Designated official \u2014 Art. 7.3"), self.official,
                  self.tr("The partner's designated official through whom the request passes"))
        incoming = self.direction in ("incoming", "spontaneous-in")
        form.setRowVisible(self._received_row, incoming)
        # Art. 7.1 (in writing; oral only if urgent, then confirmed) is about requests.
        form.setRowVisible(form_row, not self.spontaneous)
        return box

    def _element_labels(self) -> dict[str, str]:
        """Captions of the five element fields, in the order they are shown."""
        if self.spontaneous:
            # The same store fields, read as information given on own initiative (Art. 3.1, 4.3):
            # what it says first, the optional context after.
            return {
                "requesting_administration":
                    self.tr("Administration giving the information \u2014 Art. 3.1"),
                "object_and_reason": self.tr("Information provided \u2014 Art. 3.1"),
                "description_and_legal_elements":
                    self.tr("Customs offence it may concern and legal elements (for 4.3(b): "
                            "the harm it could do)"),
                "parties_concerned": self.tr("Persons, firms or transport concerned, if known"),
                "nature_of_proceedings": self.tr("Kind of information or proceedings, if any"),
            }
        return dict(zip(ELEMENT_FIELDS, (
            self.tr("(a) Administration making the request \u2014 Art. 7.2(a)"),
            self.tr("(b) Nature of the proceedings \u2014 Art. 7.2(b)"),
            self.tr("(c) Object of and reason for the request \u2014 Art. 7.2(c)"),
            self.tr("(d) Names and addresses of the parties concerned, if known \u2014 Art. 7.2(d)"),
            self.tr("(e) Brief description of the matter and legal elements \u2014 Art. 7.2(e)"),
        ), strict=True))

    def _elements_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the information must carry \u2014 Art. 3.1, 4.3")
                        if self.spontaneous
                        else self.tr("What the request must state \u2014 Art. 7.2"))
        form = QFormLayout(box)
        self.text_lang = QComboBox(objectName="field_text_lang")
        self.text_lang.setToolTip(self.tr("The language of the texts below: each letter prints the "
                                          "version in its own language"))
        self._fill_text_languages(TEXT_LANGUAGES)
        self.text_lang.currentIndexChanged.connect(self._text_lang_changed)
        form.addRow(self.tr("Texts in"), self.text_lang)
        self.versions_missing = QLabel(objectName="text_versions_missing")
        self.versions_missing.setWordWrap(True)
        self.versions_missing.setTextFormat(Qt.TextFormat.PlainText)
        self.versions_missing.setStyleSheet(_ERROR_STYLE)
        self.versions_missing.hide()
        form.addRow("", self.versions_missing)
        self.elements: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label in self._element_labels().items():
            widget: QLineEdit | QPlainTextEdit
            if name == "requesting_administration":
                widget = QLineEdit()
            else:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(64)
            self._row(form, name, label, widget, wrap=True)
            self.elements[name] = widget
        return box

    def _bases_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Legal basis (articles of the agreement)"))
        layout = QVBoxLayout(box)
        self.bases = BasisPicker()
        self.bases.setToolTip(self.tr("Hover over a basis to read its article"))
        error = QLabel()
        error.setObjectName("error_bases")
        error.setStyleSheet(_ERROR_STYLE)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        self._inputs["bases"] = self.bases
        self._errors["bases"] = error
        self.extra = ExtraFieldsBox()
        self.bases.changed.connect(self._bases_changed)
        self.extra.changed.connect(self.edited)
        layout.addWidget(self.bases)
        layout.addWidget(error)
        layout.addWidget(self.extra)
        return box

    def _reciprocity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reciprocity and notes"))
        form = QFormLayout(box)
        if self.direction == "outgoing":
            text = self.tr("We could not comply with a similar request \u2014 Art. 11.2")
        elif self.direction == "incoming":
            text = self.tr("The requesting administration says it could not comply with a "
                           "similar request \u2014 Art. 11.2")
        else:
            text = self.tr("Reciprocity limitation noted \u2014 Art. 11.2")
        self.reciprocity = QCheckBox(text)
        self.reciprocity.toggled.connect(self._reciprocity_changed)
        self._row(form, "reciprocity", self.tr("Reciprocity"), self.reciprocity)
        self.reciprocity_explanation = QLabel()
        self.reciprocity_explanation.setObjectName("reciprocity_explanation")
        self.reciprocity_explanation.setWordWrap(True)
        form.addRow("", self.reciprocity_explanation)
        self.reciprocity_note = QLineEdit()
        self._row(form, "reciprocity_note", self.tr("Reciprocity note"), self.reciprocity_note)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self._row(form, "notes", self.tr("Internal notes"), self.notes)
        self._reciprocity_changed(False)
        return box

    # -- reacting -----------------------------------------------------------------------------

    def _user_edit(self, *_args: object) -> None:
        self._update_missing_versions()
        self.edited.emit()

    # -- texts in each language ---------------------------------------------------------------

    def _language_name(self, code: str) -> str:
        return {"en": self.tr("English"), "ja": self.tr("Japanese"), "es": self.tr("Spanish")}.get(code, code)

    def _fill_text_languages(self, langs: tuple[str, ...]) -> None:
        """Offer ``langs`` (and any language a text is already written in) in ``text_lang``."""
        offered = [c for c in TEXT_LANGUAGES if c in langs or c == self._shown_lang
                   or any(c in v for v in self._versions.values())]
        self.text_lang.blockSignals(True)
        self.text_lang.clear()
        for code in offered:
            self.text_lang.addItem(self._language_name(code), code)
        self.text_lang.setCurrentIndex(max(0, self.text_lang.findData(self._shown_lang)))
        self.text_lang.blockSignals(False)

    def _typed(self, name: str) -> str:
        w = self.elements[name]
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def _stash(self) -> None:
        """Keep what the inputs show as the versions in the shown language."""
        for name in ELEMENT_FIELDS:
            self._versions.setdefault(name, {})[self._shown_lang] = self._typed(name)

    def _put_texts(self) -> None:
        """Show the versions in the shown language (no "edited" signal: nothing was typed)."""
        for name, widget in self.elements.items():
            text = self._versions.get(name, {}).get(self._shown_lang, "")
            widget.blockSignals(True)
            widget.setPlainText(text) if isinstance(widget, QPlainTextEdit) else widget.setText(text)
            widget.blockSignals(False)
        self._update_missing_versions()

    def show_text_language(self, lang: str) -> None:
        """Switch the five texts to their versions in ``lang`` (what was typed is kept)."""
        self._stash()
        self._shown_lang = lang
        if self.text_lang.findData(lang) < 0:
            self.text_lang.addItem(self._language_name(lang), lang)
        self.text_lang.blockSignals(True)
        self.text_lang.setCurrentIndex(self.text_lang.findData(lang))
        self.text_lang.blockSignals(False)
        self._put_texts()

    def _text_lang_changed(self, _index: int) -> None:
        lang = self.text_lang.currentData()
        if lang and lang != self._shown_lang:
            self.show_text_language(lang)

    def text_versions(self) -> dict[str, dict[str, str]]:
        """Every text in every language as typed so far, ``{field: {lang: text}}``."""
        self._stash()
        return {name: dict(v) for name, v in self._versions.items()}

    def missing_versions(self) -> dict[str, list[str]]:
        """Per language of the agreement, the fields written in some language but not in it."""
        langs = [c for c in TEXT_LANGUAGES if self.spec is not None and c in self.spec.languages]
        out: dict[str, list[str]] = {}
        for name, by_lang in self.text_versions().items():
            if not any(t.strip() for t in by_lang.values()):
                continue
            for lang in langs:
                if not by_lang.get(lang, "").strip():
                    out.setdefault(lang, []).append(name)
        return out

    def _update_missing_versions(self) -> None:
        missing = self.missing_versions()
        letters = dict(zip(ELEMENT_FIELDS, "abcde", strict=True))
        lines = [self.tr("{language} version missing: {fields}").format(
            language=self._language_name(lang), fields=", ".join(f"({letters[n]})" for n in names))
            for lang, names in missing.items()]
        self.versions_missing.setText("\n".join(lines))
        self.versions_missing.setVisible(bool(lines))
        self.versions_missing.setToolTip(self.tr("A final letter in a language is refused while a "
                                                 "text has no version in it"))

    def _bases_changed(self) -> None:
        self.extra.set_fields(self.bases.extra_fields())
        self._chain_extra_fields()
        self.edited.emit()

    def _chain_extra_fields(self) -> None:
        # The detail inputs are made when a basis first asks for them, so Qt would put them at
        # the end of the Tab chain (after Close); they belong right after the basis list.
        previous: QWidget = self.bases.focus_proxy()
        for widget in self.extra.inputs():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.reciprocity)

    def _reciprocity_changed(self, checked: bool) -> None:
        self.reciprocity_explanation.setText(render(reciprocity.explain_reciprocity(self.direction, checked)))

    def _confirming_country(self) -> str | None:
        # The side that made an oral request confirms it in writing (Art. 7.1): the partner when
        # it asked us, we when we asked them.
        if self.spec is None:
            return None
        incoming = self.direction in ("incoming", "spontaneous-in")
        return self.spec.partner_country if incoming else self.spec.our_country

    def _oral_changed(self, *_args: object) -> None:
        oral = self.form_kind.currentData() == "oral" and not self.spontaneous
        self._form_general.setRowVisible(self._oral_row, oral)
        self._form_general.setRowVisible(self.oral_due, oral)
        if not oral:
            return
        try:
            at = parse_datetime("oral_at", self.oral_at.text(), required=True)
        except ServiceError as exc:
            self.oral_due.setText(self.tr("Enter when the oral request was made ({problem}).")
                                  .format(problem=render(exc.message)))
            return
        country = self._confirming_country()
        if at is None or country is None:
            return
        due = clocks.oral_confirmation_due(at.date(), country, self._oral_days)
        who = self.tr("the partner administration") if country != self.spec.our_country \
            else self.tr("we")
        self.oral_due.setText(self.tr("{day} \u2014 {who} must confirm in writing; {how}").format(
            day=day_text(due.value), who=who, how=render(due.explanation)))

    def check_dates(self, *_args: object) -> None:
        """Flag an unreadable date as it is typed (the service says the same on save)."""
        for name in DATE_FIELDS:
            widget = self._inputs[name]
            try:
                parse_date(name, widget.text())
            except ServiceError as exc:
                self.show_error(name, violation_text(exc, self.field_label(name)))
            else:
                self.show_error(name, None)

    # -- agreement ----------------------------------------------------------------------------

    def agreement_key(self) -> str:
        """Key of the chosen agreement."""
        return str(self.agreement.currentData() or "")

    def set_spec(self, spec: AgreementSpec, keep_bases: tuple[str, ...] = ()) -> None:
        """Load the catalogue of the chosen agreement: bases, officials, confirming country."""
        self.spec = spec
        self._fill_text_languages(tuple(spec.languages))
        self._update_missing_versions()
        spontaneous = self.direction.startswith("spontaneous")
        self.bases.set_spec(spec, spontaneous=spontaneous, keep=keep_bases)
        current = self.official.currentData()
        self.official.clear()
        self.official.addItem(self.tr("(none chosen)"), None)
        # The officials serving this agreement (Art. 7.3): those designated under it first.
        for o in list_officials(self.desk, agreement=spec.key):
            title = f", {o.title}" if o.title else ""
            self.official.addItem(f"{o.name}{title} \u2014 {o.administration}", o.id)
        self.official.setCurrentIndex(max(0, self.official.findData(current)))
        self._oral_changed()

    def prefill_new(self) -> None:
        """Sensible starting values for a new item under the chosen agreement."""
        if self.spec is None:
            return
        incoming = self.direction in ("incoming", "spontaneous-in")
        admin = self.spec.partner_administration if incoming else self.spec.our_administration
        # The administration's name in each of the agreement's languages, the shown one in the input.
        self._stash()
        for lang in (c for c in TEXT_LANGUAGES if c in self.spec.languages):
            self._versions.setdefault("requesting_administration", {})[lang] = admin.name_in(lang)
        self._put_texts()
        self.elements["requesting_administration"].setCursorPosition(0)  # show the name's start
        if incoming:
            self.received_on.setText(self.desk.today().isoformat())
        self.oral_at.setText(self.desk.now().strftime("%Y-%m-%d %H:%M"))

    # -- values in and out --------------------------------------------------------------------

    def load(self, view: RequestView) -> None:
        """Fill every input from a stored request."""
        self.their_ref.setText(view.their_ref or "")
        self.title.setText(view.title or "")
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(view.urgency)))
        self.form_kind.setCurrentIndex(max(0, self.form_kind.findData(view.form)))
        if view.oral_at:
            self.oral_at.setText(view.oral_at.strftime("%Y-%m-%d %H:%M"))
        self.received_on.setText(view.received_on.isoformat() if view.received_on else "")
        self.due_on.setText(view.due_on.isoformat() if view.due_on else "")
        self.assigned_to.setText(view.assigned_to or "")
        for i in range(self.official.count()):
            if view.official and self.official.itemText(i).startswith(view.official):
                self.official.setCurrentIndex(i)
        self._versions = {name: dict(view.text_versions.get(name, {})) for name in ELEMENT_FIELDS}
        if self.spec is not None:
            self._fill_text_languages(tuple(self.spec.languages))
        self._put_texts()
        self.bases.set_codes(view.bases)
        self.extra.set_values(view.extra)
        self.reciprocity.setChecked(view.reciprocity)
        self.reciprocity_note.setText(view.reciprocity_note or "")
        self.notes.setPlainText(view.notes or "")

    def set_field(self, name: str, value: Any) -> None:
        """Put one service field back as ``fields()`` gives it (reload and reapply,
        ``ui.widgets.reapply``): the inverse of ``fields`` for that one key."""
        if name in ELEMENT_FIELDS:
            self._stash()
            by_lang = self._versions.setdefault(name, {})
            for lang, text in (value or {}).items():
                by_lang[lang] = text or ""
            self._put_texts()
        elif name == "extra":
            self.extra.set_values(value or {})
        elif name == "bases":
            self.bases.set_codes(value or ())
        elif name == "reciprocity":
            self.reciprocity.setChecked(bool(value))
        elif name == "notes":
            self.notes.setPlainText(value or "")
        elif name in ("urgency", "form", "official_id"):
            combo = {"urgency": self.urgency, "form": self.form_kind,
                     "official_id": self.official}[name]
            combo.setCurrentIndex(max(0, combo.findData(value)))
        else:
            edit = {"their_ref": self.their_ref, "title": self.title, "due_on": self.due_on,
                    "assigned_to": self.assigned_to, "reciprocity_note": self.reciprocity_note,
                    "oral_at": self.oral_at, "received_on": self.received_on}[name]
            edit.setText("" if value is None else str(value))

    def element_values(self) -> dict[str, str]:
        """The five element texts as typed (Art. 7.2; the same fields for spontaneous information):
        each in the shown language, else its first version in another (a text written in any
        language counts as given, as the service counts it)."""
        versions = self.text_versions()
        return {n: self._typed(n) if self._typed(n).strip() else next(
            (t for c in TEXT_LANGUAGES if (t := versions.get(n, {}).get(c, "")).strip()), self._typed(n))
            for n in ELEMENT_FIELDS}

    def element_fields(self, *, new: bool) -> dict[str, Any]:
        """The five texts for the service: ``{lang: text}`` per field, every language typed in
        (a blank version clears it; a new request leaves blanks out)."""
        out: dict[str, Any] = {}
        for name, by_lang in self.text_versions().items():
            given = {lang: (t if t.strip() else None) for lang, t in by_lang.items()}
            if new:
                given = {lang: t for lang, t in given.items() if t}
            if given:
                out[name] = given
        return out

    def fields(self, *, new: bool, stored_extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """The fields dict for ``register_incoming`` / ``draft_outgoing`` / ``edit_request``.

        Text goes as typed: the service trims, checks and refuses with the field's name. For a new
        request blanks are left out so the service's defaults (e.g. the due date) apply.
        """
        extra = {k: v for k, v in (stored_extra or {}).items() if k not in EXTRA_FIELD_LABELS}
        extra.update(self.extra.values())
        out: dict[str, Any] = {
            "their_ref": self.their_ref.text(),
            "title": self.title.text(),
            "urgency": self.urgency.currentData(),
            "form": self.form_kind.currentData(),
            "due_on": self.due_on.text(),
            "assigned_to": self.assigned_to.text(),
            "official_id": self.official.currentData(),
            "bases": self.bases.codes(),
            "extra": extra,
            "reciprocity": self.reciprocity.isChecked(),
            "reciprocity_note": self.reciprocity_note.text(),
            "notes": self.notes.toPlainText(),
        }
        if out["form"] == "oral":
            out["oral_at"] = self.oral_at.text()
        if self.direction in ("incoming", "spontaneous-in"):
            out["received_on"] = self.received_on.text()
        if new:
            out = {k: v for k, v in out.items()
                   if k in ("form", "reciprocity") or not completeness.is_blank(v)}
        out.update(self.element_fields(new=new))
        return out

    def preview_findings(self) -> list[completeness.Finding]:
        """What Art. 7.2 (Art. 3.1/4.3 for spontaneous information) would find missing in what
        is typed now (treaty rule, not a copy)."""
        return completeness.check_completeness(
            {**self.element_values(), "title": self.title.text()}, self.bases.codes(),
            extra=self.extra.values(), spec=self.spec, direction=self.direction)
