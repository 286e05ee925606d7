"""Generated files: short-lived exports fetched by an unguessable key.

Revision ID: 0003_generated_files
Revises: 0002_divisions
Create Date: 2026-11-23 07:01:50.261140+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_generated_files'
down_revision = '0002_divisions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('generated_file',
    sa.Column('key', sa.Uuid(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_generated_file'))
    )


def downgrade() -> None:
    op.drop_table('generated_file')
