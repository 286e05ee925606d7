"""Manufacturer contact person and details (DRUG-22 生产经营信息).

Revision ID: 0010_manufacturer_contact
Revises: 0009_listing_category
Create Date: 2026-11-30 19:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010_manufacturer_contact'
down_revision = '0009_listing_category'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('manufacturer', sa.Column('contact_name', sa.String(length=64), nullable=True))
    op.add_column('manufacturer', sa.Column('contact_phone', sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column('manufacturer', 'contact_phone')
    op.drop_column('manufacturer', 'contact_name')
