"""The disclosure dialog: pick authority and purpose, see what Art. 9/10 say, then record.

The verdict is asked of the service on every change (``check_disclosure``), never re-decided
here. A disclosure the rules stop can only be recorded as an override with a written
justification; the letters the verdict calls for are offered (``letter_requested``). Each write
runs as an op (``ui.dialogs.saving``): a dialog closes once it is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.ledger.disclosures import (
    DisclosureView,
    add_authority,
    check_disclosure,
    disclose,
    list_authorities,
)
from app.services.ledger.information import get_information
from app.treaty.errors import RuleViolation
from app.treaty.restrictions import (
    AUTHORITY_KINDS,
    PURPOSE_LABELS,
    PURPOSES,
    DisclosureDecision,
    is_law_enforcement_kind,
)
from ui.dialogs.saving import SavesByOp
from ui.i18n import article_text, render
from ui.widgets.field_errors import FieldErrors
from ui.widgets.messages import plain_tooltip

#: Captions translated where shown (``self.tr`` in ``DisclosureDialog``).
LETTER_LABELS = {
    "disclosure_notice": QT_TRANSLATE_NOOP("DisclosureDialog", "Prepare advance notice to the provider (Art. 9.4)…"),
    "approval_request": QT_TRANSLATE_NOOP("DisclosureDialog", "Prepare request for written approval (Art. 9.1)…"),
    "evidence_cover": QT_TRANSLATE_NOOP("DisclosureDialog",
                                        "Prepare evidence request via diplomatic channel (Art. 10.2)…"),
}
CONDITION_LABELS = {
    "confidential": QT_TRANSLATE_NOOP("DisclosureDialog", "confidential (9.3)"),
    "not_as_evidence": QT_TRANSLATE_NOOP("DisclosureDialog", "not as evidence (10.1)"),
    "no_law_enforcement": QT_TRANSLATE_NOOP("DisclosureDialog", "not to law enforcement (9.2)"),
    "customs_only": QT_TRANSLATE_NOOP("DisclosureDialog", "customs use only (9.1)"),
}
VERDICT_STYLE = {  # colour AND a symbol, never colour alone
    "allowed": ("✔", "#1b5e20", QT_TRANSLATE_NOOP("DisclosureDialog", "Allowed")),
    "obligation": ("●", "#8a5a00", QT_TRANSLATE_NOOP("DisclosureDialog", "Allowed with an obligation")),
    # Symbols every desktop font has (checked by a test): "✋" showed as an empty box.
    "needs_approval": ("⚠", "#b45f06", QT_TRANSLATE_NOOP("DisclosureDialog", "Needs the provider's written approval")),
    "forbidden": ("✖", "#b00020", QT_TRANSLATE_NOOP("DisclosureDialog", "Forbidden")),
}


def _narrow(combo: QComboBox) -> None:
    """A combo of officer-typed names sized by a set length, not its longest entry: a 300-letter
    authority made the dialog 2,500 px wide. The whole name shows on hover and in the list."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    combo.currentIndexChanged.connect(lambda: combo.setToolTip(plain_tooltip(combo.currentText())))


class AuthorityDialog(SavesByOp, QDialog):
    """Add an authority to the maintained list (customs unit, police, prosecutor, court, ...)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.created = desk, None
        self.setObjectName("authority_dialog")
        self.setWindowTitle(self.tr("Add authority"))
        self.name = QLineEdit()
        self.name.setObjectName("authority_name")
        self.kind = QComboBox()
        self.kind.setObjectName("authority_kind")
        for k in AUTHORITY_KINDS:
            self.kind.addItem(self.tr(k), k)
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.law_enforcement = QCheckBox(self.tr("Law-enforcement agency (Art. 9.2)"))
        self.kind.currentIndexChanged.connect(
            lambda: self.law_enforcement.setChecked(is_law_enforcement_kind(self.kind.currentData())))
        self.error = QLabel()
        self.error.setObjectName("authority_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.errors = FieldErrors(self.error)  # a refusal shows under its field, by caption
        form = QFormLayout(self)
        self.errors.row(form, "name", self.tr("Name"), self.name)
        self.errors.row(form, "kind", self.tr("Kind"), self.kind)
        self.errors.row(form, "country", self.tr("Country"), self.country)
        form.addRow(self.law_enforcement)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        """Add through the service (an op: returns before it is stored); the dialog closes once
        it is, or names the bad field."""
        name, kind = self.name.text(), self.kind.currentData()
        country, police = self.country.text() or None, self.law_enforcement.isChecked()
        self.save_by_op(lambda desk: add_authority(desk, name, kind, country=country,
                                                   is_law_enforcement=police),
                        saved=self._saved, refused=self.errors.show)

    def _saved(self, view: object) -> None:
        self.created = view
        self.accept()


class DisclosureDialog(SavesByOp, QDialog):
    """Record passing information items on to an authority; emits ``recorded`` with the new view."""

    recorded = Signal(object)  # DisclosureView
    letter_requested = Signal(str, list)  # letter kind, item codes

    def __init__(self, desk: Desk, item_codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.items = desk, list(item_codes)
        self.decision: DisclosureDecision | None = None
        self.result_view: DisclosureView | None = None
        self.setObjectName("disclosure_dialog")
        self.setWindowTitle(self.tr("Disclose information"))

        self.authority = QComboBox()
        self.authority.setObjectName("disclosure_authority")
        _narrow(self.authority)
        self._fill_authorities()
        add_auth = QPushButton(self.tr("Add…"))
        add_auth.setObjectName("disclosure_add_authority")
        add_auth.clicked.connect(self.add_authority)
        auth_row = QHBoxLayout()
        auth_row.addWidget(self.authority, 1)
        auth_row.addWidget(add_auth)
        self.purpose = QComboBox()
        self.purpose.setObjectName("disclosure_purpose")
        for p in PURPOSES:
            self.purpose.addItem(render(PURPOSE_LABELS[p]), p)
        self.when = QDateEdit(calendarPopup=True)
        self.when.setObjectName("disclosure_date")
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.when.setDate(QDate(desk.today()))
        self.means = QLineEdit()
        self.means.setObjectName("disclosure_means")
        self.means.setPlaceholderText(self.tr("e.g. letter by hand, secure e-mail"))
        self.approval = QComboBox()
        self.approval.setObjectName("disclosure_approval")
        _narrow(self.approval)
        self.approval.addItem(self.tr("(find a matching approval)"), None)
        for code in self.items:
            for a in get_information(desk, code, record_view=False).approvals:
                self.approval.addItem(
                    f"D-{a.document_id}: {a.authority} — {', '.join(a.purposes)} ({a.item_code})",
                    a.document_id)
        self.legal_basis = QLineEdit()
        self.legal_basis.setObjectName("disclosure_legal_basis")
        self.legal_basis.setPlaceholderText(self.tr("the law that requires the disclosure"))

        self.error = QLabel()
        self.error.setObjectName("disclosure_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        # A refusal shows under the field it is about, named by its caption (not its key).
        self.errors = FieldErrors(self.error)
        self.form = form = QFormLayout()
        self.errors.row(form, "items", self.tr("Information"), QLabel(", ".join(self.items)))
        self.errors.row(form, "authority", self.tr("To (authority)"), auth_row, self.authority)
        self.errors.row(form, "purpose", self.tr("Purpose"), self.purpose)
        self.errors.row(form, "approval", self.tr("Written approval"), self.approval)
        self.legal_basis_row = self.errors.row(form, "legal_basis", self.tr("Legal obligation"),
                                               self.legal_basis)
        self.errors.row(form, "disclosed_on", self.tr("Date"), self.when)
        self.errors.row(form, "means", self.tr("How"), self.means)

        self.verdict = QLabel()
        self.verdict.setObjectName("disclosure_verdict")
        vf = self.verdict.font()
        vf.setBold(True)
        vf.setPointSize(vf.pointSize() + 2)
        self.verdict.setFont(vf)
        self.findings = QListWidget()
        self.findings.setObjectName("disclosure_findings")
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(96)
        self.conditions = QLabel()
        self.conditions.setObjectName("disclosure_conditions")
        self.conditions.setWordWrap(True)
        self.letters_row = QHBoxLayout()
        rules = QGroupBox(self.tr("What the agreement says (Art. 9, 10)"))
        rl = QVBoxLayout(rules)
        rl.addWidget(self.verdict)
        rl.addWidget(self.findings)
        rl.addWidget(self.conditions)
        rl.addLayout(self.letters_row)

        self.override_box = QGroupBox(self.tr("Record against the rules (override)"))
        self.override_box.setObjectName("disclosure_override_box")
        self.override_box.setCheckable(True)
        self.override_box.setChecked(False)
        self.override_reason = QPlainTextEdit()
        self.override_reason.setTabChangesFocus(True)  # Tab moves on: keyboard-only use
        self.override_reason.setObjectName("disclosure_override_reason")
        self.override_reason.setPlaceholderText(self.tr(
            "Written justification (required). The disclosure will be marked OVERRIDE everywhere."))
        self.override_reason.setFixedHeight(64)
        QVBoxLayout(self.override_box).addWidget(self.override_reason)
        self.override_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.record_hint = QLabel()
        self.record_hint.setObjectName("disclosure_record_hint")
        self.record_hint.setWordWrap(True)
        self.record_hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(self.tr("Record disclosure"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setObjectName("disclosure_record")
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rules)
        layout.addWidget(self.override_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.record_hint)
        layout.addWidget(self.buttons)

        for combo in (self.authority, self.purpose, self.approval):
            combo.currentIndexChanged.connect(self.update_verdict)
        self.override_box.toggled.connect(self._update_buttons)
        self.override_reason.textChanged.connect(self._update_buttons)
        self.legal_basis.textChanged.connect(self._update_buttons)
        self.update_verdict()
        self.resize(680, 540)

    def _fill_authorities(self, select: str | None = None) -> None:
        self.authority.blockSignals(True)
        self.authority.clear()
        for a in list_authorities(self.desk):
            le = self.tr(" — law enforcement") if a.is_law_enforcement else ""
            self.authority.addItem(f"{a.name} ({a.kind}{le})", a.name)
        if select:
            self.authority.setCurrentIndex(self.authority.findData(select))
        self.authority.blockSignals(False)
        self.authority.setToolTip(plain_tooltip(self.authority.currentText()))

    def add_authority(self) -> None:
        """Add an authority to the list and select it."""
        dlg = AuthorityDialog(self.desk, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.created is not None:
            self._fill_authorities(dlg.created.name)
            self.update_verdict()

    def set_choice(self, authority: str, purpose: str) -> None:
        """Select an authority (by name) and a purpose (by code)."""
        self.authority.setCurrentIndex(self.authority.findData(authority))
        self.purpose.setCurrentIndex(self.purpose.findData(purpose))

    def update_verdict(self) -> None:
        """Ask the rules about the current choice and show the answer."""
        self.errors.clear()
        purpose = self.purpose.currentData()
        needs_basis = purpose == "required_by_law"
        self.form.setRowVisible(self.legal_basis_row, needs_basis)
        self.findings.clear()
        self._clear_letters()
        if self.authority.currentData() is None:
            self.decision = None
            self.verdict.setText(self.tr("Add an authority to the list first."))
            self._update_buttons()
            return
        try:
            self.decision = check_disclosure(self.desk, self.items, self.authority.currentData(),
                                             purpose, approval=self.approval.currentData())
        except RuleViolation as exc:
            self.decision = None
            self.verdict.setText("")
            self.errors.show(exc)
            self._update_buttons()
            return
        d = self.decision
        sym, colour, label = VERDICT_STYLE[d.verdict]
        self.verdict.setText(f"{sym} {self.tr(label)}")
        self.verdict.setStyleSheet(f"color: {colour};")
        for f in d.findings:
            QListWidgetItem(self.tr("{0} — {1}: {2}").format(f.item, article_text(f.article), render(f.message)),
                            self.findings)
        if not d.findings:
            QListWidgetItem(self.tr("No restriction stands in the way."), self.findings)
        self.conditions.setText(self.tr("Conditions passed on to the recipient: ")
                                + (", ".join(self.tr(CONDITION_LABELS.get(c, c)) for c in d.conditions)
                                   or self.tr("none")))
        previous: QWidget = self.findings
        for kind in d.letters:
            btn = QPushButton(self.tr(LETTER_LABELS.get(kind, kind)))
            btn.setObjectName(f"disclosure_letter_{kind}")
            btn.clicked.connect(lambda _=False, k=kind: self.letter_requested.emit(k, self.items))
            self.letters_row.addWidget(btn)
            # Made after the dialog, a letter button sat last in the Tab order (after Cancel).
            QWidget.setTabOrder(previous, btn)
            previous = btn
        QWidget.setTabOrder(previous, self.override_box)
        self.letters_row.addStretch(1)
        self.override_box.setEnabled(not d.allowed)
        if d.allowed:
            self.override_box.setChecked(False)
        self._update_buttons()

    def _clear_letters(self) -> None:
        while self.letters_row.count():
            w = self.letters_row.takeAt(0).widget()
            if w is not None:
                w.hide()  # out of sight now; deleted when the event loop next runs
                w.deleteLater()

    def _update_buttons(self) -> None:
        d = self.decision
        ok = d is not None and (d.allowed or (self.override_box.isChecked()
                                              and bool(self.override_reason.toPlainText().strip())))
        why = ""  # a greyed button says why, in words: its tooltip is out of keyboard reach
        if d is None:
            why = self.tr("Choose an authority on the list to record a disclosure.")
        elif not ok:
            why = self.tr("The agreement stops this disclosure (see above). To record it anyway, "
                          "tick the override and write the justification.")
        if ok and self.purpose.currentData() == "required_by_law" and not self.legal_basis.text().strip():
            ok = False
            why = self.tr("Legal obligation: name the law that requires the disclosure (Art. 9.4).")
        self.record_button.setEnabled(ok)
        self.record_hint.setText(why)
        self.record_hint.setVisible(bool(why))

    def record(self) -> None:
        """Record through the service (an op: returns before it is stored); a refusal or bad
        input is shown, nothing is half-written; the dialog closes once it is stored."""
        reason = self.override_reason.toPlainText() if self.override_box.isChecked() else None
        items, authority = list(self.items), self.authority.currentData()
        purpose = self.purpose.currentData()
        extra = {"disclosed_on": self.when.date().toPython(), "means": self.means.text() or None,
                 "approval": self.approval.currentData(), "override_reason": reason,
                 "legal_basis": self.legal_basis.text() or None}
        self.save_by_op(lambda desk: disclose(desk, items, authority, purpose, **extra),
                        saved=self._recorded, refused=self._refused)

    def _refused(self, exc: RuleViolation) -> None:
        if exc.field == "override_reason":
            self.errors.show(RuleViolation(self.tr("Override justification"), exc.message,
                                           exc.article))
            self.override_reason.setFocus()
        elif exc.field == "disclosure":  # the rules' refusal: named in words, not by its key
            self.errors.show(RuleViolation(self.tr("Disclosure"), exc.message, exc.article))
        else:
            self.errors.show(exc)

    def _recorded(self, view: DisclosureView) -> None:
        self.result_view = view
        self.recorded.emit(view)
        self.accept()
