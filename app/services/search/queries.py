"""Full-text search over requests, subjects, observations, information items, disclosures and
documents.

On SQLite the query runs against the FTS5 trigram index (``app.store.search_index``): every
whitespace-separated term must occur (as a substring, case and diacritics folded). Terms of one
or two characters are below what a trigram index can look up. When such a term is Japanese
(Chinese, Korean) — a two-kanji surname such as 田中, a one-kanji word such as 銃 — the CJK gram
index beside it finds it, by the same substring rule (``app.store.search_grams``). Any other
short term (``JP``, ``7a``, ``&``) becomes a LIKE condition on the index table (a scan when
it is the only term; a single letter finds what contains it, as any other term does).
User input is never passed to FTS5 as syntax: each term is quoted, so ``"``, ``AND``, ``*`` or
``NEAR(`` are just text.

On a shared PostgreSQL desk the same function reads the server's index (``search_doc``,
``app.store.search_server``): the same rows and the same rule per term, through a pg_trgm index
and a CJK gram array, so a query finds the same records on either store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy.engine import Connection

from app.i18n import QT_TRANSLATE_NOOP
from app.services.search.labels import label_hits
from app.services.validation import ServiceError
from app.store import search_grams, search_index

if TYPE_CHECKING:
    from app.services.context import Desk

# Search reads through Core (``Desk.query``) and the index tables, never the ORM: the CLI
# whole-process budget (docs/benchmarks.md).

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
MAX_LIMIT = 1000
SNIPPET_CHARS = 40
#: Kinds whose index key is a database id (they have no reference of their own): a hit of one
#: carries the officer-facing key ``search_labels`` builds from its parent instead.
ID_KEYED_KINDS = frozenset({"observation", "document"})
#: Fields of a hit that are database ids: used in-process (to select the row), never printed.
INTERNAL_FIELDS = ("entity_id", "observation_id")


class Snippet(NamedTuple):
    """An excerpt in plain text and the span of the match in it (0, 0: none located)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class SearchHit:
    """One search result: what it is (``kind``), its key, a title, a snippet and its rank (lower
    is better). The key is what an officer knows the hit by and stays the same across export
    and import: our_ref, subject code, item code; a disclosure's item code and date
    (``I-00001/2026-11-15``, ``/2`` for a second one that day); an observation's subject code
    and time (``S-0002/2026-11-18T06:45:00Z``); a document's parent key, file name and version
    (``I-00001/certificates.txt v1``). ``entity_id`` and ``observation_id`` are database ids for
    the UI to find the row; ``to_dict`` leaves them out.

    The snippet is plain text exactly as stored, with NO marker in it (a bracket or an asterisk
    could be text the officer typed): the match is ``snippet[match_start:match_end]`` (both 0
    when no term could be located), and a UI marks it up itself, escaping the rest.

    ``parent_kind``/``parent_key`` name the record an observation, information item or document
    belongs to and is opened in ("subject" + code, "information" + item code, "request" + ref);
    ``observation_id`` is the observation to select in its subject's log (an observation hit, or
    a file attached to one). See ``search_labels`` for the rule per kind.

    ``label`` is what an officer reads ("Statement of reasons (11.4), en, v2 — JC-US-2026-0012")
    and ``reference`` the officer's short reference for the hit (for a document or observation,
    the request it belongs to); neither ever shows a database id (see ``search_labels``)."""

    kind: str
    key: str
    title: str
    snippet: str
    rank: float
    entity_id: int = 0
    parent_key: str | None = None
    label: str = ""
    reference: str = ""
    parent_kind: str | None = None
    observation_id: int | None = None
    match_start: int = 0
    match_end: int = 0

    def snippet_parts(self) -> tuple[str, str, str]:
        """The snippet as (before, match, after); the match is "" when none was located."""
        s, a, b = self.snippet, self.match_start, self.match_end
        return s[:a], s[a:b], s[b:]

    def to_dict(self) -> dict:
        """JSON-ready dict, without database ids (they mean nothing outside this store)."""
        out = asdict(self)
        for name in INTERNAL_FIELDS:
            out.pop(name, None)
        return out


def split_terms(text: str) -> list[str]:
    """The search terms of a query: NFC-normalised, whitespace-separated, duplicates dropped."""
    norm = unicodedata.normalize("NFC", text)
    seen: list[str] = []
    for term in norm.split():
        if term not in seen:
            seen.append(term)
    return seen[:MAX_TERMS]


def fts_phrase(term: str) -> str:
    """A term as an FTS5 string literal: all syntax in it becomes plain text."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """A term as a LIKE substring pattern with ``\\`` escaping % and _."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _check(text: object, limit: object) -> int:
    if not isinstance(text, str):
        raise ServiceError("text", QT_TRANSLATE_NOOP(
                "Refusal", "must be text, not {name__}").format(
                    name__=type(text).__name__))
    if len(text) > MAX_QUERY_CHARS:
        raise ServiceError("text", QT_TRANSLATE_NOOP(
                "Refusal", "is {n_text:,} characters long; at most {MAX_QUERY_CHARS} are searched").format(
                    n_text=len(text), MAX_QUERY_CHARS=MAX_QUERY_CHARS))
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise ServiceError("limit", QT_TRANSLATE_NOOP(
                "Refusal", "must be a whole number from 1 to {MAX_LIMIT}").format(
                    MAX_LIMIT=MAX_LIMIT))
    return limit


def _check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return search_index.KINDS
    chosen = tuple(kinds)
    for kind in chosen:
        if kind not in search_index.KIND_CODES:
            raise ServiceError("kinds", QT_TRANSLATE_NOOP(
                    "Refusal", "{kind} is not one of {join_search_index_kinds}").format(
                        kind=repr(kind), join_search_index_kinds=', '.join(search_index.KINDS)))
    return chosen


def search(desk: Desk, text: str, limit: int = 50,
           kinds: Iterable[str] | None = None) -> list[SearchHit]:
    """Find entities whose indexed text contains every term of ``text``; best first."""
    limit = _check(text, limit)
    wanted = _check_kinds(kinds)
    terms = split_terms(text)
    if not terms or not wanted:
        return []
    with desk.query() as session:
        if search_index.is_server(session):
            hits = _search_server(session, terms, limit, wanted)
        else:
            hits = _search_fts(session, terms, limit, wanted)
        return _labelled(session, hits)


# -- SQLite: the FTS5 index -----------------------------------------------------------------
def cjk_phrase(term: str) -> str:
    """A one- or two-character CJK term as an FTS5 query on the gram table: the gram itself,
    or for one character any gram starting with it (see ``app.store.search_grams``)."""
    return fts_phrase(term) + ("*" if len(term) == 1 else "")


def fts_query(terms: list[str], limit: int,
              kinds: tuple[str, ...] = search_index.KINDS) -> tuple[str, tuple]:
    """The SQL and parameters one search runs on the FTS tables (also the benchmark's floor).

    Each term goes to what can look it up: three characters or more to the trigram index,
    one or two CJK characters to the gram index, anything else shorter to a LIKE condition.
    Ranked by the trigram index when a term goes there; newest first otherwise."""
    long_terms = [t for t in terms if len(t) >= 3]
    cjk_terms = [t for t in terms if len(t) < 3 and search_grams.is_cjk(t)]
    like_terms = [t for t in terms if len(t) < 3 and not search_grams.is_cjk(t)]
    fts, cjk = search_index.TABLE, search_index.CJK_TABLE
    # The trigram table is "f" whatever drives the query: the LIKE and kind conditions read it.
    where: list[str] = []
    params: list[object] = []
    if long_terms:
        where.append(f"{fts} MATCH ?")
        params.append(" ".join(fts_phrase(t) for t in long_terms))
    if cjk_terms:
        grams = " ".join(cjk_phrase(t) for t in cjk_terms)
        if long_terms:
            # The unary + keeps the rowid test out of the trigram table's look-up: without it
            # SQLite hands FTS5 one rowid at a time and the trigram MATCH runs once per gram hit
            # (seconds on the 100k bench store); with it the gram hits are read once into a
            # list the trigram hits are checked against.
            where.append(f"+f.rowid IN (SELECT rowid FROM {cjk} WHERE {cjk} MATCH ?)")
        else:
            where.append(f"{cjk} MATCH ?")
        params.append(grams)
    for term in like_terms:
        where.append("(f.ent_key LIKE ? ESCAPE '\\' OR f.title LIKE ? ESCAPE '\\' "
                     "OR f.body LIKE ? ESCAPE '\\')")
        params.extend([like_pattern(term)] * 3)
    if len(kinds) < len(search_index.KINDS):
        where.append(f"f.kind IN ({','.join('?' * len(kinds))})")
        params.extend(kinds)
    columns = "f.rowid, f.kind, f.ent_key, f.title, f.body"
    if long_terms:
        # Weights: the key (a ref) counts most, then the title, then the body text.
        sql = (f"SELECT {columns}, bm25({fts}, 0.0, 10.0, 5.0, 1.0) AS score "
               f"FROM {fts} AS f WHERE {' AND '.join(where)} ORDER BY score LIMIT ?")
    elif cjk_terms:
        # The gram table drives (CROSS JOIN keeps it outermost), newest entities first, as for
        # other short terms: FTS5 reads its hits in row id order and stops at the limit. Ranked
        # by bm25 instead, a frequent pair (輸出, in half the Japanese texts) took 0.85 s on the
        # 100k bench store (every hit scored and its text read before the sort).
        sql = (f"SELECT {columns}, 0.0 FROM {cjk} CROSS JOIN {fts} AS f ON f.rowid = {cjk}.rowid "
               f"WHERE {' AND '.join(where)} ORDER BY {cjk}.rowid DESC LIMIT ?")
    else:
        # No index look-up is possible: scan, newest entities first.
        sql = (f"SELECT {columns}, 0.0 FROM {fts} AS f WHERE {' AND '.join(where)} "
               f"ORDER BY f.rowid DESC LIMIT ?")
    params.append(limit)
    return sql, tuple(params)


def _search_fts(session: Connection, terms: list[str], limit: int,
                kinds: tuple[str, ...]) -> list[SearchHit]:
    sql, params = fts_query(terms, limit, kinds)
    return _hits(session.exec_driver_sql(sql, params).all(), terms)


def _hits(rows: Iterable[Any], terms: list[str]) -> list[SearchHit]:
    """Hits of index rows (row id, kind, key, title, body, score), on either store."""
    hits = []
    for rowid, kind, key, title, body, score in rows:
        # FTS5's own snippet() counts trigrams, not words; an excerpt cut here reads better.
        # An observation's or document's key is its database id: never shown, so not excerpted.
        shown_key = None if kind in ID_KEYED_KINDS else key
        snip = make_snippet(" · ".join(x for x in (shown_key, title, body) if x), terms)
        hits.append(_hit(kind, key or "", title or "", snip, float(score),
                         rowid // search_index.STRIDE))
    return hits


def _hit(kind: str, key: str, title: str, snip: Snippet, rank: float, eid: int) -> SearchHit:
    return SearchHit(kind=kind, key=key, title=title, snippet=snip.text, rank=rank, entity_id=eid,
                     match_start=snip.start, match_end=snip.end)


def make_snippet(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> Snippet:
    """A short excerpt of ``text`` around the first term found, and where the term is in it."""
    flat = re.sub(r"\s+", " ", text or "").strip()
    folded = _fold(flat)
    for term in terms:
        pos = folded.find(_fold(term))
        if pos >= 0:
            start = max(0, pos - width // 2)
            end = min(len(flat), pos + len(term) + width // 2)
            lead = "…" if start else ""
            at = len(lead) + pos - start
            return Snippet(lead + flat[start:end] + ("…" if end < len(flat) else ""),
                           at, at + len(term))
    return Snippet(flat[:width] + ("…" if len(flat) > width else ""), 0, 0)


def _fold(text: str) -> str:
    # Same length as the input (one char per char) so positions map back to the original.
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base.casefold()[:1] or ch)
    return "".join(out)


# -- a shared PostgreSQL desk: the server's index ----------------------------------------------
#: SQLite's LIKE folds the case of ASCII letters only: the short terms' condition on the server
#: folds the same letters (translate), not PostgreSQL's whole-Unicode ILIKE.
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def server_query(terms: list[str], limit: int,
                 kinds: tuple[str, ...] = search_index.KINDS) -> tuple[str, dict]:
    """The SQL and parameters one search runs on a server's index (``search_doc``,
    ``app.store.search_server``), term for term what :func:`fts_query` asks of SQLite's.

    Three characters or more: a substring of the folded text (``doc LIKE``, the pg_trgm index);
    one or two CJK characters: the gram array (``grams @>``, its GIN index); anything else
    shorter: SQLite's LIKE on the stored fields (ASCII case folded). Ranked, when a long term is
    there, as bm25's weights rank on SQLite: a term in the key counts 10, in the title 5, in the
    body 1, shorter texts first; newest first otherwise."""
    from app.store import search_server

    long_terms = [search_server.fold_term(t) for t in terms if len(t) >= 3]
    cjk_terms = [t for t in terms if len(t) < 3 and search_grams.is_cjk(t)]
    like_terms = [t for t in terms if len(t) < 3 and not search_grams.is_cjk(t)]
    where: list[str] = []
    params: dict[str, object] = {"limit": limit, "sep": search_server.FIELD_SEP}
    for n, term in enumerate(long_terms):
        where.append(f"f.doc LIKE %(long{n})s")
        params[f"long{n}"] = like_pattern(term)
    if cjk_terms:
        where.append("f.grams @> %(grams)s::text[]")
        params["grams"] = cjk_terms
    for n, term in enumerate(like_terms):
        fields = " OR ".join(f"translate(f.{col}, '{_ASCII_UPPER}', '{_ASCII_UPPER.lower()}') "
                             f"LIKE %(short{n})s" for col in ("ent_key", "title", "body"))
        where.append(f"({fields})")
        params[f"short{n}"] = like_pattern(term.translate(str.maketrans(
            _ASCII_UPPER, _ASCII_UPPER.lower())))
    if len(kinds) < len(search_index.KINDS):
        # The row id's remainder is the kind (search_index.rowid_of): readable from an index.
        where.append(f"mod(f.rowid, {search_index.STRIDE}) = ANY(%(codes)s)")
        params["codes"] = [search_index.KIND_CODES[k] for k in kinds]
    columns = "f.rowid, f.kind, f.ent_key, f.title, f.body"
    if long_terms:
        weights = (10, 5, 1)
        score = " + ".join(
            f"{w} * (strpos(split_part(f.doc, %(sep)s, {field}), %(term{n})s) > 0)::int"
            for n in range(len(long_terms)) for field, w in enumerate(weights, start=1))
        for n, term in enumerate(long_terms):
            params[f"term{n}"] = term
        sql = (f"SELECT {columns}, -({score}) AS score FROM {search_server.TABLE} AS f "
               f"WHERE {' AND '.join(where)} ORDER BY score, length(f.doc), f.rowid DESC "
               "LIMIT %(limit)s")
    elif cjk_terms:
        # Newest first: the page's row ids chosen in the index on (rowid) INCLUDE (grams) or
        # through the GIN index, whichever reads less; then only those rows' texts are read.
        table = search_server.TABLE
        sql = (f"SELECT {columns}, 0.0 FROM {table} AS f WHERE f.rowid IN ("
               f"SELECT f.rowid FROM {table} AS f WHERE {' AND '.join(where)} "
               "ORDER BY f.rowid DESC LIMIT %(limit)s) ORDER BY f.rowid DESC")
    else:
        sql = (f"SELECT {columns}, 0.0 FROM {search_server.TABLE} AS f "
               f"WHERE {' AND '.join(where)} ORDER BY f.rowid DESC LIMIT %(limit)s")
    return sql, params


def _search_server(session: Connection, terms: list[str], limit: int,
                   kinds: tuple[str, ...]) -> list[SearchHit]:
    sql, params = server_query(terms, limit, kinds)
    return _hits(session.exec_driver_sql(sql, params).all(), terms)


# -- context for hits -------------------------------------------------------------------------
def _labelled(session: Connection, hits: list[SearchHit]) -> list[SearchHit]:
    """Each hit with its human label, reference and what it opens in (one query for the page)."""
    labels = label_hits(session, ((h.kind, h.entity_id) for h in hits))
    # A hit without a label is an entity gone since the index read (or a stale index row): it
    # could not be opened either, so it is left out rather than shown by its index key.
    # An observation's or document's index key is its database id: the label's key replaces it.
    # A disclosure's reference is its own key (the index's).
    return [replace(h, key=found.key or h.key, parent_key=found.parent_key,
                    parent_kind=found.parent_kind, observation_id=found.observation_id,
                    label=found.label, reference=found.reference or h.key)
            for h in hits if (found := labels.get((h.kind, h.entity_id))) is not None]


def rebuild_index(desk: Desk) -> int:
    """Rebuild the whole search index from the tables (repair); one audited transaction."""
    with desk.unit_of_work("search.rebuild", "search_index") as (session, note):
        count = search_index.rebuild(session)
        note.change = {"rows": count}
    return count


def index_problems(desk: Desk) -> list[str]:
    """Readable lines when the index is out of step with the tables (empty = in step)."""
    with desk.query() as conn:
        stale = search_index.stale_rows(conn)
    if stale:
        return [f"search index: {stale} row(s) out of step with the data; run "
                "'liaison-desk search --rebuild'"]
    return []
