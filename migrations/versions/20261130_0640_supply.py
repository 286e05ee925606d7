"""Supply: organisations as supply entities, stock reports/movements/levels, warning rules and warnings.

Revision ID: 0004_supply
Revises: 0003_generated_files
Create Date: 2026-11-30 14:40:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004_supply'
down_revision = '0003_generated_files'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stock_report_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('batch_key', sa.String(length=64), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('movement_count', sa.Integer(), nullable=False),
    sa.Column('reported_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_stock_report_batch_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['reported_by'], ['app_user.id'], name=op.f('fk_stock_report_batch_reported_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_report_batch')),
    sa.UniqueConstraint('organisation_id', 'batch_key', name=op.f('uq_stock_report_batch_organisation_id_batch_key'))
    )
    op.create_table('warning_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_division', sa.String(length=6), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('metric', sa.String(length=24), nullable=False),
    sa.Column('target_subtypes', sa.ARRAY(sa.String(length=16)), nullable=False),
    sa.Column('threshold', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('window_days', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("level IN ('RED','ORANGE','YELLOW')", name=op.f('ck_warning_rule_level')),
    sa.CheckConstraint("metric IN ('DAYS_OF_STOCK','LOW_COVERAGE')", name=op.f('ck_warning_rule_metric')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_warning_rule_created_by_app_user')),
    sa.ForeignKeyConstraint(['owner_division'], ['division.code'], name=op.f('fk_warning_rule_owner_division_division')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warning_rule'))
    )
    op.create_index(op.f('ix_warning_rule_owner_division'), 'warning_rule', ['owner_division'], unique=False)
    op.create_index('ix_warning_rule_owner_name', 'warning_rule', ['owner_division', 'name'], unique=True, postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_table('stock_level',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('on_hand', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('in_transit', sa.Numeric(precision=18, scale=3), nullable=True),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('on_hand >= 0', name=op.f('ck_stock_level_on_hand')),
    sa.ForeignKeyConstraint(['batch_id'], ['stock_report_batch.id'], name=op.f('fk_stock_level_batch_id_stock_report_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_stock_level_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_stock_level_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('organisation_id', 'drug_code_id', name=op.f('pk_stock_level'))
    )
    op.create_index('ix_stock_level_drug_stocked', 'stock_level', ['drug_code_id', 'organisation_id'], unique=False, postgresql_where=sa.text('on_hand > 0'))
    op.create_table('stock_movement',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('RECEIPT','SALE','ADJUSTMENT')", name=op.f('ck_stock_movement_kind')),
    sa.ForeignKeyConstraint(['batch_id'], ['stock_report_batch.id'], name=op.f('fk_stock_movement_batch_id_stock_report_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_stock_movement_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_stock_movement_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movement'))
    )
    op.create_index('ix_stock_movement_drug_date', 'stock_movement', ['drug_code_id', 'business_date'], unique=False)
    op.create_index('ix_stock_movement_org_drug_date', 'stock_movement', ['organisation_id', 'drug_code_id', 'business_date'], unique=False)
    op.create_table('supply_warning',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('subject_key', sa.String(length=16), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('subtype', sa.String(length=16), nullable=True),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('threshold', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('alerted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("state IN ('IDENTIFIED','ALERTED','IN_INQUIRY','CLOSED')", name=op.f('ck_supply_warning_state')),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_supply_warning_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_supply_warning_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['rule_id'], ['warning_rule.id'], name=op.f('fk_supply_warning_rule_id_warning_rule')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_warning'))
    )
    op.create_index('ix_supply_warning_division', 'supply_warning', ['division_code', 'state', 'id'], unique=False)
    op.create_index('ix_supply_warning_org', 'supply_warning', ['organisation_id', 'id'], unique=False)
    op.create_index('ix_supply_warning_rule', 'supply_warning', ['rule_id', 'state', 'id'], unique=False)
    op.create_index('uq_supply_warning_open', 'supply_warning', ['rule_id', 'subject_key', 'drug_code_id'], unique=True, postgresql_where=sa.text("state <> 'CLOSED'"))
    op.create_table('warning_evaluation_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('rules', sa.Integer(), nullable=False),
    sa.Column('opened', sa.Integer(), nullable=False),
    sa.Column('refreshed', sa.Integer(), nullable=False),
    sa.Column('closed', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warning_evaluation_run'))
    )
    op.create_index(op.f('ix_warning_evaluation_run_started_at'), 'warning_evaluation_run', ['started_at'], unique=False)
    op.add_column('organisation', sa.Column('subtype', sa.String(length=16), nullable=True))
    op.add_column('organisation', sa.Column('ownership', sa.String(length=8), nullable=True))
    op.add_column('organisation', sa.Column('hospital_level', sa.String(length=2), nullable=True))
    op.add_column('organisation', sa.Column('credit_code', sa.String(length=18), nullable=True))
    op.add_column('organisation', sa.Column('address', sa.String(length=200), nullable=True))
    op.add_column('organisation', sa.Column('contact_name', sa.String(length=64), nullable=True))
    op.add_column('organisation', sa.Column('contact_phone', sa.String(length=32), nullable=True))
    op.create_index('ix_organisation_subtype', 'organisation', ['subtype', 'division_code'], unique=False)
    op.create_unique_constraint(op.f('uq_organisation_credit_code'), 'organisation', ['credit_code'])
    op.create_check_constraint(op.f('ck_organisation_subtype'), 'organisation',
                               "subtype IS NULL OR subtype IN ('HOSPITAL','PHARMACY','WHOLESALER','DISTRIBUTOR')")
    op.create_check_constraint(op.f('ck_organisation_ownership'), 'organisation',
                               "ownership IS NULL OR ownership IN ('PUBLIC','PRIVATE')")
    op.create_check_constraint(op.f('ck_organisation_institution_code'), 'organisation',
                               "subtype IS NULL OR subtype NOT IN ('HOSPITAL','PHARMACY') OR "
                               "(code ~ '^[HP][0-9]{11}$' AND left(code, 1) = CASE subtype WHEN 'HOSPITAL' THEN 'H' "
                               "ELSE 'P' END AND substr(code, 2, 6) = division_code)")


def downgrade() -> None:
    op.drop_constraint(op.f('ck_organisation_institution_code'), 'organisation', type_='check')
    op.drop_constraint(op.f('ck_organisation_ownership'), 'organisation', type_='check')
    op.drop_constraint(op.f('ck_organisation_subtype'), 'organisation', type_='check')
    op.drop_constraint(op.f('uq_organisation_credit_code'), 'organisation', type_='unique')
    op.drop_index('ix_organisation_subtype', table_name='organisation')
    op.drop_column('organisation', 'contact_phone')
    op.drop_column('organisation', 'contact_name')
    op.drop_column('organisation', 'address')
    op.drop_column('organisation', 'credit_code')
    op.drop_column('organisation', 'hospital_level')
    op.drop_column('organisation', 'ownership')
    op.drop_column('organisation', 'subtype')
    op.drop_index(op.f('ix_warning_evaluation_run_started_at'), table_name='warning_evaluation_run')
    op.drop_table('warning_evaluation_run')
    op.drop_index('uq_supply_warning_open', table_name='supply_warning', postgresql_where=sa.text("state <> 'CLOSED'"))
    op.drop_index('ix_supply_warning_rule', table_name='supply_warning')
    op.drop_index('ix_supply_warning_org', table_name='supply_warning')
    op.drop_index('ix_supply_warning_division', table_name='supply_warning')
    op.drop_table('supply_warning')
    op.drop_index('ix_stock_movement_org_drug_date', table_name='stock_movement')
    op.drop_index('ix_stock_movement_drug_date', table_name='stock_movement')
    op.drop_table('stock_movement')
    op.drop_index('ix_stock_level_drug_stocked', table_name='stock_level', postgresql_where=sa.text('on_hand > 0'))
    op.drop_table('stock_level')
    op.drop_index('ix_warning_rule_owner_name', table_name='warning_rule', postgresql_where=sa.text('deleted_at IS NULL'))
    op.drop_index(op.f('ix_warning_rule_owner_division'), table_name='warning_rule')
    op.drop_table('warning_rule')
    op.drop_table('stock_report_batch')
