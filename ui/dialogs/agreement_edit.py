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
from app.treaty.catalogue import agreement_to_dict
from ui.dialogs.saving import SavesByOp
from ui.widgets.field_errors import FieldErrors

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
        # The version first, then the catalogue: a save after another officer's is refused
        # (StaleEdit) with the form kept, never silently over theirs.
        self.read_version = next((a.version for a in list_agreements(desk) if a.key == key), None)
        self.raw = agreement_to_dict(get_spec(desk, key))
        self.setObjectName("agreement_dialog")
        self.setWindowTitle(self.tr("Agreement details"))
        self.problem = QLabel()
        self.problem.setObjectName("agreement_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.errors = FieldErrors(self.problem)
        form = QFormLayout()
        self.inputs: dict[str, QLineEdit] = {}
        self._line(form, "short_title", self.tr("Short title:"), self.raw.get("short_title") or "")
        self._line(form, "title", self.tr("Full title:"), self.raw.get("title") or "")
        titles = self.raw.get("titles") or {}
        for lang, language in LANGS:
            self._line(form, f"titles.{lang}", self.tr("Title in letters ({0}):").format(_language(language)),
                       titles.get(lang) or "")
        self._line(form, "signed_on", self.tr("Signed on (YYYY-MM-DD):"), self.raw.get("signed_on") or "")
        self._line(form, "in_force_on", self.tr("In force on (YYYY-MM-DD):"), self.raw.get("in_force_on") or "")
        self._line(form, "languages", self.tr("Languages (e.g. en,ja):"), ",".join(self.raw.get("languages") or []))
        self._line(form, "ref_prefix", self.tr("Reference prefix:"), self.raw.get("ref_prefix") or "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
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
                        saved=self._saved, refused=self.errors.show)

    def _saved(self, view: Any) -> None:
        self.saved_view = view
        self.accept()
