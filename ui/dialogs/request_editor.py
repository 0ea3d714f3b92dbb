"""The request editor: a new or stored request, a live Art. 7.2 panel, Save and Finalise/Send.

Every write goes through ``app.services.requests.commands`` as an op on the write thread
(``ui.ops.DeskOp``); a refused save shows the service's message under the field it names and keeps
nothing of the attempt (the service's transaction). After each save the editor shows the request
as stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.agreements.catalogue import get_spec
from app.services.context import Desk
from app.services.requests import commands as svc
from app.services.requests.views import RequestView
from app.services.surveillance import watchlist
from app.services.validation import StaleEdit
from app.treaty import completeness
from app.treaty.errors import RuleViolation
from app.treaty.lifecycle import Status, is_open
from ui.dialogs.request_form import RequestForm
from ui.i18n import article_text, render
from ui.ops import DeskOp, refusal
from ui.tasks import Task, run_task
from ui.widgets.completeness_panel import CompletenessPanel
from ui.widgets.labels import status_label
from ui.widgets.messages import may_close_unsaved, violation_text
from ui.widgets.presence_line import PresenceLine
from ui.widgets.reapply import Key, Reapplied, reapply
from ui.widgets.screen_fit import fit_to_screen

DIRECTIONS = ("incoming", "outgoing", "spontaneous-in", "spontaneous-out")


class RequestEditor(QDialog):
    """Create or edit one request (``ref`` None = new) in ``direction``.

    ``agreement`` (a key) preselects the agreement of a new request; a stored request keeps its own.
    Emits ``saved(our_ref)`` after every successful save or send. Ctrl+S saves; closing with
    unsaved edits asks whether to save, discard or stay.
    """

    saved = Signal(str)

    def __init__(self, desk: Desk, direction: str, ref: str | None = None,
                 parent: QWidget | None = None, *, agreement: str | None = None) -> None:
        super().__init__(parent)
        if direction not in DIRECTIONS:
            raise ValueError(f"direction: {direction!r} is not one of {', '.join(DIRECTIONS)}")
        self.setObjectName("request_editor")
        self.desk = desk
        self.direction = direction
        self.ref = ref
        self.view: RequestView | None = None
        self._dirty = False
        self._saving = False
        self._watch_token = 0  # the save whose watch-list hits may be shown (Art. 4.2)
        self.watch_task: Task | None = None
        self.watch_hits: list[dict[str, Any]] | None = None
        # The fields as last read from the store: what "the officer's changes" are measured
        # against when a stale save is reapplied on a fresh read (``reload_and_reapply``).
        self._read_fields: dict[str, Any] = {}
        self.reapplied: Reapplied | None = None
        self.presence = PresenceLine()
        self.form = RequestForm(desk, direction)
        self.panel = CompletenessPanel()
        if self.form.spontaneous:
            self.panel.set_rule(
                completeness.rule_article(direction),
                self.tr("Before it is sent \u2014 Art. 3.1, 4.3") if direction == "spontaneous-out"
                else self.tr("What it carries \u2014 Art. 3.1, 4.3"),
                self.tr("Spontaneous information is not a request: Art. 7.2 (object and reason, "
                        "oral requests) does not apply. It needs the administration giving it, a "
                        "subject, the information itself and a 3.1 or 4.3 basis."))
        self.panel.field_activated.connect(self.form.focus_field)
        self._build()
        self.form.edited.connect(self._on_edit)
        self.form.agreement_changed.connect(self._agreement_chosen)
        if ref is None:
            if agreement is not None and self.form.agreement.findData(agreement) >= 0:
                self.form.agreement.setCurrentIndex(self.form.agreement.findData(agreement))
            self._agreement_chosen(self.form.agreement_key())
            self.form.prefill_new()
        else:
            self._load(svc.get_request(desk, ref))
        self._dirty = False
        self._refresh()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setObjectName("editor_scroll")
        # Every input inside takes focus and the area scrolls to it; the area itself would be a
        # Tab stop with nothing to show for it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])
        self.status_label = QLabel()
        self.status_label.setObjectName("editor_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.watch_label = QLabel()
        self.watch_label.setObjectName("editor_watch_hits")
        self.watch_label.setTextFormat(Qt.TextFormat.PlainText)
        self.watch_label.setWordWrap(True)
        self.watch_label.hide()
        self.send_reason = QLabel()
        self.send_reason.setObjectName("send_reason")
        self.send_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.send_reason.setWordWrap(True)
        self.send_reason.setStyleSheet("color: #b00020;")
        self.button_save = QPushButton(self.tr("&Save"))
        self.button_save.setObjectName("button_save")
        self.button_save.setToolTip(self.tr("Save (Ctrl+S)"))
        self.button_save.clicked.connect(lambda: self.save())
        label = (self.tr("Finalise and &send") if self.direction == "outgoing"
                 else self.tr("Record as &sent"))
        self.button_send = QPushButton(label)
        self.button_send.setObjectName("button_send")
        self.button_send.clicked.connect(self.send)
        self.button_send.setVisible(self.direction in ("outgoing", "spontaneous-out"))
        self.button_close = QPushButton(self.tr("Close"))
        self.button_close.setObjectName("button_close")
        self.button_close.clicked.connect(self.reject)
        self.button_reapply = QPushButton(self.tr("&Reload and reapply"))
        self.button_reapply.setObjectName("button_reapply")
        self.button_reapply.setToolTip(self.tr(
            "Read the request as the other officer saved it and put your own changes back on top; "
            "fields you both changed keep your text and are marked so you can compare."))
        self.button_reapply.clicked.connect(lambda: self.reload_and_reapply())
        self.button_reapply.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_reason, 1)
        buttons.addWidget(self.button_reapply)
        buttons.addWidget(self.button_save)
        buttons.addWidget(self.button_send)
        buttons.addWidget(self.button_close)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("editor_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        layout.addWidget(self.presence)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.watch_label)
        layout.addLayout(buttons)
        # 800 px tall would put Save under a laptop's taskbar (768 px screens): fit the screen.
        fit_to_screen(self, 1120, 800)

    def _title_text(self) -> str:
        kinds = {
            "incoming": self.tr("incoming request"),
            "outgoing": self.tr("outgoing request"),
            "spontaneous-in": self.tr("spontaneous information received"),
            "spontaneous-out": self.tr("spontaneous information to give"),
        }
        if self.ref is None:
            return self.tr("New {kind}").format(kind=kinds[self.direction])
        status = status_label(self.view.status) if self.view else ""
        return self.tr("{ref} \u2014 {kind} ({status})").format(
            ref=self.ref, kind=kinds[self.direction], status=status)

    # -- state --------------------------------------------------------------------------------

    def _agreement_chosen(self, key: str) -> None:
        if not key:
            return
        keep = tuple(self.form.bases.codes()) if self.form.spec else ()
        self.form.set_spec(get_spec(self.desk, key), keep_bases=keep)
        self._refresh()

    def _load(self, view: RequestView) -> None:
        self.view = view
        self.ref = view.our_ref
        index = self.form.agreement.findData(view.agreement_key)
        self.form.agreement.blockSignals(True)
        self.form.agreement.setCurrentIndex(max(0, index))
        self.form.agreement.blockSignals(False)
        self.form.agreement.setEnabled(False)  # a request stays under its agreement
        self.form.set_spec(get_spec(self.desk, view.agreement_key), keep_bases=view.bases)
        self.form.load(view)
        self.form.setEnabled(is_open(view.status))
        self._read_fields = self.form.fields(new=False, stored_extra=view.extra)
        self.presence.follow(self.desk, "request", view.id)

    def _on_edit(self) -> None:
        self._dirty = True
        self._refresh()

    def is_dirty(self) -> bool:
        """Whether there are edits not yet saved."""
        return self._dirty

    def send_block_reason(self) -> str | None:
        """Why Finalise/Send is disabled now, or None when it may be pressed."""
        if self.direction not in ("outgoing", "spontaneous-out"):
            return self.tr("Only outgoing requests and information are sent.")
        if self.view is not None and Status.SENT.value not in self.view.allowed_transitions:
            return self.tr("Already {status}; it cannot be sent again.").format(
                status=status_label(self.view.status))
        errors = self.panel.errors()
        if not errors:
            return None
        missing = "; ".join(self.tr("{article}: {message}").format(article=article_text(f.article),
                                                                     message=render(f.message))
                            for f in errors)
        if self.form.spontaneous:
            return self.tr("Cannot send: incomplete under Art. 3.1, 4.3 \u2014 {missing}").format(
                missing=missing)
        return self.tr("Cannot finalise: incomplete under Art. 7.2 \u2014 {missing}").format(
            missing=missing)

    def _refresh(self) -> None:
        findings = self.form.preview_findings()
        self.panel.set_findings(findings)
        self.form.mark_missing({f.field: self.tr("{article}: {message}").format(
            article=article_text(f.article), message=render(f.message)) for f in findings if f.severity == "error"})
        reason = self.send_block_reason()
        self.button_send.setEnabled(reason is None)
        self.button_send.setToolTip(reason or (self.tr("Save, then record as sent")
                                               if self.form.spontaneous
                                               else self.tr("Save, then finalise and send")))
        sendable = self.direction in ("outgoing", "spontaneous-out")
        self.send_reason.setText(reason if sendable and reason else "")
        closed = self.view is not None and not is_open(self.view.status)
        self.button_save.setEnabled(not closed)
        if closed:
            self.button_save.setToolTip(self.tr("A closed or withdrawn request cannot be edited."))
        mark = " *" if self._dirty else ""
        self.heading.setText(self._title_text())
        self.setWindowTitle(self._title_text() + mark)

    # -- actions ------------------------------------------------------------------------------

    def _show_violation(self, exc: RuleViolation) -> None:
        # Another officer saved first: the officer's text stays; they may reload and reapply.
        self.button_reapply.setVisible(isinstance(exc, StaleEdit) and self.ref is not None)
        # Named by the caption the officer sees ("Due on"), not the service key ("due_on").
        text = violation_text(exc, self.form.field_label(exc.field))
        if not self.form.show_error(exc.field, text):
            self.form.error_general.setText(text)
            self.form.error_general.show()
        else:
            self.form.focus_field(exc.field)
        self.status_label.setText(self.tr("Not saved: {problem}").format(problem=text))
        self.status_label.setStyleSheet("color: #b00020;")

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save through the services on the write thread (``ui.ops``); returns whether a save was
        started. When it is stored the editor reloads the request as stored (so a computed due
        date is shown and sent back as it is) and calls ``then``; a refusal is shown by its
        field."""
        if not self.button_save.isEnabled() or self.saving:
            return False
        self.form.clear_errors()
        self.form.check_dates()  # an unreadable date stays flagged whatever the service names
        new = self.ref is None
        fields: dict[str, Any] = self.form.fields(
            new=new, stored_extra=self.view.extra if self.view else None)
        direction, agreement, ref = self.direction, self.form.agreement_key(), self.ref
        # The version this editor read: a save after another officer's is refused (StaleEdit),
        # and the officer's text stays in the form.
        read_version = self.view.version if self.view is not None else None

        def write(desk: Desk) -> RequestView:
            if new and direction == "incoming":
                return svc.register_incoming(desk, agreement, fields)
            if new and direction == "outgoing":
                return svc.draft_outgoing(desk, agreement, fields)
            if new:
                return svc.record_spontaneous(desk, agreement, direction, fields)
            return svc.edit_request(desk, ref, fields, expected_version=read_version)

        def stored(view: RequestView) -> None:
            self._saving = False
            self._after_write(view, self.tr("Saved as {ref}.").format(ref=view.our_ref))
            self._check_watch(view)
            if then is not None:
                then()

        self._saving = True
        self.button_save.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self.status_label.setStyleSheet("color: #555555;")
        DeskOp(self, write).success(stored).failure(self._write_failed).run(self.desk)
        return True

    @property
    def saving(self) -> bool:
        """True while a save or send of this editor is being stored."""
        return self._saving

    def _write_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._refresh()
        refusal(self._show_violation)(exc)

    def reload_and_reapply(self) -> Reapplied | None:
        """After a stale save: read the request as stored now (the other officer's values) and
        put back on top only the fields this officer changed since the editor last read it
        (``ui.widgets.reapply``). A field both changed keeps this officer's text and is marked
        under it with the other officer's value, to compare before saving again. Nothing is
        written; the next save is made on the version just read. Returns what was reapplied
        (None for a new request, or while a save is under way)."""
        if self.ref is None or self.view is None or self.saving:
            return None
        mine = self.form.fields(new=False, stored_extra=self.view.extra)
        base = self._read_fields
        self.form.clear_errors()
        self._load(svc.get_request(self.desk, self.ref))
        result = reapply(base, mine, self._read_fields)
        for name in result.mine:
            self.form.set_field(name, result.fields[name])
        for name, theirs in result.conflict_fields().items():
            text = self.tr("Also changed by another officer, to: {value}. Your text is kept "
                           "here; compare before saving.").format(value=self._shown(theirs))
            self.form.show_error(name, text)
            widget = self.form.input(name)
            if widget is not None:
                widget.setToolTip(text)
        self.reapplied = result
        self.button_reapply.hide()
        self._dirty = bool(result.mine)
        both = len(result.conflict_fields())
        self.status_label.setText(self.tr(
            "Reloaded as another officer saved it; your changes are applied on top "
            "(%n field(s) both of you changed are marked). Check, then save.", "", both)
            if both else self.tr("Reloaded as another officer saved it; your changes are "
                                 "applied on top. Check, then save."))
        self.status_label.setStyleSheet("color: #8a5a00;")
        self._refresh()
        return result

    def _shown(self, values: dict[Key, Any]) -> str:
        """The other officer's values of one field as the officer reads them."""
        def one(value: Any) -> str:
            if value is None or value == "":
                return self.tr("(empty)")
            if isinstance(value, bool):
                return self.tr("yes") if value else self.tr("no")
            if isinstance(value, list | tuple):
                return ", ".join(str(v) for v in value) or self.tr("(empty)")
            return str(value)
        return "; ".join(f"{key[1]}: {one(v)}" if len(key) > 1 else one(v)
                         for key, v in values.items())

    # -- watch list (Art. 4.2) ----------------------------------------------------------------

    def _check_watch(self, view: RequestView) -> None:
        """After a save of a request received: match it against the watch list on a worker (the
        matcher and its index may take a while the first time) and show the hits here. A later
        save supersedes an earlier check (never another save's hits)."""
        self._watch_token += 1
        if view.direction not in watchlist.WATCHED_DIRECTIONS:
            self.watch_label.hide()
            return
        token, ref = self._watch_token, view.our_ref
        self.watch_hits = None
        self.watch_label.setText(self.tr("Watch list (Art. 4.2): checking {ref}…").format(ref=ref))
        self.watch_label.setStyleSheet("color: #555555;")
        self.watch_label.show()
        self.watch_task = run_task(
            watchlist.watch_hits_for_request, self.desk, ref,
            on_done=lambda hits: self._watch_fetched(token, [h.to_dict() for h in hits], None),
            on_error=lambda exc: self._watch_fetched(
                token, None, self.tr("watch list: not checked ({0})").format(exc)))

    def _watch_fetched(self, token: int, hits: list[dict[str, Any]] | None,
                       error: str | None) -> None:
        if token != self._watch_token or not shiboken6.isValid(self):
            return  # a later save (or a closed editor): these hits are not for what is shown
        self._set_watch(hits, error)

    def _set_watch(self, hits: list[dict[str, Any]] | None, error: str | None) -> None:
        self.watch_hits = hits
        if error is not None or hits is None:
            text, colour = error or self.tr("watch list: not checked"), "#8a5a00"
        elif hits:
            text = self.tr("Watch list (Art. 4.2): %n possible match(es) — {list}", "",
                           len(hits)).format(list="; ".join(render(h["message"]) for h in hits))
            colour = "#b00020"
        else:
            text = self.tr("Watch list (Art. 4.2): no subject on the watch list is named.")
            colour = "darkgreen"
        self.watch_label.setText(text)
        self.watch_label.setStyleSheet(f"color: {colour};")
        self.watch_label.show()

    def _after_write(self, view: RequestView, message: str) -> None:
        # The record as stored replaces what was typed: computed fields (due date, reference)
        # come back, and the next save sends them as they are.
        self.ref = view.our_ref
        self._load(view)
        self._dirty = False
        self.status_label.setText(message)
        self.status_label.setStyleSheet("color: darkgreen;")
        self._refresh()
        self.saved.emit(view.our_ref)

    def send(self) -> bool:
        """Save (when edited), then finalise and send on the write thread (refused by the
        service while Art. 7.2 is incomplete); the editor closes once it is sent."""
        if self.send_block_reason() is not None or self.saving:
            return False
        if self._dirty or self.ref is None:
            return self.save(then=self.send)

        def sent(view: RequestView) -> None:
            self._saving = False
            self._after_write(view, self.tr("{ref} finalised and sent.").format(ref=view.our_ref))
            self.accept()

        ref = self.ref
        self._saving = True
        self.button_send.setEnabled(False)
        DeskOp(self, lambda desk: svc.send_request(desk, ref)).success(sent) \
            .failure(self._write_failed).run(self.desk)
        return True

    def reject(self) -> None:
        """Close; with unsaved edits ask Save / Discard / Cancel first."""
        if self.saving:
            return  # a save is being stored: closing now would hide its outcome
        if self._dirty and not may_close_unsaved(
                self, self.tr("This request has changes that are not saved. Save them?"),
                lambda: self.save(then=self._close_saved) and False):
            return  # cancelled, or saving: the editor closes once it is stored
        self._dirty = False
        super().reject()

    def _close_saved(self) -> None:
        self._dirty = False
        super().reject()

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
