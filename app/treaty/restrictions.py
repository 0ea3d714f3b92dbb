"""Use restrictions on information (Art. 9 and 10): may this item go to that authority for that purpose?

Pure rules over plain data; the services copy what the store knows into the dataclasses below.

How the desk reads the articles (decisions recorded here so they are made once):

* **Information we provided** (direction ``provided``) is ours; the agreement restricts what the
  *receiving* side does with it, so passing our own information on inside our country is allowed.
  Its flags record the conditions we attached when we sent it, and they are printed as markings.
* **Customs purposes by customs** (Art. 9.1): a customs unit using information for customs
  purposes (Art. 2.1) or customs intelligence needs nothing more.
* **Law-enforcement agencies** (Art. 9.2): allowed for customs purposes or intelligence unless
  the provider notified otherwise. After such a notice they are forbidden, unless a written
  approval (9.1) naming that agency *dated on or after the notice* covers the purpose: the
  provider's later, express and written word is the more specific one.
* **Other authorities** (ministries, courts, ...) need the provider's written approval (9.1)
  naming exactly that authority and covering the purpose; otherwise the verdict is
  ``needs_approval`` and the approval request letter is offered.
* **Disclosure required by law** (Art. 9.4): "this Article shall not preclude" it, so it is allowed
  whatever Art. 9 restrictions apply, with the obligation to give the provider advance notice.
  It does not lift Art. 10: evidence use is its own purpose.
* **Evidence in criminal proceedings** (Art. 10.1, 10.2): forbidden for an item marked
  ``not_as_evidence`` (the default for everything received) unless an outgoing request with basis
  ``10.2`` naming that item in its ``information_items`` was sent through the diplomatic channel
  and *answered* (status ``answered``, or ``closed`` after having been answered). A written 9.1
  approval cannot replace that request.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "AUTHORITY_KINDS", "PURPOSES", "PURPOSE_LABELS", "MARKING_CODES", "VERDICTS",
    "ApprovalFacts", "ItemFacts", "Recipient", "Finding", "DisclosureDecision",
    "assess_disclosure", "restriction_codes_for_items", "evidence_request_answered",
    "check_approval_scope",
]

#: Purposes a disclosure may serve.
PURPOSES: tuple[str, ...] = ("customs", "intelligence", "evidence", "required_by_law")
PURPOSE_LABELS: dict[str, str] = {
    "customs": QT_TRANSLATE_NOOP("Purpose", "customs purposes (Art. 2.1)"),
    "intelligence": QT_TRANSLATE_NOOP("Purpose", "intelligence (not as evidence)"),
    "evidence": QT_TRANSLATE_NOOP("Purpose", "evidence in criminal proceedings (Art. 10)"),
    "required_by_law": QT_TRANSLATE_NOOP("Purpose", "disclosure required by law (Art. 9.4)"),
}
#: Kinds of authority on the maintained list.
AUTHORITY_KINDS: tuple[str, ...] = ("customs", "police", "prosecutor", "court", "ministry", "other")
#: Kinds of authority that count as law enforcement (Art. 9.2) unless the officer says otherwise.
LAW_ENFORCEMENT_KINDS: frozenset[str] = frozenset({"police", "prosecutor"})


def is_law_enforcement_kind(kind: str | None) -> bool:
    """Whether an authority of ``kind`` counts as law enforcement by default (Art. 9.2)."""
    return kind in LAW_ENFORCEMENT_KINDS
#: Marking codes printed on letters, most restrictive first (same order as app.documents).
MARKING_CODES: tuple[str, ...] = ("confidential", "not_as_evidence", "no_law_enforcement", "customs_only")
#: Verdicts from least to most severe.
VERDICTS: tuple[str, ...] = ("allowed", "obligation", "needs_approval", "forbidden")

_ANSWERED = frozenset({"answered"})


@dataclass(frozen=True)
class ApprovalFacts:
    """A written approval (Art. 9.1) for use of one item by one named authority."""

    approval_id: int | None
    authority: str
    purposes: tuple[str, ...]
    granted_on: date
    has_document: bool = True


@dataclass(frozen=True)
class ItemFacts:
    """What the rules need to know about one information item."""

    code: str
    direction: str = "received"  # received | provided
    confidential: bool = False
    no_law_enforcement: bool = False
    no_law_enforcement_notice_on: date | None = None
    not_as_evidence: bool = True
    approvals: tuple[ApprovalFacts, ...] = ()
    evidence_request_answered: bool = False
    superseded: bool = False


@dataclass(frozen=True)
class Recipient:
    """The authority information would go to."""

    name: str
    kind: str
    is_law_enforcement: bool = False


@dataclass(frozen=True)
class Finding:
    """One reason behind a verdict, for one item."""

    item: str
    verdict: str
    article: str
    message: str
    letter: str | None = None  # letter kind the officer is offered (app.documents kinds)

    def __str__(self) -> str:
        return f"{self.item}: {self.message} (Art. {self.article})"


@dataclass(frozen=True)
class DisclosureDecision:
    """The outcome of checking a planned disclosure of some items."""

    verdict: str
    findings: tuple[Finding, ...] = ()
    approvals_used: dict[str, int] = field(default_factory=dict)
    conditions: tuple[str, ...] = ()  # marking codes passed on to the recipient

    @property
    def allowed(self) -> bool:
        """True when it may be recorded as done without an override."""
        return self.verdict in ("allowed", "obligation")

    @property
    def letters(self) -> tuple[str, ...]:
        """Letter kinds offered (advance notice, approval request, evidence cover), deduplicated."""
        out: list[str] = []
        for f in self.findings:
            if f.letter and f.letter not in out:
                out.append(f.letter)
        return tuple(out)

    def blocking(self) -> tuple[Finding, ...]:
        """The findings that stop the disclosure (needs approval, forbidden)."""
        return tuple(f for f in self.findings if f.verdict in ("needs_approval", "forbidden"))

    def summary(self) -> str:
        """One line: the verdict and its first reason."""
        first = self.blocking() or self.findings
        return f"{self.verdict}: {first[0]}" if first else self.verdict


def evidence_request_answered(requests: Iterable[tuple[str, Sequence[str], str, Sequence[str]]],
                              item_code: str) -> bool:
    """Whether an answered 10.2 request names ``item_code``.

    ``requests`` yields ``(direction, bases, status, information_items)``; the status history
    counts through ``closed`` requests: pass ``"answered"`` as status when one was ever answered."""
    for direction, bases, status, items in requests:
        if direction == "outgoing" and "10.2" in bases and status in _ANSWERED and item_code in items:
            return True
    return False


def check_approval_scope(purposes: Sequence[str]) -> list[str]:
    """Problems with an approval's scope (one line each, empty when fine)."""
    out = []
    if not purposes:
        out.append("scope: name at least one purpose the approval covers (Art. 9.1)")
    for p in purposes:
        if p == "evidence":
            out.append("scope: evidence use cannot be approved this way; it needs a request through "
                       "the diplomatic channel (Art. 10.2)")
        elif p not in PURPOSES:
            out.append(f"scope: {p!r} is not one of: {', '.join(PURPOSES)}")
    return out


def _approval_for(item: ItemFacts, recipient: Recipient, purpose: str) -> ApprovalFacts | None:
    for a in item.approvals:
        if a.authority == recipient.name and purpose in a.purposes and a.has_document:
            return a
    return None


def _assess_item(item: ItemFacts, r: Recipient, purpose: str,
                 chosen: ApprovalFacts | None) -> tuple[list[Finding], ApprovalFacts | None]:
    c = item.code
    if item.direction == "provided":
        return [], None
    if purpose == "evidence":
        if item.not_as_evidence and not item.evidence_request_answered:
            return [Finding(c, "forbidden", "10.1", QT_TRANSLATE_NOOP(
                "Finding", "information received may not be used as evidence in criminal "
                "proceedings until a request for it through the diplomatic channel (10.2) has "
                "been answered"), "evidence_cover")], None
        return [], None
    if purpose == "required_by_law":
        return [Finding(c, "obligation", "9.4", QT_TRANSLATE_NOOP(
            "Finding", "disclosure required by law: give the provider advance notice wherever "
            "possible"), "disclosure_notice")], None
    approval = chosen if chosen is not None else _approval_for(item, r, purpose)
    if r.kind == "customs" and not r.is_law_enforcement:
        return [], None
    if r.is_law_enforcement:
        if not item.no_law_enforcement:
            return [], None
        notice = item.no_law_enforcement_notice_on
        if approval is not None and (notice is None or approval.granted_on >= notice):
            return [], approval
        if notice is not None:
            said = QT_TRANSLATE_NOOP(
                "Finding", "the provider notified on {notice} that this information may not go to "
                "law-enforcement agencies such as {authority}").format(notice=notice,
                                                                       authority=r.name)
        else:
            said = QT_TRANSLATE_NOOP(
                "Finding", "the provider notified that this information may not go to "
                "law-enforcement agencies such as {authority}").format(authority=r.name)
        return [Finding(c, "forbidden", "9.2", said)], None
    if approval is not None:
        return [], approval
    return [Finding(c, "needs_approval", "9.1", QT_TRANSLATE_NOOP(
        "Finding", "use by {authority} for {purpose} needs the provider's written approval "
        "naming that authority").format(authority=r.name, purpose=PURPOSE_LABELS[purpose]),
        "approval_request")], None


def assess_disclosure(items: Sequence[ItemFacts], recipient: Recipient, purpose: str, *,
                      approval: ApprovalFacts | None = None) -> DisclosureDecision:
    """Decide whether ``items`` may go to ``recipient`` for ``purpose``.

    ``approval`` is an approval the officer named explicitly; it is used instead of searching the
    item's approvals (the service checks it names the recipient). The verdict is the most severe
    over all items: allowed < obligation (9.4) < needs_approval (9.1) < forbidden (9.2, 10.1)."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose: {purpose!r} is not one of: {', '.join(PURPOSES)}")
    if not items:
        raise ValueError("items: name at least one information item")
    findings: list[Finding] = []
    used: dict[str, int] = {}
    for item in items:
        if item.superseded:
            findings.append(Finding(item.code, "forbidden", "9", QT_TRANSLATE_NOOP(
                "Finding", "this entry was corrected; disclose the corrected entry instead")))
            continue
        chosen = approval if approval is not None and approval in item.approvals else None
        f, a = _assess_item(item, recipient, purpose, chosen)
        findings.extend(f)
        if a is not None and a.approval_id is not None:
            used[item.code] = a.approval_id
    verdict = max((f.verdict for f in findings), key=VERDICTS.index, default="allowed")
    # What the recipient is bound by: the items' markings, less what this disclosure lifts
    # (evidence use after 10.2; customs-only when another authority uses it under 9.1/9.2/9.4).
    lifted = set()
    if purpose == "evidence" and verdict != "forbidden":
        lifted.add("not_as_evidence")
    if recipient.kind != "customs" or recipient.is_law_enforcement:
        lifted.add("customs_only")
    conditions = tuple(c for c in restriction_codes_for_items(items) if c not in lifted)
    return DisclosureDecision(verdict, tuple(findings), used, conditions)


def restriction_codes_for_items(items: Iterable[ItemFacts | object]) -> tuple[str, ...]:
    """Marking codes for a letter carrying ``items``, most restrictive first, each once.

    Accepts ``ItemFacts`` or anything with the same flag attributes (an ORM row, a view).
    ``customs_only`` applies to all information exchanged under the agreement, in both
    directions (Art. 9.1 binds whoever receives it), so any item carries it."""
    found: set[str] = set()
    for it in items:
        if getattr(it, "confidential", False):
            found.add("confidential")
        if getattr(it, "not_as_evidence", False):
            found.add("not_as_evidence")
        if getattr(it, "no_law_enforcement", False):
            found.add("no_law_enforcement")
        found.add("customs_only")
    return tuple(code for code in MARKING_CODES if code in found)
