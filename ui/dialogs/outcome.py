"""Refuse, postpone, condition, withhold (Art. 11) or leave withholding after consultation (11.3).

The grounds come from the agreement's catalogue (only those allowed for the chosen outcome); the
problems shown live are the service's ``check_transition``, and OK stays disabled until there are
none. The write itself is ``app.services.requests.commands.transition``, run as an op
(``ui.dialogs.saving``): the dialog closes once it is stored, or shows the refusal and stays.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.settings import read_setting
from app.services.agreements.catalogue import get_spec
from app.services.context import Desk
from app.services.requests import commands as svc
from app.services.requests.views import RequestView
from app.services.texts import TEXT_LANGUAGES
from app.services.validation import ServiceError, parse_date
from app.treaty.errors import RuleViolation
from app.treaty.lifecycle import ONGOING_PROCEEDINGS_GROUND, Status
from ui.dialogs.saving import SavesByOp
from ui.i18n import agreement_words, article_text, catalogue_label, english_text_note
from ui.widgets.labels import status_label
from ui.widgets.messages import shorten, violation_text

_ERROR_STYLE = "color: #b00020;"
#: Outcomes that cannot go ahead, so Art. 11.4 asks for a statement of reasons.
NOT_EXECUTED = ("refused", "postponed", "withheld")
#: The texts a statement of reasons prints, kept in each language (app.services.texts).
TEXT_EDITS = {"statement": "statement_edit", "conditions": "conditions_edit",
              "accompanying_info": "accompanying_edit"}


class OutcomeDialog(SavesByOp, QDialog):
    """Record ``target_status`` for request ``ref`` with what Art. 11 asks for it.

    After ``exec()`` returns Accepted, ``result_view`` holds the updated request.
    """

    def __init__(self, desk: Desk, ref: str, target_status: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_dialog")
        self.desk = desk
        self.ref = ref
        self.target = Status(target_status).value
        self.view: RequestView = svc.get_request(desk, ref)
        self.spec = get_spec(desk, self.view.agreement_key)
        self.result_view: RequestView | None = None
        self._leaving_withheld = self.view.status == Status.WITHHELD.value
        self._captions: dict[str, str] = {"status": self.tr("Status")}
        self._build()
        self._refresh()

    # -- layout -------------------------------------------------------------------------------

    def _titles(self) -> tuple[str, str]:
        if self._leaving_withheld:
            # Every move out of withholding records what the consultation decided (Art. 11.3).
            return (self.tr("Record the consultation outcome"),
                    self.tr("Assistance was withheld for consultation (Art. 11.3). Record what "
                            "was agreed with the requesting administration; the request then "
                            "becomes: {status}.").format(status=self.target))
        titles = {
            "refused": (self.tr("Refuse assistance"),
                        self.tr("Refusal needs at least one ground and a statement of reasons "
                                "(Art. 11.1, 11.4).")),
            "postponed": (self.tr("Postpone assistance"),
                          self.tr("Postponement needs at least one ground and a statement of "
                                  "reasons (Art. 11.4); say until when if known.")),
            "conditional": (self.tr("Assist subject to conditions"),
                            self.tr("State the conditions or requirements (Art. 11.1).")),
            "withheld": (self.tr("Withhold for consultation"),
                         self.tr("Assistance would interfere with ongoing proceedings; the "
                                 "requesting administration is consulted (Art. 11.3).")),
            "partially-executed": (self.tr("Executed in part"),
                                   self.tr("Say on which grounds the rest was not given.")),
        }
        return titles.get(self.target, (self.tr("Change status to {s}").format(s=status_label(self.target)), ""))

    def _build(self) -> None:
        title, intro = self._titles()
        self.setWindowTitle(self.tr("{title} \u2014 {ref}").format(title=title, ref=self.ref))
        heading = QLabel(f"<b>{html.escape(title)}</b> \u2014 {html.escape(self.ref)}"
                         f"<br>{html.escape(shorten(self.view.title or '', 200))}")
        heading.setObjectName("outcome_heading")
        heading.setWordWrap(True)  # a 300-character title must not widen the dialog
        heading.setToolTip(self.view.title or "")
        explain = QLabel(intro)
        explain.setWordWrap(True)
        form = QFormLayout()
        self._form = form
        self.grounds_list = QListWidget()
        self.grounds_list.setObjectName("grounds_list")
        for ground in self.spec.grounds_for(self.target):
            article = article_text(ground.article) if ground.article else "\u2014"
            item = QListWidgetItem(f"{article} \u2014 {catalogue_label(ground)}")
            item.setData(Qt.ItemDataRole.UserRole, ground.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            preset = self.target == "withheld" and ground.code == ONGOING_PROCEEDINGS_GROUND
            item.setCheckState(Qt.CheckState.Checked if preset else Qt.CheckState.Unchecked)
            item.setToolTip(self._ground_tip(ground))
            self.grounds_list.addItem(item)
        self.grounds_list.itemChanged.connect(self._refresh)
        # A click on a ground's words ticks it as a click on its box does (a label is part of
        # its checkbox); a click on the box itself is toggled by the view already.
        self._pressed_state: Qt.CheckState | None = None
        self.grounds_list.itemPressed.connect(
            lambda item: setattr(self, "_pressed_state", item.checkState()))
        self.grounds_list.itemClicked.connect(self._toggle_clicked_ground)
        self.grounds_list.setFixedHeight(self._grounds_height())
        self._grounds_row = self._add(form, self.tr("Grounds"), self.grounds_list, key="grounds")
        form.setRowVisible(self._grounds_row, self.grounds_list.count() > 0)

        # The texts a letter prints, in each of the agreement's languages: one shown at a time.
        default = read_setting(self.desk, "text_language")
        self._shown_lang = default if default in TEXT_LANGUAGES else "en"
        self._versions: dict[str, dict[str, str]] = {name: {} for name in TEXT_EDITS}
        self.statement_edit = self._text("statement_edit")
        need = self.target in ("refused", "postponed")
        label = (self.tr("Statement of reasons (required) \u2014 Art. 11.4") if need
                 else self.tr("Statement of reasons \u2014 Art. 11.4"))
        row = self._add(form, label, self.statement_edit, key="statement")
        form.setRowVisible(row, self.target in NOT_EXECUTED + ("conditional", "partially-executed"))

        self.conditions_edit = self._text("conditions_edit")
        row = self._add(form, self.tr("Conditions or requirements \u2014 Art. 11.1"),
                        self.conditions_edit, key="conditions")
        form.setRowVisible(row, self.target == "conditional")

        self.postponed_until = QLineEdit()
        self.postponed_until.setObjectName("postponed_until")
        self.postponed_until.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.postponed_until.textChanged.connect(self._refresh)
        row = self._add(form, self.tr("Postponed until"), self.postponed_until,
                        key="postponed_until")
        form.setRowVisible(row, self.target == "postponed")

        self.accompanying_edit = self._text("accompanying_edit")
        row = self._add(form, self.tr("Information to help pursue the matter (optional) "
                                      "\u2014 Art. 11.4"), self.accompanying_edit,
                        key="accompanying_info")
        form.setRowVisible(row, self.target in NOT_EXECUTED)

        self.text_lang = QComboBox(objectName="outcome_text_lang")
        self.text_lang.setToolTip(self.tr("The language of the texts below: each letter prints the "
                                          "version in its own language"))
        names = {"en": self.tr("English"), "ja": self.tr("Japanese"), "es": self.tr("Spanish")}
        self._lang_names = names
        for code in TEXT_LANGUAGES:
            if code in self.spec.languages or code == self._shown_lang:
                self.text_lang.addItem(names[code], code)
        self.text_lang.setCurrentIndex(max(0, self.text_lang.findData(self._shown_lang)))
        self.text_lang.currentIndexChanged.connect(
            lambda _i: self.show_text_language(self.text_lang.currentData()))
        # Under the texts, not above: Tab goes from the grounds straight to the statement.
        self._text_lang_row = self._add(form, self.tr("Texts above in"), self.text_lang, wrap=False)
        self.versions_missing = QLabel(objectName="outcome_versions_missing")
        self.versions_missing.setWordWrap(True)
        self.versions_missing.setTextFormat(Qt.TextFormat.PlainText)
        self.versions_missing.setStyleSheet(_ERROR_STYLE)
        form.addRow("", self.versions_missing)

        self.consultation_edit = self._text("consultation_edit")
        row = self._add(form, self.tr("Outcome of the consultation (required) \u2014 Art. 11.3"),
                        self.consultation_edit, key="consultation_outcome")
        form.setRowVisible(row, self._leaving_withheld)

        texts_shown = self.target in NOT_EXECUTED + ("conditional", "partially-executed")
        form.setRowVisible(self._text_lang_row, texts_shown)
        form.setRowVisible(self.versions_missing, False)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason_edit")
        self._add(form, self.tr("History note (optional)"), self.reason_edit, wrap=False,
                  key="reason")

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems_label")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(_ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.button_ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.button_ok.setObjectName("button_ok")
        self.button_ok.setText(title)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("button_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)
        # A move with grounds and statements needs room; a plain one (executed, closed) does not.
        # Never smaller than what the shown rows need (text boxes have fixed heights and would
        # otherwise overlap the rows beneath them).
        self.resize(720, max(self.sizeHint().height(), 600 if self.grounds_list.count() else 260))

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(80)
        edit.textChanged.connect(self._refresh)
        return edit

    def _toggle_clicked_ground(self, item: QListWidgetItem) -> None:
        if self._pressed_state is not None and item.checkState() == self._pressed_state:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
        self._pressed_state = None

    def _grounds_height(self) -> int:
        # Every ground visible without scrolling (up to a cap): a hidden ground is one the
        # officer never considers. Measured after polishing, when rows have their real height.
        self.grounds_list.ensurePolished()
        # Per pixel: per item, Qt keeps a scroll bar for the last row even when all rows fit.
        self.grounds_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        rows = sum(self.grounds_list.sizeHintForRow(i) for i in range(self.grounds_list.count()))
        frame = 2 * self.grounds_list.frameWidth() + 4
        return min(320, max(rows, self.grounds_list.fontMetrics().height()) + frame)

    def _add(self, form: QFormLayout, label: str, widget: QWidget, *, wrap: bool = True,
             key: str = "") -> QWidget:
        if key:
            self._captions[key] = label
        caption = QLabel(label)
        caption.setWordWrap(wrap)
        caption.setBuddy(widget)
        form.addRow(caption, widget)
        return widget

    def _ground_tip(self, ground) -> str:
        parts = [html.escape(agreement_words(ground.description))]
        if ground.article:
            try:
                text = self.spec.article_text(ground.article)
            except KeyError:
                text = None
            if text:
                note = english_text_note()
                parts.append(f"<i>{html.escape(article_text(ground.article))}</i>"
                             + (f" ({html.escape(note)})" if note else "") + ": "
                             + html.escape(text).replace("\n", "<br>"))
        return "<p>" + "<br><br>".join(parts) + "</p>"

    # -- values -------------------------------------------------------------------------------

    def grounds(self) -> list[str]:
        """Codes of the checked grounds, in catalogue order."""
        return [str(self.grounds_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.grounds_list.count())
                if self.grounds_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_grounds(self, codes: list[str]) -> None:
        """Check exactly these ground codes."""
        for i in range(self.grounds_list.count()):
            item = self.grounds_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # -- texts in each language ---------------------------------------------------------------

    def _stash(self) -> None:
        for name, edit in TEXT_EDITS.items():
            self._versions[name][self._shown_lang] = getattr(self, edit).toPlainText()

    def show_text_language(self, lang: str) -> None:
        """Show the statement, conditions and accompanying information in ``lang`` (what was
        typed in the other language is kept)."""
        self._stash()
        self._shown_lang = lang
        self.text_lang.blockSignals(True)
        self.text_lang.setCurrentIndex(max(0, self.text_lang.findData(lang)))
        self.text_lang.blockSignals(False)
        for name, edit in TEXT_EDITS.items():
            widget = getattr(self, edit)
            widget.blockSignals(True)
            widget.setPlainText(self._versions[name].get(lang, ""))
            widget.blockSignals(False)
        self._refresh()

    def text_versions(self) -> dict[str, dict[str, str]]:
        """Each text's non-blank versions, ``{field: {lang: text}}``."""
        self._stash()
        return {name: {lang: t for lang, t in by_lang.items() if t.strip()}
                for name, by_lang in self._versions.items()}

    def _text_value(self, versions: dict[str, str]) -> dict[str, str] | None:
        return dict(versions) or None

    def _missing_line(self) -> str:
        langs = [c for c in TEXT_LANGUAGES if c in self.spec.languages]
        captions = {"statement": self.tr("statement of reasons"), "conditions": self.tr("conditions"),
                    "accompanying_info": self.tr("information to help pursue the matter")}
        lines = []
        for lang in langs:
            missing = [captions[n] for n, v in self.text_versions().items() if v and lang not in v]
            if missing:
                lines.append(self.tr("{language} version missing: {fields}").format(
                    language=self._lang_names[lang], fields=", ".join(missing)))
        return "\n".join(lines)

    def _values(self) -> dict:
        versions = self.text_versions()
        return {
            "grounds": self.grounds(),
            "statement": self._text_value(versions["statement"]),
            "conditions": self._text_value(versions["conditions"]),
            "accompanying_info": self._text_value(versions["accompanying_info"]),
            "postponed_until": self.postponed_until.text() or None,
            "consultation_outcome": self.consultation_edit.toPlainText() or None,
            "reason": self.reason_edit.text() or None,
        }

    def problems(self) -> list[RuleViolation]:
        """What stops the change now: an unreadable date, or the rules' ``check_transition``."""
        values = self._values()
        try:
            until = parse_date("postponed_until", values["postponed_until"])
        except ServiceError as exc:
            return [exc]
        def any_version(by_lang: dict[str, str] | None) -> str | None:
            return next(iter(by_lang.values()), None) if by_lang else None

        return svc.check_transition(
            self.desk, self.ref, self.target, grounds=values["grounds"],
            statement=any_version(values["statement"]), conditions=any_version(values["conditions"]),
            postponed_until=until, consultation_outcome=values["consultation_outcome"])

    def problem_text(self, problem: RuleViolation) -> str:
        """One problem as shown: the field by its caption ("Statement of reasons ..."), not by
        its service key, and never longer than a line."""
        return violation_text(problem, self._captions.get(problem.field))

    def _refresh(self, *_args: object) -> None:
        if hasattr(self, "text_lang"):  # built: say which language version is still missing
            missing = self._missing_line()
            self.versions_missing.setText(missing)
            self._form.setRowVisible(self.versions_missing, bool(missing) and self._form.isRowVisible(self.text_lang))
        problems = [self.problem_text(p) for p in self.problems()]
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self.button_ok.setEnabled(not problems)
        self.button_ok.setToolTip("\n".join(problems))

    def accept(self) -> None:
        """Record the change through the service (an op: this returns before it is stored);
        the dialog closes once it is, or shows the refusal and stays open."""
        if self.busy or self.problems():
            return
        values = self._values()  # read here: the write thread touches no widget
        ref, target = self.ref, self.target
        self.save_by_op(lambda desk: svc.transition(desk, ref, target, **values),
                        saved=self._saved, refused=self._refused)

    def _saved(self, view: RequestView) -> None:
        self.result_view = view
        super().accept()

    def _refused(self, exc: RuleViolation) -> None:
        self.problems_label.setText(self.problem_text(exc))
        self.problems_label.show()
