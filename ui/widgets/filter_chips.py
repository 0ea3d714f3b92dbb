"""The chips above the request list: status, partner, legal basis, and clock flags.

Emits ``changed(dict)`` with the ``ListFilter`` fields it controls (statuses, agreement, basis,
flags); the list view applies them. Every chip is reachable with the keyboard (Tab, Space).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QToolButton, QWidget

from app.services.agreements.catalogue import get_spec, list_agreements
from app.services.context import Desk
from app.services.requests.listing import GROUPS
from app.treaty.lifecycle import TRANSITIONS, Direction, initial_status
from ui.i18n import agreement_words, catalogue_label
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.labels import status_label


def statuses_of(group: str) -> list[str]:
    """Statuses a request of this navigation group can have, in lifecycle order."""
    seen: dict[str, None] = {}
    for d in GROUPS[group]:
        direction = Direction(d)
        seen[str(initial_status(direction))] = None
        for src, targets in TRANSITIONS[direction].items():
            seen[str(src)] = None
            for t in targets:
                seen[str(t)] = None
    return list(seen)


class FilterChips(QWidget):
    """Chips for one navigation group; ``values()`` gives the filter fields they set."""

    changed = Signal(dict)

    def __init__(self, desk: Desk, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.group = group
        # Wraps onto a second line in a narrow window instead of setting its minimum width.
        layout = FlowLayout(self)

        self.status_button = QToolButton()
        self.status_button.setObjectName("chip_status")
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[str, QAction] = {}
        for status in statuses_of(group):
            action = self.status_menu.addAction(status_label(status))  # words; the filter keeps the code
            action.setCheckable(True)
            action.toggled.connect(self._emit)
            self.status_actions[status] = action
        self.status_button.setMenu(self.status_menu)
        layout.addWidget(self.status_button)

        self.partner = QComboBox()
        self.partner.setObjectName("chip_partner")
        self.partner.addItem(self.tr("Any partner"), None)
        for a in list_agreements(desk):
            self.partner.addItem(f"{a.partner_country} — {agreement_words(a.short_title)}", a.key)
        self._compact(self.partner)
        self.partner.currentIndexChanged.connect(self._partner_changed)
        layout.addWidget(self.partner)

        self.basis = QComboBox()
        self.basis.setObjectName("chip_basis")
        self.basis.setToolTip(self.tr("Main legal basis (the first one listed on the request)"))
        self._fill_bases(None)
        self._compact(self.basis)
        self.basis.currentIndexChanged.connect(self._emit)
        layout.addWidget(self.basis)

        self.flags: dict[str, QToolButton] = {}
        for flag, label, tip in (
            ("overdue", self.tr("Overdue"),
             self.tr("Past the due date, the agreement's termination date or the date its "
                     "oral request had to be confirmed in writing (Art. 7.1)")),
            ("due-week", self.tr("Due this week"), self.tr("Due within the 'due soon' window (Settings)")),
            ("oral-unconfirmed", self.tr("Oral, unconfirmed"),
             self.tr("Oral requests not yet confirmed in writing (Art. 7.1)")),
        ):
            chip = QToolButton()
            chip.setObjectName("chip_" + flag.replace("-", "_"))
            chip.setText(label)
            chip.setToolTip(tip)
            chip.setCheckable(True)
            chip.toggled.connect(self._emit)
            layout.addWidget(chip)
            self.flags[flag] = chip

        self.clear_button = QToolButton()
        self.clear_button.setObjectName("chip_clear")
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self._quiet = False
        self._label_status()

    @staticmethod
    def _compact(combo: QComboBox) -> None:
        # Long agreement titles must not widen the whole window; the popup shows them in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)

    def _fill_bases(self, agreement: str | None) -> None:
        keep = self.basis.currentData()
        self.basis.blockSignals(True)
        self.basis.clear()
        self.basis.addItem(self.tr("Any legal basis"), None)
        codes: dict[str, str] = {}
        keys = [agreement] if agreement else [a.key for a in list_agreements(self.desk)]
        for key in keys:
            for b in get_spec(self.desk, key).bases:
                # A desk code that is not an article reference ("4.3-spontaneous") reads by its
                # article, as in the list: "4.3 Spontaneous information on serious offences".
                shown = b.code if b.code.startswith(b.article) and b.code[len(b.article):][:1] in ("", "(") \
                    else b.article
                codes.setdefault(b.code, f"{shown} {catalogue_label(b)}")
        for code, caption in codes.items():
            self.basis.addItem(caption, code)
        i = self.basis.findData(keep)
        self.basis.setCurrentIndex(max(i, 0))
        self.basis.blockSignals(False)

    def _partner_changed(self) -> None:
        self._fill_bases(self.partner.currentData())
        self._emit()

    def _label_status(self) -> None:
        chosen = [s for s, a in self.status_actions.items() if a.isChecked()]
        words = ", ".join(map(status_label, chosen))
        self.status_button.setText(self.tr("Status: {0}").format(words) if chosen
                                   else self.tr("Any status"))
        # The menu arrow is drawn over the text's end unless the button is wider than its text.
        text_width = self.status_button.fontMetrics().horizontalAdvance(self.status_button.text())
        self.status_button.setMinimumWidth(text_width + 30)

    def values(self) -> dict:
        """The ``ListFilter`` fields the chips set."""
        return {
            "statuses": tuple(s for s, a in self.status_actions.items() if a.isChecked()),
            "agreement": self.partner.currentData(),
            "basis": self.basis.currentData(),
            "flags": tuple(f for f, chip in self.flags.items() if chip.isChecked()),
        }

    def set_flag(self, flag: str, on: bool = True) -> None:
        """Turn a flag chip on or off."""
        self.flags[flag].setChecked(on)

    def set_statuses(self, statuses: list[str]) -> None:
        """Check exactly these statuses."""
        self._quiet = True
        for s, a in self.status_actions.items():
            a.setChecked(s in statuses)
        self._quiet = False
        self._emit()

    def clear(self) -> None:
        """Remove every filter."""
        self._quiet = True
        for a in self.status_actions.values():
            a.setChecked(False)
        self.partner.setCurrentIndex(0)
        self.basis.setCurrentIndex(0)
        for chip in self.flags.values():
            chip.setChecked(False)
        self._quiet = False
        self._emit()

    def _emit(self, *_args: object) -> None:
        if self._quiet:
            return
        self._label_status()
        self.changed.emit(self.values())
