"""Inputs of the supply domain's use cases."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints

from domain.shared.commands import Command
from domain.supply.models import RuleLevel, RuleMetric

MAX_REPORT_ROWS = 500
Name = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Text = Annotated[str, StringConstraints(max_length=2000)]

LABELS = {"name": "名称", "address": "地址", "contact_name": "联系人", "contact_phone": "联系电话",
          "credit_code": "统一社会信用代码", "batch_key": "批次号", "rows": "明细行", "level": "等级",
          "metric": "指标", "target_subtypes": "目标供应主体类型", "threshold": "阈值", "window_days": "统计天数",
          "description": "说明", "ids": "预警", "opinion": "意见", "drug_code": "药品代码",
          "business_date": "业务日期", "received_qty": "进货数量", "sold_qty": "销售数量", "on_hand_qty": "库存数量",
          "in_transit_qty": "在途数量", "sales_amount": "销售金额"}


class UpdateOrganisation(Command):
    organisation_id: int
    name: Annotated[str, StringConstraints(min_length=1, max_length=128)] | None = None
    address: Annotated[str, StringConstraints(max_length=200)] | None = None
    contact_name: Annotated[str, StringConstraints(max_length=64)] | None = None
    contact_phone: Annotated[str, StringConstraints(max_length=32, pattern=r"^[0-9+\-() ]*$")] | None = None
    credit_code: Annotated[str, StringConstraints(max_length=32)] | None = None


class StockRow(Command):
    drug_code: Annotated[str, StringConstraints(max_length=64)]
    business_date: date
    received_qty: Decimal
    sold_qty: Decimal
    on_hand_qty: Decimal
    in_transit_qty: Decimal | None = None
    sales_amount: Decimal | None = None  # 销售金额 (yuan) of the day's sales, optional (DRUG-24)


class ReportStock(Command):
    batch_key: Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[^\x00-\x1f]+$")]
    # Larger than the house's 100 per input list: one report carries an institution's whole day of codes.
    rows: list[StockRow] = Field(max_length=MAX_REPORT_ROWS)


class RuleFields(Command):
    name: Name
    level: RuleLevel
    metric: RuleMetric
    target_subtypes: list[Annotated[str, StringConstraints(max_length=16)]] = Field(min_length=1, max_length=4)
    threshold: Annotated[Decimal, Field(gt=0, le=Decimal("1000000"), max_digits=18, decimal_places=3)]
    window_days: Annotated[int, Field(ge=1, le=365)] = 30
    description: Text | None = None
    enabled: bool = True


class UpdateRule(Command):
    rule_id: int
    name: Name | None = None
    level: RuleLevel | None = None
    target_subtypes: list[Annotated[str, StringConstraints(max_length=16)]] | None = Field(
        default=None, min_length=1, max_length=4)
    threshold: Annotated[Decimal, Field(gt=0, le=Decimal("1000000"), max_digits=18, decimal_places=3)] | None = None
    window_days: Annotated[int, Field(ge=1, le=365)] | None = None
    description: Text | None = None
