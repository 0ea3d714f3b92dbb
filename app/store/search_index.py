"""The full-text index (``search_fts``, SQLite FTS5, trigram tokenizer) and what keeps it true.

One index row per searchable entity: requests, subjects (with their names and identifiers),
observations, information items, disclosures (Art. 9: to whom, for what, on which basis) and
documents (their metadata; file bytes are not indexed).
The row id encodes the entity, ``entity_id * STRIDE + kind code``, so a change finds its row
without a scan.

The index is maintained by a Session ``after_flush`` listener, registered once when the ORM
classes are first imported (``app.store.models``): whatever a flush wrote, the listener re-reads the touched
entities from their tables and rewrites their index rows on the same connection, inside the same
transaction. A rollback therefore takes the index back with the data, and services never need to
know the index exists. ORM *bulk* statements (``session.execute(update(...))``) bypass flush
events; code that uses them calls :func:`reindex` for the ids it touched, or :func:`rebuild`.

A second FTS5 table, ``search_fts_cjk`` (:data:`CJK_TABLE`), holds the same rows' CJK grams
(``app.store.search_grams``: the overlapping pairs of kanji/kana/hangul and each run's last
character), per field, under the same row ids, tokenized on whitespace only (``ascii``: every
non-ASCII character is part of a token, whatever the SQLite's Unicode tables say) and with
``detail=column`` (queries are single grams: no positions needed), with an index of each
gram's first character (``prefix='1'``: one-character queries). It is what finds one- and
two-character Japanese words, which no trigram can look up. Only rows holding some CJK text
have a row there. Every path below writes both tables in the same statement sequence and
transaction: the gram rows are filled from the trigram rows just written, through the SQL
function ``cjk_grams`` that every connection of a store carries (``app.store.db``).

The SQL here is SQLite's. On a shared PostgreSQL desk the same functions keep the server's
index instead (``app.store.search_server``: the same rows, a pg_trgm and a CJK gram index);
on any other database they are no-ops.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import event, inspect, select
from sqlalchemy.engine import Connection

from app.store import search_grams, tables
from app.treaty.restrictions import PURPOSE_LABELS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The ORM (sqlalchemy.orm, app.store.models) is imported by the flush listener's code only: search
# reads this module's constants on the read path (CLI whole-process budget, docs/benchmarks.md).

TABLE = "search_fts"
CJK_TABLE = "search_fts_cjk"
STRIDE = 8
KIND_CODES = {"request": 1, "subject": 2, "observation": 3, "information": 4, "document": 5,
              "disclosure": 6}
KINDS = tuple(KIND_CODES)
# Tables FTS5 creates for the index: schema comparisons (models vs migrations) ignore them.
INDEX_TABLES = frozenset(
    {name for fts in (TABLE, CJK_TABLE) for name in (
        fts, *(f"{fts}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config")))}
)
_FIELDS = ("ent_key", "title", "body")

_NL = "char(10)"

# Per kind: SELECT id, ent_key, title, body FROM ... ; "{where}" filters the entity ids.
# concat_ws skips NULLs, so empty fields leave no trace in the body.
SOURCES: dict[str, str] = {
    "request": (
        "SELECT r.id, r.our_ref, r.title, concat_ws(" + _NL + ", r.their_ref, "
        "r.requesting_administration, r.nature_of_proceedings, r.object_and_reason, "
        "r.parties_concerned, r.description_and_legal_elements, "
        # The Art. 7.2 texts' versions in the other languages (migration 0007), every one found.
        "(SELECT group_concat(v.value, " + _NL + ") FROM json_tree(CASE WHEN json_valid(r.texts) "
        " THEN r.texts ELSE '{{}}' END) v WHERE v.type = 'text'), "
        "r.reciprocity_note, r.notes, r.assigned_to) FROM request r {where}"
    ),
    "subject": (
        "SELECT s.id, s.code, s.display_name, concat_ws(" + _NL + ", "
        "(SELECT group_concat(n.name, " + _NL + ") FROM subject_name n WHERE n.subject_id = s.id), "
        "(SELECT group_concat(i.value || ' ' || i.normalized, " + _NL + ") "
        " FROM subject_identifier i WHERE i.subject_id = s.id), "
        "(SELECT group_concat(j.value, ' ') FROM json_each(CASE WHEN json_valid(s.details) "
        " THEN s.details ELSE '{{}}' END) j WHERE j.type IN ('text', 'integer', 'real')), "
        "s.requested_by, s.lift_reason) FROM subject s {where}"
    ),
    "observation": (
        "SELECT o.id, CAST(o.id AS TEXT), concat_ws(' — ', o.event, o.place), "
        "concat_ws(" + _NL + ", o.locode, o.source, o.text) FROM observation o {where}"
    ),
    "information": (
        "SELECT m.id, m.code, m.title, concat_ws(" + _NL + ", m.summary, m.provider, m.recipient, "
        "m.provider_markings, m.conditions_attached) FROM information_item m {where}"
    ),
    "document": (
        "SELECT d.id, CAST(d.id AS TEXT), d.filename, concat_ws(' ', d.kind, d.series, d.language) "
        "FROM document d {where}"
    ),
}


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _purpose_words(column: str) -> str:
    """SQL: a disclosure's purpose in words with its article (the stored code otherwise)."""
    whens = " ".join(f"WHEN {_sql_text(code)} THEN {_sql_text(label)}"
                     for code, label in PURPOSE_LABELS.items())
    return f"CASE {column} {whens} ELSE {column} END"


# A disclosure's key is what the Information & disclosures page shows an officer: the item it
# passed on (the first by code when it passed on several) and the date, "I-00001/2026-11-25";
# a second disclosure keyed by that item on the same day gets "/2", and so on in the order
# recorded.
# Nothing is deleted from the ledger, so the key never changes; it survives export and import
# (ids may not). Purpose, decision, means, approval, the override's justification and every
# recorded obligation text (the 9.4 legal basis, the findings, the conditions) are searchable.
_ITEM_CODES = ("SELECT i.code FROM disclosure_item di JOIN information_item i ON i.id = di.item_id "
               "WHERE di.disclosure_id = x.id ORDER BY i.code")
SOURCES["disclosure"] = (
    "SELECT x.id, x.first_code || '/' || x.disclosed_on || CASE WHEN x.earlier > 0 "
    "THEN '/' || (x.earlier + 1) ELSE '' END, "
    "'Disclosure to ' || coalesce(a.name, '?'), concat_ws(" + _NL + ", x.codes, "
    + _purpose_words("x.purpose") + ", x.decision, x.means, "
    "CASE WHEN x.approval_id IS NOT NULL THEN 'written approval (Art. 9.1)' END, "
    "x.override_reason, "
    "(SELECT group_concat(json_extract(j.value, '$.text'), " + _NL + ") FROM json_each("
    " CASE WHEN json_valid(x.obligations) THEN x.obligations ELSE '[]' END) j)) "
    "FROM (SELECT x.*, (SELECT count(*) FROM information_item iy "
    "  JOIN disclosure_item dy ON dy.item_id = iy.id JOIN disclosure y ON y.id = dy.disclosure_id "
    "  WHERE iy.code = x.first_code AND y.disclosed_on = x.disclosed_on AND y.id < x.id "
    "  AND NOT EXISTS (SELECT 1 FROM disclosure_item dz JOIN information_item iz "
    "   ON iz.id = dz.item_id WHERE dz.disclosure_id = y.id AND iz.code < x.first_code)) AS earlier "
    " FROM (SELECT x.id, x.authority_id, x.purpose, x.disclosed_on, x.means, x.decision, "
    "  x.obligations, x.approval_id, x.override_reason, "
    "  (" + _ITEM_CODES + " LIMIT 1) AS first_code, "
    "  (SELECT group_concat(c.code, ' ') FROM (" + _ITEM_CODES + ") c) AS codes "
    "  FROM disclosure x {where}) x) x "
    "LEFT JOIN authority a ON a.id = x.authority_id"
)
_ALIAS = {"request": "r", "subject": "s", "observation": "o", "information": "m", "document": "d",
          "disclosure": "x"}


def rowid_of(kind: str, entity_id: int) -> int:
    """The index row id of one entity."""
    return int(entity_id) * STRIDE + KIND_CODES[kind]


def entity_of(rowid: int) -> tuple[str, int]:
    """(kind, entity id) of an index row id."""
    code = rowid % STRIDE
    kind = next(k for k, c in KIND_CODES.items() if c == code)
    return kind, rowid // STRIDE


def is_supported(conn: Connection) -> bool:
    """True when this connection's database carries the FTS index (SQLite only)."""
    return conn.dialect.name == "sqlite"


def is_server(conn: Connection) -> bool:
    """True when this connection's database carries the server's index (PostgreSQL)."""
    return conn.dialect.name == "postgresql"


def reindex(session_or_conn: Session | Connection, kind: str, ids: Iterable[int]) -> None:
    """Rewrite the index rows of these entities from their tables (removes rows of entities
    that no longer exist). Runs on the caller's connection and transaction."""
    conn = session_or_conn if isinstance(session_or_conn, Connection) else session_or_conn.connection()
    id_list = sorted({int(i) for i in ids if i is not None})
    if not id_list:
        return
    if is_server(conn):
        from app.store import search_server

        search_server.write(conn, kind, id_list, STRIDE, KIND_CODES[kind])
        return
    if not is_supported(conn):
        return
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rowids = tuple(rowid_of(kind, i) for i in chunk)
        for table in (TABLE, CJK_TABLE):
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN ({marks})", rowids)
        where = f"WHERE {_ALIAS[kind]}.id IN ({marks})"
        conn.exec_driver_sql(_fill_sql(kind, where), tuple(chunk))
        conn.exec_driver_sql(_fill_cjk_sql(TABLE, CJK_TABLE, f"WHERE rowid IN ({marks})"), rowids)


def _fill_sql(kind: str, where: str) -> str:
    """INSERT ... SELECT filling the index rows of one kind from its table."""
    select_sql = SOURCES[kind].format(where=where)
    code = KIND_CODES[kind]
    # A CTE names the source's four columns, whatever expressions produce them.
    return (
        f"WITH src(src_id, k, t, b) AS ({select_sql}) "
        f"INSERT INTO {TABLE}(rowid, kind, ent_key, title, body) "
        f"SELECT src_id * {STRIDE} + {code}, '{kind}', k, coalesce(t, ''), coalesce(b, '') FROM src"
    )


def _fill_cjk_sql(source: str, target: str, where: str = "") -> str:
    """INSERT ... SELECT writing the CJK grams of ``source``'s rows (the trigram table, or the
    verify check's expected rows) into ``target``; rows without any CJK text get none. The
    grams are computed once per row (MATERIALIZED: the filter must not compute them again)."""
    grams = ", ".join(f"{search_grams.SQL_FUNCTION}({f}) AS {f}" for f in _FIELDS)
    fields = ", ".join(_FIELDS)
    any_grams = " OR ".join(f"{f} != ''" for f in _FIELDS)
    return (
        f"WITH g AS MATERIALIZED (SELECT rowid AS id, {grams} FROM {source} {where}) "
        f"INSERT INTO {target}(rowid, {fields}) SELECT id, {fields} FROM g WHERE {any_grams}"
    )


# FTS5's default incremental merging (automerge 4) re-merges the growing index again and again
# during a bulk fill; switched off for the fill, the closing 'optimize' merges it once. Measured
# on 310k rows: about half the time. 4 is FTS5's documented default, restored after the fill.
_AUTOMERGE_DEFAULT = 4


def rebuild_statements() -> list[str]:
    """The SQL of a whole rebuild, in order, for callers that run it on a bare DB-API cursor
    (the importer, which can then stop between statements). Run inside one transaction."""
    def config(table: str, merge: int) -> str:
        return f"INSERT INTO {table}({table}, rank) VALUES ('automerge', {merge})"

    both = (TABLE, CJK_TABLE)
    return [
        *(f"DELETE FROM {table}" for table in both),
        *(config(table, 0) for table in both),
        *(_fill_sql(kind, "") for kind in KINDS),
        _fill_cjk_sql(TABLE, CJK_TABLE),
        *(config(table, _AUTOMERGE_DEFAULT) for table in both),
        *(f"INSERT INTO {table}({table}) VALUES ('optimize')" for table in both),
    ]


def rebuild_connection(conn: Connection) -> int:
    """Empty the index and fill it again from every table; returns the number of rows."""
    if is_server(conn):
        from app.store import search_server

        return search_server.rebuild(conn, STRIDE, KIND_CODES)
    if not is_supported(conn):
        return 0
    for sql in rebuild_statements():
        conn.exec_driver_sql(sql)
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one())


def rebuild(session: Session) -> int:
    """Rebuild the whole index inside the session's transaction (import, repair, bulk loads)."""
    return rebuild_connection(session.connection())


def stale_rows(conn: Connection) -> int:
    """How many index rows (of the trigram and the CJK gram table) differ from what the
    tables say (0 = index in step). For verify."""
    if is_server(conn):
        from app.store import search_server

        return search_server.stale_rows(conn, STRIDE, KIND_CODES)
    if not is_supported(conn):
        return 0
    run = conn.exec_driver_sql
    run("CREATE TEMP TABLE IF NOT EXISTS search_expected("
        "rowid INTEGER PRIMARY KEY, kind, ent_key, title, body)")
    run("DELETE FROM temp.search_expected")
    for kind in KINDS:
        run(_fill_sql(kind, "").replace(f"INSERT INTO {TABLE}(", "INSERT INTO temp.search_expected("))
    # The CJK grams the expected rows give, against the gram table (a plain temp table: the
    # grams are compared as text, which is what the gram table's rows hold).
    run("CREATE TEMP TABLE IF NOT EXISTS search_expected_cjk("
        "rowid INTEGER PRIMARY KEY, ent_key, title, body)")
    run("DELETE FROM temp.search_expected_cjk")
    run(_fill_cjk_sql("temp.search_expected", "temp.search_expected_cjk"))
    stale = 0
    pairs = [("temp.search_expected", TABLE, "rowid, kind, ent_key, title, body")]
    if run("SELECT 1 FROM main.sqlite_master WHERE name = ?", (CJK_TABLE,)).first():
        pairs.append(("temp.search_expected_cjk", CJK_TABLE, "rowid, ent_key, title, body"))
    else:  # a store at a revision before the gram table (not yet migrated): all of it missing
        stale += int(run("SELECT count(*) FROM temp.search_expected_cjk").scalar_one())
    for expected, table, columns in pairs:
        missing_or_wrong = run(
            f"SELECT count(*) FROM (SELECT {columns} FROM {expected} "
            f"EXCEPT SELECT {columns} FROM {table})"
        ).scalar_one()
        extra = run(
            f"SELECT count(*) FROM (SELECT rowid FROM {table} EXCEPT SELECT rowid FROM {expected})"
        ).scalar_one()
        stale += int(missing_or_wrong) + int(extra)
    run("DROP TABLE temp.search_expected")
    run("DROP TABLE temp.search_expected_cjk")
    return stale


# -- keeping the index in step with flushes ------------------------------------------------
#: Tables whose rows are index entries of their own, by kind.
_DIRECT = {
    "request": "request",
    "subject": "subject",
    "observation": "observation",
    "information_item": "information",
    "document": "document",
    "disclosure": "disclosure",
}
#: Tables whose rows are part of their subject's index entry.
_SUBJECT_CHILDREN = ("subject_name", "subject_identifier")


def _pk(obj: object) -> int | None:
    state = inspect(obj)
    if state.identity:
        return state.identity[0]
    return state.dict.get("id")


def _subject_ids_of_child(obj: object) -> set[int]:
    """The subject a name/identifier belongs to now, and the one it belonged to before."""
    state = inspect(obj)
    ids: set[int] = set()
    current = state.dict.get("subject_id")
    if current is not None:
        ids.add(current)
    hist = state.attrs.subject_id.history
    ids.update(v for v in (hist.deleted or ()) if v is not None)
    return ids


def _ids_of(obj: object, column: str) -> set[int]:
    """The parent id a child row points at now, and the one it pointed at before."""
    state = inspect(obj)
    ids = {state.dict.get(column)}
    ids.update(getattr(state.attrs, column).history.deleted or ())
    return {i for i in ids if i is not None}


def _touched(session: Session) -> dict[str, set[int]]:
    touched: dict[str, set[int]] = {}
    renamed: set[int | None] = set()  # authorities changed: their disclosures' titles follow
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = inspect(obj).mapper.local_table.name
        kind = _DIRECT.get(table)
        if kind is not None:
            pk = _pk(obj)
            if pk is not None:
                touched.setdefault(kind, set()).add(pk)
        elif table in _SUBJECT_CHILDREN:
            touched.setdefault("subject", set()).update(_subject_ids_of_child(obj))
        elif table == "disclosure_item":
            # A disclosure's items arrive in a flush after the disclosure itself: its key and
            # its list of item codes come from them.
            touched.setdefault("disclosure", set()).update(_ids_of(obj, "disclosure_id"))
        elif table == "authority" and obj in session.dirty:
            renamed.add(_pk(obj))
    if renamed - {None}:
        d = tables.disclosure
        touched.setdefault("disclosure", set()).update(session.connection().execute(
            select(d.c.id).where(d.c.authority_id.in_(renamed - {None}))).scalars())
    return touched


def _after_flush(session: Session, _flush_context: object) -> None:
    touched = _touched(session)
    if not touched:
        return
    conn = session.connection()
    if not (is_supported(conn) or is_server(conn)):
        return
    for kind, ids in touched.items():
        reindex(conn, kind, ids)


_registered = False


def register() -> None:
    """Install the flush listener on every Session (idempotent; done by ``app.store.models``
    when it is imported, so wherever an ORM object can be flushed)."""
    global _registered
    if _registered:
        return
    from sqlalchemy.orm import Session

    event.listen(Session, "after_flush", _after_flush)
    _registered = True
