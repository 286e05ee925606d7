"""药品标识码 files (PUB-19, DRUG-27) go through the national-file import job: a third kind of import.

Revision ID: 0019_trace_product_import
Revises: 0018_master_data_import
Create Date: 2026-12-07 22:00:00+08:00
"""
from __future__ import annotations

from alembic import op

revision = '0019_trace_product_import'
down_revision = '0018_master_data_import'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_constraint('ck_catalog_import_kind', 'catalog_import', type_='check')
    op.create_check_constraint('ck_catalog_import_kind', 'catalog_import',
                               "kind IN ('CATALOG','MASTER_DATA','TRACE_PRODUCTS')")


def downgrade() -> None:
    op.execute("DELETE FROM catalog_import WHERE kind = 'TRACE_PRODUCTS'")
    op.drop_constraint('ck_catalog_import_kind', 'catalog_import', type_='check')
    op.create_check_constraint('ck_catalog_import_kind', 'catalog_import', "kind IN ('CATALOG','MASTER_DATA')")
