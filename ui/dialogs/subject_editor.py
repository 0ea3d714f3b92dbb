"""Add or edit a surveillance subject (Art. 4.2); extending and lifting are in ``subject_period``.

The form shows the fields of the chosen kind (person, goods, means of transport); identifiers
go in a small table. Every rule is the service's: a refusal appears as one line under the form
and nothing is written; check-digit warnings come back on ``result_view.warnings``. The write runs
as an op (``ui.dialogs.saving``): the dialog closes once it is stored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.matching.idindex import IDENTIFIER_TYPES
from app.services.agreements.catalogue import list_agreements
from app.services.context import Desk
from app.services.surveillance import commands as svc
from app.services.surveillance.rules import DETAIL_FIELDS, ID_LABELS, KINDS, LIST_DETAILS, SUBKINDS
from app.services.surveillance.views import SubjectView
from app.services.validation import StaleEdit
from app.treaty.errors import RuleViolation
from ui.dialogs.saving import SavesByOp
from ui.i18n import agreement_words
from ui.tasks import Task, run_task
from ui.widgets.field_errors import FieldErrors
from ui.widgets.messages import may_close_unsaved
from ui.widgets.presence_line import PresenceLine
from ui.widgets.reapply import Reapplied, reapply

_ERROR_STYLE = "color: #b00020;"
#: Captions, translated where shown (``self.tr``; the subject page uses this context too).
KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("SubjectEditor", "Person (Art. 4.2(a))"),
    "goods": QT_TRANSLATE_NOOP("SubjectEditor", "Goods (Art. 4.2(b))"),
    "transport": QT_TRANSLATE_NOOP("SubjectEditor", "Means of transport (Art. 4.2(c))"),
}
SUBKIND_LABELS = {
    "natural": QT_TRANSLATE_NOOP("SubjectEditor", "natural person"),
    "legal": QT_TRANSLATE_NOOP("SubjectEditor", "legal person (company)"),
    "goods": QT_TRANSLATE_NOOP("SubjectEditor", "goods"),
    "vessel": QT_TRANSLATE_NOOP("SubjectEditor", "vessel"),
    "aircraft": QT_TRANSLATE_NOOP("SubjectEditor", "aircraft"),
    "road_vehicle": QT_TRANSLATE_NOOP("SubjectEditor", "road vehicle"),
    "container": QT_TRANSLATE_NOOP("SubjectEditor", "container"),
}
#: Captions of the detail fields; what to type goes in the field as its hint (DETAIL_HINTS), so
#: neither is cut out of the other (a caption's own brackets, "Fracción arancelaria (SA)", stay).
DETAIL_LABELS = {
    "date_of_birth": QT_TRANSLATE_NOOP("SubjectEditor", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("SubjectEditor", "Nationality"),
    "addresses": QT_TRANSLATE_NOOP("SubjectEditor", "Addresses"),
    "registration_country": QT_TRANSLATE_NOOP("SubjectEditor", "Registered in"),
    "notes": QT_TRANSLATE_NOOP("SubjectEditor", "Notes"),
    "description": QT_TRANSLATE_NOOP("SubjectEditor", "Description"),
    "hs_code": QT_TRANSLATE_NOOP("SubjectEditor", "HS code"),
    "quantity": QT_TRANSLATE_NOOP("SubjectEditor", "Quantity"),
    "place_of_storage": QT_TRANSLATE_NOOP("SubjectEditor", "Place of storage"),
    "route": QT_TRANSLATE_NOOP("SubjectEditor", "Route"),
    "flag": QT_TRANSLATE_NOOP("SubjectEditor", "Flag"),
    "flight_number": QT_TRANSLATE_NOOP("SubjectEditor", "Flight number"),
    "country": QT_TRANSLATE_NOOP("SubjectEditor", "Country of registration"),
    "operator": QT_TRANSLATE_NOOP("SubjectEditor", "Operator"),
}
#: Hints shown in an empty detail field (its placeholder): the form of what to type.
DETAIL_HINTS = {
    "date_of_birth": QT_TRANSLATE_NOOP("SubjectEditor", "YYYY-MM-DD"),
    "nationality": QT_TRANSLATE_NOOP("SubjectEditor", "JP, US…"),
    "addresses": QT_TRANSLATE_NOOP("SubjectEditor", "one per line"),
    "registration_country": QT_TRANSLATE_NOOP("SubjectEditor", "country"),
    "flag": QT_TRANSLATE_NOOP("SubjectEditor", "country"),
}

#: Detail fields of every kind in the order the form shows them (route and notes come last).
DETAIL_ORDER = tuple(dict.fromkeys(
    [k for kind in KINDS for k in DETAIL_FIELDS[kind] if k not in ("route", "notes")]
    + ["route", "notes"]))


def _qdate(value) -> QDate:  # a date or None
    return QDate(value.year, value.month, value.day) if value else QDate()


def _iso(edit: QDateEdit) -> str | None:
    d = edit.date()
    return d.toString("yyyy-MM-dd") if d.isValid() and d != edit.minimumDate() else None


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setSpecialValueText(" ")  # the minimum date reads as "not set"
    edit.setDate(edit.minimumDate())
    return edit


class SubjectEditor(SavesByOp, QDialog):
    """Record a new subject (``code`` None) or edit one; ``result_view`` after Accepted."""

    #: A save's possible-duplicates check (Art. 4.2) that waited for the watch list came back
    #: after the dialog closed: the updated ``result_view`` (``similar`` filled in).
    similar_checked = Signal(object)

    def __init__(self, desk: Desk, code: str | None = None, parent: QWidget | None = None, *,
                 request_ref: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subject_editor")
        self.desk = desk
        self.code = code
        self.result_view: SubjectView | None = None
        self.similar_task: Task | None = None  # the duplicates check, when it came later
        self.original = svc.get_subject(desk, code) if code else None
        self.reapplied: Reapplied | None = None
        self.setWindowTitle(self.tr("Edit subject {0}").format(code) if code
                            else self.tr("New surveillance subject"))
        self._build(request_ref)
        if self.original is not None:
            self._load(self.original)
        self._kind_changed()
        self._initial = self.fields()  # what "unsaved edits" are measured against
        # The fields as last read from the store: what the officer's own changes are measured
        # against when a stale save is reapplied (``reload_and_reapply``).
        self._read_fields = dict(self._initial)
        if self.original is not None:
            self.presence.follow(desk, "subject", self.original.id)

    # -- layout -------------------------------------------------------------------------------
    def _build(self, request_ref: str | None) -> None:
        outer = QVBoxLayout(self)
        self.presence = PresenceLine()
        outer.addWidget(self.presence)
        form = QFormLayout()
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        # A refusal shows under the field it is about, named by its caption (not its key).
        self.errors = errors = FieldErrors(self.error)
        self.kind = QComboBox(objectName="kind")
        for k in KINDS:
            self.kind.addItem(self.tr(KIND_LABELS[k]), k)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.subkind = QComboBox(objectName="subkind")
        errors.row(form, "kind", self.tr("Kind"), self.kind)
        errors.row(form, "subkind", self.tr("Sub-kind"), self.subkind)
        self.names = QPlainTextEdit(objectName="names")
        self.names.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
        self.names.setPlaceholderText(self.tr("One per line, any script: 田中 翔 / TANAKA Sho"))
        self.names.setFixedHeight(54)
        self.aliases = QPlainTextEdit(objectName="aliases")
        self.aliases.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
        self.aliases.setFixedHeight(40)
        errors.row(form, "names", self.tr("Names"), self.names)
        form.addRow(self.tr("Aliases"), self.aliases)
        self.ids = QTableWidget(0, 3, objectName="identifiers")
        self.ids.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Number"), self.tr("Issuer")])
        self.ids.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ids.verticalHeader().setVisible(False)
        self.ids.setFixedHeight(96)
        add = QPushButton(self.tr("Add identifier"), objectName="add_identifier")
        add.clicked.connect(lambda: self.add_identifier("passport", ""))
        remove = QPushButton(self.tr("Remove"), objectName="remove_identifier")
        remove.clicked.connect(lambda: self.ids.removeRow(self.ids.currentRow()))
        id_box = QVBoxLayout()
        id_box.addWidget(self.ids)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        id_box.addLayout(buttons)
        errors.row(form, "identifiers", self.tr("Identifiers"), id_box, self.ids)
        # Every kind's detail fields are made here, in form order, and only the chosen kind's
        # are shown: made on a change of kind they came after Save in the Tab order, and each
        # gets its own error line ("Date of birth: '1980-13-45' is not a date").
        self.detail_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._detail_rows: dict[str, QWidget] = {}
        for key in DETAIL_ORDER:
            edit = QPlainTextEdit() if key in LIST_DETAILS or key == "notes" else QLineEdit()
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
                edit.setFixedHeight(44)
            edit.setObjectName(f"detail_{key}")
            caption = self.tr(DETAIL_LABELS.get(key, key))
            if key in DETAIL_HINTS:
                edit.setPlaceholderText(self.tr(DETAIL_HINTS[key]))
            self.detail_edits[key] = edit
            self._detail_rows[key] = errors.row(form, f"details.{key}", caption, edit)
        self._form = form
        self.agreement = QComboBox(objectName="agreement")
        # As in the request editor: agreements in use, oldest first, so the model agreement
        # (Japan-US 1997) leads; a new subject defaulted to the Japan-Mexico agreement.
        self._all_agreements = sorted(list_agreements(self.desk),
                                      key=lambda a: (a.signed_on or date.max, a.key))
        for a in self._all_agreements:
            if a.in_use:
                self.agreement.addItem(agreement_words(a.short_title), a.key)
        self.requests = QLineEdit(request_ref or "", objectName="requests")
        self.requests.setPlaceholderText(self.tr("References of the requests asking for it"))
        self.requested_by = QLineEdit(objectName="requested_by")
        errors.row(form, "agreement", self.tr("Agreement"), self.agreement)
        errors.row(form, ("requests", "request_ref"), self.tr("Asked for by requests"), self.requests)
        errors.row(form, "requested_by", self.tr("Requested by"), self.requested_by)
        period = QHBoxLayout()
        self.period_start = _date_edit("period_start")
        self.period_start.setDate(_qdate(self.desk.today()))
        self.period_end = _date_edit("period_end")
        self.review_on = _date_edit("review_on")
        for label, edit in ((self.tr("from"), self.period_start), (self.tr("until"), self.period_end),
                            (self.tr("review on"), self.review_on)):
            period.addWidget(QLabel(label))
            period.addWidget(edit)
        errors.row(form, "period", self.tr("Surveillance period"), period, self.period_start)
        for key, label, edit in (("period_start", self.tr("from"), self.period_start),
                                 ("period_end", self.tr("until"), self.period_end),
                                 ("review_on", self.tr("review on"), self.review_on)):
            errors.alias(key, "period", self.tr("Surveillance period ({0})").format(label), edit)
        outer.addLayout(form)
        outer.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        self.button_reapply = box.addButton(self.tr("&Reload and reapply"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.button_reapply.setObjectName("button_reapply")
        self.button_reapply.setToolTip(self.tr(
            "Read the subject as the other officer saved it and put your own changes back on "
            "top; fields you both changed keep your text and are marked so you can compare."))
        self.button_reapply.clicked.connect(lambda: self.reload_and_reapply())
        self.button_reapply.hide()
        outer.addWidget(box)

    def add_identifier(self, id_type: str, value: str, issuer: str = "") -> None:
        """Append an identifier row (type chosen from the matcher's list)."""
        row = self.ids.rowCount()
        self.ids.insertRow(row)
        combo = QComboBox()
        for t in sorted(IDENTIFIER_TYPES):
            combo.addItem(self.tr(ID_LABELS.get(t, t)), t)
        combo.setCurrentIndex(combo.findData(id_type))
        self.ids.setCellWidget(row, 0, combo)
        self.ids.setItem(row, 1, QTableWidgetItem(value))
        self.ids.setItem(row, 2, QTableWidgetItem(issuer))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        current = self.subkind.currentData()
        self.subkind.clear()
        for sub in SUBKINDS[kind]:
            self.subkind.addItem(self.tr(SUBKIND_LABELS[sub]), sub)
        if current in SUBKINDS[kind]:
            self.subkind.setCurrentIndex(self.subkind.findData(current))
        self.subkind.setEnabled(self.original is None and len(SUBKINDS[kind]) > 1)
        self.errors.clear()  # a refusal about the other kind's fields no longer applies
        for key, row in self._detail_rows.items():
            self._form.setRowVisible(row, key in DETAIL_FIELDS[kind])

    def _set_detail(self, key: str, value) -> None:  # str, list or None
        edit = self.detail_edits[key]
        text = "\n".join(value) if isinstance(value, list) else (value or "")
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)
        else:
            edit.setText(text)

    def _detail_value(self, key: str):
        edit = self.detail_edits[key]
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        if key in LIST_DETAILS:
            return [line.strip() for line in text.splitlines() if line.strip()]
        return text.strip() or None

    def _load(self, v: SubjectView) -> None:
        self.ids.setRowCount(0)  # a reload replaces what an earlier read put in
        for key in self.detail_edits:
            self._set_detail(key, None)
        self.kind.setCurrentIndex(self.kind.findData(v.kind))
        self.kind.setEnabled(False)  # the kind of a subject never changes
        self._kind_changed()
        self.subkind.setCurrentIndex(self.subkind.findData(v.subkind))
        self.names.setPlainText("\n".join(n.name for n in v.names if not n.alias))
        self.aliases.setPlainText("\n".join(n.name for n in v.names if n.alias))
        for i in v.identifiers:
            self.add_identifier(i.id_type, i.value, i.issuer or "")
        for key, value in v.details.items():
            if key in self.detail_edits:
                self._set_detail(key, value)
        if v.agreement_key:
            if self.agreement.findData(v.agreement_key) < 0:  # no longer in use: still shown
                self.agreement.addItem(next((agreement_words(a.short_title) for a in self._all_agreements
                                             if a.key == v.agreement_key), v.agreement_key),
                                       v.agreement_key)
            self.agreement.setCurrentIndex(self.agreement.findData(v.agreement_key))
        self.agreement.setEnabled(False)
        self.requests.setText(", ".join(v.surveillance_refs))
        self.requests.setEnabled(False)  # links are added from the subject page
        self.requested_by.setText(v.requested_by or "")
        self.period_start.setDate(_qdate(v.period_start) if v.period_start else self.period_start.minimumDate())
        self.period_end.setDate(_qdate(v.period_end) if v.period_end else self.period_end.minimumDate())
        self.review_on.setDate(_qdate(v.review_on) if v.review_on else self.review_on.minimumDate())

    # -- saving -------------------------------------------------------------------------------
    def fields(self) -> dict:
        """The form as service fields."""
        names = [n.strip() for n in self.names.toPlainText().splitlines() if n.strip()]
        aliases = [n.strip() for n in self.aliases.toPlainText().splitlines() if n.strip()]
        ids = []
        for row in range(self.ids.rowCount()):
            value = (self.ids.item(row, 1).text() if self.ids.item(row, 1) else "").strip()
            if value:
                issuer = (self.ids.item(row, 2).text() if self.ids.item(row, 2) else "").strip()
                ids.append({"type": self.ids.cellWidget(row, 0).currentData(), "value": value,
                            "issuer": issuer or None})
        kind = self.kind.currentData()  # a hidden field of another kind is not this subject's
        details = {k: v for k in DETAIL_FIELDS[kind] if (v := self._detail_value(k))}
        fields = {
            "kind": self.kind.currentData(), "subkind": self.subkind.currentData(),
            "names": names + [{"name": a, "alias": True} for a in aliases],
            "identifiers": ids, "details": details,
            "requested_by": self.requested_by.text().strip() or None,
            "period_start": _iso(self.period_start), "period_end": _iso(self.period_end),
            "review_on": _iso(self.review_on),
        }
        if self.original is None:
            refs = [r.strip() for r in self.requests.text().split(",") if r.strip()]
            if refs:
                fields["requests"] = refs
            else:
                fields["agreement"] = self.agreement.currentData()
        else:
            fields.pop("kind")
            fields.pop("subkind")
            if self.original.status == "lapsed" and fields["period_end"] == (
                    self.original.period_end.isoformat() if self.original.period_end else None):
                fields.pop("period_end")  # unchanged: extending a lapsed one is its own action
        return fields

    def save(self) -> None:
        """Write through the service (an op: returns before it is stored); the dialog closes
        once it is, or stays open with the reason when refused.

        The save is only the save: once a new subject is stored the dialog closes, and the check
        for possible duplicates (Art. 4.2; it may wait for the watch-list index, seconds on a large
        store) runs on a worker as its own step and arrives by ``similar_checked``."""
        if self.busy or self.result_view is not None:
            return
        fields, code = self.fields(), self.code  # read here: the write thread touches no widget
        if self.original is None:
            def op(desk: Desk) -> SubjectView:
                return svc.add_subject(desk, fields)
        else:
            # The version this editor read: a save after another officer's is refused
            # (StaleEdit) and the officer's text stays in the form.
            read_version = self.original.version

            def op(desk: Desk) -> SubjectView:
                return svc.edit_subject(desk, code, fields, expected_version=read_version)
        self.save_by_op(op, saved=self._saved, refused=self._refused)

    def _refused(self, exc: RuleViolation) -> None:
        self.errors.show(exc)
        # Another officer saved first: the text stays; the officer may reload and reapply.
        self.button_reapply.setVisible(isinstance(exc, StaleEdit) and self.original is not None)

    def set_field(self, name: str, value) -> None:  # one value as ``fields()`` gives it
        """Put one service field back as ``fields()`` gives it (reload and reapply)."""
        if name == "names":
            plain = [n for n in value or [] if isinstance(n, str)]
            aliases = [n["name"] for n in value or [] if isinstance(n, dict)]
            self.names.setPlainText("\n".join(plain))
            self.aliases.setPlainText("\n".join(aliases))
        elif name == "identifiers":
            self.ids.setRowCount(0)
            for i in value or []:
                self.add_identifier(i["type"], i["value"], i.get("issuer") or "")
        elif name == "details":
            for key in self.detail_edits:
                self._set_detail(key, (value or {}).get(key))
        elif name == "requested_by":
            self.requested_by.setText(value or "")
        elif name in ("period_start", "period_end", "review_on"):
            edit = getattr(self, name)
            edit.setDate(_qdate(date.fromisoformat(value)) if value else edit.minimumDate())

    def reload_and_reapply(self) -> Reapplied | None:
        """After a stale save: read the subject as stored now (the other officer's values) and
        put back on top only the fields this officer changed since the editor last read it
        (``ui.widgets.reapply``); a field both changed keeps this officer's text and is marked
        with the other officer's value. Nothing is written; the next save is made on the
        version just read. None for a new subject or while a save is under way."""
        if self.original is None or self.busy or self.result_view is not None:
            return None
        mine, base = self.fields(), self._read_fields
        self.original = svc.get_subject(self.desk, self.original.code)
        self._load(self.original)
        self._kind_changed()
        self._read_fields = self.fields()
        self._initial = dict(self._read_fields)
        result = reapply(base, mine, self._read_fields)
        for name in result.mine:
            self.set_field(name, result.fields[name])
        for name, theirs in result.conflict_fields().items():
            shown = "; ".join(
                (f"{key[1]}: " if len(key) > 1 else "") + self._shown(value)
                for key, value in theirs.items())
            self.errors.note(name if name != "details" else f"details.{next(iter(theirs))[-1]}",
                             self.tr("Also changed by another officer, to: {value}. Your text is "
                                     "kept here; compare before saving.").format(value=shown))
        self.reapplied = result
        self.button_reapply.hide()
        both = len(result.conflict_fields())
        self.error.setText(self.tr(
            "Reloaded as another officer saved it; your changes are applied on top "
            "(%n field(s) both of you changed are marked). Check, then save.", "", both)
            if both else self.tr("Reloaded as another officer saved it; your changes are "
                                 "applied on top. Check, then save."))
        return result

    def _saved(self, view: SubjectView) -> None:
        self.result_view = view
        if self.original is None:  # a new subject: does it look like one on file?
            self.similar_task = run_task(
                svc.similar_subjects, self.desk, self.result_view.code,
                on_done=lambda hits: self._similar_fetched(tuple(hits), None),
                on_error=lambda exc: self._similar_fetched((), exc))
        self.accept()

    def _similar_fetched(self, hits: tuple, error: BaseException | None) -> None:
        if not isValid(self) or self.result_view is None:
            return  # the page that opened the dialog is gone: nobody to tell
        view = self.result_view
        warnings = view.warnings if error is None else (
            *view.warnings, self.tr("watch list: not checked ({0})").format(error))
        self.result_view = replace(view, similar=hits, warnings=warnings)
        self.similar_checked.emit(self.result_view)

    def _shown(self, value: object) -> str:
        """Another officer's value of a field as the officer reads it."""
        if value is None or value == "" or value == []:
            return self.tr("(empty)")
        if isinstance(value, list):
            return ", ".join(v.get("name") or v.get("value") or str(v) if isinstance(v, dict)
                             else str(v) for v in value)
        return str(value)

    def done(self, result: int) -> None:
        """Close (accepted or not): this editor's presence mark on a shared desk goes with it."""
        self.presence.release()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """A close that goes through (a hidden editor closes without ``done``): the presence
        mark goes with it."""
        super().closeEvent(event)
        if event.isAccepted():
            self.presence.release()

    def reject(self) -> None:
        """Close (Esc, Cancel); with unsaved edits ask Save / Discard / Cancel first. While
        the save is being stored it waits for it."""
        if self.busy:
            return
        if self.result_view is None and self.fields() != self._initial and not may_close_unsaved(
                self, self.tr("This subject has changes that are not saved. Save them?"), self.save):
            return  # cancelled, or saving (accepted once stored, or the refusal under its field)
        super().reject()
