"""The watch index of a desk (Art. 4.2): built once, shared by its threads, kept in step.

Building the :class:`~app.matching.WatchIndex` reads every subject with its names and identifiers
(seconds on a 100k store), so it happens once per store and never twice at a time: the first
caller builds, a second caller for the same store waits for that build instead of starting
another. The build runs outside the lock that guards the published index, so a window can warm
the index on a worker (:func:`warm`) while its own thread keeps matching against nothing
(:func:`ready` says whether matching is instant) and saving subjects (:func:`refresh_subjects`
queues their codes for the build to apply when it finishes).

A cheap fingerprint of the subject tables is compared on every use, so changes made by another
process (the CLI while the window is open) are picked up by a reload. :func:`forget` drops a
store's index; a build that finishes after it is thrown away, never published.

The index lives on the ``Desk`` (``Desk.watch_index``): whoever holds the open desk holds its
index, and closing the desk forgets it (``Desk.forget_watch_index``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.matching import SubjectRecord, WatchIndex
from app.services.context import Desk
from app.store.models import Subject, SubjectIdentifier, SubjectName

__all__ = ["BuildCancelled", "WatchListNotReady", "warm", "ready", "forget", "refresh_subjects", "record_of",
           "build", "index_for"]


class WatchListNotReady(Exception):
    """The watch index of this store is not built (or is stale) and the caller chose not to wait."""

    def __init__(self) -> None:
        super().__init__("watch list: the index is still being prepared")


@dataclass
class Built:
    """An index and the fingerprint of the subject tables it was built from."""

    index: WatchIndex
    fingerprint: tuple


@dataclass(eq=False)
class _Store:
    # ``cond`` guards every field and every use of the published index (queries and updates):
    # each use is short; the long build runs outside it.
    cond: threading.Condition = field(default_factory=threading.Condition)
    built: Built | None = None
    building: bool = False
    pending: set[str] = field(default_factory=set)
    forgotten: bool = False

    def idle(self) -> bool:
        """No build is running (hold ``cond``)."""
        return not self.building

    def was_forgotten(self) -> bool:
        """The store was forgotten: a running build stops (the build's ``cancelled``)."""
        return self.forgotten

    def forget(self) -> None:
        """Drop the index; a build in progress stops at its next batch and is not published."""
        with self.cond:
            self.forgotten = True
            self.built = None
            self.pending.clear()
            self.cond.notify_all()


_LOCK = threading.Lock()  # guards the creation of a desk's state


def _state(desk: Desk) -> _Store:
    with _LOCK:
        if desk.watch_index is None:
            desk.watch_index = _Store()
        return desk.watch_index


def _fingerprint(session: Session) -> tuple:
    """Counts and newest ids/time of the subject tables: changes when any subject, name or
    identifier is added, replaced, edited or deleted, by this process or another.

    One aggregate per statement: SQLite answers a lone ``count(*)`` and a lone ``max()`` of an
    indexed column from the b-tree at once, but two aggregates in one SELECT scan the table
    (~60 ms at 100k subjects, paid by every save that matches)."""
    # Max ids change whenever a name or identifier is replaced, even with a frozen clock.
    return tuple(session.execute(query).scalar() for query in _FINGERPRINT)


_FINGERPRINT = (
    select(func.count()).select_from(Subject), select(func.max(Subject.id)),
    select(func.max(Subject.updated_at)),  # indexed (migration 0005)
    select(func.count()).select_from(SubjectName), select(func.max(SubjectName.id)),
    select(func.count()).select_from(SubjectIdentifier), select(func.max(SubjectIdentifier.id)),
)


def record_of(subj: Subject) -> SubjectRecord:
    """What the matcher needs of a subject row: its names and identifiers."""
    return SubjectRecord(
        subject_id=subj.code, label=subj.code, kind=subj.kind,
        names=tuple(n.name for n in subj.names),
        identifiers=tuple((i.id_type, i.value) for i in subj.identifiers),
    )


def _add(index: WatchIndex, subj: Subject) -> None:
    try:
        index.add(record_of(subj))
    except ValueError:
        # A row the matcher cannot read (edited outside the desk) must not hide the others;
        # index it by its names alone.
        index.add(SubjectRecord(subj.code, subj.code, subj.kind,
                                names=tuple(n.name for n in subj.names)))


class BuildCancelled(Exception):
    """The store was forgotten (closed) while its index was being built: the build stopped."""


#: Subjects read (with their names and identifiers) per batch, between two looks at ``cancelled``.
BATCH = 1000


def build(session: Session, cancelled: Callable[[], bool] = lambda: False) -> Built:
    """Index every subject in ``session``'s snapshot (the slow part: seconds at 100k subjects).

    Reads in batches and stops with :class:`BuildCancelled` when ``cancelled()`` turns true, so
    closing the window during a warm-up does not wait seconds for a build nobody will use."""
    fingerprint = _fingerprint(session)
    index = WatchIndex()
    # Names and identifiers in two extra queries per batch, not two per subject (100k subjects).
    stmt = (select(Subject).order_by(Subject.id)
            .options(selectinload(Subject.names), selectinload(Subject.identifiers))
            .execution_options(yield_per=BATCH))
    for n, subj in enumerate(session.execute(stmt).scalars()):
        if n % BATCH == 0 and cancelled():
            raise BuildCancelled()
        _add(index, subj)
    return Built(index, fingerprint)


def index_for(desk: Desk, session: Session, *, wait: bool = True) -> tuple[threading.Condition, WatchIndex]:
    """The store's index, current with ``session``, and the lock to hold while using it.

    Builds it when needed (one build at a time per store: a caller arriving during a build waits
    for it and takes its result). With ``wait=False`` raises :class:`WatchListNotReady` instead
    of building or waiting."""
    if not wait:
        st = _state(desk)
        with st.cond:
            if st.built is None:  # cold: answer at once, without the fingerprint's ~0.2 s of
                raise WatchListNotReady()  # counting on a 100k store
    fingerprint = _fingerprint(session)
    waited = False
    while True:
        st = _state(desk)
        with st.cond:
            if st.built is not None and (waited or st.built.fingerprint == fingerprint):
                return st.cond, st.built.index
            if not wait:
                raise WatchListNotReady()
            if st.building:
                st.cond.wait_for(st.idle)
                # Take that build's result (or, if it failed or was forgotten, try again).
                waited = True
                continue
            st.building = True
        try:
            made = build(session, st.was_forgotten)
        except BaseException:
            with st.cond:
                st.building = False
                st.cond.notify_all()
            raise
        with st.cond:
            st.building = False
            if not st.forgotten:
                st.built = made
            pending, st.pending = st.pending, set()
            st.cond.notify_all()
        if pending:
            _apply(desk, st, pending)
        # A forgotten store's build still answers this caller's own question, unpublished.
        return st.cond, made.index


def warm(desk: Desk) -> None:
    """Build this store's index now if it is not built (for a worker thread: the window calls it
    as soon as the desk is open, so the first save never waits). Thread-safe; a second caller
    waits for the build in progress."""
    with desk.read() as s:
        try:
            index_for(desk, s, wait=True)
        except BuildCancelled:
            pass  # the store was closed meanwhile: nobody needs this index any more


def ready(desk: Desk) -> bool:
    """Whether matching is instant now: the index is built and current with the store."""
    st = _state(desk)
    with st.cond:
        if st.built is None:
            return False
    with desk.read() as s:
        fingerprint = _fingerprint(s)
    with st.cond:
        return st.built is not None and st.built.fingerprint == fingerprint


def _apply(desk: Desk, st: _Store, codes: Iterable[str]) -> None:
    with desk.read() as s, st.cond:
        if st.built is None:
            return
        index = st.built.index
        for code in codes:
            subj = s.execute(select(Subject).where(Subject.code == code)).scalar_one_or_none()
            if subj is not None:
                _add(index, subj)
            elif code in index:
                index.remove(code)
        st.built.fingerprint = _fingerprint(s)


def refresh_subjects(desk: Desk, codes: Iterable[str]) -> None:
    """Bring the index in step with these subjects after a committed write.

    A store whose index was never built is left alone (the first match loads everything); during
    a build the codes are queued and applied when it finishes, so the writer never waits."""
    st = _state(desk)
    with st.cond:
        if st.building:
            st.pending.update(codes)
            return
        if st.built is None:
            return
    _apply(desk, st, codes)


def forget(desk: Desk) -> None:
    """Drop the index of this desk (e.g. when the store is closed or restored).

    A build in progress is not waited for: it stops at its next batch (:class:`BuildCancelled`)
    and is never published."""
    with _LOCK:
        desk.forget_watch_index()
