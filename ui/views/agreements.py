"""Agreements in the store, with their dates and the notice of termination (Art. 14.2)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.agreements.catalogue import AgreementView, give_termination_notice, list_agreements
from app.services.context import Desk
from app.treaty import clocks
from ui.i18n import agreement_words, article_text, date_sample, render
from ui.ops import DeskOp, follow_changes, refusal
from ui.widgets.messages import plain_tooltip, violation_text
from ui.widgets.tables import style_tree


def _months_text(widget: QWidget, months: int) -> str:
    """"three months", "6 months": the notice period as the officer reads it."""
    # One context for both callers (pyside6-lupdate would file ``widget.tr`` under "widget").
    qt = QCoreApplication
    words = {1: qt.translate("AgreementsView", "one month"),
             2: qt.translate("AgreementsView", "two months"),
             3: qt.translate("AgreementsView", "three months"),
             6: qt.translate("AgreementsView", "six months"),
             12: qt.translate("AgreementsView", "twelve months")}
    return words.get(months) or qt.translate("AgreementsView", "{0} months").format(months)


class TerminationDialog(QDialog):
    """Asks the date written notice of termination was given; shows the resulting date live.

    ``months`` and ``article`` are the agreement's own clause (Japan–US: three months, Art. 14.2).
    """

    def __init__(self, title: str, today, parent: QWidget | None = None, *,
                 months: int = clocks.DEFAULT_TERMINATION_MONTHS,
                 article: str = clocks.DEFAULT_TERMINATION_ARTICLE) -> None:
        super().__init__(parent)
        self.months, self.article = months, article
        self.setObjectName("termination_dialog")
        self.setWindowTitle(self.tr("Notice of termination ({0})").format(article_text(article)))
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setObjectName("termination_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.effect = QLabel()
        self.effect.setObjectName("termination_effect")
        self.effect.setWordWrap(True)
        form = QFormLayout(self)
        # The title is the officer's (agreements can be added): escaped, so markup shows as typed.
        form.addRow(QLabel(self.tr("<b>{0}</b><br>The agreement ends {1} after written notice "
                                   "({2}); every open request under it must be completed by "
                                   "then.").format(escape(title), _months_text(self, months),
                                                   escape(article_text(article)))))
        form.addRow(self.tr("Notice given on:"), self.date)
        form.addRow(self.effect)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.date.dateChanged.connect(self._update)
        self._update()

    def notice_on(self):  # a date
        """The chosen date."""
        return self.date.date().toPython()

    def _update(self) -> None:
        self.effect.setText(render(clocks.termination_date(self.notice_on(), months=self.months,
                                                    article=self.article).explanation))


class AgreementsView(QWidget):
    """The agreements table and the termination action. It re-reads on the change broadcast
    (a notice recorded here or elsewhere); the pages whose clocks a notice caps follow the same
    broadcast themselves (Art. 14.2)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreements_view")
        self.desk = desk
        self.tree = QTreeWidget()
        self.tree.setObjectName("agreements_tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Agreement"), self.tr("Partner"), self.tr("Signed"),
                                   self.tr("In force"), self.tr("Languages"),
                                   self.tr("Termination"), self.tr("Review"),
                                   self.tr("State")])
        fm = self.tree.fontMetrics()
        # Dates and the termination entry are read whole: sized to their text, not guessed.
        day = fm.horizontalAdvance(date_sample()) + 24
        term = fm.horizontalAdvance(self.tr("{0} (notice {1})").format(date_sample(), date_sample())) + 24
        style_tree(self.tree, (430, 70, day, day, 80, term, day))
        self.notice_button = QPushButton(self.tr("Give notice of &termination…"))
        self.notice_button.setObjectName("agreement_terminate")
        self.notice_button.clicked.connect(self.terminate_selected)
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.edit_button.setObjectName("agreement_edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.officials_button = QPushButton(self.tr("Designated &officials…"))
        self.officials_button.setObjectName("agreement_officials")
        self.officials_button.clicked.connect(self.open_directory)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.officials_button)
        buttons.addWidget(self.notice_button)
        # Says the selected agreement's own notice period and article (see _show_clause).
        self.hint = hint = QLabel()
        hint.setObjectName("termination_hint")
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)  # one long line set the page's minimum width (900 px)
        buttons.addWidget(hint, 1)
        self._views: dict[str, AgreementView] = {}
        self.tree.currentItemChanged.connect(lambda *_: self._show_clause())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.refresh()
        follow_changes(self, ("agreement", "administration", "designated_official"),
                       lambda _changes: self.refresh())

    def refresh(self) -> None:
        """Re-read the agreements (the selection is kept)."""
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.tree.clear()
        today = self.desk.today()
        agreements = list_agreements(self.desk)
        self._views = {a.key: a for a in agreements}
        for a in agreements:
            term = (self.tr("{0} (notice {1})").format(a.termination_on, a.termination_notice_on)
                    if a.termination_on else "—")
            row = QTreeWidgetItem([agreement_words(a.short_title), a.partner_country, str(a.signed_on or "—"),
                                   str(a.in_force_on or "—"), ", ".join(a.languages), term,
                                   str(a.review_on or "—"), self.state_text(a, today)])
            row.setData(0, Qt.ItemDataRole.UserRole, a.key)
            row.setToolTip(0, plain_tooltip(a.title))
            if a.review_explanation:  # how the review date was computed, as for every clock
                row.setToolTip(6, plain_tooltip(render(a.review_explanation)))
            elif a.review_article is None:
                row.setToolTip(6, self.tr("The agreement has no review clause."))
            if a.termination_explanation:
                row.setToolTip(5, plain_tooltip(render(a.termination_explanation)))
                row.setToolTip(7, plain_tooltip(render(a.termination_explanation)))
            self.tree.addTopLevelItem(row)
        # The title column as wide as the longest short title (up to 430 px), so State has room.
        fm = self.tree.fontMetrics()
        widest = max((fm.horizontalAdvance(self.tree.topLevelItem(i).text(0))
                      for i in range(self.tree.topLevelItemCount())), default=200)
        self.tree.setColumnWidth(0, min(430, widest + 32))
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        if keep:
            self.select_key(keep)
        self._show_clause()

    def _show_clause(self) -> None:
        """The hint under the table: the selected agreement's notice period and article."""
        item = self.tree.currentItem()
        a = self._views.get(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
        months = a.termination_months if a else clocks.DEFAULT_TERMINATION_MONTHS
        article = a.termination_article if a else clocks.DEFAULT_TERMINATION_ARTICLE
        self.hint.setText(self.tr("Termination takes effect {0} after written notice ({1}); "
                                  "the desk then caps every due date at that day.").format(
                                      _months_text(self, months), article_text(article)))

    def state_text(self, a, today: date) -> str:  # an AgreementView
        """Where the agreement stands, with the termination clock (Art. 14.2) in days."""
        if a.termination_on is not None:
            left = (a.termination_on - today).days
            if left <= 0:
                return self.tr("terminated on {0}").format(a.termination_on)
            return (self.tr("terminating: 1 day left") if left == 1
                    else self.tr("terminating: {0} days left").format(left))
        if a.in_force_on is None:
            return self.tr("entry into force not recorded")
        if a.in_force_on > today:
            return self.tr("enters into force on {0}").format(a.in_force_on)
        return self.tr("in force")

    def edit_selected(self) -> QDialog | None:
        """Open the selected agreement's details (titles, dates, languages, partner's names)."""
        from ui.dialogs.agreement_edit import AgreementDialog

        item = self.tree.currentItem()
        if item is None:
            return None
        dialog = AgreementDialog(self.desk, item.data(0, Qt.ItemDataRole.UserRole), self)
        dialog.open()
        return dialog

    def open_directory(self) -> QDialog:
        """The Directory, on its designated officials (Art. 7.3)."""
        from ui.dialogs.directory import DirectoryDialog

        dialog = DirectoryDialog(self.desk, self)
        dialog.open()
        return dialog

    def select_key(self, key: str) -> None:
        """Select the agreement ``key``."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == key:
                self.tree.setCurrentItem(item)

    def terminate_selected(self) -> bool:
        """Ask for the notice date and record it (Art. 14.2) as an op; returns whether it went to
        be recorded (False: no agreement chosen, or the officer cancelled). A refusal is said
        in a message when the op comes back; the page re-reads on the change broadcast."""
        item = self.tree.currentItem()
        if item is None:
            return False
        key = item.data(0, Qt.ItemDataRole.UserRole)
        # Read now, not from the last refresh: the catalogue (its notice period) may have been
        # saved since (`agreement save` while this page is open).
        view = next((a for a in list_agreements(self.desk) if a.key == key), None)
        earlier = view if view is not None and view.termination_notice_on else None
        if earlier is not None and QMessageBox.question(
                self, self.tr("Notice already given"),
                self.tr("Notice of termination was already given on {0}; the agreement ends on {1}. "
                        "Replace that notice with a new date?").format(
                    earlier.termination_notice_on, earlier.termination_on)) != QMessageBox.StandardButton.Yes:
            return False
        dialog = TerminationDialog(
            item.text(0), self.desk.today(), self,
            months=view.termination_months if view else clocks.DEFAULT_TERMINATION_MONTHS,
            article=view.termination_article if view else clocks.DEFAULT_TERMINATION_ARTICLE)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        notice_on = dialog.notice_on()
        replace = earlier is not None  # the officer said yes to replacing it, just above
        DeskOp(self, lambda desk: give_termination_notice(desk, key, notice_on, replace=replace)).failure(
            refusal(lambda exc: QMessageBox.warning(
                self, self.tr("Not recorded"), violation_text(exc, self.tr("Notice given on")))),
        ).run(self.desk)
        return True
