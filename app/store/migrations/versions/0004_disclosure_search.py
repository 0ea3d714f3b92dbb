"""disclosure search: disclosures (Art. 9) join the full-text index; disclosure_item by item

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 11:00:00
"""

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

INDEX = "ix_disclosure_item_item_id"

# What app.store.search_index writes for a disclosure at this revision, frozen here so the
# migration keeps working whatever that module (and the schema) becomes later: kind code 6,
# row id = disclosure id * 8 + 6; key "<first item code>/<date>[/n]"; title "Disclosure to
# <authority>"; body the item codes, purpose in words, decision, means, approval, override
# justification and the recorded obligation texts (9.4 legal basis, findings, conditions).
# A later change of the wording shows in `liaison-desk verify`; `search --rebuild` repairs it.
_NL = "char(10)"
_PURPOSES = {
    "customs": "customs purposes (Art. 2.1)",
    "intelligence": "intelligence (not as evidence)",
    "evidence": "evidence in criminal proceedings (Art. 10)",
    "required_by_law": "disclosure required by law (Art. 9.4)",
}
_PURPOSE_WORDS = "CASE x.purpose " + " ".join(
    f"WHEN '{code}' THEN '{label}'" for code, label in _PURPOSES.items()) + " ELSE x.purpose END"
_ITEM_CODES = ("SELECT i.code FROM disclosure_item di JOIN information_item i ON i.id = di.item_id "
               "WHERE di.disclosure_id = x.id ORDER BY i.code")
FILL_DISCLOSURES = (
    "WITH src(src_id, k, t, b) AS ("
    "SELECT x.id, x.first_code || '/' || x.disclosed_on || CASE WHEN x.earlier > 0 "
    "THEN '/' || (x.earlier + 1) ELSE '' END, "
    "'Disclosure to ' || coalesce(a.name, '?'), concat_ws(" + _NL + ", x.codes, "
    + _PURPOSE_WORDS + ", x.decision, x.means, "
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
    "  FROM disclosure x ) x) x "
    "LEFT JOIN authority a ON a.id = x.authority_id) "
    "INSERT INTO search_fts(rowid, kind, ent_key, title, body) "
    "SELECT src_id * 8 + 6, 'disclosure', k, coalesce(t, ''), coalesce(b, '') FROM src"
)


def upgrade() -> None:
    # The index first: the key's sequence looks disclosures up by item.
    with op.batch_alter_table('disclosure_item', schema=None) as batch_op:
        batch_op.create_index(INDEX, ['item_id'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # no FTS table there: search reads the tables with LIKE
    # In the migration's one transaction (env.py): a failure leaves neither index nor rows.
    op.execute("DELETE FROM search_fts WHERE rowid % 8 = 6")
    op.execute(FILL_DISCLOSURES)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DELETE FROM search_fts WHERE rowid % 8 = 6")
    with op.batch_alter_table('disclosure_item', schema=None) as batch_op:
        batch_op.drop_index(INDEX)
