"""Build the plain :class:`~app.documents.LetterContext` of a letter from a stored request.

The renderer never sees the store; this module copies what a letter prints out of the request
row, its agreement, the officer's profile (setting ``profile``), the administrations and the
partner's designated official (Art. 7.3), the latest outcome (Art. 11) and the restrictions of
the information items filed with the request (Art. 9, 10). Officer input that the store does not
hold (the authority of an Art. 9.1 approval request, a 9.4 legal basis, ...) comes in as
:class:`LetterInput`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents import LANGUAGES, LETTER_KINDS, GroundLine, LetterContext, Party, Signatory
from app.documents.context import DECISIONS
from app.documents.problems import problem
from app.i18n import QT_TRANSLATE_NOOP, Code
from app.services.admin import settings
from app.services.agreements.catalogue import spec_of
from app.services.agreements.directory import designated_official, read_names
from app.services.requests.views import ELEMENT_FIELDS, findings_for, split_bases
from app.services.texts import LEGACY_LANGUAGE, OUTCOME_TEXT_FIELDS, all_versions, display_text, parse_versions
from app.services.validation import LONG, ServiceError, clean_text, parse_date
from app.services.vocabulary import words
from app.store.models import Administration, DesignatedOfficial, InformationItem, Request
from app.treaty.catalogue import AgreementSpec
from app.treaty.restrictions import restriction_codes_for_items

#: Letter kinds that restate the record itself, so its completeness (Art. 7.2; Art. 3.1/4.3 for
#: spontaneous information) blocks a FINAL one.
REQUEST_LETTERS = ("request", "oral_confirmation", "spontaneous_information")

#: Letter kinds whose text is itself information exchanged under the agreement (the request and
#: the parties it names; the reasons for a refusal, postponement or withholding and the
#: information that may accompany them, Art. 11.3, 11.4) or describes such information (Art. 9.1,
#: 9.4, 10.2 letters). Art. 9.1 binds every such piece of information, so these letters are
#: marked at least "customs use only" even when no information item is filed with the request yet.
#: The acknowledgement of receipt says only that a request arrived, and is not marked for it.
INFORMATION_LETTERS = REQUEST_LETTERS + ("approval_request", "disclosure_notice", "evidence_cover",
                                         "statement_of_reasons", "consultation")

#: Letter kinds with a place for the officer's ``remarks``: a Remarks section (acknowledgement,
#: evidence cover, spontaneous information), or the statement itself (Art. 11.3, 11.4). Any other
#: kind refuses them rather than drop them unprinted.
REMARKS_KINDS = ("acknowledgement", "evidence_cover", "spontaneous_information",
                 "statement_of_reasons", "consultation")

#: Short codes used in document numbers, e.g. ``JPUS-2026-0001-ACK1``.
KIND_ABBR = {
    "request": "REQ", "oral_confirmation": "ORC", "statement_of_reasons": "SOR",
    "consultation": "CON", "approval_request": "APR", "disclosure_notice": "DIS",
    "evidence_cover": "EVC", "acknowledgement": "ACK", "spontaneous_information": "SPI",
}


def document_number(ref: str, kind: str, version: int) -> str:
    """The number printed on version ``version`` of a final ``kind`` letter for request ``ref``,
    e.g. ``JPUS-2026-0001-ACK1`` (given when the final letter is stored; a draft has none)."""
    return f"{ref}-{KIND_ABBR.get(kind, 'DOC')}{version}"


@dataclass(frozen=True)
class LetterInput:
    """What the officer adds for one letter; blank fields fall back to what the store holds.

    ``authority`` and ``purpose``: the Art. 9.1 approval request and the 10.2 evidence cover;
    ``legal_basis`` and ``disclosure_date``: the 9.4 disclosure notice; ``conditions``: the terms
    proposed in an 11.3 consultation (or attached to an approval); ``remarks``: free text printed
    under "Remarks" where a kind has it; ``information_summary`` overrides the list of the
    request's information items.
    """

    authority: str | None = None
    purpose: str | None = None
    legal_basis: str | None = None
    disclosure_date: date | None = None
    conditions: str | None = None
    remarks: str | None = None
    information_summary: str | None = None
    subject_line: str | None = None
    attachments: tuple[str, ...] = field(default_factory=tuple)
    #: ``conditions`` / ``remarks`` given per language (``{"remarks": {"ja": ...}}``); then the
    #: plain field holds one of them (the letter prints each language's own).
    versions: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, raw: dict[str, Any] | None) -> LetterInput:
        """Check officer input (one line naming the field on any fault)."""
        raw = dict(raw or {})
        unknown = sorted(set(raw) - set(cls.__dataclass_fields__))
        if unknown:
            raise ServiceError(unknown[0], QT_TRANSLATE_NOOP("Refusal", "is not an input of a letter"))
        versions: dict[str, dict[str, str]] = {}
        for name in ("conditions", "remarks"):
            if isinstance(raw.get(name), Mapping):  # {lang: text}: a version per letter language
                by_lang = parse_versions(name, raw[name], LEGACY_LANGUAGE)
                versions[name] = {lang: t for lang, t in by_lang.items() if t}
                raw[name] = next(iter(versions[name].values()), None)
        text = {name: clean_text(name, raw.get(name), max_len=LONG)
                for name in ("authority", "purpose", "legal_basis", "conditions", "remarks",
                             "information_summary", "subject_line")}
        attachments = raw.get("attachments") or ()
        if isinstance(attachments, str):
            attachments = [a for a in attachments.splitlines()]
        cleaned = tuple(a for a in (clean_text("attachments", x) for x in attachments) if a)
        return cls(**text, disclosure_date=parse_date("disclosure_date", raw.get("disclosure_date")),
                   attachments=cleaned, versions={k: v for k, v in versions.items() if v})


def check_kind_and_lang(kind: str, lang: str) -> None:
    """Refuse an unknown kind or language with one line naming the field."""
    if kind not in LETTER_KINDS:
        raise ServiceError("kind", QT_TRANSLATE_NOOP(
                "Refusal", "unknown letter kind {kind} (one of {join_letter_kinds})").format(
                    kind=repr(kind), join_letter_kinds=', '.join(LETTER_KINDS)))
    if lang not in LANGUAGES:
        raise ServiceError("lang", QT_TRANSLATE_NOOP(
                "Refusal", "unknown letter language {lang} (one of {join_languages})").format(
                    lang=repr(lang), join_languages=', '.join(LANGUAGES)))


def check_inputs_fit(kind: str, given: LetterInput) -> None:
    """Refuse officer input the letter ``kind`` has no place for (one line naming it)."""
    if given.remarks and kind not in REMARKS_KINDS:
        name = words(kind)
        article = "an" if name[:1] in "aeiou" else "a"
        raise ServiceError("remarks", QT_TRANSLATE_NOOP(
                "Refusal", "{article} {name} letter has no place for remarks (only "
                "{join_map_words_remarks_k}); nothing was printed").format(
                    article=article, name=name, join_map_words_remarks_k=', '.join(map(words, REMARKS_KINDS))))


def languages_for(spec: AgreementSpec, preferred: tuple[str, ...] | list[str] = ()) -> tuple[str, ...]:
    """Letter languages for an agreement: its own languages, then the bilingual layouts of them;
    those of ``preferred`` (the desk's ``letter_languages`` setting) that the agreement has come
    first, in the officer's order, so the Letters dialog starts from them."""
    langs = [code for code in LANGUAGES if "+" not in code and code in spec.languages]
    langs += [code for code in LANGUAGES if "+" in code and all(p in spec.languages for p in code.split("+"))]
    first = [code for code in preferred if code in langs]
    return tuple(first + [code for code in langs if code not in first]) or ("en",)


def kind_refusal(req: Request, kind: str) -> str | None:
    """Why ``kind`` does not apply to the request as it stands (None when it does).

    The reason is a :class:`app.i18n.Text`: English words for the CLI ("a statement of reasons
    letter does not apply while the request is in progress"), and the window words the letter
    kind, the status and the direction as its labels do, in the officer's language."""
    info = LETTER_KINDS[kind]
    # Stored codes read as words ("an approval request letter", "in progress"): the reason is
    # shown to the officer as it is, so it must never name an internal key.
    name = words(kind)
    letter = Code(kind, "letter", f"{'an' if name[:1] in 'aeiou' else 'a'} {name} letter")
    if req.direction not in info.directions:
        return _NOT_FOR_DIRECTION.format(
            letter=letter, direction=Code(req.direction, "direction", words(req.direction)),
            allowed=tuple(Code(d, "direction", words(d)) for d in info.directions))
    if req.status not in info.statuses:
        return _NOT_IN_STATUS.format(
            letter=letter, status=Code(req.status, "status", words(req.status)),
            allowed=tuple(Code(s, "status", words(s)) for s in info.statuses))
    if kind == "oral_confirmation" and req.form != "oral":
        return _ONLY_ORAL.format(article=Code("7.1", "article"))
    return None


#: The reasons of ``kind_refusal`` ({letter}: "a consultation letter" in English).
_NOT_FOR_DIRECTION = QT_TRANSLATE_NOOP(
    "LetterKindRefusal", "{letter} is not written for {direction} requests (only {allowed})")
_NOT_IN_STATUS = QT_TRANSLATE_NOOP(
    "LetterKindRefusal", "{letter} does not apply while the request is {status} (only when {allowed})")
_ONLY_ORAL = QT_TRANSLATE_NOOP(
    "LetterKindRefusal", "an oral confirmation is only for a request first made orally (Art. {article})")


def request_problems(req: Request, kind: str) -> list[str]:
    """Art. 7.2 completeness errors, passed to the renderer for letters that restate the request."""
    if kind not in REQUEST_LETTERS:
        return []
    return [problem(f.field, _FINDING.format(message=f.message, article=Code(f.article, "article")))
            for f in findings_for(req) if f.severity == "error"]


#: An Art. 7.2 finding as a letter problem: the same line as ``str(finding)``.
_FINDING = QT_TRANSLATE_NOOP("LetterProblem", "{message} (Art. {article})")


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def _admin_names(adm: Administration | None, spec: AgreementSpec) -> dict[str, str]:
    """An administration's name per letter language: the catalogue's names when the agreement
    names it, else its English name and its local name (Japanese when written in kanji or kana,
    otherwise the agreement's other languages), so a Spanish letter never heads in Japanese."""
    if adm is None:
        return {}
    names = {"en": adm.name}
    for party in (spec.our_administration, spec.partner_administration):
        if adm.name in party.name.values():
            names.update({lang: name for lang, name in party.name.items() if name})
    local = adm.name_local
    if local and local not in names.values():
        japanese = any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in local)
        for lang in (("ja",) if japanese else tuple(code for code in spec.languages if code not in ("en", "ja"))):
            names.setdefault(lang, local)
    # What the officer keeps in the directory (or Settings, for the own one) comes last: it wins.
    names.update(read_names(adm.names))
    return names


def _own_administration(s: Session, req: Request, profile: dict) -> Administration | None:
    chosen = profile.get("administration_id")
    if chosen:
        adm = s.get(Administration, chosen)
        if adm is not None:
            return adm
    return s.execute(select(Administration).where(
        Administration.is_own.is_(True), Administration.country == req.agreement.our_country)
        .order_by(Administration.id).limit(1)).scalar_one_or_none()


def _partner(s: Session, req: Request) -> tuple[Administration | None, DesignatedOfficial | None]:
    """The addressee: the request's designated official (Art. 7.3), else the official designated
    under the request's agreement (``directory.designated_official``)."""
    if req.official is not None:
        return req.official.administration, req.official
    adm = req.partner_administration or s.execute(select(Administration).where(
        Administration.is_own.is_(False), Administration.country == req.agreement.partner_country)
        .order_by(Administration.id).limit(1)).scalar_one_or_none()
    official = designated_official(s, req.agreement_id, adm.id if adm is not None else None)
    return adm, official


def _letterhead_lines(adm: Administration | None, lang: str) -> tuple[str, ...]:
    """The own administration's letterhead lines in ``lang`` (else English), after its address."""
    if adm is None:
        return ()
    try:
        heads = json.loads(adm.letterhead or "{}")
    except ValueError:
        heads = {}
    lines = (heads.get(lang) or heads.get("en") or []) if isinstance(heads, dict) else []
    address = _lines(adm.address)
    return address + tuple(str(x).strip() for x in lines if str(x).strip() and str(x).strip() not in address)


def signatory_for(profile: dict[str, Any], administration: str) -> Signatory:
    """The signatory from the profile: per letter language the section of that language (the
    name in kanji and the Japanese title for ``ja``), its signature block before its name;
    an empty section field falls back to the English one (``settings.signer``)."""
    names: dict[str, str] = {}
    titles: dict[str, str] = {}
    for lang in ("en", *settings.PROFILE_LANGUAGES):
        who = settings.signer(profile, lang)
        names[lang] = who.signature or who.name
        titles[lang] = who.title
    return Signatory(names["en"], titles["en"], administration, names, titles)


def _items(s: Session, req: Request) -> list[InformationItem]:
    """The request's information items, leaving out entries replaced by a correction."""
    rows = list(s.execute(select(InformationItem).where(InformationItem.request_id == req.id)
                          .order_by(InformationItem.id)).scalars())
    replaced = {r.corrects_id for r in rows if r.corrects_id is not None}
    return [r for r in rows if r.id not in replaced]


def _grounds(spec: AgreementSpec, codes: list[str]) -> tuple[GroundLine, ...]:
    out = []
    for code in codes:
        if spec.has_ground(code):
            g = spec.ground(code)
            # Every language's label travels along: a bilingual letter prints each half in its own.
            out.append(GroundLine(code, g.article or "", g.label, g.labels))
        else:  # a ground no longer in the catalogue still prints, by its code
            out.append(GroundLine(code, "", code))
    return tuple(out)


def _request_date(req: Request, extra: dict) -> date | None:
    if req.direction in ("incoming", "spontaneous-in"):
        raw = extra.get("request_date")
        try:
            return date.fromisoformat(raw) if isinstance(raw, str) else req.received_on
        except ValueError:
            return req.received_on
    return req.sent_on


def _restrictions(items: list[InformationItem], kind: str) -> tuple[str, ...]:
    """The markings of a letter: those of its items, plus Art. 9.1 for information letters."""
    codes = restriction_codes_for_items(items)
    if kind in INFORMATION_LETTERS and "customs_only" not in codes:
        codes = (*codes, "customs_only")  # customs_only is the least restrictive: it goes last
    return codes


def build_context(s: Session, req: Request, kind: str, lang: str, *, final: bool, version: int,
                  today: date, given: LetterInput) -> LetterContext:
    """The letter ``kind`` in ``lang`` for request ``req`` as version ``version`` of its series."""
    spec = spec_of(req.agreement)
    profile = settings.read_profile(s)
    own = _own_administration(s, req, profile)
    partner, official = _partner(s, req)
    extra = json.loads(req.extra or "{}")
    own_names, partner_names = _admin_names(own, spec), _admin_names(partner, spec)
    first = lang.split("+")[0]
    me = settings.signer(profile, first)
    sender = Party(
        administration=own_names.get(first) or own_names.get("en", ""),
        official_name=me.name,
        official_title=me.title,
        address_lines=_letterhead_lines(own, first),
        email=profile.get("email") or "",
        phone=profile.get("phone") or "",
        names=own_names,
    )
    addressee = Party(
        administration=partner_names.get("en", ""),
        official_name=official.name if official else "",
        official_title=(official.title or "") if official else "",
        official_names=read_names(official.names) if official else {},
        official_titles=read_names(official.titles) if official else {},
        address_lines=_lines((official.address if official else None) or (partner.address if partner else None)),
        email=(official.email or "") if official else "",
        phone=(official.phone or "") if official else "",
        names=partner_names,
    )
    signatory = signatory_for(profile, sender.administration)
    codes = split_bases(req.bases)
    bases = tuple((code, spec.basis(code).label if spec.has_basis(code) else code) for code in codes)
    basis_labels = {code: spec.basis(code).labels for code in codes if spec.has_basis(code)}
    outcome = req.outcomes[-1] if req.outcomes else None
    decision = outcome.decision if outcome is not None and outcome.decision in DECISIONS else None
    items = _items(s, req)
    summary = given.information_summary or "\n".join(
        f"{it.code}: {it.title}" + (f" — {it.summary}" if it.summary else "") for it in items) or None
    reasoned = kind in ("statement_of_reasons", "consultation")
    statement = outcome.statement if outcome is not None and reasoned else None
    conditions = given.conditions or (
        outcome.conditions if outcome is not None and kind == "statement_of_reasons" else None)
    return LetterContext(
        kind=kind, lang=lang, sender=sender, addressee=addressee, signatory=signatory, final=final,
        document_number=document_number(req.our_ref, kind, version),
        issued_on=today, our_ref=req.our_ref, their_ref=req.their_ref or "",
        request_date=_request_date(req, extra),
        agreement_title=spec.title, agreement_short=spec.short_title,
        agreement_titles=dict(spec.titles),
        bases=bases, basis_labels=basis_labels,
        elements={name: display_text(req, name) or "" for name in ELEMENT_FIELDS},
        reciprocity=bool(req.reciprocity), urgency=req.urgency or "normal",
        attachments=given.attachments,
        restrictions=_restrictions(items, kind),
        oral_request_at=req.oral_at,
        decision=decision,
        postponed_until=outcome.postponed_until if outcome is not None else None,
        grounds=_grounds(spec, json.loads(outcome.grounds or "[]")) if outcome is not None else (),
        statement=(given.remarks or statement) if reasoned else given.remarks,
        conditions=conditions,
        accompanying_info=outcome.accompanying_info if outcome is not None and kind == "statement_of_reasons" else None,
        authority=given.authority, purpose=given.purpose,
        disclosure_date=given.disclosure_date, legal_basis_for_disclosure=given.legal_basis,
        information_summary=summary, subject_line=given.subject_line,
        received_on=req.received_on, title=req.title or "",
        versions=_versions(req, kind, outcome if reasoned else None, given),
    )


def _versions(req: Request, kind: str, outcome: Any, given: LetterInput) -> dict[str, dict[str, str]]:
    """The free texts of the letter in each language (``LetterContext.versions``): the Art. 7.2
    elements for the letters that restate the request, the outcome's statement, conditions and
    accompanying information for the reasoned letters, and what the officer typed for this
    letter per language. A text the officer typed as one plain text prints in every language."""
    out: dict[str, dict[str, str]] = {}
    if kind in REQUEST_LETTERS:
        out.update(all_versions(req, ELEMENT_FIELDS))
    if outcome is not None:
        stored = all_versions(outcome, OUTCOME_TEXT_FIELDS)
        keep = ["statement"] if not given.remarks else []
        if kind == "statement_of_reasons":
            keep += ["accompanying_info"] + (["conditions"] if not given.conditions else [])
        out.update({name: stored[name] for name in keep if name in stored})
    if "remarks" in given.versions:
        out["statement"] = given.versions["remarks"]
    if "conditions" in given.versions:
        out["conditions"] = given.versions["conditions"]
    return out
