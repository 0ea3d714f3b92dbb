"""Statistics: the desk's figures for a period, an agreement and a partner, with charts.

The figures are computed in SQL (``app.services.stats.queries.figures``), read off the UI
thread (``run_task``) and shown when they arrive ("Reading…" until then); a write anywhere on the
desk re-reads them (``follow_changes``), now if the page is shown, else when it is next shown.
Every figure clicks through to the requests behind it (``queries.behind``, the count's own WHERE):
a double-click or Enter on a figure's cell, or a click on a bar of a chart, opens a list of those
requests, and opening one of them shows it in its list.

The charts are pyqtgraph, imported when the page first draws them (the window's start-up never
pays for it); their bars are told apart by fill pattern as well as by shade (solid and hatched),
so they read in black and white.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Desk
from app.services.stats.figures import AGE_BUCKETS, ORAL_STATES, Figures, StatsFilter
from ui.dialogs.figure_requests import BehindDialog
from ui.i18n import agreement_words, article_text, catalogue_label, date_text, month_text
from ui.ops import follow_changes
from ui.tasks import run_task
from ui.widgets.labels import direction_label, ground_label

#: Data role of a figure cell: (figure, key) for ``queries.behind``.
FigureRole = Qt.ItemDataRole.UserRole + 1
#: Every kind of record whose write may change a figure.
FOLLOWS = ("request", "status_change", "outcome", "subject", "observation", "disclosure",
           "information_item", "authority", "agreement", "setting")
COLUMNS = 4  # Figure, Incoming, Outgoing, Total


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns with "…" (a wide character, as in Japanese, takes two):
    a chart's axis labels stay short enough to leave the bars their room."""
    import unicodedata

    used = 0
    for i, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > width:
            return text[:i].rstrip() + "…"
    return text


def report_languages() -> str:
    """The languages of the annual report written from the window: Spanish, then English, in a
    Spanish window (the Japan–Mexico partner's languages); English, then Japanese, otherwise."""
    from ui.i18n import language

    return "es+en" if language() == "es" else "en+ja"


class StatsView(QWidget):
    """The Statistics page; ``open_request(ref)`` fires when the officer opens a request from a
    figure's list."""

    open_request = Signal(str)
    #: The figures on screen were read again.
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stats_view")
        self.desk = desk
        self.figures: Figures | None = None
        self.error: BaseException | None = None
        self._token = 0
        self._grounds: dict = {}
        self._bases: dict = {}
        today = desk.today()
        self.from_edit = self._date_edit("stats_from", date(today.year, 1, 1))
        self.to_edit = self._date_edit("stats_to", today)
        self.agreement = QComboBox(objectName="stats_agreement")
        self.partner = QComboBox(objectName="stats_partner")
        self._fill_choices()
        self.csv_button = QPushButton(self.tr("Export CSV…"), objectName="stats_csv")
        self.report_button = QPushButton(self.tr("Annual report…"), objectName="stats_report")
        self.summary = QLabel(objectName="stats_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(objectName="stats_tree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("Figure"), self.tr("Incoming"), self.tr("Outgoing"), self.tr("Total")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.tree.setColumnWidth(col, 80)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QTreeWidget.SelectionBehavior.SelectItems)
        self.tree.setToolTip(self.tr("Double-click a figure (or press Enter) to list the requests behind it."))
        self.tree.itemActivated.connect(self._activated)
        self.charts = QWidget(objectName="stats_charts")
        self.charts_box = QVBoxLayout(self.charts)
        self.charts_box.setContentsMargins(0, 0, 0, 0)
        self.month_plot: Any = None
        self.grounds_plot: Any = None
        self._ground_rows: list[dict] = []

        # Long agreement titles must not widen the window (it fits a 1,366 px laptop screen).
        self.agreement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agreement.setMinimumContentsLength(24)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("&From:"), buddy=self.from_edit))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("&To:"), buddy=self.to_edit))
        filters.addWidget(self.to_edit)
        filters.addWidget(QLabel(self.tr("&Agreement:"), buddy=self.agreement))
        filters.addWidget(self.agreement, 1)
        filters.addWidget(QLabel(self.tr("&Partner:"), buddy=self.partner))
        filters.addWidget(self.partner)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.csv_button)
        below.addWidget(self.report_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="stats_splitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(below)
        layout.addWidget(splitter, 1)

        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.agreement.currentIndexChanged.connect(lambda _i: self.refresh())
        self.partner.currentIndexChanged.connect(lambda _i: self.refresh())
        self.csv_button.clicked.connect(self.export_csv)
        self.report_button.clicked.connect(self.export_report)
        self.refresh()
        follow_changes(self, FOLLOWS, lambda _changes: self.refresh())

    # -- filter ------------------------------------------------------------------------------
    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(day.year, day.month, day.day))
        return edit

    def _fill_choices(self) -> None:
        from sqlalchemy import select

        from app.services.agreements.catalogue import spec_of
        from app.store import tables

        with self.desk.query() as conn:
            rows = list(conn.execute(select(tables.agreement).order_by(tables.agreement.c.key)))
        self.agreement.addItem(self.tr("All agreements"), None)
        self.partner.addItem(self.tr("All partners"), None)
        for row in rows:
            self.agreement.addItem(f"{agreement_words(row.short_title)} ({row.key})", row.key)
            spec = spec_of(row)
            for g in spec.grounds:
                self._grounds.setdefault(g.code, g)
            for b in spec.bases:
                self._bases.setdefault(b.code, b)
        for country in sorted({row.partner_country for row in rows}):
            self.partner.addItem(QCoreApplication.translate("Country", country), country)  # the app catalogue names it

    def current_filter(self) -> StatsFilter:
        """The filter the controls describe."""
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return StatsFilter(start, end, self.agreement.currentData(), self.partner.currentData())

    def set_period(self, start: date, end: date) -> None:
        """Show ``start`` to ``end`` (one read)."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures again, off the UI thread; the newest read wins."""
        from app.services.stats import queries

        self._token += 1
        token = self._token
        self.summary.setText(self.tr("Reading…"))

        def shown(fig: Figures) -> None:
            if token == self._token:
                self.error = None
                self.show_figures(fig)

        def failed(exc: BaseException) -> None:
            if token == self._token:
                self.error = exc
                self.summary.setText(str(exc))
                self.loaded.emit()

        run_task(queries.figures, self.desk, self.current_filter(), on_done=shown, on_error=failed)

    def show_figures(self, fig: Figures) -> None:
        """Put ``fig`` on screen: the summary line, the figures tree, the charts."""
        self.figures = fig
        incoming, outgoing = fig.total("incoming"), fig.total("outgoing")
        self.summary.setText(self.tr("{0} to {1}: {2} received, {3} sent; {4} open, {5} cold").format(
            date_text(fig.start), date_text(fig.end), incoming, outgoing,
            sum(r["count"] for r in fig.open_by_age), fig.cold.get("count", 0)))
        self._fill_tree(fig)
        self._draw_charts(fig)
        self.loaded.emit()

    # -- the figures tree --------------------------------------------------------------------
    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(False)
        item.setExpanded(True)
        return item

    def _row(self, parent: QTreeWidgetItem, label: str, cells: dict[int, tuple[str, tuple[str, tuple] | None]],
             *, marked: bool = False) -> QTreeWidgetItem:
        """A figure row: ``cells`` column -> (text, (figure, key) or None)."""
        item = QTreeWidgetItem(parent, [label])
        for col, (text, target) in cells.items():
            item.setText(col, text)
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if target is not None:
                item.setData(col, FigureRole, target)
                item.setToolTip(col, self.tr("Double-click to list the requests behind this figure"))
        if marked:
            for col in range(COLUMNS):
                item.setForeground(col, QBrush(QColor("#8b0000")))
        return item

    def _fill_tree(self, fig: Figures) -> None:
        self.tree.clear()
        none = "—"

        def num(value: object) -> str:
            if value is None:
                return none
            if isinstance(value, float):
                return f"{value:.1f}".rstrip("0").rstrip(".")
            return f"{value:,}" if isinstance(value, int) else str(value)

        sec = self._section(self.tr("Requests received and sent by month"))
        months = sorted({r["month"] for r in fig.requests_by_month})
        by = {(r["direction"], r["month"]): r["count"] for r in fig.requests_by_month}
        for m in months:
            a, b = by.get(("incoming", m), 0), by.get(("outgoing", m), 0)
            self._row(sec, month_text(m), {1: (num(a), ("requests_by_month", ("incoming", m))),
                               2: (num(b), ("requests_by_month", ("outgoing", m))), 3: (num(a + b), None)})
        sec = self._section(self.tr("Requests by legal basis"))
        bases = {(r["direction"], r["basis"]): r["count"] for r in fig.requests_by_basis}
        for code in sorted({r["basis"] for r in fig.requests_by_basis}):
            a, b = bases.get(("incoming", code), 0), bases.get(("outgoing", code), 0)
            self._row(sec, self.basis_words(code), {1: (num(a), ("requests_by_basis", ("incoming", code))),
                                                    2: (num(b), ("requests_by_basis", ("outgoing", code))),
                                                    3: (num(a + b), None)})
        sec = self._section(self.tr("Turnaround (received or sent → first answer)"))
        turn = {r["direction"]: r for r in fig.turnaround}
        for label, field in ((self.tr("Answered in the period"), "answered"),
                             (self.tr("Median (days)"), "median_days"),
                             (self.tr("90th percentile (days)"), "p90_days")):
            self._row(sec, label, {1: (num(turn["incoming"][field]), ("turnaround", ("incoming",))),
                                   2: (num(turn["outgoing"][field]), ("turnaround", ("outgoing",)))})
        ontime = {r["direction"]: r for r in fig.on_time}

        def rate(r: dict) -> str:
            return none if r["rate"] is None else f"{r['rate'] * 100:.1f}%"

        self._row(sec, self.tr("On time (answered by the due date)"),
                  {1: (rate(ontime["incoming"]), ("on_time", ("incoming", "on-time"))),
                   2: (rate(ontime["outgoing"]), ("on_time", ("outgoing", "on-time")))})
        self._row(sec, self.tr("Answered late"),
                  {1: (num(ontime["incoming"]["with_due"] - ontime["incoming"]["on_time"]),
                       ("on_time", ("incoming", "late"))),
                   2: (num(ontime["outgoing"]["with_due"] - ontime["outgoing"]["on_time"]),
                       ("on_time", ("outgoing", "late")))})
        sec = self._section(self.tr("Open requests today, by age"))
        ages = {r["bucket"]: r["count"] for r in fig.open_by_age}
        age_words = {"0-30": self.tr("0–30 days"), "31-90": self.tr("31–90 days"),
                     "91-180": self.tr("91–180 days"), "181-365": self.tr("181–365 days"),
                     "over-365": self.tr("Over a year")}
        for key, _last in AGE_BUCKETS:
            self._row(sec, age_words[key], {3: (num(ages.get(key, 0)), ("open_by_age", (key,)))})
        self._row(sec, self.tr("Cold: no activity for %n day(s)", "", int(fig.cold.get("days", 0))),
                  {3: (num(fig.cold.get("count", 0)), ("cold", ()))})
        sec = self._section(self.tr("Refusals and postponements by ground (Art. 11)"))
        decisions = {"refused": self.tr("refused"), "postponed": self.tr("postponed"),
                     "withheld": self.tr("withheld")}
        for r in fig.grounds:
            col = 1 if r["direction"] == "incoming" else 2
            label = f"{ground_label(r['ground'], self._grounds.get(r['ground']))} — {decisions[r['decision']]}"
            self._row(sec, label, {col: (num(r["count"]), ("grounds", (r["direction"], r["decision"], r["ground"])))})
        if not fig.grounds:
            QTreeWidgetItem(sec, [self.tr("None in the period")])
        sec = self._section(self.tr("Oral requests (Art. 7.1)"))
        oral_words = {"made": self.tr("Made orally"), "confirmed-on-time": self.tr("Confirmed in writing in time"),
                      "confirmed-late": self.tr("Confirmed in writing late"),
                      "unconfirmed-overdue": self.tr("Not confirmed, overdue"),
                      "unconfirmed-pending": self.tr("Not confirmed, not yet due")}
        for state in ORAL_STATES:
            self._row(sec, oral_words[state], {3: (num(fig.oral.get(state, 0)), ("oral", (state,)))},
                      marked=state in ("confirmed-late", "unconfirmed-overdue") and bool(fig.oral.get(state)))
        sec = self._section(self.tr("Special surveillance (Art. 4.2)"))
        kind_words = {"person": self.tr("Persons"), "goods": self.tr("Goods"),
                      "transport": self.tr("Means of transport")}
        for r in fig.subjects_active:
            self._row(sec, self.tr("Subjects under surveillance: {0}").format(kind_words.get(r["kind"], r["kind"])),
                      {3: (num(r["count"]), ("subjects_active", (r["kind"],)))})
        for r in fig.observations_by_month:
            if r["count"]:
                self._row(sec, self.tr("Observations in {0}").format(month_text(r["month"])),
                          {3: (num(r["count"]), ("observations_by_month", (r["month"],)))})
        sec = self._section(self.tr("Disclosures by authority and verdict (Art. 9, 10)"))
        verdicts = {"allowed": self.tr("allowed"), "obligation": self.tr("allowed with obligations"),
                    "override": self.tr("OVERRIDE")}
        for r in fig.disclosures:
            override = r["decision"] == "override"
            label = f"{'▲ ' if override else ''}{r['authority']} — {verdicts.get(r['decision'], r['decision'])}"
            self._row(sec, label, {3: (num(r["count"]), ("disclosures", (r["authority"], r["decision"])))},
                      marked=override)
        if not fig.disclosures:
            QTreeWidgetItem(sec, [self.tr("None in the period")])

    def basis_words(self, code: str) -> str:
        """A legal basis in the catalogue's words ("Art. 4.1(a)(i) — …"), "—" for none."""
        if not code:
            return self.tr("No legal basis recorded")
        basis = self._bases.get(code)
        if basis is None:
            return code
        label = catalogue_label(basis)
        return f"{article_text(basis.article)} — {label}" if basis.article else label

    def cell(self, figure: str, key: tuple) -> QTreeWidgetItem | None:
        """The tree row holding the cell of (``figure``, ``key``) (for a test or a script)."""
        for i in range(self.tree.topLevelItemCount()):
            sec = self.tree.topLevelItem(i)
            for j in range(sec.childCount()):
                item = sec.child(j)
                for col in range(1, COLUMNS):
                    if item.data(col, FigureRole) == (figure, key):
                        return item
        return None

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        target = item.data(column, FigureRole)
        if target is None:  # the label or an empty cell: the row's only figure, if it has one
            targets = [item.data(c, FigureRole) for c in range(1, COLUMNS) if item.data(c, FigureRole)]
            target = targets[0] if len(targets) == 1 else None
        if target is not None:
            figure, key = target
            self.show_behind(figure, tuple(key), f"{item.text(0)}")

    # -- click-through -----------------------------------------------------------------------
    def show_behind(self, figure: str, key: tuple, title: str) -> BehindDialog:
        """Open the list of the requests behind (``figure``, ``key``), read off the UI thread."""
        dialog = BehindDialog(self, title)
        dialog.open_request.connect(self.open_request)
        from app.services.stats import queries

        def shown(rows: list) -> None:
            if shiboken6.isValid(dialog):  # not closed (and deleted) while the list was read
                dialog.show_rows(rows)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.show_error(str(exc))

        run_task(queries.behind, self.desk, self.current_filter(), figure, key, on_done=shown, on_error=failed)
        dialog.show()
        return dialog

    # -- charts ------------------------------------------------------------------------------
    def _draw_charts(self, fig: Figures) -> None:
        import pyqtgraph as pg  # lazily: the window's start-up never imports it

        if self.month_plot is None:
            pg.setConfigOptions(antialias=True, background="w", foreground="k")
            self.month_plot = pg.PlotWidget(objectName="stats_month_chart")
            self.month_plot.setMinimumHeight(220)
            self.month_plot.setMenuEnabled(False)
            self.month_plot.setMouseEnabled(x=False, y=False)
            self.month_plot.viewport().installEventFilter(self)
            # Down before Qt goes (the application quitting), never in Python's exit collection.
            QCoreApplication.instance().aboutToQuit.connect(self.close_charts)
            self.grounds_plot = pg.PlotWidget(objectName="stats_grounds_chart")
            self.grounds_plot.setMinimumHeight(180)
            self.grounds_plot.setMenuEnabled(False)
            self.grounds_plot.setMouseEnabled(x=False, y=False)
            self.grounds_plot.viewport().installEventFilter(self)
            self.charts_box.addWidget(QLabel(self.tr("Requests received and sent by month (click a bar)")))
            # The key in words and the bars' own patterns (solid, hatched): a pyqtgraph legend
            # item would outlive the bars it names, which plot.clear() takes away.
            self.charts_box.addWidget(QLabel(self.tr("■ received (incoming)    ▨ sent (outgoing)"),
                                             objectName="stats_month_key"))
            self.charts_box.addWidget(self.month_plot, 3)
            self.charts_box.addWidget(QLabel(self.tr("Refusals and postponements by ground (click a bar)")))
            self.charts_box.addWidget(self.grounds_plot, 2)
        months = sorted({r["month"] for r in fig.requests_by_month})
        by = {(r["direction"], r["month"]): r["count"] for r in fig.requests_by_month}
        self._months = months
        plot = self.month_plot
        plot.clear()
        xs = list(range(len(months)))
        black = QPen(QColor("black"))
        black.setCosmetic(True)
        received = pg.BarGraphItem(x=[x - 0.2 for x in xs], height=[by.get(("incoming", m), 0) for m in months],
                                   width=0.38, brush=QBrush(QColor("#333333")), pen=black)
        sent = pg.BarGraphItem(x=[x + 0.2 for x in xs], height=[by.get(("outgoing", m), 0) for m in months],
                               width=0.38, brush=QBrush(QColor("black"), Qt.BrushStyle.BDiagPattern), pen=black)
        plot.addItem(received)
        plot.addItem(sent)
        # Up to a year: the month's number; longer: every n-th month as YY-MM.
        step = max(1, (len(months) + 11) // 12)
        plot.getAxis("bottom").setTicks([[(i, m[2:] if len(months) > 12 else m[5:])
                                          for i, m in enumerate(months) if i % step == 0]])
        plot.setXRange(-0.7, max(len(months) - 0.3, 0.3), padding=0)
        top = max([by.get(k, 0) for k in by] + [1])
        plot.setYRange(0, top * 1.15, padding=0)

        self._ground_rows = list(fig.grounds)
        gplot = self.grounds_plot
        gplot.clear()
        rows = self._ground_rows
        if rows:
            heights = [r["count"] for r in rows]
            bars = pg.BarGraphItem(x0=[0] * len(rows), y=list(range(len(rows))), height=0.6, width=heights,
                                   brush=QBrush(QColor("#777777")), pen=black)
            gplot.addItem(bars)
            gplot.getAxis("left").setTicks([[(i, self._ground_tick(r)) for i, r in enumerate(rows)]])
            gplot.setYRange(-0.7, len(rows) - 0.3, padding=0)
            gplot.setXRange(0, max(heights) * 1.15, padding=0)
            step = max(1, (max(heights) + 4) // 5)  # whole counts only
            gplot.getAxis("bottom").setTickSpacing(major=step, minor=step)

    def _ground_tick(self, row: dict) -> str:
        """A bar's label on the grounds chart, in the window's language: the ground in the
        catalogue's words (cut to fit the axis), the outcome and the direction."""
        ground = self._grounds.get(row["ground"])
        words = catalogue_label(ground) if ground is not None else row["ground"]
        words = _cut(words, 26)
        decisions = {"refused": self.tr("refused"), "postponed": self.tr("postponed"),
                     "withheld": self.tr("withheld")}
        return f"{words} · {decisions.get(row['decision'], row['decision'])} · {direction_label(row['direction'])}"

    def close_charts(self) -> None:
        """Take the charts down through pyqtgraph's own ``close`` (clears its scene and drops
        its viewport) before the page goes: a tool that deletes every window at once calls it
        first, so the plots are not left to Python's exit-time collection after Qt is gone."""
        for plot in (self.month_plot, self.grounds_plot):
            if plot is not None:
                plot.viewport().removeEventFilter(self)
                plot.close()
        self.month_plot = self.grounds_plot = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """A left click on a chart: the bar under it, listed (a plain Qt event filter on the
        chart's viewport, so the page holds no connection into pyqtgraph's scene)."""
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            for plot, clicked in ((self.month_plot, lambda p: self.month_bar_clicked(p.x())),
                                  (self.grounds_plot, lambda p: self.ground_bar_clicked(p.y()))):
                if plot is not None and watched is plot.viewport():
                    scene_pos = plot.mapToScene(event.position().toPoint())
                    clicked(plot.plotItem.vb.mapSceneToView(scene_pos))
        return super().eventFilter(watched, event)

    def month_bar_clicked(self, x: float) -> BehindDialog | None:
        """A click at ``x`` on the months chart: the bar's month and direction, listed."""
        i = round(x)
        if not 0 <= i < len(getattr(self, "_months", [])) or abs(x - i) > 0.4:
            return None
        direction = "incoming" if x < i else "outgoing"
        month = self._months[i]
        return self.show_behind("requests_by_month", (direction, month),
                                f"{direction_label(direction)} — {month}")

    def ground_bar_clicked(self, y: float) -> BehindDialog | None:
        """A click at ``y`` on the grounds chart: that bar's outcomes' requests, listed."""
        i = round(y)
        if not 0 <= i < len(self._ground_rows) or abs(y - i) > 0.3:
            return None
        r = self._ground_rows[i]
        return self.show_behind("grounds", (r["direction"], r["decision"], r["ground"]),
                                ground_label(r["ground"], self._grounds.get(r["ground"])))

    # -- files -------------------------------------------------------------------------------
    def export_csv(self) -> None:
        """Save the figures on screen as CSV (UTF-8 with a byte order mark)."""
        if self.figures is None:
            return
        fig = self.figures
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the figures as CSV"),
                                              f"figures-{fig.start.isoformat()}-{fig.end.isoformat()}.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> None:
        """Write the figures on screen to ``path`` (the safe-output checks first)."""
        from app.security.files import write_private
        from app.services.letters.registry import check_out_path
        from app.services.stats.report import figures_csv

        fig = self.figures
        data_dir = self.desk.db.data_dir

        def write() -> str:
            out = check_out_path(path, data_dir)
            write_private(out, figures_csv(fig))
            return str(out)

        run_task(write, on_done=lambda out: self.summary.setText(self.tr("Saved {0}").format(out)),
                 on_error=lambda exc: QMessageBox.warning(self, self.tr("Statistics"), str(exc)))

    def export_report(self) -> None:
        """Ask for a year and a file, and write the annual report (``report_languages``)."""
        year, ok = QInputDialog.getInt(self, self.tr("Annual report"), self.tr("Year:"),
                                       self.to_edit.date().year(), 1990, 9999)
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the annual report"),
                                              f"annual-report-{year}.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.write_report(year, path, report_languages())

    def write_report(self, year: int, path: str, lang: str = "en+ja") -> None:
        """Render the annual report for ``year`` and write it to ``path``, off the UI thread."""
        from app.security.files import write_private
        from app.services.letters.registry import check_out_path
        from app.services.stats.report import annual_report

        desk = self.desk

        def write() -> str:
            out = check_out_path(path, desk.db.data_dir)
            write_private(out, annual_report(desk, year, lang))
            return str(out)

        run_task(write, on_done=lambda out: self.summary.setText(self.tr("Saved {0}").format(out)),
                 on_error=lambda exc: QMessageBox.warning(self, self.tr("Statistics"), str(exc)),
                 progress=self.tr("Writing the annual report…"), parent=self)


__all__ = ["BehindDialog", "FigureRole", "StatsView"]
