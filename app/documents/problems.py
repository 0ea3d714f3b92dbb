"""Why a letter cannot be printed as FINAL: simple blank checks on the plain data.

Each problem is one line naming the field (and the article where one applies). These checks are
deliberately shallow; the treaty layer's own completeness findings can be added by the caller
(``render_letter(ctx, extra_problems=...)``).
"""

from __future__ import annotations

from app.documents.context import ELEMENT_FIELDS, TEXT_FIELDS, LetterContext
from app.i18n import QT_TRANSLATE_NOOP, Code

_LANGUAGE_NAMES = {"en": QT_TRANSLATE_NOOP("LetterProblem", "English"),
                   "ja": QT_TRANSLATE_NOOP("LetterProblem", "Japanese"),
                   "es": QT_TRANSLATE_NOOP("LetterProblem", "Spanish")}
_VERSION_MISSING = QT_TRANSLATE_NOOP("LetterProblem", "the {language} version is missing (Art. {article})")
_ARTICLES = {**dict(zip(ELEMENT_FIELDS, ("7.2(a)", "7.2(b)", "7.2(c)", "7.2(d)", "7.2(e)"), strict=True)),
             **TEXT_FIELDS}


#: A problem as one line: the field's key, then what is wrong (``ui`` puts the form's caption in
#: place of the key, and words ``problem`` in its language).
_LINE = QT_TRANSLATE_NOOP("LetterProblem", "{key}: {problem}")


def problem(key: str, text: str) -> str:
    """``key: text`` (``document_number: the document number is blank``), keeping ``text``
    translatable for the window."""
    return _LINE.format(key=key, problem=text)


def blank(value: object) -> bool:
    """True for None, '' and whitespace-only text."""
    return value is None or (isinstance(value, str) and not value.strip())


def common_problems(ctx: LetterContext) -> list[str]:
    """Problems every kind shares: who writes, to whom, under which numbers and agreement."""
    checks = [
        (ctx.document_number, problem("document_number", QT_TRANSLATE_NOOP(
            "LetterProblem", "the document number is blank"))),
        (ctx.our_ref, problem("our_ref", QT_TRANSLATE_NOOP("LetterProblem", "our reference is blank"))),
        (ctx.sender.administration, problem("sender.administration", QT_TRANSLATE_NOOP(
            "LetterProblem", "the sending administration is blank"))),
        (ctx.addressee.administration, problem("addressee.administration", QT_TRANSLATE_NOOP(
            "LetterProblem", "the addressee administration is blank (Art. 7.3)"))),
        (ctx.addressee.official_name or ctx.addressee.official_title,
         problem("addressee.official_name", QT_TRANSLATE_NOOP(
             "LetterProblem", "the partner's designated official is not named (Art. 7.3)"))),
        (ctx.signatory.name, problem("signatory.name", QT_TRANSLATE_NOOP("LetterProblem", "the signatory is blank"))),
        (ctx.agreement_title or ctx.agreement_short, problem("agreement_title", QT_TRANSLATE_NOOP(
            "LetterProblem", "the agreement is not named"))),
    ]
    return [msg for value, msg in checks if blank(value)] + version_problems(ctx)


def version_problems(ctx: LetterContext) -> list[str]:
    """A free text written in some language but not in one of the letter's: one line each,
    naming the field and the language (a final letter prints every text in its own language)."""
    out = []
    for name, lang in ctx.missing_versions():
        key = f"elements.{name}" if name in ELEMENT_FIELDS else name
        out.append(problem(key, _VERSION_MISSING.format(
            language=_LANGUAGE_NAMES.get(lang, lang), article=Code(_ARTICLES[name], "article"))))
    return out


def incoming_ref_problems(ctx: LetterContext) -> list[str]:
    """A reply to a partner's request must cite its reference and date."""
    out = []
    if blank(ctx.their_ref):
        out.append(problem("their_ref", QT_TRANSLATE_NOOP(
            "LetterProblem", "the partner's reference of the request answered is blank")))
    if ctx.request_date is None:
        out.append(problem("request_date", QT_TRANSLATE_NOOP(
            "LetterProblem", "the date of the request answered is missing")))
    return out


def require(ctx: LetterContext, *fields: tuple[str, str]) -> list[str]:
    """One problem per ``(field, message)`` whose field on ``ctx`` is blank."""
    return [problem(name, msg) for name, msg in fields if blank(getattr(ctx, name))]


#: Request statuses (app.treaty.lifecycle values) in which information has been received and may be
#: used, disclosed or asked for as evidence: the information-use letters (Art. 9.1, 9.4, 10.2).
INFORMATION_HELD_STATUSES = ("received", "acknowledged", "in-progress", "executed",
                             "partially-executed", "conditional", "answered", "recorded", "closed")
