"""Supply analyses from every source (DRUG-06, DRUG-24, SUP-44/45): the institutions' reported stock as daily changes
in the rollup (SUP-44 supply stability), and delivery order lines reachable by drug and delivery date (DRUG-06).

Existing stock levels become each institution's first step on its level's date (earlier history was not kept).

Revision ID: 0020_supply_sources
Revises: 0019_trace_product_import
Create Date: 2026-12-08 09:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_supply_sources"
down_revision = "0019_trace_product_import"
branch_labels = None
depends_on = None

FLOWS = ("hospital_received", "hospital_sold", "hospital_sales", "pharmacy_received", "pharmacy_sold",
         "pharmacy_sales", "enterprise_received", "enterprise_sold", "hospital_sales_amount", "pharmacy_sales_amount")
LEVELS = ("institution_on_hand_change", "institutions_stocking_change", "institutions_reporting_change")


def upgrade() -> None:
    op.add_column("stock_daily", sa.Column("institution_on_hand_change", sa.Numeric(precision=18, scale=3),
                                           server_default=sa.text("0"), nullable=False))
    op.add_column("stock_daily", sa.Column("institutions_stocking_change", sa.Integer(), server_default=sa.text("0"),
                                           nullable=False))
    op.add_column("stock_daily", sa.Column("institutions_reporting_change", sa.Integer(), server_default=sa.text("0"),
                                           nullable=False))
    op.execute(f"""
        INSERT INTO stock_daily (business_date, division_code, drug_code_id, {', '.join(FLOWS)}, {', '.join(LEVELS)})
        SELECT l.as_of, o.division_code, l.drug_code_id, {', '.join('0' for _ in FLOWS)},
               sum(l.on_hand), count(*) FILTER (WHERE l.on_hand > 0), count(*)
        FROM stock_level l JOIN organisation o ON o.id = l.organisation_id
        WHERE o.subtype IN ('HOSPITAL', 'PHARMACY')
        GROUP BY l.as_of, o.division_code, l.drug_code_id
        ON CONFLICT (business_date, division_code, drug_code_id) DO UPDATE SET
          {', '.join(f'{c} = stock_daily.{c} + EXCLUDED.{c}' for c in LEVELS)}""")
    op.create_index("ix_delivery_order_drug_delivered", "delivery_order", ["drug_code_id", "delivered_date"])


def downgrade() -> None:
    op.drop_index("ix_delivery_order_drug_delivered", table_name="delivery_order")
    op.execute("DELETE FROM stock_daily WHERE " + " AND ".join(f"{c} = 0" for c in FLOWS))
    for c in reversed(LEVELS):
        op.drop_column("stock_daily", c)
