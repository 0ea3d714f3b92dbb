"""The search index of a shared PostgreSQL desk (``search_doc``) and what keeps it true.

SQLite's index (``app.store.search_index``) is an FTS5 trigram table plus a table of CJK grams.
PostgreSQL has no FTS5; this module gives a server desk an index that finds exactly the same
records for the same query (the hits are the same set; ranking is close, not identical):

* one row per searchable entity, under the same row id (``entity_id * STRIDE + kind code``),
  holding the same ``ent_key``, ``title`` and ``body`` texts SQLite indexes (built by
  :func:`rows`, field for field what ``search_index.SOURCES`` builds in SQLite's SQL);
* ``doc``: the three fields folded as the trigram tokenizer folds them (:func:`fold`: lower
  case, Latin diacritics removed; one character for one character), separated by
  :data:`FIELD_SEP` (U+001F, whitespace to ``str.split``: no search term can hold it, so no
  match runs across two fields — as in FTS5, where each column is matched on its own). A GIN
  ``pg_trgm`` index on ``doc`` answers ``doc LIKE '%term%'`` for terms of three characters or
  more — a substring match, which is what a trigram MATCH is;
* ``grams``: the CJK grams of the three fields (``app.store.search_grams``) AND each CJK
  character alone, as an array with a GIN index. A two-character CJK term is looked up as the
  gram itself (``grams @> ARRAY['田中']``), a one-character one as the character
  (``@> ARRAY['銃']``): "a gram starts with it" on SQLite is "the text holds it inside a CJK
  run", which is what the single characters record.

A third index, on ``rowid`` with ``grams`` included, serves the CJK-only query: newest first,
as on SQLite, the planner walks it backwards checking ``grams`` in the index alone until it
has a page of hits (a frequent gram: a few dozen entries read), or takes the GIN index and
sorts (a rare one), whichever its statistics say reads less.

Why fold in Python, not with ``unaccent()`` in SQL: the query term and the document must be
folded by the same function, or the hits drift apart (``unaccent`` and FTS5 disagree on
characters such as ``ß`` or ``ø``); and ``unaccent`` is not IMMUTABLE, so PostgreSQL would not
index an expression over it. Why rows written by the same flush listener that keeps SQLite's
index, rather than triggers: the listener already knows which entities a flush touched
(children such as a subject's names, a renamed authority's disclosures), and the texts need
JSON walks and the disclosure's key, which triggers would repeat in PL/pgSQL for six kinds.
The two stores' rows are compared query for query by tests/unit/search/test_server_search.py.

Writes: ``search_index.reindex`` (the flush listener), ``rebuild`` and ``stale_rows`` call the
functions here when the connection is PostgreSQL's; everything runs on the caller's transaction.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy.engine import Connection

from app.store import search_grams
from app.treaty.restrictions import PURPOSE_LABELS

TABLE = "search_doc"
#: Separates the folded fields in ``doc``: whitespace to ``str.split``, so never inside a term.
FIELD_SEP = "\x1f"
#: The row's columns, in the order :func:`rows` gives them.
COLUMNS = ("rowid", "kind", "ent_key", "title", "body", "doc", "grams")

#: Latin letters whose accent FTS5's remove_diacritics leaves on (its table has no entry for a
#: letter on a non-ASCII base, æ ø ʒ, nor for ǡ): they fold to their lower case only.
_ACCENT_KEPT = frozenset(map(ord, "ǠǡǢǣǼǽǾǿǮǯ"))


def _is_latin(code: int) -> bool:
    # Latin-1, Latin Extended-A/B and Latin Extended Additional: where FTS5's remove_diacritics
    # takes accents off. Elsewhere a decomposition is not an accent to drop (が is not か; a
    # Hangul syllable decomposes into its letters).
    return (0xC0 <= code < 0x250 or 0x1E00 <= code <= 0x1EFF) and code not in _ACCENT_KEPT


#: Letters Python's case folding lowers but SQLite's FTS5 (Unicode tables of an older version,
#: SQLite 3.53 here) leaves as they are: Georgian Mtavruli, Cherokee, newer Latin and Cyrillic
#: additions. Found by asking FTS5 about every letter of the Basic Multilingual Plane
#: (tests/unit/search/test_server_search.py keeps the two in step).
_CASE_KEPT = frozenset(
    "ͿԨԪԬԮᏸᏹᏺᏻᏼᏽᲀᲁᲂᲃᲄᲅᲆᲇᲈᲐᲑᲒᲓᲔᲕᲖᲗᲘᲙᲚᲛᲜᲝᲞᲟᲠᲡᲢᲣᲤᲥᲦᲧᲨᲩᲪᲫᲬᲭᲮᲯᲰᲱᲲᲳᲴᲵᲶᲷ"
    "ᲸᲹᲺᲽᲾᲿⰯꚘꚚꞖꞘꞚꞜꞞꞫꞬꞭꞮꞰꞱꞲꞳꞴꞶꞸꞺꞼꞾꟀꟂꟄꟅꟆꟇꟉꟐꟖꟘꟵꭰꭱꭲꭳꭴꭵꭶꭷꭸꭹꭺꭻꭼꭽꭾꭿꮀꮁꮂꮃꮄ"
    "ꮅꮆꮇꮈꮉꮊꮋꮌꮍꮎꮏꮐꮑꮒꮓꮔꮕꮖꮗꮘꮙꮚꮛꮜꮝꮞꮟꮠꮡꮢꮣꮤꮥꮦꮧꮨꮩꮪꮫꮬꮭꮮꮯꮰꮱꮲꮳꮴꮵꮶꮷꮸꮹꮺꮻꮼꮽꮾꮿ"
)


def _fold_char(ch: str) -> str:
    if ch in _CASE_KEPT:
        return ch
    folded = ch.casefold()  # ſ -> s, Å (the Ångström sign) -> å, as FTS5 folds them
    if len(folded) != 1:
        low = ch.lower()  # ß, İ: casefold gives two characters; one for one is kept
        folded = low if len(low) == 1 else ch
    if _is_latin(ord(folded)):
        folded = unicodedata.normalize("NFD", folded)[0].lower()  # İ: I, then i
    return folded


def fold(text: str) -> str:
    """``text`` as the trigram index compares it: lower case, accents of Latin letters removed
    ("García" -> "garcia"), one character for each character (positions keep). Agrees with
    SQLite's ``trigram remove_diacritics 1`` letter for letter (tests/unit/search)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def fold_term(term: str) -> str:
    """A search term as :func:`fold` leaves it (the query side of the same comparison)."""
    return fold(term)


def grams_of(*fields: str) -> list[str]:
    """The ``grams`` array of a row: each field's CJK grams and each CJK character alone."""
    out: dict[str, None] = {}
    for field in fields:
        for gram in search_grams.cjk_grams(field).split():
            out[gram] = None
            for ch in gram:
                out[ch] = None
    return list(out)


# -- the documents: what search_index.SOURCES builds on SQLite ------------------------------
def _joined(sep: str, *values: object) -> str:
    """SQLite's concat_ws: the non-NULL values joined (empty strings kept)."""
    return sep.join(str(v) for v in values if v is not None)


def _json(text: object) -> Any:
    """SQLite's ``CASE WHEN json_valid(x) THEN x ELSE '{}' END``, parsed."""
    if not isinstance(text, str):
        return {}
    try:
        return json.loads(text)
    except ValueError:
        return {}


def _tree_texts(value: Any) -> list[str]:
    """json_tree's values of type 'text', in document order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _tree_texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _tree_texts(v)]
    return []


def _sqlite_text(value: Any) -> str | None:
    """A JSON scalar as SQLite's json functions give it as SQL text (None for null)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _group(values: Iterable[str | None], sep: str) -> str | None:
    """SQLite's group_concat: NULLs skipped, NULL when nothing is left."""
    kept = [v for v in values if v is not None]
    return sep.join(kept) if kept else None


def _where(alias: str, ids: Sequence[int] | None) -> tuple[str, dict]:
    if ids is None:
        return "", {}
    return f"WHERE {alias}.id = ANY(%(ids)s)", {"ids": list(ids)}


def _requests(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple]:
    where, params = _where("r", ids)
    rows = conn.exec_driver_sql(
        "SELECT r.id, r.our_ref, r.title, r.their_ref, r.requesting_administration, "
        "r.nature_of_proceedings, r.object_and_reason, r.parties_concerned, "
        "r.description_and_legal_elements, r.texts, r.reciprocity_note, r.notes, r.assigned_to "
        f"FROM request r {where}", params)
    for (rid, ref, title, their, admin, nature, obj, parties, desc, texts, recip, notes,
         assigned) in rows:
        versions = _group(_tree_texts(_json(texts)), "\n")
        yield rid, ref, title, _joined("\n", their, admin, nature, obj, parties, desc, versions,
                                       recip, notes, assigned)


def _subjects(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple]:
    where, params = _where("s", ids)
    rows = conn.exec_driver_sql(
        "SELECT s.id, s.code, s.display_name, "
        "(SELECT string_agg(n.name, chr(10) ORDER BY n.id) FROM subject_name n "
        " WHERE n.subject_id = s.id), "
        "(SELECT string_agg(i.value || ' ' || i.normalized, chr(10) ORDER BY i.id) "
        " FROM subject_identifier i WHERE i.subject_id = s.id), "
        f"s.details, s.requested_by, s.lift_reason FROM subject s {where}", params)
    for sid, code, name, names, idents, details, requested_by, lift in rows:
        data = _json(details)
        values = data.values() if isinstance(data, dict) else data if isinstance(data, list) \
            else [data]
        detail_text = _group((_sqlite_text(v) for v in values
                              if isinstance(v, str | int | float) and not isinstance(v, bool)), " ")
        yield sid, code, name, _joined("\n", names, idents, detail_text, requested_by, lift)


def _observations(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple]:
    where, params = _where("o", ids)
    rows = conn.exec_driver_sql(
        f"SELECT o.id, o.event, o.place, o.locode, o.source, o.text FROM observation o {where}",
        params)
    for oid, event, place, locode, source, text in rows:
        yield oid, str(oid), _joined(" — ", event, place), _joined("\n", locode, source, text)


def _information(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple]:
    where, params = _where("m", ids)
    rows = conn.exec_driver_sql(
        "SELECT m.id, m.code, m.title, m.summary, m.provider, m.recipient, m.provider_markings, "
        f"m.conditions_attached FROM information_item m {where}", params)
    for mid, code, title, *rest in rows:
        yield mid, code, title, _joined("\n", *rest)


def _documents(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple]:
    where, params = _where("d", ids)
    rows = conn.exec_driver_sql(
        f"SELECT d.id, d.filename, d.kind, d.series, d.language FROM document d {where}", params)
    for did, filename, kind, series, language in rows:
        yield did, str(did), filename, _joined(" ", kind, series, language)


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_PURPOSE_WORDS = ("CASE x.purpose " + " ".join(
    f"WHEN {_sql_text(code)} THEN {_sql_text(label)}" for code, label in PURPOSE_LABELS.items())
    + " ELSE x.purpose END")
_ITEM_CODES = ("SELECT i.code FROM disclosure_item di JOIN information_item i ON i.id = di.item_id "
               "WHERE di.disclosure_id = x.id ORDER BY i.code")


def _disclosures(conn: Connection, ids: Sequence[int] | None) -> Iterator[tuple]:
    """As search_index.SOURCES['disclosure'] keys and words them (see its comment there)."""
    where, params = _where("x", ids)
    rows = conn.exec_driver_sql(
        "SELECT x.id, x.first_code || '/' || x.disclosed_on || CASE WHEN x.earlier > 0 "
        "THEN '/' || (x.earlier + 1) ELSE '' END, "
        "'Disclosure to ' || coalesce(a.name, '?'), x.codes, " + _PURPOSE_WORDS + ", "
        "x.decision, x.means, "
        "CASE WHEN x.approval_id IS NOT NULL THEN 'written approval (Art. 9.1)' END, "
        "x.override_reason, x.obligations "
        "FROM (SELECT x.*, (SELECT count(*) FROM information_item iy "
        "  JOIN disclosure_item dy ON dy.item_id = iy.id JOIN disclosure y ON y.id = dy.disclosure_id "
        "  WHERE iy.code = x.first_code AND y.disclosed_on = x.disclosed_on AND y.id < x.id "
        "  AND NOT EXISTS (SELECT 1 FROM disclosure_item dz JOIN information_item iz "
        "   ON iz.id = dz.item_id WHERE dz.disclosure_id = y.id AND iz.code < x.first_code)) AS earlier "
        " FROM (SELECT x.id, x.authority_id, x.purpose, x.disclosed_on, x.means, x.decision, "
        "  x.obligations, x.approval_id, x.override_reason, "
        "  (" + _ITEM_CODES + " LIMIT 1) AS first_code, "
        "  (SELECT string_agg(c.code, ' ' ORDER BY c.code) FROM (" + _ITEM_CODES + ") c) AS codes "
        f"  FROM disclosure x {where}) x) x "
        "LEFT JOIN authority a ON a.id = x.authority_id", params)
    for xid, key, title, codes, purpose, decision, means, approval, override, obligations in rows:
        listed = _json(obligations) if isinstance(obligations, str) else []
        items = listed.values() if isinstance(listed, dict) else listed \
            if isinstance(listed, list) else [listed]
        texts = _group((_sqlite_text(o.get("text")) if isinstance(o, dict) else None
                        for o in items), "\n")
        yield xid, key, title, _joined("\n", codes, purpose, decision, means, approval, override,
                                       texts)


_SOURCES = {"request": _requests, "subject": _subjects, "observation": _observations,
            "information": _information, "document": _documents, "disclosure": _disclosures}


def rows(conn: Connection, kind: str, ids: Sequence[int] | None, stride: int,
         code: int) -> Iterator[tuple]:
    """The index rows of ``kind`` (all of them when ``ids`` is None), as :data:`COLUMNS`."""
    for eid, key, title, body in _SOURCES[kind](conn, ids):
        key, title, body = key or "", title or "", body or ""
        doc = FIELD_SEP.join(fold(f.replace(FIELD_SEP, " ")) for f in (key, title, body))
        yield eid * stride + code, kind, key, title, body, doc, grams_of(key, title, body)


def _copy_rows(conn: Connection, table: str, source: Iterable[tuple]) -> None:
    """COPY ``source`` into ``table`` on the connection's own DB-API connection (its transaction)."""
    driver = conn.connection.driver_connection
    assert driver is not None, "an open connection has its DBAPI connection"
    # Read first: no other statement may run on the connection while a COPY is open.
    source = list(source)
    with driver.cursor() as cur, cur.copy(
            f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
        for row in source:
            copy.write_row(row)


def write(conn: Connection, kind: str, ids: Sequence[int], stride: int, code: int) -> None:
    """Rewrite the index rows of these entities of ``kind`` (removing those of entities gone)."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ANY(%(r)s)",
                         {"r": [i * stride + code for i in ids]})
    _copy_rows(conn, TABLE, rows(conn, kind, ids, stride, code))


def rebuild(conn: Connection, stride: int, codes: dict[str, int]) -> int:
    """Empty the index and fill it again from every table; returns the number of rows."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    for kind, code in codes.items():
        _copy_rows(conn, TABLE, rows(conn, kind, None, stride, code))
    conn.exec_driver_sql(f"ANALYZE {TABLE}")
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one())


_ENTITY_TABLES = {"request": "request", "subject": "subject", "observation": "observation",
                  "information": "information_item", "document": "document",
                  "disclosure": "disclosure"}
#: Entities compared at a time (their expected and stored rows are held in memory).
_CHUNK = 5000


def stale_rows(conn: Connection, stride: int, codes: dict[str, int]) -> int:
    """How many index rows differ from what the tables say (missing, wrong or extra); 0 when
    in step. Reads only (an auditor's read-only session runs it too): the expected rows are
    built a chunk of entities at a time and compared with the stored ones in Python."""
    if conn.exec_driver_sql("SELECT to_regclass(%(t)s)", {"t": TABLE}).scalar() is None:
        # A server desk at a revision before the index (not yet migrated): all of it missing.
        return sum(int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
                   for table in _ENTITY_TABLES.values())
    stale = present = 0
    for kind, code in codes.items():
        ids = conn.exec_driver_sql(
            f"SELECT id FROM {_ENTITY_TABLES[kind]} ORDER BY id").scalars().all()
        for start in range(0, len(ids), _CHUNK):
            expected = {row[0]: row for row in rows(conn, kind, ids[start:start + _CHUNK],
                                                    stride, code)}
            stored = {row[0]: tuple(row) for row in conn.exec_driver_sql(
                f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE rowid = ANY(%(r)s)",
                {"r": list(expected)})}
            present += len(stored)
            stale += sum(1 for rowid, row in expected.items() if stored.get(rowid) != row)
    total = int(conn.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one())
    return stale + total - present  # the stored rows of no entity are extra
