"""Supply exchange: wholesalers' 报盘 uploads, their per-row results and offers (DRUG-14…18, SUP-06), idempotent
API batches (DRUG-17, SUP-03, SUP-09) and distributors' delivery orders (SUP-09).

Revision ID: 0006_supply_exchange
Revises: 0005_inquiry
Create Date: 2026-11-30 09:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0006_supply_exchange'
down_revision = '0005_inquiry'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('sender', sa.String(length=32), nullable=False),
    sa.Column('batch_key', sa.String(length=64), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('summary', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("kind IN ('OFFER','DISTRIBUTOR','DELIVERY')", name=op.f('ck_exchange_batch_kind')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_exchange_batch_created_by_app_user')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_exchange_batch_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_batch')),
    sa.UniqueConstraint('kind', 'sender', 'batch_key', name=op.f('uq_exchange_batch_kind_sender_batch_key'))
    )
    op.create_table('wholesale_upload',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('uploaded_by', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('file_format', sa.String(length=8), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('file_content', sa.LargeBinary(), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('total_rows', sa.Integer(), nullable=False),
    sa.Column('succeeded_rows', sa.Integer(), nullable=False),
    sa.Column('failed_rows', sa.Integer(), nullable=False),
    sa.Column('imported_rows', sa.Integer(), nullable=False),
    sa.Column('failure_code', sa.String(length=32), nullable=True),
    sa.Column('failure_message', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('validated_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("state IN ('UPLOADED','VALIDATING','SUCCEEDED','FAILED')", name=op.f('ck_wholesale_upload_state')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_wholesale_upload_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['uploaded_by'], ['app_user.id'], name=op.f('fk_wholesale_upload_uploaded_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wholesale_upload'))
    )
    op.create_index('ix_wholesale_upload_division', 'wholesale_upload', ['division_code', 'id'], unique=False)
    op.create_index('ix_wholesale_upload_org', 'wholesale_upload', ['organisation_id', 'id'], unique=False)
    op.create_table('delivery_order',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('distributor_id', sa.Integer(), nullable=False),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('order_no', sa.String(length=64), nullable=False),
    sa.Column('institution_id', sa.Integer(), nullable=False),
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('ordered_qty', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('delivered_qty', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('order_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('delivered_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("status IN ('PENDING','IN_TRANSIT','DELIVERED','CANCELLED')", name=op.f('ck_delivery_order_status')),
    sa.CheckConstraint('ordered_qty > 0 AND delivered_qty >= 0', name=op.f('ck_delivery_order_quantities')),
    sa.ForeignKeyConstraint(['batch_id'], ['exchange_batch.id'], name=op.f('fk_delivery_order_batch_id_exchange_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['distributor_id'], ['organisation.id'], name=op.f('fk_delivery_order_distributor_id_organisation')),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_delivery_order_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['institution_id'], ['organisation.id'], name=op.f('fk_delivery_order_institution_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_order')),
    sa.UniqueConstraint('distributor_id', 'order_no', 'drug_code_id', name=op.f('uq_delivery_order_distributor_id_order_no_drug_code_id'))
    )
    op.create_index('ix_delivery_order_division', 'delivery_order', ['division_code', 'distributor_id', 'id'], unique=False)
    op.create_index('ix_delivery_order_institution', 'delivery_order', ['institution_id', 'id'], unique=False)
    op.create_table('wholesale_offer',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('stock_qty', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('purchase_price', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('purchase_date', sa.Date(), nullable=True),
    sa.Column('listing_status', sa.String(length=16), nullable=True),
    sa.Column('listing_id', sa.String(length=64), nullable=True),
    sa.Column('listing_price', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('upload_id', sa.Integer(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("source IN ('UPLOAD','API')", name=op.f('ck_wholesale_offer_source')),
    sa.CheckConstraint('listing_price IS NULL OR listing_price >= 0', name=op.f('ck_wholesale_offer_listing_price')),
    sa.CheckConstraint('purchase_price IS NULL OR purchase_price >= 0', name=op.f('ck_wholesale_offer_purchase_price')),
    sa.CheckConstraint('stock_qty >= 0', name=op.f('ck_wholesale_offer_stock_qty')),
    sa.ForeignKeyConstraint(['batch_id'], ['exchange_batch.id'], name=op.f('fk_wholesale_offer_batch_id_exchange_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_wholesale_offer_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_wholesale_offer_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['upload_id'], ['wholesale_upload.id'], name=op.f('fk_wholesale_offer_upload_id_wholesale_upload'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('organisation_id', 'drug_code_id', name=op.f('pk_wholesale_offer'))
    )
    op.create_index('ix_wholesale_offer_division', 'wholesale_offer', ['division_code', 'organisation_id', 'drug_code_id'], unique=False)
    op.create_index('ix_wholesale_offer_drug', 'wholesale_offer', ['drug_code_id', 'organisation_id'], unique=False)
    op.create_table('wholesale_upload_row',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('upload_id', sa.Integer(), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('drug_code', sa.String(length=64), nullable=True),
    sa.Column('values', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('errors', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.CheckConstraint("status IN ('SUCCEEDED','FAILED')", name=op.f('ck_wholesale_upload_row_status')),
    sa.ForeignKeyConstraint(['upload_id'], ['wholesale_upload.id'], name=op.f('fk_wholesale_upload_row_upload_id_wholesale_upload'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wholesale_upload_row'))
    )
    op.create_index('ix_wholesale_upload_row_upload', 'wholesale_upload_row', ['upload_id', 'attempt', 'row_no', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_wholesale_upload_row_upload', table_name='wholesale_upload_row')
    op.drop_table('wholesale_upload_row')
    op.drop_index('ix_wholesale_offer_drug', table_name='wholesale_offer')
    op.drop_index('ix_wholesale_offer_division', table_name='wholesale_offer')
    op.drop_table('wholesale_offer')
    op.drop_index('ix_delivery_order_institution', table_name='delivery_order')
    op.drop_index('ix_delivery_order_division', table_name='delivery_order')
    op.drop_table('delivery_order')
    op.drop_index('ix_wholesale_upload_org', table_name='wholesale_upload')
    op.drop_index('ix_wholesale_upload_division', table_name='wholesale_upload')
    op.drop_table('wholesale_upload')
    op.drop_table('exchange_batch')
