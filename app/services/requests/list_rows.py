"""The request list's plain definitions, shared by the SQL paging service and the first paint.

``app.services.requests.listing`` (SQLAlchemy) and ``app.services.quick_list`` (plain ``sqlcipher3``,
used to paint the first page before SQLAlchemy is imported) both read the list through the names
below: the columns a row is built from, the column each sort key orders by, the navigation groups
and the one function that turns a raw row into a ``ListRow``. Defining them once is what keeps the
two paths showing the same rows. Nothing here imports SQLAlchemy or Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from app.treaty import catalogue, clocks
from app.treaty.lifecycle import CLOCK_STOPPED_STATUSES, TERMINAL_STATUSES

#: Navigation groups of the list: which directions each one shows.
GROUPS: dict[str, tuple[str, ...]] = {
    "incoming": ("incoming",),
    "outgoing": ("outgoing",),
    "spontaneous": ("spontaneous-in", "spontaneous-out"),
    "all": ("incoming", "outgoing", "spontaneous-in", "spontaneous-out"),
}

#: Columns of ``request`` a list row is built from, in the order ``make_row`` reads them.
LIST_COLUMNS: tuple[str, ...] = (
    "id", "our_ref", "their_ref", "agreement_id", "primary_basis", "title", "status", "due_on",
    "assigned_to", "form", "confirmation_due_on", "confirmed_on", "direction", "urgency",
)

#: Sort key -> the ``request`` columns it orders by, before the insertion-order tie-break (id).
#: "partner" is a property of the agreement and is paged apart (None). "due" adds the status so
#: that the order matches the ``ix_request_list_due`` index (no sort step).
SORT_COLUMNS: dict[str, tuple[str, ...] | None] = {
    "ref": ("our_ref",),
    "their_ref": ("their_ref",),
    "partner": None,
    "basis": ("primary_basis",),
    "title": ("title",),
    "status": ("status",),
    "due": ("due_on", "status"),
    "officer": ("assigned_to",),
}

#: Agreement columns read for the list (partner name and termination, Art. 14.2).
AGREEMENT_COLUMNS: tuple[str, ...] = ("id", "key", "partner_country", "termination_notice_on",
                                      "catalogue")

CLOSED = tuple(s.value for s in TERMINAL_STATUSES)
STOPPED = tuple(s.value for s in CLOCK_STOPPED_STATUSES)  # answered: the due clock stops


@dataclass(frozen=True)
class ListFilter:
    """What the list shows: a navigation group plus optional chips.

    ``statuses`` any of these statuses; ``agreement`` the key of the agreement (hence partner);
    ``basis`` the main (first-listed) legal basis; ``flags`` any of the clock flags (all must
    hold)."""

    group: str = "all"
    statuses: tuple[str, ...] = ()
    agreement: str | None = None
    basis: str | None = None
    flags: tuple[str, ...] = ()
    today: date | None = None  # None: the desk's today

    def narrows(self) -> bool:
        """True when a chip is set (the list is more than its navigation group)."""
        return bool(self.statuses or self.agreement or self.basis or self.flags)


class ListRow(NamedTuple):
    """One row of the request list, plain data only."""

    ref: str
    their_ref: str | None
    partner: str
    basis: str | None
    title: str
    status: str
    due_on: date | None
    officer: str | None
    due_state: str | None  # "overdue" | "due-soon" | "ok" | None (no clock or closed)
    oral_state: str | None  # Art. 7.1: "pending" | "late" | None
    direction: str
    urgency: str
    agreement_key: str


#: agreement id -> (key, partner name, termination date or None).
AgreementEntries = dict[int, tuple[str, str, date | None]]

#: Catalogues of the agreements last read by ``agreement_entries``, by key: the list names a
#: basis from them (``basis_caption``) without a query per row.
_SPECS: dict[str, tuple[str, catalogue.AgreementSpec]] = {}  # key -> (catalogue text, spec)
_CAPTIONS: dict[tuple[str, str], tuple[str, str]] = {}


def agreement_entries(rows: Iterable[Sequence]) -> AgreementEntries:
    """Partner names and termination dates (Art. 14.2) from rows of ``AGREEMENT_COLUMNS``.

    The catalogue is read as trusted, as the services read stored catalogues."""
    out: AgreementEntries = {}
    for aid, key, country, notice_on, text in rows:
        # Parsed once per agreement and catalogue text: the first paint reads every agreement.
        if key not in _SPECS or _SPECS[key][0] != text:  # a changed catalogue: new captions
            _SPECS[key] = (text, catalogue.agreement_from_dict(json.loads(text), trusted=True))
            for cached in [k for k in _CAPTIONS if k[0] == key]:
                del _CAPTIONS[cached]
        spec = _SPECS[key][1]
        # The country first: a narrow Partner column still says who it is ("US — U.S. Cus…").
        name = spec.partner_administration.name_in("en")
        partner = f"{country} \u2014 {name}" if name else country
        # The agreement's own notice period (Japan–US: three months, Art. 14.2).
        term = (clocks.termination_date(notice_on, months=spec.termination_months,
                                        article=spec.termination_article).value
                if notice_on else None)
        out[aid] = (key, partner, term)
    return out


def make_row(r: Sequence, ags: AgreementEntries, today: date, soon: int) -> ListRow:
    """A ``ListRow`` from a raw row of ``LIST_COLUMNS`` (dates as ``date``)."""
    (_id, ref, their, aid, basis, title, status, due_on, officer, form, conf_due, confirmed,
     direction, urgency) = r[:14]
    key, partner, term = ags[aid]
    state = None
    if status not in STOPPED:
        eff = clocks.effective_due(due_on, term)
        if eff is not None:
            state = clocks.due_state(eff.value, today, soon)
    oral = None
    if form == "oral" and conf_due and status not in CLOSED:
        st = clocks.confirmation_state(conf_due, confirmed, today)
        oral = st if st in ("pending", "late") else None
    return ListRow(ref, their, partner, basis, title or "", status, due_on, officer, state, oral,
                   direction, urgency, key)


def basis_caption(agreement_key: str, code: str | None) -> tuple[str, str]:
    """How the list names a legal basis, and its hover text, from the agreement's catalogue.

    A code that is an article reference ("4.1(a)(i)", "3.1") is shown as it is; a desk code that
    is not ("4.3-spontaneous") shows its article and label ("4.3 — Spontaneous information
    on serious offences"). The hover text gives the label and the article's text, as the detail
    pane does. An unknown code (or an agreement not read yet) shows as it is.
    """
    if not code:
        return "", ""
    cached = _CAPTIONS.get((agreement_key, code))
    if cached is not None:
        return cached
    spec = _SPECS[agreement_key][1] if agreement_key in _SPECS else None
    if spec is None or not spec.has_basis(code):
        return code, code
    basis = spec.basis(code)
    is_reference = code == basis.article or code.startswith(basis.article + "(")
    text = code if is_reference else f"{basis.article} \u2014 {basis.label}"
    try:
        article = spec.article_text(basis.article) or ""
    except KeyError:
        article = ""
    tip = f"Art. {basis.article} \u2014 {basis.label}" + (f"\n\n{article}" if article else "")
    _CAPTIONS[(agreement_key, code)] = (text, tip)
    return text, tip
