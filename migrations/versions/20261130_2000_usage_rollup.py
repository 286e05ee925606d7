"""The daily usage rollup (PUB-27): usage_daily, usage_item_daily and usage_rolled_day, kept by the rollup_usage
job (domain.public.rollup); usage_event's (kind, business_date) index becomes (business_date, kind), which serves
both the job (one day at a time) and the dashboards' raw reads of the days not rolled yet.

Nothing is rolled here: the job's first run rolls every past day with events (one transaction per day), and until
then the dashboards read those days from usage_event as before.

Revision ID: 0013_usage_rollup
Revises: 0012_engagement
Create Date: 2026-11-30 20:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0013_usage_rollup'
down_revision = '0012_engagement'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('usage_daily',
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('events', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('business_date', 'kind', 'division_code', name=op.f('pk_usage_daily'))
    )
    op.create_table('usage_item_daily',
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('item', sa.String(length=100), nullable=False),
    sa.Column('events', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('business_date', 'kind', 'division_code', 'item', name=op.f('pk_usage_item_daily'))
    )
    op.create_index('ix_usage_item_daily_kind_item_date', 'usage_item_daily', ['kind', 'item', 'business_date'],
                    unique=False)
    op.create_table('usage_rolled_day',
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('rolled_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('events', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('business_date', name=op.f('pk_usage_rolled_day'))
    )
    op.create_index('ix_usage_event_date_kind', 'usage_event', ['business_date', 'kind'], unique=False)
    op.drop_index('ix_usage_event_kind_date', table_name='usage_event')


def downgrade() -> None:
    op.create_index('ix_usage_event_kind_date', 'usage_event', ['kind', 'business_date'], unique=False)
    op.drop_index('ix_usage_event_date_kind', table_name='usage_event')
    op.drop_table('usage_rolled_day')
    op.drop_index('ix_usage_item_daily_kind_item_date', table_name='usage_item_daily')
    op.drop_table('usage_item_daily')
    op.drop_table('usage_daily')
