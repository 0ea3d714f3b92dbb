"""Why a letter cannot be printed as FINAL: simple blank checks on the plain data.

Each problem is one line naming the field (and the article where one applies). These checks are
deliberately shallow; the treaty layer's own completeness findings can be added by the caller
(``render_letter(ctx, extra_problems=...)``).
"""

from __future__ import annotations

from app.documents.context import ELEMENT_FIELDS, TEXT_FIELDS, LetterContext

_LANGUAGE_NAMES = {"en": "English", "ja": "Japanese", "es": "Spanish"}
_ARTICLES = {**dict(zip(ELEMENT_FIELDS, ("7.2(a)", "7.2(b)", "7.2(c)", "7.2(d)", "7.2(e)"), strict=True)),
             **TEXT_FIELDS}


def blank(value: object) -> bool:
    """True for None, '' and whitespace-only text."""
    return value is None or (isinstance(value, str) and not value.strip())


def common_problems(ctx: LetterContext) -> list[str]:
    """Problems every kind shares: who writes, to whom, under which numbers and agreement."""
    checks = [
        (ctx.document_number, "document_number: the document number is blank"),
        (ctx.our_ref, "our_ref: our reference is blank"),
        (ctx.sender.administration, "sender.administration: the sending administration is blank"),
        (ctx.addressee.administration, "addressee.administration: the addressee administration is blank (Art. 7.3)"),
        (ctx.addressee.official_name or ctx.addressee.official_title,
         "addressee.official_name: the partner's designated official is not named (Art. 7.3)"),
        (ctx.signatory.name, "signatory.name: the signatory is blank"),
        (ctx.agreement_title or ctx.agreement_short, "agreement_title: the agreement is not named"),
    ]
    return [msg for value, msg in checks if blank(value)] + version_problems(ctx)


def version_problems(ctx: LetterContext) -> list[str]:
    """A free text written in some language but not in one of the letter's: one line each,
    naming the field and the language (a final letter prints every text in its own language)."""
    out = []
    for name, lang in ctx.missing_versions():
        key = f"elements.{name}" if name in ELEMENT_FIELDS else name
        out.append(f"{key}: the {_LANGUAGE_NAMES.get(lang, lang)} version is missing "
                   f"(Art. {_ARTICLES[name]})")
    return out


def incoming_ref_problems(ctx: LetterContext) -> list[str]:
    """A reply to a partner's request must cite its reference and date."""
    out = []
    if blank(ctx.their_ref):
        out.append("their_ref: the partner's reference of the request answered is blank")
    if ctx.request_date is None:
        out.append("request_date: the date of the request answered is missing")
    return out


def require(ctx: LetterContext, *fields: tuple[str, str]) -> list[str]:
    """One problem per ``(field, message)`` whose field on ``ctx`` is blank."""
    return [f"{name}: {msg}" for name, msg in fields if blank(getattr(ctx, name))]


#: Request statuses (app.treaty.lifecycle values) in which information has been received and may be
#: used, disclosed or asked for as evidence: the information-use letters (Art. 9.1, 9.4, 10.2).
INFORMATION_HELD_STATUSES = ("received", "acknowledged", "in-progress", "executed",
                             "partially-executed", "conditional", "answered", "recorded", "closed")
