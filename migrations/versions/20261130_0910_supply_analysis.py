"""Supply analyses: focus lists (SUP-42…45), the daily supply rollup (SUP-39…41, DRUG-24/25), an optional sales
amount on movements (DRUG-24 销售金额), an index for open warnings per drug.

Revision ID: 0007_supply_analysis
Revises: 0006_supply_exchange
Create Date: 2026-11-30 17:10:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_supply_analysis"
down_revision = "0006_supply_exchange"
branch_labels = None
depends_on = None

QTY = sa.Numeric(precision=18, scale=3)
REBUILD = """INSERT INTO stock_daily (business_date, division_code, drug_code_id, hospital_received, hospital_sold, hospital_sales, pharmacy_received, pharmacy_sold, pharmacy_sales, enterprise_received, enterprise_sold, hospital_sales_amount, pharmacy_sales_amount) SELECT m.business_date, o.division_code, m.drug_code_id, 
  coalesce(sum(q) FILTER (WHERE s = 'HOSPITAL' AND k = 'RECEIPT'), 0),
  coalesce(sum(q) FILTER (WHERE s = 'HOSPITAL' AND k = 'SALE'), 0),
  count(*) FILTER (WHERE s = 'HOSPITAL' AND k = 'SALE'),
  coalesce(sum(q) FILTER (WHERE s = 'PHARMACY' AND k = 'RECEIPT'), 0),
  coalesce(sum(q) FILTER (WHERE s = 'PHARMACY' AND k = 'SALE'), 0),
  count(*) FILTER (WHERE s = 'PHARMACY' AND k = 'SALE'),
  coalesce(sum(q) FILTER (WHERE s IN ('WHOLESALER', 'DISTRIBUTOR') AND k = 'RECEIPT'), 0),
  coalesce(sum(q) FILTER (WHERE s IN ('WHOLESALER', 'DISTRIBUTOR') AND k = 'SALE'), 0),
  coalesce(sum(a) FILTER (WHERE s = 'HOSPITAL' AND k = 'SALE'), 0),
  coalesce(sum(a) FILTER (WHERE s = 'PHARMACY' AND k = 'SALE'), 0) FROM (SELECT organisation_id, business_date, drug_code_id, kind AS k, quantity AS q, amount AS a FROM stock_movement WHERE kind IN ('RECEIPT', 'SALE')) m JOIN (SELECT id, division_code, subtype AS s FROM organisation) o ON o.id = m.organisation_id GROUP BY m.business_date, o.division_code, m.drug_code_id"""


def upgrade() -> None:
    # 销售金额 of a day's sales (DRUG-24), optional in stock reports
    op.add_column("stock_movement", sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=True))
    op.create_table(
        "focus_list_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_division", sa.String(length=6), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("drug_code_id", sa.Integer(), nullable=True),
        sa.Column("variety_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("kind IN ('SELECTED','SHORTAGE','HIGH_FREQUENCY','RARE_DISEASE')",
                           name=op.f("ck_focus_list_member_kind")),
        sa.CheckConstraint("(drug_code_id IS NULL) <> (variety_id IS NULL)", name=op.f("ck_focus_list_member_one_target")),
        sa.ForeignKeyConstraint(["owner_division"], ["division.code"],
                                name=op.f("fk_focus_list_member_owner_division_division")),
        sa.ForeignKeyConstraint(["drug_code_id"], ["drug_code.id"], name=op.f("fk_focus_list_member_drug_code_id_drug_code")),
        sa.ForeignKeyConstraint(["variety_id"], ["variety.id"], name=op.f("fk_focus_list_member_variety_id_variety")),
        sa.ForeignKeyConstraint(["added_by"], ["app_user.id"], name=op.f("fk_focus_list_member_added_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_list_member")),
    )
    op.create_index("uq_focus_list_member_drug", "focus_list_member", ["owner_division", "kind", "drug_code_id"],
                    unique=True, postgresql_where=sa.text("drug_code_id IS NOT NULL"))
    op.create_index("uq_focus_list_member_variety", "focus_list_member", ["owner_division", "kind", "variety_id"],
                    unique=True, postgresql_where=sa.text("variety_id IS NOT NULL"))

    op.create_table(
        "stock_daily",
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("division_code", sa.String(length=6), nullable=False),
        sa.Column("drug_code_id", sa.Integer(), nullable=False),
        *[sa.Column(c, sa.Integer() if c.endswith("_sales") else QTY, nullable=False)
          for c in ("hospital_received", "hospital_sold", "hospital_sales", "pharmacy_received", "pharmacy_sold",
                    "pharmacy_sales", "enterprise_received", "enterprise_sold")],
        sa.Column("hospital_sales_amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("pharmacy_sales_amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.ForeignKeyConstraint(["division_code"], ["division.code"], name=op.f("fk_stock_daily_division_code_division")),
        sa.ForeignKeyConstraint(["drug_code_id"], ["drug_code.id"], name=op.f("fk_stock_daily_drug_code_id_drug_code")),
        sa.PrimaryKeyConstraint("business_date", "division_code", "drug_code_id", name=op.f("pk_stock_daily")),
    )
    op.create_index("ix_stock_daily_drug_date", "stock_daily", ["drug_code_id", "business_date"])
    op.create_index("ix_supply_warning_drug_open", "supply_warning", ["drug_code_id", "division_code"],
                    postgresql_where=sa.text("state <> 'CLOSED'"))
    # Existing movements (a frozen copy of domain.supply.daily.REBUILD).
    op.execute(REBUILD)


def downgrade() -> None:
    op.drop_index("ix_supply_warning_drug_open", table_name="supply_warning")
    op.drop_table("stock_daily")
    op.drop_table("focus_list_member")
    op.drop_column("stock_movement", "amount")
