"""Field kits: shared record identities, kits sent out, merge conflicts

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 12:30:00

Every record a field kit carries gets a ``uuid`` (text, 36 characters) that two stores can share
without collision; rows already in the store are back-filled with a fresh UUID each, and new rows
get one on insert (the column's default in ``app.store.tables``). The column stays nullable so
that it is added in place (no table copy: other tables refer to these), and a unique index
guards it. ``field_kit`` records a kit made at this desk (or, on a field desk, the kit it was
opened from), ``field_kit_record`` which requests and subjects it carries, and ``kit_conflict``
the fields both sides changed, kept until an officer resolves them.
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

#: The tables whose rows a kit carries (records both ways, the directory desk → field).
UUID_TABLES = (
    'administration', 'designated_official', 'authority', 'request', 'status_change', 'outcome',
    'subject', 'subject_name', 'subject_identifier', 'observation', 'information_item', 'document',
)

# A version-4 UUID made by SQLite itself: the back-fill is one UPDATE per table, not a round
# trip per row (a store of a million observations migrates in seconds).
_SQLITE_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || "
    "lower(hex(randomblob(6)))"
)


def upgrade() -> None:
    bind = op.get_bind()
    fresh = "gen_random_uuid()::text" if bind.dialect.name == "postgresql" else _SQLITE_UUID4
    for table in UUID_TABLES:
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.add_column(sa.Column('uuid', sa.String(length=36), nullable=True))
        op.execute(f"UPDATE {table} SET uuid = {fresh} WHERE uuid IS NULL")
        op.create_index(f'ix_{table}_uuid', table, ['uuid'], unique=True)

    op.create_table(
        'field_kit',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('role', sa.String(length=10), nullable=False),
        sa.Column('label', sa.String(length=300), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('desk_uuid', sa.String(length=36), nullable=False),
        sa.Column('desk_key', sa.String(length=64), nullable=False),
        sa.Column('field_key', sa.String(length=64), nullable=True),
        sa.Column('base', sa.Text(), nullable=False),
        sa.Column('last_return', sa.Integer(), nullable=False),
        sa.Column('last_return_digest', sa.String(length=64), nullable=True),
        sa.Column('audit_head', sa.String(length=64), nullable=True),
        sa.Column('audit_count', sa.Integer(), nullable=False),
        sa.Column('code_map', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=200), nullable=False),
        sa.Column('returned_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_field_kit')),
        sa.UniqueConstraint('uuid', name=op.f('uq_field_kit_uuid')),
        sa.UniqueConstraint('code', name=op.f('uq_field_kit_code')),
    )
    op.create_table(
        'field_kit_record',
        sa.Column('kit_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['kit_id'], ['field_kit.id'],
                                name=op.f('fk_field_kit_record_kit_id_field_kit')),
        sa.PrimaryKeyConstraint('kit_id', 'kind', 'record_id', name=op.f('pk_field_kit_record')),
    )
    op.create_index('ix_field_kit_record_kind', 'field_kit_record', ['kind', 'record_id'],
                    unique=False)
    op.create_table(
        'kit_conflict',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kit_id', sa.Integer(), nullable=False),
        sa.Column('entity_type', sa.String(length=40), nullable=False),
        sa.Column('record_uuid', sa.String(length=36), nullable=False),
        sa.Column('record_label', sa.String(length=120), nullable=False),
        sa.Column('field', sa.String(length=60), nullable=False),
        sa.Column('base_value', sa.Text(), nullable=True),
        sa.Column('desk_value', sa.Text(), nullable=True),
        sa.Column('field_value', sa.Text(), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('resolution', sa.String(length=20), nullable=True),
        sa.Column('resolved_value', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('resolved_by', sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(['kit_id'], ['field_kit.id'],
                                name=op.f('fk_kit_conflict_kit_id_field_kit')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_kit_conflict')),
    )
    op.create_index(op.f('ix_kit_conflict_status'), 'kit_conflict', ['status'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_kit_conflict_status'), table_name='kit_conflict')
    op.drop_table('kit_conflict')
    op.drop_index('ix_field_kit_record_kind', table_name='field_kit_record')
    op.drop_table('field_kit_record')
    op.drop_table('field_kit')
    for table in reversed(UUID_TABLES):
        op.drop_index(f'ix_{table}_uuid', table_name=table)
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.drop_column('uuid')
