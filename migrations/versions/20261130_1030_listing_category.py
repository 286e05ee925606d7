"""挂网类别 (listing category) on wholesaler offers (DRUG-22).

Revision ID: 0009_listing_category
Revises: 0008_window_sales
Create Date: 2026-11-30 18:30:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009_listing_category'
down_revision = '0008_window_sales'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('wholesale_offer', sa.Column('listing_category', sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column('wholesale_offer', 'listing_category')
