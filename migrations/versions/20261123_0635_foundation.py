"""Foundation: divisions, identity, audit trail, outbox, drug master data, tags, catalogs and imports.

Revision ID: 0001_foundation
Revises: 
Create Date: 2026-11-23 06:35:19.914234+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0001_foundation'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # pg_trgm indexes Chinese names for substring search (needs a UTF-8 LC_CTYPE database).
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_username', sa.String(length=64), nullable=False),
    sa.Column('actor_name', sa.String(length=64), nullable=False),
    sa.Column('actor_role', sa.String(length=32), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity_type', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('entity_label', sa.String(length=200), nullable=True),
    sa.Column('division_code', sa.String(length=6), nullable=True),
    sa.Column('before', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('after', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('opinion', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_index('ix_audit_log_actor', 'audit_log', ['actor_id', 'id'], unique=False)
    op.create_index('ix_audit_log_at', 'audit_log', ['at'], unique=False)
    op.create_index('ix_audit_log_division', 'audit_log', ['division_code', 'id'], unique=False)
    op.create_index('ix_audit_log_entity', 'audit_log', ['entity_type', 'entity_id', 'id'], unique=False)
    op.create_table('division',
    sa.Column('code', sa.String(length=6), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('parent_code', sa.String(length=6), nullable=True),
    sa.Column('lon', sa.Numeric(precision=9, scale=6), nullable=True),
    sa.Column('lat', sa.Numeric(precision=9, scale=6), nullable=True),
    sa.ForeignKeyConstraint(['parent_code'], ['division.code'], name=op.f('fk_division_parent_code_division')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_division'))
    )
    op.create_index(op.f('ix_division_parent_code'), 'division', ['parent_code'], unique=False)
    op.create_table('dosage_form',
    sa.Column('code', sa.String(length=4, collation='C'), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('group_name', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_dosage_form'))
    )
    op.create_table('drug_class',
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('code', sa.String(length=5, collation='C'), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'code', name=op.f('pk_drug_class'))
    )
    op.create_table('manufacturer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=5, collation='C'), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=True),
    sa.Column('province', sa.String(length=16), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('synthetic', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manufacturer')),
    sa.UniqueConstraint('code', name=op.f('uq_manufacturer_code'))
    )
    op.create_table('outbox',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('key', sa.Uuid(), nullable=False),
    sa.Column('job', sa.String(length=64), nullable=False),
    sa.Column('args', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('enqueued_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('key', name=op.f('uq_outbox_key'))
    )
    op.create_table('variety',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code_prefix', sa.String(length=11, collation='C'), nullable=False),
    sa.Column('type', sa.String(length=1), nullable=False),
    sa.Column('class_code', sa.String(length=5, collation='C'), nullable=False),
    sa.Column('name_code', sa.String(length=5, collation='C'), nullable=False),
    sa.Column('generic_name', sa.String(length=128), nullable=False),
    sa.Column('initials', sa.String(length=64, collation='C'), nullable=False),
    sa.Column('synthetic', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_variety')),
    sa.UniqueConstraint('code_prefix', name=op.f('uq_variety_code_prefix'))
    )
    op.create_index(op.f('ix_variety_class_code'), 'variety', ['class_code'], unique=False)
    op.create_index('ix_variety_generic_name_trgm', 'variety', ['generic_name'], unique=False, postgresql_using='gin', postgresql_ops={'generic_name': 'gin_trgm_ops'})
    op.create_index('ix_variety_initials', 'variety', ['initials'], unique=False)
    op.create_table('drug_code',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=23, collation='C'), nullable=False),
    sa.Column('type', sa.String(length=1), nullable=False),
    sa.Column('class_code', sa.String(length=5, collation='C'), nullable=False),
    sa.Column('variety_id', sa.Integer(), nullable=False),
    sa.Column('form_code', sa.String(length=4, collation='C'), nullable=False),
    sa.Column('manufacturer_id', sa.Integer(), nullable=False),
    sa.Column('generic_name', sa.String(length=128), nullable=False),
    sa.Column('trade_name', sa.String(length=128), nullable=True),
    sa.Column('registered_name', sa.String(length=128), nullable=False),
    sa.Column('registered_form', sa.String(length=32), nullable=True),
    sa.Column('spec', sa.String(length=128), nullable=True),
    sa.Column('packaging', sa.String(length=128), nullable=True),
    sa.Column('packaging_material', sa.String(length=64), nullable=True),
    sa.Column('min_pack_qty', sa.Integer(), nullable=True),
    sa.Column('min_prep_unit', sa.String(length=16), nullable=True),
    sa.Column('min_pack_unit', sa.String(length=16), nullable=True),
    sa.Column('approval_no', sa.String(length=64), nullable=True),
    sa.Column('standard_code', sa.String(length=20), nullable=True),
    sa.Column('market_status', sa.String(length=16), nullable=True),
    sa.Column('license_holder', sa.String(length=128), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('generic_initials', sa.String(length=64, collation='C'), nullable=False),
    sa.Column('trade_initials', sa.String(length=64, collation='C'), nullable=True),
    sa.Column('synthetic', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['manufacturer_id'], ['manufacturer.id'], name=op.f('fk_drug_code_manufacturer_id_manufacturer')),
    sa.ForeignKeyConstraint(['variety_id'], ['variety.id'], name=op.f('fk_drug_code_variety_id_variety')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drug_code')),
    sa.UniqueConstraint('code', name=op.f('uq_drug_code_code'))
    )
    op.create_index('ix_drug_code_class_code', 'drug_code', ['class_code', 'code'], unique=False)
    op.create_index(op.f('ix_drug_code_form_code'), 'drug_code', ['form_code'], unique=False)
    op.create_index('ix_drug_code_generic_initials', 'drug_code', ['generic_initials'], unique=False)
    op.create_index(op.f('ix_drug_code_manufacturer_id'), 'drug_code', ['manufacturer_id'], unique=False)
    op.create_index('ix_drug_code_search_trgm', 'drug_code', ['search_text'], unique=False, postgresql_using='gin', postgresql_ops={'search_text': 'gin_trgm_ops'})
    op.create_index('ix_drug_code_trade_initials', 'drug_code', ['trade_initials'], unique=False)
    op.create_index(op.f('ix_drug_code_variety_id'), 'drug_code', ['variety_id'], unique=False)
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['division_code'], ['division.code'], name=op.f('fk_organisation_division_code_division')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('code', name=op.f('uq_organisation_code'))
    )
    op.create_index(op.f('ix_organisation_division_code'), 'organisation', ['division_code'], unique=False)
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('display_name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('posts', sa.ARRAY(sa.String(length=32)), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_app_user_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_index(op.f('ix_app_user_organisation_id'), 'app_user', ['organisation_id'], unique=False)
    op.create_table('drug_package_insert',
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('dosage', sa.Text(), nullable=True),
    sa.Column('frequency', sa.String(length=128), nullable=True),
    sa.Column('method', sa.String(length=128), nullable=True),
    sa.Column('indications', sa.Text(), nullable=True),
    sa.Column('shelf_life_months', sa.Integer(), nullable=True),
    sa.Column('synthetic', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_drug_package_insert_drug_code_id_drug_code'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('drug_code_id', name=op.f('pk_drug_package_insert'))
    )
    op.create_table('catalog_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_division', sa.String(length=6), nullable=False),
    sa.Column('version_no', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_version_id', sa.Integer(), nullable=True),
    sa.Column('entry_count', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('finalised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("state IN ('DRAFT','SUBMITTED','FINALISED','PUBLISHED')", name=op.f('ck_catalog_version_state')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_catalog_version_created_by_app_user')),
    sa.ForeignKeyConstraint(['owner_division'], ['division.code'], name=op.f('fk_catalog_version_owner_division_division')),
    sa.ForeignKeyConstraint(['source_version_id'], ['catalog_version.id'], name=op.f('fk_catalog_version_source_version_id_catalog_version'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_version')),
    sa.UniqueConstraint('owner_division', 'version_no', name=op.f('uq_catalog_version_owner_division_version_no'))
    )
    op.create_index(op.f('ix_catalog_version_owner_division'), 'catalog_version', ['owner_division'], unique=False)
    op.create_index('ix_catalog_version_published', 'catalog_version', ['owner_division', 'published_at'], unique=False)
    op.create_table('tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_division', sa.String(length=6), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('value_type', sa.String(length=16), nullable=False),
    sa.Column('allowed_values', sa.ARRAY(sa.String(length=64)), nullable=False),
    sa.Column('applies_to', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_tag_created_by_app_user')),
    sa.ForeignKeyConstraint(['owner_division'], ['division.code'], name=op.f('fk_tag_owner_division_division')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tag')),
    sa.UniqueConstraint('owner_division', 'code', name=op.f('uq_tag_owner_division_code'))
    )
    op.create_index(op.f('ix_tag_owner_division'), 'tag', ['owner_division'], unique=False)
    op.create_table('catalog_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('catalog_no', sa.String(length=32), nullable=True),
    sa.Column('reimbursement_class', sa.String(length=1), nullable=False),
    sa.Column('insurance_name', sa.String(length=128), nullable=False),
    sa.Column('insurance_form', sa.String(length=32), nullable=True),
    sa.Column('restriction', sa.Text(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("reimbursement_class IN ('A','B')", name=op.f('ck_catalog_entry_class')),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_catalog_entry_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['version_id'], ['catalog_version.id'], name=op.f('fk_catalog_entry_version_id_catalog_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_entry')),
    sa.UniqueConstraint('version_id', 'drug_code_id', name=op.f('uq_catalog_entry_version_id_drug_code_id'))
    )
    op.create_index(op.f('ix_catalog_entry_drug_code_id'), 'catalog_entry', ['drug_code_id'], unique=False)
    op.create_table('catalog_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_division', sa.String(length=6), nullable=False),
    sa.Column('requested_by', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('file_format', sa.String(length=8), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('file_content', sa.LargeBinary(), nullable=False),
    sa.Column('on_errors', sa.String(length=24), nullable=False),
    sa.Column('target_version_id', sa.Integer(), nullable=True),
    sa.Column('version_no', sa.String(length=32), nullable=True),
    sa.Column('version_name', sa.String(length=128), nullable=True),
    sa.Column('version_description', sa.Text(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('total_rows', sa.Integer(), nullable=True),
    sa.Column('processed_rows', sa.Integer(), nullable=False),
    sa.Column('valid_rows', sa.Integer(), nullable=False),
    sa.Column('error_rows', sa.Integer(), nullable=False),
    sa.Column('imported_rows', sa.Integer(), nullable=False),
    sa.Column('new_drug_codes', sa.Integer(), nullable=False),
    sa.Column('failure_code', sa.String(length=32), nullable=True),
    sa.Column('failure_message', sa.Text(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=True),
    sa.Column('retry_of', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['owner_division'], ['division.code'], name=op.f('fk_catalog_import_owner_division_division')),
    sa.ForeignKeyConstraint(['requested_by'], ['app_user.id'], name=op.f('fk_catalog_import_requested_by_app_user')),
    sa.ForeignKeyConstraint(['retry_of'], ['catalog_import.id'], name=op.f('fk_catalog_import_retry_of_catalog_import'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['target_version_id'], ['catalog_version.id'], name=op.f('fk_catalog_import_target_version_id_catalog_version'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['catalog_version.id'], name=op.f('fk_catalog_import_version_id_catalog_version'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_import'))
    )
    op.create_index(op.f('ix_catalog_import_owner_division'), 'catalog_import', ['owner_division'], unique=False)
    op.create_table('drug_tag',
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=256), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_drug_tag_drug_code_id_drug_code'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_drug_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('drug_code_id', 'tag_id', name=op.f('pk_drug_tag'))
    )
    op.create_index(op.f('ix_drug_tag_tag_id'), 'drug_tag', ['tag_id'], unique=False)
    op.create_table('variety_tag',
    sa.Column('variety_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=256), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_variety_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['variety_id'], ['variety.id'], name=op.f('fk_variety_tag_variety_id_variety'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('variety_id', 'tag_id', name=op.f('pk_variety_tag'))
    )
    op.create_index(op.f('ix_variety_tag_tag_id'), 'variety_tag', ['tag_id'], unique=False)
    op.create_table('catalog_import_error',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('column_name', sa.String(length=32), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['import_id'], ['catalog_import.id'], name=op.f('fk_catalog_import_error_import_id_catalog_import'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_import_error'))
    )
    op.create_index('ix_catalog_import_error_import', 'catalog_import_error', ['import_id', 'row_no', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_catalog_import_error_import', table_name='catalog_import_error')
    op.drop_table('catalog_import_error')
    op.drop_index(op.f('ix_variety_tag_tag_id'), table_name='variety_tag')
    op.drop_table('variety_tag')
    op.drop_index(op.f('ix_drug_tag_tag_id'), table_name='drug_tag')
    op.drop_table('drug_tag')
    op.drop_index(op.f('ix_catalog_import_owner_division'), table_name='catalog_import')
    op.drop_table('catalog_import')
    op.drop_index(op.f('ix_catalog_entry_drug_code_id'), table_name='catalog_entry')
    op.drop_table('catalog_entry')
    op.drop_index(op.f('ix_tag_owner_division'), table_name='tag')
    op.drop_table('tag')
    op.drop_index('ix_catalog_version_published', table_name='catalog_version')
    op.drop_index(op.f('ix_catalog_version_owner_division'), table_name='catalog_version')
    op.drop_table('catalog_version')
    op.drop_table('drug_package_insert')
    op.drop_index(op.f('ix_app_user_organisation_id'), table_name='app_user')
    op.drop_table('app_user')
    op.drop_index(op.f('ix_organisation_division_code'), table_name='organisation')
    op.drop_table('organisation')
    op.drop_index(op.f('ix_drug_code_variety_id'), table_name='drug_code')
    op.drop_index('ix_drug_code_trade_initials', table_name='drug_code')
    op.drop_index('ix_drug_code_search_trgm', table_name='drug_code', postgresql_using='gin', postgresql_ops={'search_text': 'gin_trgm_ops'})
    op.drop_index(op.f('ix_drug_code_manufacturer_id'), table_name='drug_code')
    op.drop_index('ix_drug_code_generic_initials', table_name='drug_code')
    op.drop_index(op.f('ix_drug_code_form_code'), table_name='drug_code')
    op.drop_index('ix_drug_code_class_code', table_name='drug_code')
    op.drop_table('drug_code')
    op.drop_index('ix_variety_initials', table_name='variety')
    op.drop_index('ix_variety_generic_name_trgm', table_name='variety', postgresql_using='gin', postgresql_ops={'generic_name': 'gin_trgm_ops'})
    op.drop_index(op.f('ix_variety_class_code'), table_name='variety')
    op.drop_table('variety')
    op.drop_table('outbox')
    op.drop_table('manufacturer')
    op.drop_table('drug_class')
    op.drop_table('dosage_form')
    op.drop_index(op.f('ix_division_parent_code'), table_name='division')
    op.drop_table('division')
    op.drop_index('ix_audit_log_entity', table_name='audit_log')
    op.drop_index('ix_audit_log_division', table_name='audit_log')
    op.drop_index('ix_audit_log_at', table_name='audit_log')
    op.drop_index('ix_audit_log_actor', table_name='audit_log')
    op.drop_table('audit_log')
