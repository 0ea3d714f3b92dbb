"""Pick the subject to link to a request (Art. 4.2), however many subjects the store holds.

The newest subjects under the request's agreement are listed at once; typing a code, a name in
any script or an identifier narrows the list through the full-text index
(``app.services.surveillance.listing.link_candidates``), so the dialog never reads the whole register.
"New subject…" closes the dialog asking the caller to open the subject editor instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.surveillance.listing import LINK_CHOICES, link_candidates
from app.services.validation import ServiceError
from ui.i18n import render

#: ``choice`` after "New subject…" was pressed.
NEW_SUBJECT = object()


class LinkSubjectDialog(QDialog):
    """Choose a subject of ``agreement_key`` not yet linked (``exclude``); ``choice`` is its code,
    or :data:`NEW_SUBJECT` when the officer asked to record a new one."""

    def __init__(self, desk: Desk, *, ref: str, agreement_key: str, agreement_name: str,
                 exclude: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link_subject")
        self.setWindowTitle(self.tr("Link a subject to {ref} (Art. 4.2)").format(ref=ref))
        self.desk, self.agreement_key, self.exclude = desk, agreement_key, exclude
        self.choice: object = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Subjects under the {agreement}. Type a code, a name in any script "
                               "or an identifier to narrow the list.").format(agreement=agreement_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.query = QLineEdit(objectName="query")
        self.query.setPlaceholderText(self.tr("Code, name or identifier…"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self._enter)
        layout.addWidget(self.query)
        self.results = QListWidget(objectName="results")
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.results.currentItemChanged.connect(lambda *_: self._update_ok())
        layout.addWidget(self.results)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Link"))
        self.new_button = QPushButton(self.tr("New subject for {ref}…").format(ref=ref), objectName="new_subject")
        box.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.clicked.connect(self._new)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        # A look-up per pause in typing, not per keystroke.
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(self.refresh)
        self.resize(620, 420)
        self.refresh()

    def refresh(self) -> None:
        """List the subjects matching what is typed (the newest when nothing is)."""
        text = self.query.text()
        self.results.clear()
        try:
            rows = link_candidates(self.desk, self.agreement_key, text, exclude=self.exclude)
        except ServiceError as exc:
            self.summary.setText(self.tr("Search: {problem}").format(problem=render(exc.message)))
            self._update_ok()
            return
        for code, name, kind in rows:
            item = QListWidgetItem(f"{code} — {name} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        if not rows:
            self.summary.setText(self.tr("No subject under this agreement matches; record a new one "
                                         "with “New subject…”.") if text.strip() else
                                 self.tr("No subject is recorded under this agreement yet."))
        elif len(rows) >= LINK_CHOICES:
            self.summary.setText(self.tr("The first {n} are shown; type to narrow.").format(n=len(rows)))
        else:
            self.summary.setText(self.tr("%n subject(s).", "", len(rows)))
        self._update_ok()

    def selected_code(self) -> str | None:
        """The code of the highlighted subject, if any."""
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept(self) -> None:  # QDialog
        if self.choice is not NEW_SUBJECT:
            code = self.selected_code()
            if code is None:
                return
            self.choice = code
        super().accept()

    def _enter(self) -> None:
        if self.timer.isActive():  # Enter before the pause ended: search what was typed first
            self.timer.stop()
            self.refresh()
            return
        self.accept()

    def _new(self) -> None:
        self.choice = NEW_SUBJECT
        self.accept()

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.selected_code() is not None)
