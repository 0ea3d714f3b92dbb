"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 08:13:04.969193
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('administration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_local', sa.String(length=300), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('is_own', sa.Boolean(), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('languages', sa.String(length=100), nullable=False),
    sa.Column('letterhead', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_administration'))
    )
    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('short_title', sa.String(length=300), nullable=False),
    sa.Column('our_country', sa.String(length=2), nullable=False),
    sa.Column('partner_country', sa.String(length=2), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('in_force_on', sa.Date(), nullable=True),
    sa.Column('languages', sa.String(length=100), nullable=False),
    sa.Column('ref_prefix', sa.String(length=20), nullable=False),
    sa.Column('catalogue', sa.Text(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('in_use', sa.Boolean(), nullable=False),
    sa.Column('termination_notice_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('key', name=op.f('uq_agreement_key'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=60), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_entity', ['entity_type', 'entity_id'], unique=False)

    op.create_table('authority',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('is_law_enforcement', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authority')),
    sa.UniqueConstraint('name', name=op.f('uq_authority_name'))
    )
    op.create_table('ref_counter',
    sa.Column('prefix', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', 'year', name=op.f('pk_ref_counter'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('designated_official',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('administration_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('email', sa.String(length=300), nullable=True),
    sa.Column('phone', sa.String(length=100), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('languages', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['administration_id'], ['administration.id'], name=op.f('fk_designated_official_administration_id_administration')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_designated_official'))
    )
    op.create_table('subject',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('subkind', sa.String(length=20), nullable=True),
    sa.Column('display_name', sa.String(length=500), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('requested_by', sa.String(length=300), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('lifted_on', sa.Date(), nullable=True),
    sa.Column('lift_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_subject_agreement_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject')),
    sa.UniqueConstraint('code', name=op.f('uq_subject_code'))
    )
    with op.batch_alter_table('subject', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subject_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_subject_period_end'), ['period_end'], unique=False)
        batch_op.create_index(batch_op.f('ix_subject_status'), ['status'], unique=False)

    op.create_table('request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('our_ref', sa.String(length=60), nullable=False),
    sa.Column('their_ref', sa.String(length=120), nullable=True),
    sa.Column('direction', sa.String(length=20), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('partner_administration_id', sa.Integer(), nullable=True),
    sa.Column('official_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('bases', sa.String(length=300), nullable=False),
    sa.Column('primary_basis', sa.String(length=40), nullable=True),
    sa.Column('form', sa.String(length=10), nullable=False),
    sa.Column('oral_at', sa.DateTime(), nullable=True),
    sa.Column('confirmation_due_on', sa.Date(), nullable=True),
    sa.Column('confirmation_due_explanation', sa.Text(), nullable=True),
    sa.Column('confirmed_on', sa.Date(), nullable=True),
    sa.Column('urgency', sa.String(length=10), nullable=False),
    sa.Column('requesting_administration', sa.Text(), nullable=True),
    sa.Column('nature_of_proceedings', sa.Text(), nullable=True),
    sa.Column('object_and_reason', sa.Text(), nullable=True),
    sa.Column('parties_concerned', sa.Text(), nullable=True),
    sa.Column('description_and_legal_elements', sa.Text(), nullable=True),
    sa.Column('extra', sa.Text(), nullable=False),
    sa.Column('reciprocity', sa.Boolean(), nullable=False),
    sa.Column('reciprocity_note', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('due_explanation', sa.Text(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('assigned_to', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_request_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['official_id'], ['designated_official.id'], name=op.f('fk_request_official_id_designated_official')),
    sa.ForeignKeyConstraint(['partner_administration_id'], ['administration.id'], name=op.f('fk_request_partner_administration_id_administration')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request')),
    sa.UniqueConstraint('our_ref', name=op.f('uq_request_our_ref'))
    )
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_assigned_to'), ['assigned_to'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_direction'), ['direction'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_primary_basis'), ['primary_basis'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_their_ref'), ['their_ref'], unique=False)

    op.create_table('subject_identifier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('id_type', sa.String(length=30), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('normalized', sa.String(length=200), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_subject_identifier_subject_id_subject')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject_identifier'))
    )
    with op.batch_alter_table('subject_identifier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subject_identifier_normalized'), ['normalized'], unique=False)
        batch_op.create_index(batch_op.f('ix_subject_identifier_subject_id'), ['subject_id'], unique=False)

    op.create_table('subject_name',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('script', sa.String(length=20), nullable=True),
    sa.Column('is_alias', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_subject_name_subject_id_subject')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject_name'))
    )
    with op.batch_alter_table('subject_name', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subject_name_subject_id'), ['subject_id'], unique=False)

    op.create_table('information_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('provider', sa.String(length=300), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('no_law_enforcement', sa.Boolean(), nullable=False),
    sa.Column('no_law_enforcement_notice_on', sa.Date(), nullable=True),
    sa.Column('not_as_evidence', sa.Boolean(), nullable=False),
    sa.Column('provider_markings', sa.Text(), nullable=True),
    sa.Column('conditions_attached', sa.Text(), nullable=True),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_information_item_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['corrects_id'], ['information_item.id'], name=op.f('fk_information_item_corrects_id_information_item')),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_information_item_request_id_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_information_item')),
    sa.UniqueConstraint('code', name=op.f('uq_information_item_code'))
    )
    with op.batch_alter_table('information_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_information_item_request_id'), ['request_id'], unique=False)

    op.create_table('observation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('observed_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('locode', sa.String(length=10), nullable=True),
    sa.Column('event', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_observation_request_id_request')),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_observation_subject_id_subject')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation'))
    )
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observation_subject_id'), ['subject_id'], unique=False)

    op.create_table('outcome',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=30), nullable=False),
    sa.Column('grounds', sa.Text(), nullable=False),
    sa.Column('statement', sa.Text(), nullable=True),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('postponed_until', sa.Date(), nullable=True),
    sa.Column('accompanying_info', sa.Text(), nullable=True),
    sa.Column('consultation_opened_on', sa.Date(), nullable=True),
    sa.Column('consultation_outcome', sa.Text(), nullable=True),
    sa.Column('consultation_closed_on', sa.Date(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_outcome_request_id_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome'))
    )
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_request_id'), ['request_id'], unique=False)

    op.create_table('request_subject',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_request_subject_request_id_request')),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_request_subject_subject_id_subject')),
    sa.PrimaryKeyConstraint('request_id', 'subject_id', name=op.f('pk_request_subject'))
    )
    op.create_table('status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=30), nullable=True),
    sa.Column('to_status', sa.String(length=30), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_status_change_request_id_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_change'))
    )
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_change_request_id'), ['request_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=True),
    sa.Column('final', sa.Boolean(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('subject_id', sa.Integer(), nullable=True),
    sa.Column('observation_id', sa.Integer(), nullable=True),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['information_item.id'], name=op.f('fk_document_item_id_information_item')),
    sa.ForeignKeyConstraint(['observation_id'], ['observation.id'], name=op.f('fk_document_observation_id_observation')),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_document_request_id_request')),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_document_subject_id_subject')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('series', 'version', name='uq_document_series_version')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_series'), ['series'], unique=False)

    op.create_table('approval',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('authority_id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('granted_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], name=op.f('fk_approval_authority_id_authority')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_approval_document_id_document')),
    sa.ForeignKeyConstraint(['item_id'], ['information_item.id'], name=op.f('fk_approval_item_id_information_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval'))
    )
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_item_id'), ['item_id'], unique=False)

    op.create_table('disclosure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('authority_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('disclosed_on', sa.Date(), nullable=False),
    sa.Column('means', sa.String(length=200), nullable=True),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('obligations', sa.Text(), nullable=False),
    sa.Column('approval_id', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['approval_id'], ['approval.id'], name=op.f('fk_disclosure_approval_id_approval')),
    sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], name=op.f('fk_disclosure_authority_id_authority')),
    sa.ForeignKeyConstraint(['corrects_id'], ['disclosure.id'], name=op.f('fk_disclosure_corrects_id_disclosure')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosure'))
    )
    op.create_table('disclosure_item',
    sa.Column('disclosure_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['disclosure_id'], ['disclosure.id'], name=op.f('fk_disclosure_item_disclosure_id_disclosure')),
    sa.ForeignKeyConstraint(['item_id'], ['information_item.id'], name=op.f('fk_disclosure_item_item_id_information_item')),
    sa.PrimaryKeyConstraint('disclosure_id', 'item_id', name=op.f('pk_disclosure_item'))
    )


def downgrade() -> None:
    op.drop_table('disclosure_item')
    op.drop_table('disclosure')
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_item_id'))

    op.drop_table('approval')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_series'))
        batch_op.drop_index(batch_op.f('ix_document_request_id'))

    op.drop_table('document')
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_change_request_id'))

    op.drop_table('status_change')
    op.drop_table('request_subject')
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_request_id'))

    op.drop_table('outcome')
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_subject_id'))

    op.drop_table('observation')
    with op.batch_alter_table('information_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_information_item_request_id'))

    op.drop_table('information_item')
    with op.batch_alter_table('subject_name', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subject_name_subject_id'))

    op.drop_table('subject_name')
    with op.batch_alter_table('subject_identifier', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subject_identifier_subject_id'))
        batch_op.drop_index(batch_op.f('ix_subject_identifier_normalized'))

    op.drop_table('subject_identifier')
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_their_ref'))
        batch_op.drop_index(batch_op.f('ix_request_status'))
        batch_op.drop_index(batch_op.f('ix_request_primary_basis'))
        batch_op.drop_index(batch_op.f('ix_request_due_on'))
        batch_op.drop_index(batch_op.f('ix_request_direction'))
        batch_op.drop_index(batch_op.f('ix_request_assigned_to'))
        batch_op.drop_index(batch_op.f('ix_request_agreement_id'))

    op.drop_table('request')
    with op.batch_alter_table('subject', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subject_status'))
        batch_op.drop_index(batch_op.f('ix_subject_period_end'))
        batch_op.drop_index(batch_op.f('ix_subject_kind'))

    op.drop_table('subject')
    op.drop_table('designated_official')
    op.drop_table('setting')
    op.drop_table('ref_counter')
    op.drop_table('authority')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_action'))

    op.drop_table('audit_entry')
    op.drop_table('agreement')
    op.drop_table('administration')
