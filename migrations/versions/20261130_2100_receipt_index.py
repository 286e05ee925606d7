"""Receipts of an institution × drug by date (PUB-07 "recently purchased"): a partial index, so the indicator is one
index-only probe instead of walking that pair's daily sales rows to the first receipt.

Revision ID: 0014_receipt_index
Revises: 0013_usage_rollup
Create Date: 2026-11-30 21:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0014_receipt_index'
down_revision = '0013_usage_rollup'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_stock_movement_receipts', 'stock_movement', ['organisation_id', 'drug_code_id', 'business_date'],
                    postgresql_where=sa.text("kind = 'RECEIPT'"))


def downgrade() -> None:
    op.drop_index('ix_stock_movement_receipts', table_name='stock_movement')
