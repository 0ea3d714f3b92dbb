"""Statistics sub-commands: ``stats`` (the figures of a period) and ``report`` (the annual report).

Both read the same figures as the window's Statistics page (``app.services.stats``). Output
files go through the safe-output checks every ``--out`` has (not inside the data dir, a folder
that exists, ``--force`` to replace a file) before anything is computed.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import EXIT_OK, check_new_file, data_dir_of, echo, fail, opened, to_json
from app.cli.helptext import FORCE_HELP, JSON_HELP

#: The report's languages (``app.documents.annual_report.REPORT_LANGUAGES``, kept here so the
#: parser does not import reportlab).
REPORT_LANGUAGES = ("en", "ja", "es", "en+ja", "ja+en", "en+es", "es+en")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``stats`` and ``report``."""
    p = sub.add_parser("stats", parents=[common],
                       help="the desk's figures for a period: requests by month and basis, turnaround, "
                            "on-time rate, open and cold requests, Art. 11 grounds, oral requests, "
                            "surveillance, disclosures")
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (default: 1 January of --to's year)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    p.add_argument("--agreement", metavar="KEY", help="only this agreement (e.g. jp-us-1997)")
    p.add_argument("--partner", metavar="COUNTRY", help="only agreements with this partner country (e.g. US)")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--json", action="store_true", help=JSON_HELP)
    how.add_argument("--csv", action="store_true",
                     help="write the figures as CSV (UTF-8 with a byte order mark) to --out")
    p.add_argument("--out", metavar="FILE", help="the CSV file to write (with --csv)")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("report", parents=[common],
                       help="the annual report for a year as PDF (figures, charts, a table per agreement)")
    p.add_argument("--year", required=True, type=int, metavar="YYYY", help="the calendar year")
    p.add_argument("--lang", default="en+ja", choices=REPORT_LANGUAGES,
                   help="language(s); two print one version after the other (default: en+ja)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.set_defaults(func=cmd_report)


def _out(args: argparse.Namespace):  # a checked Path
    from app.services.letters.registry import check_out_path

    return check_new_file(check_out_path(args.out, data_dir_of(args)), args.force)


def cmd_stats(args: argparse.Namespace) -> int:
    """Print (or write as CSV) the figures of a period."""
    from app.services.stats import queries
    from app.services.stats.report import figures_csv, period_filter
    from app.services.validation import parse_date

    start, end = parse_date("from", args.start), parse_date("to", args.end)
    if args.csv and not args.out:
        return fail("out: --csv writes a file; give --out FILE.csv")
    if args.out and not args.csv:
        return fail("out: --out goes with --csv (the figures as CSV)")
    out = _out(args) if args.csv else None  # checked before the figures are computed
    with opened(args) as desk:
        flt = period_filter(start, end, desk.today(), args.agreement, args.partner)
        fig = queries.figures(desk, flt)
    if out is not None:
        from app.security.files import write_private

        write_private(out, figures_csv(fig))
        echo(f"{out}: figures {fig.start.isoformat()} to {fig.end.isoformat()} (CSV, UTF-8)", file=sys.stderr)
        return EXIT_OK
    if args.json:
        print(to_json(fig.to_dict()))
        return EXIT_OK
    _print_text(fig)
    return EXIT_OK


def _print_text(fig) -> None:  # fig: Figures
    scope = f" · agreement {fig.agreement}" if fig.agreement else ""
    scope += f" · partner {fig.partner}" if fig.partner else ""
    echo(f"figures {fig.start.isoformat()} to {fig.end.isoformat()}{scope}")
    echo(f"  requests received (incoming): {fig.total('incoming'):,}   sent (outgoing): {fig.total('outgoing'):,}")
    for r in fig.turnaround:
        med = "—" if r["median_days"] is None else f"{r['median_days']:g}"
        p90 = "—" if r["p90_days"] is None else f"{r['p90_days']:g}"
        echo(f"  turnaround {r['direction']}: {r['answered']:,} answered, median {med} days, 90th percentile {p90}")
    for r in fig.on_time:
        rate = "—" if r["rate"] is None else f"{r['rate'] * 100:.1f}%"
        echo(f"  on time {r['direction']}: {rate} ({r['on_time']:,} of {r['with_due']:,} with a due date)")
    echo("  open by age (days): " + ", ".join(f"{r['bucket']}: {r['count']:,}" for r in fig.open_by_age))
    echo(f"  cold (no activity for {fig.cold['days']} days): {fig.cold['count']:,}")
    for r in fig.grounds:
        echo(f"  {r['decision']} ({r['direction']}) on {r['ground']}: {r['count']:,}")
    echo("  oral requests (Art. 7.1): " + ", ".join(f"{k}: {v:,}" for k, v in fig.oral.items()))
    echo("  surveillance subjects (Art. 4.2): " + (", ".join(f"{r['kind']}: {r['count']:,}"
                                                         for r in fig.subjects_active) or "none")
         + f"; observations: {sum(r['count'] for r in fig.observations_by_month):,}")
    for r in fig.disclosures:
        mark = "  OVERRIDE" if r["decision"] == "override" else ""
        echo(f"  disclosed to {r['authority']}: {r['decision']} {r['count']:,}{mark}")


def cmd_report(args: argparse.Namespace) -> int:
    """Write the annual report."""
    from app.security.files import write_private
    from app.services.stats.report import annual_report

    if not 1900 <= args.year <= 9999:
        return fail(f"year: {args.year} is not a year")
    out = _out(args)  # before anything is rendered
    with opened(args) as desk:
        pdf = annual_report(desk, args.year, args.lang)
    write_private(out, pdf)
    echo(f"{out}: annual report {args.year} ({args.lang})")
    return EXIT_OK
