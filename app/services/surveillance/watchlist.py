"""The watch list: one process-wide matcher per store over every surveillance subject (Art. 4.2).

The :class:`~app.matching.WatchIndex` is built from the database on first use, or ahead of it
by :func:`warm` on a worker, and kept in step by the surveillance services, which call
:func:`refresh_subjects` after each write has committed (its life cycle, locking and reload on
another process's changes are in :mod:`app.services.surveillance.watch_index`). Every matching function
takes ``wait``: ``False`` raises :class:`WatchListNotReady` instead of building the index, so
a window never waits for it.

Hits are described from the database at query time (status, period, requests), so what an
officer reads is never stale even when the index itself is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Code
from app.matching import DEFAULT_MIN_SCORE
from app.services.admin import settings
from app.services.context import Desk
from app.services.surveillance.rules import subject_status
from app.services.surveillance.views import linked_requests
from app.services.surveillance.watch_index import (
    WatchListNotReady,
    forget,
    index_for,
    ready,
    record_of,
    refresh_subjects,
    warm,
)
from app.store.models import Subject
from app.treaty import lifecycle

__all__ = ["WatchHit", "match", "match_subject", "scan_texts", "extract_queries", "refresh_subjects",
           "watch_hits_for_request", "hits_for_request_view", "forget",
           "warm", "ready", "WatchListNotReady", "record_of"]


#: What a watch-list hit says (``WatchHit.message``), through the app catalogue.
_POSSIBLE = QT_TRANSLATE_NOOP("WatchHit", "possible match: subject {code} ({name}), {state}")
_UNTIL = QT_TRANSLATE_NOOP("WatchHit", "{status} surveillance until {end}")
_UNTIL_UNDER = QT_TRANSLATE_NOOP("WatchHit", "{status} surveillance under {refs} until {end}")
_LAPSED = QT_TRANSLATE_NOOP("WatchHit", "surveillance lapsed on {end}")
_LAPSED_UNDER = QT_TRANSLATE_NOOP("WatchHit", "surveillance under {refs} lapsed on {end}")
_LIFTED = QT_TRANSLATE_NOOP("WatchHit", "surveillance lifted on {lifted}")
_LIFTED_UNDER = QT_TRANSLATE_NOOP("WatchHit", "surveillance under {refs} lifted on {lifted}")
_NO_END = QT_TRANSLATE_NOOP("WatchHit", "no end date")


@dataclass(frozen=True)
class WatchHit:
    """A subject that some text may refer to, with what the officer should read."""

    subject: str
    kind: str
    display_name: str
    score: float
    reason: str
    status: str
    period_end: date | None
    refs: tuple[str, ...]
    query: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        d = asdict(self)
        d["period_end"] = self.period_end.isoformat() if self.period_end else None
        d["refs"] = list(self.refs)
        return d


def _describe(session: Session, code: str, score: float, reason: str, query: str,
              today: date, soon: int) -> WatchHit | None:
    subj = session.execute(select(Subject).where(Subject.code == code)).scalar_one_or_none()
    if subj is None:
        return None
    status, _ = subject_status(subj.status, subj.period_end, today, soon)
    links = linked_requests(session, subj.id)
    refs = tuple(r for r, role in links if role == "surveillance") or tuple(r for r, _ in links)
    # English for the CLI and the log; the window words status, dates and list in its language.
    given = {"status": Code(status, "subject_status"), "refs": refs,
             "end": subj.period_end if subj.period_end else _NO_END}
    if status in ("active", "expiring"):
        state = (_UNTIL_UNDER if refs else _UNTIL).format(**given)
    elif status == "lapsed":
        state = (_LAPSED_UNDER if refs else _LAPSED).format(**given)
    else:
        state = (_LIFTED_UNDER if refs else _LIFTED).format(
            **given, lifted=subj.lifted_on if subj.lifted_on else "?")
    message = _POSSIBLE.format(code=code, name=subj.display_name, state=state)
    return WatchHit(code, subj.kind, subj.display_name, score, reason, status, subj.period_end,
                    refs, query, message)


def _run(desk: Desk, queries: Iterable[str], *, limit: int, min_score: float,
         exclude: Iterable[str] = (), statuses: Iterable[str] | None = None,
         wait: bool = True) -> list[WatchHit]:
    excluded = set(exclude)
    wanted = set(statuses) if statuses is not None else None
    best: dict[str, tuple[float, str, str]] = {}
    with desk.read() as s:
        lock, index = index_for(desk, s, wait=wait)
        with lock:
            for query in queries:
                for hit in index.match(query, limit=50, min_score=min_score):
                    code = str(hit.subject_id)
                    if code not in excluded and hit.score > best.get(code, (-1.0, "", ""))[0]:
                        best[code] = (hit.score, hit.reason, query)
        soon = settings.get_int(s, "due_soon_days")
        out = []
        for code, (score, reason, query) in best.items():
            described = _describe(s, code, score, reason, query, desk.today(), soon)
            if described is not None and (wanted is None or described.status in wanted):
                out.append(described)
    out.sort(key=lambda h: (-h.score, h.subject))
    return out[:limit]


def match(desk: Desk, text: str, *, limit: int = 10,
          min_score: float = DEFAULT_MIN_SCORE, wait: bool = True) -> list[WatchHit]:
    """Subjects (any status) that a name in any script or an identifier may refer to.

    ``wait=False``: raise :class:`WatchListNotReady` rather than build the index."""
    text = (text or "").strip()
    if not text:
        return []
    return _run(desk, [text], limit=limit, min_score=min_score, wait=wait)


def match_subject(desk: Desk, code: str, *, limit: int = 5, wait: bool = True) -> list[WatchHit]:
    """Other subjects (any status) that a recorded subject looks like: a possible duplicate."""
    with desk.read() as s:
        lock, index = index_for(desk, s, wait=wait)
        subj = s.execute(select(Subject).where(Subject.code == code)).scalar_one_or_none()
        if subj is None:
            return []
        try:
            with lock:
                hits = index.match_record(record_of(subj), limit=limit)
        except ValueError:
            return []
        soon = settings.get_int(s, "due_soon_days")
        out = [_describe(s, str(h.subject_id), h.score, h.reason, subj.display_name,
                         desk.today(), soon) for h in hits]
    return [h for h in out if h is not None]


# -- pulling names and numbers out of free text ----------------------------------------------

_SEGMENTS = re.compile(r"[;\n,、，；/|()（）「」\[\]:：]+")
_CONTAINER = re.compile(r"\b[A-Z]{3}[UJZR][ -]?\d{6}(?:[ -]?\d)?\b", re.IGNORECASE)
_IMO = re.compile(r"\bIMO[\s:.#-]*\d{7}\b", re.IGNORECASE)
_ID_TOKEN = re.compile(r"[^\s,;]*\d[^\s,;]*")
_HONORIFICS = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "san", "様", "氏"}
_MAX_QUERIES = 200


def extract_queries(text: str | None, *, names: bool = True) -> list[str]:
    """Names and identifiers worth looking up in a free-text field.

    The text is cut at list separators (commas, semicolons, line breaks, brackets); a short piece
    with no digit is taken as a name, a longer one as 2-3 word windows; anything with a digit is
    looked up as an identifier, and container and IMO numbers are found even when spaced."""
    if not text:
        return []
    found: dict[str, None] = {}
    for m in _CONTAINER.finditer(text):
        found[m.group()] = None
    for m in _IMO.finditer(text):
        found[m.group()] = None
    for piece in _SEGMENTS.split(text):
        piece = piece.strip(" .\t")
        if not piece:
            continue
        for token in _ID_TOKEN.findall(piece):
            token = token.strip(".-")
            if sum(ch.isalnum() for ch in token) >= 5:
                found[token] = None
        if not names or any(ch.isdigit() for ch in piece):
            continue
        words = [w for w in piece.split() if w.lower() not in _HONORIFICS]
        if 1 <= len(words) <= 4:
            found[" ".join(words)] = None
        elif len(words) > 4:
            for size in (2, 3):
                for i in range(len(words) - size + 1):
                    found[" ".join(words[i:i + size])] = None
    return list(found)[:_MAX_QUERIES]


def scan_texts(desk: Desk, texts: Iterable[tuple[str | None, bool]], *,
               exclude: Iterable[str] = (), limit: int = 20,
               statuses: Iterable[str] | None = ("active", "expiring", "lapsed"),
               wait: bool = True) -> list[WatchHit]:
    """Hits for subjects named in free texts; each text comes with whether to read names in it.

    Lifted subjects are left out by default: a match is a prompt to act on current surveillance."""
    queries: dict[str, None] = {}
    for text, with_names in texts:
        for q in extract_queries(text, names=with_names):
            queries[q] = None
    if not queries:
        return []
    return _run(desk, list(queries), limit=limit, min_score=DEFAULT_MIN_SCORE, exclude=exclude,
                statuses=statuses, wait=wait)


# -- requests ---------------------------------------------------------------------------------

_NAME_EXTRAS = ("transport_identifier", "person_identity", "vessel", "person", "parties")


def hits_for_request_view(desk: Desk, view: Any, *, wait: bool = True) -> list[WatchHit]:
    """Hits for the parties, title and identifying extras of a request (a RequestView).

    Subjects already linked to the request are not news and are left out."""
    texts: list[tuple[str | None, bool]] = [
        (view.elements.get("parties_concerned"), True),
        (view.title, True),
    ]
    for key, value in sorted((view.extra or {}).items()):
        if isinstance(value, str):
            # A goods description is prose: only numbers in it (containers) are worth a look.
            texts.append((value, key in _NAME_EXTRAS))
    return scan_texts(desk, texts, exclude=view.subjects, wait=wait)


def watch_hits_for_request(desk: Desk, ref: str) -> list[WatchHit]:
    """Possible watch-list matches for one request as stored now (waits for the index: call it
    on a worker from a window)."""
    from app.services.requests.commands import get_request

    return hits_for_request_view(desk, get_request(desk, ref))


#: Directions whose saves are checked against the watch list (we received something).
WATCHED_DIRECTIONS = lifecycle.WATCHED_DIRECTIONS
