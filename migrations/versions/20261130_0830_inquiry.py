"""Inquiry workflow (SUP-18…24): tasks and evidence files; result notifications (SUP-01); incremental warning
evaluation (the run mode and an index on when each stock level was written).

Revision ID: 0005_inquiry
Revises: 0004_supply
Create Date: 2026-11-30 16:30:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005_inquiry'
down_revision = '0004_supply'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('notification',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('entity_type', sa.String(length=64), nullable=True),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_notification_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notification'))
    )
    op.create_index('ix_notification_org', 'notification', ['organisation_id', 'id'], unique=False)
    op.create_table('notification_read',
    sa.Column('notification_id', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['notification_id'], ['notification.id'], name=op.f('fk_notification_read_notification_id_notification'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_notification_read_user_id_app_user')),
    sa.PrimaryKeyConstraint('notification_id', 'user_id', name=op.f('pk_notification_read'))
    )
    op.create_table('inquiry_task',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('warning_id', sa.BigInteger(), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=False),
    sa.Column('drug_code_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('handling_division', sa.String(length=6), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('allocated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('dispatched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fed_back_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("state IN ('PENDING_ALLOCATION','PENDING_DISPATCH','PENDING_FEEDBACK','PENDING_REVIEW','CLOSED','ARCHIVED')", name=op.f('ck_inquiry_task_state')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_inquiry_task_created_by_app_user')),
    sa.ForeignKeyConstraint(['drug_code_id'], ['drug_code.id'], name=op.f('fk_inquiry_task_drug_code_id_drug_code')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_inquiry_task_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['rule_id'], ['warning_rule.id'], name=op.f('fk_inquiry_task_rule_id_warning_rule')),
    sa.ForeignKeyConstraint(['warning_id'], ['supply_warning.id'], name=op.f('fk_inquiry_task_warning_id_supply_warning')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiry_task')),
    sa.UniqueConstraint('warning_id', name=op.f('uq_inquiry_task_warning_id'))
    )
    op.create_index('ix_inquiry_task_handling', 'inquiry_task', ['handling_division', 'state', 'id'], unique=False)
    op.create_index('ix_inquiry_task_org', 'inquiry_task', ['organisation_id', 'state', 'id'], unique=False)
    op.create_index('ix_inquiry_task_state', 'inquiry_task', ['state', 'id'], unique=False)
    op.create_table('inquiry_evidence',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('task_id', sa.BigInteger(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('uploaded_by', sa.Integer(), nullable=True),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('size > 0', name=op.f('ck_inquiry_evidence_size')),
    sa.ForeignKeyConstraint(['task_id'], ['inquiry_task.id'], name=op.f('fk_inquiry_evidence_task_id_inquiry_task')),
    sa.ForeignKeyConstraint(['uploaded_by'], ['app_user.id'], name=op.f('fk_inquiry_evidence_uploaded_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiry_evidence'))
    )
    op.create_index(op.f('ix_inquiry_evidence_task_id'), 'inquiry_evidence', ['task_id'], unique=False)
    op.add_column('warning_evaluation_run', sa.Column('mode', sa.String(length=12), server_default='FULL', nullable=False))
    op.create_index('ix_stock_level_updated_at', 'stock_level', ['updated_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_stock_level_updated_at', table_name='stock_level')
    op.drop_column('warning_evaluation_run', 'mode')
    op.drop_index(op.f('ix_inquiry_evidence_task_id'), table_name='inquiry_evidence')
    op.drop_table('inquiry_evidence')
    op.drop_index('ix_inquiry_task_state', table_name='inquiry_task')
    op.drop_index('ix_inquiry_task_org', table_name='inquiry_task')
    op.drop_index('ix_inquiry_task_handling', table_name='inquiry_task')
    op.drop_table('inquiry_task')
    op.drop_table('notification_read')
    op.drop_index('ix_notification_org', table_name='notification')
    op.drop_table('notification')
