"""Public services (PUB-01…29): institution coordinates and public information with a KNN index, insured
persons, drug trace codes and scans, usage events, and insurance-settled sales (PUB-08).

Revision ID: 0011_public
Revises: 0010_manufacturer_contact
Create Date: 2026-11-30 20:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0011_public'
down_revision = '0010_manufacturer_contact'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # earthdistance (contrib) over cube: ll_to_earth(lat, lon) points, great-circle distances and GiST KNN.
    op.execute("CREATE EXTENSION IF NOT EXISTS cube")
    op.execute("CREATE EXTENSION IF NOT EXISTS earthdistance")

    op.add_column('organisation', sa.Column('lat', sa.Double(), nullable=True))
    op.add_column('organisation', sa.Column('lon', sa.Double(), nullable=True))
    op.add_column('organisation', sa.Column('public_listed', sa.Boolean(), server_default='true', nullable=False))
    op.add_column('organisation', sa.Column('public_phone', sa.String(length=32), nullable=True))
    op.add_column('organisation', sa.Column('business_hours', sa.String(length=64), nullable=True))
    op.add_column('organisation', sa.Column('intro', sa.String(length=500), nullable=True))
    op.create_check_constraint(
        'coordinates', 'organisation',
        "(lat IS NULL) = (lon IS NULL) AND (lat IS NULL OR (lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180))")
    op.execute("CREATE INDEX ix_organisation_earth ON organisation USING gist (ll_to_earth(lat, lon)) "
               "WHERE lat IS NOT NULL AND subtype IN ('HOSPITAL','PHARMACY')")
    # The county a visit came from: nearest county seat (KNN over the few thousand counties).
    op.execute("CREATE INDEX ix_division_earth ON division USING gist (ll_to_earth(lat::float8, lon::float8)) "
               "WHERE level = 'COUNTY' AND lat IS NOT NULL")

    op.create_table(
        'insured_person',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('provider', sa.String(length=16), nullable=False),
        sa.Column('subject', sa.String(length=128), nullable=False),
        sa.Column('union_id', sa.String(length=128), nullable=True),
        sa.Column('display_name', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_insured_person')),
        sa.UniqueConstraint('provider', 'subject', name=op.f('uq_insured_person_provider_subject')),
    )
    op.create_table(
        'trace_product',
        sa.Column('prefix', sa.String(length=7, collation='C'), nullable=False),
        sa.Column('drug_code_id', sa.Integer(), nullable=False),
        sa.Column('pack_note', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_trace_product_drug_code_id_drug_code')),
        sa.PrimaryKeyConstraint('prefix', name=op.f('pk_trace_product')),
    )
    op.create_index(op.f('ix_trace_product_drug_code_id'), 'trace_product', ['drug_code_id'])
    op.create_table(
        'trace_scan',
        sa.Column('id', sa.BigInteger(), nullable=False),
        sa.Column('insured_id', sa.Integer(), nullable=True),
        sa.Column('code', sa.String(length=64), nullable=False),
        sa.Column('result', sa.String(length=16), nullable=False),
        sa.Column('drug_code_id', sa.Integer(), nullable=True),
        sa.Column('division_code', sa.String(length=6), nullable=True),
        sa.Column('scanned_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['insured_id'], ['insured_person.id'], name=op.f('fk_trace_scan_insured_id_insured_person')),
        sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_trace_scan_drug_code_id_drug_code')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_trace_scan')),
    )
    op.create_index('ix_trace_scan_insured', 'trace_scan', ['insured_id', 'id'])
    op.create_index('ix_trace_scan_drug_date', 'trace_scan', ['drug_code_id', 'business_date'])
    op.create_table(
        'usage_event',
        sa.Column('id', sa.BigInteger(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('drug_code_id', sa.Integer(), nullable=True),
        sa.Column('institution_id', sa.Integer(), nullable=True),
        sa.Column('keyword', sa.String(length=100), nullable=True),
        sa.Column('division_code', sa.String(length=6), nullable=True),
        sa.Column('insured_id', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_usage_event')),
    )
    op.create_index('ix_usage_event_kind_date', 'usage_event', ['kind', 'business_date'])
    op.create_index('ix_usage_event_drug_date', 'usage_event', ['drug_code_id', 'business_date'],
                    postgresql_where=sa.text('drug_code_id IS NOT NULL'))
    op.create_index('ix_usage_event_occurred_brin', 'usage_event', ['occurred_at'], postgresql_using='brin')
    op.create_table(
        'settlement_sale',
        sa.Column('id', sa.BigInteger(), nullable=False),
        sa.Column('organisation_id', sa.Integer(), nullable=False),
        sa.Column('drug_code_id', sa.Integer(), nullable=False),
        sa.Column('settlement_no', sa.String(length=64), nullable=False),
        sa.Column('settled_on', sa.Date(), nullable=False),
        sa.Column('quantity', sa.Numeric(18, 3), nullable=False),
        sa.Column('amount', sa.Numeric(18, 2), nullable=False),
        sa.Column('fund_amount', sa.Numeric(18, 2), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_settlement_sale_organisation_id_organisation')),
        sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_settlement_sale_drug_code_id_drug_code')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement_sale')),
        sa.UniqueConstraint('organisation_id', 'settlement_no', 'drug_code_id', name=op.f('uq_settlement_sale_organisation_id_settlement_no_drug_code_id')),
    )
    op.create_index('ix_settlement_sale_org_drug_date', 'settlement_sale', ['organisation_id', 'drug_code_id', 'settled_on'])
    op.create_index('ix_settlement_sale_drug_date', 'settlement_sale', ['drug_code_id', 'settled_on'])


def downgrade() -> None:
    op.drop_table('settlement_sale')
    op.drop_table('usage_event')
    op.drop_table('trace_scan')
    op.drop_table('trace_product')
    op.drop_table('insured_person')
    op.execute("DROP INDEX IF EXISTS ix_division_earth")
    op.execute("DROP INDEX IF EXISTS ix_organisation_earth")
    op.drop_constraint('ck_organisation_coordinates', 'organisation')
    for col in ('intro', 'business_hours', 'public_phone', 'public_listed', 'lon', 'lat'):
        op.drop_column('organisation', col)
