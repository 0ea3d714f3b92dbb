"""Edit ▸ Directory…: partner administrations, their designated officials (Art. 7.3) per
agreement, and the domestic authorities information may be passed to, each with its name in every
letter language.

The lists re-read on the change broadcast (``follow_changes``); the add and edit dialogs write
through the op runner (``SavesByOp``) and show a refusal under its field. A letter is addressed to
the official designated under the request's agreement (``directory.designated_official``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.agreements import directory
from app.services.agreements.catalogue import list_agreements
from app.services.context import Desk
from app.services.ledger.disclosures import add_authority, list_authorities
from app.services.validation import StaleEdit
from app.treaty.restrictions import AUTHORITY_KINDS
from ui.dialogs.saving import SavesByOp
from ui.i18n import agreement_words
from ui.ops import follow_changes
from ui.widgets.field_errors import FieldErrors
from ui.widgets.reapply import Reapplied, reapply
from ui.widgets.reapply_words import ReapplyWords
from ui.widgets.tables import style_tree

#: The letter languages a name is kept in, with their captions.
LANGS = (("en", QT_TRANSLATE_NOOP("Directory", "English")),
         ("ja", QT_TRANSLATE_NOOP("Directory", "Japanese")),
         ("es", QT_TRANSLATE_NOOP("Directory", "Spanish")))


def _language(word: str) -> str:
    """A language's name in the officer's language (one translate() call site for lupdate)."""
    return QCoreApplication.translate("Directory", word)


class _EntryDialog(SavesByOp, QDialog):
    """An add/edit form: a form layout, its error lines, Save and Cancel."""

    def __init__(self, desk: Desk, parent: QWidget | None, name: str, title: str) -> None:
        super().__init__(parent)
        self.desk = desk
        self.result_value: Any = None
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.problem = QLabel()
        self.problem.setObjectName(f"{name}_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.errors = FieldErrors(self.problem)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Shown after a save refused as stale (another officer saved first): re-read the
        # record and put this officer's changes back on top (``reload_and_reapply``).
        self.button_reapply = self.buttons.addButton(self.tr("&Reload and reapply"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.button_reapply.setObjectName(f"{name}_reapply")
        self.button_reapply.setToolTip(self.tr(
            "Read the record as the other officer saved it and put your changes back on top"))
        self.button_reapply.clicked.connect(lambda: self.reload_and_reapply())
        self.button_reapply.hide()
        self.view: Any = None
        self._read_fields: dict[str, Any] = {}
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def line(self, key: str, caption: str, value: str = "", *, obj: str | None = None) -> QLineEdit:
        """A one-line input on the form, answering for service field ``key``."""
        edit = QLineEdit(value)
        edit.setObjectName(obj or key.replace(".", "_"))
        self.errors.row(self.form, key, caption, edit)
        return edit

    def names_rows(self, key: str, caption: str, values: dict[str, str], fallback: str = "",
                   *, obj: str = "name") -> dict[str, QLineEdit]:
        """An input per letter language (English required and first)."""
        out = {}
        for lang, language in LANGS:
            label = self.tr("{0} ({1}):").format(caption, _language(language))
            if lang == "en" and key == "name":
                label = self.tr("{0} ({1}, required):").format(caption, _language(language))
            value = values.get(lang) or (fallback if lang == "en" else "")
            out[lang] = self.line(f"{key}s.{lang}" if lang != "en" else key, label, value,
                                  obj=f"{obj}_{lang}")
        return out

    @staticmethod
    def texts(edits: dict[str, QLineEdit]) -> dict[str, str]:
        """``{lang: text}`` of the inputs (empty ones too: they clear a stored name)."""
        return {lang: edit.text() for lang, edit in edits.items()}

    def run(self, op: Any) -> None:
        """Save through the op runner; close once stored, else name the field."""
        self.errors.clear()
        self.save_by_op(op, saved=self._saved, refused=self._refused)

    def _refused(self, exc: Any) -> None:  # a RuleViolation
        self.errors.show(exc)
        # Another officer saved first: the text stays; the officer may reload and reapply.
        self.button_reapply.setVisible(isinstance(exc, StaleEdit) and self.view is not None)

    # -- reload and reapply (an edit of a stored record) -------------------------------------
    def fields(self) -> dict[str, Any]:
        """The form's values, by service field (a name in each language as one mapping)."""
        raise NotImplementedError

    def set_field(self, name: str, value: Any) -> None:
        """Put one value of ``fields()`` back into the form."""
        raise NotImplementedError

    def reread(self) -> Any:
        """The edited record's view as stored now."""
        raise NotImplementedError

    def show_view(self, view: Any) -> None:
        """Fill the form from ``view`` (subclasses map a view to ``fields()``)."""
        raise NotImplementedError

    def remember_read(self) -> None:
        """Keep the form as read: what a later reload and reapply compares the edits with."""
        self._read_fields = self.fields() if self.view is not None else {}

    def _field_key(self, key: tuple[str, ...]) -> str:
        """The error line's key of a field of ``fields()`` (``("names", "ja")`` -> ``names.ja``)."""
        if len(key) == 1:
            return key[0]
        base, lang = key[0], key[1]
        return base[:-1] if lang == "en" else f"{base}.{lang}"

    def reload_and_reapply(self) -> Reapplied | None:
        """After a stale save: read the record as stored now and put back on top only the fields
        this officer changed since the form read it (``ui.widgets.reapply``); a field both
        changed keeps this officer's text and is marked with the other value. Nothing is
        written; the next save is made on the version just read. None for a new record or
        while a save is under way."""
        if self.view is None or self.busy:
            return None
        mine, base = self.fields(), self._read_fields
        self.view = self.reread()
        self.show_view(self.view)
        self.remember_read()
        result = reapply(base, mine, self._read_fields)
        for name in result.mine:
            self.set_field(name, result.fields[name])
        self.errors.clear()
        words = ReapplyWords()
        for key, theirs in result.conflicts.items():
            self.errors.note(self._field_key(key), words.changed_by_other(theirs))
        self.button_reapply.hide()
        self.problem.setText(words.reloaded(len(result.conflicts)))
        self.problem.show()
        self.adjustSize()  # the marks under the fields take room
        return result

    def _set_names(self, edits: dict[str, QLineEdit], values: dict[str, str]) -> None:
        for lang, edit in edits.items():
            edit.setText(values.get(lang, ""))

    @staticmethod
    def _names_of(names: dict[str, str], main: str | None) -> dict[str, str]:
        """A view's names as the form shows them: English is the main name."""
        return {lang: (names.get(lang) or (main or "") if lang == "en" else names.get(lang, ""))
                for lang, _language in LANGS}

    def _saved(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def save(self) -> None:  # pragma: no cover - every subclass saves its own way
        raise NotImplementedError


class AdministrationDialog(_EntryDialog):
    """Add a partner administration, or edit one (``view``)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None,
                 view: directory.AdministrationView | None = None) -> None:
        super().__init__(desk, parent, "administration_dialog",
                         self.tr("Edit administration") if view else self.tr("Add administration"))
        self.view = view
        self.names = self.names_rows("name", self.tr("Name"), view.names if view else {},
                                     view.name if view else "")
        self.country = self.line("country", self.tr("Country (ISO, e.g. US):"), view.country if view else "")
        self.country.setMaxLength(2)
        self.address = QPlainTextEdit(view.address or "" if view else "")
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.errors.row(self.form, "address", self.tr("Postal address:"), self.address)
        self.remember_read()

    def fields(self) -> dict[str, Any]:
        return {"names": self.texts(self.names), "country": self.country.text(),
                "address": self.address.toPlainText()}

    def set_field(self, name: str, value: Any) -> None:
        if name == "names":
            self._set_names(self.names, value or {})
        elif name == "country":
            self.country.setText(value or "")
        elif name == "address":
            self.address.setPlainText(value or "")

    def reread(self) -> Any:
        return next(a for a in directory.administrations(self.desk) if a.id == self.view.id)

    def show_view(self, view: Any) -> None:
        self.set_field("names", self._names_of(view.names, view.name))
        self.set_field("country", view.country)
        self.set_field("address", view.address)

    def save(self) -> None:
        """Add or change the administration."""
        names = self.texts(self.names)
        country, address = self.country.text(), self.address.toPlainText()
        view = self.view
        if view is None:
            self.run(lambda desk: directory.add_administration(
                desk, name=names["en"], country=country, address=address,
                names={k: v for k, v in names.items() if v.strip()}))
        else:
            version = view.version
            self.run(lambda desk: directory.edit_administration(
                desk, view.id, name=names["en"], country=country, address=address, names=names,
                expected_version=version))


class OfficialDialog(_EntryDialog):
    """Add a designated official (Art. 7.3) under an agreement, or edit one (``view``)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None,
                 view: directory.OfficialView | None = None, agreement: str | None = None) -> None:
        super().__init__(desk, parent, "official_dialog",
                         self.tr("Edit designated official") if view
                         else self.tr("Add designated official (Art. 7.3)"))
        self.view = view
        self.agreement = QComboBox()
        self.agreement.setObjectName("official_agreement")
        if view is not None:
            self.agreement.addItem(self.tr("every agreement with the administration"), "")
        for a in list_agreements(desk):
            self.agreement.addItem(agreement_words(a.short_title), a.key)
        wanted = (view.agreement_key or "") if view is not None else agreement
        if wanted is not None:
            self.agreement.setCurrentIndex(max(0, self.agreement.findData(wanted)))
        self.errors.row(self.form, "agreement", self.tr("Designated under:"), self.agreement)
        self.administration = QComboBox()
        self.administration.setObjectName("official_administration")
        self.admins = [a for a in directory.administrations(desk) if not a.is_own]
        self.administration.addItem(self.tr("the agreement's partner administration"), None)
        for a in self.admins:
            self.administration.addItem(f"{a.name} ({a.country})", a.id)
        if view is not None:
            self.administration.setCurrentIndex(max(0, self.administration.findData(view.administration_id)))
            self.administration.setEnabled(False)  # an official stays with their administration
        self.errors.row(self.form, "administration_id", self.tr("Administration:"), self.administration)
        self.names = self.names_rows("name", self.tr("Name"), view.names if view else {},
                                     view.name if view else "", obj="official_name")
        titles = view.titles if view else {}
        self.titles = self.names_rows("title", self.tr("Title"), titles, (view.title or "") if view else "",
                                      obj="official_title")
        self.email = self.line("email", self.tr("E-mail:"), (view.email or "") if view else "",
                               obj="official_email")
        self.phone = self.line("phone", self.tr("Telephone:"), (view.phone or "") if view else "",
                               obj="official_phone")
        self.active = QCheckBox(self.tr("Designated now (letters are addressed to this official)"))
        self.active.setObjectName("official_active")
        self.active.setChecked(view.active if view else True)
        self.active.setVisible(view is not None)
        self.form.addRow(self.active)
        self.remember_read()

    def fields(self) -> dict[str, Any]:
        return {"names": self.texts(self.names), "titles": self.texts(self.titles),
                "agreement": self.agreement.currentData(), "email": self.email.text(),
                "phone": self.phone.text(), "active": self.active.isChecked()}

    def set_field(self, name: str, value: Any) -> None:
        if name in ("names", "titles"):
            self._set_names(getattr(self, name), value or {})
        elif name == "agreement":
            self.agreement.setCurrentIndex(max(0, self.agreement.findData(value or "")))
        elif name in ("email", "phone"):
            getattr(self, name).setText(value or "")
        elif name == "active":
            self.active.setChecked(bool(value))

    def reread(self) -> Any:
        return next(o for o in directory.list_officials(self.desk) if o.id == self.view.id)

    def show_view(self, view: Any) -> None:
        self.set_field("names", self._names_of(view.names, view.name))
        self.set_field("titles", self._names_of(view.titles, view.title))
        self.set_field("agreement", view.agreement_key or "")
        self.set_field("email", view.email)
        self.set_field("phone", view.phone)
        self.set_field("active", view.active)

    def save(self) -> None:
        """Add or change the official."""
        names, titles = self.texts(self.names), self.texts(self.titles)
        agreement, adm = self.agreement.currentData(), self.administration.currentData()
        email, phone, active = self.email.text(), self.phone.text(), self.active.isChecked()
        view = self.view
        if view is None:
            self.run(lambda desk: directory.add_official(
                desk, agreement=agreement or None, administration_id=adm, name=names["en"],
                title=titles["en"], email=email, phone=phone,
                names={k: v for k, v in names.items() if v.strip()},
                titles={k: v for k, v in titles.items() if v.strip()}))
        else:
            version = view.version
            self.run(lambda desk: directory.edit_official(
                desk, view.id, name=names["en"], title=titles["en"], email=email, phone=phone,
                agreement=agreement or None, active=active, names=names, titles=titles,
                expected_version=version))


class DomesticAuthorityDialog(_EntryDialog):
    """Add a domestic authority (police, prosecutors, coast guard, a ministry), or edit one."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, view: Any = None) -> None:
        super().__init__(desk, parent, "domestic_authority_dialog",
                         self.tr("Edit authority") if view else self.tr("Add authority"))
        self.view = view
        self.names = self.names_rows("name", self.tr("Name"), view.names if view else {},
                                     view.name if view else "", obj="authority_name")
        self.kind = QComboBox()
        self.kind.setObjectName("authority_kind")
        for k in AUTHORITY_KINDS:
            self.kind.addItem(self.tr(k), k)
        if view is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind)))
        self.errors.row(self.form, "kind", self.tr("Kind:"), self.kind)
        self.country = self.line("country", self.tr("Country (ISO):"), (view.country or "") if view else "JP",
                                 obj="authority_country")
        self.country.setEnabled(view is None)
        self.active = QCheckBox(self.tr("On the list (information may be passed to it)"))
        self.active.setChecked(view.active if view else True)
        self.active.setVisible(view is not None)
        self.form.addRow(self.active)
        self.remember_read()

    def fields(self) -> dict[str, Any]:
        return {"names": self.texts(self.names), "kind": self.kind.currentData(),
                "active": self.active.isChecked()}

    def set_field(self, name: str, value: Any) -> None:
        if name == "names":
            self._set_names(self.names, value or {})
        elif name == "kind":
            self.kind.setCurrentIndex(max(0, self.kind.findData(value)))
        elif name == "active":
            self.active.setChecked(bool(value))

    def reread(self) -> Any:
        return next(a for a in list_authorities(self.desk, include_inactive=True) if a.id == self.view.id)

    def show_view(self, view: Any) -> None:
        self.set_field("names", self._names_of(view.names, view.name))
        self.set_field("kind", view.kind)
        self.set_field("active", view.active)

    def save(self) -> None:
        """Add or change the authority."""
        names, kind = self.texts(self.names), self.kind.currentData()
        country, active, view = self.country.text() or None, self.active.isChecked(), self.view
        if view is None:
            self.run(lambda desk: add_authority(desk, names["en"], kind, country=country,
                                                names={k: v for k, v in names.items() if v.strip()}))
        else:
            version = view.version
            self.run(lambda desk: directory.edit_authority(desk, view.id, name=names["en"], kind=kind,
                                                           active=active, names=names,
                                                           expected_version=version))


def _others(names: dict[str, str], main: str) -> str:
    return " / ".join(v for k, v in sorted(names.items()) if v and v != main)


class DirectoryDialog(QDialog):
    """Three lists with Add and Edit: administrations, designated officials, authorities."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("directory_dialog")
        self.setWindowTitle(self.tr("Directory"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("directory_tabs")
        self.officials = self._tree("officials", (self.tr("Name"), self.tr("Other languages"), self.tr("Title"),
                                                 self.tr("Administration"), self.tr("Designated under")))
        self.administrations = self._tree("administrations", (self.tr("Name"), self.tr("Other languages"),
                                                              self.tr("Country"), self.tr("Officials")))
        self.authorities = self._tree("authorities", (self.tr("Name"), self.tr("Other languages"),
                                                      self.tr("Kind"), self.tr("Country")))
        self.tabs.addTab(self._page(self.officials, self.tr("&Add official…"), self.add_official,
                                    self.edit_official,
                                    self.tr("Letters are addressed to the official designated under "
                                            "the request's agreement (Art. 7.3).")),
                         self.tr("Designated &officials"))
        self.tabs.addTab(self._page(self.administrations, self.tr("&Add administration…"),
                                    self.add_administration, self.edit_administration,
                                    self.tr("Customs Administrations, yours and your partners'.")),
                         self.tr("Admi&nistrations"))
        self.tabs.addTab(self._page(self.authorities, self.tr("&Add authority…"), self.add_authority,
                                    self.edit_authority,
                                    self.tr("Police, prosecutors, coast guard, other ministries: "
                                            "where information may be passed (Art. 9, 10).")),
                         self.tr("Domestic a&uthorities"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(close)
        self.resize(860, 480)
        self.reload()
        follow_changes(self, ("administration", "designated_official", "authority", "agreement"),
                       lambda _changes: self.reload())

    def _tree(self, name: str, headers: tuple[str, ...]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(f"directory_{name}")
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels(list(headers))
        style_tree(tree)
        tree.header().setStretchLastSection(True)
        return tree

    def _page(self, tree: QTreeWidget, add_text: str, add: Any, edit: Any, intro: str) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        label = QLabel(intro)
        label.setWordWrap(True)
        box.addWidget(label)
        box.addWidget(tree)
        row = QHBoxLayout()
        add_button = QPushButton(add_text)
        add_button.setObjectName(f"{tree.objectName()}_add")
        add_button.clicked.connect(add)
        edit_button = QPushButton(self.tr("&Edit…"))
        edit_button.setObjectName(f"{tree.objectName()}_edit")
        edit_button.clicked.connect(edit)
        tree.itemDoubleClicked.connect(lambda *_: edit())
        row.addWidget(add_button)
        row.addWidget(edit_button)
        row.addStretch(1)
        box.addLayout(row)
        return page

    def reload(self) -> None:
        """Re-read the three lists."""
        self.official_views = directory.list_officials(self.desk)
        self.admin_views = directory.administrations(self.desk)
        self.authority_views = list_authorities(self.desk, include_inactive=True)
        every = self.tr("every agreement")
        titles = {a.key: agreement_words(a.short_title) for a in list_agreements(self.desk)}
        self._fill(self.officials, self.official_views, lambda o: (
            o.name + ("" if o.active else self.tr(" (no longer designated)")), _others(o.names, o.name),
            o.title or "", o.administration, titles.get(o.agreement_key or "", o.agreement_key) or every))
        self._fill(self.administrations, self.admin_views, lambda a: (
            a.name + (self.tr(" (yours)") if a.is_own else ""), _others(a.names, a.name), a.country,
            str(a.officials)))
        self._fill(self.authorities, self.authority_views, lambda a: (
            a.name + ("" if a.active else self.tr(" (off the list)")), _others(a.names, a.name),
            self.tr(a.kind), a.country or ""))

    @staticmethod
    def _fill(tree: QTreeWidget, views: list, columns: Any) -> None:
        tree.clear()
        for view in views:
            item = QTreeWidgetItem(list(columns(view)))
            item.setData(0, Qt.ItemDataRole.UserRole, view)
            tree.addTopLevelItem(item)
        for col in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(col)
            tree.setColumnWidth(col, min(tree.columnWidth(col), 280))

    @staticmethod
    def _selected(tree: QTreeWidget) -> Any:
        item = tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    def add_official(self) -> QDialog:
        """Open the form for a new designated official."""
        return self._open(OfficialDialog(self.desk, self))

    def edit_official(self) -> QDialog | None:
        """Open the selected official's form."""
        view = self._selected(self.officials)
        return self._open(OfficialDialog(self.desk, self, view)) if view else None

    def add_administration(self) -> QDialog:
        """Open the form for a new administration."""
        return self._open(AdministrationDialog(self.desk, self))

    def edit_administration(self) -> QDialog | None:
        """Open the selected administration's form."""
        view = self._selected(self.administrations)
        return self._open(AdministrationDialog(self.desk, self, view)) if view else None

    def add_authority(self) -> QDialog:
        """Open the form for a new domestic authority."""
        return self._open(DomesticAuthorityDialog(self.desk, self))

    def edit_authority(self) -> QDialog | None:
        """Open the selected authority's form."""
        view = self._selected(self.authorities)
        return self._open(DomesticAuthorityDialog(self.desk, self, view)) if view else None
