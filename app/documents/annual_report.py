"""The annual report: the desk's figures for a year, whole and per agreement, as a PDF.

Laid out like the letters (``app.documents.render``): A4, the letters' fonts (DejaVu; IPAex for
Japanese, set entirely in IPAex), the handling markings in the header and footer of every page,
"page x of y", and for two languages (``en+ja``) one complete version after the other, each from a
new page. Charts are reportlab's own (``reportlab.graphics.charts``), drawn to print in black and
white: bars in black and in white with a black outline (no colour carries meaning), every bar
labelled with its count, and a legend.

The report states aggregate figures only, but they describe the desk's exchanges with partner
administrations, so it carries the confidentiality marking (Art. 9.3) like the letters that
carry that information. Headings are worded as an officer of each administration writes them
(``WORDS``). Output is deterministic (reportlab's ``invariant`` mode).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any, cast

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from app.documents.fonts import register_fonts
from app.documents.i18n import Wording
from app.documents.layout import LANG_FONTS, MARGIN_X, PAGE_H, TEXT_WIDTH, para, section_heading, styles
from app.documents.render import _RENDER_LOCK, EDGE, _Furniture, _LabelledCanvas

#: Languages the report is written in (one, or two one after the other).
REPORT_LANGUAGES = ("en", "ja", "es", "en+ja", "ja+en", "en+es", "es+en")
#: Markings of every page (Art. 9.3; see the module docstring).
REPORT_RESTRICTIONS = ("confidential",)
#: Where a disclosure is an override, its row is marked with this sign (and explained).
OVERRIDE_MARK = "▲"

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Annual report {year}",
        "subtitle": "Mutual assistance between customs administrations",
        "period": "Period: {start} to {end}",
        "made_on": "Made on {date}",
        "whole": "The whole desk",
        "summary": "Summary",
        "figure": "Figure",
        "value": "Value",
        "incoming": "Incoming",
        "outgoing": "Outgoing",
        "received": "Requests received",
        "sent": "Requests sent",
        "answered": "Requests answered in the year",
        "median": "Median turnaround (days)",
        "p90": "Turnaround, 90th percentile (days)",
        "on_time": "On-time rate (answered by the due date)",
        "open_now": "Open requests on {date}",
        "cold": "Cold requests (no activity for {days} days)",
        "by_month": "Requests received and sent by month",
        "by_basis": "Requests by legal basis",
        "basis": "Legal basis",
        "month": "Month",
        "count": "Count",
        "age": "Open requests by age (days)",
        "grounds": "Refusals and postponements by ground (Art. 11)",
        "ground": "Ground",
        "decision": "Decision",
        "decision_who": "{decision} ({who})",
        "who.incoming": "our decision",
        "who.outgoing": "the partner's decision",
        "refused": "Refused",
        "postponed": "Postponed",
        "withheld": "Withheld (Art. 11.3)",
        "no_grounds": "No request was refused or postponed in the period.",
        "oral": "Oral requests and their written confirmation (Art. 7.1)",
        "oral.made": "Oral requests",
        "oral.confirmed-on-time": "Confirmed in writing in time",
        "oral.confirmed-late": "Confirmed in writing late",
        "oral.unconfirmed-overdue": "Not confirmed, overdue",
        "oral.unconfirmed-pending": "Not confirmed, not yet due",
        "surveillance": "Special surveillance (Art. 4.2)",
        "subjects": "Subjects under surveillance in the period",
        "kind.person": "Persons",
        "kind.goods": "Goods",
        "kind.transport": "Means of transport",
        "observations": "Observations recorded",
        "disclosures": "Disclosures by authority and verdict (Art. 9, 10)",
        "authority": "Authority",
        "verdict": "Verdict",
        "allowed": "Allowed",
        "obligation": "Allowed with obligations",
        "override": "Override",
        "override_note": "▲ an override: a restriction was passed on the officer's recorded reasons.",
        "no_disclosures": "No information was disclosed in the period.",
        "per_agreement": "By agreement",
        "partner": "Partner: {country}",
        "none": "—",
        "definitions": "Turnaround: days from receipt (incoming) or sending (outgoing) to the first "
                       "answer (execution, answer or refusal), for requests answered in the year; "
                       "the median and the 90th percentile interpolate between the closest ranks.",
        "months": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
        "age.0-30": "0–30 days",
        "age.31-90": "31–90 days",
        "age.91-180": "91–180 days",
        "age.181-365": "181–365 days",
        "age.over-365": "Over a year",
    },
    "ja": {
        "title": "{year}年 年次報告",
        "subtitle": "税関相互支援の実施状況",
        "period": "対象期間：{start}から{end}まで",
        "made_on": "作成日：{date}",
        "whole": "全体",
        "summary": "概要",
        "figure": "項目",
        "value": "数値",
        "incoming": "受理",
        "outgoing": "発出",
        "received": "受理した要請",
        "sent": "発出した要請",
        "answered": "年内に回答した要請",
        "median": "処理期間の中央値（日）",
        "p90": "処理期間の90パーセンタイル値（日）",
        "on_time": "期限内処理率",
        "open_now": "未了の要請（{date}現在）",
        "cold": "{days}日以上動きのない要請",
        "by_month": "月別の受理・発出件数",
        "by_basis": "根拠条項別の要請件数",
        "basis": "根拠条項",
        "month": "月",
        "count": "件数",
        "age": "未了の要請の経過日数別件数（日）",
        "grounds": "拒否の理由別件数（拒否・延期、第11条）",
        "ground": "理由",
        "decision": "決定",
        "decision_who": "{decision}（{who}）",
        "who.incoming": "当方の決定",
        "who.outgoing": "相手方の決定",
        "refused": "拒否",
        "postponed": "延期",
        "withheld": "保留（第11条第3項）",
        "no_grounds": "対象期間中、拒否又は延期した要請はなかった。",
        "oral": "口頭による要請及び書面による確認（第7条第1項）",
        "oral.made": "口頭による要請",
        "oral.confirmed-on-time": "期限内に書面で確認",
        "oral.confirmed-late": "書面確認の遅延",
        "oral.unconfirmed-overdue": "未確認（期限超過）",
        "oral.unconfirmed-pending": "未確認（期限前）",
        "surveillance": "特別監視（第4条第2項）",
        "subjects": "対象期間中の監視対象",
        "kind.person": "人",
        "kind.goods": "物品",
        "kind.transport": "輸送手段",
        "observations": "観察記録件数",
        "disclosures": "提供先機関別・判定別の開示件数（第9条・第10条）",
        "authority": "提供先機関",
        "verdict": "判定",
        "allowed": "可",
        "obligation": "条件付きで可",
        "override": "例外扱い",
        "override_note": "▲は例外扱い（記録された理由により制限を超えて開示したもの）を示す。",
        "no_disclosures": "対象期間中、情報の開示はなかった。",
        "per_agreement": "協定別",
        "partner": "相手国：{country}",
        "none": "—",
        "definitions": "処理期間：要請を受理（受理分）又は発出（発出分）した日から最初の回答（実施、回答又は拒否）"
                       "までの日数。年内に回答した要請について算出し、中央値及び90パーセンタイル値は"
                       "隣接する順位の間で補間した。",
        "months": "1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月",
        "age.0-30": "30日以内",
        "age.31-90": "31日～90日",
        "age.91-180": "91日～180日",
        "age.181-365": "181日～365日",
        "age.over-365": "1年超",
    },
    "es": {
        "title": "Informe anual {year}",
        "subtitle": "Asistencia mutua entre administraciones aduaneras",
        "period": "Periodo: del {start} al {end}",
        "made_on": "Elaborado el {date}",
        "whole": "Todo el escritorio",
        "summary": "Resumen",
        "figure": "Cifra",
        "value": "Valor",
        "incoming": "Entrantes",
        "outgoing": "Salientes",
        "received": "Solicitudes recibidas",
        "sent": "Solicitudes enviadas",
        "answered": "Solicitudes respondidas en el año",
        "median": "Mediana del tiempo de atención (días)",
        "p90": "Tiempo de atención, percentil 90 (días)",
        "on_time": "Tasa de cumplimiento en plazo (respondidas a la fecha límite)",
        "open_now": "Solicitudes abiertas al {date}",
        "cold": "Solicitudes inactivas (sin actividad durante {days} días)",
        "by_month": "Solicitudes recibidas y enviadas por mes",
        "by_basis": "Solicitudes por base jurídica",
        "basis": "Base jurídica",
        "month": "Mes",
        "count": "Número",
        "age": "Solicitudes abiertas por antigüedad (días)",
        "grounds": "Denegaciones y aplazamientos por fundamento (artículo 11)",
        "ground": "Fundamento",
        "decision": "Decisión",
        "decision_who": "{decision} ({who})",
        "who.incoming": "decisión nuestra",
        "who.outgoing": "decisión de la contraparte",
        "refused": "Denegada",
        "postponed": "Aplazada",
        "withheld": "Suspendida (artículo 11(3))",
        "no_grounds": "En el periodo no se denegó ni se aplazó ninguna solicitud.",
        "oral": "Solicitudes verbales y su confirmación por escrito (artículo 7(1))",
        "oral.made": "Solicitudes verbales",
        "oral.confirmed-on-time": "Confirmadas por escrito en plazo",
        "oral.confirmed-late": "Confirmadas por escrito fuera de plazo",
        "oral.unconfirmed-overdue": "Sin confirmar, vencidas",
        "oral.unconfirmed-pending": "Sin confirmar, aún en plazo",
        "surveillance": "Vigilancia especial (artículo 4(2))",
        "subjects": "Sujetos bajo vigilancia en el periodo",
        "kind.person": "Personas",
        "kind.goods": "Mercancías",
        "kind.transport": "Medios de transporte",
        "observations": "Observaciones registradas",
        "disclosures": "Divulgaciones por autoridad y dictamen (artículos 9 y 10)",
        "authority": "Autoridad",
        "verdict": "Dictamen",
        "allowed": "Permitida",
        "obligation": "Permitida con obligaciones",
        "override": "Excepción",
        "override_note": "▲ una excepción: se rebasó una restricción por los motivos que el funcionario registró.",
        "no_disclosures": "En el periodo no se divulgó información.",
        "per_agreement": "Por acuerdo",
        "partner": "Contraparte: {country}",
        "none": "—",
        "definitions": "Tiempo de atención: días desde la recepción (entrantes) o el envío (salientes) "
                       "hasta la primera respuesta (ejecución, respuesta o denegación), para las "
                       "solicitudes respondidas en el año; la mediana y el percentil 90 se interpolan "
                       "entre los rangos más cercanos.",
        "months": "ene,feb,mar,abr,may,jun,jul,ago,sep,oct,nov,dic",
        "age.0-30": "0–30 días",
        "age.31-90": "31–90 días",
        "age.91-180": "91–180 días",
        "age.181-365": "181–365 días",
        "age.over-365": "Más de un año",
    },
}


@dataclass(frozen=True)
class ReportPart:
    """One agreement's section: its key, title per language, partner country and figures."""

    key: str
    titles: dict[str, str]
    partner_country: str
    figures: Any  # app.services.stats.figures.Figures (documents do not import services)


@dataclass(frozen=True)
class ReportData:
    """Everything the report prints. ``ground_labels`` / ``basis_labels``: code -> {lang: words}
    (a code without words prints as itself); ``administration``: {lang: name}."""

    year: int
    lang: str
    made_on: date
    whole: Any  # Figures
    parts: Sequence[ReportPart]
    administration: dict[str, str] = field(default_factory=dict)
    ground_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    basis_labels: dict[str, dict[str, str]] = field(default_factory=dict)


class _Context:
    """What ``_Furniture`` reads of a letter: markings, language, final."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.languages = tuple(lang.split("+"))
        self.restrictions = REPORT_RESTRICTIONS
        self.final = True
        self.document_number = ""
        # A report is not a letter sent to a partner: its footer names no audit head (the
        # anchor final letters carry, app.documents.render.audit_line).
        self.audit_head = None


def _fmt(value: object, lang: str, none: str) -> str:
    if value is None:
        return none
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".") if not value.is_integer() else str(int(value))
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _rate(row: dict, none: str) -> str:
    rate = row.get("rate")
    if rate is None:
        return none
    return f"{rate * 100:.1f}% ({row['on_time']:,}/{row['with_due']:,})"


class _Version:
    """The flowables of one language version."""

    def __init__(self, data: ReportData, lang: str) -> None:
        self.data, self.lang = data, lang
        self.words = WORDS[lang]
        self.w = Wording(lang)
        self.st = styles(lang)
        self.font = LANG_FONTS[lang].body
        self.bold = LANG_FONTS[lang].bold

    def t(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def table(self, rows: list[list[str]], widths: Sequence[float], numeric_from: int = 1) -> Table:
        cells = [[para(c, self.st["left_bold"] if i == 0 else self.st["left"]) if j < numeric_from
                  else para(c, self.st["right"]) for j, c in enumerate(row)] for i, row in enumerate(rows)]
        tbl = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        tbl.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.6, 0.6, 0.6)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return tbl

    def heading(self, text: str, first=None) -> list:
        return section_heading(text, self.st, first)

    # -- charts -----------------------------------------------------------------------------
    def month_chart(self, fig) -> Drawing:
        months = sorted({r["month"] for r in fig.requests_by_month})
        names = self.words["months"].split(",")
        series = [[next((r["count"] for r in fig.requests_by_month
                         if r["direction"] == d and r["month"] == m), 0) for m in months]
                  for d in ("incoming", "outgoing")]
        width, height = TEXT_WIDTH, 62 * mm
        drawing = Drawing(width, height)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 28, 26, width - 40, height - 52
        chart.data = series
        chart.categoryAxis.categoryNames = [names[int(m[5:]) - 1] if len(months) <= 12 else m for m in months]
        chart.categoryAxis.labels.fontName = self.font
        chart.categoryAxis.labels.fontSize = 7
        chart.valueAxis.labels.fontName = self.font
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        top = max([max(s) for s in series] + [1])
        chart.valueAxis.valueMax = top + max(1, top // 5)
        chart.valueAxis.valueStep = max(1, (top + 4) // 5)
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.Color(0.8, 0.8, 0.8)
        chart.valueAxis.gridStrokeWidth = 0.3
        # Black and white: received black, sent white with a black outline.
        chart.bars[0].fillColor, chart.bars[0].strokeColor = colors.black, colors.black
        chart.bars[1].fillColor, chart.bars[1].strokeColor = colors.white, colors.black
        chart.bars.strokeWidth = 0.6
        chart.barLabelFormat = lambda v: str(int(v)) if v else ""
        chart.barLabels.fontName = self.font
        chart.barLabels.fontSize = 6
        chart.barLabels.nudge = 5
        chart.barSpacing, chart.groupSpacing = 1, 6
        drawing.add(chart)
        legend = Legend()
        legend.x, legend.y = 30, height - 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName, legend.fontSize = self.font, 8
        legend.deltax = 110
        legend.colorNamePairs = [(colors.black, self.t("received")), (colors.white, self.t("sent"))]
        legend.strokeColor = colors.black
        legend.strokeWidth = 0.6
        drawing.add(legend)
        return drawing

    def grounds_chart(self, fig) -> Drawing | None:
        counts: dict[str, int] = {}
        for r in fig.grounds:
            counts[r["ground"]] = counts.get(r["ground"], 0) + r["count"]
        if not counts:
            return None
        codes = sorted(counts, key=lambda c: (-counts[c], c))[:10]
        labels = [self.ground(c) for c in codes]
        bar_h = 13
        width, height = TEXT_WIDTH, bar_h * len(codes) + 24
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 0.45 * width, 14
        chart.width, chart.height = 0.5 * width, bar_h * len(codes)
        chart.data = [[counts[c] for c in reversed(codes)]]
        chart.categoryAxis.categoryNames = ["" for _ in codes]
        chart.categoryAxis.visibleTicks = False
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(counts.values()) + 1
        chart.valueAxis.valueStep = max(1, (max(counts.values()) + 4) // 5)
        chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = self.font, 7
        chart.bars[0].fillColor = colors.Color(0.45, 0.45, 0.45)  # a mid grey prints as grey
        chart.bars[0].strokeColor = colors.black
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName, chart.barLabels.fontSize = self.font, 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        room = chart.x - 8
        for i, label in enumerate(reversed(labels)):
            short = label
            while len(short) > 1 and stringWidth(short, self.font, 7) > room:
                short = short[:-2] + "…"
            drawing.add(String(chart.x - 4, chart.y + bar_h * i + bar_h / 2 - 3, short,
                               fontName=self.font, fontSize=7, textAnchor="end"))
        return drawing

    # -- words for codes ---------------------------------------------------------------------
    def ground(self, code: str) -> str:
        return self.data.ground_labels.get(code, {}).get(self.lang) or code

    def basis(self, code: str) -> str:
        if not code:
            return self.t("none")
        return self.data.basis_labels.get(code, {}).get(self.lang) or code

    # -- sections --------------------------------------------------------------------------
    def summary_rows(self, fig) -> list[list[str]]:
        none = self.t("none")
        turn = {r["direction"]: r for r in fig.turnaround}
        ontime = {r["direction"]: r for r in fig.on_time}
        rows = [[self.t("figure"), self.t("incoming"), self.t("outgoing")],
                [self.t("received") + " / " + self.t("sent"), _fmt(fig.total("incoming"), self.lang, none),
                 _fmt(fig.total("outgoing"), self.lang, none)],
                [self.t("answered")] + [_fmt(turn[d]["answered"], self.lang, none) for d in ("incoming", "outgoing")],
                [self.t("median")] + [_fmt(turn[d]["median_days"], self.lang, none) for d in ("incoming", "outgoing")],
                [self.t("p90")] + [_fmt(turn[d]["p90_days"], self.lang, none) for d in ("incoming", "outgoing")],
                [self.t("on_time")] + [_rate(ontime[d], none) for d in ("incoming", "outgoing")]]
        return rows

    def figures_flowables(self, fig, *, charts: bool) -> list:
        none = self.t("none")
        out: list = []
        out.append(self.table(self.summary_rows(fig), (0.52 * TEXT_WIDTH, 0.24 * TEXT_WIDTH, 0.24 * TEXT_WIDTH)))
        out.append(Spacer(1, 3 * mm))
        state = [[self.t("figure"), self.t("count")],
                 [self.t("open_now", date=self.w.date(fig.today)), _fmt(sum(r["count"] for r in fig.open_by_age),
                                                                      self.lang, none)],
                 *[[f"  {self.t('age.' + r['bucket'])}", _fmt(r["count"], self.lang, none)]
                   for r in fig.open_by_age],
                 [self.t("cold", days=fig.cold.get("days", "")), _fmt(fig.cold.get("count", 0), self.lang, none)]]
        out.append(self.table(state, (0.76 * TEXT_WIDTH, 0.24 * TEXT_WIDTH)))
        if charts:
            out += self.heading(self.t("by_month"))
            out.append(self.month_chart(fig))
        basis = [[self.t("basis"), self.t("incoming"), self.t("outgoing")]]
        codes = sorted({r["basis"] for r in fig.requests_by_basis})
        by = {(r["direction"], r["basis"]): r["count"] for r in fig.requests_by_basis}
        for code in codes:
            basis.append([self.basis(code), _fmt(by.get(("incoming", code), 0), self.lang, none),
                          _fmt(by.get(("outgoing", code), 0), self.lang, none)])
        out += self.heading(self.t("by_basis"))
        out.append(self.table(basis, (0.6 * TEXT_WIDTH, 0.2 * TEXT_WIDTH, 0.2 * TEXT_WIDTH))
                   if len(basis) > 1 else para(none, self.st["body"]))
        out += self.heading(self.t("grounds"))
        if fig.grounds:
            if charts:
                chart = self.grounds_chart(fig)
                if chart is not None:
                    out.append(chart)
            rows = [[self.t("ground"), self.t("decision"), self.t("count")]]
            for r in fig.grounds:
                rows.append([self.ground(r["ground"]),
                             self.t("decision_who", decision=self.t(r["decision"]),
                                    who=self.t("who." + r["direction"])),
                             _fmt(r["count"], self.lang, none)])
            out.append(self.table(rows, (0.55 * TEXT_WIDTH, 0.33 * TEXT_WIDTH, 0.12 * TEXT_WIDTH), numeric_from=2))
        else:
            out.append(para(self.t("no_grounds"), self.st["body"]))
        out += self.heading(self.t("oral"))
        out.append(self.table([[self.t("figure"), self.t("count")]] + [
            [self.t(f"oral.{s}"), _fmt(fig.oral.get(s, 0), self.lang, none)] for s in fig.oral],
            (0.76 * TEXT_WIDTH, 0.24 * TEXT_WIDTH)))
        out += self.heading(self.t("surveillance"))
        rows = [[self.t("subjects"), self.t("count")]]
        rows += [[self.words.get(f"kind.{r['kind']}", r["kind"]), _fmt(r["count"], self.lang, none)]
                 for r in fig.subjects_active]
        rows.append([self.t("observations"), _fmt(sum(r["count"] for r in fig.observations_by_month),
                                                  self.lang, none)])
        out.append(self.table(rows, (0.76 * TEXT_WIDTH, 0.24 * TEXT_WIDTH)))
        out += self.heading(self.t("disclosures"))
        if fig.disclosures:
            rows = [[self.t("authority"), self.t("verdict"), self.t("count")]]
            for r in fig.disclosures:
                mark = f"{OVERRIDE_MARK} " if r["decision"] == "override" else ""
                rows.append([r["authority"], mark + self.t(r["decision"]), _fmt(r["count"], self.lang, none)])
            out.append(self.table(rows, (0.55 * TEXT_WIDTH, 0.33 * TEXT_WIDTH, 0.12 * TEXT_WIDTH), numeric_from=2))
            if any(r["decision"] == "override" for r in fig.disclosures):
                out.append(para(self.t("override_note"), self.st["foot"]))
        else:
            out.append(para(self.t("no_disclosures"), self.st["body"]))
        return out

    def flowables(self) -> list:
        d = self.data
        fig = d.whole
        out: list = []
        admin = d.administration.get(self.lang) or d.administration.get("en") or ""
        if admin:
            out.append(para(admin, self.st["head_org"]))
        out.append(para(self.t("title", year=d.year), self.st["subject"]))
        out.append(para(self.t("subtitle"), self.st["center"]))
        out.append(para(self.t("period", start=self.w.date(fig.start), end=self.w.date(fig.end)), self.st["left"]))
        out.append(para(self.t("made_on", date=self.w.date(d.made_on)), self.st["left"]))
        out.append(Spacer(1, 4 * mm))
        out += self.heading(self.t("whole"))
        out += self.figures_flowables(fig, charts=True)
        out.append(Spacer(1, 2 * mm))
        out.append(para(self.t("definitions"), self.st["foot"]))
        for part in d.parts:
            out.append(PageBreak())
            title = part.titles.get(self.lang) or part.titles.get("en") or part.key
            out.append(para(f"{self.t('per_agreement')}: {title}", self.st["subject"]))
            out.append(para(f"{part.key} — {self.t('partner', country=part.partner_country)}", self.st["left"]))
            out += self.figures_flowables(part.figures, charts=False)
        return out


def render_report(data: ReportData) -> bytes:
    """PDF bytes of the annual report (deterministic for the same ``data``)."""
    if data.lang not in REPORT_LANGUAGES:
        raise ValueError(f"lang: the report is written in {', '.join(REPORT_LANGUAGES)}, not {data.lang!r}")
    register_fonts()
    langs = data.lang.split("+")
    flowables: list = []
    for i, lang in enumerate(langs):
        if i:
            flowables.append(PageBreak())
        flowables += _Version(data, lang).flowables()
    furniture = _Furniture(cast(Any, _Context(data.lang)))  # the letters' markings, header and footer
    top = EDGE + furniture.mark_h + 6 * mm
    bottom = EDGE + 12 + furniture.mark_h + 6 * mm
    buf = io.BytesIO()
    first = WORDS[langs[0]]
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=top, bottomMargin=bottom,
        invariant=1, initialFontName=LANG_FONTS[langs[0]].body,
        title=first["title"].format(year=data.year), author=data.administration.get(langs[0], ""),
        subject=first["subtitle"], creator="Liaison Desk", producer="Liaison Desk (reportlab)", lang=langs[0])
    frame = Frame(MARGIN_X, bottom, TEXT_WIDTH, PAGE_H - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    end_page: Callable = lambda canv, _doc: canv.stamp_page_label()  # noqa: E731
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=furniture, onPageEnd=end_page)])
    with _RENDER_LOCK:
        doc.build(flowables, canvasmaker=partial(_LabelledCanvas, label_font=LANG_FONTS[langs[0]].body,
                                                 page_label=Wording(langs[0])("labels.page")))
    return buf.getvalue()


__all__ = ["REPORT_LANGUAGES", "ReportData", "ReportPart", "WORDS", "render_report"]
