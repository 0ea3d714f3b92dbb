"""Sample letters for looking at: ``python -m tools.sample_letters OUTDIR`` (``make letters``).

Writes every kind in English and Japanese, plus Spanish and English+Japanese for two kinds, as
PDF and as page PNGs rendered with pypdfium2 (no poppler). All names, companies, vessels and
references are invented (``Example Trading Co.``, ``Hanako Example``); no real person appears.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from app.documents.context import GroundLine, LetterContext, Party, Signatory
from app.documents.render import render_letter

PNG_DPI = 100

_TITLES = {
    "en": "Agreement between the Government of Japan and the Government of the United States of America "
          "regarding Mutual Assistance between Customs Administrations",
    "ja": "税関当局間の相互支援に関する日本国政府とアメリカ合衆国政府との間の協定",
    "es": "Acuerdo entre el Gobierno del Japón y el Gobierno de los Estados Unidos de América "
          "relativo a la asistencia mutua entre administraciones de aduanas",
}

_PARTIES = {
    "latin": dict(
        sender=Party("Japan Customs — Example Liaison Office", "Hanako Example", "Designated Liaison Official",
                     ("1-1 Example-cho, Chiyoda-ku", "Tokyo 100-0000, Japan"), "liaison@customs.example.jp",
                     "+81 3 0000 0000", names={"ja": "日本税関 見本連絡室"}),
        addressee=Party("United States Customs — Example Office of International Affairs", "Jordan Sample",
                        "Designated Official (Art. 7.3)", ("1300 Example Avenue NW", "Washington, DC 20000, USA"),
                        "intl@customs.example.gov", "+1 202 000 0000", names={"ja": "米国税関 国際業務室（見本）"}),
        signatory=Signatory("Hanako Example", "Director, International Cooperation (example)",
                            "Japan Customs — Example Liaison Office"),
    ),
    "ja": dict(
        sender=Party("日本税関 見本連絡室", "見本 花子", "指定連絡官", ("東京都千代田区見本町1-1", "〒100-0000"),
                     "liaison@customs.example.jp", "03-0000-0000"),
        addressee=Party("米国税関 国際業務室（見本）", "ジョーダン・サンプル", "指定職員（第7条第3項）",
                        ("1300 Example Avenue NW", "Washington, DC 20000, USA"), "intl@customs.example.gov"),
        signatory=Signatory("見本 花子", "国際協力課長（見本）", "日本税関 見本連絡室"),
    ),
}

_ELEMENTS = {
    "latin": {
        "requesting_administration": "Japan Customs, through its designated liaison office (invented example).",
        "nature_of_proceedings": "Administrative customs investigation into suspected undervaluation of imports.",
        "object_and_reason": "To verify whether 40 consignments of machine parts declared on import into Japan "
                             "were lawfully exported from the United States (Article 4(1)(a)(i)), and the "
                             "values shown on the export documents.",
        "parties_concerned": "Example Trading Co., 2-3 Sample Street, Osaka (importer)\n"
                             "Sample Export LLC, 400 Demo Road, Long Beach, CA (exporter)",
        "description_and_legal_elements": "Between January and June the importer declared values about 60% below "
                                          "those of comparable shipments. Undervaluation is an offense under the "
                                          "Customs Law of Japan. The commercial invoices are attached.",
    },
    "ja": {
        "requesting_administration": "日本税関（指定連絡室経由）（架空の例）",
        "nature_of_proceedings": "輸入貨物の過少申告の疑いに関する税関の行政調査",
        "object_and_reason": "日本に輸入申告された機械部品40件が米国から適法に輸出されたものであるか否か"
                             "（協定第4条第1項(a)(i)）及び輸出書類に記載された価格を確認するため。",
        "parties_concerned": "見本貿易株式会社（大阪市見本通2-3、輸入者）\n"
                             "Sample Export LLC（米国カリフォルニア州、輸出者）",
        "description_and_legal_elements": "輸入者は、1月から6月までの間、同種貨物と比べ約6割低い価格で申告した。"
                                          "過少申告は関税法違反に該当する。商業送り状を添付する。",
    },
}


#: Japanese wording of the free-text sample fields, so Japanese samples read as Japanese letters.
_JA_TEXT = dict(
    grounds=(GroundLine("resources", "2.2", "現在、当局の利用可能な資源の範囲を超えること"),
             GroundLine("ongoing_investigation", "11.3", "現に行われている調査に支障を及ぼすおそれがあること")),
    statement="確認作業を担当する職員は、5月末まで大規模な調査に従事している。当該調査は同一の港及び重複する貨物に係るものである。",
    conditions="提供する情報は、要請に記載された行政調査のためにのみ使用すること。",
    accompanying_info="輸出申告書は輸出港において5年間保存されている。5月29日以降、改めて要請することができる。",
    authority="見本県警察本部 経済犯罪対策課（架空）",
    purpose="模倣品を輸入する密輸組織に係る捜査（架空の事案）",
    legal_basis_for_disclosure="見本地方裁判所による記録の提出命令（架空）",
    information_summary="協定に基づき受領した、Sample Export LLCの2026年3月分の輸出申告書",
    attachments=("商業送り状（12頁）", "貨物一覧表"),
)


#: Labels of the sample bases and grounds per letter language, as the agreement catalogue gives
#: them (``resources/agreements``), so a Japanese or Spanish sample (or half of a bilingual one)
#: does not print English labels.
_BASIS_LABELS = {
    "4.1(a)(i)": {"ja": "適法な輸出の確認", "es": "Verificación de la legalidad de la exportación"},
    "5": {"ja": "物品の運送及び積送に関する書類", "es": "Documentos de transporte y embarque de mercancías"},
}
_GROUNDS = (
    GroundLine("resources", "2.2", "Not within the available resources at present",
               {"ja": _JA_TEXT["grounds"][0].label, "es": "Excede los recursos disponibles en este momento"}),
    GroundLine("ongoing_investigation", "11.3", "Would interfere with an ongoing investigation",
               {"ja": _JA_TEXT["grounds"][1].label, "es": "Interferiría con una investigación en curso"}),
)


#: Spontaneous information (Art. 3.1, 4.3(b)): an invented tip-off passed on without a request.
_SPONTANEOUS_BASES = (("4.3-spontaneous", "Spontaneous information on serious offences"),)
_SPONTANEOUS = {
    "latin": dict(
        title="Suspected shipment of counterfeit medicines via Example Port (invented)",
        elements={
            "requesting_administration": "Japan Customs, through its designated liaison office (invented example).",
            "object_and_reason": "A container declared as 'vitamin supplements' (invented container no. EXMU 000000-0) "
                                 "left Example Port on 24 February 2026 for Long Beach. Examination of a sister "
                                 "consignment found counterfeit prescription medicines.",
            "description_and_legal_elements": "Import of counterfeit medicines, a danger to public health in your "
                                              "country; smuggling of prohibited goods.",
            "parties_concerned": "Sample Export LLC, 400 Demo Road, Long Beach, CA (consignee)",
        },
    ),
    "ja": dict(
        title="見本港経由の偽造医薬品の輸送の疑い（架空）",
        elements={
            "requesting_administration": "日本税関（指定連絡室経由）（架空の例）",
            "object_and_reason": "「ビタミン補助食品」と申告されたコンテナ（架空のコンテナ番号 EXMU 000000-0）が、"
                                 "2026年2月24日に見本港からロングビーチに向けて出港した。同一荷送人の別貨物の検査で、"
                                 "偽造の処方薬が発見されている。",
            "description_and_legal_elements": "偽造医薬品の輸入（貴国の公衆衛生に対する危険）及び輸入禁制品の密輸",
            "parties_concerned": "Sample Export LLC（米国カリフォルニア州、荷受人）",
        },
    ),
}


def sample_context(kind: str, lang: str = "en", **overrides) -> LetterContext:
    """An invented, complete letter context of ``kind`` in ``lang`` (fields overridable)."""
    script = "ja" if lang.startswith("ja") else "latin"
    issued = date(2026, 3, 2)
    ctx = LetterContext(
        kind=kind,
        lang=lang,
        final=True,
        document_number="LD-2026-0042",
        issued_on=issued,
        our_ref="JP-OUT-2026-0017" if kind in ("request", "oral_confirmation") else "JP-IN-2026-0009",
        their_ref="" if kind in ("request", "oral_confirmation") else "US-2026-INV-0311",
        request_date=None if kind in ("request", "oral_confirmation") else date(2026, 2, 10),
        agreement_title=_TITLES["en"],
        agreement_titles=_TITLES,
        agreement_short="Japan–US CMAA",
        bases=(("4.1(a)(i)", "Verification of lawful export"), ("5", "Transport and shipment documents")),
        basis_labels=_BASIS_LABELS,
        elements=_ELEMENTS[script],
        reciprocity=kind == "request",
        urgency="urgent" if kind == "oral_confirmation" else "normal",
        attachments=("Commercial invoices (12 pages)", "List of consignments")
        if kind in ("request", "oral_confirmation", "evidence_cover") else (),
        restrictions=("confidential", "customs_only"),
        oral_request_at=datetime(2026, 2, 27, 16, 45, tzinfo=timezone(timedelta(hours=9))),
        decision={"statement_of_reasons": "postponed", "consultation": "withheld"}.get(kind),
        postponed_until=date(2026, 5, 29),
        grounds=_GROUNDS if kind in ("statement_of_reasons", "consultation") else (),
        statement=None if kind not in ("statement_of_reasons", "consultation") else (
            "The officers who would carry out the verification are engaged in a large-scale inquiry "
            "until the end of May. The inquiry concerns the same port and overlapping consignments."),
        conditions="Information supplied may be used only for the administrative inquiry named in the request."
        if kind in ("consultation", "approval_request") else None,
        accompanying_info="The export declarations are kept for five years by the port of exit; a request may "
                          "be renewed after 29 May." if kind == "statement_of_reasons" else None,
        authority="Example Prefectural Police, Economic Crimes Unit (invented)"
        if kind != "evidence_cover" else "Example District Public Prosecutors Office (invented)",
        purpose="Investigation of a suspected smuggling ring importing counterfeit goods (invented case).",
        disclosure_date=date(2026, 3, 20),
        legal_basis_for_disclosure="Order of the Example District Court to produce records (invented).",
        information_summary="Export declarations of Sample Export LLC for March 2026 received under the Agreement.",
        **_PARTIES[script],
    )
    if kind == "spontaneous_information":
        ctx = replace(ctx, our_ref="JP-SPO-2026-0004", their_ref="", request_date=None,
                      bases=_SPONTANEOUS_BASES, basis_labels={"4.3-spontaneous": {
                          "ja": "重大な違反に関する自発的な情報の提供",
                          "es": "Información espontánea sobre infracciones aduaneras graves"}},
                      restrictions=("confidential", "not_as_evidence", "customs_only"), **_SPONTANEOUS[script])
    if script == "ja":
        ja = {k: v for k, v in _JA_TEXT.items() if getattr(ctx, k)}
        if kind == "evidence_cover":
            ja["authority"] = "見本地方検察庁（架空）"
        ctx = replace(ctx, **ja)
    return replace(ctx, **overrides) if overrides else ctx


#: What ``main`` writes: every kind in en and ja; es and en+ja for two kinds.
def sample_set() -> list[tuple[str, str]]:
    """(kind, lang) pairs written by :func:`main`."""
    from app.documents.registry import LETTER_KINDS

    pairs = [(kind, lang) for kind in LETTER_KINDS for lang in ("en", "ja")]
    return pairs + [(k, lang) for k in ("request", "statement_of_reasons") for lang in ("es", "en+ja")]


#: Extra sample: a draft, to show the watermark.
DRAFT_SAMPLE = ("request", "en")


def write_pngs(pdf: bytes, stem: Path, dpi: int = PNG_DPI) -> list[Path]:
    """Render each page of ``pdf`` to ``<stem>-p<N>.png`` with pypdfium2 (palette PNG, small)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    out = []
    try:
        for i in range(len(doc)):
            image = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
            path = stem.with_name(f"{stem.name}-p{i + 1}.png")
            image.quantize(colors=64).save(path, optimize=True)
            out.append(path)
    finally:
        doc.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the sample PDFs and PNGs into OUTDIR."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tools.sample_letters OUTDIR", file=sys.stderr)
        return 2
    outdir = Path(args[0])
    outdir.mkdir(parents=True, exist_ok=True)
    for kind, lang in sample_set():
        stem = outdir / f"{kind}.{lang.replace('+', '-')}"
        pdf = render_letter(sample_context(kind, lang))
        Path(f"{stem}.pdf").write_bytes(pdf)
        pngs = write_pngs(pdf, stem)
        print(f"{stem}.pdf  ({len(pngs)} page{'s' if len(pngs) != 1 else ''})")
    kind, lang = DRAFT_SAMPLE
    stem = outdir / f"{kind}.{lang}.draft"
    pdf = render_letter(sample_context(kind, lang, final=False, elements={}))
    Path(f"{stem}.pdf").write_bytes(pdf)
    write_pngs(pdf, stem)
    print(f"{stem}.pdf  (draft)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
