"""Letters from stored requests: what may be written, previews, final letters kept in the registry.

``preview_letter`` renders without storing anything. ``generate_letter`` renders a FINAL letter and
stores it as a new :class:`~app.store.models.Document` version of the series
``"{our_ref}/{kind}/{lang}"`` in one transaction with one audit entry (``document.generate``).
A final letter is refused (:class:`LetterRefused`, listing every problem) while the renderer or
the treaty layer finds something missing; for the request letters that includes Art. 7.2
completeness, so an incomplete request can only be produced as a DRAFT.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents import LETTER_KINDS, LetterIncomplete, letter_problems, render_letter
from app.i18n import QT_TRANSLATE_NOOP
from app.security import audit
from app.services.admin import settings
from app.services.agreements.catalogue import spec_of
from app.services.context import Desk
from app.services.letters.context import (
    LetterInput,
    build_context,
    check_inputs_fit,
    check_kind_and_lang,
    kind_refusal,
    languages_for,
    request_problems,
)
from app.services.letters.registry import DocumentView, next_version, view_of
from app.services.validation import NotFound, ServiceError
from app.store.models import Document, Request

__all__ = [
    "BatchResult", "FinalCheck", "KindOption", "LetterInput", "LetterOptions", "LetterPreview", "LetterRefused",
    "acknowledgements_due", "final_check", "generate_batch", "generate_letter", "letter_options", "preview_letter",
]


class LetterRefused(ServiceError):
    """A FINAL letter was asked for while problems remain; ``problems`` lists them all."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        first = self.problems[0] if self.problems else "problems remain"
        super().__init__("final", f"a final letter cannot be produced: {first}{more}; "
                         "produce a draft, or complete the request first")


@dataclass(frozen=True)
class KindOption:
    """A letter kind as offered for one request: ``reason`` says why it does not apply."""

    code: str
    title: str
    applies: bool
    reason: str | None


@dataclass(frozen=True)
class LetterOptions:
    """What can be written for one request: kinds (those that apply first) and languages."""

    ref: str
    direction: str
    status: str
    kinds: tuple[KindOption, ...]
    languages: tuple[str, ...]

    @property
    def applicable(self) -> tuple[str, ...]:
        """Codes of the kinds that apply now."""
        return tuple(k.code for k in self.kinds if k.applies)


@dataclass(frozen=True)
class LetterPreview:
    """A rendered letter that is not stored. ``final`` is False when problems forced a draft."""

    ref: str
    kind: str
    lang: str
    final: bool
    pdf: bytes
    problems: tuple[str, ...]
    version: int
    document_number: str

    @property
    def series(self) -> str:
        """The registry series a final version of this letter joins."""
        return f"{self.ref}/{self.kind}/{self.lang}"


@dataclass(frozen=True)
class FinalCheck:
    """Whether a FINAL letter can be produced now and, when not, every reason (one line each,
    naming the field and the article; a missing language version names the language)."""

    ref: str
    kind: str
    lang: str
    reasons: tuple[str, ...]

    @property
    def possible(self) -> bool:
        """True when nothing stands in the way of a final letter."""
        return not self.reasons


@dataclass(frozen=True)
class BatchResult:
    """Outcome of a batch: documents stored, and one line per request that was refused."""

    documents: tuple[DocumentView, ...]
    failures: tuple[tuple[str, str], ...]
    cancelled: bool = False


def _request(s: Session, ref: str) -> Request:
    row = s.execute(select(Request).where(Request.our_ref == ref)).scalar_one_or_none()
    if row is None:
        raise NotFound("ref", QT_TRANSLATE_NOOP(
                "Refusal", "no request with reference {ref}").format(
                    ref=repr(ref)))
    return row


def _inputs(inputs: LetterInput | dict[str, Any] | None) -> LetterInput:
    return inputs if isinstance(inputs, LetterInput) else LetterInput.from_mapping(inputs)


def series_of(ref: str, kind: str, lang: str) -> str:
    """The registry series of a letter: every version of one kind, language and request."""
    return f"{ref}/{kind}/{lang}"


def letter_options(desk: Desk, ref: str) -> LetterOptions:
    """The kinds that apply to request ``ref`` in its direction and status, and its languages."""
    with desk.read() as s:
        req = _request(s, ref)
        spec = spec_of(req.agreement)
        kinds = []
        for code, kind in LETTER_KINDS.items():
            reason = kind_refusal(req, code)
            kinds.append(KindOption(code, kind.title("en"), reason is None, reason))
        # Applicable first; among them the kind most specific to this state (fewest statuses)
        # leads, e.g. the acknowledgement of a request just received. Stable sort: ties keep
        # the catalogue order.
        kinds.sort(key=lambda k: (not k.applies, len(LETTER_KINDS[k.code].statuses)))
        preferred = settings.get(s, "letter_languages") or ()
        return LetterOptions(ref, req.direction, req.status, tuple(kinds), languages_for(spec, preferred))


def _prepare(s: Session, desk: Desk, ref: str, kind: str, lang: str, given: LetterInput,
             *, final: bool):  # (request, context, problems, version)
    check_kind_and_lang(kind, lang)
    check_inputs_fit(kind, given)
    req = _request(s, ref)
    refusal = kind_refusal(req, kind)
    if refusal:
        raise ServiceError("kind", refusal)
    # A letter is written only in the agreement's own languages (Spanish only where one uses it).
    offered = languages_for(spec_of(req.agreement))
    if lang not in offered:
        raise ServiceError("lang", QT_TRANSLATE_NOOP(
                "Refusal", "{lang} is not a language of {short_title} (one of {join_offered})").format(
                    lang=repr(lang), short_title=req.agreement.short_title, join_offered=', '.join(offered)))
    version = next_version(s, series_of(ref, kind, lang))
    extra = request_problems(req, kind)
    ctx = build_context(s, req, kind, lang, final=final, version=version, today=desk.today(), given=given)
    return req, ctx, _merged_problems(ctx, extra), extra, version


def _merged_problems(ctx, extra: list[str]) -> list[str]:  # a LetterContext
    """The renderer's problems plus the treaty's, without saying the same 7.2 gap twice."""
    treaty_fields = {line.split(":", 1)[0] for line in extra}
    own = [p for p in letter_problems(ctx)
           if not (p.startswith("elements.") and p[len("elements."):].split(":", 1)[0] in treaty_fields)]
    return own + list(extra)


def final_check(desk: Desk, ref: str, kind: str, lang: str, *,
                inputs: LetterInput | dict[str, Any] | None = None) -> FinalCheck:
    """Can a FINAL ``kind`` letter in ``lang`` be produced for ``ref`` now, and if not, why not.

    The one answer the Letters dialog (its "Final" box) and the CLI ``print`` ask: the same
    problems :func:`generate_letter` refuses for (the designated official not named (Art. 7.3),
    Art. 7.2 incomplete, a text's version missing in one of the letter's languages, ...). A kind
    that does not apply, or a language outside the agreement, is refused (``ServiceError`` naming
    ``kind`` / ``lang``): no letter of it can be written at all. Reads only; renders nothing."""
    given = _inputs(inputs)
    with desk.read() as s:
        _req, _ctx, problems, _extra, _version = _prepare(s, desk, ref, kind, lang, given, final=True)
    return FinalCheck(ref, kind, lang, tuple(problems))


def preview_letter(desk: Desk, ref: str, kind: str, lang: str, *, final: bool = False,
                   inputs: LetterInput | dict[str, Any] | None = None) -> LetterPreview:
    """Render the letter without storing it; a final asked for with problems renders as a draft.

    A draft carries no document number (``document_number`` is ''); a final preview shows the
    number the letter gets if it is stored next."""
    given = _inputs(inputs)
    with desk.read() as s:
        _req, ctx, problems, extra, version = _prepare(s, desk, ref, kind, lang, given, final=final)
        if final and not problems:  # as the stored letter will print it (its head then)
            ctx = replace(ctx, audit_head=audit.head(s))
    if final and problems:
        ctx = replace(ctx, final=False)
    if not ctx.final:
        # A number is given only to a final letter as it is stored (generate_letter): a draft
        # prints none, so no number on paper can turn up again on a different final letter.
        ctx = replace(ctx, document_number="")
    pdf = render_letter(ctx, extra_problems=extra)
    return LetterPreview(ref, kind, lang, ctx.final, pdf, tuple(problems), version, ctx.document_number)


def _store(s: Session, desk: Desk, req: Request, kind: str, lang: str, version: int, pdf: bytes) -> Document:
    doc = Document(
        series=series_of(req.our_ref, kind, lang), version=version, kind=kind, language=lang,
        final=True, filename=f"{req.our_ref}_{kind}_{lang.replace('+', '-')}_v{version}.pdf",
        mime="application/pdf", size=len(pdf), sha256=hashlib.sha256(pdf).hexdigest(), content=pdf,
        request_id=req.id, actor=desk.actor, created_at=desk.now(),
    )
    s.add(doc)
    s.flush()
    return doc


def generate_letter(desk: Desk, ref: str, kind: str, lang: str, *,
                    inputs: LetterInput | dict[str, Any] | None = None) -> DocumentView:
    """Render the FINAL letter and store it as the next version of its series (audited).

    Raises :class:`LetterRefused` (nothing stored) while any problem remains."""
    given = _inputs(inputs)
    # Rendering inside the write transaction keeps the version number and the document number
    # printed on the letter in step, even with a second desk writing to the same store.
    with desk.unit_of_work("document.generate", "document") as (s, note):
        req, ctx, problems, extra, version = _prepare(s, desk, ref, kind, lang, given, final=True)
        if problems:
            raise LetterRefused(problems)
        # The chain's head as it stands before this letter's own entry: the letter sent out
        # is an anchor of the chain outside the store (docs/security.md).
        ctx = replace(ctx, audit_head=audit.head(s))
        try:
            pdf = render_letter(ctx, extra_problems=extra)
        except LetterIncomplete:  # pragma: no cover - problems were checked just above
            raise LetterRefused(problems) from None
        doc = _store(s, desk, req, kind, lang, version, pdf)
        note.entity_id = doc.id
        note.change = {"request": ref, "kind": kind, "language": lang, "series": doc.series,
                       "version": version, "document_number": ctx.document_number,
                       "sha256": doc.sha256, "size": doc.size}
        return view_of(doc, ref)


def generate_batch(desk: Desk, kind: str, refs: Iterable[str], lang: str, *,
                   inputs: LetterInput | dict[str, Any] | None = None,
                   progress: Callable[[int, int, str], Any] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> BatchResult:
    """Generate the same final letter for many requests, one transaction each.

    ``progress(done, total, ref)`` is called after each request; ``cancelled()`` is asked before
    each one. A request that is refused (wrong state, problems) is listed in ``failures`` and the
    batch goes on: one bad request must not stop the day's acknowledgements.
    """
    given = _inputs(inputs)
    check_kind_and_lang(kind, lang)
    check_inputs_fit(kind, given)
    todo = list(dict.fromkeys(refs))
    docs: list[DocumentView] = []
    failures: list[tuple[str, str]] = []
    for n, ref in enumerate(todo, 1):
        if cancelled is not None and cancelled():
            return BatchResult(tuple(docs), tuple(failures), cancelled=True)
        try:
            docs.append(generate_letter(desk, ref, kind, lang, inputs=given))
        except ServiceError as exc:
            failures.append((ref, str(exc)))
        if progress is not None:
            progress(n, len(todo), ref)
    return BatchResult(tuple(docs), tuple(failures))


def acknowledgements_due(desk: Desk) -> list[str]:
    """References of incoming requests still waiting for an acknowledgement (status received)."""
    with desk.read() as s:
        return list(s.execute(select(Request.our_ref).where(
            Request.direction == "incoming", Request.status == "received").order_by(Request.our_ref)).scalars())
