"""Public engagement (PUB-20…26): problem feedback about institutions and its handling, evaluations of institutions,
purchase-need registrations and the public notice bar's wording.

Revision ID: 0012_engagement
Revises: 0011_public
Create Date: 2026-11-30 21:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0012_engagement'
down_revision = '0011_public'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('public_notice',
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('data_calibre', sa.String(length=300), nullable=False),
    sa.Column('risk_reminder', sa.String(length=300), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['division_code'], ['division.code'], name=op.f('fk_public_notice_division_code_division')),
    sa.PrimaryKeyConstraint('division_code', name=op.f('pk_public_notice'))
    )
    op.create_table('institution_rating',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('insured_id', sa.Integer(), nullable=False),
    sa.Column('institution_id', sa.Integer(), nullable=False),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('stars', sa.SmallInteger(), nullable=False),
    sa.Column('comment', sa.String(length=300), nullable=True),
    sa.Column('client_key', sa.String(length=64), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('stars BETWEEN 1 AND 5', name=op.f('ck_institution_rating_stars')),
    sa.ForeignKeyConstraint(['institution_id'], ['organisation.id'], name=op.f('fk_institution_rating_institution_id_organisation')),
    sa.ForeignKeyConstraint(['insured_id'], ['insured_person.id'], name=op.f('fk_institution_rating_insured_id_insured_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institution_rating')),
    sa.UniqueConstraint('insured_id', 'institution_id', 'business_date', name=op.f('uq_institution_rating_insured_id_institution_id_business_date'))
    )
    op.create_index('ix_institution_rating_division', 'institution_rating', ['division_code', 'id'], unique=False)
    op.create_index('ix_institution_rating_institution', 'institution_rating', ['institution_id', 'id'], unique=False)
    op.create_table('public_feedback',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('insured_id', sa.Integer(), nullable=False),
    sa.Column('institution_id', sa.Integer(), nullable=False),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('problem_type', sa.String(length=24), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=True),
    sa.Column('drug_code_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('client_key', sa.String(length=64), nullable=True),
    sa.Column('handling_note', sa.Text(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('handled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("problem_type IN ('NOT_IN_STOCK','LOCATION_INACCURATE','NAVIGATION','SERVICE','OTHER')", name=op.f('ck_public_feedback_problem_type')),
    sa.CheckConstraint("state IN ('SUBMITTED','IN_HANDLING','HANDLED')", name=op.f('ck_public_feedback_state')),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_public_feedback_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['institution_id'], ['organisation.id'], name=op.f('fk_public_feedback_institution_id_organisation')),
    sa.ForeignKeyConstraint(['insured_id'], ['insured_person.id'], name=op.f('fk_public_feedback_insured_id_insured_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_public_feedback')),
    sa.UniqueConstraint('insured_id', 'client_key', name=op.f('uq_public_feedback_insured_id_client_key'))
    )
    op.create_index('ix_public_feedback_division', 'public_feedback', ['division_code', 'state', 'id'], unique=False)
    op.create_index('ix_public_feedback_institution', 'public_feedback', ['institution_id', 'id'], unique=False)
    op.create_index('ix_public_feedback_insured', 'public_feedback', ['insured_id', 'id'], unique=False)
    op.create_table('purchase_need',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('insured_id', sa.Integer(), nullable=False),
    sa.Column('drug_name', sa.String(length=100), nullable=False),
    sa.Column('drug_code_id', sa.Integer(), nullable=True),
    sa.Column('spec', sa.String(length=100), nullable=True),
    sa.Column('manufacturer', sa.String(length=100), nullable=True),
    sa.Column('quantity', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('contact_phone', sa.String(length=20), nullable=True),
    sa.Column('client_key', sa.String(length=64), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('analysis_note', sa.Text(), nullable=True),
    sa.Column('analysed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("state IN ('SUBMITTED','ANALYSED')", name=op.f('ck_purchase_need_state')),
    sa.CheckConstraint('quantity IS NULL OR quantity > 0', name=op.f('ck_purchase_need_quantity')),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_purchase_need_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['insured_id'], ['insured_person.id'], name=op.f('fk_purchase_need_insured_id_insured_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_need')),
    sa.UniqueConstraint('insured_id', 'client_key', name=op.f('uq_purchase_need_insured_id_client_key'))
    )
    op.create_index('ix_purchase_need_date', 'purchase_need', ['business_date'], unique=False)
    op.create_index('ix_purchase_need_division', 'purchase_need', ['division_code', 'id'], unique=False)
    op.create_index('ix_purchase_need_insured', 'purchase_need', ['insured_id', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_purchase_need_insured', table_name='purchase_need')
    op.drop_index('ix_purchase_need_division', table_name='purchase_need')
    op.drop_index('ix_purchase_need_date', table_name='purchase_need')
    op.drop_table('purchase_need')
    op.drop_index('ix_public_feedback_insured', table_name='public_feedback')
    op.drop_index('ix_public_feedback_institution', table_name='public_feedback')
    op.drop_index('ix_public_feedback_division', table_name='public_feedback')
    op.drop_table('public_feedback')
    op.drop_index('ix_institution_rating_institution', table_name='institution_rating')
    op.drop_index('ix_institution_rating_division', table_name='institution_rating')
    op.drop_table('institution_rating')
    op.drop_table('public_notice')
