"""National drug-code master data (DRUG-07): an import is either a catalog file (creates a catalog version) or the
NHSA 药品分类与代码 总表 (creates new codes and updates the attributes of existing ones); it counts what it updated.

Revision ID: 0018_master_data_import
Revises: 0017_holder_notify
Create Date: 2026-12-07 18:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018_master_data_import'
down_revision = '0017_holder_notify'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('catalog_import', sa.Column('kind', sa.String(16), nullable=False, server_default='CATALOG'))
    op.add_column('catalog_import', sa.Column('updated_drug_codes', sa.Integer(), nullable=False, server_default='0'))
    op.create_check_constraint('ck_catalog_import_kind', 'catalog_import', "kind IN ('CATALOG','MASTER_DATA')")


def downgrade() -> None:
    op.drop_constraint('ck_catalog_import_kind', 'catalog_import', type_='check')
    op.drop_column('catalog_import', 'updated_drug_codes')
    op.drop_column('catalog_import', 'kind')
