"""The detail pane of the request list: one request in full, read-only, with its actions.

Shows the Art. 7.2 elements (what is missing, named with its article), the legal bases (hover:
the article's text from the agreement catalogue), clocks with how they were computed, linked
subjects, information items with their restrictions, documents, outcomes and the status history.
The Edit / Letters buttons sit on top, where a wrapping title cannot move them, then the heading
and the workflow bar (another engineer's widget).
"""

from __future__ import annotations

import html
import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.agreements.catalogue import get_spec
from app.services.context import Desk
from app.services.requests import commands as svc
from app.services.requests import listing as rl
from app.services.requests.views import ELEMENT_FIELDS, RequestView
from app.treaty.completeness import is_spontaneous
from ui.i18n import agreement_words, article_text, catalogue_label, date_text, render, violation_line
from ui.ops import DeskOp, follow_changes, refusal
from ui.tasks import Task
from ui.widgets.labels import (
    direction_label,
    ground_label,
    item_direction_label,
    letter_kind_label,
    status_label,
)
from ui.widgets.watch_line import WatchCheck, watched

#: The Art. 7.2 elements: (letter, caption), captions translated where shown (``self.tr``).
ELEMENT_LABELS = {
    "requesting_administration": (
        "a", QT_TRANSLATE_NOOP("RequestDetail", "Administration making the request")),
    "nature_of_proceedings": (
        "b", QT_TRANSLATE_NOOP("RequestDetail", "Nature of the proceedings")),
    "object_and_reason": (
        "c", QT_TRANSLATE_NOOP("RequestDetail", "Object of and reason for the request")),
    "parties_concerned": ("d", QT_TRANSLATE_NOOP("RequestDetail", "Parties concerned")),
    "description_and_legal_elements": (
        "e", QT_TRANSLATE_NOOP("RequestDetail", "Description of the matter and legal elements")),
}

#: Spontaneous information (Art. 3.1, 4.3) in the same fields, read as information, main first.
SPONTANEOUS_LABELS = {
    "requesting_administration":
        QT_TRANSLATE_NOOP("RequestDetail", "Administration giving the information"),
    "object_and_reason": QT_TRANSLATE_NOOP("RequestDetail", "Information provided"),
    "description_and_legal_elements":
        QT_TRANSLATE_NOOP("RequestDetail", "Customs offence it may concern"),
    "parties_concerned":
        QT_TRANSLATE_NOOP("RequestDetail", "Persons, firms or transport concerned"),
    "nature_of_proceedings":
        QT_TRANSLATE_NOOP("RequestDetail", "Kind of information or proceedings"),
}
#: An information item's restrictions as ``app.services.requests.listing.related`` marks them,
#: in words (a mark not listed shows as it is).
RESTRICTION_MARKS = {
    "confidential (9.3)": QT_TRANSLATE_NOOP("RequestDetail", "confidential (9.3)"),
    "no law enforcement (9.2)": QT_TRANSLATE_NOOP("RequestDetail", "no law enforcement (9.2)"),
    "not as evidence (10.1)": QT_TRANSLATE_NOOP("RequestDetail", "not as evidence (10.1)"),
}


def lazy_widget(module: str, name: str):  # a class or None
    """A class from a module another engineer writes, or None if this build lacks it."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _label(text: str = "", name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if name:
        label.setObjectName(name)
    return label


class _CaptionAbove(QFormLayout):
    """A form for the narrow pane: each caption on its own line above its value, both wrapping
    to the pane's width. (In a wrapped ``QFormLayout`` row the caption keeps its one-line width:
    "(e) Description of the matter and legal elements:" widened the body past the pane and hid
    the right edge of every value behind a sideways scroll bar.)"""

    def addRow(self, *args) -> None:  # QFormLayout.addRow overloads
        if len(args) == 2 and isinstance(args[0], str):
            caption = _label(args[0])
            caption.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            super().addRow(caption)
            super().addRow(args[1])
            return
        super().addRow(*args)


class RequestDetail(QWidget):
    """Detail of the selected request; ``show_ref(ref)`` or ``show_ref(None)`` to clear.

    Follows the change broadcast (``ui.ops``): a write that touches requests, agreements (a
    termination caps clocks) or subjects re-reads the shown request, whoever made it."""

    #: What the pane shows besides the request's own rows (which all point at the request).
    FOLLOWS = ("request", "agreement", "subject", "field_kit")

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request_detail")
        self.desk = desk
        self.view: RequestView | None = None
        self.in_field: tuple | None = None  # (kit code, since) while a field kit carries it
        self.watch_label: QLabel | None = None  # this request's watch-list line (Art. 4.2)
        self.watch = WatchCheck(desk, self)  # outlives the lines: one fetch at a time
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = _label("", "detail_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        bar_cls = lazy_widget("ui.widgets.workflow_bar", "WorkflowBar")
        if bar_cls is not None:
            self.workflow = bar_cls(desk, self)
        else:
            self.workflow = _label(self.tr("Workflow actions are not available in this build."),
                                   "workflow_unavailable")
        outer.addWidget(self.workflow)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("detail_edit")
        self.edit_button.clicked.connect(self.edit)
        self.letters_button = QPushButton(self.tr("&Letters…"))
        self.letters_button.setObjectName("detail_letters")
        self.letters_button.setToolTip(self.tr("Print the formal letters of this request (Ctrl+P)"))
        self.letters_button.clicked.connect(self.letters)
        self.link_button = QPushButton(self.tr("Lin&k subject\u2026"))
        self.link_button.setObjectName("detail_link_subject")
        self.link_button.setToolTip(self.tr(
            "Link a surveillance subject (a person, goods or a means of transport) to this "
            "request (Art. 4.2)"))
        self.link_button.clicked.connect(self.link_subject)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.letters_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        # The buttons first: a title that wraps to more lines (or a workflow bar with more
        # moves) must not move them from under the officer's pointer between requests.
        outer.insertLayout(0, buttons)
        outer.insertWidget(1, self.heading)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setObjectName("detail_scroll")
        outer.addWidget(scroll, 1)
        self.show_ref(None)
        follow_changes(self, self.FOLLOWS, self._reread)

    # -- filling -----------------------------------------------------------------------------
    def _clear_body(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Detach now: deleteLater alone leaves it painted under the new content.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def show_ref(self, ref: str | None) -> None:
        """Show request ``ref`` (None: nothing selected)."""
        self._clear_body()
        self.watch.forget()  # a fetch still running answers for what was shown before
        self.watch_label = None
        self.view = svc.get_request(self.desk, ref) if ref else None
        if hasattr(self.workflow, "set_request"):
            self.workflow.set_request(self.view)
        self.edit_button.setEnabled(self.view is not None)
        self.letters_button.setEnabled(self.view is not None)
        self.link_button.setEnabled(self.view is not None
                                    and self.view.status not in ("closed", "withdrawn"))
        if self.view is None:
            self.heading.setText(self.tr("<i>Select a request to see it here.</i>"))
            return
        v = self.view
        self.heading.setText(
            f"<b>{html.escape(v.our_ref)}</b> — {html.escape(v.title or '')}<br>"
            f"<small>{html.escape(direction_label(v.direction))} · "
            f"{html.escape(agreement_words(v.agreement_short))} · "
            + self.tr("status: {0}").format(f"<b>{html.escape(status_label(v.status))}</b>")
            + "</small>")
        from app.services.kit.conflicts import field_kit_out

        self.in_field = field_kit_out(self.desk, "request", v.our_ref)
        if self.in_field is not None:
            self.heading.setText(self.heading.text() + "<br><span style='color:#1e3a5f'>" + html.escape(
                self.tr("In the field: kit {0} since {1:%Y-%m-%d}").format(*self.in_field))
                + "</span>")
        self._watch(v)
        self._bases(v)
        self._elements(v)
        self._clocks(v)
        self._outcomes(v)
        self._related(v)
        self._history(v)
        self.body_layout.addStretch(1)

    def _group(self, title: str, name: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = _CaptionAbove(box)
        self.body_layout.addWidget(box)
        return form

    # -- watch list (Art. 4.2) -------------------------------------------------------------------
    def _watch(self, v: RequestView) -> None:
        """Whether a party this received request names is on the watch list (``WatchCheck``)."""
        if not watched(v):
            return
        self.watch_label = WatchCheck.make_label()
        self._group(self.tr("Watch list (Art. 4.2)"), "detail_watch").addRow(self.watch_label)
        self.watch.check(v, self.watch_label)

    @property
    def watch_hits(self) -> list | None:
        """The shown request's watch-list hits; None while not known (yet)."""
        return self.watch.hits

    @property
    def watch_task(self) -> Task | None:
        """The watch-list fetch running on a worker, if any."""
        return self.watch.task

    def _bases(self, v: RequestView) -> None:
        form = self._group(self.tr("Legal bases"), "detail_bases")
        spec = get_spec(self.desk, v.agreement_key)
        # One basis a line: a long label wraps within the pane instead of widening it.
        row = QVBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for code in v.bases or ():
            ref = code
            try:
                basis = spec.basis(code)
                # A desk code that is no article reference ("4.3-spontaneous") is named by its
                # article; its text is that article's.
                if code != basis.article and not code.startswith(basis.article + "("):
                    ref = basis.article
                text = spec.article_text(ref) or self.tr("(text of {0} not known)").format(article_text(ref))
                label_text = f"{article_text(ref)} — {catalogue_label(basis)}"
            except KeyError:
                text, label_text = "", article_text(code)
            chip = _label(label_text, f"basis_{code}")
            chip.setToolTip(f"<p><b>{html.escape(article_text(ref))}</b></p><p>{html.escape(text)}</p>")
            chip.setFrameShape(QLabel.Shape.StyledPanel)
            row.addWidget(chip)
        if not v.bases:
            row.addWidget(_label(self.tr("none given"), "basis_none"))
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(holder)

    def _elements(self, v: RequestView) -> None:
        if is_spontaneous(v.direction):
            self._information(v)
            return
        form = self._group(self.tr("Art. 7.2 elements"), "detail_elements")
        missing = {f.field: f for f in v.completeness}
        for name in ELEMENT_FIELDS:
            letter, text = ELEMENT_LABELS[name]
            value = v.elements.get(name)
            if value:
                shown = _label(value, f"element_{name}")
            else:
                finding = missing.get(name)
                article = finding.article if finding else f"7.2({letter})"
                word = self.tr("missing") if not finding or finding.severity == "error" else self.tr("not given")
                shown = _label(f"⚠ {word} — {article_text(article)}", f"element_{name}")
                shown.setStyleSheet("color: #a40000;" if word == self.tr("missing") else "")
            form.addRow(f"({letter}) {self.tr(text)}:", shown)
        if v.reciprocity:
            form.addRow(self.tr("Reciprocity (11.2):"),
                        _label(v.reciprocity_note or render(v.reciprocity_explanation), "detail_reciprocity"))

    def _information(self, v: RequestView) -> None:
        """The same fields read as spontaneous information (Art. 3.1, 4.3): no ask, no 7.2."""
        form = self._group(self.tr("Information \u2014 Art. 3.1, 4.3"), "detail_elements")
        missing = {f.field: f for f in v.completeness}
        for name, text in SPONTANEOUS_LABELS.items():
            value = v.elements.get(name)
            finding = missing.get(name)
            if value:
                shown = _label(value, f"element_{name}")
            elif finding is not None:
                word = self.tr("missing") if finding.severity == "error" else self.tr("not given")
                shown = _label(f"⚠ {word} — {article_text(finding.article)}",
                               f"element_{name}")
                shown.setStyleSheet("color: #a40000;" if finding.severity == "error" else "")
            else:
                shown = _label(self.tr("not given"), f"element_{name}")
            form.addRow(f"{self.tr(text)}:", shown)

    def _clocks(self, v: RequestView) -> None:
        form = self._group(self.tr("Clocks"), "detail_clocks")
        if v.effective_due_on:
            form.addRow(self.tr("Due:"), _label(
                f"{date_text(v.effective_due_on)} — {render(v.effective_due_explanation)}"
                + (f"\n{render(v.due_explanation)}" if v.due_explanation else ""), "detail_due"))
        else:
            form.addRow(self.tr("Due:"), _label(self.tr("no due date"), "detail_due"))
        if v.form == "oral":
            state = v.confirmation_state or ""
            form.addRow(self.tr("Written confirmation (7.1):"), _label(
                self.tr("{0} — due {1} ({2})").format(state, date_text(v.confirmation_due_on),
                                                    render(v.confirmation_due_explanation)),
                "detail_oral"))
        form.addRow(self.tr("Officer:"), _label(v.assigned_to or self.tr("not assigned"), "detail_officer"))

    def _outcomes(self, v: RequestView) -> None:
        if not v.outcomes:
            return
        form = self._group(self.tr("Outcomes (Art. 11)"), "detail_outcomes")
        from app.services.agreements.grounds import grounds_by_code

        grounds = grounds_by_code(self.desk, v.agreement_key)
        for o in v.outcomes:
            # The catalogue's words ("Art. 11.1 — Infringes another substantial interest"),
            # one per line: the codes mean nothing to the officer.
            worded = "\n".join(f"• {ground_label(code, grounds.get(code))}" for code in o.grounds)
            lines = [self.tr("grounds:") + (f"\n{worded}" if worded else " —")]
            if o.statement:
                lines.append(self.tr("statement of reasons: {0}").format(o.statement))
            if o.conditions:
                lines.append(self.tr("conditions: {0}").format(o.conditions))
            if o.postponed_until:
                lines.append(self.tr("postponed until: {0}").format(o.postponed_until))
            form.addRow(f"{status_label(o.decision)} ({o.decided_at:%Y-%m-%d}):",
                        _label("\n".join(lines), f"outcome_{o.decision}"))

    def _related(self, v: RequestView) -> None:
        items, docs = rl.related(self.desk, v.our_ref)
        form = self._group(self.tr("Subjects, information and documents"), "detail_related")
        form.addRow(self.tr("Subjects (4.2):"),
                    _label(", ".join(v.subjects) or self.tr("none linked"), "detail_subjects"))
        form.addRow(self.tr("Information:"), _label(
            "\n".join(f"{i.code} {i.title} ({self._item_marks(i)})" for i in items)
            or self.tr("none"), "detail_items"))
        final = self.tr(", final")
        form.addRow(self.tr("Documents:"), _label(
            "\n".join(f"{d.filename} v{d.version} ({letter_kind_label(d.kind)}{final if d.final else ''})"
                      for d in docs) or self.tr("none"), "detail_documents"))

    def _item_marks(self, item) -> str:  # app.services.requests.listing.RelatedItem
        """An item's direction and restrictions in words ("Received; confidential (9.3)")."""
        marks = [self.tr(RESTRICTION_MARKS[m]) if m in RESTRICTION_MARKS else m for m in item.restrictions]
        return self.tr("{direction}; {restrictions}").format(
            direction=item_direction_label(item.direction), restrictions=self.tr(", ").join(marks) or "—")

    def _history(self, v: RequestView) -> None:
        form = self._group(self.tr("History"), "detail_history")
        for h in v.history:
            form.addRow(f"{h.at:%Y-%m-%d %H:%M}", _label(
                f"{status_label(h.from_status) or '—'} → {status_label(h.to_status)} · {h.actor}"
                + (f" · {h.reason}" if h.reason else "")))

    def _reread(self, _changes: object) -> None:
        if self.view is not None:
            self.show_ref(self.view.our_ref)

    # -- actions ------------------------------------------------------------------------------

    def edit(self) -> None:
        """Open the request editor on the shown request."""
        if self.view is None:
            return
        editor_cls = lazy_widget("ui.dialogs.request_editor", "RequestEditor")
        if editor_cls is None:
            QMessageBox.information(self, self.tr("Not available"),
                                    self.tr("The request editor is not available in this build."))
            return
        if self.in_field is not None:
            code, since = self.in_field
            QMessageBox.warning(self, self.tr("A field copy exists"), self.tr(
                "{0} is in the field: kit {1} since {2:%Y-%m-%d}. A change made here and there "
                "too comes back as a conflict to resolve when the return is merged.").format(
                self.view.our_ref, code, since))
        editor_cls(self.desk, self.view.direction, self.view.our_ref, self).exec()

    def link_subject(self) -> bool:
        """Link a subject of the request's agreement (or a new one, recorded for it) (Art. 4.2)."""
        if self.view is None:
            return False
        from app.services.surveillance import commands as surveillance
        from ui.dialogs.link_subject import NEW_SUBJECT, LinkSubjectDialog

        ref = self.view.our_ref
        picker = LinkSubjectDialog(self.desk, ref=ref, agreement_key=self.view.agreement_key,
                                   agreement_name=self.view.agreement_short,
                                   exclude=tuple(self.view.subjects), parent=self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return False
        if picker.choice is NEW_SUBJECT:
            editor_cls = lazy_widget("ui.dialogs.subject_editor", "SubjectEditor")
            if editor_cls is None:
                return False
            editor = editor_cls(self.desk, None, self, request_ref=ref)
            # The subject is under the request's agreement (a link across agreements is refused).
            editor.agreement.setCurrentIndex(max(0, editor.agreement.findData(self.view.agreement_key)))
            if editor.exec() != editor.DialogCode.Accepted:
                return False
        else:
            role = "surveillance" if any(b.startswith("4.2") for b in self.view.bases) else "subject"
            code = picker.choice

            refused = refusal(lambda exc: QMessageBox.warning(self, self.tr("Not linked"), violation_line(exc)))
            DeskOp(self, lambda desk: surveillance.link_request(desk, code, ref, role)) \
                .failure(refused).run(self.desk)
        return True

    def letters(self) -> None:
        """Open the letters dialog for the shown request."""
        if self.view is None:
            return
        dialog_cls = lazy_widget("ui.dialogs.letters", "LettersDialog")
        if dialog_cls is None:
            QMessageBox.information(self, self.tr("Not available"),
                                    self.tr("Letters are not available in this build."))
            return
        dialog_cls(self.desk, self.view.our_ref, self).exec()
