"""The Agreements page's "Edit details…": an agreement's titles in each language, dates, reference
prefix and letter languages, saved through the catalogue
service (``catalogue.save_agreement``, as ``liaison-desk agreement save`` does) as one op.

Articles, request bases and refusal grounds stay in the catalogue file (``agreement export`` /
``agreement save``): they are the treaty's text, not details an officer retypes in a form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.agreements.catalogue import get_spec, list_agreements, save_agreement
from app.services.context import Desk
from app.services.validation import StaleEdit
from app.treaty.catalogue import agreement_to_dict
from ui.dialogs.saving import SavesByOp
from ui.widgets.field_errors import FieldErrors
from ui.widgets.reapply import Reapplied, reapply
from ui.widgets.reapply_words import ReapplyWords

LANGS = (("en", QT_TRANSLATE_NOOP("Directory", "English")),
         ("ja", QT_TRANSLATE_NOOP("Directory", "Japanese")),
         ("es", QT_TRANSLATE_NOOP("Directory", "Spanish")))


def _language(word: str) -> str:
    """A language's name in the officer's language (one translate() call site for lupdate)."""
    return QCoreApplication.translate("Directory", word)


class AgreementDialog(SavesByOp, QDialog):
    """Edit one agreement's details (the partner administration's names are the Directory's:
    a renamed catalogue entry would add a second administration); ``saved_view`` holds the
    stored agreement after Save."""

    def __init__(self, desk: Desk, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.key = desk, key
        self.saved_view: Any = None
        self.read_version, self.raw = self._read()
        self.setObjectName("agreement_dialog")
        self.setWindowTitle(self.tr("Agreement details"))
        self.problem = QLabel()
        self.problem.setObjectName("agreement_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.errors = FieldErrors(self.problem)
        form = QFormLayout()
        self.inputs: dict[str, QLineEdit] = {}
        values = self._values(self.raw)
        self._line(form, "short_title", self.tr("Short title:"), values["short_title"])
        self._line(form, "title", self.tr("Full title:"), values["title"])
        for lang, language in LANGS:
            self._line(form, f"titles.{lang}", self.tr("Title in letters ({0}):").format(_language(language)),
                       values[f"titles.{lang}"])
        self._line(form, "signed_on", self.tr("Signed on (YYYY-MM-DD):"), values["signed_on"])
        self._line(form, "in_force_on", self.tr("In force on (YYYY-MM-DD):"), values["in_force_on"])
        self._line(form, "languages", self.tr("Languages (e.g. en,ja):"), values["languages"])
        self._line(form, "ref_prefix", self.tr("Reference prefix:"), values["ref_prefix"])
        #: The form as read: what a reload and reapply compares the officer's edits with.
        self.read_fields = self.fields()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # Shown after a save refused as stale (another officer saved first).
        self.button_reapply = buttons.addButton(self.tr("&Reload and reapply"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.button_reapply.setObjectName("agreement_reapply")
        self.button_reapply.setToolTip(self.tr(
            "Read the agreement as the other officer saved it and put your changes back on top"))
        self.button_reapply.clicked.connect(lambda: self.reload_and_reapply())
        self.button_reapply.hide()
        box = QVBoxLayout(self)
        intro = QLabel(self.tr("Articles, bases and grounds are edited in the catalogue file "
                               "(liaison-desk agreement export / save); the administrations' names "
                               "in the Directory."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(buttons)
        self.setMinimumWidth(620)

    def _read(self) -> tuple[int | None, dict[str, Any]]:
        # The version first, then the catalogue: a save after another officer's is refused
        # (StaleEdit) with the form kept, never silently over theirs.
        version = next((a.version for a in list_agreements(self.desk) if a.key == self.key), None)
        return version, agreement_to_dict(get_spec(self.desk, self.key))

    @staticmethod
    def _values(raw: dict[str, Any]) -> dict[str, str]:
        """The form's texts for a catalogue dict, by input key."""
        titles = raw.get("titles") or {}
        return {"short_title": raw.get("short_title") or "", "title": raw.get("title") or "",
                **{f"titles.{lang}": titles.get(lang) or "" for lang, _ in LANGS},
                "signed_on": raw.get("signed_on") or "", "in_force_on": raw.get("in_force_on") or "",
                "languages": ",".join(raw.get("languages") or []), "ref_prefix": raw.get("ref_prefix") or ""}

    def fields(self) -> dict[str, str]:
        """The form's texts, by input key."""
        return {key: edit.text() for key, edit in self.inputs.items()}

    def reload_and_reapply(self) -> Reapplied | None:
        """After a stale save: read the agreement as stored now and put back on top only the
        inputs this officer changed since the form read it (``ui.widgets.reapply``); an input
        both changed keeps this officer's text and is marked with the other value. Nothing is
        written; the next save is made on the version just read. None while a save is under way."""
        if self.busy:
            return None
        mine, base = self.fields(), self.read_fields
        self.read_version, self.raw = self._read()
        for key, value in self._values(self.raw).items():
            self.inputs[key].setText(value)
            self.inputs[key].setCursorPosition(0)
        self.read_fields = self.fields()
        result = reapply(base, mine, self.read_fields)
        for key in result.mine:
            self.inputs[key].setText(result.fields[key])
        self.errors.clear()
        words = ReapplyWords()
        for (key, *_rest), theirs in result.conflicts.items():
            self.errors.note(key, words.changed_by_other(theirs))
        self.button_reapply.hide()
        self.problem.setText(words.reloaded(len(result.conflicts)))
        self.problem.show()
        self.adjustSize()  # the marks under the inputs take room
        return result

    def _refused(self, exc: Any) -> None:  # a RuleViolation
        self.errors.show(exc)
        self.button_reapply.setVisible(isinstance(exc, StaleEdit))

    def _line(self, form: QFormLayout, key: str, caption: str, value: str) -> None:
        edit = QLineEdit(value)
        edit.setObjectName("agreement_" + key.replace(".", "_"))
        edit.setCursorPosition(0)
        self.errors.row(form, key, caption, edit)
        self.inputs[key] = edit

    def edited(self) -> dict[str, Any]:
        """The catalogue dict with the form's values in it."""
        raw = dict(self.raw)
        text = {key: edit.text().strip() for key, edit in self.inputs.items()}
        raw["short_title"], raw["title"] = text["short_title"], text["title"]
        raw["titles"] = {lang: text[f"titles.{lang}"] for lang, _ in LANGS if text[f"titles.{lang}"]}
        raw["signed_on"] = text["signed_on"] or None
        raw["in_force_on"] = text["in_force_on"] or None
        raw["languages"] = [part.strip() for part in text["languages"].split(",") if part.strip()]
        raw["ref_prefix"] = text["ref_prefix"]
        return raw

    def save(self) -> None:
        """Save through the catalogue service; a refusal shows on the form."""
        raw, version = self.edited(), self.read_version
        self.errors.clear()
        self.save_by_op(lambda desk: save_agreement(desk, raw, expected_version=version),
                        saved=self._saved, refused=self._refused)

    def _saved(self, view: Any) -> None:
        self.saved_view = view
        self.accept()
