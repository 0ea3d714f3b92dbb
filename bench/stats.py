"""Statistics and the annual report over the synthetic store (issue budgets: the figures of the
Statistics page and ``stats --json`` within 200 ms of query time; the annual report PDF within 3 s).

Floors, measured in the same run:

- figures: the very SQL statements the service sends (caught from SQLAlchemy's
  ``before_cursor_execute`` during one run, with their parameters), executed on a bare,
  keyed sqlcipher3 connection and fetched: the database's own share, without SQLAlchemy and
  without our Python around it;
- report: the figures' floor for the same year (whole desk and each agreement), plus as many bare
  reportlab pages in the letters' fonts (``bench.letters``) as the report has pages.
"""

from __future__ import annotations

import io
import sys
from datetime import date

from bench.common import BenchContext, Row, median_ms, seconds

N = 9


def _captured(ctx: BenchContext, fn) -> list[tuple[str, tuple]]:  # noqa: ANN001 - a callable
    """The (SQL, parameters) ``fn()`` sends to the store."""
    from sqlalchemy import event

    sent: list[tuple[str, tuple]] = []

    def catch(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ARG001
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):  # not the read's BEGIN
            sent.append((statement, tuple(parameters or ())))

    engine = ctx.desk.db.engine
    event.listen(engine, "before_cursor_execute", catch)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", catch)
    return sent


def _raw_ms(ctx: BenchContext, statements: list[tuple[str, tuple]], n: int = N) -> float:
    raw = ctx.raw_connection()
    try:
        return median_ms(lambda: [raw.execute(sql, params).fetchall() for sql, params in statements], n)
    finally:
        raw.close()


def run(ctx: BenchContext) -> list[Row]:
    """The statistics rows."""
    from pypdf import PdfReader

    from app.services.stats import queries
    from app.services.stats.report import annual_report

    year = ctx.params.anchor.year if ctx.params is not None else date.today().year
    rows = []
    count = 0
    # The budget is the page's: it opens on a year (the whole desk, or one agreement). Ten years
    # (every request of the store) is reported beside it, without a budget: there the SQL alone,
    # the floor, costs more than 200 ms (it aggregates the whole store's answers and outcomes).
    for label, flt, budget in (("a year, the whole desk", queries.year_filter(year), 200),
                               ("a year, one agreement (jp-us-1997)", queries.year_filter(year, "jp-us-1997"), 200),
                               ("ten years, the whole desk",
                                queries.StatsFilter(date(year - 9, 1, 1), date(year, 12, 31)), None)):
        statements = _captured(ctx, lambda f=flt: queries.figures(ctx.desk, f))
        count = len(statements)
        rows.append(Row(f"stats: every figure of {label} (Statistics page, stats --json)",
                        round(median_ms(lambda f=flt: queries.figures(ctx.desk, f), N), 2), "ms", budget,
                        round(_raw_ms(ctx, statements), 2),
                        f"{count} aggregate queries; floor: the same SQL and parameters on bare sqlcipher3, "
                        f"median of {N}" + ("" if budget else "; no budget: the whole store, reported only")))

    from bench.letters import time_bare_page_in_letter_fonts

    def report() -> bytes:
        return annual_report(ctx.desk, year, "en+ja")

    report()  # fonts registered, styles built: the steady state
    secs, pdf = seconds(report)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    statements = _captured(ctx, report)
    floor = _raw_ms(ctx, statements, 3) / 1000 + pages * time_bare_page_in_letter_fonts(5)["best_s"]
    rows.append(Row(f"report: annual report {year} PDF (en+ja, {pages} pages)", round(secs, 3), "s", 3.0,
                    round(floor, 3), f"floor: its {len(statements)} queries on bare sqlcipher3 plus {pages} bare "
                                     "reportlab pages in the letters' fonts"))
    return rows


if __name__ == "__main__":  # pragma: no cover - `python -m bench --only bench.stats` is the way in
    from bench.__main__ import main

    sys.exit(main(["--only", "bench.stats", *sys.argv[1:]]))
