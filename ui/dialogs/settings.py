"""Edit ▸ Settings… (Ctrl+,): everything the first-run wizard asked, and the desk's other settings.

Tabs: the officer's profile in each letter language (English with the name in Latin letters,
Japanese with the name in kanji, Spanish), the own administration and its letterhead, letters and
dates (letter languages, reference pattern, the business-day policy), and the desk (idle lock,
backups, agreements in use). The dialog reads ``settings.snapshot`` and saves only what the
officer changed, as one op (``settings.save_settings``: all or nothing); a refusal shows under
its field. The idle lock and every page follow the change broadcast, so nothing needs a restart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import Text
from app.services.admin import settings
from app.services.agreements.catalogue import list_agreements
from app.services.context import Desk
from ui import i18n
from ui.dialogs.saving import SavesByOp
from ui.i18n import agreement_words
from ui.widgets.field_errors import FieldErrors
from ui.widgets.language_choice import LanguageChoice

#: Each letter language's group on the Profile tab: (code, group title).
LANGUAGE_GROUPS = (("en", QT_TRANSLATE_NOOP("SettingsDialog", "English letters (name in Latin letters)")),
                   ("ja", QT_TRANSLATE_NOOP("SettingsDialog", "Japanese letters (name in kanji)")),
                   ("es", QT_TRANSLATE_NOOP("SettingsDialog", "Spanish letters")))


#: Letter languages in words (the bilingual layouts print the first language first).
LANGUAGE_WORDS = {"en": QT_TRANSLATE_NOOP("SettingsDialog", "English"),
                  "ja": QT_TRANSLATE_NOOP("SettingsDialog", "Japanese"),
                  "es": QT_TRANSLATE_NOOP("SettingsDialog", "Spanish"),
                  "en+ja": QT_TRANSLATE_NOOP("SettingsDialog", "English + Japanese"),
                  "en+es": QT_TRANSLATE_NOOP("SettingsDialog", "English + Spanish"),
                  "ja+en": QT_TRANSLATE_NOOP("SettingsDialog", "Japanese + English")}


def _profile_key(lang: str, field: str) -> str:
    return f"profile.{field}" if lang == "en" else f"profile.{lang}.{field}"


class SettingsDialog(SavesByOp, QDialog):
    """The desk's settings; ``saved`` holds the keys the last save changed."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.saved: list[str] = []
        self.restart_to: str | None = None  # the language to restart in, once saved
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.problem = QLabel()
        self.problem.setObjectName("settings_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.errors = FieldErrors(self.problem)
        #: Dotted key -> its input.
        self.inputs: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.addTab(self._scrolled(self._profile_tab()), self.tr("&Profile"))
        self.tabs.addTab(self._scrolled(self._administration_tab()), self.tr("&Administration"))
        self.tabs.addTab(self._letters_tab(), self.tr("&Letters && dates"))
        self.tabs.addTab(self._desk_tab(), self.tr("&Desk"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.loaded: dict[str, Any] = {}
        self.load()
        self.resize(640, 600)

    # -- building ------------------------------------------------------------------------------
    def _scrolled(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        return area

    def _line(self, form: QFormLayout, key: str, caption: str, *, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName("setting_" + key.replace(".", "_"))
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.errors.row(form, key, caption, edit)
        self.inputs[key] = edit
        return edit

    def _text(self, form: QFormLayout, key: str, caption: str, *, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName("setting_" + key.replace(".", "_"))
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(62)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.errors.row(form, key, caption, edit)
        self.inputs[key] = edit
        return edit

    def _number(self, form: QFormLayout, key: str, caption: str, suffix: str, top: int = 999,
                special: str = "") -> QSpinBox:
        box = QSpinBox()
        box.setObjectName("setting_" + key)
        box.setRange(0, top)
        box.setSuffix(suffix)
        if special:
            box.setSpecialValueText(special)
        self.errors.row(form, key, caption, box)
        self.inputs[key] = box
        return box

    def _profile_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        intro = QLabel(self.tr("Letters are signed with the details of their language; an empty "
                               "field of a language is taken from English."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        # What letters would borrow from English, shown first: it is what the officer came to fix.
        self.gaps = QLabel()
        self.gaps.setObjectName("profile_gaps")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps.setStyleSheet("color: #7a4d00;")
        box.addWidget(self.gaps)
        for lang, title in LANGUAGE_GROUPS:
            group = QGroupBox(self.tr(title))
            group.setObjectName(f"profile_group_{lang}")
            form = QFormLayout(group)
            name_caption = {"en": self.tr("Na&me (required):"), "ja": self.tr("Name in &kanji:"),
                            "es": self.tr("Name:")}[lang]
            self._line(form, _profile_key(lang, "name"), name_caption,
                       placeholder={"en": "e.g. Kenji SATO", "ja": "例: 佐藤 健二", "es": ""}[lang])
            self._line(form, _profile_key(lang, "title"), self.tr("Title:") if lang != "en" else self.tr("&Title:"))
            self._text(form, _profile_key(lang, "signature"), self.tr("Signature block:"),
                       placeholder=self.tr("Printed instead of the name when given"))
            box.addWidget(group)
        contact = QGroupBox(self.tr("Contact (every language)"))
        form = QFormLayout(contact)
        self._line(form, "profile.email", self.tr("&E-mail:"))
        self._line(form, "profile.phone", self.tr("Tele&phone:"))
        box.addWidget(contact)
        box.addStretch(1)
        for lang, _title in LANGUAGE_GROUPS:
            for field in settings.PROFILE_TEXT_FIELDS:
                widget = self.inputs[_profile_key(lang, field)]
                signal = widget.textChanged  # type: ignore[attr-defined]
                signal.connect(self._show_gaps)
        return page

    def _administration_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        intro = QLabel(self.tr("Your administration heads every letter, in the letter's language."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        names = QGroupBox(self.tr("Name"))
        form = QFormLayout(names)
        self._line(form, "own.en.name", self.tr("English (required):"))
        self._line(form, "own.ja.name", self.tr("Japanese:"))
        self._line(form, "own.es.name", self.tr("Spanish:"))
        box.addWidget(names)
        head = QGroupBox(self.tr("Letterhead"))
        form = QFormLayout(head)
        self._text(form, "own.address", self.tr("Postal &address:"))
        lines = self.tr("One line per row, e.g. the division and office")
        self._text(form, "own.en.letterhead", self.tr("Letterhead lines, English:"), placeholder=lines)
        self._text(form, "own.ja.letterhead", self.tr("Japanese:"))
        self._text(form, "own.es.letterhead", self.tr("Spanish:"))
        box.addWidget(head)
        box.addStretch(1)
        return page

    def _letters_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        langs = QWidget()
        row = QGridLayout(langs)
        row.setContentsMargins(0, 0, 0, 0)
        self.language_boxes: dict[str, QCheckBox] = {}
        for code in settings.LETTER_LANGUAGES:
            check = QCheckBox(self.tr(LANGUAGE_WORDS[code]))
            check.setObjectName(f"letter_language_{code.replace('+', '_')}")
            self.language_boxes[code] = check
            row.addWidget(check, len(self.language_boxes) > 3, (len(self.language_boxes) - 1) % 3)
        self.errors.row(form, "letter_languages", self.tr("Default letter &languages:"), langs,
                        focus=self.language_boxes["en"])
        hint = QLabel(self.tr("None ticked: each agreement's first language."))
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        self._line(form, "ref_pattern", self.tr("&Reference pattern:"),
                   placeholder="{prefix}-{year}-{seq:04d}")
        policy = QLabel(self.tr("Business days are counted in the calendar of the side that must "
                                "act: weekends and its public holidays are skipped."))
        policy.setWordWrap(True)
        form.addRow(policy)
        self._number(form, "oral_confirmation_days", self.tr("Confirm an &oral request within (Art. 7.1):"),
                     self.tr(" business days"), 60)
        self._number(form, "incoming_due_business_days", self.tr("Answer an &incoming request within:"),
                     self.tr(" business days"), 365)
        self._number(form, "due_soon_days", self.tr("Show as &due soon from:"), self.tr(" days before"), 365)
        cold = self._number(form, "stats.cold_days", self.tr("Statistics: a request is &cold after:"),
                            self.tr(" days without activity"), 3650)
        cold.setMinimum(1)
        return page

    def _desk_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._number(form, "idle_lock_minutes", self.tr("&Lock after:"), self.tr(" idle minutes"), 24 * 60,
                     special=self.tr("never"))
        self._number(form, "backup_keep", self.tr("&Keep daily backups:"), self.tr(" backups"), 365)
        # Kept on this machine, not in the store (ui.i18n): saved with the dialog's Save.
        self.language = LanguageChoice()
        form.addRow(self.tr("Language of the &window:"), self.language)
        group = QWidget()
        group_box = QVBoxLayout(group)
        group_box.setContentsMargins(0, 0, 0, 0)
        self.agreement_boxes: dict[str, QCheckBox] = {}
        for view in list_agreements(self.desk):
            check = QCheckBox(agreement_words(view.short_title))
            check.setObjectName(f"agreement_in_use_{view.key}")
            self.agreement_boxes[view.key] = check
            group_box.addWidget(check)
        self.errors.row(form, "agreements_in_use", self.tr("Agreements in use:"), group,
                        focus=next(iter(self.agreement_boxes.values()), None))
        info = getattr(self.desk.db, "key_info", None)
        if info is not None and self.desk.db.data_dir is not None:
            change = QPushButton(self.tr("Change passphrase…") if info.method == "passphrase"
                                 else self.tr("Change unlock passphrase…"))
            change.setObjectName("change_passphrase")
            change.clicked.connect(lambda: self._change_passphrase(move=False))
            move = QPushButton(self.tr("Keep the key in the keyring instead…")
                               if info.method == "passphrase"
                               else self.tr("Derive the key from a passphrase instead…"))
            move.setObjectName("move_key")
            move.clicked.connect(lambda: self._change_passphrase(move=True))
            row = QHBoxLayout()
            row.addWidget(change)
            row.addWidget(move)
            row.addStretch(1)
            form.addRow(self.tr("Protection:"), row)
        return page

    def _change_passphrase(self, *, move: bool) -> None:
        from ui.dialogs.passphrase_change import PassphraseChangeDialog

        self.passphrase_dialog = PassphraseChangeDialog(self.desk, self, move=move)
        self.passphrase_dialog.open()

    # -- values --------------------------------------------------------------------------------
    def load(self) -> None:
        """Fill the inputs from the store."""
        snap = settings.snapshot(self.desk)
        self.loaded = snap
        for key, widget in self.inputs.items():
            value = snap.get(key)
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("\n".join(value) if isinstance(value, list) else str(value or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
                widget.setCursorPosition(0)
        for code, check in self.language_boxes.items():
            check.setChecked(code in (snap.get("letter_languages") or []))
        for key, check in self.agreement_boxes.items():
            check.setChecked(key in (snap.get("agreements_in_use") or []))
        self._show_gaps()

    def values(self) -> dict[str, Any]:
        """Every dotted key as the inputs hold it now."""
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                out[key] = text.splitlines() if settings.KEYS[key] == settings.LINES else text
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        out["letter_languages"] = [c for c, check in self.language_boxes.items() if check.isChecked()]
        out["agreements_in_use"] = sorted(k for k, check in self.agreement_boxes.items() if check.isChecked())
        return out

    def changes(self) -> dict[str, Any]:
        """The keys whose input differs from what was loaded."""
        out = {}
        for key, value in self.values().items():
            before = self.loaded.get(key)
            if isinstance(value, str):
                same = value.strip() == str(before or "").strip()
            elif isinstance(value, list) and settings.KEYS[key] == settings.LINES:
                same = [x.rstrip() for x in value if x.strip()] == [x for x in (before or []) if x.strip()]
            else:
                same = value == before
            if not same:
                out[key] = value
        return out

    def _show_gaps(self) -> None:
        profile: dict[str, Any] = {}
        for lang, _title in LANGUAGE_GROUPS:
            section = {f: self._value_of(_profile_key(lang, f)) for f in settings.PROFILE_TEXT_FIELDS}
            if lang == "en":
                profile.update(section)
            else:
                profile[lang] = section
        gaps = settings.profile_gaps(profile)
        lines = [i18n.render(line.params["gap"]) if isinstance(line, Text) and "gap" in line.params
                 else line.replace(" (Settings ▸ Profile)", "") for line in gaps]  # they are on it
        self.gaps.setText("\n".join("• " + line[:1].upper() + line[1:] for line in lines))
        self.gaps.setVisible(bool(gaps))

    def _value_of(self, key: str) -> str:
        widget = self.inputs[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def save(self) -> None:
        """Save what changed (an op; the dialog closes once it is stored, or shows the refusal
        under its field, on the tab that holds it)."""
        if self.language.choice() != i18n.chosen():
            self._keep_language()
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.errors.clear()
        loaded = dict(self.loaded)  # what the form was filled from: a stale save is refused
        self.save_by_op(lambda desk: settings.save_settings(desk, changes, loaded=loaded),
                        saved=self._saved, refused=self._refused)

    def _keep_language(self) -> None:
        """Keep the language chosen for the window; when it is another than the window's, ask
        (in the new language and the old) whether to restart now or at the next start
        (``ui.restart``: nothing open is closed without its own unsaved-changes question)."""
        if not self.language.keep():
            return
        from ui import restart

        new = i18n.resolve(self.language.choice())
        self.restart_to = new if restart.ask_restart(self, new) else None

    def done(self, result: int) -> None:
        """Closed: restart now if the officer asked to (once the dialog is gone)."""
        super().done(result)
        if self.restart_to and result in (QDialog.DialogCode.Accepted, 1):
            from ui import restart

            restart.restart_soon(self.parentWidget(), self.restart_to)
            self.restart_to = None

    def _refused(self, exc: Any) -> None:
        self.errors.show(exc)
        widget = self.inputs.get(getattr(exc, "field", ""))
        if widget is not None:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(index)
                    widget.setFocus()

    def _saved(self, changed: list[str]) -> None:
        self.saved = changed
        self.accept()
