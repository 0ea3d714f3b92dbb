"""First run: a short wizard that sets up the desk (the passphrase prompt for later starts,
``ui.dialogs.passphrase.PassphraseDialog``, is re-exported here for the start-up code).

The wizard asks for the officer's profile and own administration's letterhead data, the
agreements in use, how the store's key is kept (OS keyring when one works; otherwise a
passphrase, typed twice, with a plain warning), and whether to make a trial desk with the
invented demo data beside it (its own store and window, marked "Trial desk": the officer's desk,
profile and audit are never touched by the demo). Finishing creates the store on a worker thread
(``ui.tasks``): scrypt, migrations, the built-in agreements and perhaps the trial desk take
seconds, and the wizard shows that it is working.

A store whose key is kept in the keyring gets a recovery key once it exists
(``app.services.admin.recovery``): the wizard then adds a last page that shows it once, with
Print… and Save as PDF…, and finishes only when the officer says it is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.security import keys
from app.services.admin.first_run import (
    builtin_choices,
    check_letterhead,
    check_profile,
    setup_desk_with_trial,
)
from app.services.context import Desk
from app.store.db import StoreError
from app.treaty.errors import RuleViolation
from ui.dialogs.passphrase import PassphraseDialog  # noqa: F401 - ui.app imports it from here
from ui.tasks import HoldWhileBusy, Task, run_task
from ui.widgets.field_errors import FieldErrors
from ui.widgets.language_choice import LanguageChoice

#: The wizard page holding each field a refusal can name (service key -> page number), so a
#: refusal that comes back from the store's creation shows on the page that caused it.
_FIELD_PAGE = {"profile": 0, "name": 0, "title": 0, "email": 0, "phone": 0, "signature": 0,
               "address": 1, "letterhead": 1, "agreements": 2,
               "passphrase": 3, "passphrase_confirm": 3, "key": 3, "keyring": 3}


#: The wizard's result when the officer chose another language: it is opened again in it.
RELAUNCH = 2


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


class FirstRunWizard(HoldWhileBusy, QWizard):
    """Sets up a new store in ``data_dir``; after ``accept()`` the open desk is ``self.desk``,
    and the open trial desk (demo data) ``self.trial_desk`` when the officer asked for one."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *,
                 keyring_available: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Liaison Desk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.data_dir = Path(data_dir)
        self.desk: Desk | None = None
        #: What was typed when the officer chose another language (see ``_language_chosen``).
        self.typed: dict[str, str] = {}
        self.trial_desk: Desk | None = None
        #: The recovery key page, added once a keyring-held store exists (None before/else).
        self.recovery_page: RecoveryKeyPage | None = None
        #: The running store creation (None when idle); see ``start_setup``.
        self.setup_task: Task | None = None
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
        # The window's language first: the rest of the wizard is read in it.
        self.language = LanguageChoice()
        self.language.activated.connect(self._language_chosen)
        form.addRow(self.tr("Language / 言語 / Idioma:"), self.language)
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
        self.demo_box = QCheckBox(self.tr("Also make a trial desk with the invented demo data"))
        self.demo_box.setObjectName("load_demo")
        form.addRow(self.demo_box)
        explain = QLabel(self.tr(
            "The trial desk is a separate store in {0}, opened in its own window marked "
            "\"Trial desk\". Your own desk stays empty and yours: the demo never changes your "
            "profile, and the audit log names you for what you do. File \u25b8 Open the trial "
            "desk\u2026 opens it later.").format(self._trial_folder()))
        explain.setObjectName("demo_explain")
        explain.setWordWrap(True)
        form.addRow(explain)
        # Shown while the store is made on a worker thread (scrypt, migrations, agreements and
        # perhaps the demo data: a few seconds), so the officer sees the desk at work.
        self.busy_label = QLabel()
        self.busy_label.setObjectName("setup_progress_label")
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("setup_progress")
        self.busy_bar.setRange(0, 0)  # no steps to count: a moving bar
        self.busy_bar.setTextVisible(False)
        for widget in (self.busy_label, self.busy_bar):
            widget.hide()
            form.addRow(widget)
        form.addRow(self.finish_problem)
        return page

    def _trial_folder(self) -> str:
        from app.services.admin.trial import trial_dir

        return str(trial_dir(self.data_dir))

    # -- behaviour ----------------------------------------------------------------------------
    def _language_chosen(self, _index: int) -> None:
        """Another language for the window: kept, installed, and the wizard opened again in it
        with what the officer typed so far (``ui.app.open_or_create`` does the reopening)."""
        if not self.language.keep():
            return
        from PySide6.QtWidgets import QApplication

        from ui.i18n import install_language

        self.typed = self.typed_so_far()
        install_language(QApplication.instance())
        self.done(RELAUNCH)

    def typed_so_far(self) -> dict[str, str]:
        """What the officer has typed on the pages (passphrases excepted), by field name."""
        lines = {"name": self.name_edit, "title": self.title_edit, "email": self.email_edit,
                 "phone": self.phone_edit}
        texts = {"signature": self.signature_edit, "address": self.address_edit,
                 "letterhead": self.letterhead_edit}
        out = {k: e.text() for k, e in lines.items()}
        out.update({k: e.toPlainText() for k, e in texts.items()})
        return {k: v for k, v in out.items() if v}

    def fill_in(self, typed: dict[str, str]) -> None:
        """Put back what ``typed_so_far`` answered (the wizard reopened in another language)."""
        for key, value in typed.items():
            edit = {"name": self.name_edit, "title": self.title_edit, "email": self.email_edit,
                    "phone": self.phone_edit, "signature": self.signature_edit,
                    "address": self.address_edit, "letterhead": self.letterhead_edit}.get(key)
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            elif isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)

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

    @property
    def busy(self) -> bool:
        """True while the store is being created."""
        return self.setup_task is not None

    def start_setup(self) -> Task | None:
        """Create the desk on a worker thread (``ui.tasks``); the wizard stays live, shows what
        it is doing and lets nothing be clicked that could interfere. Returns the task, or None
        when a field is refused at once. On success the wizard closes with ``self.desk`` set; on
        a refusal the field is named on its page and nothing is created (``setup_desk`` removes
        a store it could not finish)."""
        if self.busy or self.desk is not None:
            return self.setup_task
        problem = self.key_problem()
        if problem:
            self._show_refusal(problem)
            return None
        settings = self.settings()  # read the widgets here: the worker never touches them
        self.field_errors.clear()
        self._set_busy(True, settings["demo"])
        # setup_desk opens the store on the worker; SQLAlchemy opens file stores with
        # check_same_thread=False and a pool, so the desk is used from the main thread afterwards.
        self.setup_task = run_task(setup_desk_with_trial, self.data_dir, **settings,
                                   on_done=self._setup_done, on_error=self._setup_failed)
        return self.setup_task

    def _set_busy(self, on: bool, demo: bool = False) -> None:
        if on:
            self.busy_label.setText(
                self.tr("Creating your encrypted store and the trial desk with the demo data…")
                if demo
                else self.tr("Creating your encrypted store…"))
        self.busy_label.setVisible(on)
        self.busy_bar.setVisible(on)
        self.demo_box.setEnabled(not on)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not on)

    def _setup_done(self, desks: tuple[Desk, Desk | None]) -> None:
        self.setup_task = None
        self._set_busy(False)
        self.desk, self.trial_desk = desks
        info = self.desk.db.key_info
        if info is not None and info.method == "keyring":
            from app.services.admin.recovery import make_recovery_key

            try:
                text = make_recovery_key(self.desk)
            except Exception as exc:  # the desk exists; the key can be made again later
                self.finish_problem.setText(self.tr(
                    "The recovery key could not be made ({0}); make one later with "
                    "liaison-desk passphrase recovery-key.").format(exc))
            else:
                self.recovery_page = RecoveryKeyPage(self.desk, text)
                self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)  # made: no way back
                self.addPage(self.recovery_page)
                if self.currentId() == -1:  # never shown (a script): start it where it begins
                    self.restart()
                for _ in self.pageIds():  # Finish is on the last page; a script may be elsewhere
                    if self.currentPage() is self.recovery_page:
                        break
                    self.next()
                self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
                return
        super().accept()

    def _setup_failed(self, exc: BaseException) -> None:
        self.setup_task = None
        self._set_busy(False)
        if isinstance(exc, RuleViolation):
            self._show_refusal(exc)
        elif isinstance(exc, StoreError):
            self.field_errors.clear()
            self.finish_problem.setText(str(exc))
        else:  # not the officer's doing: say so in plain words, and log it with its traceback
            import logging

            from ui.errors import LOGGER

            logging.getLogger(LOGGER).error("first run: the store could not be created",
                                            exc_info=exc)
            self.field_errors.clear()
            self.finish_problem.setText(self.tr(
                "The store could not be created ({0}); nothing was kept. Try Finish again, or "
                "pass the log file to whoever supports the desk.").format(exc))

    def _show_refusal(self, exc: RuleViolation) -> None:
        """Name a refused field under the field, on its own page (the last page says it too)."""
        page = _FIELD_PAGE.get(exc.field.split(".")[-1], _FIELD_PAGE.get(exc.field.split(".")[0]))
        while page is not None and self.currentId() > page:
            self.back()
        self.finish_problem.setText(self.field_errors.show(exc))

    def reject(self) -> None:  # Qt override
        # The store exists once the recovery key shows: the wizard ends only by finishing,
        # and only after the officer says the key is kept (it is never shown again).
        if self.recovery_page is not None:
            if self.recovery_page.kept_box.isChecked():
                self.accept()
            return
        super().reject()

    def accept(self) -> None:  # Qt override
        if self.desk is not None:
            super().accept()
        else:
            self.start_setup()  # closes the wizard when the store is made





class RecoveryKeyPage(QWizardPage):
    """The wizard's last page for a keyring-held store: its recovery key, shown once
    (``ui.dialogs.recovery_key.RecoveryKeyView``); Finish only once the officer ticks that it is
    kept."""

    def __init__(self, desk: Desk, recovery_key: str) -> None:
        from ui.dialogs.recovery_key import RecoveryKeyView

        super().__init__()
        self.setObjectName("recovery_key_page")
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("Shown once. It opens this desk's backups on a new computer."))
        self.view = RecoveryKeyView(desk, recovery_key, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.key_label, self.kept_box = self.view.key_label, self.view.kept_box
        self.saved_label, self.save_pdf = self.view.saved_label, self.view.save_pdf
        self.registerField("recovery_kept*", self.kept_box)
