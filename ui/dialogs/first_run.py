"""First run: a short wizard that sets up the desk, and the passphrase prompt for later starts.

The wizard asks for the officer's profile and own administration's letterhead data, the
agreements in use, how the store's key is kept (OS keyring when one works; otherwise a
passphrase, typed twice, with a plain warning), and whether to load the invented demo data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from app.security import keys
from app.services.context import Desk
from app.services.first_run import builtin_choices, check_letterhead, check_profile, setup_desk
from app.store.db import StoreError
from app.treaty.errors import RuleViolation
from ui.widgets.field_errors import FieldErrors


def _page(title: str, subtitle: str) -> tuple[QWizardPage, QFormLayout]:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    # The form sits at the top with its natural row spacing; the spare height goes below it.
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form


class FirstRunWizard(QWizard):
    """Sets up a new store in ``data_dir``; after ``accept()`` the open desk is ``self.desk``."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *,
                 keyring_available: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Liaison Desk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.data_dir = Path(data_dir)
        self.desk: Desk | None = None
        self.keyring_ok = keys.keyring_works() if keyring_available is None else keyring_available
        # Each page names a refused field under the field itself, by its caption; what no page
        # field claims (a store that cannot be created) goes to the last page's line.
        self.finish_problem = QLabel()
        self.finish_problem.setObjectName("finish_problem")
        self.finish_problem.setWordWrap(True)
        self.finish_problem.setStyleSheet("color: #a40000;")
        self.field_errors = FieldErrors(self.finish_problem)
        self.addPage(self._profile_page())
        self.addPage(self._administration_page())
        self.addPage(self._agreements_page())
        self.addPage(self._key_page())
        self.addPage(self._demo_page())
        self.resize(680, 520)
        self.currentIdChanged.connect(self._focus_page)

    # -- pages --------------------------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def _profile_page(self) -> QWizardPage:
        page, form = _page(self.tr("You"), self.tr("Letters are signed with these details."))
        self.name_edit = self._line("profile_name")
        self.title_edit = self._line("profile_title")
        self.email_edit = self._line("profile_email")
        self.phone_edit = self._line("profile_phone")
        self.signature_edit = QPlainTextEdit()
        self.signature_edit.setObjectName("profile_signature")
        self.signature_edit.setTabChangesFocus(True)
        self.signature_edit.setFixedHeight(70)
        rows = (("name", self.tr("Na&me (required):"), self.name_edit),
                ("title", self.tr("&Title:"), self.title_edit),
                ("email", self.tr("&E-mail:"), self.email_edit),
                ("phone", self.tr("Tele&phone:"), self.phone_edit),
                ("signature", self.tr("&Signature block:"), self.signature_edit))
        for key, label, edit in rows:
            self.field_errors.row(form, key, label, edit)
        page.registerField("name*", self.name_edit)
        page.validatePage = self._validate_profile  # type: ignore[method-assign]
        return page

    def _administration_page(self) -> QWizardPage:
        page, form = _page(self.tr("Your administration"),
                           self.tr("Printed on the letterhead of every letter."))
        names = sorted({own for _k, _t, own in builtin_choices()})
        form.addRow(self.tr("Administration:"), QLabel(", ".join(names)))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("admin_address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(80)
        self.letterhead_edit = QPlainTextEdit()
        self.letterhead_edit.setObjectName("admin_letterhead")
        self.letterhead_edit.setTabChangesFocus(True)
        self.letterhead_edit.setFixedHeight(80)
        self.letterhead_edit.setPlaceholderText(self.tr("One line per row, e.g. the division and office"))
        self.field_errors.row(form, "address", self.tr("Postal &address:"), self.address_edit)
        self.field_errors.row(form, "letterhead", self.tr("&Letterhead lines:"), self.letterhead_edit)
        page.validatePage = self._validate_letterhead  # type: ignore[method-assign]
        return page

    def _agreements_page(self) -> QWizardPage:
        page, form = _page(self.tr("Agreements in use"),
                           self.tr("The built-in agreements; you can add others later."))
        self.agreement_boxes: dict[str, QCheckBox] = {}
        boxes = QVBoxLayout()
        for key, title, _own in builtin_choices():
            box = QCheckBox(title)
            box.setObjectName(f"agreement_{key}")
            box.setChecked(True)
            boxes.addWidget(box)
            self.agreement_boxes[key] = box
        self.field_errors.row(form, "agreements", self.tr("In use:"), boxes,
                              next(iter(self.agreement_boxes.values()), None))
        page.validatePage = self._validate_agreements  # type: ignore[method-assign]
        return page

    def _key_page(self) -> QWizardPage:
        page, form = _page(self.tr("Protecting the store"),
                           self.tr("Everything is kept in one encrypted file."))
        self.use_keyring = QRadioButton(self.tr("Keep the key in this computer's keyring (recommended)"))
        self.use_keyring.setObjectName("key_keyring")
        self.use_passphrase = QRadioButton(self.tr("Derive the key from a passphrase I type at every start"))
        self.use_passphrase.setObjectName("key_passphrase")
        if self.keyring_ok:
            self.use_keyring.setChecked(True)
        else:
            self.use_keyring.setEnabled(False)
            self.use_keyring.setText(self.tr("No keyring works on this computer: a passphrase is needed"))
            self.use_passphrase.setChecked(True)
        self.passphrase_edit = self._line("passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = self._line("passphrase_confirm")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        warning = QLabel(self.tr(
            "<b>If you forget the passphrase, the store cannot be opened by anyone, and "
            "every request, letter and record in it is lost.</b> There is no reset. Write it "
            "down and keep it where your office keeps safe combinations."))
        warning.setObjectName("passphrase_warning")
        warning.setWordWrap(True)
        form.addRow(self.use_keyring)
        form.addRow(self.use_passphrase)
        self.field_errors.row(form, "passphrase", self.tr("Pass&phrase:"), self.passphrase_edit)
        self.field_errors.row(form, "passphrase_confirm", self.tr("Passphrase &again:"),
                              self.confirm_edit)
        form.addRow(warning)
        self.use_passphrase.toggled.connect(self._key_mode)
        self._key_mode()
        page.validatePage = self._validate_key  # type: ignore[method-assign]
        return page

    def _demo_page(self) -> QWizardPage:
        page, form = _page(self.tr("Demo data"), self.tr("Try the desk before real work starts."))
        self.demo_box = QCheckBox(self.tr("Load the invented demo data (clearly marked DEMO; "
                                          "no real person or company)"))
        self.demo_box.setObjectName("load_demo")
        form.addRow(self.demo_box)
        form.addRow(self.finish_problem)
        return page

    # -- behaviour ----------------------------------------------------------------------------
    def _focus_page(self, page_id: int) -> None:
        """Put the keyboard on the page's first field: on the key page it landed on the Next
        button (the keyring choice is disabled without a keyring), so typing went nowhere."""
        first = {0: self.name_edit, 1: self.address_edit,
                 2: next(iter(self.agreement_boxes.values()), None),
                 3: self.passphrase_edit if self.use_passphrase.isChecked() else self.use_keyring,
                 4: self.demo_box}.get(page_id)
        if first is not None:
            # After QWizard's own focus handling for the new page, which runs after this signal.
            QTimer.singleShot(0, lambda: first.setFocus(Qt.FocusReason.TabFocusReason))

    def _key_mode(self) -> None:
        on = self.use_passphrase.isChecked()
        self.passphrase_edit.setEnabled(on)
        self.confirm_edit.setEnabled(on)

    def key_problem(self) -> RuleViolation | None:
        """Why the key choice cannot be used yet, naming the entry at fault (None when it can)."""
        if not self.use_passphrase.isChecked():
            return None
        pw = self.passphrase_edit.text()
        if len(pw) < keys.MIN_PASSPHRASE:
            return RuleViolation("passphrase", self.tr("at least {0} characters").format(
                keys.MIN_PASSPHRASE))
        if pw != self.confirm_edit.text():
            return RuleViolation("passphrase_confirm", self.tr("differs from the passphrase; "
                                                               "type the same one twice"))
        return None

    def key_problem_text(self) -> str | None:
        """The key problem as the line shown under its field (None when there is none)."""
        problem = self.key_problem()
        return self.field_errors.show(problem) if problem else None

    def _refused(self, exc: RuleViolation) -> bool:
        self.field_errors.show(exc)
        return False

    def _validate_profile(self) -> bool:
        try:
            check_profile(self.settings()["profile"])
        except RuleViolation as exc:
            return self._refused(exc)
        self.field_errors.clear()
        return True

    def _validate_letterhead(self) -> bool:
        settings = self.settings()
        try:
            check_letterhead(settings["address"], settings["letterhead"])
        except RuleViolation as exc:
            return self._refused(exc)
        self.field_errors.clear()
        return True

    def _validate_agreements(self) -> bool:
        if not any(box.isChecked() for box in self.agreement_boxes.values()):
            return self._refused(RuleViolation("agreements", self.tr(
                "choose at least one agreement in use")))
        self.field_errors.clear()
        return True

    def _validate_key(self) -> bool:
        problem = self.key_problem()
        if problem:
            return self._refused(problem)
        self.field_errors.clear()
        return True

    def settings(self) -> dict:
        """What ``setup_desk`` gets from the pages."""
        passphrase = self.use_passphrase.isChecked()
        return {
            "profile": {"name": self.name_edit.text(), "title": self.title_edit.text(),
                        "signature": self.signature_edit.toPlainText(),
                        "email": self.email_edit.text(), "phone": self.phone_edit.text()},
            "address": self.address_edit.toPlainText() or None,
            "letterhead": self.letterhead_edit.toPlainText().splitlines(),
            "agreements": [k for k, box in self.agreement_boxes.items() if box.isChecked()],
            "method": "passphrase" if passphrase else "keyring",
            "passphrase": self.passphrase_edit.text() if passphrase else None,
            "demo": self.demo_box.isChecked(),
        }

    def finish_setup(self) -> Desk | None:
        """Create the desk; on a refused field, name it under the field and on the last page,
        and stay open (nothing is created)."""
        try:
            problem = self.key_problem()
            if problem:
                raise problem
            # Creating the store (and loading the demo data) takes a few seconds: say so.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.desk = setup_desk(self.data_dir, **self.settings())
            finally:
                QApplication.restoreOverrideCursor()
        except RuleViolation as exc:
            self.finish_problem.setText(self.field_errors.show(exc))
            return None
        except StoreError as exc:
            self.field_errors.clear()
            self.finish_problem.setText(str(exc))
            return None
        return self.desk

    def accept(self) -> None:  # noqa: D102 - Qt override
        if self.desk is None and self.finish_setup() is None:
            return
        super().accept()


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an existing store and opens it; ``self.desk`` afterwards."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Liaison Desk — unlock"))
        self.data_dir = Path(data_dir)
        self.desk: Desk | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase_edit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("passphrase_error")
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The store in {0} is protected by a passphrase.").format(data_dir)))
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:  # noqa: D102 - Qt override
        from app.services import open_desk

        try:
            self.desk = open_desk(self.data_dir, passphrase=self.edit.text())
        except StoreError as exc:
            self.error.setText(str(exc))
            self.edit.selectAll()
            return
        super().accept()
