"""One surveillance subject (Art. 4.2): who or what, the period, linked requests, the log.

Observations appear on a timeline grouped by day (UTC), newest first; tick the ones to report
back. Every action goes through a dialog that calls the service.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.surveillance import commands as svc
from app.services.surveillance.views import ObservationView, SubjectView
from ui.dialogs.observation import EVENT_LABELS, ObservationDialog, ReportBackDialog
from ui.dialogs.subject_editor import DETAIL_LABELS, SUBKIND_LABELS, SubjectEditor
from ui.dialogs.subject_period import ExtendDialog, LiftDialog
from ui.i18n import agreement_words, day_text, render
from ui.widgets.labels import subject_status_explanation, subject_status_label
from ui.widgets.messages import plain_tooltip

STATUS_COLOURS = {"active": "#1b5e20", "expiring": "#8a5a00", "lapsed": "#b00020", "lifted": "#666666"}
#: Timeline columns. Where and Source take their content width up to a cap and give way (down to
#: a floor) before Notes, which takes the rest, drops under NOTES_MIN px: at the default window
#: size the notes were pushed off-screen and could only be read in a tooltip.
WHEN, WHAT, WHERE, SOURCE, NOTES = range(5)
CAPS = {WHERE: 220, SOURCE: 160}
FLOORS = {WHERE: 90, SOURCE: 70}
NOTES_MIN = 180


class TimelineFit(QObject):
    """Shares the timeline's width out as described at ``CAPS`` whenever it is resized."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Size When and What to their content, Where and Source to what is left beside Notes."""
        tree, header = self.tree, self.tree.header()
        for col in (WHEN, WHAT):
            tree.resizeColumnToContents(col)
        want = {c: max(header.sectionSizeHint(c), min(tree.sizeHintForColumn(c), cap))
                for c, cap in CAPS.items()}
        floors = {c: min(FLOORS[c], want[c]) for c in want}
        room = tree.viewport().width() - header.sectionSize(WHEN) - header.sectionSize(WHAT)
        spare = room - NOTES_MIN
        wanted, floor = sum(want.values()), sum(floors.values())
        share = 1.0 if spare >= wanted or wanted <= floor else max(0.0, (spare - floor) / (wanted - floor))
        for c, width in want.items():
            header.resizeSection(c, round(floors[c] + (width - floors[c]) * share))


def event_words(code: str) -> str:
    """An observation's event in words ("Cargo declared"), in the observation dialog's context."""
    label = EVENT_LABELS.get(code)
    return QCoreApplication.translate("ObservationDialog", label) if label else code


def status_html(view: SubjectView, today) -> str:  # today: a date
    """The status word in its colour, with why (as of ``today``)."""
    colour = STATUS_COLOURS.get(view.status, "#000")
    word = subject_status_label(view.status).upper()
    why = subject_status_explanation(view.status, view.period_end, today)
    return (f"<b style='color:{colour}'>{html.escape(word)}</b> "
            f"<span style='color:#555'>({html.escape(why)})</span>")


#: What a linked request is to the subject (``request_subjects.role``), in words.
LINK_ROLES = {
    "surveillance": QT_TRANSLATE_NOOP("SubjectPage", "surveillance"),
    "subject": QT_TRANSLATE_NOOP("SubjectPage", "subject"),
    "mentioned": QT_TRANSLATE_NOOP("SubjectPage", "mentioned"),
}


def _role_words(role: str) -> str:
    return QCoreApplication.translate("SubjectPage", LINK_ROLES[role]) if role in LINK_ROLES else role


def facts_html(view: SubjectView) -> str:
    """Identifying fields, period and links as a compact HTML table."""
    rows: list[tuple[str, str]] = []
    esc = html.escape
    qt = QCoreApplication  # row captions in the page's context; details in the editor's
    alias = " <i>{}</i>".format(esc(qt.translate("SubjectPage", "(alias)")))
    names = [esc(n.name) + (alias if n.alias else "") for n in view.names]
    if names:
        rows.append((qt.translate("SubjectPage", "Names"), "; ".join(names)))
    for i in view.identifiers:
        text = esc(i.label) + (f" [{esc(i.issuer)}]" if i.issuer else "")
        if i.warning:
            text += f" <span style='color:#8a5a00'>⚠ {esc(i.warning)}</span>"
        rows.append((qt.translate("SubjectPage", "Identifier"), text))
    for key, value in view.details.items():
        shown = "; ".join(value) if isinstance(value, list) else str(value)
        caption = qt.translate("SubjectEditor", DETAIL_LABELS[key]) if key in DETAIL_LABELS else key
        rows.append((esc(caption), esc(shown)))
    period = f"{view.period_start or '?'} – {view.period_end or '?'}"
    if view.review_on:
        period = qt.translate("SubjectPage", "{0}; review {1}").format(period, view.review_on)
    rows.append((qt.translate("SubjectPage", "Period"), esc(period)))
    if view.status == "lifted":
        rows.append((qt.translate("SubjectPage", "Lifted"),
                     esc(f"{view.lifted_on}: {view.lift_reason or ''}")))
    if view.agreement_short:
        rows.append((qt.translate("SubjectPage", "Agreement"), esc(agreement_words(view.agreement_short))))
    if view.requested_by:
        rows.append((qt.translate("SubjectPage", "Requested by"), esc(view.requested_by)))
    links = [f"{esc(ref)} <span style='color:#555'>({esc(_role_words(role))})</span>"
             for ref, role in view.requests]
    none = "<i>{}</i>".format(esc(qt.translate("SubjectPage", "none linked")))
    rows.append((qt.translate("SubjectPage", "Requests"), ", ".join(links) or none))
    body = "".join(f"<tr><td style='color:#555;padding-right:10px'>{k}</td><td>{v}</td></tr>"
                   for k, v in rows)
    return f"<table cellspacing='2'>{body}</table>"


class SubjectPage(QWidget):
    """The detail pane of the Surveillance view; ``message(text)`` says what a write did. The
    pane is re-read by its page on the change broadcast, not by the actions here."""

    message = Signal(str)

    def _kind_words(self, v: SubjectView) -> str:
        """"vessel", "means of transport: vessel": the kind in words."""
        sub = SUBKIND_LABELS.get(v.subkind or "")
        kind = QCoreApplication.translate("SubjectEditor", sub) if sub else v.kind
        if v.kind == "transport":
            kind = QCoreApplication.translate("SubjectPage", "means of transport: {0}").format(kind)
        return kind

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subject_page")
        self.desk = desk
        self.view: SubjectView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.header = QLabel(objectName="subject_header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.facts = QTextBrowser(objectName="subject_facts")
        self.facts.setOpenLinks(False)
        self.facts.setMaximumHeight(175)
        layout.addWidget(self.facts)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
                ("edit", self.tr("Edit…"), self.edit),
                ("observe", self.tr("Add observation…"), self.observe),
                ("report", self.tr("Report back…"), self.report_back),
                ("extend", self.tr("Extend…"), self.extend),
                ("lift", self.tr("Lift surveillance…"), self.lift)):
            button = QPushButton(label, objectName=f"subject_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch()
        layout.addLayout(row)
        self.timeline = QTreeWidget(objectName="timeline")
        self.timeline.setHeaderLabels([self.tr("When (UTC)"), self.tr("What"), self.tr("Where"),
                                       self.tr("Source"), self.tr("Notes")])
        self.timeline.header().setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline.setUniformRowHeights(True)  # one line per entry; the full text is below
        # Day rows are headings, always expanded: no branch arrows, and a small indent leaves
        # the width to the notes.
        self.timeline.setRootIsDecorated(False)
        self.timeline.setItemsExpandable(False)
        self.timeline.setIndentation(8)
        self.timeline.currentItemChanged.connect(lambda *_: self._show_entry())
        self.fit = TimelineFit(self.timeline)
        layout.addWidget(self.timeline, 1)
        # The selected entry in full, wrapped: long notes read without a mouse (tooltips need one).
        self.entry = QLabel(objectName="observation_detail")
        self.entry.setTextFormat(Qt.TextFormat.PlainText)  # an officer's <b> shows as typed
        self.entry.setWordWrap(True)
        self.entry.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entry.setStyleSheet("color: #333; padding: 2px;")
        layout.addWidget(self.entry)
        self.show_subject(None)

    # -- showing ------------------------------------------------------------------------------
    def show_subject(self, code: str | None) -> None:
        """Show subject ``code`` (None: nothing selected)."""
        self.view = svc.get_subject(self.desk, code) if code else None
        v = self.view
        for key, button in self.buttons.items():
            button.setEnabled(v is not None and (v.status != "lifted" or key == "report"))
        self.timeline.clear()
        if v is None:
            self.header.setText(self.tr("<i>Select a subject to see its surveillance log.</i>"))
            self.facts.clear()
            self._show_entry()
            return
        kind = self._kind_words(v)
        self.header.setText(f"<span style='font-size:14pt'><b>{html.escape(v.code)}</b> "
                            f"{html.escape(v.display_name)}</span> "
                            f"<span style='color:#555'>({html.escape(kind)})</span><br>"
                            f"{status_html(v, self.desk.today())}")
        from app.services.kit.conflicts import field_kit_out

        out = field_kit_out(self.desk, "subject", v.code)  # a field kit carries it (app.services.kit)
        if out is not None:
            self.header.setText(self.header.text() + " <span style='color:#1e3a5f'>· " + html.escape(
                self.tr("In the field: kit {0} since {1:%Y-%m-%d}").format(*out)) + "</span>")
        self.facts.setHtml(facts_html(v))
        self.buttons["report"].setEnabled(bool(v.observations))
        days: dict[str, QTreeWidgetItem] = {}
        for o in sorted(v.observations, key=lambda o: o.observed_at, reverse=True):
            day = day_text(o.observed_at.date())
            parent = days.get(day)
            if parent is None:
                parent = days[day] = QTreeWidgetItem([day])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.timeline.addTopLevelItem(parent)
                parent.setFirstColumnSpanned(True)  # the day label must not widen "When"
            parent.addChild(self._entry_item(o))
        self.timeline.expandAll()
        self.fit.fit()
        if days:  # the newest entry, read in full below the timeline
            self.timeline.setCurrentItem(next(iter(days.values())).child(0))
        self._show_entry()

    def _entry_item(self, o: ObservationView) -> QTreeWidgetItem:
        """One timeline row: each cell on one line, elided; its full text on hover and below."""
        notes = " ".join((o.text or "").split())  # one line: a note's line breaks become spaces
        if o.attachments:
            notes += f"  📎 {len(o.attachments)}"
        if o.request_ref:
            notes += f"  [{o.request_ref}]"
        # Under "Where", "not recorded" says it in a width the column has; the tooltip and the
        # line below say "place not recorded".
        where = o.where or self.tr("not recorded")
        where_full = o.where or self.tr("place not recorded")
        item = QTreeWidgetItem([f"{o.observed_at:%H:%M}", event_words(o.event),
                                where, o.source or "", notes.strip()])
        item.setData(0, Qt.ItemDataRole.UserRole, o.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        if not o.where:  # an older entry, recorded before the place was required (Art. 4.2)
            font = item.font(WHERE)
            font.setItalic(True)
            item.setFont(WHERE, font)
            item.setForeground(WHERE, QBrush(QColor("#666666")))
        for col, text in ((WHERE, where_full), (SOURCE, o.source or ""), (NOTES, o.text or "")):
            item.setToolTip(col, plain_tooltip(text))
        item.setData(NOTES, Qt.ItemDataRole.UserRole, self._entry_text(o, where_full))
        return item

    def _entry_text(self, o: ObservationView, where: str) -> str:
        """The whole entry as plain text, for the line under the timeline."""
        head = f"{o.observed_at:%Y-%m-%d %H:%M} UTC · {event_words(o.event)} · {where}"
        if o.source:
            head += " · " + self.tr("Source: {0}").format(o.source)
        if o.request_ref:
            head += f" · {o.request_ref}"
        return head + (f"\n{o.text}" if o.text else "")

    def _show_entry(self) -> None:
        item = self.timeline.currentItem()
        text = item.data(NOTES, Qt.ItemDataRole.UserRole) if item is not None else None
        self.entry.setText(text or "")
        self.entry.setVisible(bool(text))

    def checked_observations(self) -> list[int]:
        """Ids of the ticked observations (all of them when none is ticked)."""
        ids, every = [], []
        for i in range(self.timeline.topLevelItemCount()):
            day = self.timeline.topLevelItem(i)
            for j in range(day.childCount()):
                item = day.child(j)
                oid = item.data(0, Qt.ItemDataRole.UserRole)
                every.append(oid)
                if item.checkState(0) == Qt.CheckState.Checked:
                    ids.append(oid)
        return ids or every

    def _done(self, text: str) -> None:
        if text:
            self.message.emit(text)

    # -- actions ------------------------------------------------------------------------------
    def edit(self) -> None:
        """Edit names, identifiers, details or period."""
        dialog = SubjectEditor(self.desk, self.view.code, self)
        if dialog.exec():
            self._done("; ".join(dialog.result_view.warnings))

    def observe(self) -> None:
        """Add an observation (and attachments)."""
        dialog = ObservationDialog(self.desk, self.view, self)
        # While the watch list is prepared (Art. 4.2) the subjects the notes name come later.
        dialog.watch_checked.connect(lambda obs: self.message.emit(self._observed(obs)))
        if dialog.exec():
            checking = dialog.watch_task is not None and not dialog.watch_task.is_done
            self._done(self._observed(dialog.result_view, checking=checking))

    def _observed(self, obs: ObservationView, *, checking: bool = False) -> str:
        notes = list(obs.warnings) + [render(h.message) for h in obs.watch_hits]
        if checking:
            notes.append(self.tr("Observation recorded; looking for other subjects it names "
                                 "while the watch list is prepared…"))
        return "; ".join(notes) or self.tr("Observation recorded.")

    def report_back(self) -> None:
        """Draft an information item from the ticked observations."""
        dialog = ReportBackDialog(self.desk, self.view, self.checked_observations(), self)
        if dialog.exec():
            self._done(self.tr("Information item {0} drafted for {1}.").format(
                dialog.result_view.code, dialog.result_view.recipient or ""))

    def extend(self) -> None:
        """Extend the period (a lapsed one needs a new request)."""
        dialog = ExtendDialog(self.desk, self.view, self)
        if dialog.exec():
            self._done(self.tr("Surveillance extended until {0}.").format(dialog.result_view.period_end))

    def lift(self) -> None:
        """Lift the surveillance, saying why and from when; the log is kept."""
        dialog = LiftDialog(self.desk, self.view, self)
        if dialog.exec():
            self._done(self.tr("Surveillance of {0} lifted; its history is kept.").format(
                dialog.view.code))  # the pane may show no subject now (a filter hides it)
