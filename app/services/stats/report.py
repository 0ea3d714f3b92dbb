"""The annual report (PDF) and the figures as CSV.

``annual_report(desk, year, lang)`` computes the year's figures for the whole desk and for each
agreement (in use, or with requests in the year), words the codes (grounds, legal bases) from
each agreement's catalogue in every language of the report, and renders the PDF
(``app.documents.annual_report``). ``figures_csv`` writes the figures as CSV in UTF-8 with a byte
order mark, so spreadsheet programs open Japanese text correctly.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from sqlalchemy import select

from app.services.context import Desk
from app.services.stats import queries
from app.services.stats.figures import Figures, StatsFilter
from app.services.validation import ServiceError
from app.store import tables


def _labels(rows: list, lang_codes: tuple[str, ...]) -> tuple[dict, dict, dict[str, str]]:
    """(ground labels, basis labels, own administration names) from the agreements' catalogues."""
    from app.services.agreements.catalogue import spec_of

    grounds: dict[str, dict[str, str]] = {}
    bases: dict[str, dict[str, str]] = {}
    own: dict[str, str] = {}
    for row in rows:
        spec = spec_of(row)
        for g in spec.grounds:
            grounds.setdefault(g.code, {})
            for lang in lang_codes:
                if lang not in grounds[g.code]:
                    art = _article(lang, g.article)
                    grounds[g.code][lang] = f"{art} — {g.label_in(lang)}" if art else g.label_in(lang)
        for b in spec.bases:
            bases.setdefault(b.code, {})
            for lang in lang_codes:
                bases[b.code].setdefault(lang, f"{_article(lang, b.article)} — {b.label_in(lang)}"
                                          if b.article else b.label_in(lang))
        if not own:
            own = {lang: spec.our_administration.name_in(lang) for lang in lang_codes}
    return grounds, bases, own


def _kept_names(conn: Any, rows: list, lang_codes: tuple[str, ...]) -> dict[str, str]:
    """The own administration's names the officer keeps (Settings, the Directory), by language:
    they win over the catalogue's, as on the letters."""
    from app.services.agreements.catalogue import spec_of
    from app.services.agreements.directory import read_names

    if not rows:
        return {}
    adm = tables.administration
    kept = conn.execute(select(adm.c.names).where(
        adm.c.is_own.is_(True), adm.c.country == spec_of(rows[0]).our_administration.country)
        .order_by(adm.c.id).limit(1)).scalar_one_or_none()
    return {lang: name for lang, name in read_names(kept).items() if lang in lang_codes and name}


def _article(lang: str, code: str | None) -> str:
    if not code:
        return ""
    from app.documents.i18n import Wording

    return Wording(lang).article(code)


def report_parts(desk: Desk, year: int) -> tuple[Figures, list[tuple[Any, Figures]]]:
    """The whole desk's figures for ``year`` and (agreement row, figures) for each agreement in
    use or with requests in the year, by key."""
    whole = queries.figures(desk, queries.year_filter(year))
    with desk.query() as conn:
        rows = list(conn.execute(select(tables.agreement).order_by(tables.agreement.c.key)))
    parts = []
    for row in rows:
        fig = queries.figures(desk, queries.year_filter(year, row.key))
        if row.in_use or fig.total("incoming") or fig.total("outgoing"):
            parts.append((row, fig))
    return whole, parts


def annual_report(desk: Desk, year: int, lang: str = "en+ja") -> bytes:
    """The annual report for ``year`` as PDF bytes, in ``lang`` (``REPORT_LANGUAGES``)."""
    from app.documents.annual_report import REPORT_LANGUAGES, ReportData, ReportPart, render_report

    if lang not in REPORT_LANGUAGES:
        raise ServiceError("lang", f"the report is written in {', '.join(REPORT_LANGUAGES)}, not {lang!r}")
    whole, parts = report_parts(desk, year)
    langs = tuple(lang.split("+"))
    with desk.query() as conn:
        rows = list(conn.execute(select(tables.agreement).order_by(tables.agreement.c.id)))
        grounds, bases, own = _labels(rows, langs)
        own.update(_kept_names(conn, rows, langs))
    from app.services.agreements.catalogue import spec_of

    data = ReportData(
        year=year, lang=lang, made_on=desk.today(), whole=whole,
        parts=[ReportPart(key=row.key, titles={x: spec_of(row).title_in(x) for x in langs},
                          partner_country=row.partner_country, figures=fig) for row, fig in parts],
        administration=own, ground_labels=grounds, basis_labels=bases)
    return render_report(data)


def figures_csv(fig: Figures) -> bytes:
    """The figures as CSV (``Figures.csv_rows``), UTF-8 with a byte order mark, CRLF lines."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in fig.csv_rows():
        writer.writerow(row)
    return buf.getvalue().encode("utf-8-sig")


def period_filter(start: date | None, end: date | None, today: date, agreement: str | None = None,
                  partner: str | None = None) -> StatsFilter:
    """The period the officer asked for: from ``start`` (default: 1 January of ``end``'s year) to
    ``end`` (default: ``today``)."""
    end = end or today
    return StatsFilter(start or date(end.year, 1, 1), end, agreement, partner)
