"""The live Art. 7.2 completeness panel shown beside a request.

It only displays findings: what is missing is decided by ``app.treaty.completeness`` (through the
services' data or a live preview), never re-checked here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.i18n import article_text, render


class FindingLike(Protocol):
    """What the panel needs of a finding (``completeness.Finding`` or ``views.FindingView``)."""

    element: str
    field: str
    article: str
    severity: str
    message: str


_ERROR_MARK = "\u2716"  # heavy multiplication x: blocks sending
_WARNING_MARK = "\u26a0"  # warning sign: shown, does not block


class CompletenessPanel(QFrame):
    """Lists what Art. 7.2 finds missing, errors first; click a line (or Enter) to go to its field.

    ``set_findings`` replaces the list; ``errors()`` returns the blocking findings shown.
    """

    #: The ``field`` of the finding the officer activated, so the editor can focus that input.
    field_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeness_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._findings: list[FindingLike] = []
        self._article = "7.2"  # whose rules the findings apply: set_rule() for other records
        self._heading = QLabel(self.tr("Art. 7.2 completeness"))
        self._heading.setObjectName("completeness_heading")
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)
        self._summary = QLabel()
        self._summary.setObjectName("completeness_summary")
        self._summary.setWordWrap(True)
        self._list = QListWidget()
        self._list.setObjectName("completeness_list")
        self._list.setWordWrap(True)
        # A Japanese finding has no spaces to wrap at: it wraps between characters, never elided.
        self._list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._list.setAlternatingRowColors(False)
        # One click, or Enter on the current line, goes to the field (a finding is a link).
        self._list.itemActivated.connect(self._activated)
        self._list.itemClicked.connect(self._activated)
        note = QLabel(self.tr("A request missing (a), (b), (c) or (e) is incomplete and cannot be "
                              "sent or printed as final; (d) is asked for only if known."))
        self._note = note
        note.setWordWrap(True)
        note.setObjectName("completeness_note")
        note.setStyleSheet("color: #555;")  # palette(mid) is barely readable on the panel
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addWidget(self._list, 1)
        # Takes the list's room while it is hidden (nothing missing), so the verdict stays
        # under its heading instead of floating to the middle of the panel.
        self._filler = QWidget()
        self._filler.setObjectName("completeness_filler")
        layout.addWidget(self._filler, 1)
        layout.addWidget(note)
        self.set_findings(())

    def set_rule(self, article: str, heading: str, note: str) -> None:
        """Name the rules the findings come from (e.g. Art. 3.1, 4.3 for spontaneous
        information) in the heading, the verdict and the note under the list."""
        self._article = article
        self._heading.setText(heading)
        self._note.setText(note)
        self.set_findings(self._findings)

    def set_findings(self, findings: Iterable[FindingLike]) -> None:
        """Show these findings (as returned by ``check_completeness`` or ``RequestView``)."""
        self._findings = sorted(findings, key=lambda f: f.severity != "error")
        self._list.clear()
        for f in self._findings:
            mark = _ERROR_MARK if f.severity == "error" else _WARNING_MARK
            text = self.tr("{mark} {article}: {message}").format(
                mark=mark, article=article_text(f.article), message=render(f.message))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, f.field)
            item.setToolTip(self.tr("Click or press Enter to go to the field"))
            if f.severity == "error":
                item.setForeground(Qt.GlobalColor.darkRed)
            self._list.addItem(item)
        errors = len(self.errors())
        warnings = len(self._findings) - errors
        if not self._findings:
            self._summary.setText(self.tr("\u2714 Complete under {article}.")
                                  .format(article=article_text(self._article)))
            self._summary.setStyleSheet("color: darkgreen;")
        elif errors:
            # One sentence in the language's own order and punctuation, each count worded by
            # its own plural forms.
            self._summary.setText(self.tr("Incomplete: {missing}, {warnings}.").format(
                missing=self.tr("%n element(s) missing", "", errors),
                warnings=self.tr("%n warning(s)", "", warnings)))
            self._summary.setStyleSheet("color: darkred;")
        else:
            self._summary.setText(self.tr("Complete under {article}, with %n warning(s).", "",
                                          warnings).format(article=article_text(self._article)))
            self._summary.setStyleSheet("color: darkgreen;")
        self._list.setVisible(bool(self._findings))
        self._filler.setVisible(not self._findings)

    def findings(self) -> list[FindingLike]:
        """The findings currently shown."""
        return list(self._findings)

    def errors(self) -> list[FindingLike]:
        """The findings that block sending."""
        return [f for f in self._findings if f.severity == "error"]

    def text(self) -> str:
        """Everything the panel says, as plain text (for tests and accessibility)."""
        lines = [self._summary.text()]
        lines += [self._list.item(i).text() for i in range(self._list.count())]
        return "\n".join(lines)

    def _activated(self, item: QListWidgetItem) -> None:
        self.field_activated.emit(str(item.data(Qt.ItemDataRole.UserRole)))
